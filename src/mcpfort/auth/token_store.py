"""Where ``mcpfort login`` keeps tokens and ``mcpfort connect`` finds them.

In the OS keyring (service ``mcpfort``, one entry per resource URL) when one is usable; otherwise
in ``$XDG_DATA_HOME/mcpfort/tokens.enc``, AES-256-GCM encrypted with a key kept in a separate file,
``tokens.key``.  Both files are 0600 in a 0700 folder, and a key file that others can read is
refused, the way ssh refuses a readable private key.  ``MCPFORT_TOKEN_STORE=file`` or ``keyring``
overrides the choice.  Tokens are keyed by the canonical resource URL, and each record remembers
the issuer and token endpoint it came from, so a refresh goes back to the same server.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from dataclasses import asdict, dataclass, fields
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.auth.discovery import canonical_resource
from mcpfort.errors import MCPFortError

__all__ = ["TokenSet", "TokenStore", "FileStore", "KeyringStore", "default_store"]

SERVICE = "mcpfort"
_MAGIC = b"MCPFT1"
_AAD = b"mcpfort token store v1"


@dataclass(frozen=True)
class TokenSet:
    """What a token endpoint gave us, plus where it came from (for refreshing)."""

    resource: str
    issuer: str
    token_endpoint: str
    client_id: str
    access_token: str
    token_type: str = "Bearer"
    expires_at: float | None = None
    refresh_token: str | None = None
    scope: str | None = None

    def expired(self, now: float, margin: float = 30.0) -> bool:
        return self.expires_at is not None and now >= self.expires_at - margin

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> "TokenSet":
        if not isinstance(data, dict):
            raise ValueError("not a token record")
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


class TokenStore(Protocol):
    name: str

    def load(self, resource: str) -> TokenSet | None: ...

    def save(self, tokens: TokenSet) -> None: ...

    def delete(self, resource: str) -> bool: ...


def _data_dir() -> str:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "mcpfort")


class FileStore:
    """Every resource's tokens in one AES-GCM encrypted file; the 32-byte key in another."""

    name = "file"

    def __init__(self, directory: str | None = None) -> None:
        self.directory = directory or _data_dir()
        self.path = os.path.join(self.directory, "tokens.enc")
        self.key_path = os.path.join(self.directory, "tokens.key")

    def load(self, resource: str) -> TokenSet | None:
        record = self._read().get(canonical_resource(resource))
        return TokenSet.from_json(record) if record is not None else None

    def save(self, tokens: TokenSet) -> None:
        records = self._read()
        records[canonical_resource(tokens.resource)] = tokens.to_json()
        self._write(records)

    def delete(self, resource: str) -> bool:
        records = self._read()
        if records.pop(canonical_resource(resource), None) is None:
            return False
        self._write(records)
        return True

    # -- files ---------------------------------------------------------------------------------
    def _read_key(self) -> bytes | None:
        try:
            fd = os.open(self.key_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            return None
        with os.fdopen(fd, "rb") as src:
            mode = os.fstat(src.fileno()).st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise MCPFortError(f"{self.key_path} is accessible by other users (mode {stat.S_IMODE(mode):o}): "
                                   f"run chmod 600 {self.key_path}")
            key = src.read()
        if len(key) != 32:
            raise MCPFortError(f"{self.key_path} is not a 32-byte key: remove it and {self.path}, then log in again")
        return key

    def _writing_key(self) -> bytes:
        key = self._read_key()
        if key is not None:
            return key
        os.makedirs(self.directory, mode=0o700, exist_ok=True)
        key = AESGCM.generate_key(bit_length=256)
        try:
            fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another mcpfort made it a moment ago: use theirs
            return self._writing_key()
        with os.fdopen(fd, "wb") as out:
            out.write(key)
        return key

    def _read(self) -> dict[str, Any]:
        try:
            with open(self.path, "rb") as src:
                blob = src.read()
        except FileNotFoundError:
            return {}
        key = self._read_key()
        if key is None or not blob.startswith(_MAGIC):
            raise MCPFortError(f"{self.path} cannot be read (its key is missing or it is not a token store): "
                               "remove it and log in again")
        nonce, sealed = blob[len(_MAGIC):len(_MAGIC) + 12], blob[len(_MAGIC) + 12:]
        try:
            records = json.loads(AESGCM(key).decrypt(nonce, sealed, _AAD))
        except (InvalidTag, ValueError) as exc:
            raise MCPFortError(f"{self.path} does not decrypt with {self.key_path}: remove both and log in again") from exc
        return records if isinstance(records, dict) else {}

    def _write(self, records: dict[str, Any]) -> None:
        key = self._writing_key()
        nonce = secrets.token_bytes(12)
        blob = _MAGIC + nonce + AESGCM(key).encrypt(nonce, json.dumps(records).encode(), _AAD)
        os.makedirs(self.directory, mode=0o700, exist_ok=True)
        tmp = f"{self.path}.{secrets.token_hex(4)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


class KeyringStore:
    """One keyring entry per resource: service ``mcpfort``, user = the canonical resource URL."""

    name = "keyring"

    def __init__(self, backend: Any = None) -> None:
        import keyring

        self._keyring = backend or keyring.get_keyring()

    def load(self, resource: str) -> TokenSet | None:
        value = self._call("get_password", SERVICE, canonical_resource(resource))
        return TokenSet.from_json(json.loads(value)) if value else None

    def save(self, tokens: TokenSet) -> None:
        self._call("set_password", SERVICE, canonical_resource(tokens.resource), json.dumps(tokens.to_json()))

    def delete(self, resource: str) -> bool:
        import keyring.errors

        try:
            self._keyring.delete_password(SERVICE, canonical_resource(resource))
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise MCPFortError(f"the OS keyring failed: {exc} (set MCPFORT_TOKEN_STORE=file to use a file)") from exc
        return True

    def _call(self, method: str, *args: str) -> Any:
        import keyring.errors

        try:
            return getattr(self._keyring, method)(*args)
        except keyring.errors.KeyringError as exc:
            raise MCPFortError(f"the OS keyring failed: {exc} (set MCPFORT_TOKEN_STORE=file to use a file)") from exc


def _usable_keyring() -> Any:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup means: no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    if type(backend).__module__.startswith("keyrings.alt"):
        return None  # plaintext "keyrings" are worse than our encrypted file
    return backend


def default_store() -> TokenStore:
    """The keyring when one is usable, else the encrypted file (``MCPFORT_TOKEN_STORE`` overrides)."""
    choice = os.environ.get("MCPFORT_TOKEN_STORE", "").lower()
    if choice == "file":
        return FileStore()
    backend = _usable_keyring()
    if choice == "keyring":
        if backend is None:
            raise MCPFortError("MCPFORT_TOKEN_STORE=keyring, but no usable OS keyring was found")
        return KeyringStore(backend)
    if choice not in ("", "auto"):
        raise MCPFortError(f"MCPFORT_TOKEN_STORE is {choice!r}: use file, keyring or auto")
    return KeyringStore(backend) if backend is not None else FileStore()
