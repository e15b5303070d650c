"""One scan from start to report: configs found or named, entries checked, tools listed (optionally,
inside the sandbox), definitions scanned, pins compared and recorded, toxic flows per client.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable

from mcpfort.scan import capabilities, checks
from mcpfort.scan.clients import ConfigFile, ServerEntry
from mcpfort.scan.model import Finding, Report, ServerReport
from mcpfort.scan.pins import PinStore, diff, entry_identity
from mcpfort.scan.tools import scan_servers

__all__ = ["ScanOptions", "scan_configs", "scan_definitions", "apply_pins"]

Lister = Callable[[ServerEntry], dict[str, list[dict[str, Any]]]]


@dataclass
class ScanOptions:
    home: str
    advisories: list[dict[str, Any]] = field(default_factory=list)
    pins: PinStore | None = None
    pin: bool = False
    lister: Lister | None = None  # lists a server's tools (inside the sandbox); None: no --connect
    embedding: bool = False  # add the optional local-model similarity as evidence


def _redacted(entry: ServerEntry) -> dict[str, Any]:
    out = dict(entry.raw)
    for key in ("args", "command"):
        if isinstance(out.get(key), list):
            out[key] = [checks.shown([str(a)]) for a in out[key]]
    for key in ("env", "headers", "http_headers", "environment"):
        if isinstance(out.get(key), dict):
            out[key] = {k: checks.redact(v) if v and "${" not in str(v) else v for k, v in out[key].items()}
    return out


def apply_pins(report: ServerReport, server: str, tools: list[dict[str, Any]], store: PinStore, pin: bool) -> None:
    """Mark each tool new/unchanged/changed; a changed tool gets a finding with the diff.  With ``pin``,
    new tools are pinned and changed ones recorded as pending approval."""
    rule = checks.CONFIG_RULES["tool-changed"]
    for tool, tr in zip(tools, report.tools):
        if not isinstance(tool, dict):
            continue
        state, old = store.check_tool(server, tool)
        tr.pin = state
        if state == "changed":
            from mcpfort.scan.pins import pinned_part

            tr.findings.append(Finding("tool-changed", "high", f"{rule.title}: {tr.name!r} of {server!r}",
                                       diff(old, pinned_part(tool), limit=24), rule.why, "definition",
                                       fix=f"review the change, then: mcpfort pin approve {server} {tr.name}"))
            if pin:
                store.record_pending(server, tool)
        elif state == "new" and pin:
            store.pin_tool(server, tool)


def scan_definitions(tools: dict[str, list[dict[str, Any]]], extras: dict[str, dict[str, list[dict[str, Any]]]],
                     *, pins: PinStore | None = None, pin: bool = False, source: str | None = None,
                     embedding: bool = False) -> Report:
    """``mcpfort scan tools FILE``: definitions only, no config."""
    report = Report()
    for name, server in scan_servers(tools, extras, embedding=embedding).items():
        server.config = source
        if pins is not None:
            apply_pins(server, name, tools[name], pins, pin)
        report.add(server)
    tagged = [(name, capabilities.server_tags(defs)) for name, defs in tools.items()]
    report.findings += checks.toxic_flows(tagged, "these servers", source)
    return report


def scan_configs(configs: list[ConfigFile], options: ScanOptions) -> Report:
    report = Report()
    per_client: dict[str, list[tuple[str, set[str]]]] = {}
    for config in configs:
        report.configs.append(config.path)
        if config.error:
            rule = checks.CONFIG_RULES["config-error"]
            report.findings.append(Finding("config-error", "medium", f"{rule.title}: {config.error}", config.path,
                                           rule.why, config.client, config.path))
            continue
        listed: dict[str, dict[str, list[dict[str, Any]]]] = {}
        reports: dict[str, ServerReport] = {}
        for entry in config.servers:
            server = ServerReport(name=entry.name, client=entry.client, config=config.path, entry=_redacted(entry))
            server.findings = checks.check_entry(entry, home=options.home, advisories=options.advisories)
            if options.pins is not None:
                _pin_entry(server, entry, options.pins, options.pin)
            if options.lister is not None and not entry.disabled:
                try:
                    listed[entry.name] = options.lister(entry)
                    server.connected = True
                except Exception as exc:  # noqa: BLE001 - one server failing must not stop the scan
                    server.connected = False
                    server.error = str(exc)[:300]
                    rule = checks.CONFIG_RULES["connect-failed"]
                    server.findings.append(Finding("connect-failed", "low", f"{rule.title}: {server.error}",
                                                   entry.name, rule.why, "/".join(entry.key_path), entry.path,
                                                   entry.line))
            reports[entry.name] = server
        if listed:
            tool_defs = {name: data.get("tools", []) for name, data in listed.items()}
            extras = {name: {k: v for k, v in data.items() if k not in ("tools", "_as_client")}
                      for name, data in listed.items()}
            for name, scanned in scan_servers(tool_defs, extras, embedding=options.embedding).items():
                reports[name].tools, reports[name].others = scanned.tools, scanned.others
                if options.pins is not None:
                    apply_pins(reports[name], name, tool_defs[name], options.pins, options.pin)
        for name, data in listed.items():
            if "_as_client" in data:
                _bait_and_switch(reports[name], data.get("tools", []), data["_as_client"])
        for server in reports.values():
            report.add(server)
        per_client.setdefault(config.client, []).extend(
            (e.name, capabilities.server_tags(listed.get(e.name, {}).get("tools"), e.argv, e.url))
            for e in config.servers if not e.disabled)
    for client, tagged in per_client.items():
        files = [c.path for c in configs if c.client == client]
        report.findings += checks.toxic_flows(tagged, client, files[0] if len(files) == 1 else None, client)
    return report


def _bait_and_switch(server: ServerReport, tools: list[dict[str, Any]], other: dict[str, Any]) -> None:
    from mcpfort.scan.pins import tool_digest

    mine = {str(t.get("name")): tool_digest(t) for t in tools if isinstance(t, dict)}
    theirs = {str(t.get("name")): tool_digest(t) for t in other["tools"] if isinstance(t, dict)}
    if mine == theirs:
        return
    differing = sorted(n for n in set(mine) | set(theirs) if mine.get(n) != theirs.get(n))
    rule = checks.CONFIG_RULES["bait-and-switch"]
    server.findings.append(Finding("bait-and-switch", "high", f"{rule.title}: {other['client']!r} is served "
                                   f"different tools", ", ".join(differing)[:200], rule.why, "tools/list",
                                   fix="do not use this server; report it"))
    if other["tools"]:
        extra = scan_servers({server.name: other["tools"]})[server.name]
        seen = {t.name for t in server.tools}
        server.tools += [t for t in extra.tools if t.name not in seen or t.verdict != "clean"]


def _pin_entry(server: ServerReport, entry: ServerEntry, store: PinStore, pin: bool) -> None:
    state, old = store.check_entry(entry.key, entry.raw)
    if state == "changed":
        rule = checks.CONFIG_RULES["config-changed"]
        server.findings.append(Finding("config-changed", "high", f"{rule.title}: {entry.name!r} in {entry.client}",
                                       diff(old, entry_identity(entry.raw), limit=24), rule.why,
                                       "/".join(entry.key_path), entry.path, entry.line,
                                       fix=f"if you made this change: mcpfort pin approve --config {entry.name}"))
        if pin:
            store.data.setdefault("pending_configs", {})[entry.key] = {"entry": entry_identity(entry.raw),
                                                                       "raw": entry.raw}
    elif state == "new" and pin:
        store.pin_entry(entry.key, entry.raw)
