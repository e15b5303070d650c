"""Queries over the indexed columns: every filter, globs, newest-N limits, order."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpfort.audit import store
from mcpfort.audit.query import entries_after, last_seq, query
from mcpfort.errors import AuditError, UsageError

T0 = 1_763_900_000.0
EVENTS = [
    {"ts": T0 + 0, "event": "session.started", "session_id": "s1", "user": "ada", "server": "fs"},
    {"ts": T0 + 1, "event": "tool.called", "session_id": "s1", "user": "ada", "server": "fs", "tool": "read_file", "trace_id": "t1"},
    {"ts": T0 + 2, "event": "authz.decision", "session_id": "s1", "user": "ada", "server": "fs", "tool": "read_file", "trace_id": "t1", "decision": "allow"},
    {"ts": T0 + 3, "event": "tool.completed", "session_id": "s1", "user": "ada", "server": "fs", "tool": "read_file", "trace_id": "t1", "decision": "allow"},
    {"ts": T0 + 4, "event": "tool.called", "session_id": "s2", "user": "bob", "server": "db", "tool": "query", "trace_id": "t2"},
    {"ts": T0 + 5, "event": "authz.decision", "session_id": "s2", "user": "bob", "server": "db", "tool": "query", "trace_id": "t2", "decision": "deny"},
    {"ts": T0 + 6, "event": "resource.called", "session_id": "s2", "user": "bob", "server": "db", "tool": "db://x", "trace_id": "t3"},
    {"ts": T0 + 7, "event": "session.ended", "session_id": "s2", "user": "bob", "server": "db"},
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "audit.db")
    conn = store.open_writer(path)
    store.append(conn, EVENTS)
    conn.close()
    return path


@pytest.mark.parametrize(("filters", "seqs"), [
    ({}, [1, 2, 3, 4, 5, 6, 7, 8]),
    ({"user": "bob"}, [5, 6, 7, 8]),
    ({"event": "tool.called"}, [2, 5]),
    ({"event": "tool.*"}, [2, 4, 5]),
    ({"event": "*.called"}, [2, 5, 7]),
    ({"event": "tool"}, []),
    ({"tool": "read_file"}, [2, 3, 4]),
    ({"server": "db"}, [5, 6, 7, 8]),
    ({"trace_id": "t2"}, [5, 6]),
    ({"decision": "deny"}, [6]),
    ({"session_id": "s1"}, [1, 2, 3, 4]),
    ({"since": T0 + 6}, [7, 8]),
    ({"until": T0 + 1}, [1, 2]),
    ({"since": T0 + 2, "until": T0 + 4}, [3, 4, 5]),
    ({"user": "ada", "event": "authz.*", "decision": "allow"}, [3]),
    ({"limit": 3}, [6, 7, 8]),
    ({"limit": 3, "order": "desc"}, [8, 7, 6]),
    ({"user": "ada", "limit": 2}, [3, 4]),
    ({"limit": 0}, []),
    ({"order": "desc"}, [8, 7, 6, 5, 4, 3, 2, 1]),
])
def test_filters(db: str, filters: dict, seqs: list[int]) -> None:
    rows = query(db, **filters)
    assert [r["seq"] for r in rows] == seqs
    for r in rows:  # the decoded body, unknown keys and all
        assert r == {**EVENTS[r["seq"] - 1], "seq": r["seq"]}


def test_bad_arguments(db: str) -> None:
    with pytest.raises(UsageError):
        query(db, order="sideways")
    with pytest.raises(UsageError):
        query(db, limit=-1)


def test_entries_after_and_last_seq(db: str) -> None:
    assert last_seq(db) == 8
    after = list(entries_after(db, 6, with_hashes=True))
    assert [e["seq"] for e in after] == [7, 8]
    assert after[1]["prev_hash"] == after[0]["hash"] and len(after[0]["hash"]) == 64
    assert "hash" not in next(entries_after(db, 0))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="no audit log at"):
        query(str(tmp_path / "missing.db"))
