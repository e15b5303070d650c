"""The hash chain: every kind of tampering names the first bad entry, in the block layout of
format 3 and in the row layout of formats 1-2 that older files keep; real concurrent writers
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
from tests.audit_sqlite import BlockFile, bodies, legacy_log

N = 10


def events(n: int = N) -> list[dict]:
    return [{"ts": 1_763_900_000.0 + i, "event": "tool.called", "user": "ada", "server": "fs",
             "tool": "read_file", "trace_id": f"t{i}", "arguments": {"path": f"/p/{i}"}} for i in range(1, n + 1)]


def make_log(path: Path, n: int = N) -> None:
    """A format 2 file: one row per event."""
    legacy_log(path, events(n))


def make_blocks(path: Path, n: int = N) -> None:
    """A format 3 file of three blocks: entries 1-3, 4-7 and 8-10."""
    conn = store.open_writer(str(path))
    for part in (events(n)[:3], events(n)[3:7], events(n)[7:]):
        store.append(conn, part)
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
def test_tampering_with_rows_is_detected_at_the_first_bad_entry(tmp_path: Path, tamper: Callable, first_bad: int) -> None:
    assert_caught(tmp_path / "audit.db", make_log, tamper, first_bad)


def assert_caught(path: Path, make: Callable[[Path], None], tamper: Callable[[sqlite3.Connection], None],
                  first_bad: int) -> None:
    make(path)
    assert verify(str(path)).ok
    with sqlite3.connect(path, isolation_level=None) as db:
        tamper(db)
    db.close()
    report = verify(str(path))
    assert not report.ok
    assert report.first_bad_seq == first_bad, report.reason
    assert report.reason
    assert report.count == max(first_bad - 1, 0)


# -- the same attacks on the block layout (format 3): blocks 1-3, 4-7 and 8-10 -------------------
def b_modify_body(f: BlockFile) -> None:
    f.set(5, body=f.row(5)["body"].replace(b"/p/5", b"/p/X"))


def b_rehash_modified(f: BlockFile) -> None:
    r = f.row(5)
    body = r["body"].replace(b"/p/5", b"/p/X")
    f.set(5, body=body, hash=store.chain_hash(r["prev_hash"], body))


def b_body_not_json(f: BlockFile) -> None:
    f.set(5, body=b"{not json")


def b_body_seq_changed(f: BlockFile) -> None:
    f.set(5, body=f.row(5)["body"].replace(b'"seq":5', b'"seq":50'))


def b_delete_middle(f: BlockFile) -> None:
    f.delete(lambda seq: seq == 5)


def b_delete_first(f: BlockFile) -> None:
    f.delete(lambda seq: seq == 1)


def b_delete_a_block(f: BlockFile) -> None:
    f.delete(lambda seq: 4 <= seq <= 7)


def b_delete_middle_and_renumber(f: BlockFile) -> None:
    f.delete(lambda seq: seq == 5)
    for seq in (5, 6):
        f.set(seq, body=f.row(seq)["body"].replace(f'"seq":{seq + 1}'.encode(), f'"seq":{seq}'.encode()))


def b_insert_forged(f: BlockFile) -> None:
    forgery = forged(5, f.row(4)["hash"], ts=1_763_900_004.5)  # inside the block's time range
    f.insert(5, forgery["body"], forgery["hash"])


def b_insert_before_first(f: BlockFile) -> None:
    forgery = forged(0, store.GENESIS)
    f.blocks.insert(0, {"first": 0, "ts_min": 1.0, "ts_max": 2e9, "prev": store.GENESIS,
                        "events": [[forgery["body"], bytes.fromhex(forgery["hash"])]]})
    f.save()


def b_swap(f: BlockFile) -> None:
    a, b = f.row(3), f.row(7)
    f.set(3, body=b["body"], hash=b["hash"])
    f.set(7, body=a["body"], hash=a["hash"])


def b_swap_fixing_seq(f: BlockFile) -> None:
    b_swap(f)
    for seq, old in ((3, 7), (7, 3)):
        f.set(seq, body=f.row(seq)["body"].replace(f'"seq":{old}'.encode(), f'"seq":{seq}'.encode()))


def b_swap_blocks(f: BlockFile) -> None:
    f.blocks[0]["first"], f.blocks[2]["first"] = f.blocks[2]["first"], f.blocks[0]["first"]
    f.save()


def b_edit_hash(f: BlockFile) -> None:
    f.set(5, hash="0" * 64)


def b_edit_block_prev_hash(f: BlockFile) -> None:
    f.set(4, prev_hash="f" * 64)


def b_narrow_time_range(f: BlockFile) -> None:
    # hides entries 6 and 7 from a query for times after entry 5's
    f.blocks[1]["ts_max"] = orjson.loads(f.row(5)["body"])["ts"]
    f.save()


def b_null_time_range(f: BlockFile) -> None:
    f.blocks[1]["ts_min"] = None
    f.save()


def b_drop_a_hash(f: BlockFile) -> None:
    f.blocks[1]["events"][-1][1] = b""
    f.save()


def b_extra_hash(f: BlockFile) -> None:
    f.blocks[2]["events"][-1][1] += bytes(32)
    f.save()


def b_bodies_as_text(f: BlockFile) -> None:
    f.db.execute("UPDATE blocks SET bodies = CAST(bodies AS TEXT) || ' ' WHERE first_seq = 4")


def b_bodies_as_number(f: BlockFile) -> None:
    f.db.execute("UPDATE blocks SET bodies = 12 WHERE first_seq = 4")


BLOCK_TAMPERING: list[tuple[Callable[[BlockFile], None], int]] = [
    (b_modify_body, 5),
    (b_rehash_modified, 6),
    (b_body_not_json, 5),
    (b_body_seq_changed, 5),
    (b_delete_middle, 5),
    (b_delete_first, 1),
    (b_delete_a_block, 4),
    (b_delete_middle_and_renumber, 5),
    (b_insert_forged, 6),
    (b_insert_before_first, 0),
    (b_swap, 3),
    (b_swap_fixing_seq, 3),
    (b_swap_blocks, 1),
    (b_edit_hash, 5),
    (b_edit_block_prev_hash, 4),
    (b_narrow_time_range, 6),
    (b_null_time_range, 4),
    (b_drop_a_hash, 7),
    (b_extra_hash, 11),
    (b_bodies_as_text, 7),
    (b_bodies_as_number, 4),
]


@pytest.mark.parametrize(("tamper", "first_bad"), BLOCK_TAMPERING, ids=[t.__name__ for t, _ in BLOCK_TAMPERING])
def test_tampering_with_blocks_is_detected_at_the_first_bad_entry(tmp_path: Path, tamper: Callable,
                                                                  first_bad: int) -> None:
    assert_caught(tmp_path / "audit.db", make_blocks, lambda db: tamper(BlockFile(db)), first_bad)


def test_moving_events_between_blocks_changes_nothing(tmp_path: Path) -> None:
    """Block boundaries are storage, not content: regrouping the same events still verifies."""
    path = tmp_path / "audit.db"
    make_blocks(path)
    head = verify(str(path)).head
    with sqlite3.connect(path, isolation_level=None) as db:
        f = BlockFile(db)
        moved = f.blocks[1]["events"].pop()  # entry 7 to the start of the last block
        f.blocks[2]["events"].insert(0, moved)
        f.blocks[2]["first"], f.blocks[2]["prev"] = 7, f.blocks[1]["events"][-1][1].hex()
        f.blocks[2]["ts_min"] = orjson.loads(moved[0])["ts"]
        f.save()
    db.close()
    report = verify(str(path))
    assert report.ok and report.count == N and report.head == head, report.reason


def test_a_query_cannot_be_steered_by_the_block_layout(tmp_path: Path) -> None:
    """Queries filter the hashed bodies themselves: no stored column can disagree with them."""
    from mcpfort.audit.query import query

    path = tmp_path / "audit.db"
    make_blocks(path)
    assert [e["seq"] for e in query(str(path), trace_id="t5")] == [5]
    assert [e["seq"] for e in query(str(path), since=1_763_900_006.0)] == [6, 7, 8, 9, 10]
    assert [e["seq"] for e in query(str(path), since=1_763_900_003.0, until=1_763_900_004.5)] == [3, 4]
    assert [e["seq"] for e in query(str(path), tool="read_*", limit=2)] == [9, 10]
    assert query(str(path), user="eve") == []


def test_a_gateway_of_the_previous_release_cannot_fork_an_upgraded_file(tmp_path: Path) -> None:
    """A format 2 writer still running after the upgrade: its next insert of a row is refused."""
    path = tmp_path / "audit.db"
    legacy_log(path, events(3))
    old = store.open_writer(str(path))  # the upgrade, as a newer gateway's start does it
    with pytest.raises(sqlite3.IntegrityError, match="upgraded to format 3"):  # the row insert it would run
        old.execute(store._INSERT, (4, *store.columns(events(4)[3]), b"{}", store.GENESIS, store.GENESIS))
    old.close()
    assert verify(str(path)).ok


def test_a_format_2_file_is_upgraded_in_place_and_verifies_end_to_end(tmp_path: Path) -> None:
    from mcpfort.audit.query import query

    path = tmp_path / "audit.db"
    legacy_log(path, events(6), batches=2)
    reader = store.open_store(str(path))  # a tail -f that was running before the upgrade
    log = AuditLog(str(path))
    for e in events(N)[6:]:
        log.record(e)
    log.close()
    assert [row[0] for row in reader.rows(after=4)] == [5, 6, 7, 8, 9, 10]
    reader.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 6  # the old rows stay
        assert BlockFile(db).seqs() == [7, 8, 9, 10]  # new batches are blocks that chain on
        assert db.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()[0] == "4"
    db.close()
    report = verify(str(path))
    assert report.ok and report.count == N, report.reason
    assert [e["seq"] for e in query(str(path), since=1_763_900_005.0, until=1_763_900_008.0)] == [5, 6, 7, 8]
    assert [e["seq"] for e in query(str(path), limit=3, order="desc")] == [10, 9, 8]


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
        assert report.head == BlockFile(db).row(1000)["hash"]
    db.close()
    assert bodies(path)[0]["arguments"]["api_key"] == "***masked***"


def test_an_empty_log_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    store.open_writer(str(path)).close()
    report = verify(str(path))
    assert report.ok and report.count == 0 and report.head == store.GENESIS


@pytest.mark.parametrize("layout", ["blocks", "rows"])
def test_genesis_and_hash_rule(tmp_path: Path, layout: str) -> None:
    import hashlib

    path = tmp_path / "audit.db"
    (make_blocks if layout == "blocks" else make_log)(path, N)
    with sqlite3.connect(path) as db:
        if layout == "rows":
            rows = db.execute("SELECT body, prev_hash, hash FROM entries ORDER BY seq").fetchall()
        else:
            f = BlockFile(db)
            rows = [(r["body"], r["prev_hash"], r["hash"]) for r in map(f.row, range(1, N + 1))]
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
    rows = [(e["seq"], e["session_id"], orjson.dumps(e)) for e in bodies(path)]
    assert [r[0] for r in rows] == list(range(1, 1001))
    for me in ("a", "b"):
        assert [orjson.loads(r[2])["n"] for r in rows if r[1] == me] == list(range(500))
    switches = sum(1 for x, y in zip(rows, rows[1:]) if x[1] != y[1])
    assert switches >= 2, "the two writers did not interleave"
