"""The auditor's query for the HTTP gateway: the same query as ``mcpfort audit query``, only
for callers whose token carries the ``auditor`` role, and itself audited.

``mcpfort.auditor_api`` serves it as ``GET /audit/events`` on ``mcpfort serve``: it calls
``auditor_query`` with the verified caller (``Principal.user`` and the roles ``roles_of`` reads
from its claims) and the query string's filters, passes the gateway's ``AuditLog.record`` as
``record``, and answers 403 on ``NotAnAuditor``.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from mcpfort.audit.query import FILTERS, query_store
from mcpfort.audit.trail import Trail
from mcpfort.errors import AuditError

__all__ = ["AUDITOR_ROLE", "NotAnAuditor", "roles_of", "auditor_query"]

AUDITOR_ROLE = "auditor"
MAX_ROWS = 10_000


class NotAnAuditor(AuditError):
    """The caller's token does not carry the auditor role (HTTP 403)."""


def roles_of(claims: Mapping[str, Any], claim: str = "roles") -> frozenset[str]:
    """Roles from a token claim holding a list or a space-separated string."""
    value = claims.get(claim)
    if isinstance(value, str):
        return frozenset(value.split())
    if isinstance(value, (list, tuple)):
        return frozenset(str(v) for v in value)
    return frozenset()


def auditor_query(trail: Trail, *, user: str, roles: Iterable[str], filters: Mapping[str, Any],
                  since: float | None = None, until: float | None = None, limit: int | None = 1000,
                  record: Callable[[dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
    """Matching entries (opened with the trail's key ring) for an auditor; raises ``NotAnAuditor``
    (after recording the refusal) for anyone else.  Every answer is recorded as ``audit.queried``:
    through ``record`` (the serving gateway's ``AuditLog.record``) when given, else by the trail."""
    trail.actor = user
    wanted = {k: v for k, v in filters.items() if v is not None}

    def note(action: str, count: int, record_as: str = "audit.queried", **details: Any) -> None:
        if record is None:
            trail.note(action, count, record_as=record_as, **details)
        else:
            record({"event": record_as, "user": user, "action": action, "count": count,
                    "filters": {k: v for k, v in details.items() if v is not None}})

    if AUDITOR_ROLE not in set(roles):
        note("query", 0, record_as="audit.refused", via="http", **{k: wanted.get(k) for k in FILTERS})
        raise NotAnAuditor(f"{user} may not read the audit trail: the token lacks the {AUDITOR_ROLE!r} role")
    unknown = set(wanted) - set(FILTERS)
    if unknown:
        raise AuditError(f"unknown filter {sorted(unknown)[0]!r} (filters: {', '.join(FILTERS)})")
    limit = MAX_ROWS if limit is None else min(limit, MAX_ROWS)
    store = trail.open()
    try:
        rows = query_store(store, since=since, until=until, limit=limit, ring=trail.ring(), **wanted)
    finally:
        store.close()
    note("query", len(rows), via="http", since=since, until=until, **wanted)
    return rows
