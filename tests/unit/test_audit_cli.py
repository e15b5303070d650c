"""``mcpfort audit`` through ``mcpfort.cli.main``: verify exit codes, query formats and filters,
export, tail (and -f in a real process), store lookup, time parsing."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest

from mcpfort.audit import store
from mcpfort.cli import main
from mcpfort.commands.audit import parse_time
from mcpfort.errors import UsageError
from tests.audit_sqlite import BlockFile

T0 = 1_763_900_000.0  # 2025-11-23T12:13:20Z
EVENTS = [
    {"ts": T0, "event": "session.started", "session_id": "s1", "user": "ada", "server": "fs", "command": ["npx", "x"]},
    {"ts": T0 + 1, "event": "tool.called", "session_id": "s1", "user": "ada", "server": "fs", "tool": "read_file",
     "trace_id": "a1b2c3d4e5f6a7b8", "kind": "tool", "arguments": {"path": "/tmp/[red]x"}},
    {"ts": T0 + 2, "event": "authz.decision", "session_id": "s1", "user": "ada", "server": "fs", "tool": "read_file",
     "trace_id": "a1b2c3d4e5f6a7b8", "decision": "allow", "reasons": ["files:read granted"]},
    {"ts": T0 + 3, "event": "tool.called", "session_id": "s2", "user": "bob", "server": "db", "tool": "query",
     "trace_id": "ffff0000", "arguments": {"sql": "DROP TABLE users"}},
    {"ts": T0 + 4, "event": "authz.decision", "session_id": "s2", "user": "bob", "server": "db", "tool": "query",
     "trace_id": "ffff0000", "decision": "deny", "required": ["db:write"], "available": []},
    {"ts": T0 + 5, "event": "tool.failed", "session_id": "s2", "user": "bob", "server": "db", "tool": "query",
     "trace_id": "ffff0000", "decision": "deny", "error": "not allowed here", "duration_ms": 0.4},
]


def write(path: Path, events: list[dict] = EVENTS) -> str:
    conn = store.open_writer(str(path))
    store.append(conn, events)
    conn.close()
    return str(path)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # keep the developer's own policy and audit log out of every test
    for name in ("MCPFORT_AUDIT", "MCPFORT_POLICY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.chdir(tmp_path)
    return write(tmp_path / "audit.db")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["audit", *argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- verify ------------------------------------------------------------------------------------
def test_verify_ok(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verify", "--audit", db)
    assert code == 0
    assert out.splitlines()[0] == "ok: 6 entries, chain intact"
    assert out.splitlines()[1].startswith("head: ")


def test_verify_tampered_exits_3(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db) as conn:
        f = BlockFile(conn)
        f.set(5, body=f.row(5)["body"].replace(b'"decision":"deny"', b'"decision":"allow"'))
    conn.close()
    code, out, err = run(capsys, "verify", "--audit", db)
    assert code == 3
    assert out == ""
    assert err.startswith("TAMPERED: entry 5: hash does not match the entry's content")


def test_missing_log_exits_1(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none" / "audit.db"
    for action in ("verify", "query", "tail", "export"):
        code, _, err = run(capsys, action, "--audit", str(missing))
        assert code == 1
        assert f"no audit log at {missing} (the gateway creates it on first use)" in err
    assert not missing.parent.exists()


def test_sqlite_url(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "verify", "--audit", f"sqlite:///{db}")[0] == 0


# -- where the log is found --------------------------------------------------------------------
def test_store_from_env(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MCPFORT_AUDIT", db)
    assert run(capsys, "verify")[1].startswith("ok: 6 entries")


def test_store_from_policy_relative_to_its_folder(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "project"
    (folder / "logs").mkdir(parents=True)
    write(folder / "logs" / "trail.db", EVENTS[:2])
    policy = folder / "mcpfort.yaml"
    policy.write_text("version: 1\ncapabilities: {}\ncontexts:\n  dev: []\nservers: {}\naudit:\n  store: logs/trail.db\n")
    assert run(capsys, "verify", "--policy", str(policy))[1].startswith("ok: 2 entries")
    # --audit wins over the policy
    assert run(capsys, "verify", "--policy", str(policy), "--audit", db)[1].startswith("ok: 6 entries")


def test_store_default_is_the_xdg_data_dir(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "xdg-data" / "mcpfort").mkdir(parents=True)
    write(tmp_path / "xdg-data" / "mcpfort" / "audit.db", EVENTS[:3])
    assert run(capsys, "verify")[1].startswith("ok: 3 entries")


# -- query -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "seqs"), [
    ([], [1, 2, 3, 4, 5, 6]),
    (["--user", "bob"], [4, 5, 6]),
    (["--event", "tool.*"], [2, 4, 6]),
    (["--event", "authz.decision", "--decision", "deny"], [5]),
    (["--tool", "read_file"], [2, 3]),
    (["--server", "fs"], [1, 2, 3]),
    (["--trace", "ffff0000"], [4, 5, 6]),
    (["--trace", "a1b2c3d4*"], [2, 3]),
    (["--session", "s1", "--limit", "2"], [2, 3]),
    (["--since", "2025-11-23T12:13:23Z"], [4, 5, 6]),
    (["--since", "2025-11-23T13:13:22+01:00", "--until", "2025-11-23T12:13:23Z"], [3, 4]),
    (["--until", "2025-11-23"], []),
    (["--since", "2025-11-23"], [1, 2, 3, 4, 5, 6]),
    (["--since", "1h"], []),
    (["--limit", "2", "--order", "desc"], [6, 5]),
])
def test_query_json_and_jsonl(db: str, capsys: pytest.CaptureFixture[str], args: list[str], seqs: list[int]) -> None:
    twin = db + ".twin"  # each query is recorded in the log it reads: the second one reads a copy
    shutil.copy(db, twin)
    code, out, _ = run(capsys, "query", "--audit", db, "--format", "json", *args)
    assert code == 0
    rows = orjson.loads(out)
    assert [r["seq"] for r in rows] == seqs
    code, out, _ = run(capsys, "query", "--audit", twin, "--format", "jsonl", *args)
    assert code == 0
    assert [orjson.loads(line) for line in out.splitlines()] == rows


def test_query_table(db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(capsys, "query", "--audit", db, "--server", "fs")
    assert code == 0
    assert "3 event(s)" in out
    for text in ("time (UTC)", "details", "2025-11-23 12:13:21", "tool.called", "read_file", "allow", "a1b2c3d4",
                 "/tmp/[red]x", "files:read granted"):
        assert text in out, text
    assert "bob" not in out


def test_query_bad_time_is_a_usage_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "query", "--audit", db, "--since", "yesterday")
    assert code == 2 and "ISO 8601" in err


# -- tail and export ---------------------------------------------------------------------------
def test_tail_n(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tail", "--audit", db, "-n", "2")
    assert code == 0
    assert out.splitlines() == [
        "2025-11-23T12:13:24.000Z authz.decision user=bob server=db tool=query decision=deny trace=ffff0000",
        '2025-11-23T12:13:25.000Z tool.failed user=bob server=db tool=query decision=deny trace=ffff0000 '
        'error="not allowed here"',
    ]
    lines = run(capsys, "tail", "--audit", db)[1].splitlines()
    assert len(lines) == 7  # default 20; the 6 written plus the first tail's own audit.queried
    assert " audit.queried user=" in lines[-1]
    assert run(capsys, "tail", "--audit", db, "-n", "0")[1] == ""


def test_export(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--audit", db)
    assert code == 0
    lines = [orjson.loads(line) for line in out.splitlines()]
    assert [e["seq"] for e in lines] == [1, 2, 3, 4, 5, 6, 7]
    assert lines[-1]["event"] == "audit.queried" and lines[-1]["action"] == "export"  # recorded before it ran
    prev = store.GENESIS
    for entry in lines:
        assert entry["prev_hash"] == prev
        body = {k: v for k, v in entry.items() if k not in ("prev_hash", "hash")}
        assert entry["hash"] == store.chain_hash(prev, store.canonical(body))  # re-verifiable offline
        prev = entry["hash"]
    assert lines[3]["arguments"] == {"sql": "DROP TABLE users"}


def test_tail_follow_in_a_real_process(tmp_path: Path, db: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-m", "mcpfort.cli", "audit", "tail", "-n", "1", "-f", "--audit", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines = _lines_of(proc)
    try:
        assert "tool.failed" in _next(lines)  # the last existing entry: following has begun
        write(Path(db), [{"ts": T0 + 9, "event": "session.ended", "user": "bob", "server": "db"}])
        assert " audit.queried " in _next(lines)  # the tail's own read, recorded
        assert _next(lines) == "2025-11-23T12:13:29.000Z session.ended user=bob server=db"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_tail_follow_ends_on_every_signal_timing(db: str) -> None:
    """Signals land at random points of the poll loop; each run must end promptly and cleanly.

    A handler that took a lock (threading.Event.set) deadlocked when the signal interrupted the
    wait holding that same lock: about one run in twenty under load."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for attempt in range(6):
        proc = subprocess.Popen([sys.executable, "-m", "mcpfort.cli", "audit", "tail", "-n", "1", "-f", "--audit", db],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        lines = _lines_of(proc)
        try:
            # the newest entry: the fixture's last, then the previous run's own recorded read
            assert (" tool.failed " if attempt == 0 else " audit.queried ") in _next(lines)
            time.sleep(0.05 * attempt)  # 0 to 0.25 s: before, inside and after a 0.2 s poll wait
            proc.send_signal(signal.SIGTERM if attempt % 2 else signal.SIGINT)
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _lines_of(proc: subprocess.Popen[str]) -> queue.Queue[str]:
    """The child's stdout lines through a thread: select() on a buffered pipe misses a second
    line that arrived in the same read as the first."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.put(line.rstrip("\n"))

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _next(lines: queue.Queue[str]) -> str:
    try:
        return lines.get(timeout=10)
    except queue.Empty:
        raise AssertionError("tail -f printed nothing within 10 s") from None


# -- time parsing ------------------------------------------------------------------------------
NOW = 1_800_000_000.0


@pytest.mark.parametrize(("text", "expected"), [
    ("30s", NOW - 30),
    ("15m", NOW - 900),
    ("2h", NOW - 7200),
    ("7d", NOW - 7 * 86400),
    ("1.5h", NOW - 5400),
    ("2w", NOW - 14 * 86400),
    ("2025-11-23T12:13:20Z", T0),
    ("2025-11-23T12:13:20", T0),
    ("2025-11-23T13:13:20+01:00", T0),
    ("2025-11-23 12:13:20.5Z", T0 + 0.5),
    ("2025-11-23", T0 - (12 * 3600 + 13 * 60 + 20)),
])
def test_parse_time(text: str, expected: float) -> None:
    assert parse_time(text, NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "5 minutes", "-5m", "10x", "", "2025-13-01"])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(UsageError):
        parse_time(text, NOW)
