"""Read the audit trail back: filtered queries, the newest entries, and everything after a seq.

Filters use the indexed columns, which verify checks against the hashed body.  ``event``,
``user``, ``organization``, ``server``, ``tool``, ``trace_id``, ``session_id`` and ``decision``
match exactly, or as a glob when they contain ``*``, ``?`` or ``[`` (``tool.*`` is every tool
event).  Sealed fields are opened with ``ring`` (the key ring) when given, else read
``***encrypted***`` (``***erased***`` once ``forget`` destroyed their key).  In a store with
several chains (PostgreSQL replicas) each entry also says its ``chain``, and results are in
time order.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Iterator

import orjson

from mcpfort.audit.keys import KeyRing
from mcpfort.audit.seal import Opener
from mcpfort.errors import AuditError, UsageError

__all__ = ["query", "query_store", "entries_after", "last_seq", "decode", "parse_time", "FILTERS"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_AGE = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
FILTERS = ("user", "organization", "event", "tool", "server", "trace_id", "session_id", "decision")


def parse_time(text: str, now: float) -> float:
    """Epoch seconds for an ISO 8601 time or date (UTC unless it has an offset) or an age ago."""
    value = text.strip()
    age = _AGE.match(value)
    if age:
        return now - float(age.group(1)) * _UNITS[age.group(2)]
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"time {text!r}: use ISO 8601 (2026-11-23T10:00:00Z or 2026-11-23) "
                         f"or an age such as 30s, 15m, 2h, 7d") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _open(target: str) -> Any:
    from mcpfort.audit.store import open_store

    return open_store(target)


def query(path: str, *, ring: KeyRing | None = None, **filters: Any) -> list[dict[str, Any]]:
    """The matching events (opened bodies, with ``seq``); see ``query_store`` for the filters."""
    store = _open(path)
    try:
        return query_store(store, ring=ring, **filters)
    finally:
        store.close()


def query_store(store: Any, *, since: float | None = None, until: float | None = None, limit: int | None = None,
                order: str = "asc", ring: KeyRing | None = None, **filters: Any) -> list[dict[str, Any]]:
    """``limit`` keeps the newest N matches; ``order`` ("asc" or "desc") only sorts them."""
    if order not in ("asc", "desc"):
        raise UsageError(f"order must be 'asc' or 'desc', not {order!r}")
    if limit is not None and limit < 0:
        raise UsageError("limit must be 0 or more")
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise UsageError(f"unknown filter {sorted(unknown)[0]!r} (filters: {', '.join(FILTERS)})")
    where: list[tuple[str, str, Any]] = []
    if since is not None:
        where.append(("ts", ">=", since))
    if until is not None:
        where.append(("ts", "<=", until))
    for name in FILTERS:
        value = filters.get(name)
        if value is not None:
            where.append((name, "glob" if any(c in value for c in "*?[") else "=", value))
    try:
        rows = store.find(where, limit)
        opener = Opener(ring, store.data_keys(), getattr(store, "entry", None))
    except Exception as exc:
        if isinstance(exc, AuditError):
            raise
        raise AuditError(f"cannot read the audit log {store.label}: {exc}") from exc
    if order == "asc":
        rows.reverse()
    multi = store.multi_chain
    out = []
    for chain, seq, body, prev in rows:
        entry = opener.open(decode(seq, body), prev, chain)
        if multi:
            entry["chain"] = chain
        out.append(entry)
    return out


def last_seq(path: str) -> int:
    store = _open(path)
    try:
        return max(store.max_seq().values(), default=0)
    finally:
        store.close()


def entries_after(path: str, seq: int, *, with_hashes: bool = False, ring: KeyRing | None = None,
                  raw: bool = False, chain: str | None = None) -> Iterator[dict[str, Any]]:
    """Every entry of a chain after ``seq`` in order, streamed (export and ``tail -f``).

    ``raw`` keeps the body exactly as hashed (sealed parts included), so an export re-verifies.
    """
    store = _open(path)
    try:
        yield from store_entries_after(store, seq, with_hashes=with_hashes, ring=ring, raw=raw, chain=chain)
    finally:
        store.close()


def store_entries_after(store: Any, seq: int, *, with_hashes: bool = False, ring: KeyRing | None = None,
                        raw: bool = False, chain: str | None = None) -> Iterator[dict[str, Any]]:
    from mcpfort.audit.chain import COLUMNS

    width = len(COLUMNS)
    opener = None if raw else Opener(ring, store.data_keys(), getattr(store, "entry", None))
    for name in [chain] if chain else store.chains():
        try:
            for row in store.rows(name, seq):
                entry = decode(row[0], row[1 + width])
                if opener is not None:
                    entry = opener.open(entry, row[2 + width], name)
                if store.multi_chain:
                    entry["chain"] = name
                if with_hashes:
                    entry["prev_hash"], entry["hash"] = row[2 + width], row[3 + width]
                yield entry
        except Exception as exc:
            if isinstance(exc, AuditError):
                raise
            raise AuditError(f"cannot read the audit log {store.label}: {exc}") from exc


def decode(seq: int, body: Any) -> dict[str, Any]:
    try:
        entry = orjson.loads(bytes(body) if isinstance(body, memoryview) else body)
    except (orjson.JSONDecodeError, TypeError):
        entry = None
    if not isinstance(entry, dict):
        raise AuditError(f"entry {seq} of the audit log is not a JSON object: the log was edited "
                         "(mcpfort audit verify shows where)")
    return entry
