"""Read the audit trail back: filtered queries, the newest entries, and everything after a seq.

Filters use the indexed columns, which verify checks against the hashed body.  ``event``,
``user``, ``server``, ``tool``, ``trace_id`` and ``session_id`` match exactly, or as a glob when
they contain ``*``, ``?`` or ``[`` (``tool.*`` is every tool event).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Iterator

import orjson

from mcpfort.audit import store
from mcpfort.errors import AuditError, UsageError

__all__ = ["query", "entries_after", "last_seq"]

_MATCHED = ("user", "event", "tool", "server", "trace_id", "session_id", "decision")


def _where(filters: dict[str, Any], since: float | None, until: float | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since is not None:
        clauses.append("ts >= ?")
        params.append(since)
    if until is not None:
        clauses.append("ts <= ?")
        params.append(until)
    for name in _MATCHED:
        value = filters.get(name)
        if value is None:
            continue
        glob = any(c in value for c in "*?[")
        clauses.append(f'"{name}" {"GLOB" if glob else "="} ?')
        params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query(path: str, *, since: float | None = None, until: float | None = None, user: str | None = None,
          event: str | None = None, tool: str | None = None, server: str | None = None,
          trace_id: str | None = None, decision: str | None = None, session_id: str | None = None,
          limit: int | None = None, order: str = "asc") -> list[dict[str, Any]]:
    """The matching events (decoded bodies, with ``seq``).

    ``limit`` keeps the newest N matches; ``order`` ("asc" or "desc", by seq) only sorts them.
    """
    if order not in ("asc", "desc"):
        raise UsageError(f"order must be 'asc' or 'desc', not {order!r}")
    if limit is not None and limit < 0:
        raise UsageError("limit must be 0 or more")
    where, params = _where(dict(user=user, event=event, tool=tool, server=server, trace_id=trace_id,
                                decision=decision, session_id=session_id), since, until)
    sql = f"SELECT seq, body FROM entries{where} ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = _read(path, sql, params)
    if order == "asc":
        rows.reverse()
    return [_decode(seq, body) for seq, body in rows]


def last_seq(path: str) -> int:
    rows = _read(path, "SELECT COALESCE(MAX(seq), 0), NULL FROM entries", [])
    return int(rows[0][0])


def entries_after(path: str, seq: int, *, with_hashes: bool = False) -> Iterator[dict[str, Any]]:
    """Every entry after ``seq`` in order, streamed (export and ``tail -f``)."""
    conn = store.open_reader(path)
    try:
        cursor = conn.execute("SELECT seq, body, prev_hash, hash FROM entries WHERE seq > ? ORDER BY seq", (seq,))
        for row_seq, body, prev_hash, digest in cursor:
            entry = _decode(row_seq, body)
            if with_hashes:
                entry["prev_hash"], entry["hash"] = prev_hash, digest
            yield entry
    except sqlite3.Error as exc:
        raise AuditError(f"cannot read the audit log {path}: {exc}") from exc
    finally:
        conn.close()


def _decode(seq: int, body: Any) -> dict[str, Any]:
    try:
        entry = orjson.loads(body)
    except (orjson.JSONDecodeError, TypeError):
        entry = None
    if not isinstance(entry, dict):
        raise AuditError(f"entry {seq} of the audit log is not a JSON object: the log was edited "
                         "(mcpfort audit verify shows where)")
    return entry


def _read(path: str, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    conn = store.open_reader(path)
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise AuditError(f"cannot read the audit log {path}: {exc}") from exc
    finally:
        conn.close()
