"""Key administration: rotate the key-encryption key, forget a person (crypto-shredding).

Neither rewrites an entry: the chain and its checkpoints stay valid.

* ``rotate_key``: (1) the ring file gains a new active key, old keys kept; (2) every data key is
  rewrapped under it in one transaction, and the key epoch bumped so running gateways reload the
  ring before they wrap another data key; (3) with ``retire``, the old keys leave the ring once
  nothing needs them.  A crash between steps leaves a ring that still opens everything.
* ``forget``: deletes every data key of one user (all segments, all chains), so the sealed part
  of that person's events can never be decrypted again; their skeleton (time, event, tool,
  decision, and the user id itself) stays for accountability.  Copies of the store made before
  hold the wrapped keys until they are destroyed too.
"""

from __future__ import annotations

import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.audit.keys import KeyRing, key_id, load_ring, write_ring
from mcpfort.errors import AuditError

__all__ = ["rotate_key", "forget"]


def rotate_key(store: Any, key_file: str, *, retire: bool = False) -> dict[str, Any]:
    old = load_ring(key_file)
    key = AESGCM.generate_key(bit_length=256)
    kid = key_id(key)
    ring = KeyRing(kid, {**old.keys, kid: key}, key_file)
    write_ring(key_file, ring)

    def rewrap(dek_id: str, kek: str, wrapped: bytes) -> tuple[str, bytes] | None:
        dek = ring.unwrap(kek, dek_id, bytes(wrapped))
        return None if dek is None else ring.wrap(dek_id, dek)

    done, missing = store.rewrap(rewrap)
    retired: list[str] = []
    if retire:
        if missing:
            raise AuditError(f"{missing} data key(s) are wrapped by keys this ring lacks; the old keys were kept")
        retired = sorted(k for k in ring.keys if k != kid)
        write_ring(key_file, KeyRing(kid, {kid: key}, key_file))
    return {"active": kid, "previous": old.active, "rewrapped": done, "unreadable": missing, "retired": retired,
            "file": os.path.abspath(key_file)}


def forget(store: Any, user: str) -> int:
    """Destroy the data keys of ``user``'s events; returns how many keys were destroyed."""
    if not user:
        raise AuditError("forget needs a user")
    return store.forget(user)
