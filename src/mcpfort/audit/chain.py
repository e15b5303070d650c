"""Appending one batch to a chain, the same way on every store.

A store opens a transaction that holds its chain's write lock and hands it here as ``tx``;
``append`` then, in this order:

1. notices a key rotation or a ``forget`` done by another process (``keys_epoch`` changed) and
   drops its cached data keys (reloading the key ring file);
2. rotates the segment when it is older than ``rotation``: a final checkpoint, the segment
   closed, a new one opened whose first entry chains onto the last hash (one chain spans every
   segment); then applies ``retention``: a signed anchor, then whole expired segments deleted;
3. seals and chains the events: ``hash = sha256(prev_hash ‖ body)``, the secret parts sealed
   (see ``seal``) with a data key per (segment, user), created and stored wrapped on first use.
   A store with ``blocks`` (SQLite) seals once per data key and batch (a group, held by its last
   entry) and takes the batch as one row; another (PostgreSQL) seals each entry and takes a row
   per entry;
4. signs a checkpoint when ``every`` entries or ``seconds`` passed since the last one.

The data keys created in a transaction join the cache only after it commits (``committed``).
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

import orjson
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.audit import checkpoint
from mcpfort.audit.keys import KeyRing, load_ring
from mcpfort.audit.seal import new_data_key, seal, seal_group, split
from mcpfort.errors import AuditError

__all__ = ["GENESIS", "COLUMNS", "ChainWriter", "Prepared", "Tx", "append", "canonical", "chain_hash", "columns", "genesis",
           "is_hash", "close_checkpoint"]

GENESIS = hashlib.sha256(b"mcpfort-audit-v1").hexdigest()
# Copied out of the body for indexed lookups; verify checks each against the body.
COLUMNS = ("ts", "event", "trace_id", "session_id", "user", "context", "server", "tool", "decision", "organization")


def genesis(chain: str) -> str:
    """Where a chain starts: the v1 constant for the single SQLite chain, else bound to its name."""
    return GENESIS if chain == "main" else hashlib.sha256(f"mcpfort-audit-v1/{chain}".encode()).hexdigest()


def canonical(event: dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, no whitespace, UTF-8."""
    return orjson.dumps(event, option=orjson.OPT_SORT_KEYS)


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + body).hexdigest()


def is_hash(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _column(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "ts":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return value if isinstance(value, str) else orjson.dumps(value).decode()


def columns(event: dict[str, Any]) -> tuple[Any, ...]:
    """The indexed column values for an event, in ``COLUMNS`` order; verify recomputes them."""
    get = event.get
    ts = get("ts")
    out = [float(ts) if type(ts) in (float, int) else _column("ts", ts)]
    for name in _TEXT:  # the common case, a string or nothing, without a call per column
        value = get(name)
        out.append(value if value is None or type(value) is str else _column(name, value))
    return tuple(out)


_TEXT = COLUMNS[1:]


class Tx(Protocol):
    """What a store offers ``append`` inside one locked transaction."""

    chain: str
    log_id: str

    def epoch(self) -> str: ...
    def head(self) -> tuple[int, str]: ...
    def segment(self) -> tuple[int, int, float] | None: ...  # (id, first_seq, opened)
    def open_segment(self, seg: int, first_seq: int, now: float) -> None: ...
    def close_segment(self, seg: int, last_seq: int, now: float) -> None: ...
    def expired(self, before: float) -> list[tuple[int, int, int]]: ...  # closed: (id, first, last)
    def drop(self, segments: list[int], first: int, last: int) -> None: ...
    def entry_hash(self, seq: int) -> str | None: ...
    def last_note(self) -> tuple[int, str, float] | None: ...  # (seq, note text, ts)
    def add_note(self, seq: int, kind: str, ts: float, note: str) -> None: ...
    def add_data_key(self, dek_id: str, seg: int, user: str | None, kek: str, wrapped: bytes, now: float) -> None: ...
    def insert(self, rows: list[tuple[Any, ...]]) -> None: ...  # (seq, *COLUMNS, body, prev_hash, hash)
    # or, when the store has ``blocks = True``, one call per batch:
    # insert_block(first_seq, prev_hash, bodies, digests, ts_min, ts_max)


# An event made ready off the write lock: ``(record, secret)``, the masked event (its skeleton
# when encrypting) and its secret fields (None when nothing is to be sealed).  Sealing waits for
# the write lock: a group's ciphertext is bound to the chain hash before its holder.
Prepared = tuple


@dataclass
class ChainWriter:
    """One process's way of writing: its keys, checkpoint and segment settings, and caches.

    ``prepare`` runs before the store's write lock is taken (it may run on another thread than
    ``append``); ``lock`` guards the data-key cache.  ``generation`` counts the rotations and
    forgets noticed: a key made before one is never stored.
    """

    chain: str = "main"
    ring: KeyRing | None = None
    key_file: str | None = None
    signer: checkpoint.Signer | None = None
    every: int = 1000
    seconds: float | None = 60.0
    rotation: float | None = 86400.0
    retention: float | None = None
    clock: Callable[[], float] = time.time
    lock: threading.Lock = field(default_factory=threading.Lock)
    generation: int = 0
    _keys: dict[tuple[int, Any], tuple[str, AESGCM]] = field(default_factory=dict)
    _unsaved: list[tuple[Any, ...]] = field(default_factory=list)  # created, not yet in the store
    _saving: list[tuple[Any, ...]] = field(default_factory=list)  # in the transaction under way
    _epoch: str | None = None

    def committed(self) -> None:
        self._saving = []

    def rolled_back(self) -> None:
        with self.lock:
            self._unsaved[:0] = self._saving
        self._saving = []

    def _key(self, slot: tuple[int, Any]) -> tuple[str, AESGCM]:
        """The data key for a (segment, user); call with ``lock`` held."""
        found = self._keys.get(slot)
        if found is None:
            assert self.ring is not None  # noqa: S101 - only called when encrypting
            dek_id, dek = new_data_key()
            kek, wrapped = self.ring.wrap(dek_id, dek)
            self._unsaved.append((self.generation, (dek_id, slot[0], slot[1], kek, wrapped, self.clock())))
            found = self._keys[slot] = (dek_id, AESGCM(dek))
        return found

    def prepare(self, event: dict[str, Any]) -> Prepared:
        """A masked event (with ``ts``) split for sealing; no store access, ``event`` unchanged."""
        if self.ring is None:
            return {**event}, None
        skeleton, secret = split(event)
        return skeleton, secret or None


def _note(tx: Tx, w: ChainWriter, seq: int, head: str, now: float, seg: int, kind: str = "checkpoint",
          deleted: tuple[int, int] | None = None) -> None:
    last = tx.last_note()
    prev = checkpoint.digest(last[1]) if last else None
    assert w.signer is not None  # noqa: S101
    text = checkpoint.make(tx.log_id, tx.chain, seq, head, now, prev, seg, w.signer, kind, deleted)
    tx.add_note(seq, kind, now, text)


def close_checkpoint(tx: Tx, w: ChainWriter) -> None:
    """A checkpoint at the head unless the last one already covers it (at close, on demand)."""
    if w.signer is None:
        return
    seq, head = tx.head()
    last = tx.last_note()
    if seq == 0 or (last is not None and last[0] >= seq):
        return
    seg = tx.segment()
    _note(tx, w, seq, head, w.clock(), seg[0] if seg else 1)


def _rotate(tx: Tx, w: ChainWriter, seq: int, prev: str, seg: tuple[int, int, float], now: float,
            extra: list[dict[str, Any]]) -> tuple[int, int, float]:
    seg_id, first, opened = seg
    if w.rotation is None or now - opened < w.rotation or seq < first:
        return seg
    if w.signer is not None:
        last = tx.last_note()
        if last is None or last[0] < seq:
            _note(tx, w, seq, prev, now, seg_id)
    tx.close_segment(seg_id, seq, now)
    tx.open_segment(seg_id + 1, seq + 1, now)
    if w.retention is not None and w.signer is not None:
        expired = tx.expired(now - w.retention)
        if expired:
            first_del, last_del = expired[0][1], expired[-1][2]
            link = tx.entry_hash(last_del)
            if link is not None:
                _note(tx, w, last_del, link, now, expired[-1][0], "anchor", (first_del, last_del))
                tx.drop([s[0] for s in expired], first_del, last_del)
                extra.append({"ts": now, "event": "audit.retention", "action": "drop",
                              "anchor": {"segments": [s[0] for s in expired], "first_seq": first_del,
                                         "last_seq": last_del, "last_hash": link},
                              "count": last_del - first_del + 1})
    return seg_id + 1, seq + 1, now


def append(tx: Tx, events: list[Any], w: ChainWriter) -> int:
    """Chain ``events`` (``Prepared``, or masked dicts with ``ts``) onto ``tx``'s chain; returns
    the last seq.  The data keys they use are stored in the same transaction."""
    now = w.clock()
    epoch = tx.epoch()
    if epoch != w._epoch:
        if w._epoch is not None:  # a rotate-key or forget elsewhere: drop every cached data key
            ring = load_ring(w.key_file) if w.key_file and w.ring is not None else w.ring
            with w.lock:
                w.generation += 1
                w._keys.clear()
                w.ring = ring
        w._epoch = epoch
    seq, prev = tx.head()
    if not is_hash(prev):
        raise AuditError(f"the hash of entry {seq} is not a SHA-256 hex digest: the log was edited "
                         "(mcpfort audit verify shows where); nothing can be chained onto it")
    seg = tx.segment()
    if seg is None:
        tx.open_segment(1, 1, now)
        seg = (1, 1, now)
    extra: list[dict[str, Any]] = []
    seg = _rotate(tx, w, seq, prev, seg, now, extra)
    items = [e if type(e) is tuple else w.prepare(e) for e in (*extra, *events)]
    blocks = getattr(tx, "blocks", False)
    first, start = seq + 1, prev
    groups = _groups(items, w, seg[0]) if w.ring is not None else None
    bodies, digests, times = [], [], []
    link = bytes.fromhex(prev)
    sha256, dumps, sort = hashlib.sha256, orjson.dumps, orjson.OPT_SORT_KEYS  # canonical(), without a call per event
    for i, (record, secret) in enumerate(items):
        seq += 1
        if groups is None or secret is None:
            record["seq"] = seq  # the writer's own copy; a retry numbers it again
        elif blocks:
            dek_id, cipher, members = groups[i]  # type: ignore[misc]
            holder = members[-1]
            record["sealed"] = {"key": dek_id, "fields": sorted(secret), "in": first + holder}
            record["seq"] = seq
            if i == holder:
                seal_group(record, [(first + j, items[j][1]) for j in members], cipher, link)
        else:
            dek_id, cipher, _ = groups[i]  # type: ignore[misc]
            record = seal({k: v for k, v in record.items() if k != "seq" and k != "sealed"}, secret, dek_id, cipher)
            record["seq"] = seq
        body = dumps(record, option=sort)
        link = sha256(link + body).digest()
        bodies.append(body)
        digests.append(link)
        ts = record.get("ts")
        if type(ts) is float or type(ts) is int:
            times.append(ts)
    prev = link.hex()
    with w.lock:  # a key made before a rotate-key or forget (a failed try) is never stored
        w._saving, w._unsaved = [k for k in w._saving + w._unsaved if k[0] == w.generation], []
    for _, key in w._saving:
        tx.add_data_key(*key)
    if getattr(tx, "blocks", False):
        tx.insert_block(first, start, bodies, digests, float(min(times)) if times else None,
                        float(max(times)) if times else None)
    else:
        rows, link_hex = [], start
        for i, ((record, _), body, digest) in enumerate(zip(items, bodies, digests)):
            cols = columns(record)  # skeleton fields: never sealed
            rows.append((first + i, *cols, body, link_hex, digest.hex()))
            link_hex = digest.hex()
        tx.insert(rows)
    if w.signer is not None:
        last = tx.last_note()
        if last is None or seq - last[0] >= w.every or (w.seconds is not None and now - last[2] >= w.seconds):
            _note(tx, w, seq, prev, now, seg[0])
    return seq


def _groups(items: list[Prepared], w: ChainWriter, segment: int) -> list[tuple[str, AESGCM, list[int]] | None]:
    """For each item with something to seal: its data key and the indexes of the items sharing
    it in this batch (the last of them holds the group's ciphertext); None for the others."""
    by_user: dict[str | None, tuple[str, AESGCM, list[int]]] = {}  # one segment per batch
    out: list[tuple[str, AESGCM, list[int]] | None] = [None] * len(items)
    for i, (record, secret) in enumerate(items):
        if secret is None:
            continue
        user = record.get("user")
        if type(user) is not str:
            user = None
        group = by_user.get(user)
        if group is None:
            found = w._keys.get((segment, user))  # a plain read; making a key takes the lock
            if found is None:
                with w.lock:
                    found = w._key((segment, user))
            group = by_user[user] = (found[0], found[1], [])
        group[2].append(i)
        out[i] = group
    return out
