"""`mcpfort serve` in front of the real filesystem server, driven over HTTP by the SDK and by httpx."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from mcp import Client, MCPError

from tests.conftest import FS_SERVER, MCPFORT, base_env

pytestmark = pytest.mark.integration

POLICY = """\
version: 1
context: dev
capabilities:
  files:read: {{paths: [./project], exclude: [".env"]}}
contexts:
  dev: [files:read]
gateway: {{listen: "127.0.0.1:{port}"}}
ratelimit: {{per_user: 1000/minute, per_tool: {{list_allowed_directories: 3/minute}}, storage: "{storage}"}}
servers:
  fs:
    command: [node, "{fs}", ./project]
    tools:
      read_text_file: {{requires: [files:read], args: {{path: path}}}}
      list_allowed_directories: {{}}
"""
MODERN = {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
          "io.modelcontextprotocol/clientCapabilities": {}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launch(tmp: Path, policy: Path, port: int, server: str) -> tuple[subprocess.Popen, str]:
    """`mcpfort serve` on a policy, once its metadata endpoint answers."""
    log = open(tmp / "serve.log", "wb")  # a file, not a pipe: a full pipe would stall the servers
    proc = subprocess.Popen([MCPFORT, "serve", "--policy", str(policy), "--audit", str(tmp / "audit.db")],
                            cwd=tmp, env=base_env(tmp), stderr=log)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource", timeout=1)
            return proc, f"http://127.0.0.1:{port}/mcp/{server}"
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError((tmp / "serve.log").read_text())


def start(tmp: Path, storage: str = "memory://", port: int | None = None) -> tuple[subprocess.Popen, str]:
    (tmp / "project").mkdir(exist_ok=True)
    (tmp / "home").mkdir(exist_ok=True)
    (tmp / "project" / "a.txt").write_text("hello over http")
    (tmp / "project" / ".env").write_text("SECRET=1")
    port = port or free_port()
    policy = tmp / "mcpfort.yaml"
    policy.write_text(POLICY.format(port=port, fs=FS_SERVER, storage=storage))
    return launch(tmp, policy, port, "fs")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    proc, url = start(tmp_path)
    yield tmp_path, url
    proc.terminate()
    proc.wait(timeout=15)


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_both_eras_list_call_and_refuse(served: tuple[Path, str], mode: str) -> None:
    tmp, url = served
    async with Client(url, mode=mode) as client:
        assert {t.name for t in (await client.list_tools()).tools} == {"read_text_file", "list_allowed_directories"}
        result = await client.call_tool("read_text_file", {"path": str(tmp / "project" / "a.txt")})
        assert result.content[0].text == "hello over http"
        with pytest.raises(MCPError) as caught:
            await client.call_tool("read_text_file", {"path": str(tmp / "project" / ".env")})
        assert caught.value.data["code"] == "path-excluded"


def modern_call(url: str, rid: object, method: str, params: dict, **headers: str) -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": rid, "method": method, "params": {**params, "_meta": MODERN}}
    base = {"MCP-Protocol-Version": "2026-07-28", "Mcp-Method": method, "Accept": "application/json, text/event-stream"}
    return httpx.post(url, json=body, headers={**base, **headers}, timeout=30)


def test_modern_header_mismatch_and_origin_and_host(served: tuple[Path, str]) -> None:
    _, url = served
    ok = modern_call(url, 1, "tools/list", {})
    assert ok.status_code == 200 and ok.json()["result"]["cacheScope"] == "private"
    bad_version = modern_call(url, 2, "tools/list", {}, **{"MCP-Protocol-Version": "2025-11-25"})
    assert bad_version.status_code == 400 and bad_version.json()["error"]["code"] == -32020
    bad_method = modern_call(url, 3, "tools/list", {}, **{"Mcp-Method": "tools/call"})
    assert bad_method.status_code == 400
    evil = modern_call(url, 4, "tools/list", {}, Origin="http://evil.example")
    assert evil.status_code == 403
    rebinding = modern_call(url, 5, "tools/list", {}, Host="evil.example:80")
    assert rebinding.status_code == 421
    batch = httpx.post(url, content=b"[]", headers={"Content-Type": "application/json"})
    assert batch.status_code == 400 and batch.json()["error"]["code"] == -32600
    unknown = modern_call(url, 6, "no/such/method", {})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == -32601


def test_without_authentication_nobody_reads_the_audit_trail_over_http(served: tuple[Path, str]) -> None:
    tmp, url = served
    modern_call(url, 1, "tools/list", {})
    answer = httpx.get(url.replace("/mcp/fs", "/audit/events"), timeout=30)
    assert answer.status_code == 403 and "mcpfort audit query" in answer.json()["error_description"]
    local = subprocess.run([MCPFORT, "audit", "query", "--audit", str(tmp / "audit.db"), "--event", "audit.refused",
                            "--format", "json"], capture_output=True, text=True, env=base_env(tmp))
    assert local.returncode == 0 and "no authentication configured" in local.stdout, local.stderr


def test_legacy_sessions_are_required_and_bound(served: tuple[Path, str]) -> None:
    _, url = served
    headers = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25"}
    no_session = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=headers)
    assert no_session.status_code == 400
    made_up = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                         headers={**headers, "Mcp-Session-Id": "guessed"})
    assert made_up.status_code == 404
    init = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        headers={"Accept": "application/json"}, timeout=30)
    assert init.status_code == 200 and init.json()["result"]["serverInfo"]
    sid = init.headers["Mcp-Session-Id"]
    assert len(sid) >= 32
    done = httpx.delete(url, headers={"Mcp-Session-Id": sid})
    assert done.status_code == 204
    after = httpx.post(url, json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
                       headers={**headers, "Mcp-Session-Id": sid})
    assert after.status_code == 404


def test_rate_limit_answers_429_with_retry_after(served: tuple[Path, str]) -> None:
    _, url = served
    statuses = [modern_call(url, i, "tools/call", {"name": "list_allowed_directories", "arguments": {}},
                            **{"Mcp-Name": "list_allowed_directories"}) for i in range(5)]
    assert [r.status_code for r in statuses[:3]] == [200, 200, 200]
    limited = statuses[3]
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["error"]["data"]["code"] == "rate-limited"


def test_two_gateways_share_one_budget_in_redis(tmp_path: Path) -> None:
    key = f"redis://127.0.0.1:6379/{int(time.time()) % 15 + 1}"
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    p1, url1 = start(one, storage=key)
    p2, url2 = start(two, storage=key)
    try:
        import redis

        redis.Redis.from_url(key).flushdb()
        call = {"name": "list_allowed_directories", "arguments": {}}
        codes = [modern_call(u, i, "tools/call", call, **{"Mcp-Name": "list_allowed_directories"}).status_code
                 for i, u in enumerate([url1, url2, url1, url2])]
        assert codes == [200, 200, 200, 429]  # 3/minute shared by both replicas
    finally:
        for proc in (p1, p2):
            proc.terminate()
            proc.wait(timeout=15)


def test_a_dropped_legacy_stream_resumes_with_last_event_id(tmp_path: Path) -> None:
    from tests.conftest import EVERYTHING_SERVER

    (tmp_path / "home").mkdir()
    port = free_port()
    policy = tmp_path / "mcpfort.yaml"
    policy.write_text(f"version: 1\ncapabilities: {{demo: {{}}}}\ncontexts: {{dev: [demo]}}\n"
                      f"gateway: {{listen: '127.0.0.1:{port}'}}\nservers:\n  ev:\n    command: [node, '{EVERYTHING_SERVER}']\n"
                      f"    tools: {{trigger-long-running-operation: {{requires: [demo]}}}}\n")
    proc, url = launch(tmp_path, policy, port, "ev")
    try:
        sse = {"Accept": "application/json, text/event-stream"}
        init = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
            headers={"Accept": "application/json"}, timeout=30)
        session = {**sse, "Mcp-Session-Id": init.headers["Mcp-Session-Id"], "MCP-Protocol-Version": "2025-11-25"}
        call = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {
            "name": "trigger-long-running-operation", "arguments": {"duration": 1, "steps": 5},
            "_meta": {"progressToken": "p"}}}
        seen: list[str] = []
        with httpx.stream("POST", url, json=call, headers=session, timeout=30) as first:
            for line in first.iter_lines():
                if line.startswith("id: "):
                    seen.append(line[4:])
                if len(seen) == 2:
                    break  # the connection drops mid-call
        resumed = httpx.get(url, headers={**session, "Last-Event-ID": seen[-1]}, timeout=30)
        events = [line[6:] for line in resumed.text.splitlines() if line.startswith("data: ")]
        final = json.loads(events[-1])
        assert final["id"] == 7 and "result" in final  # the call was not cancelled by the drop
        progress = [json.loads(e)["params"]["progress"] for e in events[:-1]]
        assert progress and progress[0] == 3  # events after the last one seen, none twice
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def test_shared_sessions_use_one_server_process_and_never_cross(tmp_path: Path) -> None:
    import asyncio

    from mcp import Client

    port = free_port()
    (tmp_path / "project").mkdir()
    (tmp_path / "home").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "project" / f"{name}.txt").write_text(f"content of {name}")
    policy = tmp_path / "mcpfort.yaml"
    policy.write_text(POLICY.format(port=port, fs=FS_SERVER, storage="memory://")
                      .replace(f'gateway: {{listen: "127.0.0.1:{port}"}}',
                               f'gateway: {{listen: "127.0.0.1:{port}", sessions: shared}}'))
    proc, url = launch(tmp_path, policy, port, "fs")
    try:
        async def reader(name: str, mode: str) -> list[str]:
            async with Client(url, mode=mode) as client:
                out = []
                for _ in range(5):
                    result = await client.call_tool("read_text_file", {"path": str(tmp_path / "project" / f"{name}.txt")})
                    out.append(result.content[0].text)
                return out

        results = await asyncio.gather(reader("a", "legacy"), reader("b", "legacy"), reader("c", "2026-07-28"))
        for name, texts in zip("abc", results):
            assert texts == [f"content of {name}"] * 5  # every answer went to the session that asked
        servers = subprocess.run(["pgrep", "-f", f"server-filesystem.*{tmp_path}"], capture_output=True,
                                 text=True).stdout.split()
        children = [p for p in servers if open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"]
        assert 1 <= len(children) <= 3  # one server (bwrap and its init wrap the same one), not one per session
    finally:
        proc.terminate()
        proc.wait(timeout=20)
