"""`mcpfort serve` as an OAuth 2.1 resource server, with tokens from a real oidc-provider.

Covers RFC 9728 metadata, the 401 challenge, audience binding per server, scopes mapped to
capabilities with a 403 insufficient_scope step-up, and identity from the token in the audit log.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.audit_sqlite import bodies
from tests.conftest import FS_SERVER, MCPFORT, base_env
from tests.fixtures.oidc.jwtlab import AuthorizationServer, M2M_CLIENT, authorization_server, ec_key, free_port, node_available

pytestmark = pytest.mark.integration
PORT = free_port()
FS = f"http://127.0.0.1:{PORT}/mcp/fs"
OTHER = f"http://127.0.0.1:{PORT}/mcp/other"
META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}

POLICY = """\
version: 1
context: dev
capabilities:
  files:read: {{paths: [./project]}}
  files:list: {{}}
contexts:
  dev: [files:read, files:list]
gateway: {{listen: "127.0.0.1:{port}"}}
auth:
  issuer: {issuer}
  scopes: {{mcp:files:read: [files:read], mcp:files:list: [files:list]}}
servers:
  fs:
    command: [node, "{fs}", ./project]
    tools:
      read_text_file: {{requires: [files:read], args: {{path: path}}}}
      list_allowed_directories: {{requires: [files:list]}}
  other:
    command: [node, "{fs}", ./project]
    tools:
      list_allowed_directories: {{requires: [files:list]}}
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AuthorizationServer, Path]]:
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup`")
    tmp = tmp_path_factory.mktemp("auth")
    (tmp / "project").mkdir()
    (tmp / "home").mkdir()
    (tmp / "project" / "a.txt").write_text("for token holders")
    scopes = "mcp:files:read mcp:files:list"
    resources = {FS: {"scope": scopes, "alg": "ES256", "kid": "es-1"}, OTHER: {"scope": scopes, "alg": "ES256", "kid": "es-1"}}
    with authorization_server([ec_key("es-1")], resources) as issuer:
        (tmp / "mcpfort.yaml").write_text(POLICY.format(port=PORT, issuer=issuer.issuer, fs=FS_SERVER))
        proc = subprocess.Popen([MCPFORT, "serve", "--policy", str(tmp / "mcpfort.yaml"), "--audit", str(tmp / "audit.db")],
                                cwd=tmp, env=base_env(tmp), stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{PORT}/.well-known/oauth-protected-resource", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield issuer, tmp
        proc.terminate()
        proc.wait(timeout=20)


def token(issuer: AuthorizationServer, resource: str, scope: str) -> str:
    reply = httpx.post(f"{issuer.issuer}/token", auth=(M2M_CLIENT["client_id"], M2M_CLIENT["client_secret"]),
                       data={"grant_type": "client_credentials", "resource": resource, "scope": scope})
    assert reply.status_code == 200, reply.text
    return reply.json()["access_token"]


def call(url: str, bearer: str | None, tool: str, arguments: dict) -> httpx.Response:
    headers = {"MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": tool,
               "Accept": "application/json"}
    if bearer is not None:
        headers["Authorization"] = f"Bearer {bearer}"
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": arguments, "_meta": META}}
    return httpx.post(url, json=body, headers=headers, timeout=30)


def test_protected_resource_metadata(stack: tuple[AuthorizationServer, Path]) -> None:
    issuer, _ = stack
    doc = httpx.get(f"http://127.0.0.1:{PORT}/.well-known/oauth-protected-resource/mcp/fs").json()
    assert doc["resource"] == FS and doc["authorization_servers"] == [issuer.issuer]
    assert doc["scopes_supported"] == ["mcp:files:list", "mcp:files:read"]


@pytest.mark.parametrize("bearer", [None, "x" * 9000, "not-a-jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."])
def test_missing_or_bad_tokens_get_the_same_401(stack: tuple[AuthorizationServer, Path], bearer: str | None) -> None:
    reply = call(FS, bearer, "list_allowed_directories", {})
    assert reply.status_code == 401
    challenge = reply.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ") and 'resource_metadata="http://127.0.0.1:' in challenge
    assert 'scope="mcp:files:list mcp:files:read"' in challenge
    assert reply.json() == {"error": "invalid_token", "error_description": "authentication required"}


def test_a_valid_token_works_and_is_bound_to_its_server(stack: tuple[AuthorizationServer, Path]) -> None:
    issuer, tmp = stack
    fs_token = token(issuer, FS, "mcp:files:read mcp:files:list")
    ok = call(FS, fs_token, "read_text_file", {"path": str(tmp / "project" / "a.txt")})
    assert ok.status_code == 200 and ok.json()["result"]["content"][0]["text"] == "for token holders"
    assert call(OTHER, fs_token, "list_allowed_directories", {}).status_code == 401  # audience is /mcp/fs


def test_missing_scope_is_a_403_step_up_naming_the_scope(stack: tuple[AuthorizationServer, Path]) -> None:
    issuer, tmp = stack
    narrow = token(issuer, FS, "mcp:files:list")
    assert call(FS, narrow, "list_allowed_directories", {}).status_code == 200
    reply = call(FS, narrow, "read_text_file", {"path": str(tmp / "project" / "a.txt")})
    assert reply.status_code == 403
    challenge = reply.headers["WWW-Authenticate"]
    assert 'error="insufficient_scope"' in challenge and 'scope="mcp:files:read"' in challenge
    assert reply.json()["error"]["data"]["code"] == "insufficient-scope"
    listed = httpx.post(FS, json={"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {"_meta": META}},
                        headers={"Authorization": f"Bearer {narrow}", "MCP-Protocol-Version": "2026-07-28",
                                 "Mcp-Method": "tools/list"}).json()
    assert [t["name"] for t in listed["result"]["tools"]] == ["list_allowed_directories"]


def test_identity_and_auth_failures_reach_the_audit_log(stack: tuple[AuthorizationServer, Path]) -> None:
    issuer, tmp = stack
    call(FS, token(issuer, FS, "mcp:files:list"), "list_allowed_directories", {})
    call(FS, "forged.token.value", "list_allowed_directories", {})
    time.sleep(0.3)  # the writer commits in groups of up to 20 ms
    rows = bodies(tmp / "audit.db")
    assert any(r["event"] == "tool.completed" and r.get("user") == "gw-m2m" for r in rows)
    assert any(r["event"] == "auth.failed" and r.get("reason") for r in rows)


def test_step_up_403_reaches_a_2025_11_25_client_that_accepts_sse(stack: tuple[AuthorizationServer, Path]) -> None:
    issuer, tmp = stack
    narrow = token(issuer, FS, "mcp:files:list")
    headers = {"Authorization": f"Bearer {narrow}", "Accept": "application/json, text/event-stream"}
    init = httpx.post(FS, json={"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        headers=headers, timeout=30)
    assert init.status_code == 200
    session = {**headers, "Mcp-Session-Id": init.headers["Mcp-Session-Id"], "MCP-Protocol-Version": "2025-11-25"}
    reply = httpx.post(FS, json={"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {
        "name": "read_text_file", "arguments": {"path": str(tmp / "project" / "a.txt")}}}, headers=session, timeout=30)
    assert reply.status_code == 403 and 'scope="mcp:files:read"' in reply.headers["WWW-Authenticate"]
    stepped_up = {**session, "Authorization": f"Bearer {token(issuer, FS, 'mcp:files:read mcp:files:list')}"}
    retry = httpx.post(FS, json={"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {
        "name": "read_text_file", "arguments": {"path": str(tmp / "project" / "a.txt")}}}, headers=stepped_up, timeout=30)
    assert retry.status_code == 200 and "for token holders" in retry.text  # the new scopes apply at once
