"""Signed checkpoints and retention anchors, as C2SP signed notes.

A checkpoint says "chain C of log L had N entries and its last hash was H", signed with Ed25519::

    mcpfort.audit/<log id>/<chain>
    <N>
    <base64 of H>
    time <epoch seconds>
    prev <sha256 of the previous checkpoint note, or none>
    segment <segment number>

    — mcpfort-audit <base64(4-byte key hash ‖ 64-byte signature)>

The first three lines are the C2SP ``tlog-checkpoint`` shape (origin, tree size, root hash; here
the root is the hash-chain head), the rest are extension lines, and the signature line follows
the signed-note format, so standard witness tooling can store or cosign it.  ``prev`` links the
checkpoints of a chain, so removing one from the middle shows.

An **anchor** is the same note with ``kind anchor`` and ``deleted FIRST-LAST``: it is written
before retention drops whole segments and vouches for the hash the oldest kept entry links to.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mcpfort.audit.keys import public_key_id

__all__ = ["Note", "Signer", "parse", "check", "digest", "split", "KEY_NAME"]

KEY_NAME = "mcpfort-audit"
_DASH = "\u2014"


@dataclass(frozen=True)
class Note:
    log_id: str
    chain: str
    seq: int
    head: str  # hex
    ts: float
    prev: str | None
    segment: int
    kind: str = "checkpoint"  # or "anchor"
    deleted: tuple[int, int] | None = None  # anchors: the seq range dropped
    signer: str = ""  # public key id (filled by parse from the signature's key hash match)
    text: str = ""

    @property
    def origin(self) -> str:
        return f"mcpfort.audit/{self.log_id}/{self.chain}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _key_hash(public: Ed25519PublicKey) -> bytes:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(KEY_NAME.encode() + b"\n\x01" + raw).digest()[:4]


def _body(note: Note) -> str:
    lines = [note.origin, str(note.seq), base64.b64encode(bytes.fromhex(note.head)).decode(),
             f"time {note.ts:.6f}", f"prev {note.prev or 'none'}", f"segment {note.segment}"]
    if note.kind != "checkpoint":
        lines.append(f"kind {note.kind}")
    if note.deleted is not None:
        lines.append(f"deleted {note.deleted[0]}-{note.deleted[1]}")
    return "\n".join(lines) + "\n"


class Signer:
    def __init__(self, key: Ed25519PrivateKey) -> None:
        self.key = key
        self.public = key.public_key()
        self.id = public_key_id(self.public)
        self._hash = _key_hash(self.public)

    def sign(self, note: Note) -> str:
        body = _body(note)
        signature = self.key.sign(body.encode())
        return f"{body}\n{_DASH} {KEY_NAME} {base64.b64encode(self._hash + signature).decode()}\n"


def parse(text: str) -> Note | None:
    """The note's fields (unverified), or None when it is not a well-formed mcpfort note."""
    try:
        body, _, sig_block = text.partition("\n\n")
        lines = body.split("\n")
        origin = lines[0].split("/")
        if len(origin) != 3 or origin[0] != "mcpfort.audit" or not sig_block.startswith(_DASH):
            return None
        ext = dict(line.split(" ", 1) for line in lines[3:])
        deleted = None
        if "deleted" in ext:
            first, last = ext["deleted"].split("-")
            deleted = (int(first), int(last))
        prev = ext.get("prev")
        return Note(log_id=origin[1], chain=origin[2], seq=int(lines[1]),
                    head=base64.b64decode(lines[2], validate=True).hex(), ts=float(ext["time"]),
                    prev=None if prev == "none" else prev, segment=int(ext["segment"]),
                    kind=ext.get("kind", "checkpoint"), deleted=deleted, text=text)
    except (IndexError, KeyError, ValueError, binascii.Error):
        return None


def check(text: str, trusted: dict[str, Ed25519PublicKey]) -> tuple[Note | None, str | None]:
    """``(note, None)`` when a trusted key signed exactly this note, else ``(note or None, why)``."""
    note = parse(text)
    if note is None:
        return None, "not a well-formed signed checkpoint"
    body = text.partition("\n\n")[0] + "\n"
    if _body(note) != body:
        return note, "the checkpoint text is not in canonical form (edited)"
    signatures = []
    for line in text.partition("\n\n")[2].splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and parts[0] == _DASH and parts[1] == KEY_NAME:
            try:
                raw = base64.b64decode(parts[2], validate=True)
            except binascii.Error:
                continue
            if len(raw) == 68:
                signatures.append((raw[:4], raw[4:]))
    if not signatures:
        return note, "the checkpoint carries no signature"
    for key_id, public in trusted.items():
        for key_hash, signature in signatures:
            if key_hash != _key_hash(public):
                continue
            try:
                public.verify(signature, body.encode())
            except InvalidSignature:
                return note, f"the signature by {key_id} does not match the checkpoint (forged or edited)"
            return Note(**{**note.__dict__, "signer": key_id}), None
    return note, "signed by a key that is not trusted (pass the signer's .pub file with --public-key)"


def make(log_id: str, chain: str, seq: int, head: str, ts: float, prev: str | None, segment: int,
         signer: Signer, kind: str = "checkpoint", deleted: tuple[int, int] | None = None) -> str:
    return signer.sign(Note(log_id, chain, seq, head, ts, prev, segment, kind, deleted))


def split(text: str) -> list[str]:
    """The notes in a file holding several (one per chain, as ``checkpoint export`` writes)."""
    notes: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.startswith("mcpfort.audit/") or not notes:
            notes.append("")
        notes[-1] += line
    return [n for n in notes if n.strip()]
