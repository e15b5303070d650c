"""wrap/unwrap: byte-for-byte round trips, dry runs, and the generated least-privilege policy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mcpfort.cli import main
from mcpfort.policy.engine import Request, decide
from mcpfort.policy.loader import load_policy
from mcpfort.scan import clients
from mcpfort.scan.checks import is_wrapped
from mcpfort.scan.pins import PinStore

HOMES = Path(__file__).resolve().parents[1] / "data" / "scan" / "homes"

CASES = [
    ("claude-desktop", ".config/Claude/claude_desktop_config.json", {"filesystem", "github", "fetch"}),
    ("vscode", ".config/Code/User/settings.json", {"postgres"}),
    ("codex", ".codex/config.toml", {"git", "time"}),
    ("opencode", ".config/opencode/opencode.json", {"sqlite"}),
    ("cursor", ".cursor/mcp.json", {"linear"}),  # its "time" entry is already wrapped
    ("claude-code", ".claude.json", {"inspector"}),  # nested under projects.<path>.mcpServers
    ("gemini-cli", ".gemini/settings.json", set()),  # only a remote server: nothing to wrap
]


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(HOMES / "linux", tmp_path / "home")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("MCPFORT_PINS", str(tmp_path / "pins.json"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "home"


def wrap_args(home: Path, client: str, *extra: str) -> list[str]:
    return [client, "--home", str(home), "--os", "linux", "--project", str(home.parent), *extra]


@pytest.mark.parametrize(("client", "path", "names"), CASES)
def test_wrap_then_unwrap_round_trips_byte_for_byte(home: Path, client: str, path: str, names: set[str]) -> None:
    config = home / path
    before = config.read_bytes()
    assert main(["wrap", *wrap_args(home, client)]) == 0
    wrapped = clients.read_config(str(config), client)
    assert wrapped.error is None
    assert {e.name for e in wrapped.servers if is_wrapped(e)} >= names
    original = {e.name: e.argv for e in _parse_bytes(before, config, client).servers}
    for entry in wrapped.servers:
        if entry.name in names:
            assert entry.argv[entry.argv.index("--") + 1:] == original[entry.name]
    assert Path(str(config) + ".mcpfort-backup").read_bytes() == before if names else config.read_bytes() == before
    assert main(["unwrap", *wrap_args(home, client)]) == 0
    assert config.read_bytes() == before


def _parse_bytes(data: bytes, like: Path, client: str) -> clients.ConfigFile:
    copy = like.parent / ("orig-" + like.name)
    copy.write_bytes(data)
    try:
        return clients.read_config(str(copy), client)
    finally:
        copy.unlink()


def test_dry_run_changes_nothing_and_shows_the_diff(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = home / ".config/Claude/claude_desktop_config.json"
    before = config.read_bytes()
    assert main(["wrap", *wrap_args(home, "claude-desktop", "--dry-run")]) == 0
    out = capsys.readouterr().out
    assert config.read_bytes() == before and not Path(str(config) + ".mcpfort-backup").exists()
    assert '-      "command": "npx",' in out and "mcpfort" in out and "# policy that would be written" in out


def test_comments_survive_in_jsonc(home: Path) -> None:
    config = home / ".config/Code/User/settings.json"
    main(["wrap", *wrap_args(home, "vscode")])
    text = config.read_text()
    assert "// editor settings" in text and "/* MCP servers configured in settings */" in text


def test_unwrap_after_later_edits_keeps_them(home: Path) -> None:
    config = home / ".cursor/mcp.json"
    main(["wrap", *wrap_args(home, "cursor")])
    data = json.loads(config.read_text())
    data["mcpServers"]["added-later"] = {"command": "uvx", "args": ["x==1"]}
    config.write_text(json.dumps(data, indent=2))
    assert main(["unwrap", *wrap_args(home, "cursor")]) == 0
    after = json.loads(config.read_text())
    assert after["mcpServers"]["linear"] == {"command": "npx", "args": ["-y", "mcp-remote@0.1.10", "https://mcp.linear.app/sse"]}
    assert "added-later" in after["mcpServers"]
    assert after["mcpServers"]["time"]["command"] == "mcpfort"  # wrapped by hand, not by wrap: left alone


def test_wrapping_twice_keeps_the_first_backup(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = home / ".codex/config.toml"
    before = config.read_bytes()
    main(["wrap", *wrap_args(home, "codex")])
    main(["wrap", *wrap_args(home, "codex")])
    assert "nothing to wrap" in capsys.readouterr().err
    assert Path(str(config) + ".mcpfort-backup").read_bytes() == before


TOOLS = [
    {"name": "read_text_file", "description": "Read a file.", "annotations": {"readOnlyHint": True},
     "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}}},
    {"name": "list_directory", "description": "List a folder.", "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}}},
    {"name": "write_file", "description": "Write a file.", "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}},
    {"name": "delete_file", "description": "Delete.", "annotations": {"destructiveHint": True}, "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}}},
    {"name": "frobnicate", "description": "Does something.", "inputSchema": {"type": "object", "properties": {}}},
]


def test_starter_policy_is_least_privilege(home: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    config = tmp_path / "claude.json"
    config.write_text(json.dumps({"mcpServers": {"fs": {"command": "npx", "args": [
        "-y", "@modelcontextprotocol/server-filesystem@2026.8.31", str(project)], "env": {"LANG": "C"}}}}))
    store = PinStore.load()
    for tool in TOOLS:
        store.pin_tool("fs", tool)
    store.save()
    assert main(["wrap", "claude-desktop", "--config", str(config), "--policy-dir", str(tmp_path / "pol")]) == 0
    policy_file = next((tmp_path / "pol").glob("*.yaml"))
    policy = load_policy(str(policy_file))
    server = policy.servers["fs"]
    assert set(server.tools) == {"read_text_file", "list_directory", "write_file", "delete_file"}  # frobnicate denied
    assert server.sandbox.env_pass == ("LANG",) and str(project) in server.sandbox.read

    def effect(tool: str, path: str) -> str:
        return decide(policy, Request(policy.context, "fs", "tool", tool, {"path": path}, str(tmp_path), str(home))).effect

    assert effect("read_text_file", str(project / "a.txt")) == "allow"
    assert effect("read_text_file", str(project / ".env")) == "deny"
    assert effect("read_text_file", "/etc/passwd") == "deny"
    assert effect("write_file", str(project / "a.txt")) == "confirm"
    assert effect("delete_file", str(project / "a.txt")) == "confirm"
    assert effect("frobnicate", str(project)) == "deny"
    assert "NOTE fs: denied (could not tell whether they only read): frobnicate" in policy_file.read_text()


def test_remote_and_wrapped_entries_are_skipped(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["wrap", *wrap_args(home, "claude-code")])
    err = capsys.readouterr().err
    assert "skipping docs: a remote server" in err
