"""Pins: a SHA-256 of each tool's full definition and of each config entry, and what changed since.

mcp-scan pins an MD5 of the description alone, so a rug pull that edits a parameter's description,
an enum or an annotation goes unnoticed.  mcpfort hashes the canonical JSON of everything a model
reads: name, title, description, input and output schemas (with every nested description, enum,
default and example) and annotations.  A config entry is pinned by its command, arguments, URL,
transport and the *names* (never the values) of its environment variables and headers.

The store is one JSON file (``$MCPFORT_PINS``, else ``~/.local/share/mcpfort/pins.json``)::

    {"version": 1,
     "tools":   {SERVER: {TOOL: {"sha256": ..., "definition": {...}, "pinned_at": ...}}},
     "configs": {KEY: {"sha256": ..., "entry": {...}, "pinned_at": ...}},
     "pending": {SERVER: {TOOL: {"sha256": ..., "definition": {...}, "seen_at": ...}}}}

``pending`` holds definitions that differ from their pin, seen by a scan or refused by the
gateway; ``mcpfort pin approve`` moves them into ``tools``.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
import time
from typing import Any

import orjson

from mcpfort.errors import UsageError

__all__ = ["PINNED_FIELDS", "canonical", "tool_digest", "entry_digest", "PinStore", "default_path", "diff"]

PINNED_FIELDS = ("name", "title", "description", "inputSchema", "outputSchema", "annotations", "icons")
_ENTRY_FIELDS = ("type", "transport", "command", "args", "url", "serverUrl", "httpUrl", "cwd")


def canonical(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the same definition always hashes the same."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    except TypeError:  # keys of mixed types cannot be sorted: a YAML file's `on:` is the boolean True
        return json.dumps(_string_keys(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _string_keys(value: Any) -> Any:
    """Keys as JSON writes them (True -> "true"), so they sort; JSON from the wire already is this."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else json.dumps(k) if k is None or isinstance(k, (bool, int, float)) else str(k):
                _string_keys(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_string_keys(v) for v in value]
    return value


def pinned_part(tool: dict[str, Any]) -> dict[str, Any]:
    return {k: tool[k] for k in PINNED_FIELDS if k in tool}


def tool_digest(tool: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(pinned_part(tool))).hexdigest()


def entry_identity(entry: dict[str, Any]) -> dict[str, Any]:
    """What is pinned of a config entry: how it starts and where it connects; env/header names only."""
    out = {k: entry[k] for k in _ENTRY_FIELDS if k in entry}
    for key in ("env", "headers", "http_headers", "environment"):
        if isinstance(entry.get(key), dict):
            out[key] = sorted(entry[key])
    return out


def entry_digest(entry: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(entry_identity(entry))).hexdigest()


def default_path() -> str:
    if os.environ.get("MCPFORT_PINS"):
        return os.environ["MCPFORT_PINS"]
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "mcpfort", "pins.json")


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None, limit: int = 60) -> str:
    """A unified diff of two definitions' canonical, indented JSON."""
    def lines(v: Any) -> list[str]:
        return json.dumps(v, sort_keys=True, indent=2, ensure_ascii=False).splitlines() if v is not None else []
    out = list(difflib.unified_diff(lines(old), lines(new), "pinned", "current", lineterm="", n=1))
    return "\n".join(out[:limit] + (["…"] if len(out) > limit else []))


class PinStore:
    """The pin file: load, compare, record, approve, save atomically."""

    def __init__(self, path: str, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data = data or {"version": 1, "tools": {}, "configs": {}, "pending": {}}
        for key in ("tools", "configs", "pending"):
            self.data.setdefault(key, {})

    @classmethod
    def load(cls, path: str | None = None, *, must_exist: bool = False) -> PinStore:
        path = path or default_path()
        try:
            with open(path, "rb") as fh:
                data = orjson.loads(fh.read())
        except FileNotFoundError:
            if must_exist:
                raise UsageError(f"no pin store at {path}: run `mcpfort scan --pin` first") from None
            return cls(path)
        except (OSError, orjson.JSONDecodeError) as exc:
            raise UsageError(f"cannot read the pin store {path}: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != 1:
            raise UsageError(f"{path} is not an mcpfort pin store (version 1)")
        return cls(path, data)

    def exists(self) -> bool:
        return os.path.exists(self.path)

    # -- tools -------------------------------------------------------------------------------
    def tool_pins(self, server: str) -> dict[str, str]:
        return {name: pin["sha256"] for name, pin in self.data["tools"].get(server, {}).items()}

    def pending(self, server: str) -> dict[str, dict[str, Any]]:
        return dict(self.data["pending"].get(server, {}))

    def check_tool(self, server: str, tool: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """``new``, ``unchanged`` or ``changed``, and the pinned definition when there is one."""
        pin = self.data["tools"].get(server, {}).get(str(tool.get("name")))
        if pin is None:
            return "new", None
        return ("unchanged" if pin["sha256"] == tool_digest(tool) else "changed"), pin.get("definition")

    def pin_tool(self, server: str, tool: dict[str, Any], now: float | None = None) -> None:
        name = str(tool.get("name"))
        self.data["tools"].setdefault(server, {})[name] = {
            "sha256": tool_digest(tool), "definition": pinned_part(tool), "pinned_at": now or time.time()}
        self.data["pending"].get(server, {}).pop(name, None)

    def record_pending(self, server: str, tool: dict[str, Any], now: float | None = None) -> None:
        self.data["pending"].setdefault(server, {})[str(tool.get("name"))] = {
            "sha256": tool_digest(tool), "definition": pinned_part(tool), "seen_at": now or time.time()}

    def approve(self, server: str | None = None, tool: str | None = None, now: float | None = None) -> list[str]:
        """Move pending definitions into the pins; returns ``server/tool`` for each approved one."""
        done = []
        for s in list(self.data["pending"]):
            if server and s != server:
                continue
            for name in list(self.data["pending"][s]):
                if tool and name != tool:
                    continue
                entry = self.data["pending"][s].pop(name)
                self.data["tools"].setdefault(s, {})[name] = {"sha256": entry["sha256"],
                                                              "definition": entry["definition"],
                                                              "pinned_at": now or time.time()}
                done.append(f"{s}/{name}")
            if not self.data["pending"][s]:
                del self.data["pending"][s]
        return done

    def approve_configs(self, name: str | None = None, now: float | None = None) -> list[str]:
        """Pin the config entries a scan found changed (all, or those of server ``name``)."""
        done = []
        pending = self.data.get("pending_configs", {})
        for key in list(pending):
            if name and not key.endswith(f"/{name}"):
                continue
            self.pin_entry(key, pending.pop(key)["raw"], now)
            done.append(key)
        return done

    # -- config entries --------------------------------------------------------------------------
    def check_entry(self, key: str, entry: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        pin = self.data["configs"].get(key)
        if pin is None:
            return "new", None
        return ("unchanged" if pin["sha256"] == entry_digest(entry) else "changed"), pin.get("entry")

    def pin_entry(self, key: str, entry: dict[str, Any], now: float | None = None) -> None:
        self.data["configs"][key] = {"sha256": entry_digest(entry), "entry": entry_identity(entry),
                                     "pinned_at": now or time.time()}

    def save(self) -> None:
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".pins-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps(self.data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def gateway_guard(server: str, path: str | None = None) -> Any:
    """The pins guard for ``mcpfort run``, or None when no pin exists for this server (the default)."""
    store_path = path or default_path()
    if not os.path.exists(store_path):
        return None
    store = PinStore.load(store_path)
    pinned = store.tool_pins(server)
    if not pinned:
        return None
    from mcpfort.guards.pins import Pins

    def record(tool: dict[str, Any]) -> None:
        # Reload first: a scan or an approval may have written the store since the gateway started.
        fresh = PinStore.load(store_path)
        fresh.record_pending(server, tool)
        fresh.save()

    return Pins(server, pinned, tool_digest, pending=store.pending(server), on_change=record)
