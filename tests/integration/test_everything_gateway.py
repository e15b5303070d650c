"""The real @modelcontextprotocol/server-everything behind `mcpfort run`: the whole protocol passes.

Sampling, elicitation and roots are server-to-client requests; progress and logging are
notifications; resources and prompts are decided per URI pattern and per name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import MCPError
from mcp.types import CreateMessageResult, ElicitResult, ListRootsResult, Root, TextContent

from tests.integration.helpers import connect, gateway, write_policy

pytestmark = pytest.mark.integration

POLICY = """\
version: 1
context: dev
capabilities:
  demo: {{description: the everything server's harmless tools}}
  docs:read: {{description: read the static documents}}
  interact: {{description: tools that ask the user or the model}}
contexts:
  dev: [demo, docs:read, interact]
  locked: [demo]
servers:
  everything:
    command: [node, "{everything}"]
    tools:
      echo: {{requires: [demo]}}
      get-sum: {{requires: [demo]}}
      trigger-long-running-operation: {{requires: [demo]}}
      trigger-sampling-request: {{requires: [interact]}}
      trigger-elicitation-request: {{requires: [interact]}}
      get-roots-list: {{requires: [interact]}}
    resources:
      "demo://resource/static/document/*.md": {{requires: [docs:read]}}
      "demo://resource/dynamic/text/*": {{requires: [docs:read]}}
    prompts:
      simple-prompt: {{requires: [demo]}}
"""


async def sample(context, params):  # noqa: ANN001
    return CreateMessageResult(role="assistant", content=TextContent(type="text", text="sampled through mcpfort"),
                               model="test-model")


async def elicit(context, params):  # noqa: ANN001
    return ElicitResult(action="accept", content={"name": "Ada"})


async def roots(context):  # noqa: ANN001
    return ListRootsResult(roots=[Root(uri="file:///workspace", name="workspace")])


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return write_policy(tmp_path, POLICY)


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_tools_resources_prompts_pass_and_are_filtered(tmp_path: Path, policy: Path, mode: str) -> None:
    async with connect(gateway(tmp_path, policy), mode) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert tools == {"echo", "get-sum", "trigger-long-running-operation"}  # interact tools need client caps
        assert (await client.call_tool("echo", {"message": "hi"})).content[0].text == "Echo: hi"
        assert "3" in (await client.call_tool("get-sum", {"a": 1, "b": 2})).content[0].text
        resources = (await client.list_resources()).resources
        assert resources and all(str(r.uri).startswith("demo://resource/static/document/") for r in resources)
        doc = await client.read_resource(str(resources[0].uri))
        assert doc.contents
        templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
        assert templates == {"demo://resource/dynamic/text/{resourceId}"}
        assert {p.name for p in (await client.list_prompts()).prompts} == {"simple-prompt"}
        assert (await client.get_prompt("simple-prompt")).messages
        for call in (lambda: client.get_prompt("args-prompt", {"city": "x", "state": "y"}),
                     lambda: client.read_resource("demo://resource/dynamic/blob/1"),
                     lambda: client.read_resource("demo://resource/static/document/%2e%2e/secret.md"),
                     lambda: client.call_tool("get-env", {})):
            with pytest.raises(MCPError) as caught:
                await call()
            assert caught.value.data["traceId"]


async def test_server_to_client_requests_and_progress_pass_through(tmp_path: Path, policy: Path) -> None:
    progress: list[float] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append(value)

    async with connect(gateway(tmp_path, policy), "legacy", sampling_callback=sample, elicitation_callback=elicit,
                       list_roots_callback=roots) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert {"trigger-sampling-request", "trigger-elicitation-request", "get-roots-list"} <= tools
        sampled = await client.call_tool("trigger-sampling-request", {"prompt": "hello", "maxTokens": 5})
        assert "sampled through mcpfort" in str(sampled.content)
        elicited = await client.call_tool("trigger-elicitation-request", {})
        assert "Ada" in str(elicited.content)
        listed = await client.call_tool("get-roots-list", {})
        assert "file:///workspace" in str(listed.content)
        done = await client.session.call_tool("trigger-long-running-operation", {"duration": 0.3, "steps": 3},
                                              progress_callback=on_progress)
        assert not done.is_error
    assert progress == [1, 2, 3]


async def test_locked_context_hides_and_refuses(tmp_path: Path, policy: Path) -> None:
    async with connect(gateway(tmp_path, policy, "--context", "locked"), "legacy", sampling_callback=sample) as client:
        assert (await client.list_resources()).resources == []
        with pytest.raises(MCPError) as caught:
            await client.call_tool("trigger-sampling-request", {"prompt": "x"})
        assert caught.value.data["code"] == "missing-capability"
        assert caught.value.data["required"] == ["interact"]
