"""Strict durability: ``barrier()`` returns only once what was recorded before it is committed,
concurrent callers share commits (group commit), and a broken store makes it raise, not hang."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from mcpfort.audit.log import AuditLog
from mcpfort.audit.settings import AuditSettings
from mcpfort.errors import AuditError
from tests.audit_sqlite import count




async def test_barrier_waits_for_the_commit(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=AuditSettings(durability="strict"))
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA synchronous").fetchone()[0] in (1, 2)  # another connection's view
    db.close()
    for i in range(5):
        log.record({"event": "tool.called", "n": i})
        await log.barrier()
        assert count(path) == i + 1  # on disk before the call would be forwarded
    log.close()


async def test_concurrent_barriers_share_commits(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=AuditSettings(durability="strict"))
    commits = 0
    original = log._store.append

    def counting(events, writer):  # type: ignore[no-untyped-def]
        nonlocal commits
        commits += 1
        return original(events, writer)

    log._store.append = counting  # type: ignore[method-assign]

    async def call(i: int) -> None:
        log.record({"event": "tool.called", "n": i})
        await log.barrier()

    await asyncio.gather(*(call(i) for i in range(200)))
    log.close()
    assert count(path) == 200
    assert commits < 100, f"{commits} commits for 200 concurrent calls: no group commit"


async def test_batched_barrier_returns_at_once_until_the_backlog_is_too_long(tmp_path: Path) -> None:
    log = AuditLog(str(tmp_path / "a.db"), settings=AuditSettings(durability="batched"), max_backlog=10)
    log.record({"event": "x"})
    await asyncio.wait_for(log.barrier(), 1)
    log.close()


async def test_barrier_raises_when_the_store_stays_broken(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=AuditSettings(durability="strict"), retry_every=0.02, barrier_timeout=0.3)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE blocks")
    db.close()
    log.record({"event": "tool.called"})
    with pytest.raises(AuditError, match="refusing to go on"):
        await log.barrier()
    with pytest.raises(AuditError):
        log.close(timeout=0.2)
