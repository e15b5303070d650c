"""Token storage: the encrypted 0600 file (and its separate key), the keyring store, the choice."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from mcpfort.auth.token_store import FileStore, KeyringStore, TokenSet, default_store
from mcpfort.errors import MCPFortError

RESOURCE = "http://127.0.0.1:8848/mcp/fs"


def tokens(**kw: Any) -> TokenSet:
    return TokenSet(**{"resource": RESOURCE, "issuer": "http://127.0.0.1:3000",
                       "token_endpoint": "http://127.0.0.1:3000/token", "client_id": "mcpfort",
                       "access_token": "at-SECRET-123", "expires_at": 2000.0, "refresh_token": "rt-SECRET-456",
                       "scope": "mcp:files:read offline_access", **kw})


def test_file_store_round_trip_and_permissions(tmp_path: Path) -> None:
    store = FileStore(str(tmp_path / "mcpfort"))
    assert store.load(RESOURCE) is None
    store.save(tokens())
    assert store.load(RESOURCE) == tokens()
    assert store.load("HTTP://127.0.0.1:8848/mcp/fs/") == tokens()  # canonical resource key
    for path in (store.path, store.key_path):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.directory).st_mode) == 0o700
    blob = Path(store.path).read_bytes()
    assert b"SECRET" not in blob and b"mcp/fs" not in blob  # encrypted, not merely encoded
    assert len(Path(store.key_path).read_bytes()) == 32
    other = tokens(resource="http://127.0.0.1:8848/mcp/git", access_token="other")
    store.save(other)
    assert store.load(other.resource) == other and store.load(RESOURCE) == tokens()
    assert store.delete(RESOURCE) and not store.delete(RESOURCE)
    assert store.load(RESOURCE) is None and store.load(other.resource) == other


def test_file_store_refuses_a_key_others_can_read(tmp_path: Path) -> None:
    store = FileStore(str(tmp_path))
    store.save(tokens())
    os.chmod(store.key_path, 0o644)
    with pytest.raises(MCPFortError, match="chmod 600"):
        store.load(RESOURCE)


def test_file_store_detects_tampering_and_a_lost_key(tmp_path: Path) -> None:
    store = FileStore(str(tmp_path))
    store.save(tokens())
    blob = bytearray(Path(store.path).read_bytes())
    blob[-1] ^= 1
    Path(store.path).write_bytes(bytes(blob))
    with pytest.raises(MCPFortError, match="does not decrypt"):
        store.load(RESOURCE)
    os.unlink(store.key_path)
    with pytest.raises(MCPFortError, match="key is missing"):
        store.load(RESOURCE)


def test_file_store_uses_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert FileStore().path == str(tmp_path / "mcpfort" / "tokens.enc")


class MemoryKeyring:
    priority = 5

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.entries.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.entries[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        import keyring.errors

        if (service, user) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such entry")
        del self.entries[(service, user)]


def test_keyring_store() -> None:
    backend = MemoryKeyring()
    store = KeyringStore(backend)
    store.save(tokens())
    assert list(backend.entries) == [("mcpfort", RESOURCE)]
    assert store.load(RESOURCE + "/") == tokens()
    assert store.delete(RESOURCE) and not store.delete(RESOURCE)


def test_keyring_failure_says_how_to_use_a_file() -> None:
    import keyring.errors

    class Broken(MemoryKeyring):
        def get_password(self, service: str, user: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    with pytest.raises(MCPFortError, match="MCPFORT_TOKEN_STORE=file"):
        KeyringStore(Broken()).load(RESOURCE)


def test_default_store_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.delenv("MCPFORT_TOKEN_STORE", raising=False)
    assert isinstance(default_store(), FileStore)  # no keyring here: the encrypted file
    monkeypatch.setenv("MCPFORT_TOKEN_STORE", "keyring")
    with pytest.raises(MCPFortError, match="no usable OS keyring"):
        default_store()
    monkeypatch.setattr(keyring, "get_keyring", lambda: MemoryKeyring())
    assert isinstance(default_store(), KeyringStore)
    monkeypatch.delenv("MCPFORT_TOKEN_STORE")
    assert isinstance(default_store(), KeyringStore)
    monkeypatch.setenv("MCPFORT_TOKEN_STORE", "file")
    assert isinstance(default_store(), FileStore)
    monkeypatch.setenv("MCPFORT_TOKEN_STORE", "cloud")
    with pytest.raises(MCPFortError, match="file, keyring or auto"):
        default_store()


def test_expiry_margin() -> None:
    assert not tokens(expires_at=2000.0).expired(1900.0)
    assert tokens(expires_at=2000.0).expired(1975.0)
    assert not tokens(expires_at=None).expired(10**12)
