"""The whole OAuth path through the real gateway: `mcpfort serve` with `auth.issuer` pointing at
oidc-provider, `mcpfort login` against the gateway's own RFC 9728 metadata, `mcpfort connect`
carrying the token to it for a stdio SDK client, and the gateway's verdicts on bad tokens."""

from __future__ import annotations

import subprocess
import time
from typing import Any, Iterator

import httpx
import pytest
from mcp import Client, StdioServerParameters

from tests.conftest import FS_SERVER, MCPFORT, base_env
from tests.fixtures.oidc.jwtlab import (CLI_CLIENT, M2M_CLIENT, AuthorizationServer, compact, ec_key, free_port,
                                        node_available)
from mcpfort.auth.token_store import FileStore, TokenSet
from tests.integration.test_auth_login import login, raw_connect

pytestmark = pytest.mark.integration

POLICY = """\
version: 1
context: dev
capabilities:
  files:read: {{paths: [./project]}}
  files:write: {{paths: [./project]}}
contexts:
  dev: [files:read, files:write]
gateway: {{listen: "127.0.0.1:{port}"}}
auth:
  issuer: "{issuer}"
  scopes: {{"mcp:files:read": [files:read], "mcp:files:write": [files:write]}}
servers:
  fs:
    command: [node, "{fs}", ./project]
    tools:
      read_text_file: {{requires: [files:read], args: {{path: path}}}}
      write_file: {{requires: [files:write], args: {{path: path}}}}
      list_allowed_directories: {{}}
"""


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup` (npm ci in tests/fixtures/oidc)")
    tmp = tmp_path_factory.mktemp("gw-auth")
    port = free_port()
    resource = f"http://127.0.0.1:{port}/mcp/fs"
    server = AuthorizationServer(keys=[ec_key("es-1")], resources={resource: {"scope": "mcp:files:read mcp:files:write",
                                                                                     "kid": "es-1"}})
    server.start()
    (tmp / "project").mkdir()
    (tmp / "home").mkdir()
    (tmp / "project" / "a.txt").write_text("hello through oauth")
    policy = tmp / "mcpfort.yaml"
    policy.write_text(POLICY.format(port=port, issuer=server.issuer, fs=FS_SERVER))
    proc = subprocess.Popen([MCPFORT, "serve", "--policy", str(policy), "--audit", str(tmp / "audit.db")],
                            cwd=tmp, env=base_env(tmp), stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp/fs", timeout=1)
                break
            except httpx.HTTPError:
                if time.time() > deadline:
                    raise RuntimeError("mcpfort serve did not start")
                time.sleep(0.1)
        env = {**base_env(tmp), "MCPFORT_TOKEN_STORE": "file", "MCPFORT_CLIENT_ID": CLI_CLIENT["client_id"]}
        yield {"as": server, "url": resource, "env": env, "tmp": tmp}
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        server.close()


async def test_login_and_connect_through_the_gateway(gateway: dict[str, Any]) -> None:
    code, output = login(gateway)
    assert code == 0, output
    params = StdioServerParameters(command=MCPFORT, args=["connect", gateway["url"]], env=gateway["env"])
    async with Client(params, mode="legacy", read_timeout_seconds=60) as client:
        assert {t.name for t in (await client.list_tools()).tools} == {"read_text_file", "write_file",
                                                                      "list_allowed_directories"}
        result = await client.call_tool("read_text_file", {"path": str(gateway["tmp"] / "project" / "a.txt")})
        assert "hello through oauth" in result.content[0].text


INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}


def test_the_gateway_answers_every_bad_token_with_the_same_401(gateway: dict[str, Any]) -> None:
    issuer, url = gateway["as"].issuer, gateway["url"]
    other = httpx.post(f"{issuer}/token", auth=(M2M_CLIENT["client_id"], M2M_CLIENT["client_secret"]),
                       data={"grant_type": "client_credentials", "resource": url, "scope": "mcp:files:read"})
    assert other.status_code == 200
    attacker = ec_key("es-1")  # same kid, different key
    forged = compact({"alg": "ES256", "typ": "at+jwt", "kid": "es-1"},
                     {"iss": issuer, "aud": url, "sub": "admin", "client_id": "x", "iat": int(time.time()),
                      "exp": int(time.time()) + 600, "jti": "j"}, "ES256", attacker.private)
    answers = set()
    for authorization in (None, "Bearer garbage", f"Bearer {forged}", "Basic dTpw", "Bearer " + "a" * 10000,
                          f"Bearer {forged[:-4]}"):
        headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
        if authorization:
            headers["Authorization"] = authorization
        response = httpx.post(url, json=INIT, headers=headers)
        assert response.status_code == 401
        answers.add((response.text, response.headers["www-authenticate"]))
    assert len(answers) == 1  # nothing tells one cause from another
    text, challenge = answers.pop()
    assert f'resource_metadata="http://127.0.0.1:{url.split(":")[2].split("/")[0]}/.well-known/oauth-protected-resource/mcp/fs"' in challenge
    good = httpx.post(url, json=INIT, headers={"Accept": "application/json, text/event-stream",
                                                "Authorization": f"Bearer {other.json()['access_token']}"})
    assert good.status_code == 200


def test_connect_relays_a_step_up_403_and_says_which_scope(gateway: dict[str, Any]) -> None:
    issuer, url = gateway["as"].issuer, gateway["url"]
    granted = httpx.post(f"{issuer}/token", auth=(M2M_CLIENT["client_id"], M2M_CLIENT["client_secret"]),
                         data={"grant_type": "client_credentials", "resource": url, "scope": "mcp:files:read"}).json()
    data_home = gateway["tmp"] / "read-only-token"
    FileStore(str(data_home / "mcpfort")).save(TokenSet(resource=url, issuer=issuer, token_endpoint=f"{issuer}/token",
                                                        client_id=M2M_CLIENT["client_id"],
                                                        access_token=granted["access_token"],
                                                        expires_at=time.time() + 500))
    env = {**gateway["env"], "XDG_DATA_HOME": str(data_home)}
    # A 2026-07-28 request: answered with plain JSON, so the refusal can be an HTTP 403 with a challenge.
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    write = {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
             "params": {"name": "write_file", "arguments": {"path": str(gateway["tmp"] / "project" / "b.txt"),
                                                            "content": "x"}, "_meta": meta}}
    code, out, err = raw_connect({**gateway, "env": env}, [write])
    assert code == 0, err
    answer = next(m for m in out if m.get("id") == 2)
    assert "error" in answer and answer["error"]["data"]["code"] == "insufficient-scope"
    assert "lacks scope 'mcp:files:write'" in err and f"mcpfort login {url} --scope" in err
    assert not (gateway["tmp"] / "project" / "b.txt").exists()
