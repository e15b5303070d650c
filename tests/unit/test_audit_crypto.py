"""Encryption at rest: what is sealed and what stays readable, readers with and without the key,
key files created at first start, key rotation and crypto-shredding round trips."""

from __future__ import annotations

import base64
import os
import sqlite3
import stat
from pathlib import Path
from typing import Callable

import orjson
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.audit import admin, keys
from mcpfort.audit.chain import chain_hash
from mcpfort.audit.log import AuditLog, writer_for
from mcpfort.audit.query import query
from mcpfort.audit.seal import ENCRYPTED, ERASED, SKELETON
from mcpfort.audit.settings import AuditSettings
from mcpfort.audit.store import open_store
from mcpfort.audit.verify import verify
from mcpfort.errors import AuditError
from tests.audit_sqlite import BlockFile, bodies

EVENT = {"ts": 1.0, "event": "tool.called", "user": "ada", "organization": "acme", "server": "fs",
         "tool": "read_file", "trace_id": "t1", "decision": "allow", "arguments": {"path": "/home/ada/diary.txt"},
         "error": "disk on fire", "address": "10.1.2.3", "novel_field": "x"}


def settings(tmp: Path, **extra: object) -> AuditSettings:
    return AuditSettings(key_file=str(tmp / "audit.key"), signing_key=str(tmp / "sign.key"), **extra)


def write(tmp: Path, events: list[dict], **extra: object) -> str:
    path = str(tmp / "audit.db")
    log = AuditLog(path, settings=settings(tmp, **extra))
    for event in events:
        log.record(event)
    log.close()
    return path




def test_sensitive_fields_are_sealed_and_the_skeleton_stays(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, [EVENT])
    [body] = bodies(path)
    assert set(body) == {"ts", "event", "user", "organization", "server", "tool", "trace_id", "decision", "seq", "sealed"}
    assert body["sealed"]["fields"] == ["address", "arguments", "error", "novel_field"]
    raw = Path(path).read_bytes() + Path(path + "-wal").read_bytes() if os.path.exists(path + "-wal") else Path(path).read_bytes()
    for secret in (b"diary", b"disk on fire", b"10.1.2.3"):
        assert secret not in raw
    assert {"arguments", "error", "address"}.isdisjoint(SKELETON)
    err = capfd.readouterr().err
    assert "created the audit encryption key" in err and "created the checkpoint signing key" in err


def test_readers_with_and_without_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, [EVENT, {"ts": 2.0, "event": "session.ended", "user": "ada"}])
    assert verify(path).ok  # no key needed
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    opened, plain = query(path, ring=ring, event="tool.called")[0], {**EVENT, "seq": 1}
    assert opened == plain
    blind = query(path, event="tool.called")[0]
    assert blind["arguments"] == blind["error"] == blind["address"] == ENCRYPTED
    assert blind["tool"] == "read_file" and blind["user"] == "ada"
    assert query(path, organization="acme")[0]["seq"] == 1
    assert "sealed" not in query(path, event="session.ended")[0]  # nothing secret: nothing sealed


def test_key_files_are_created_0600_once(tmp_path: Path) -> None:
    write(tmp_path, [EVENT])
    for name in ("audit.key", "sign.key"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    first = (tmp_path / "audit.key").read_bytes()
    write(tmp_path, [EVENT])
    assert (tmp_path / "audit.key").read_bytes() == first
    assert verify(str(tmp_path / "audit.db")).ok


def test_a_ciphertext_moved_to_another_entry_does_not_open(tmp_path: Path) -> None:
    write(tmp_path, [EVENT])  # two batches: each entry holds its own group's ciphertext
    path = write(tmp_path, [{**EVENT, "trace_id": "t2", "arguments": {"path": "/other"}}])
    with sqlite3.connect(path) as db:
        f = BlockFile(db)
        one, two = (orjson.loads(f.row(seq)["body"]) for seq in (1, 2))
        two["sealed"]["data"] = one["sealed"]["data"]
        f.set(2, body=orjson.dumps(two, option=orjson.OPT_SORT_KEYS))
    db.close()
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    moved = query(path, ring=ring, trace_id="t2")[0]
    assert moved["arguments"] == "***undecryptable***"  # bound to its own skeleton and seq
    assert not verify(path).ok


def test_key_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())
    log = AuditLog(str(tmp_path / "a.db"), settings=AuditSettings(key_env="AUDIT_KEY"))
    log.record(EVENT)
    log.close()
    ring = keys.load_ring(key_env="AUDIT_KEY")
    assert query(str(tmp_path / "a.db"), ring=ring)[0]["arguments"] == EVENT["arguments"]
    monkeypatch.setenv("AUDIT_KEY", "too short")
    with pytest.raises(AuditError, match="not a base64 AES-256 key"):
        keys.load_ring(key_env="AUDIT_KEY")
    monkeypatch.delenv("AUDIT_KEY")
    with pytest.raises(AuditError, match="is not set"):
        AuditLog(str(tmp_path / "b.db"), settings=AuditSettings(key_env="AUDIT_KEY"))


def test_a_tampered_key_ring_is_refused(tmp_path: Path) -> None:
    keys.new_ring_file(str(tmp_path / "k"))
    data = orjson.loads((tmp_path / "k").read_bytes())
    kid = data["active"]
    data["keys"][kid] = base64.b64encode(os.urandom(32)).decode()
    (tmp_path / "k").write_bytes(orjson.dumps(data))
    with pytest.raises(AuditError, match="does not match its id"):
        keys.load_ring(str(tmp_path / "k"))
    with pytest.raises(AuditError, match="already exists"):
        keys.new_ring_file(str(tmp_path / "k"))


def test_rotate_key_round_trip(tmp_path: Path) -> None:
    key_file = str(tmp_path / "audit.key")
    path = write(tmp_path, [EVENT, {**EVENT, "user": "bob", "trace_id": "t2"}])
    old = keys.load_ring(key_file).active
    # a gateway that keeps running across the rotation
    log = AuditLog(path, settings=settings(tmp_path))
    log.record({**EVENT, "trace_id": "before"})
    log.flush()
    store = open_store(path, write=True)
    result = admin.rotate_key(store, key_file)
    store.close()
    with sqlite3.connect(path) as db:  # one per user and writing process: ada, bob, ada again
        count = db.execute("SELECT COUNT(*) FROM data_keys").fetchone()[0]
    db.close()
    assert result["rewrapped"] == count == 3 and result["unreadable"] == 0 and result["previous"] == old
    ring = keys.load_ring(key_file)
    assert ring.active == result["active"] != old and set(ring.keys) == {old, ring.active}
    log.record({**EVENT, "user": "carol", "trace_id": "after"})  # a new data key: wrapped by the new key
    log.close()
    with sqlite3.connect(path) as db:
        keks = {r[0] for r in db.execute("SELECT kek FROM data_keys")}
    db.close()
    assert keks == {ring.active}
    store = open_store(path, write=True)
    admin.rotate_key(store, key_file, retire=True)
    store.close()
    ring = keys.load_ring(key_file)
    assert len(ring.keys) == 1
    opened = query(path, ring=ring)
    assert [e["arguments"] for e in opened] == [EVENT["arguments"]] * 4
    assert verify(path).ok  # no entry was rewritten


def test_forget_round_trip(tmp_path: Path) -> None:
    path = write(tmp_path, [EVENT, {**EVENT, "user": "bob", "trace_id": "t2"}, {**EVENT, "trace_id": "t3"}])
    before = verify(path)
    store = open_store(path, write=True)
    assert admin.forget(store, "ada") == 1
    store.close()
    after = verify(path)
    assert after.ok and after.head == before.head  # the chain is untouched
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    rows = {e["trace_id"]: e for e in query(path, ring=ring)}
    assert rows["t1"]["arguments"] == rows["t3"]["arguments"] == ERASED
    assert rows["t1"]["tool"] == "read_file" and rows["t1"]["decision"] == "allow"  # the skeleton stays
    assert rows["t2"]["arguments"] == EVENT["arguments"]  # bob is untouched
    # ada's next events get a new data key and are readable again
    log = AuditLog(path, settings=settings(tmp_path))
    log.record({**EVENT, "trace_id": "t4"})
    log.close()
    assert query(path, ring=ring, trace_id="t4")[0]["arguments"] == EVENT["arguments"]


def test_forget_reaches_a_running_gateway(tmp_path: Path) -> None:
    path = str(tmp_path / "audit.db")
    log = AuditLog(path, settings=settings(tmp_path))
    log.record(EVENT)
    log.flush()
    store = open_store(path, write=True)
    admin.forget(store, "ada")
    store.close()
    log.record({**EVENT, "trace_id": "t2"})  # must not reuse the destroyed (cached) key
    log.close()
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    assert query(path, ring=ring, trace_id="t2")[0]["arguments"] == EVENT["arguments"]
    assert query(path, ring=ring, trace_id="t1")[0]["arguments"] == ERASED


def test_gateways_starting_together_share_one_key(tmp_path: Path) -> None:
    import threading

    key_file, signing = str(tmp_path / "k" / "audit.key"), str(tmp_path / "k" / "sign.key")
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def start() -> None:
        barrier.wait()
        try:
            keys.ensure_keys(key_file, signing, say=lambda _: None)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(keys.load_ring(key_file).keys) == 1 and keys.load_signing_key(signing)
    assert sorted(os.listdir(tmp_path / "k")) == ["audit.key", "sign.key", "sign.key.pub"]  # no temporary left


# -- sealing per data key and batch (format 4) ------------------------------------------------------
def one_batch(tmp: Path, events: list[dict]) -> str:
    """``events`` appended as one batch (one group commit), the way the writer thread does."""
    path = str(tmp / "audit.db")
    keys.ensure_keys(str(tmp / "audit.key"), str(tmp / "sign.key"), say=lambda _: None)
    store = open_store(path, write=True)
    store.append(events, writer_for(settings(tmp)))
    store.close()
    return path


MIXED = [{**EVENT, "user": user, "trace_id": f"t{i}", "arguments": {"path": f"/{user}/{i}"}}
         for i, user in enumerate(["ada", "bob", "ada", "carol", "bob", "ada"], start=1)]


def test_a_batch_seals_once_per_data_key(tmp_path: Path) -> None:
    path = one_batch(tmp_path, MIXED)
    stored = bodies(path)
    holders = {b["user"]: b["seq"] for b in stored if "data" in b["sealed"]}
    assert holders == {"ada": 6, "bob": 5, "carol": 4}  # each person's last entry of the batch
    assert [b["sealed"]["in"] for b in stored] == [holders[b["user"]] for b in stored]
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    assert query(path, ring=ring) == [{**e, "seq": i} for i, e in enumerate(MIXED, start=1)]
    # a member found alone (its holder not in the result) opens through the holder
    assert query(path, ring=ring, trace_id="t1")[0]["arguments"] == {"path": "/ada/1"}
    assert query(path, trace_id="t1")[0]["arguments"] == ENCRYPTED
    assert verify(path).ok


def rehash_from(path: str, seq: int, edit: Callable[[dict], None]) -> None:
    """Edit entry ``seq``'s body and re-hash the chain from there, as a forger with write access
    and no key would (only a checkpoint or the key can still tell)."""
    with sqlite3.connect(path) as db:
        f = BlockFile(db)
        body = orjson.loads(f.row(seq)["body"])
        edit(body)
        prev = f.row(seq)["prev_hash"]
        for at in f.seqs():
            if at >= seq:
                raw = orjson.dumps(body, option=orjson.OPT_SORT_KEYS) if at == seq else f.row(at)["body"]
                digest = chain_hash(prev, raw)
                f.set(at, body=raw, hash=digest, **({"prev_hash": prev} if f.starts_block(at) else {}))
                prev = digest
    db.close()


@pytest.mark.parametrize("seq", [1, 3, 6])  # two members and the holder of ada's group
def test_an_edited_entry_of_a_group_is_detected(tmp_path: Path, seq: int) -> None:
    path = one_batch(tmp_path, MIXED)
    with sqlite3.connect(path) as db:
        f = BlockFile(db)
        f.set(seq, body=f.row(seq)["body"].replace(b'"tool":"read_file"', b'"tool":"delete_file"'))
    db.close()
    report = verify(path)
    assert not report.ok and report.first_bad_seq == seq


@pytest.mark.parametrize("seq", [1, 3, 6])
def test_a_group_edited_and_rehashed_no_longer_opens(tmp_path: Path, seq: int) -> None:
    path = one_batch(tmp_path, MIXED)
    rehash_from(path, seq, lambda body: body.update(tool="delete_file"))
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    holders = {"ada": 6, "bob": 5, "carol": 4}
    for entry in query(path, ring=ring):
        # a group is bound to everything chained before its holder: every group whose holder
        # comes at or after the edit no longer opens, the ones sealed before it still do
        readable = holders[entry["user"]] < seq
        assert entry["arguments"] == (MIXED[entry["seq"] - 1]["arguments"] if readable else "***undecryptable***")


def test_a_member_pointing_elsewhere_does_not_open(tmp_path: Path) -> None:
    path = one_batch(tmp_path, MIXED)
    rehash_from(path, 1, lambda body: body["sealed"].update({"in": 5}))  # bob's holder
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    assert query(path, ring=ring, trace_id="t1")[0]["arguments"] == "***undecryptable***"


def test_forget_in_a_mixed_batch_leaves_the_others_readable(tmp_path: Path) -> None:
    path = one_batch(tmp_path, MIXED)
    before = verify(path)
    store = open_store(path, write=True)
    assert admin.forget(store, "ada") == 1
    store.close()
    after = verify(path)
    assert after.ok and after.head == before.head
    ring = keys.load_ring(str(tmp_path / "audit.key"))
    opened = query(path, ring=ring)
    assert [e["arguments"] for e in opened if e["user"] == "ada"] == [ERASED] * 3
    assert [e["arguments"] for e in opened if e["user"] != "ada"] == [{"path": "/bob/2"}, {"path": "/carol/4"},
                                                                       {"path": "/bob/5"}]


def test_entries_sealed_one_by_one_still_read(tmp_path: Path) -> None:
    """A block written by format 3 (or a gateway of that release still running): each entry
    carries its own ciphertext."""
    from mcpfort.audit.chain import ChainWriter
    from mcpfort.audit.seal import new_data_key, seal, split

    ring = keys.new_ring_file(str(tmp_path / "audit.key"))
    dek_id, dek = new_data_key()
    path = str(tmp_path / "audit.db")
    store = open_store(path, write=True)
    sealed = [seal(*split({k: v for k, v in e.items()}), dek_id, AESGCM(dek)) for e in MIXED[:2]]
    store.append([(head, None) for head in sealed], ChainWriter())  # stored as given
    store.conn.execute('INSERT INTO data_keys (id, segment, "user", kek, wrapped, created) VALUES (?, 1, ?, ?, ?, 0)',
                       (dek_id, "ada", *ring.wrap(dek_id, dek)))
    store.close()
    assert "in" not in bodies(path)[0]["sealed"]
    assert query(path, ring=ring) == [{**e, "seq": i} for i, e in enumerate(MIXED[:2], start=1)]
    assert verify(path).ok
