"""Where MCP clients keep their server lists, per OS, and how to read each format.

``discover(home, os_name)`` returns the config files that exist; ``read_config(path)`` returns
every server entry in one of them, normalised (command, args, env, url, headers) and with its
place in the file (the key path and line), so checks can point at it and ``wrap`` can edit it.
The table follows the union of mcp-scan 0.4.2 and snyk-agent-scan 0.6.9 (research/scanner.md).
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field
from typing import Any

import yaml

from mcpfort.errors import UsageError
from mcpfort.scan.jsonc import JSONCError, Node, line_of, parse

__all__ = ["CLIENTS", "ConfigFile", "ServerEntry", "discover", "read_config", "current_os", "client_for_path"]

# client id -> (label, [(os or "*", path relative to home, or "/abs", or "$VAR/...")])
_USER_DATA = {"macos": "Library/Application Support", "linux": ".config", "windows": "AppData/Roaming"}


def _vscode_family(app: str) -> list[tuple[str, str]]:
    return [(os_, f"{base}/{app}/User/{name}") for os_, base in _USER_DATA.items() for name in ("mcp.json", "settings.json")]


CLIENTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "claude-desktop": ("Claude Desktop", [(os_, f"{base}/Claude/claude_desktop_config.json")
                                           for os_, base in _USER_DATA.items()]),
    "claude-code": ("Claude Code", [("*", ".claude.json"), ("*", "@project/.mcp.json"),
                                    ("macos", "/Library/Application Support/ClaudeCode/managed-mcp.json"),
                                    ("linux", "/etc/claude-code/managed-mcp.json"),
                                    ("windows", "$ProgramFiles/ClaudeCode/managed-mcp.json")]),
    "cursor": ("Cursor", [("*", ".cursor/mcp.json"), ("*", "@project/.cursor/mcp.json")]),
    "windsurf": ("Windsurf", [("*", ".codeium/windsurf/mcp_config.json"), ("*", "@project/.windsurf/mcp.json")]),
    "vscode": ("VS Code", _vscode_family("Code") + [("*", ".vscode/mcp.json"), ("*", "@project/.vscode/mcp.json"),
                                                    ("*", "@project/.devcontainer/devcontainer.json")]),
    "vscode-insiders": ("VS Code Insiders", _vscode_family("Code - Insiders")),
    "copilot-cli": ("GitHub Copilot CLI", [("*", ".copilot/mcp-config.json"), ("*", "@project/.github/mcp.json")]),
    "gemini-cli": ("Gemini CLI", [("*", ".gemini/settings.json"), ("*", "@project/.gemini/settings.json")]),
    "antigravity": ("Antigravity", [("*", ".gemini/antigravity/mcp_config.json"), ("*", ".gemini/config/mcp_config.json"),
                                    ("*", "@project/.agents/mcp_config.json")]),
    "kiro": ("Kiro", [("*", ".kiro/settings/mcp.json"), ("*", "@project/.kiro/settings/mcp.json")]),
    "codex": ("Codex CLI", [("*", "$CODEX_HOME/config.toml"), ("*", ".codex/config.toml"), ("*", "/etc/codex/config.toml")]),
    "opencode": ("opencode", [("*", "$OPENCODE_CONFIG"), ("*", ".config/opencode/opencode.json"),
                              ("*", ".config/opencode/opencode.jsonc"), ("*", "@project/opencode.json")]),
    "continue": ("Continue", [("*", ".continue/config.yaml"), ("*", ".continue/config.json")]),
}


def current_os() -> str:
    return {"darwin": "macos", "win32": "windows"}.get(sys.platform, "linux")


@dataclass(slots=True)
class ServerEntry:
    """One server as a client config names it, normalised across formats."""

    name: str
    client: str
    path: str
    raw: dict[str, Any]
    key_path: tuple[str, ...]
    line: int | None = None
    command: str | None = None
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    transport: str = "stdio"
    disabled: bool = False

    @property
    def key(self) -> str:
        """Identity of the entry for pins: client, file and where in the file."""
        return f"{self.client}:{self.path}#{'/'.join(self.key_path)}"

    @property
    def argv(self) -> list[str]:
        return [self.command, *self.args] if self.command else []


@dataclass(slots=True)
class ConfigFile:
    client: str
    path: str
    format: str  # json, toml, yaml
    text: str = ""
    servers: list[ServerEntry] = field(default_factory=list)
    error: str | None = None


def _expand(template: str, home: str, project: str | None, env: dict[str, str], system_root: str | None) -> str | None:
    if template.startswith("@project/"):
        return os.path.join(project, template[len("@project/"):]) if project else None
    if template.startswith("$"):
        var, _, rest = template[1:].partition("/")
        value = env.get(var)
        if not value:
            return None
        return os.path.join(value, rest) if rest else value
    if template.startswith("/"):
        return os.path.join(system_root, template.lstrip("/")) if system_root else None
    return os.path.join(home, template)


def discover(home: str, os_name: str | None = None, *, project: str | None = None, env: dict[str, str] | None = None,
             system_root: str | None = "/") -> list[tuple[str, str]]:
    """``(client, path)`` for every known config file that exists for this home, OS and project."""
    os_name = os_name or current_os()
    env = dict(os.environ if env is None else env)
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for client, (_, places) in CLIENTS.items():
        for os_, template in places:
            if os_ not in ("*", os_name):
                continue
            path = _expand(template, home, project, env, system_root)
            if not path:
                continue
            real = os.path.realpath(path)
            if real in seen or not os.path.isfile(path):
                continue
            seen.add(real)
            found.append((client, path))
    return found


def client_for_path(path: str) -> str:
    """Best guess of the client owning a config file named on the command line."""
    norm = path.replace("\\", "/")
    for needle, client in (("claude_desktop_config", "claude-desktop"), (".claude.json", "claude-code"),
                           ("/.mcp.json", "claude-code"), ("managed-mcp.json", "claude-code"),
                           (".cursor/", "cursor"), ("windsurf", "windsurf"), ("Code - Insiders/", "vscode-insiders"),
                           ("Code/User/", "vscode"), (".vscode/", "vscode"), ("devcontainer", "vscode"),
                           (".copilot/", "copilot-cli"), (".github/mcp.json", "copilot-cli"),
                           ("antigravity", "antigravity"), (".agents/", "antigravity"), (".gemini/", "gemini-cli"),
                           (".kiro/", "kiro"), ("config.toml", "codex"), ("opencode", "opencode"),
                           (".continue/", "continue")):
        if needle in norm or norm.endswith(needle.rstrip("/")):
            return client
    return "unknown"


def _normalise(name: str, raw: Any, client: str, path: str, key_path: tuple[str, ...], line: int | None) -> ServerEntry | None:
    if not isinstance(raw, dict):
        return None
    entry = ServerEntry(name=name, client=client, path=path, raw=raw, key_path=key_path, line=line)
    command = raw.get("command")
    args = raw.get("args") or []
    if isinstance(command, list):  # opencode: command is the whole argv
        command, args = (str(command[0]) if command else None), [str(a) for a in command[1:]] + list(args)
    entry.command = str(command) if command else None
    entry.args = [str(a) for a in args] if isinstance(args, list) else []
    env = raw.get("env") if isinstance(raw.get("env"), dict) else raw.get("environment")
    entry.env = {str(k): str(v) for k, v in env.items()} if isinstance(env, dict) else {}
    url = raw.get("url") or raw.get("serverUrl") or raw.get("httpUrl")
    entry.url = str(url) if url else None
    headers = raw.get("headers") if isinstance(raw.get("headers"), dict) else raw.get("http_headers")
    entry.headers = {str(k): str(v) for k, v in headers.items()} if isinstance(headers, dict) else {}
    kind = str(raw.get("type") or raw.get("transport") or "")
    if entry.url and not entry.command:
        entry.transport = "sse" if "sse" in kind.lower() else "http"
    entry.disabled = bool(raw.get("disabled")) or raw.get("enabled") is False
    return entry


def _json_servers(root: Node, text: str, client: str, path: str) -> list[ServerEntry]:
    out: list[ServerEntry] = []

    def take(node: Node | None, prefix: tuple[str, ...]) -> None:
        if node is None or not isinstance(node.value, dict):
            return
        for name, child in node.members.items():
            entry = _normalise(name, child.value, client, path, prefix + (name,), line_of(text, child.start))
            if entry is not None:
                out.append(entry)

    for key in ("mcpServers", "servers", "mcp_servers"):
        take(root.get(key), (key,))
    take(root.get("mcp", "servers"), ("mcp", "servers"))
    if client == "opencode" or (root.get("mcp") is not None and root.get("mcp", "servers") is None):
        take(root.get("mcp"), ("mcp",))
    projects = root.get("projects")
    if projects is not None and isinstance(projects.value, dict):
        for project, node in projects.members.items():
            take(node.get("mcpServers"), ("projects", project, "mcpServers"))
    custom = root.get("customizations", "vscode", "mcp", "servers")  # devcontainer.json
    take(custom, ("customizations", "vscode", "mcp", "servers"))
    return out


def _toml_line(text: str, name: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        stripped = line.strip().replace('"', "").replace("'", "")
        if stripped == f"[mcp_servers.{name}]":
            return i
    return None


def read_config(path: str, client: str | None = None) -> ConfigFile:
    """Every server entry of one config file; a file that cannot be parsed has ``error`` set."""
    client = client or client_for_path(path)
    fmt = "toml" if path.endswith(".toml") else "yaml" if path.endswith((".yaml", ".yml")) else "json"
    config = ConfigFile(client=client, path=path, format=fmt)
    try:
        with open(path, encoding="utf-8") as fh:
            config.text = fh.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        config.error = f"cannot read: {exc}"
        return config
    try:
        if fmt == "toml":
            data = tomllib.loads(config.text)
            for name, raw in (data.get("mcp_servers") or {}).items():
                entry = _normalise(name, raw, client, path, ("mcp_servers", name), _toml_line(config.text, name))
                if entry:
                    config.servers.append(entry)
        elif fmt == "yaml":
            data = yaml.safe_load(config.text) or {}
            servers = data.get("mcpServers") if isinstance(data, dict) else None
            items = servers.items() if isinstance(servers, dict) else (
                (str(s.get("name", i)), s) for i, s in enumerate(servers or []) if isinstance(s, dict))
            for name, raw in items:
                entry = _normalise(name, raw, client, path, ("mcpServers", name), None)
                if entry:
                    config.servers.append(entry)
        else:
            if not config.text.strip():
                return config
            config.servers = _json_servers(parse(config.text), config.text, client, path)
    except (JSONCError, tomllib.TOMLDecodeError, yaml.YAMLError, ValueError, AttributeError) as exc:
        config.error = f"cannot parse: {exc}"
    return config
