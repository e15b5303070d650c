"""Key files: the encryption key ring (AES-256 key-encryption keys) and the Ed25519 signing key.

The **key ring** (``encryption.key_file``) is JSON, mode 0600::

    {"mcpfort": "audit-encryption-keys", "active": "k3f9…", "keys": {"k3f9…": "<base64, 32 bytes>", …}}

It holds key-encryption keys (KEKs).  Events are never encrypted with them directly: each is
encrypted with a per-user, per-segment data key (DEK) stored in the log *wrapped* by the active
KEK.  ``rotate-key`` adds a new active KEK and rewraps every DEK; older KEKs stay in the ring,
decrypt-only, until ``--retire`` drops them.  A key id is derived from the key itself, so the
same key has the same id everywhere.  ``encryption.key_env`` names a variable holding one
base64 key instead (no rotation in place: change the variable and restart).

The **signing key** (``checkpoints.signing_key``) is a PKCS#8 PEM Ed25519 private key, 0600,
with its public half beside it as ``PATH.pub``: auditors verify with the ``.pub`` file alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import sys
from dataclasses import dataclass, field
from typing import Callable

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.errors import AuditError

__all__ = ["KeyRing", "key_id", "load_ring", "new_ring_file", "write_ring", "load_signing_key",
           "load_public_keys", "new_signing_key", "ensure_keys", "public_key_id"]

KIND = "audit-encryption-keys"


def key_id(key: bytes) -> str:
    return "k" + hashlib.sha256(b"mcpfort-audit-kek\x00" + key).hexdigest()[:16]


def public_key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "s" + hashlib.sha256(b"mcpfort-audit-signer\x00" + raw).hexdigest()[:16]


@dataclass
class KeyRing:
    """KEKs by id; ``active`` wraps new data keys."""

    active: str
    keys: dict[str, bytes]
    source: str = ""
    _aead: dict[str, AESGCM] = field(default_factory=dict, repr=False)

    def _cipher(self, kid: str) -> AESGCM | None:
        if kid not in self._aead:
            if kid not in self.keys:
                return None
            self._aead[kid] = AESGCM(self.keys[kid])
        return self._aead[kid]

    def wrap(self, dek_id: str, dek: bytes) -> tuple[str, bytes]:
        nonce = os.urandom(12)
        return self.active, nonce + self._cipher(self.active).encrypt(nonce, dek, b"mcpfort-dek\x00" + dek_id.encode())  # type: ignore[union-attr]

    def unwrap(self, kid: str, dek_id: str, wrapped: bytes) -> bytes | None:
        """The data key, or None when this ring lacks ``kid`` (or the wrapping was altered)."""
        cipher = self._cipher(kid)
        if cipher is None:
            return None
        try:
            return cipher.decrypt(bytes(wrapped[:12]), bytes(wrapped[12:]), b"mcpfort-dek\x00" + dek_id.encode())
        except InvalidTag:
            return None


def _decode_key(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise AuditError(f"{where}: not a base64 AES-256 key (32 bytes); mcpfort audit keygen --kind encryption makes one")
    return key


def load_ring(key_file: str | None = None, key_env: str | None = None) -> KeyRing:
    if key_env:
        value = os.environ.get(key_env)
        if not value:
            raise AuditError(f"audit encryption key: ${key_env} is not set (a base64 32-byte key; "
                             "mcpfort audit keygen --kind encryption FILE makes one)")
        key = _decode_key(value, f"${key_env}")
        return KeyRing(key_id(key), {key_id(key): key}, f"${key_env}")
    assert key_file is not None  # noqa: S101 - internal call contract, not validation
    try:
        with open(key_file, "rb") as handle:
            data = orjson.loads(handle.read())
    except FileNotFoundError:
        raise AuditError(f"audit encryption key file {key_file} does not exist") from None
    except (OSError, orjson.JSONDecodeError) as exc:
        raise AuditError(f"cannot read the audit key file {key_file}: {exc}") from exc
    if not isinstance(data, dict) or data.get("mcpfort") != KIND or not isinstance(data.get("keys"), dict):
        raise AuditError(f"{key_file} is not an mcpfort audit key ring (mcpfort audit keygen --kind encryption)")
    keys = {kid: _decode_key(str(text), f"{key_file}: key {kid}") for kid, text in data["keys"].items()}
    for kid, key in keys.items():
        if key_id(key) != kid:
            raise AuditError(f"{key_file}: key {kid} does not match its id (the file was edited)")
    if data.get("active") not in keys:
        raise AuditError(f"{key_file}: the active key {data.get('active')!r} is not in the ring")
    return KeyRing(data["active"], keys, key_file)


def _write_private(path: str, data: bytes) -> None:
    """Write a new secret file 0600 (its folder 0700 if created); never overwrite."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, mode=0o700, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _put(path: str, data: bytes, *, replace: bool) -> None:
    """Write a whole file atomically: readers see the old file, or the complete new one.

    A new key is linked into place, which fails if another process made one meanwhile: two
    gateways starting together must end up with one key, not each with its own."""
    tmp = f"{path}.tmp-{os.getpid()}-{os.urandom(4).hex()}"
    _write_private(tmp, data)
    try:
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _ring_bytes(ring: KeyRing) -> bytes:
    return orjson.dumps({"mcpfort": KIND, "active": ring.active,
                         "keys": {kid: base64.b64encode(k).decode() for kid, k in ring.keys.items()}},
                        option=orjson.OPT_INDENT_2) + b"\n"


def write_ring(path: str, ring: KeyRing) -> None:
    """Replace the ring file atomically (a crash leaves the old or the new ring, never half)."""
    _put(path, _ring_bytes(ring), replace=True)


def _exists(path: str) -> AuditError:
    return AuditError(f"{path} already exists; refusing to overwrite a key (move it away first)")


def new_ring_file(path: str) -> KeyRing:
    if os.path.exists(path):
        raise _exists(path)
    key = AESGCM.generate_key(bit_length=256)
    ring = KeyRing(key_id(key), {key_id(key): key}, path)
    try:
        _put(path, _ring_bytes(ring), replace=False)
    except FileExistsError:
        raise _exists(path) from None
    return ring


def new_signing_key(path: str) -> Ed25519PrivateKey:
    if os.path.exists(path):
        raise _exists(path)
    key = Ed25519PrivateKey.generate()
    try:
        _put(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()), replace=False)
    except FileExistsError:
        raise _exists(path) from None
    pub = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    _put(path + ".pub", pub, replace=True)
    os.chmod(path + ".pub", 0o644)  # public: auditors need it, nothing secret in it
    return key


def load_signing_key(path: str) -> Ed25519PrivateKey:
    try:
        with open(path, "rb") as handle:
            key = serialization.load_pem_private_key(handle.read(), password=None)
    except FileNotFoundError:
        raise AuditError(f"checkpoint signing key {path} does not exist") from None
    except (OSError, ValueError, TypeError) as exc:
        raise AuditError(f"cannot read the checkpoint signing key {path}: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise AuditError(f"{path} is not an Ed25519 private key (mcpfort audit keygen --kind signing)")
    return key


def load_public_keys(paths: list[str]) -> dict[str, Ed25519PublicKey]:
    """Trusted checkpoint signers by id, from ``.pub`` files or private key files."""
    out: dict[str, Ed25519PublicKey] = {}
    for path in paths:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise AuditError(f"cannot read the public key {path}: {exc.strerror or exc}") from exc
        try:
            if b"PRIVATE KEY" in data:
                key = serialization.load_pem_private_key(data, password=None).public_key()
            else:
                key = serialization.load_pem_public_key(data)
        except (ValueError, TypeError) as exc:
            raise AuditError(f"{path} is not a PEM Ed25519 key: {exc}") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise AuditError(f"{path} is not an Ed25519 key")
        out[public_key_id(key)] = key
    return out


def ensure_keys(key_file: str | None, signing_key: str | None,
                say: Callable[[str], None] = lambda text: print(text, file=sys.stderr)) -> None:
    """At a gateway's first start, create the key files the policy names but that do not exist."""
    try:
        if key_file and not os.path.exists(key_file):
            try:
                ring = new_ring_file(key_file)
                say(f"mcpfort: created the audit encryption key {key_file} (key {ring.active}, mode 0600): "
                    "back it up; without it the encrypted parts of the audit trail cannot be read")
            except AuditError:
                pass  # another gateway starting at the same moment made it first: use that one
        if signing_key and not os.path.exists(signing_key):
            try:
                key = new_signing_key(signing_key)
                say(f"mcpfort: created the checkpoint signing key {signing_key} (signer "
                    f"{public_key_id(key.public_key())}, mode 0600) and its public half {signing_key}.pub: "
                    "give the .pub file to your auditors")
            except AuditError:
                pass  # likewise
    except OSError as exc:
        raise AuditError(f"cannot create the audit key file: {exc.strerror or exc} ({exc.filename})") from exc
