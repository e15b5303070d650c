"""Encrypting the sensitive parts of an event, and opening them again.

An event is split in two.  The **skeleton** (who, when, which tool, what decision, the ids and
numbers the gateway itself fills in) stays readable, so the log can be queried, verified and
kept for accountability without a key.  Everything else (arguments, errors, reasons, addresses,
commands, any field mcpfort does not know) is the **secret** part, stored as::

    "sealed": {"key": DEK_ID, "fields": ["arguments", "error"], "data": base64(nonce ‖ AES-256-GCM)}

The associated data is the canonical skeleton and the ``sealed`` header (the body without
``seq`` and ``data``), so a ciphertext cannot be moved to another entry or field list; the chain
hash, which covers ``seq``, fixes the entry's position.  The
hash chain covers the whole body, ciphertext included: verifying needs no key.

Opening: with the data key, the fields come back; without the key ring each secret field reads
``***encrypted***``; after ``forget`` destroyed the data key it reads ``***erased***``.
"""

from __future__ import annotations

import base64
import itertools
import os
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.audit.keys import KeyRing

__all__ = ["SKELETON", "ENCRYPTED", "ERASED", "TAMPERED", "split", "seal", "Opener", "new_data_key"]

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


class Opener:
    """Opens sealed entries for a reader; ``ring`` None means "no key": fields read encrypted.

    ``data_keys`` maps a data key id to ``(kek_id, wrapped)`` as stored; a missing id is a
    forgotten (crypto-shredded) key.
    """

    def __init__(self, ring: KeyRing | None, data_keys: dict[str, tuple[str, bytes]]) -> None:
        self.ring = ring
        self.data_keys = data_keys
        self._ciphers: dict[str, AESGCM | None] = {}

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

    def open(self, entry: dict[str, Any]) -> dict[str, Any]:
        """The event as it was recorded, or with its secret fields marked unreadable."""
        sealed = entry.get("sealed")
        if not isinstance(sealed, dict):
            return entry
        out = {k: v for k, v in entry.items() if k != "sealed"}
        fields = sealed.get("fields") if isinstance(sealed.get("fields"), list) else []
        dek_id = sealed.get("key")
        if dek_id not in self.data_keys:
            return {**out, **{str(f): ERASED for f in fields}}
        if self.ring is None:
            return {**out, **{str(f): ENCRYPTED for f in fields}}
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
