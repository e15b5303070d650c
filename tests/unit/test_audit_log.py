"""AuditLog, the gateway's sink: cheap record, flush and close semantics, loud and recoverable
write failures (caused for real, by dropping the table under it), exit without close."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest

from mcpfort.audit import store
from mcpfort.audit.log import AuditLog
from mcpfort.audit.verify import verify
from mcpfort.errors import AuditError
from tests.audit_sqlite import bodies




def test_record_flush_close(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "audit.db"
    log = AuditLog(str(path))
    event = {"ts": 1.25, "event": "tool.called", "tool": "read_file", "arguments": {"path": "/x"},
             "something_new": {"kept": True}}
    log.record(event)
    event["tool"] = "changed after record"  # the log took a copy
    log.flush()
    [entry] = bodies(path)
    assert entry == {"seq": 1, "ts": 1.25, "event": "tool.called", "tool": "read_file", "arguments": {"path": "/x"},
                     "something_new": {"kept": True}}
    log.record({"event": "session.ended"})
    log.close()
    log.close()  # idempotent
    log.flush()  # nothing left to flush
    last = bodies(path)[-1]
    assert last["event"] == "session.ended" and isinstance(last["ts"], float)  # ts filled in when missing
    with pytest.raises(AuditError, match="closed"):
        log.record({"event": "late"})


def test_file_and_folder_permissions(tmp_path: Path) -> None:
    path = tmp_path / "private" / "audit.db"
    AuditLog(str(path)).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()[0] == "4"
        indexed = {r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index'") if r[0]}
    db.close()
    for column in ("ts", "trace_id"):  # the rest are scanned within a time range (cheaper writes)
        assert any(f"({column})" in sql for sql in indexed), column


def test_masking_happens_before_hashing(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(str(path))
    log.record({"ts": 1.0, "event": "tool.called", "arguments": {"token": "abc", "url": "https://u:pw@h/"}})
    log.close()
    [entry] = bodies(path)
    assert entry["arguments"] == {"token": "***masked***", "url": "https://u:***masked***@h/"}
    assert b"pw@" not in path.read_bytes() and verify(str(path)).ok


def test_record_does_no_work_on_the_callers_thread(tmp_path: Path) -> None:
    """``record`` only queues: masking happens on the writer thread, and nothing waits for the disk
    (its cost is measured by bench/audit.py, not by a timed test)."""
    path = tmp_path / "audit.db"
    log = AuditLog(str(path), retry_every=0.02)
    seen: list[str] = []

    class Probe:
        def __str__(self) -> str:
            seen.append(threading.current_thread().name)
            return "probe"

    blocker = sqlite3.connect(path, isolation_level=None, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # the file cannot be written while the calls are recorded
    for _ in range(1_000):
        log.record({"event": "tool.called", "arguments": {"x": Probe()}})
    assert threading.current_thread().name not in seen
    blocker.execute("ROLLBACK")
    blocker.close()
    log.flush(timeout=30)
    log.close()
    assert len(bodies(path)) == 1_000 and set(seen) == {"mcpfort-audit"}


def test_records_from_many_threads(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(str(path))

    def work(name: str) -> None:
        for i in range(200):
            log.record({"ts": 1.0, "event": "tool.called", "user": name, "n": i})

    threads = [threading.Thread(target=work, args=(f"u{k}",)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.flush()
    report = verify(str(path))
    assert report.ok and report.count == 800
    log.close()


def test_a_failing_write_is_loud_then_recovers(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(str(path), retry_every=0.02)
    log.record({"ts": 1.0, "event": "session.started"})
    log.flush()
    with sqlite3.connect(path) as db:  # the store breaks under the running writer
        db.execute("DROP TABLE blocks")
    db.close()
    for i in range(3):
        log.record({"ts": 2.0, "event": "tool.called", "n": i})
        time.sleep(0.05)
    with pytest.raises(AuditError, match="not written after"):
        log.flush(timeout=0.2)
    assert log.error and "blocks" in log.error
    err = capfd.readouterr().err
    assert err.count("cannot write") == 1 and str(path) in err
    store.open_writer(str(path)).close()  # the table is back
    log.flush(timeout=5)
    assert log.error is None
    assert "writing again" in capfd.readouterr().err
    assert [e["n"] for e in bodies(path)] == [0, 1, 2]  # buffered, not lost
    log.close()
    assert verify(str(path)).ok


def test_close_gives_up_on_a_broken_store_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(str(path), retry_every=0.02)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE blocks")
    db.close()
    log.record({"ts": 1.0, "event": "tool.called"})
    with pytest.raises(AuditError):
        log.close(timeout=0.2)
    log.close()  # the second call does nothing


def test_cannot_open_is_an_audit_error_at_start(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(AuditError, match="cannot create"):
        AuditLog(str(blocker / "audit.db"))
    not_a_db = tmp_path / "junk.db"
    not_a_db.write_bytes(b"junk" * 1000)
    with pytest.raises(AuditError):
        AuditLog(str(not_a_db))


def test_events_are_written_at_exit_without_close(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    code = ("import sys; from mcpfort.audit.log import AuditLog; log = AuditLog(sys.argv[1]); "
            "[log.record({'ts': 1.0, 'event': 'tool.called', 'n': i}) for i in range(50)]")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env, timeout=30)
    assert [e["n"] for e in bodies(path)] == list(range(50))
