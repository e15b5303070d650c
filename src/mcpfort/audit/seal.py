"""Encrypting the sensitive parts of an event, and opening them again.

An event is split in two.  The **skeleton** (who, when, which tool, what decision, the ids and
numbers the gateway itself fills in) stays readable, so the log can be queried, verified and
kept for accountability without a key.  Everything else (arguments, errors, reasons, addresses,
commands, any field mcpfort does not know) is the **secret** part.

Two shapes.  **Per entry** (SQLite formats 2-3, PostgreSQL)::

    "sealed": {"key": DEK_ID, "fields": ["arguments", "error"], "data": base64(nonce ‖ AES-256-GCM)}

with the canonical skeleton and the ``sealed`` header (the body without ``seq`` and ``data``) as
associated data, so a ciphertext cannot be moved to another entry or field list.

**Per group** (SQLite format 4): the entries of one committed batch that share a data key (one
person, one segment) are sealed together, in one AES-256-GCM call.  Each names the entry that
holds the group's ciphertext, the group's last one (the *holder*)::

    "sealed": {"key": DEK_ID, "fields": ["arguments"], "in": 1234}                      # a member
    "sealed": {"key": DEK_ID, "fields": ["arguments"], "in": 1234, "data": base64(…)}   # the holder

The plaintext is ``[[seq, {field: value…}], …]`` for every entry of the group; the associated
data is the chain hash before the holder (which covers every member's body, ``seq`` and header
included) followed by the holder's canonical body without ``data``.  A member or holder edited,
or a ciphertext moved, and the group no longer opens.

Either way the chain hash covers the whole body, ciphertext included: verifying needs no key.
Opening: with the data key, the fields come back; without the key ring each secret field reads
``***encrypted***``; after ``forget`` destroyed the data key it reads ``***erased***``.
"""

from __future__ import annotations

import base64
import itertools
import os
from typing import Any, Callable

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.audit.keys import KeyRing

__all__ = ["SKELETON", "ENCRYPTED", "ERASED", "TAMPERED", "split", "seal", "seal_group", "Opener", "new_data_key"]

ENCRYPTED = "***encrypted***"
ERASED = "***erased***"
TAMPERED = "***undecryptable***"
# Identifiers, names, numbers and policy words the gateway fills in; everything else is sealed.
SKELETON = frozenset({
    "seq", "ts", "event", "trace_id", "session_id", "user", "organization", "context", "server", "tool", "kind",
    "decision", "duration_ms", "result_bytes", "code", "exit_code", "pid", "status", "required", "available",
    "client_id", "anchor", "action", "count",
})


def canonical(event: dict[str, Any]) -> bytes:
    return orjson.dumps(event, option=orjson.OPT_SORT_KEYS)


def split(event: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    skeleton, secret = {}, {}
    for key, value in event.items():
        (skeleton if key in SKELETON else secret)[key] = value
    return skeleton, secret


# A data key belongs to the one writing process that made it, so a per-process random prefix and
# a counter give unique 96-bit nonces without a system call per event.
_PREFIX = os.urandom(4)
_COUNTER = itertools.count(1)


def _nonce() -> bytes:
    return _PREFIX + next(_COUNTER).to_bytes(8, "big")


def new_data_key() -> tuple[str, bytes]:
    return os.urandom(12).hex(), AESGCM.generate_key(bit_length=256)


def seal(skeleton: dict[str, Any], secret: dict[str, Any], dek_id: str, cipher: AESGCM) -> dict[str, Any]:
    """The skeleton plus the sealed secret fields: the body to store once it gets its ``seq``.

    Sealing happens before the entry's place in the chain is known (off the write lock); the
    chain hash over the body, ``seq`` included, then fixes the entry's position."""
    head = {**skeleton, "sealed": {"key": dek_id, "fields": sorted(secret)}}
    nonce = _nonce()
    data = nonce + cipher.encrypt(nonce, canonical(secret), canonical(head))
    head["sealed"]["data"] = base64.b64encode(data).decode("ascii")
    return head


def seal_group(holder: dict[str, Any], secrets: list[tuple[int, dict[str, Any]]], cipher: AESGCM, link: bytes) -> None:
    """Seal the secret parts of a group (``(seq, secret)`` of each entry, the holder's last) into
    ``holder``, its body with ``seq`` and its ``sealed`` header but no ``data`` yet; ``link`` is
    the chain hash of the entry before the holder, as 32 bytes."""
    nonce = _nonce()
    data = nonce + cipher.encrypt(nonce, orjson.dumps(secrets), link + canonical(holder))
    holder["sealed"]["data"] = base64.b64encode(data).decode("ascii")


class Opener:
    """Opens sealed entries for a reader; ``ring`` None means "no key": fields read encrypted.

    ``data_keys`` maps a data key id to ``(kek_id, wrapped)`` as stored; a missing id is a
    forgotten (crypto-shredded) key.  ``lookup(chain, seq)`` gives a stored entry's body and the
    hash before it: a group member shown without its holder needs the holder's ciphertext.
    """

    def __init__(self, ring: KeyRing | None, data_keys: dict[str, tuple[str, bytes]],
                 lookup: Callable[[str, int], tuple[bytes, str] | None] | None = None) -> None:
        self.ring = ring
        self.data_keys = data_keys
        self._ciphers: dict[str, AESGCM | None] = {}
        self._lookup = lookup
        self._groups: dict[tuple[str, int], dict[int, Any] | None] = {}  # opened groups by holder

    def _cipher(self, dek_id: str) -> AESGCM | None:
        if dek_id not in self._ciphers:
            stored = self.data_keys.get(dek_id)
            dek = self.ring.unwrap(stored[0], dek_id, stored[1]) if stored and self.ring else None
            self._ciphers[dek_id] = AESGCM(dek) if dek else None
        return self._ciphers[dek_id]

    def state(self, entry: dict[str, Any]) -> str:
        """``plain``, ``decrypted``, ``encrypted`` (no key), ``erased`` (key forgotten) or ``tampered``."""
        sealed = entry.get("sealed")
        if not isinstance(sealed, dict):
            return "plain"
        if sealed.get("key") not in self.data_keys:
            return "erased"
        return "decrypted" if self.ring is not None else "encrypted"

    def open(self, entry: dict[str, Any], prev_hash: str | None = None, chain: str = "main") -> dict[str, Any]:
        """The event as it was recorded, or with its secret fields marked unreadable; ``prev_hash``
        (the stored hash of the entry before) opens a group's holder without a lookup."""
        sealed = entry.get("sealed")
        if not isinstance(sealed, dict):
            return entry
        out = dict(entry)
        del out["sealed"]
        fields = sealed.get("fields") if isinstance(sealed.get("fields"), list) else []
        dek_id = sealed.get("key")
        if dek_id not in self.data_keys:
            return {**out, **{str(f): ERASED for f in fields}}
        if self.ring is None:
            return {**out, **{str(f): ENCRYPTED for f in fields}}
        if "in" in sealed:
            secret, known = self._member(entry, sealed["in"], prev_hash, chain)
            if not isinstance(secret, dict):
                return {**out, **{str(f): TAMPERED if known else ENCRYPTED for f in fields}}
            out.update(secret)
            return out
        cipher = self._cipher(str(dek_id))
        try:
            data = base64.b64decode(sealed.get("data", ""))
            head = {k: v for k, v in out.items() if k != "seq"}
            head["sealed"] = {"key": dek_id, "fields": fields}
            secret = orjson.loads(cipher.decrypt(data[:12], data[12:], canonical(head))) if cipher else None
        except (InvalidTag, ValueError, TypeError, orjson.JSONDecodeError):
            secret = None
        if not isinstance(secret, dict):
            return {**out, **{str(f): TAMPERED if cipher else ENCRYPTED for f in fields}}
        return {**out, **secret}

    def _member(self, entry: dict[str, Any], holder: Any, prev_hash: str | None, chain: str) -> tuple[Any, bool]:
        """The secret part of a group member, and whether its group's key was at hand."""
        seq = entry.get("seq")
        if type(holder) is not int or type(seq) is not int or holder < seq:
            return None, True
        found = self._groups.get((chain, holder), False)
        if found is False:
            if holder == seq and prev_hash is not None:
                found = self._open_group(entry, prev_hash)
            else:
                stored = self._lookup(chain, holder) if self._lookup else None
                try:
                    found = self._open_group(orjson.loads(stored[0]), stored[1]) if stored else None
                except orjson.JSONDecodeError:
                    found = None
            if len(self._groups) >= 512:  # a group spans one batch: a stream needs only the last few
                self._groups.clear()
            self._groups[(chain, holder)] = found
        if found is None:
            return None, True
        if found is _NO_KEY:
            return None, False
        return found.get(seq), True

    def _open_group(self, holder: Any, prev_hash: Any) -> Any:
        """``{seq: secret}`` of a holder's group; None when it does not open, ``_NO_KEY`` when
        the ring lacks its key."""
        sealed = holder.get("sealed") if isinstance(holder, dict) else None
        if not isinstance(sealed, dict) or sealed.get("in") != holder.get("seq"):
            return None
        if not isinstance(sealed.get("data"), str):
            return None
        if sealed.get("key") not in self.data_keys:
            return None
        cipher = self._cipher(str(sealed.get("key")))
        if cipher is None:
            return _NO_KEY
        try:
            data = base64.b64decode(sealed["data"])
            head = {**holder, "sealed": {k: v for k, v in sealed.items() if k != "data"}}
            return dict(orjson.loads(cipher.decrypt(data[:12], data[12:], bytes.fromhex(prev_hash) + canonical(head))))
        except (InvalidTag, ValueError, TypeError, orjson.JSONDecodeError):
            return None


_NO_KEY: Any = object()
