"""The hash chain: every kind of tampering names the first bad entry; real concurrent writers
keep one gapless chain; and the honest limits (tail truncation, appending) are pinned down."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from mcpfort.audit import store
from mcpfort.audit.log import AuditLog
from mcpfort.audit.verify import verify
from mcpfort.errors import AuditError

N = 10


def make_log(path: Path, n: int = N) -> None:
    conn = store.open_writer(str(path))
    store.append(conn, [{"ts": 1_763_900_000.0 + i, "event": "tool.called", "user": "ada", "server": "fs",
                        "tool": "read_file", "trace_id": f"t{i}", "arguments": {"path": f"/p/{i}"}}
                       for i in range(1, n + 1)])
    conn.close()


def row(db: sqlite3.Connection, seq: int) -> dict:
    cur = db.execute("SELECT * FROM entries WHERE seq = ?", (seq,))
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))


def put(db: sqlite3.Connection, values: dict) -> None:
    names = ", ".join(f'"{k}"' for k in values)
    db.execute(f"INSERT INTO entries ({names}) VALUES ({', '.join('?' * len(values))})", list(values.values()))


def forged(seq: int, prev: str, **fields: object) -> dict:
    event = {"ts": 1_763_900_000.5, "event": "tool.called", "user": "ada", "server": "fs", "tool": "read_file",
             "trace_id": "forged", **fields, "seq": seq}
    body = store.canonical(event)
    return {"seq": seq, **dict(zip(store.COLUMNS, store.columns(event))), "body": body, "prev_hash": prev,
            "hash": store.chain_hash(prev, body)}


# -- the tampering an attacker with write access might try -----------------------------------
def modify_body(db: sqlite3.Connection) -> None:
    body = row(db, 5)["body"].replace(b"/p/5", b"/p/X")
    db.execute("UPDATE entries SET body = ? WHERE seq = 5", (body,))


def modify_body_and_column(db: sqlite3.Connection) -> None:
    body = row(db, 5)["body"].replace(b'"ada"', b'"eve"')
    db.execute("UPDATE entries SET body = ?, user = 'eve' WHERE seq = 5", (body,))


def modify_column_only(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET user = 'eve' WHERE seq = 5")


def modify_ts_column(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET ts = ts + 3600 WHERE seq = 5")


def null_a_column(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET tool = NULL WHERE seq = 5")


def rehash_modified(db: sqlite3.Connection) -> None:
    r = row(db, 5)
    body = r["body"].replace(b"/p/5", b"/p/X")
    db.execute("UPDATE entries SET body = ?, hash = ? WHERE seq = 5", (body, store.chain_hash(r["prev_hash"], body)))


def body_not_json(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET body = ? WHERE seq = 5", (b"{not json",))


def body_seq_changed(db: sqlite3.Connection) -> None:
    body = row(db, 5)["body"].replace(b'"seq":5', b'"seq":50')
    db.execute("UPDATE entries SET body = ? WHERE seq = 5", (body,))


def delete_middle(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM entries WHERE seq = 5")


def delete_first(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM entries WHERE seq = 1")


def delete_middle_and_renumber(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM entries WHERE seq = 5")
    for seq in range(6, N + 1):
        db.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq - 1, seq))


def insert_forged_and_renumber(db: sqlite3.Connection) -> None:
    # A forged entry 5 with a correct hash, the old 5..N moved up by one: the old 5 now at 6
    # no longer chains onto what precedes it.
    for seq in range(N, 4, -1):
        db.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq + 1, seq))
    put(db, forged(5, row(db, 4)["hash"]))


def insert_forged_rechained(db: sqlite3.Connection) -> None:
    # Also renumber the moved entry's body and point its prev_hash at the forgery: its own hash
    # then no longer matches, and recomputing it breaks the link of the entry after.
    insert_forged_and_renumber(db)
    body = row(db, 6)["body"].replace(b'"seq":5', b'"seq":6')
    db.execute("UPDATE entries SET body = ?, prev_hash = ? WHERE seq = 6", (body, row(db, 5)["hash"]))


def insert_before_first(db: sqlite3.Connection) -> None:
    put(db, forged(0, store.GENESIS))


def swap_rows(db: sqlite3.Connection) -> None:
    a, b = row(db, 3), row(db, 7)
    for target, source in ((3, b), (7, a)):
        values = {k: v for k, v in source.items() if k != "seq"}
        db.execute(f"UPDATE entries SET {', '.join(f'{k} = ?' for k in values)} WHERE seq = ?",
                   [*values.values(), target])


def swap_rows_fixing_seq(db: sqlite3.Connection) -> None:
    swap_rows(db)
    for seq, old in ((3, 7), (7, 3)):
        body = row(db, seq)["body"].replace(f'"seq":{old}'.encode(), f'"seq":{seq}'.encode())
        db.execute("UPDATE entries SET body = ? WHERE seq = ?", (body, seq))


def edit_hash(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET hash = ? WHERE seq = 5", ("0" * 64,))


def edit_prev_hash(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET prev_hash = ? WHERE seq = 5", ("f" * 64,))


def body_as_text(db: sqlite3.Connection) -> None:
    db.execute("UPDATE entries SET body = CAST(body AS TEXT) || ' ' WHERE seq = 5")


TAMPERING: list[tuple[Callable[[sqlite3.Connection], None], int]] = [
    (modify_body, 5),
    (modify_body_and_column, 5),
    (modify_column_only, 5),
    (modify_ts_column, 5),
    (null_a_column, 5),
    (rehash_modified, 6),
    (body_not_json, 5),
    (body_seq_changed, 5),
    (delete_middle, 5),
    (delete_first, 1),
    (delete_middle_and_renumber, 5),
    (insert_forged_and_renumber, 6),
    (insert_forged_rechained, 6),
    (insert_before_first, 0),
    (swap_rows, 3),
    (swap_rows_fixing_seq, 3),
    (edit_hash, 5),
    (edit_prev_hash, 5),
    (body_as_text, 5),
]


@pytest.mark.parametrize(("tamper", "first_bad"), TAMPERING, ids=[t.__name__ for t, _ in TAMPERING])
def test_tampering_is_detected_at_the_first_bad_entry(tmp_path: Path, tamper: Callable, first_bad: int) -> None:
    path = tmp_path / "audit.db"
    make_log(path)
    assert verify(str(path)).ok
    with sqlite3.connect(path, isolation_level=None) as db:
        tamper(db)
    db.close()
    report = verify(str(path))
    assert not report.ok
    assert report.first_bad_seq == first_bad, report.reason
    assert report.reason
    assert report.count == max(first_bad - 1, 0)


def test_an_intact_log_of_1000_events_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(str(path))
    for i in range(1000):
        log.record({"ts": 1_763_900_000.0 + i, "event": "tool.called" if i % 2 else "authz.decision", "user": "ada",
                    "trace_id": f"{i:032x}", "arguments": {"n": i, "api_key": "k"}, "reasons": ["r"]})
    log.close()
    report = verify(str(path))
    assert report.ok and report.count == 1000 and report.first_bad_seq is None and report.reason is None
    with sqlite3.connect(path) as db:
        assert report.head == db.execute("SELECT hash FROM entries WHERE seq = 1000").fetchone()[0]
        body = db.execute("SELECT body FROM entries WHERE seq = 1").fetchone()[0]
    db.close()
    assert orjson.loads(body)["arguments"]["api_key"] == "***masked***"


def test_an_empty_log_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    store.open_writer(str(path)).close()
    report = verify(str(path))
    assert report.ok and report.count == 0 and report.head == store.GENESIS


def test_genesis_and_hash_rule(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "audit.db"
    make_log(path, 2)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT body, prev_hash, hash FROM entries ORDER BY seq").fetchall()
    db.close()
    assert rows[0][1] == hashlib.sha256(b"mcpfort-audit-v1").hexdigest()
    for body, prev, digest in rows:
        assert digest == hashlib.sha256(bytes.fromhex(prev) + body).hexdigest()
        assert body == orjson.dumps(orjson.loads(body), option=orjson.OPT_SORT_KEYS)
    assert rows[1][1] == rows[0][2]


# -- the honest limits: the chain alone cannot see these (signed checkpoints will) -------------
def test_limit_tail_truncation_is_not_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    make_log(path)
    head = verify(str(path)).head
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM entries WHERE seq > 8")
    db.close()
    report = verify(str(path))
    assert report.ok and report.count == 8
    assert report.head != head  # only a head noted elsewhere reveals it


def test_limit_appending_a_correctly_chained_forgery_is_not_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    make_log(path)
    with sqlite3.connect(path) as db:
        put(db, forged(N + 1, row(db, N)["hash"]))
    db.close()
    assert verify(str(path)).ok


# -- errors ------------------------------------------------------------------------------------
def test_missing_file_is_an_audit_error(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="no audit log at .*nope.db"):
        verify(str(tmp_path / "nope.db"))
    assert not (tmp_path / "nope.db").exists()


def test_a_database_that_is_not_an_audit_log(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    with pytest.raises(AuditError, match="not an mcpfort audit log"):
        verify(str(path))


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AuditError):
        verify(str(path))


def test_a_read_only_copy_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    make_log(path)
    with sqlite3.connect(path) as db:  # fold the WAL into the file, as a copy would be
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    path.chmod(0o400)
    try:
        assert verify(str(path)).ok
    finally:
        path.chmod(0o600)


# -- several gateway processes appending to one file -------------------------------------------
WRITER = textwrap.dedent("""
    import os, sys, time
    from mcpfort.audit.log import AuditLog
    path, me, other, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    log = AuditLog(path, batch_size=8, batch_window=0.001)
    open(os.path.join(os.path.dirname(path), "ready-" + me), "w").close()
    deadline = time.monotonic() + 20
    while not os.path.exists(os.path.join(os.path.dirname(path), "ready-" + other)):
        if time.monotonic() > deadline:
            sys.exit("the other writer never started")
        time.sleep(0.001)
    for i in range(count):
        log.record({"ts": time.time(), "event": "tool.called", "session_id": me, "n": i})
        if i % 10 == 9:
            time.sleep(0.002)
    log.close()
""")


def test_two_processes_append_one_gapless_chain(tmp_path: Path) -> None:
    path = str(tmp_path / "shared" / "audit.db")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, path, me, other, "500"], env=env,
                              stderr=subprocess.PIPE, text=True)
             for me, other in (("a", "b"), ("b", "a"))]
    errors = [proc.communicate(timeout=60)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], errors
    report = verify(path)
    assert report.ok, report.reason
    assert report.count == 1000
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT seq, session_id, body FROM entries ORDER BY seq").fetchall()
    db.close()
    assert [r[0] for r in rows] == list(range(1, 1001))
    for me in ("a", "b"):
        assert [orjson.loads(r[2])["n"] for r in rows if r[1] == me] == list(range(500))
    switches = sum(1 for x, y in zip(rows, rows[1:]) if x[1] != y[1])
    assert switches >= 2, "the two writers did not interleave"
