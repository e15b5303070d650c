"""``mcpfort login`` and ``mcpfort connect`` end to end: a real authorization server (oidc-provider),
a real Streamable HTTP MCP server (the official SDK, protected by mcpfort's TokenVerifier and
serving its own RFC 9728 metadata), the real CLI, and a person approving the device login
(driven with httpx through the authorization server's pages)."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
from mcp import Client, StdioServerParameters

from mcpfort.auth.token_store import FileStore, TokenSet
from mcpfort.auth.tokens import TokenVerifier
from tests.conftest import MCPFORT, base_env
from tests.fixtures.oidc.jwtlab import (CLI_CLIENT, OIDC_DIR, AuthorizationServer, approve_device, ec_key,
                                        free_port, node_available)

pytestmark = pytest.mark.integration

SCOPES = "mcp:files:read mcp:files:write"


@contextlib.contextmanager
def mcp_server(port: int, issuer: str | None = None) -> Iterator[str]:
    url = f"http://127.0.0.1:{port}/mcp"
    args = [sys.executable, str(OIDC_DIR / "mcp_server.py"), str(port)] + ([issuer] if issuer else [])
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the test MCP server did not start")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """An authorization server and a protected MCP server that trusts it."""
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup` (npm ci in tests/fixtures/oidc)")
    port = free_port()
    resource = f"http://127.0.0.1:{port}/mcp"
    server = AuthorizationServer(keys=[ec_key("es-1")],
                                 resources={resource: {"scope": SCOPES, "alg": "ES256", "kid": "es-1", "ttl": 600}})
    server.start()
    try:
        with mcp_server(port, server.issuer) as url:
            tmp = tmp_path_factory.mktemp("login")
            env = {**base_env(tmp), "MCPFORT_TOKEN_STORE": "file", "MCPFORT_CLIENT_ID": CLI_CLIENT["client_id"]}
            yield {"as": server, "url": url, "env": env, "tmp": tmp,
                   "store": FileStore(str(tmp / "xdg-data" / "mcpfort"))}
    finally:
        server.close()


def login(world: dict[str, Any], *extra: str, deny: bool = False) -> tuple[int, str]:
    proc = subprocess.Popen([MCPFORT, "login", world["url"], *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=world["env"])
    output: list[str] = []
    approved = threading.Event()

    def person() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            output.append(line)
            if "?user_code=" in line and not approved.is_set():
                approved.set()
                link = line.strip().removeprefix("(or open ").removesuffix(")")
                threading.Thread(target=approve_device, args=(link,), kwargs={"deny": deny}, daemon=True).start()

    reader = threading.Thread(target=person, daemon=True)
    reader.start()
    try:
        code = proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise
    reader.join(5)
    return code, "".join(output)


def test_login_then_connect(world: dict[str, Any]) -> None:
    code, output = login(world)
    assert code == 0, output
    assert "enter the code" in output and "Logged in to" in output
    assert "open\n\n    http://127.0.0.1:" in output  # the URL is shown; nothing is opened
    store = world["store"]
    tokens = store.load(world["url"])
    assert tokens is not None and tokens.refresh_token and tokens.issuer == world["as"].issuer
    assert "mcp:files:read" in tokens.scope.split()  # the server's scopes_supported (the SDK: required_scopes)
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.key_path).st_mode) == 0o600
    assert tokens.access_token.encode() not in Path(store.path).read_bytes()

    async def check() -> None:
        verifier = TokenVerifier(issuer=world["as"].issuer, audience=world["url"])
        principal = await verifier.verify(f"Bearer {tokens.access_token}")
        assert principal.user == "alice" and principal.client_id == CLI_CLIENT["client_id"]
        await verifier.aclose()

    import asyncio

    asyncio.run(check())


def connect_params(world: dict[str, Any], url: str | None = None) -> StdioServerParameters:
    return StdioServerParameters(command=MCPFORT, args=["connect", url or world["url"]], env=world["env"])


@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_a_stdio_client_uses_the_protected_server_through_connect(world: dict[str, Any], mode: str) -> None:
    if world["store"].load(world["url"]) is None:
        assert login(world)[0] == 0
    progress: list[float] = []

    async def on_progress(p: float, total: float | None, message: str | None) -> None:
        progress.append(p)

    async with Client(connect_params(world), mode=mode, read_timeout_seconds=30) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        assert {"echo", "whoami", "count"} <= names
        assert (await client.call_tool("whoami", {})).content[0].text == "alice"
        assert (await client.call_tool("echo", {"text": "héllo\nwörld"})).content[0].text == "héllo\nwörld"
        result = await client.call_tool("count", {"to": 3}, progress_callback=on_progress)
        assert result.content[0].text == "counted to 3"
    assert progress == [1, 2, 3]


def raw_connect(world: dict[str, Any], lines: list[dict[str, Any]], url: str | None = None) -> tuple[int, list[Any], str]:
    proc = subprocess.run([MCPFORT, "connect", url or world["url"]], input="".join(json.dumps(m) + "\n" for m in lines),
                          capture_output=True, text=True, env=world["env"], timeout=60)
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()], proc.stderr


INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}


def test_connect_without_a_token_says_to_log_in(world: dict[str, Any]) -> None:
    env = {**world["env"], "XDG_DATA_HOME": str(world["tmp"] / "empty-data")}
    code, out, err = raw_connect({**world, "env": env}, [INIT])
    assert code == 1
    assert out[0]["id"] == 1 and out[0]["error"]["code"] == -32001
    assert f"run `mcpfort login {world['url']}`" in err and "no token is stored" in err


def test_connect_refreshes_an_expired_or_refused_token(world: dict[str, Any]) -> None:
    store: FileStore = world["store"]
    if store.load(world["url"]) is None:
        assert login(world)[0] == 0
    good: TokenSet = store.load(world["url"])  # type: ignore[assignment]
    tools = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}
    initialized = {"jsonrpc": "2.0", "method": "notifications/initialized"}

    # Expired by the clock: refreshed before the first request.
    store.save(TokenSet(**{**good.to_json(), "expires_at": time.time() - 10}))
    code, out, err = raw_connect(world, [INIT, initialized, tools])
    assert code == 0, err
    assert out[0]["result"]["serverInfo"]["name"] == "bridge-test" and out[1]["result"]["tools"]
    refreshed = store.load(world["url"])
    assert refreshed.access_token != good.access_token and refreshed.expires_at > time.time()

    # Refused by the server (revoked, say): one refresh, one retry.
    store.save(TokenSet(**{**refreshed.to_json(), "access_token": "not-a-valid-token"}))
    code, out, err = raw_connect(world, [INIT, initialized, tools])
    assert code == 0, err
    assert store.load(world["url"]).access_token not in ("not-a-valid-token", refreshed.access_token)

    # Refused, and the refresh token is no good either: a clear message, exit 1.
    store.save(TokenSet(**{**refreshed.to_json(), "access_token": "bad", "refresh_token": "bad"}))
    code, out, err = raw_connect(world, [INIT])
    assert code == 1 and out[0]["error"]["code"] == -32001
    assert "token refresh failed" in err and f"mcpfort login {world['url']}" in err


def test_login_denied(world: dict[str, Any]) -> None:
    code, output = login(world, deny=True)
    assert code == 1 and "denied" in output


def test_login_without_metadata_is_a_usage_error(world: dict[str, Any]) -> None:
    port = free_port()
    with mcp_server(port) as url:  # serves no RFC 9728 document
        proc = subprocess.run([MCPFORT, "login", url], capture_output=True, text=True, env=world["env"], timeout=60)
    assert proc.returncode == 2 and "cannot find the authorization server" in proc.stderr


def test_login_refuses_plain_http_to_a_remote_host(world: dict[str, Any]) -> None:
    proc = subprocess.run([MCPFORT, "login", "http://gateway.example/mcp/fs"], capture_output=True, text=True,
                          env=world["env"], timeout=60)
    assert proc.returncode == 2 and "https is required" in proc.stderr


async def test_bridge_mechanics_without_auth(world: dict[str, Any]) -> None:
    """An unprotected server: sessions, SSE progress and ordinary JSON answers through the bridge."""
    env = {**world["env"], "XDG_DATA_HOME": str(world["tmp"] / "no-tokens")}
    port = free_port()
    with mcp_server(port) as url:
        params = StdioServerParameters(command=MCPFORT, args=["connect", url], env=env)
        async with Client(params, mode="legacy", read_timeout_seconds=30) as client:
            assert (await client.call_tool("whoami", {})).content[0].text == "anonymous"
            assert (await client.call_tool("count", {"to": 2})).content[0].text == "counted to 2"
        code, out, err = raw_connect({**world, "env": env}, [INIT, {"jsonrpc": "2.0", "method": "notifications/initialized"},
                                                             {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
                                                             {"jsonrpc": "2.0", "id": 3, "method": "no/such"}], url=url)
    assert code == 0, err
    by_id = {m.get("id"): m for m in out}
    assert by_id[1]["result"]["protocolVersion"] == "2025-11-25"
    assert {t["name"] for t in by_id[2]["result"]["tools"]} == {"echo", "whoami", "count"}
    assert by_id[3]["error"]["code"] == -32601
