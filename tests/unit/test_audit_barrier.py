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


def test_barriers_of_several_event_loops_are_each_woken(tmp_path: Path) -> None:
    """The writer only tells each loop that something was committed; every loop (one per thread
    here) then finds its own satisfied barriers, and nothing of a finished loop stays behind."""
    import threading

    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=AuditSettings(durability="strict"))
    seen: dict[int, int] = {}

    async def calls(k: int) -> None:
        async def call(i: int) -> None:
            log.record({"event": "tool.called", "user": f"u{k}", "n": i})
            await log.barrier()
            seen[k] = seen.get(k, 0) + 1

        await asyncio.gather(*(call(i) for i in range(50)))

    threads = [threading.Thread(target=asyncio.run, args=(calls(k),)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert seen == {0: 50, 1: 50, 2: 50}
    assert log._waiting == {}  # each loop's list went once its last barrier returned
    log.close()
    assert count(path) == 150


def test_a_closed_loop_does_not_hold_up_the_others(tmp_path: Path) -> None:
    """A barrier left waiting on a loop that was closed since: the next commit drops it."""
    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=AuditSettings(durability="strict"))
    loop = asyncio.new_event_loop()
    log.record({"event": "tool.called"})
    log.flush()
    with log._lock:
        log._committed -= 1  # as if the event were still being written: the barrier has to wait
    task = loop.create_task(log.barrier())
    loop.run_until_complete(asyncio.sleep(0))
    assert loop in log._waiting
    task.cancel()
    loop.close()
    with log._lock:
        log._committed += 1
    log.record({"event": "tool.called"})
    log.flush()
    assert loop not in log._waiting

    async def call() -> None:
        log.record({"event": "tool.called"})
        await asyncio.wait_for(log.barrier(), 5)

    asyncio.run(call())
    log.close()
    assert count(path) == 3
