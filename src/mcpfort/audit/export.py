"""Audit events for SIEMs: OCSF 1.3 JSON objects and ArcSight CEF lines.

OCSF mapping (``class_uid × 100 + activity_id = type_uid``):

* **API Activity (6003)** for every MCP request and its outcome: ``api.operation`` is the MCP
  method, ``api.request.uid`` the trace id, ``actor.user`` the caller, ``resources`` the tool,
  resource URI or prompt, ``status_id`` 1 Success / 2 Failure, and the policy decision in
  ``authorizations[] = {decision: allowed|denied|confirm, policy: {name, desc}}``
  (OCSF has no per-request authorization class; the decision rides on API Activity);
* **Authentication (3002)** for ``auth.failed`` (a bearer token the gateway refused), activity
  1 Logon, status Failure, ``status_detail`` the reason, ``src_endpoint.ip`` the address;
* anything else (sessions, upstream restarts, audit housekeeping) is API Activity "Other" (99).

``metadata.uid`` is ``chain:seq``; fields without an OCSF home stay under ``unmapped``.
"""

from __future__ import annotations

from typing import Any

from mcpfort import __version__

__all__ = ["to_ocsf", "to_cef", "to_syslog", "OCSF_VERSION"]

OCSF_VERSION = "1.3.0"
_METHOD = {"tool": "tools/call", "resource": "resources/read", "prompt": "prompts/get"}
_DECISION = {"allow": "allowed", "deny": "denied", "confirm": "confirm"}
_MAPPED = {"seq", "ts", "event", "user", "organization", "session_id", "trace_id", "server", "tool", "kind",
           "decision", "reasons", "error", "address", "reason", "chain", "client_id", "context"}


def _activity(event: str, kind: str | None) -> tuple[int, str]:
    if kind == "resource":
        return 2, "Read"
    return 99, "Other"


def _status(event: str, decision: Any) -> tuple[int, str]:
    if event.endswith((".denied", ".failed")) or event == "auth.failed" or decision == "deny":
        return 2, "Failure"
    if event.endswith(".completed"):
        return 1, "Success"
    return 0, "Unknown"


def _common(entry: dict[str, Any]) -> dict[str, Any]:
    chain = entry.get("chain", "main")
    out: dict[str, Any] = {
        "time": int(float(entry.get("ts") or 0) * 1000),
        "metadata": {"version": OCSF_VERSION, "uid": f"{chain}:{entry.get('seq')}",
                     "product": {"name": "mcpfort", "vendor_name": "mcpfort", "version": __version__},
                     "log_name": "mcpfort-audit", "original_time": str(entry.get("ts"))},
        "actor": {"user": {"uid": entry.get("user"), "name": entry.get("user")}},
    }
    if entry.get("trace_id"):
        out["metadata"]["correlation_uid"] = entry["trace_id"]
    if entry.get("organization"):
        out["actor"]["user"]["org"] = {"name": entry["organization"], "uid": entry["organization"]}
    if entry.get("session_id"):
        out["actor"]["session"] = {"uid": entry["session_id"]}
    if entry.get("client_id"):
        out["actor"]["app_uid"] = entry["client_id"]
    if isinstance(entry.get("address"), str):
        out["src_endpoint"] = {"ip": entry["address"]}
    unmapped = {k: v for k, v in entry.items() if k not in _MAPPED}
    if entry.get("context"):
        unmapped["context"] = entry["context"]
    if unmapped:
        out["unmapped"] = unmapped
    return out


def to_ocsf(entry: dict[str, Any]) -> dict[str, Any]:
    event = str(entry.get("event", ""))
    decision = entry.get("decision")
    status_id, status = _status(event, decision)
    if event == "auth.failed":
        out = {"class_uid": 3002, "class_name": "Authentication", "category_uid": 3,
               "category_name": "Identity & Access Management", "activity_id": 1, "activity_name": "Logon",
               "type_uid": 300201, "type_name": "Authentication: Logon", "severity_id": 3, "severity": "Medium",
               "status_id": 2, "status": "Failure", "status_detail": str(entry.get("reason") or ""),
               "service": {"name": entry.get("server")}, **_common(entry)}
        return out
    kind = entry.get("kind") or (event.split(".")[0] if event.split(".")[0] in _METHOD else None)
    activity_id, activity = _activity(event, kind)
    out = {"class_uid": 6003, "class_name": "API Activity", "category_uid": 6,
           "category_name": "Application Activity", "activity_id": activity_id, "activity_name": activity,
           "type_uid": 600300 + activity_id, "type_name": f"API Activity: {activity}",
           "severity_id": 3 if status_id == 2 else 1, "severity": "Medium" if status_id == 2 else "Informational",
           "status_id": status_id, "status": status, "message": event,
           "api": {"operation": _METHOD.get(str(kind), event), "service": {"name": entry.get("server")}},
           **_common(entry)}
    if entry.get("trace_id"):
        out["api"]["request"] = {"uid": entry["trace_id"]}
    if entry.get("tool"):
        out["resources"] = [{"name": entry["tool"], "type": kind or "tool"}]
    if decision in _DECISION:
        reasons = entry.get("reasons")
        policy = {"name": "mcpfort policy"}
        if isinstance(reasons, list) and reasons:
            policy["desc"] = "; ".join(str(r) for r in reasons)
        out["authorizations"] = [{"decision": _DECISION[decision], "policy": policy}]
    if entry.get("error") and status_id == 2:
        out["status_detail"] = str(entry["error"])
    return out


def _header(text: Any) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _value(text: Any) -> str:
    return (str(text).replace("\\", "\\\\").replace("=", "\\=").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\r"))


def _severity(event: str, decision: Any) -> int:
    if event.startswith("audit.alarm"):
        return 9
    if event == "auth.failed":
        return 7
    if event.endswith(".denied") or decision == "deny":
        return 6
    if event.endswith(".failed"):
        return 4
    return 2


def to_cef(entry: dict[str, Any]) -> str:
    event = str(entry.get("event", "unknown"))
    decision = entry.get("decision")
    name = f"{event} {entry['tool']}" if entry.get("tool") else event
    ext: list[tuple[str, Any]] = [("rt", int(float(entry.get("ts") or 0) * 1000)),
                                  ("externalId", f"{entry.get('chain', 'main')}:{entry.get('seq')}")]
    for key, field in (("suser", "user"), ("act", "decision"), ("src", "address")):
        if entry.get(field) is not None:
            ext.append((key, entry[field]))
    status, _ = _status(event, decision)
    if status:
        ext.append(("outcome", "success" if status == 1 else "failure"))
    labels = (("cs1", "traceId", "trace_id"), ("cs2", "server", "server"), ("cs3", "tool", "tool"),
              ("cs4", "organization", "organization"), ("cs5", "sessionId", "session_id"), ("cs6", "context", "context"))
    for key, label, field in labels:
        if entry.get(field) is not None:
            ext += [(f"{key}Label", label), (key, entry[field])]
    message = entry.get("error") or entry.get("reason")
    if message is not None:
        ext.append(("msg", message))
    return (f"CEF:0|mcpfort|mcpfort|{_header(__version__)}|{_header(event)}|{_header(name)}|"
            f"{_severity(event, decision)}|" + " ".join(f"{k}={_value(v)}" for k, v in ext))


def to_syslog(entry: dict[str, Any], host: str) -> str:
    """The CEF line in an RFC 5424 syslog message (facility local4), for a syslog collector."""
    from datetime import datetime, timezone

    cef = to_cef(entry)
    level = _severity(str(entry.get("event", "")), entry.get("decision"))
    severity = 2 if level >= 9 else 3 if level >= 7 else 4 if level >= 4 else 6
    ts = float(entry.get("ts") or 0)
    stamp = datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return f"<{20 * 8 + severity}>1 {stamp} {host or '-'} mcpfort - audit - {cef}"
