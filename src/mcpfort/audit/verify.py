"""``verify(path)``: walk the chain and name the first entry that is not what was written.

Needs no key: anyone holding a copy of the file can check it.  Detects an entry modified (body
or an indexed column), deleted, inserted, reordered, and an edited ``hash`` or ``prev_hash``.
It cannot detect the newest entries being deleted (the shorter chain is valid) nor the whole
chain being recomputed after an edit; ``head`` is the value to note elsewhere to catch both.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import orjson

from mcpfort.audit import store
from mcpfort.errors import AuditError

__all__ = ["VerifyReport", "verify"]


@dataclass(frozen=True)
class VerifyReport:
    """``count`` is the number of entries that verified (all of them when ``ok``); ``head`` the
    hash of the last of those."""

    ok: bool
    count: int
    first_bad_seq: int | None = None
    reason: str | None = None
    head: str = store.GENESIS


def verify(path: str) -> VerifyReport:
    conn = store.open_reader(path)
    try:
        return _walk(conn.execute(f"SELECT seq, {store.COLUMN_LIST}, body, prev_hash, hash FROM entries ORDER BY seq"))
    except sqlite3.Error as exc:
        raise AuditError(f"cannot read the audit log {path}: {exc}") from exc
    finally:
        conn.close()


def _walk(rows: Any) -> VerifyReport:
    expected, prev, count = 1, store.GENESIS, 0

    def bad(seq: int, reason: str) -> VerifyReport:
        return VerifyReport(False, count, seq, reason, prev)

    width = len(store.COLUMNS)
    for row in rows:
        seq, cols, body, prev_hash, digest = row[0], row[1:1 + width], row[1 + width], row[2 + width], row[3 + width]
        if seq != expected:
            if seq < expected:
                return bad(seq, f"entry {seq} is out of range (the log starts at 1)")
            if expected == 1:
                return bad(1, f"entry 1 is missing (the log starts at {seq})")
            return bad(expected, f"entry {expected} is missing (the log goes from {expected - 1} to {seq})")
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not isinstance(body, bytes):
            return bad(seq, "body is not stored as JSON bytes")
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            return bad(seq, "body is not valid JSON")
        if not isinstance(event, dict):
            return bad(seq, "body is not a JSON object")
        if event.get("seq") != seq:
            return bad(seq, f"body says seq {event.get('seq')!r}: the entry was moved or replaced")
        for name, stored, wanted in zip(store.COLUMNS, cols, store.columns(event)):
            if stored != wanted:
                return bad(seq, f"column {name} is {stored!r} but the entry says {wanted!r}")
        if prev_hash != prev:
            return bad(seq, "prev_hash does not match the previous entry's hash "
                            "(an entry before it was removed, inserted or changed)")
        if digest != store.chain_hash(prev, body):
            return bad(seq, "hash does not match the entry's content")
        prev, expected, count = digest, expected + 1, count + 1
    return VerifyReport(True, count, None, None, prev)
