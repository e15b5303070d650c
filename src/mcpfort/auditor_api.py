"""``GET /audit/events`` on ``mcpfort serve``: the audit query over HTTP, for auditors only.

The caller's bearer token is verified like any MCP caller's (its audience is the gateway's
``/audit`` resource unless ``auth.audience`` names one for all), and must carry the ``auditor``
role in the claim ``auth.claims.roles`` (default ``roles``). Anyone else gets 403 and an
``audit.refused`` event; without ``auth.issuer`` nobody is an auditor over HTTP (403: use
``mcpfort audit query`` on the host). An auditor whose token names an organization sees only
that organization's events. Every answer is itself recorded (``audit.queried``).

Query parameters are the CLI's filters: ``since``, ``until`` (ISO 8601 or an age such as ``2h``),
``user``, ``organization`` (or ``org``), ``event``, ``tool``, ``server``, ``trace_id`` (or
``trace``), ``session_id``, ``decision``, ``limit`` (default 1000, at most 10000), ``format``
(``json``, the default, or ``jsonl``).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Awaitable, Callable

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mcpfort.audit.access import MAX_ROWS, NotAnAuditor, auditor_query, roles_of
from mcpfort.audit.query import FILTERS, parse_time
from mcpfort.audit.trail import Trail
from mcpfort.errors import AuditError, UsageError

__all__ = ["AuditorApi"]

_ALIASES = {"org": "organization", "trace": "trace_id", "session": "session_id"}
_OTHER = {"since", "until", "limit", "format"}


def _problem(status: int, error: str, description: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": error, "error_description": description}, status_code=status, headers=headers)


class AuditorApi:
    def __init__(self, trail: Trail, *, record: Callable[[dict[str, Any]], None], verifier: Any | None,
                 roles_claim: str, challenge: Callable[[], Response],
                 admit: Callable[[Request], Response | None],
                 settle: Callable[[], Awaitable[None]] | None = None) -> None:
        self.trail = trail
        self.record = record
        self.verifier = verifier
        self.roles_claim = roles_claim
        self.challenge = challenge
        self.admit = admit
        self.settle = settle  # awaited first, so what the gateway just recorded is there to read

    async def events(self, request: Request) -> Response:
        if (refused := self.admit(request)) is not None:
            return refused
        address = request.client.host if request.client else None
        if self.verifier is None:
            self.record({"event": "audit.refused", "action": "query", "via": "http", "address": address,
                         "reason": "no authentication configured"})
            return _problem(403, "forbidden", "the audit API needs token authentication (auth.issuer in the "
                                              "policy); on this host use `mcpfort audit query`")
        from mcpfort.auth.tokens import InvalidToken

        try:
            principal = await self.verifier.verify(request.headers.get("authorization"))
        except InvalidToken as exc:
            self.record({"event": "auth.failed", "server": "audit", "reason": str(exc), "address": address})
            return self.challenge()
        try:
            filters, since, until, limit, fmt = self._parse(request)
        except UsageError as exc:
            return _problem(400, "invalid_request", str(exc))
        org = principal.organization
        if org is not None:
            if filters.get("organization") not in (None, org):
                self.record({"event": "audit.refused", "user": principal.user, "organization": org,
                             "action": "query", "via": "http", "reason": "another organization's events",
                             "filters": {"organization": filters["organization"]}})
                return _problem(403, "forbidden", f"the organization filter {filters['organization']!r} is refused: "
                                                  f"an auditor of {org!r} reads only that organization's events")
            filters["organization"] = org

        def record(event: dict[str, Any]) -> None:
            self.record({**event, "organization": org, "address": address})

        try:
            if self.settle is not None:
                await self.settle()
            rows = await asyncio.to_thread(auditor_query, self.trail, user=principal.user,
                                           roles=roles_of(principal.claims, self.roles_claim), filters=filters,
                                           since=since, until=until, limit=limit, record=record)
        except NotAnAuditor as exc:
            return _problem(403, "insufficient_role", str(exc))
        except AuditError as exc:
            return _problem(503, "unavailable", f"the audit trail cannot be read: {exc}")
        if fmt == "jsonl":
            return Response(b"".join(orjson.dumps(row) + b"\n" for row in rows), media_type="application/jsonl")
        return JSONResponse({"count": len(rows), "events": rows})

    @staticmethod
    def _parse(request: Request) -> tuple[dict[str, Any], float | None, float | None, int, str]:
        params = request.query_params
        filters: dict[str, Any] = {}
        for key in params.keys():
            name = _ALIASES.get(key, key)
            if name not in FILTERS and name not in _OTHER:
                raise UsageError(f"unknown parameter {key!r} (filters: {', '.join(FILTERS)}; also since, until, "
                                 "limit, format)")
            if len(params.getlist(key)) > 1 or name in filters:
                raise UsageError(f"parameter {key!r} given more than once")
            if name in FILTERS:
                filters[name] = params[key]
        now = time.time()
        since = parse_time(params["since"], now) if "since" in params else None
        until = parse_time(params["until"], now) if "until" in params else None
        try:
            limit = int(params.get("limit", "1000"))
        except ValueError:
            raise UsageError(f"limit must be a whole number, not {params['limit']!r}") from None
        if not 0 <= limit <= MAX_ROWS:
            raise UsageError(f"limit must be between 0 and {MAX_ROWS}")
        fmt = params.get("format", "json")
        if fmt not in ("json", "jsonl"):
            raise UsageError(f"format must be json or jsonl, not {fmt!r}")
        return filters, since, until, limit, fmt
