"""Encryption at rest: what is sealed and what stays readable, readers with and without the key,
key files created at first start, key rotation and crypto-shredding round trips."""

from __future__ import annotations

import base64
import os
import sqlite3
import stat
from pathlib import Path

import orjson
import pytest

from mcpfort.audit import admin, keys
from mcpfort.audit.log import AuditLog
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
    path = write(tmp_path, [EVENT, {**EVENT, "trace_id": "t2", "arguments": {"path": "/other"}}])
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
