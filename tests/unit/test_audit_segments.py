"""Checkpoint timing, segment rotation through ``AuditLog`` with a fake clock, the truncation
alarm at start, and upgrading a format 1 file in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mcpfort.audit import keys, store
from mcpfort.audit.log import AuditLog
from mcpfort.audit.query import query
from mcpfort.audit.settings import AuditSettings
from mcpfort.audit.verify import verify
from tests.audit_sqlite import BlockFile

DAY = 86400.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def __call__(self) -> float:
        return self.now


def settings(tmp: Path, **extra: object) -> AuditSettings:
    return AuditSettings(signing_key=str(tmp / "sign.key"), key_file=str(tmp / "k"), **extra)


def trusted(tmp: Path) -> dict:
    return keys.load_public_keys([str(tmp / "sign.key.pub")])


def notes(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT seq, kind FROM notes ORDER BY id").fetchall()
    db.close()
    return rows


def test_checkpoints_by_count_by_time_and_at_close(tmp_path: Path) -> None:
    clock, path = Clock(), tmp_path / "a.db"
    log = AuditLog(str(path), settings=settings(tmp_path, checkpoint_every=5, checkpoint_seconds=60.0), clock=clock)
    for i in range(12):
        log.record({"event": "tool.called", "n": i})
        log.flush()  # one batch per event, so the count rule is exact
    assert [seq for seq, _ in notes(path)] == [1, 6, 11]  # the first batch, then every 5 entries
    clock.now += 61
    log.record({"event": "tool.called"})
    log.flush()
    assert notes(path)[-1][0] == 13  # a minute passed
    log.record({"event": "tool.called"})
    log.close()
    assert notes(path)[-1][0] == 14  # at close
    assert verify(str(path), trusted=trusted(tmp_path)).checkpoints == 5


def test_segments_rotate_daily_and_the_chain_spans_them(tmp_path: Path) -> None:
    clock, path = Clock(), tmp_path / "a.db"
    log = AuditLog(str(path), settings=settings(tmp_path, rotation=DAY), clock=clock)
    for day in range(3):
        for i in range(4):
            log.record({"event": "tool.called", "user": "ada", "arguments": {"day": day, "i": i}})
        log.flush()
        clock.now += DAY
    log.close()
    with sqlite3.connect(path) as db:
        segments = db.execute("SELECT id, first_seq, last_seq FROM segments ORDER BY id").fetchall()
        keys_per_segment = db.execute("SELECT segment, COUNT(*) FROM data_keys GROUP BY segment").fetchall()
    db.close()
    assert segments == [(1, 1, 4), (2, 5, 8), (3, 9, None)]
    assert keys_per_segment == [(1, 1), (2, 1), (3, 1)]  # a data key per user and segment
    assert (4, "checkpoint") in notes(path) and (8, "checkpoint") in notes(path)  # each segment closed signed
    report = verify(str(path), trusted=trusted(tmp_path))
    assert report.ok and report.count == 12
    ring = keys.load_ring(str(tmp_path / "k"))
    assert [e["arguments"]["day"] for e in query(str(path), ring=ring)] == [0] * 4 + [1] * 4 + [2] * 4


def test_a_gateway_starting_on_a_truncated_log_raises_the_alarm(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.db"
    log = AuditLog(str(path), settings=settings(tmp_path))
    for i in range(10):
        log.record({"event": "tool.called", "n": i})
    log.close()
    with sqlite3.connect(path) as db:
        BlockFile(db).delete(lambda seq: seq > 6)
    db.close()
    capfd.readouterr()
    log = AuditLog(str(path), settings=settings(tmp_path))
    log.close()
    assert "ALARM" in capfd.readouterr().err
    [alarm] = query(str(path), event="audit.alarm", ring=keys.load_ring(str(tmp_path / "k")))
    assert "removed after a signed checkpoint" in alarm["reason"]
    assert not verify(str(path), trusted=trusted(tmp_path)).ok


def test_a_format_1_file_is_upgraded_in_place_and_still_verifies(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE entries (seq INTEGER PRIMARY KEY, ts REAL, event TEXT, trace_id TEXT, session_id TEXT,
            "user" TEXT, context TEXT, server TEXT, tool TEXT, decision TEXT, body BLOB NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX entries_user ON entries ("user");
        INSERT INTO meta VALUES ('format_version', '1');
    """)
    prev = store.GENESIS
    for seq in (1, 2):
        body = store.canonical({"ts": float(seq), "event": "tool.called", "user": "ada", "seq": seq})
        digest = store.chain_hash(prev, body)
        db.execute('INSERT INTO entries (seq, ts, event, "user", body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
                   (seq, float(seq), "tool.called", "ada", body, prev, digest))
        prev = digest
    db.close()
    assert verify(str(path)).ok  # read as it is
    log = AuditLog(str(path), settings=settings(tmp_path))
    log.record({"event": "tool.called", "user": "bob", "arguments": {"x": 1}})
    log.close()
    report = verify(str(path), trusted=trusted(tmp_path))
    assert report.ok and report.count == 3 and report.checkpoints == 1
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()[0] == "4"
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'entries_user'").fetchone() is None
    db.close()


WRITER = """
import sys
from mcpfort.audit.log import AuditLog
from mcpfort.audit.settings import AuditSettings
folder, me = sys.argv[1], sys.argv[2]
settings = AuditSettings(key_file=folder + "/k", signing_key=folder + "/sign.key", checkpoint_every=50)
log = AuditLog(folder + "/shared.db", settings=settings, batch_size=8)
for i in range(300):
    log.record({"event": "tool.called", "user": me, "arguments": {"i": i}})
log.close()
"""


def test_two_processes_share_one_encrypted_signed_chain(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    keys.ensure_keys(str(tmp_path / "k"), str(tmp_path / "sign.key"), say=lambda _: None)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), me], env=env, stderr=subprocess.PIPE,
                              text=True) for me in ("ada", "bob")]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    report = verify(str(tmp_path / "shared.db"), trusted=trusted(tmp_path))
    assert report.ok and report.count == 600 and report.checkpoints >= 12, report.reason
    rows = query(str(tmp_path / "shared.db"), ring=keys.load_ring(str(tmp_path / "k")))
    for me in ("ada", "bob"):
        assert [r["arguments"]["i"] for r in rows if r["user"] == me] == list(range(300))
