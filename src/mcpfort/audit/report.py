"""``mcpfort audit report --standard soc2|hipaa|gdpr``: what the trail shows for each control.

The report is built from the entries of a period plus the verify result.  For every control it
says what the trail can show (with numbers) and, just as plainly, what it cannot: the gateway
sees MCP calls, not what the data was, why it was processed, or anything outside the gateway.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Facts", "gather", "build", "render", "STANDARDS"]

STANDARDS = ("soc2", "hipaa", "gdpr")
_CALLS = ("tool.called", "resource.called", "prompt.called")


@dataclass
class Facts:
    entries: int = 0
    first_ts: float | None = None
    last_ts: float | None = None
    decisions: Counter = field(default_factory=Counter)
    denied: Counter = field(default_factory=Counter)  # (user, tool)
    confirmations: Counter = field(default_factory=Counter)  # event name
    confirmed_tools: Counter = field(default_factory=Counter)
    access: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # user -> tool -> calls
    auth_failures: int = 0
    alarms: list[str] = field(default_factory=list)
    reads: Counter = field(default_factory=Counter)  # who read the trail
    forgotten: int = 0
    retention_drops: int = 0
    sealed: int = 0
    sessions: int = 0


def gather(entries: list[dict[str, Any]]) -> Facts:
    facts = Facts()
    for e in entries:
        facts.entries += 1
        ts = e.get("ts")
        if isinstance(ts, (int, float)):
            facts.first_ts = ts if facts.first_ts is None else min(facts.first_ts, ts)
            facts.last_ts = ts if facts.last_ts is None else max(facts.last_ts, ts)
        event = str(e.get("event", ""))
        user = str(e.get("user") or "?")
        tool = str(e.get("tool") or "?")
        if any(v in ("***encrypted***", "***erased***") for v in e.values()) or "sealed" in e:
            facts.sealed += 1
        if event == "authz.decision":
            facts.decisions[str(e.get("decision"))] += 1
        elif event.endswith(".denied"):
            facts.denied[(user, tool)] += 1
        elif event.startswith("confirm."):
            facts.confirmations[event] += 1
            if event == "confirm.accepted":
                facts.confirmed_tools[tool] += 1
        elif event in _CALLS:
            facts.access[user][tool] += 1
        elif event == "auth.failed":
            facts.auth_failures += 1
        elif event == "audit.alarm":
            facts.alarms.append(str(e.get("reason")))
        elif event == "audit.queried":
            facts.reads[user] += 1
        elif event == "audit.forgotten":
            facts.forgotten += 1
        elif event == "audit.retention":
            facts.retention_drops += 1
        elif event == "session.started":
            facts.sessions += 1
    return facts


def _integrity(verified: Any) -> tuple[str, str]:
    if verified is None:
        return "integrity", "not checked"
    if not verified.ok:
        return "integrity", f"FAILED at entry {verified.first_bad_seq}: {verified.reason}"
    signed = (f"{verified.checkpoints} signed checkpoint(s) verified against a trusted key" if verified.signed
              else "checkpoint signatures NOT checked (no trusted public key given)")
    return "integrity", f"chain intact ({verified.count} entries); {signed}"


def build(standard: str, facts: Facts, verified: Any, encrypted: bool) -> list[dict[str, Any]]:
    """Controls as ``{"control", "shows": [...], "cannot_show": [...]}``."""
    total_decisions = sum(facts.decisions.values())
    decisions = ", ".join(f"{k} {v}" for k, v in sorted(facts.decisions.items())) or "none"
    denied = sum(facts.denied.values())
    top_denied = ", ".join(f"{u} → {t} ×{n}" for (u, t), n in facts.denied.most_common(5)) or "none"
    people = ", ".join(f"{u}: {sum(c.values())} call(s) to {len(c)} tool(s)" for u, c in sorted(facts.access.items())) or "none"
    privileged = (f"{facts.confirmations.get('confirm.asked', 0)} confirmation(s) asked, "
                  f"{facts.confirmations.get('confirm.accepted', 0)} accepted, "
                  f"{facts.confirmations.get('confirm.declined', 0)} declined"
                  + (f" (tools: {', '.join(t for t, _ in facts.confirmed_tools.most_common(5))})" if facts.confirmed_tools else ""))
    integrity = ": ".join(_integrity(verified))
    reviews = ", ".join(f"{u} ×{n}" for u, n in facts.reads.most_common()) or "nobody"
    at_rest = ("sensitive fields encrypted at rest (AES-256-GCM, per-user data keys)" if encrypted
               else "NOT encrypted at rest (no audit.encryption in the policy)")
    outside = "actions taken outside the gateway (direct server, shell or database access)"
    common_access = {"control": "", "shows": [f"{total_decisions} access decision(s): {decisions}",
                                              f"{denied} denied attempt(s); most frequent: {top_denied}"],
                     "cannot_show": ["who was granted which capability and when (policy changes are not in the trail)",
                                     outside]}
    if standard == "soc2":
        return [
            {**common_access, "control": "CC6.1 logical access is restricted by policy"},
            {"control": "CC6.3 privileged actions need approval", "shows": [privileged],
             "cannot_show": ["whether an approver was independent of the requester (the same person may confirm)"]},
            {"control": "CC7.2 security events are monitored",
             "shows": [f"{facts.auth_failures} refused token(s)", f"{denied} denied call(s)",
                       f"{len(facts.alarms)} audit alarm(s)" + (f": {facts.alarms[0]}" if facts.alarms else ""),
                       f"trail reviewed by: {reviews}"],
             "cannot_show": ["whether anyone acted on these events (incident handling happens elsewhere)"]},
            {"control": "CC7.x / CC4.1 the evidence itself is complete and unaltered", "shows": [integrity, at_rest],
             "cannot_show": ["events after the newest checkpoint kept off this host are protected by the hash chain only"]},
            {"control": "CC8.1 change management", "shows": [],
             "cannot_show": ["changes to the policy file, the gateway or the servers are not recorded in this trail"]},
        ]
    if standard == "hipaa":
        return [
            {"control": "164.312(b) audit controls", "shows": [f"{facts.entries} event(s) recorded, {facts.sessions} session(s)",
                                                            integrity],
             "cannot_show": [outside]},
            {"control": "164.312(c)(1) integrity", "shows": [integrity],
             "cannot_show": ["the integrity of the health data itself (only the record of access to it)"]},
            {**common_access, "control": "164.312(a)(1) access control"},
            {"control": "164.308(a)(1)(ii)(D) information system activity review", "shows": [f"trail reviewed by: {reviews}"],
             "cannot_show": ["what the reviewers concluded"]},
            {"control": "164.312(d) person or entity authentication",
             "shows": [f"{facts.auth_failures} refused token(s)", "each call names its user (OS user on stdio, token subject over HTTP)"],
             "cannot_show": ["how the identity provider authenticated the person (MFA etc.)"]},
            {"control": "data access by person", "shows": [people],
             "cannot_show": ["whether what was read is ePHI: the gateway sees tools and arguments, not data classification"]},
            {"control": "164.312(a)(2)(iv) encryption", "shows": [at_rest], "cannot_show": ["encryption of the data sources"]},
        ]
    return [
        {"control": "Art. 30 records of processing", "shows": [f"{facts.entries} event(s): who called which tool when", people],
         "cannot_show": ["purposes, lawful basis, categories of data subjects and data, recipients, transfers"]},
        {"control": "Art. 15 access by the data subject / by person", "shows": [people],
         "cannot_show": ["whose personal data a call touched (only who made the call)"]},
        {"control": "Art. 17 right to erasure", "shows": [f"{facts.forgotten} erasure(s) by crypto-shredding (audit.forgotten)"],
         "cannot_show": ["erasure in the systems behind the gateway; the user id stays in the event skeleton for accountability"]},
        {"control": "Art. 5(1)(e) storage limitation", "shows": [f"{facts.retention_drops} retention drop(s) of expired segments"],
         "cannot_show": ["retention of copies and exports made outside mcpfort"]},
        {"control": "Art. 32 security of processing", "shows": [at_rest, integrity,
                                                                  f"{total_decisions} access decision(s): {decisions}"],
         "cannot_show": ["organisational measures"]},
        {"control": "Art. 33 breach detection", "shows": [f"{denied} denied attempt(s); {facts.auth_failures} refused token(s); "
                                                          f"{len(facts.alarms)} audit alarm(s)"],
         "cannot_show": ["whether a breach happened outside the gateway, or was notified"]},
    ]


def render(standard: str, since: str, facts: Facts, controls: list[dict[str, Any]]) -> str:
    from datetime import datetime, timezone

    def when(ts: float | None) -> str:
        return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ") if ts else "-"

    lines = [f"mcpfort audit report: {standard.upper()}, since {since}",
             f"{facts.entries} event(s) from {when(facts.first_ts)} to {when(facts.last_ts)}", ""]
    for control in controls:
        lines.append(control["control"])
        lines += [f"  shows:        {s}" for s in control["shows"]] or ["  shows:        nothing"]
        lines += [f"  cannot show:  {c}" for c in control["cannot_show"]]
        lines.append("")
    lines.append("This report summarises the audit trail only; it is evidence for, not proof of, compliance.")
    return "\n".join(lines)
