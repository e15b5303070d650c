"""`mcpfort wrap --connect` end to end: the wrapped config entry, started as a client would, enforces the
generated least-privilege policy on the real filesystem server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mcp import MCPError, StdioServerParameters
from mcp.types import ElicitResult

from mcpfort.cli import main
from mcpfort.scan import clients
from tests.conftest import FS_SERVER, base_env
from tests.integration.helpers import connect

pytestmark = pytest.mark.integration


async def test_wrapped_filesystem_server_is_least_privilege(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = base_env(tmp_path)
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(key, env[key])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MCPFORT_PINS", str(tmp_path / "pins.json"))
    (tmp_path / "home").mkdir()
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text("hello")
    (root / ".env").write_text("TOKEN=x")
    cfg = tmp_path / "claude_desktop_config.json"
    cfg.write_text(json.dumps({"mcpServers": {"fs": {"command": "node", "args": [str(FS_SERVER), str(root)]}}}, indent=2))

    assert main(["wrap", "claude-desktop", "--config", str(cfg), "--connect", "--timeout", "60"]) == 0
    entry = clients.read_config(str(cfg)).servers[0]
    assert entry.args[:2] == ["run", "--policy"] and entry.args[-2:] == [str(FS_SERVER), str(root)]
    policy = Path(entry.args[2]).read_text()
    assert "read_text_file" in policy and "confirm: true" in policy

    asked: list[str] = []

    async def approve(context, params):  # noqa: ANN001
        asked.append(params.message)
        return ElicitResult(action="accept", content={"approve": True})

    params = StdioServerParameters(command=entry.command, args=entry.args, env={**env, **entry.env}, cwd=str(tmp_path))
    async with connect(params, "legacy", elicitation_callback=approve) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert {"read_text_file", "write_file", "list_directory"} <= tools
        assert (await client.call_tool("read_text_file", {"path": str(root / "a.txt")})).content[0].text == "hello"
        for path in (str(root / ".env"), "/etc/passwd"):
            with pytest.raises(MCPError):
                await client.call_tool("read_text_file", {"path": path})
        result = await client.call_tool("write_file", {"path": str(root / "b.txt"), "content": "new"})
        assert not result.is_error and asked  # the write was confirmed first
    assert (root / "b.txt").read_text() == "new"

    assert main(["unwrap", "claude-desktop", "--config", str(cfg)]) == 0
    assert json.loads(cfg.read_text())["mcpServers"]["fs"] == {"command": "node", "args": [str(FS_SERVER), str(root)]}
