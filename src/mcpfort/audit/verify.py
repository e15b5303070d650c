"""``verify(target)``: walk every chain and name the first entry that is not what was written.

Needs no decryption key: the chain covers the ciphertext.  For each chain it checks

* the entries: gapless ``seq``, ``prev_hash`` links, ``hash`` over the body, the body's own
  ``seq`` and the indexed columns equal to the body (modified, deleted, inserted, reordered);
* the signed checkpoints stored with the log: each signed by a trusted key (``trusted``; the
  signing key's ``.pub``), of this log and chain, linked to the one before, and the entry hash
  at its seq equal to the signed head, so entries **removed before the latest checkpoint** (tail
  truncation behind it) show, as do forged or edited checkpoints;
* retention anchors: a chain that starts after entry 1 must start exactly where a signed anchor
  says the dropped segments ended, linking to the hash the anchor vouches for;
* ``external`` checkpoints (``mcpfort audit checkpoint export`` copies kept elsewhere): the chain
  must still hold each one's head, which catches a rewrite of everything after the last stored
  checkpoint too, as long as the copy is newer.

Without trusted keys, checkpoints are only checked for consistency and the report says so.
What is after the newest checkpoint anyone kept is protected by the chain alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mcpfort.audit import checkpoint
from mcpfort.audit.chain import COLUMNS, GENESIS, chain_hash, columns, genesis
from mcpfort.errors import AuditError

__all__ = ["VerifyReport", "verify", "verify_store"]


@dataclass(frozen=True)
class VerifyReport:
    """``count`` is the number of entries that verified (all of them when ``ok``); ``head`` the
    hash of the last of those.  For several chains, the first failing chain's numbers."""

    ok: bool
    count: int
    first_bad_seq: int | None = None
    reason: str | None = None
    head: str = GENESIS
    chain: str = "main"
    checkpoints: int = 0
    signed: bool = False
    first_seq: int = 1
    chains: dict[str, "VerifyReport"] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def verify(target: str, *, trusted: dict[str, Ed25519PublicKey] | None = None,
           external: list[str] | None = None) -> VerifyReport:
    from mcpfort.audit.store import open_store

    store = open_store(target)
    try:
        return verify_store(store, trusted=trusted, external=external)
    finally:
        store.close()


def verify_store(store: Any, *, trusted: dict[str, Ed25519PublicKey] | None = None,
                 external: list[str] | None = None) -> VerifyReport:
    outside: dict[str, list[checkpoint.Note]] = {}
    for text in external or []:
        note, why = checkpoint.check(text, trusted or {})
        if note is None or why:
            raise AuditError(f"the external checkpoint cannot be used: {why}")
        if note.log_id != store.log_id:
            raise AuditError(f"the external checkpoint is of log {note.log_id}, not of this log ({store.log_id})")
        outside.setdefault(note.chain, []).append(note)
    reports = {}
    try:
        for chain in store.chains():
            reports[chain] = _chain(store, chain, trusted or {}, outside.pop(chain, []))
    except Exception as exc:  # sqlite3.Error, psycopg.Error: reading failed, not tampering
        if isinstance(exc, AuditError):
            raise
        raise AuditError(f"cannot read the audit log {store.label}: {exc}") from exc
    for chain, notes in outside.items():
        reports[chain] = VerifyReport(False, 0, 1, f"chain {chain} of an external checkpoint (entry {notes[0].seq}) "
                                                   "is not in the log at all", chain=chain)
    if not reports:
        reports["main"] = VerifyReport(True, 0)
    bad = [r for r in reports.values() if not r.ok]
    first = bad[0] if bad else next(iter(reports.values()))
    notes = sum(r.checkpoints for r in reports.values())
    warnings = () if trusted or not notes else ("no trusted signing key given: checkpoint signatures were not checked "
                                   "(pass --public-key FILE.pub, or --policy with checkpoints.signing_key)",)
    return VerifyReport(not bad, first.count if bad else sum(r.count for r in reports.values()),
                        first.first_bad_seq, first.reason, first.head, first.chain,
                        sum(r.checkpoints for r in reports.values()), bool(trusted), first.first_seq,
                        reports, warnings)


def _notes(store: Any, chain: str, trusted: dict[str, Ed25519PublicKey]
           ) -> tuple[list[checkpoint.Note], list[checkpoint.Note], tuple[int, str] | None]:
    """Checkpoints and anchors of a chain, and the first problem with them ``(seq, reason)``."""
    checkpoints: list[checkpoint.Note] = []
    anchors: list[checkpoint.Note] = []
    previous: str | None = None
    last_seq = 0
    for seq, kind, text in store.notes(chain):
        if trusted:
            note, why = checkpoint.check(text, trusted)
        else:
            note, why = checkpoint.parse(text), None
            why = "not a well-formed signed checkpoint" if note is None else None
        where = f"the {kind} at entry {seq}"
        if note is None or why:
            return checkpoints, anchors, (seq, f"{where}: {why}")
        if note.seq != seq or note.kind != kind:
            return checkpoints, anchors, (seq, f"{where} says entry {note.seq} ({note.kind}): the row was edited")
        if note.log_id != store.log_id or note.chain != chain:
            return checkpoints, anchors, (seq, f"{where} belongs to {note.origin}, not to this log's chain {chain}")
        if note.prev != previous:
            return checkpoints, anchors, (seq, f"{where} does not link to the checkpoint before it "
                                               "(one was removed, inserted or reordered)")
        previous = checkpoint.digest(text)
        if kind == "anchor":
            anchors.append(note)
            continue
        if note.seq < last_seq:
            return checkpoints, anchors, (seq, f"{where} goes back from entry {last_seq}: the chain was cut and rewritten")
        last_seq = note.seq
        checkpoints.append(note)
    return checkpoints, anchors, None


def _chain(store: Any, chain: str, trusted: dict[str, Ed25519PublicKey],
           outside: list[checkpoint.Note]) -> VerifyReport:
    checkpoints, anchors, note_problem = _notes(store, chain, trusted)
    heads: dict[int, tuple[str, str]] = {}
    for note in checkpoints:
        heads[note.seq] = (note.head, f"the signed checkpoint at entry {note.seq}")
    for note in outside:
        heads[note.seq] = (note.head, f"the external checkpoint at entry {note.seq}")
    expected, prev, count, first_seq = 1, genesis(chain), 0, 1
    width = len(COLUMNS)

    def bad(seq: int, reason: str) -> VerifyReport:
        if note_problem is not None and note_problem[0] < seq:
            seq, reason = note_problem
        return VerifyReport(False, count, seq, reason, prev, chain, len(checkpoints) + len(anchors), bool(trusted),
                            first_seq)

    for row in store.rows(chain):
        seq, cols, body, prev_hash, digest = row[0], row[1:1 + width], row[1 + width], row[2 + width], row[3 + width]
        if note_problem is not None and seq > note_problem[0]:
            return bad(*note_problem)
        if seq != expected:
            if count == 0 and seq > 1:
                anchor = next((a for a in anchors if a.deleted and a.deleted[1] == seq - 1), None)
                if anchor is None:
                    return bad(1, f"entry 1 is missing (the log starts at {seq}, and no signed retention "
                                  f"anchor covers entries 1-{seq - 1})")
                expected, prev, first_seq = seq, anchor.head, seq
            elif seq < expected:
                return bad(seq, f"entry {seq} is out of range (the log starts at {expected})")
            else:
                return bad(expected, f"entry {expected} is missing (the log goes from {expected - 1} to {seq})")
        if isinstance(body, memoryview):
            body = bytes(body)
        elif isinstance(body, str):
            body = body.encode("utf-8")
        if not isinstance(body, bytes):
            return bad(seq, "body is not stored as JSON bytes")
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            return bad(seq, "body is not valid JSON")
        if not isinstance(event, dict):
            return bad(seq, "body is not a JSON object")
        if event.get("seq") != seq:
            return bad(seq, f"body says seq {event.get('seq')!r}: the entry was moved or replaced")
        for name, stored, wanted in zip(COLUMNS, cols, columns(event)):
            if stored != wanted:
                return bad(seq, f"column {name} is {stored!r} but the entry says {wanted!r}")
        if prev_hash != prev:
            return bad(seq, "prev_hash does not match the previous entry's hash "
                            "(an entry before it was removed, inserted or changed)")
        if digest != chain_hash(prev, body):
            return bad(seq, "hash does not match the entry's content")
        signed = heads.get(seq)
        if signed is not None and signed[0] != digest:
            return bad(seq, f"the chain here differs from {signed[1]} (entries up to it were rewritten)")
        prev, expected, count = digest, expected + 1, count + 1
    last = expected - 1
    beyond = [seq for seq in heads if seq > last]
    if beyond:
        top = max(beyond)
        return bad(last + 1, f"entries {last + 1}-{top} are missing: {heads[top][1]} says the chain had {top} "
                             "entries (removed after it was signed)")
    if note_problem is not None:
        return bad(*note_problem)
    return VerifyReport(True, count, None, None, prev, chain, len(checkpoints) + len(anchors), bool(trusted), first_seq)
