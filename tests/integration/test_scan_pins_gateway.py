"""The pins guard in the real gateway: a pinned tool whose definition differs is hidden and refused
until `mcpfort pin approve`, then it works again."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from mcp import MCPError

from tests.conftest import MCPFORT, base_env
from tests.integration.helpers import connect, gateway, write_policy
from tests.integration.test_everything_gateway import POLICY

pytestmark = pytest.mark.integration


async def test_rug_pulled_tool_is_refused_until_approved(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    policy = write_policy(tmp_path, POLICY)
    pins = tmp_path / "xdg-data" / "mcpfort" / "pins.json"
    pins.parent.mkdir(parents=True)
    # What the user approved earlier: an echo tool with another definition than the one served now.
    old = {"name": "echo", "description": "Echoes back the input (approved version)"}
    pins.write_text(json.dumps({"version": 1, "configs": {}, "pending": {}, "tools": {"everything": {
        "echo": {"sha256": "0" * 64, "definition": old, "pinned_at": 0}}}}))

    async with connect(gateway(tmp_path, policy), "legacy") as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert "echo" not in tools and "get-sum" in tools  # unpinned tools: the policy decides
        with pytest.raises(MCPError) as refused:
            await client.call_tool("echo", {"message": "hi"})
        assert refused.value.data["code"] == "tool-definition-changed"
        assert "mcpfort pin approve everything echo" in str(refused.value)
        assert "3" in (await client.call_tool("get-sum", {"a": 1, "b": 2})).content[0].text

    store = json.loads(pins.read_text())
    assert store["pending"]["everything"]["echo"]["definition"]["name"] == "echo"
    env = base_env(tmp_path)
    shown = subprocess.run([MCPFORT, "pin", "show", "everything", "echo"], env=env, capture_output=True, text=True)
    assert "approved version" in shown.stdout
    approved = subprocess.run([MCPFORT, "pin", "approve", "everything", "echo"], env=env, capture_output=True, text=True)
    assert approved.returncode == 0, approved.stderr

    async with connect(gateway(tmp_path, policy), "2026-07-28") as client:
        assert "echo" in {t.name for t in (await client.list_tools()).tools}
        assert (await client.call_tool("echo", {"message": "hi"})).content[0].text == "Echo: hi"
