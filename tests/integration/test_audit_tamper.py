"""The tamper suite on SQLite and on the real PostgreSQL (127.0.0.1:5432, database ``test``, a
schema of its own per test, dropped after): an encrypted log with a signed checkpoint every 10
entries is modified, cut, extended, reordered, truncated behind a checkpoint, has a segment
swapped or a checkpoint forged; verify names the first bad entry each time, without the
decryption key."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Iterator

import orjson
import pytest

from mcpfort.audit import checkpoint, keys
from mcpfort.audit.chain import COLUMNS, canonical, chain_hash, columns
from mcpfort.audit.log import writer_for
from mcpfort.audit.settings import AuditSettings
from mcpfort.audit.store import open_store
from mcpfort.audit.verify import verify
from tests.audit_sqlite import BlockFile

pytestmark = pytest.mark.integration
PG = "postgresql://postgres@127.0.0.1:5432/test"
N = 40
DAY = 86400.0
T0 = 1_790_000_000.0


class Backend:
    """Raw SQL on the store behind verify's back, the way an attacker with write access would:
    rows of ``entries`` on PostgreSQL, events inside the blocks of the SQLite file."""

    def __init__(self, kind: str, tmp: Path) -> None:
        self.kind = kind
        if kind == "sqlite":
            self.target, self.chain = str(tmp / "audit.db"), "main"
        else:
            self.schema = f"t_{uuid.uuid4().hex[:12]}"
            self.target, self.chain = f"{PG}?schema={self.schema}", "replica-1"
        self._db: Any = None

    def other(self, tmp: Path) -> "Backend":
        twin = Backend(self.kind, tmp / "other")
        (tmp / "other").mkdir(exist_ok=True)
        twin.chain = self.chain
        return twin

    def x(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.kind == "sqlite":
            if self._db is None:
                self._db = sqlite3.connect(self.target, isolation_level=None)
            sql = sql.format(e="entries", n="notes", c="")
            return self._db.execute(sql, params).fetchall()
        import psycopg

        if self._db is None:
            self._db = psycopg.connect(PG, autocommit=True)
        sql = sql.format(e=f"{self.schema}.entries", n=f"{self.schema}.notes", c=f"chain = '{self.chain}' AND ")
        cur = self._db.execute(sql.replace("?", "%s"), params)
        return cur.fetchall() if cur.description else []

    def blocks(self) -> BlockFile:
        if self._db is None:
            self._db = sqlite3.connect(self.target, isolation_level=None)
        return BlockFile(self._db)

    def row(self, seq: int) -> dict[str, Any]:
        if self.kind == "sqlite":
            return self.blocks().row(seq)
        names = ["seq", *COLUMNS, "body", "prev_hash", "hash"]
        quoted = ", ".join(f'"{n}"' for n in names)
        found = self.x(f"SELECT {quoted} FROM {{e}} WHERE {{c}} seq = ?", (seq,))
        values = dict(zip(names, found[0]))
        values["body"] = bytes(values["body"])
        return values

    def set(self, at: int, **fields: Any) -> None:
        if self.kind == "sqlite":  # no columns to keep in step with the body; a link is stored per block
            blocks = self.blocks()
            stored = ("body", "hash", "prev_hash") if blocks.starts_block(at) else ("body", "hash")
            blocks.set(at, **{k: v for k, v in fields.items() if k in stored})
            return
        assignments = ", ".join(f'"{k}" = ?' for k in fields)
        self.x(f"UPDATE {{e}} SET {assignments} WHERE {{c}} seq = ?", (*fields.values(), at))

    def delete(self, which: Callable[[int], bool], sql: str, params: tuple = ()) -> None:
        """Remove entries: ``which`` says which ones in the SQLite file, ``sql`` (a WHERE clause) in
        PostgreSQL."""
        if self.kind == "sqlite":
            self.blocks().delete(which)
        else:
            self.x(f"DELETE FROM {{e}} WHERE {{c}} {sql}", params)

    def insert_at(self, seq: int, values: dict[str, Any]) -> None:
        """A forged entry at ``seq``, the entries from there moved one place on."""
        if self.kind == "sqlite":
            self.blocks().insert(seq, values["body"], values["hash"])
            return
        last = self.x("SELECT MAX(seq) FROM {e} WHERE {c} seq > 0")[0][0]
        for at in range(last, seq - 1, -1):
            self.set(at, seq=at + 1)
        self.put(values)

    def seqs(self) -> list[int]:
        if self.kind == "sqlite":
            return self.blocks().seqs()
        return [r[0] for r in self.x("SELECT seq FROM {e} WHERE {c} seq > 0 ORDER BY seq")]

    def events(self) -> list[str]:
        if self.kind == "sqlite":
            return [orjson.loads(self.row(seq)["body"])["event"] for seq in self.seqs()]
        return [r[0] for r in self.x("SELECT event FROM {e} WHERE {c} seq > 0 ORDER BY seq")]

    def put(self, values: dict[str, Any]) -> None:
        if self.kind != "sqlite":
            values = {"chain": self.chain, **values}
        names = ", ".join(f'"{k}"' for k in values)
        self.x(f"INSERT INTO {{e}} ({names}) VALUES ({', '.join('?' * len(values))})", tuple(values.values()))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
        if self.kind != "sqlite":
            import psycopg

            with psycopg.connect(PG, autocommit=True) as db:
                db.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "postgresql":
        psycopg = pytest.importorskip("psycopg")
        try:
            psycopg.connect(PG, connect_timeout=3).close()
        except psycopg.Error as exc:
            pytest.skip(f"no PostgreSQL at 127.0.0.1:5432: {exc}")
    made = Backend(request.param, tmp_path)
    yield made
    made.close()


def settings(tmp: Path, **extra: Any) -> AuditSettings:
    return AuditSettings(key_file=str(tmp / "audit.key"), signing_key=str(tmp / "signing.key"), checkpoint_every=10,
                         checkpoint_seconds=None, **extra)


def build(b: Backend, tmp: Path, n: int = N, *, per_batch: int = 10, days_per_batch: float = 0.0,
          label: str = "", **extra: Any) -> None:
    """``n`` events in batches (a checkpoint closes each batch of 10); the clock may jump a day."""
    keys.ensure_keys(str(tmp / "audit.key"), str(tmp / "signing.key"), say=lambda _: None)
    now = [T0]
    writer = writer_for(settings(tmp, **extra), chain=b.chain, clock=lambda: now[0])
    store = open_store(b.target, write=True)
    store.chain = b.chain
    try:
        for start in range(1, n + 1, per_batch):
            store.append([{"ts": now[0] + i, "event": "tool.called", "user": "ada" if i % 2 else "bob",
                           "server": "fs", "tool": "read_file", "trace_id": f"{label}t{i}",
                           "arguments": {"path": f"/p/{label}{i}"}} for i in range(start, min(start + per_batch, n + 1))],
                         writer)
            now[0] += days_per_batch * DAY
        store.checkpoint_now(writer)
    finally:
        store.close()


def check(b: Backend, tmp: Path, external: list[str] | None = None) -> Any:
    return verify(b.target, trusted=keys.load_public_keys([str(tmp / "signing.key.pub")]), external=external)


def forged(b: Backend, seq: int, prev: str) -> dict[str, Any]:
    event = {"ts": T0 + seq - 0.5, "event": "tool.called", "user": "ada", "server": "fs", "tool": "read_file",
             "trace_id": "forged", "seq": seq}
    body = canonical(event)
    return {"seq": seq, **dict(zip(COLUMNS, columns(event))), "body": body, "prev_hash": prev,
            "hash": chain_hash(prev, body)}


# -- entries --------------------------------------------------------------------------------------
def modify_skeleton(b: Backend) -> None:
    b.set(5, body=b.row(5)["body"].replace(b'"user":"ada"', b'"user":"eve"'), user="eve")


def modify_ciphertext(b: Backend) -> None:
    # Entry 9 holds a ciphertext either way: its own (PostgreSQL, sealed per entry) or that of
    # ada's group in its batch of ten (SQLite, sealed per data key and batch).
    body = b.row(9)["body"]
    at = body.index(b'"data":"') + 12
    b.set(9, body=body[:at] + (b"A" if body[at:at + 1] != b"A" else b"B") + body[at + 1:])


def modify_group_pointer(b: Backend) -> None:
    body = b.row(5)["body"]
    key = b'"in":9' if b'"in":9' in body else b'"fields":["arguments"]'
    b.set(5, body=body.replace(key, key.replace(b"9", b"7") if key.startswith(b'"in"') else b'"fields":[]'))


def delete_middle(b: Backend) -> None:
    b.delete(lambda seq: seq == 5, "seq = 5")


def insert_forged(b: Backend) -> None:
    b.insert_at(5, forged(b, 5, b.row(4)["hash"]))


def reorder(b: Backend) -> None:
    a, c = b.row(3), b.row(7)
    for target, source, old in ((3, c, 7), (7, a, 3)):
        values = {k: v for k, v in source.items() if k != "seq"}
        values["body"] = values["body"].replace(f'"seq":{old}'.encode(), f'"seq":{target}'.encode())
        b.set(target, **values)


def truncate_before_checkpoint(b: Backend) -> None:
    b.delete(lambda seq: seq > 25, "seq > 25")


def rewrite_tail(b: Backend) -> None:
    prev = b.row(34)["hash"]
    for seq in range(35, N + 1):
        r = b.row(seq)
        body = r["body"].replace(b'"user":"ada"', b'"user":"eve"') if seq == 35 else r["body"]
        digest = chain_hash(prev, body)
        b.set(seq, body=body, user=columns(__import__("orjson").loads(body))[4], prev_hash=prev, hash=digest)
        prev = digest


def append_forged(b: Backend) -> None:
    b.insert_at(N + 1, forged(b, N + 1, b.row(N)["hash"]))


# -- checkpoints ---------------------------------------------------------------------------------
def edit_checkpoint_head(b: Backend) -> None:
    note = b.x("SELECT note FROM {n} WHERE {c} seq = 20")[0][0]
    lines = note.split("\n")
    lines[2] = lines[2][:-4] + ("AAA=" if lines[2][-4:] != "AAA=" else "BBB=")
    b.x("UPDATE {n} SET note = ? WHERE {c} seq = 20", ("\n".join(lines),))


def checkpoint_by_another_key(b: Backend, tmp: Path) -> None:
    other = checkpoint.Signer(keys.Ed25519PrivateKey.generate())
    last = b.x("SELECT note FROM {n} WHERE {c} seq = 40")[0][0]
    parsed = checkpoint.parse(last)
    text = checkpoint.make(parsed.log_id, parsed.chain, 40, parsed.head, T0, checkpoint.digest(last), 1, other)
    cols = "(chain, seq, kind, ts, note)" if b.kind != "sqlite" else "(seq, kind, ts, note)"
    values = ((b.chain,) if b.kind != "sqlite" else ()) + (40, "checkpoint", T0, text)
    b.x(f"INSERT INTO {{n}} {cols} VALUES ({', '.join('?' * len(values))})", values)


def delete_middle_checkpoint(b: Backend) -> None:
    b.x("DELETE FROM {n} WHERE {c} seq = 20")


TAMPERING: list[tuple[Callable[..., None], int]] = [
    (modify_skeleton, 5),
    (modify_ciphertext, 9),
    (modify_group_pointer, 5),
    (delete_middle, 5),
    (insert_forged, 6),
    (reorder, 3),
    (truncate_before_checkpoint, 26),
    (rewrite_tail, 40),
    (edit_checkpoint_head, 20),
    (checkpoint_by_another_key, 40),
    (delete_middle_checkpoint, 30),
]


@pytest.mark.parametrize(("tamper", "first_bad"), TAMPERING, ids=[t.__name__ for t, _ in TAMPERING])
def test_tampering_is_detected(backend: Backend, tmp_path: Path, tamper: Callable[..., None], first_bad: int) -> None:
    build(backend, tmp_path)
    report = check(backend, tmp_path)
    assert report.ok and report.count == N and report.checkpoints == 4 and report.signed, report.reason
    if tamper is checkpoint_by_another_key:
        tamper(backend, tmp_path)
    else:
        tamper(backend)
    report = check(backend, tmp_path)
    assert not report.ok
    assert report.first_bad_seq == first_bad, report.reason
    assert report.chain == backend.chain


def test_appending_after_the_last_checkpoint_needs_an_external_one(backend: Backend, tmp_path: Path) -> None:
    """The honest boundary: what follows the newest checkpoint is protected by the chain only."""
    build(backend, tmp_path)
    append_forged(backend)
    assert check(backend, tmp_path).ok


def test_truncation_with_its_checkpoints_is_caught_by_an_exported_checkpoint(backend: Backend, tmp_path: Path) -> None:
    build(backend, tmp_path)
    exported = backend.x("SELECT note FROM {n} WHERE {c} kind = 'checkpoint' ORDER BY id DESC LIMIT 1")[0][0]
    backend.delete(lambda seq: seq > 25, "seq > 25")
    backend.x("DELETE FROM {n} WHERE {c} seq > 20")
    assert check(backend, tmp_path).ok  # consistent with itself…
    report = check(backend, tmp_path, external=[exported])  # …but not with the copy kept elsewhere
    assert not report.ok and report.first_bad_seq == 26
    assert "external checkpoint" in report.reason


def test_a_swapped_segment_is_detected(backend: Backend, tmp_path: Path) -> None:
    build(backend, tmp_path, rotation=DAY, days_per_batch=1)
    assert check(backend, tmp_path).ok
    other = backend.other(tmp_path)
    try:
        build(other, tmp_path, rotation=DAY, days_per_batch=1, label="x")  # same keys, same shape, other events
        for seq in range(11, 21):  # segment 2 of the other log replaces ours, prev_hash and all
            backend.set(seq, **{k: v for k, v in other.row(seq).items() if k != "seq"})
        report = check(backend, tmp_path)
        assert not report.ok and report.first_bad_seq == 11, report.reason
    finally:
        other.close()


def test_retention_drops_whole_segments_behind_a_signed_anchor(backend: Backend, tmp_path: Path) -> None:
    build(backend, tmp_path, n=60, rotation=DAY, retention=2 * DAY, days_per_batch=1)
    report = check(backend, tmp_path)
    assert report.ok, report.reason
    assert report.first_seq > 1  # the oldest segments are gone…
    assert backend.seqs()[0] == report.first_seq
    assert "audit.retention" in backend.events()  # …and the trail says so
    # an anchor is what makes the shorter chain acceptable: without it, the start is missing
    backend.x("DELETE FROM {n} WHERE {c} kind = 'anchor'")
    report = check(backend, tmp_path)
    assert not report.ok and report.first_bad_seq == 1


def test_dropping_one_more_segment_than_the_anchor_says_is_detected(backend: Backend, tmp_path: Path) -> None:
    build(backend, tmp_path, n=60, rotation=DAY, retention=2 * DAY, days_per_batch=1)
    first = check(backend, tmp_path).first_seq
    backend.delete(lambda seq: seq < first + 10, "seq < ?", (first + 10,))
    report = check(backend, tmp_path)
    assert not report.ok and report.first_bad_seq == 1, report.reason
