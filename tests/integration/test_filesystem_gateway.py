"""The real @modelcontextprotocol/server-filesystem behind `mcpfort run`, driven by the official SDK client.

Every test runs for a 2025-11-25 client and a 2026-07-28 client: the npm server speaks only the
handshake era, so the modern runs also cover the gateway's era bridge.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import MCPError
from mcp.types import ElicitResult

from tests.integration.helpers import connect, gateway, write_policy, write_project

pytestmark = pytest.mark.integration
MODES = ["legacy", "2026-07-28"]
GRANTED = {"read_text_file", "read_multiple_files", "list_directory", "write_file", "list_allowed_directories"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path)


@pytest.mark.parametrize("mode", MODES)
async def test_tools_list_shows_only_what_the_context_grants(tmp_path: Path, project: Path, mode: str) -> None:
    policy = write_policy(tmp_path)
    async with connect(gateway(tmp_path, policy), mode) as client:
        assert {t.name for t in (await client.list_tools()).tools} == GRANTED
    async with connect(gateway(tmp_path, policy, "--context", "production"), mode) as client:
        assert {t.name for t in (await client.list_tools()).tools} == GRANTED - {"write_file"}


@pytest.mark.parametrize("mode", MODES)
async def test_allowed_read_reaches_the_server(tmp_path: Path, project: Path, mode: str) -> None:
    async with connect(gateway(tmp_path, write_policy(tmp_path)), mode) as client:
        result = await client.call_tool("read_text_file", {"path": str(project / "src" / "main.py")})
        assert not result.is_error
        assert result.content[0].text == "print('hello')\n"
        both = await client.call_tool("read_multiple_files", {"paths": [str(project / "src" / "main.py")]})
        assert "print('hello')" in both.content[0].text


DENIED_CALLS = [
    ("read_text_file", {"path": "{project}/src/.env"}, "path-excluded"),
    ("read_text_file", {"path": "{project}/src/deep/.env"}, "path-excluded"),
    ("read_text_file", {"path": "{project}/src/../../outside.txt"}, "path-outside-allowed"),
    ("read_text_file", {"path": "{project}/src/escape"}, "path-outside-allowed"),  # symlink out (CVE-2025-53109 shape)
    ("read_text_file", {"path": "{project}/src_evil/x"}, "path-outside-allowed"),  # prefix (CVE-2025-53110 shape)
    ("read_text_file", {"path": "/etc/passwd"}, "path-outside-allowed"),
    ("read_text_file", {"path": "~/.ssh/id_rsa"}, "path-outside-allowed"),
    ("read_multiple_files", {"paths": ["{project}/src/main.py", "{project}/src/.env"]}, "path-excluded"),
    ("directory_tree", {"path": "{project}"}, "tool-not-in-policy"),
    ("move_file", {"source": "{project}/src/main.py", "destination": "/tmp/x"}, "tool-not-in-policy"),
]


@pytest.mark.parametrize("mode", MODES)
async def test_refusals_say_what_is_missing(tmp_path: Path, project: Path, mode: str) -> None:
    async with connect(gateway(tmp_path, write_policy(tmp_path)), mode) as client:
        for tool, args, code in DENIED_CALLS:
            args = {k: ([x.format(project=project) for x in v] if isinstance(v, list) else v.format(project=project))
                    for k, v in args.items()}
            with pytest.raises(MCPError) as caught:
                await client.call_tool(tool, args)
            err = caught.value
            assert err.code == -32001, (tool, args)
            assert err.data["code"] == code, (tool, args, err.data)
            assert set(err.data) >= {"required", "available", "reason", "traceId"}
            assert len(err.data["traceId"]) == 32
            assert "mcpfort denied" in err.message
        assert (tmp_path / "outside.txt").read_text() == "not yours\n"


async def test_missing_capability_names_it_and_the_context(tmp_path: Path, project: Path) -> None:
    async with connect(gateway(tmp_path, write_policy(tmp_path), "--context", "production")) as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool("write_file", {"path": str(project / "output" / "a.txt"), "content": "x"})
    data = caught.value.data
    assert data["code"] == "missing-capability"
    assert data["required"] == ["files:write"] and data["available"] == ["files:read"]
    assert "files:write" in caught.value.message and "production" in caught.value.message
    assert not (project / "output" / "a.txt").exists()


class Answer:
    """An elicitation callback that records what the user was shown and answers as told."""

    def __init__(self, action: str, approve: bool = True) -> None:
        self.action, self.approve, self.asked = action, approve, []

    async def __call__(self, context, params):  # noqa: ANN001 - the SDK's callback signature
        self.asked.append(params.message)
        content = {"approve": self.approve} if self.action == "accept" else None
        return ElicitResult(action=self.action, content=content)


@pytest.mark.parametrize("mode", MODES)
async def test_confirmed_write_runs_after_the_user_accepts(tmp_path: Path, project: Path, mode: str) -> None:
    answer = Answer("accept")
    target = project / "output" / "note.txt"
    async with connect(gateway(tmp_path, write_policy(tmp_path)), mode, elicitation_callback=answer) as client:
        result = await client.call_tool("write_file", {"path": str(target), "content": "written through mcpfort"})
    assert not result.is_error, result
    assert target.read_text() == "written through mcpfort"
    assert len(answer.asked) == 1
    assert str(target) in answer.asked[0] and "written through mcpfort" in answer.asked[0]  # the exact arguments


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action,approve", [("decline", False), ("cancel", False), ("accept", False)])
async def test_declined_or_unticked_confirmation_refuses(tmp_path: Path, project: Path, mode: str, action: str,
                                                          approve: bool) -> None:
    target = project / "output" / "no.txt"
    async with connect(gateway(tmp_path, write_policy(tmp_path)), mode,
                       elicitation_callback=Answer(action, approve)) as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool("write_file", {"path": str(target), "content": "x"})
    assert caught.value.data["code"] == "confirmation-declined"
    assert not target.exists()


@pytest.mark.parametrize("mode,rpc_code", [("legacy", -32001), ("2026-07-28", -32021)])
async def test_client_without_elicitation_is_told_why(tmp_path: Path, project: Path, mode: str, rpc_code: int) -> None:
    async with connect(gateway(tmp_path, write_policy(tmp_path)), mode) as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool("write_file", {"path": str(project / "output" / "x"), "content": "x"})
    assert caught.value.code == rpc_code
    assert caught.value.data["code"] == "confirmation-unsupported"
    assert "elicitation" in caught.value.message


async def test_modern_request_state_is_sealed_single_use_and_bound_to_the_arguments(tmp_path: Path, project: Path) -> None:
    target = project / "output" / "sealed.txt"
    args = {"path": str(target), "content": "once"}
    accept = {"mcpfort_confirm": ElicitResult(action="accept", content={"approve": True})}
    async with connect(gateway(tmp_path, write_policy(tmp_path)), "2026-07-28",
                       elicitation_callback=Answer("accept")) as client:
        session = client.session
        asked = await session.call_tool("write_file", args, allow_input_required=True)
        assert asked.result_type == "input_required" and asked.request_state.startswith("mcpfort1.")
        state = asked.request_state

        altered = {"path": str(project / "output" / "other.txt"), "content": "once"}
        with pytest.raises(MCPError) as caught:
            await session.call_tool("write_file", altered, input_responses=accept, request_state=state)
        assert caught.value.data["code"] == "confirmation-state-invalid"

        asked = await session.call_tool("write_file", args, allow_input_required=True)
        state = asked.request_state
        forged = state[:-6] + ("A" if state[-6] != "A" else "B") + state[-5:]
        with pytest.raises(MCPError) as caught:
            await session.call_tool("write_file", args, input_responses=accept, request_state=forged)
        assert "forged" in caught.value.message

        done = await session.call_tool("write_file", args, input_responses=accept, request_state=state)
        assert not done.is_error and target.read_text() == "once"
        target.unlink()
        with pytest.raises(MCPError) as caught:  # replay of a used state
            await session.call_tool("write_file", args, input_responses=accept, request_state=state)
        assert "already used" in caught.value.message
        assert not target.exists()
