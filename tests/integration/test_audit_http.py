"""`GET /audit/events` on `mcpfort serve`: the audit query over HTTP for callers whose token
carries the auditor role, and for nobody else; scoped to the auditor's organization; itself
audited. Real oidc-provider issuing the tokens (roles and org as token claims)."""

from __future__ import annotations

import subprocess
import time
from typing import Any, Iterator

import httpx
import pytest

from tests.conftest import FS_SERVER, MCPFORT, base_env
from tests.fixtures.oidc.jwtlab import CLI_CLIENT, INTROSPECTOR, M2M_CLIENT, AuthorizationServer, ec_key, free_port, \
    node_available

pytestmark = pytest.mark.integration

AUDITOR = {**M2M_CLIENT, "client_id": "acme-auditor", "client_secret": "auditor-secret"}
GLOBAL_AUDITOR = {**M2M_CLIENT, "client_id": "root-auditor", "client_secret": "root-secret"}
OTHER_ORG = {**M2M_CLIENT, "client_id": "globex-app", "client_secret": "globex-secret"}

POLICY = """\
version: 1
context: dev
capabilities:
  files:read: {{paths: [./project]}}
contexts:
  dev: [files:read]
gateway: {{listen: "127.0.0.1:{port}"}}
auth:
  issuer: "{issuer}"
  scopes: {{"mcp:files:read": [files:read]}}
audit:
  encryption: {{key_file: ./audit.key}}
  durability: strict   # the HTTP gateway awaits the barrier too
servers:
  fs:
    command: [node, "{fs}", ./project]
    tools:
      list_allowed_directories: {{}}
      read_text_file: {{requires: [files:read], args: {{path: path}}}}
"""
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup` (npm ci in tests/fixtures/oidc)")
    tmp = tmp_path_factory.mktemp("audit-http")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = AuthorizationServer(
        keys=[ec_key("es-1")],
        resources={f"{base}/mcp/fs": {"scope": "mcp:files:read", "kid": "es-1"},
                   f"{base}/audit": {"scope": "audit:read", "kid": "es-1"}},
        clients=[CLI_CLIENT, M2M_CLIENT, INTROSPECTOR, AUDITOR, GLOBAL_AUDITOR, OTHER_ORG],
        token_claims={"gw-m2m": {"org": "acme"}, "acme-auditor": {"org": "acme", "roles": ["auditor"]},
                      "root-auditor": {"roles": "reader auditor"}, "globex-app": {"org": "globex"}})
    server.start()
    (tmp / "project").mkdir()
    (tmp / "home").mkdir()
    (tmp / "project" / "secret-plan.txt").write_text("launch on friday")
    policy = tmp / "mcpfort.yaml"
    policy.write_text(POLICY.format(port=port, issuer=server.issuer, fs=FS_SERVER))
    proc = subprocess.Popen([MCPFORT, "serve", "--policy", str(policy), "--audit", str(tmp / "audit.db")],
                            cwd=tmp, env=base_env(tmp), stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 30
        while True:
            try:
                httpx.get(f"{base}/.well-known/oauth-protected-resource/audit", timeout=1)
                break
            except httpx.HTTPError:
                if time.time() > deadline or proc.poll() is not None:
                    raise RuntimeError("mcpfort serve did not start")
                time.sleep(0.1)

        def token(client: dict[str, Any], resource: str, scope: str) -> str:
            answer = httpx.post(f"{server.issuer}/token", auth=(client["client_id"], client["client_secret"]),
                                data={"grant_type": "client_credentials", "resource": resource, "scope": scope})
            assert answer.status_code == 200, answer.text
            return answer.json()["access_token"]

        for client in (M2M_CLIENT, OTHER_ORG):  # two organizations use the server
            bearer = token(client, f"{base}/mcp/fs", "mcp:files:read")
            auth = {**HEADERS, "Authorization": f"Bearer {bearer}"}
            init = httpx.post(f"{base}/mcp/fs", json=INIT, headers=auth, timeout=30)
            assert init.status_code == 200, init.text
            session = {**auth, "Mcp-Session-Id": init.headers["mcp-session-id"], "Mcp-Protocol-Version": "2025-11-25"}
            httpx.post(f"{base}/mcp/fs", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=session)
            call = httpx.post(f"{base}/mcp/fs", headers=session, timeout=30, json={
                "jsonrpc": "2.0", "id": 2, "method": "tools/call",
                "params": {"name": "read_text_file", "arguments": {"path": str(tmp / "project" / "secret-plan.txt")}}})
            assert "launch on friday" in call.text
        yield {"base": base, "token": token, "tmp": tmp}
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        server.close()


def events(served: dict[str, Any], bearer: str | None, **params: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    return httpx.get(f"{served['base']}/audit/events", params=params, headers=headers, timeout=30)


def auditor(served: dict[str, Any], client: dict[str, Any] = AUDITOR) -> str:
    return served["token"](client, f"{served['base']}/audit", "audit:read")


def test_an_auditor_reads_their_organizations_events_opened(served: dict[str, Any]) -> None:
    answer = events(served, auditor(served), tool="read_text_file")
    assert answer.status_code == 200, answer.text
    rows = answer.json()["events"]
    assert {r["event"] for r in rows} >= {"tool.called", "authz.decision", "tool.completed"}
    assert {r["organization"] for r in rows} == {"acme"}  # globex's calls are not shown
    called = next(r for r in rows if r["event"] == "tool.called")
    assert called["arguments"]["path"].endswith("secret-plan.txt")  # opened with the gateway's key
    assert answer.json()["count"] == len(rows)


def test_the_query_itself_is_audited(served: dict[str, Any]) -> None:
    bearer = auditor(served)
    assert events(served, bearer, event="tool.called").status_code == 200
    rows = events(served, bearer, event="audit.queried").json()["events"]
    mine = [r for r in rows if r.get("filters", {}).get("event") == "tool.called"]
    assert mine and mine[-1]["user"] and mine[-1]["organization"] == "acme" and mine[-1]["count"] >= 1


def test_a_global_auditor_sees_every_organization_and_can_filter(served: dict[str, Any]) -> None:
    bearer = auditor(served, GLOBAL_AUDITOR)
    everything = events(served, bearer, tool="read_text_file", format="jsonl")
    assert everything.status_code == 200 and everything.headers["content-type"].startswith("application/jsonl")
    import orjson

    orgs = {orjson.loads(line)["organization"] for line in everything.text.splitlines()}
    assert orgs == {"acme", "globex"}
    only = events(served, bearer, org="globex", event="tool.called").json()["events"]
    assert only and {r["organization"] for r in only} == {"globex"}


def test_nobody_else_reads_the_trail(served: dict[str, Any]) -> None:
    base = served["base"]
    anonymous = events(served, None)
    assert anonymous.status_code == 401
    assert f'resource_metadata="{base}/.well-known/oauth-protected-resource/audit"' in anonymous.headers["www-authenticate"]
    # a caller's MCP token is for /mcp/fs: wrong audience here
    mcp_token = served["token"](M2M_CLIENT, f"{base}/mcp/fs", "mcp:files:read")
    assert events(served, mcp_token).status_code == 401
    # a token for the audit resource but without the auditor role
    plain = served["token"](M2M_CLIENT, f"{base}/audit", "audit:read")
    refused = events(served, plain)
    assert refused.status_code == 403 and refused.json()["error"] == "insufficient_role"
    # an organization's auditor asking for another organization
    other = events(served, auditor(served), organization="globex")
    assert other.status_code == 403 and "globex" in other.json()["error_description"]
    other = events(served, auditor(served), org="acme*")
    assert other.status_code == 403
    # a page on another origin
    cross = httpx.get(f"{base}/audit/events", headers={"Authorization": f"Bearer {auditor(served)}",
                                                       "Origin": "https://evil.example"})
    assert cross.status_code == 403
    refusals = events(served, auditor(served, GLOBAL_AUDITOR), event="audit.refused").json()["events"]
    assert len(refusals) >= 3


@pytest.mark.parametrize("params, fragment", [
    ({"colour": "red"}, "unknown parameter 'colour'"),
    ({"limit": "lots"}, "whole number"),
    ({"limit": "20000"}, "between 0 and"),
    ({"since": "last tuesday"}, "ISO 8601"),
    ({"format": "xml"}, "json or jsonl"),
    ({"org": "acme", "organization": "acme"}, "more than once"),
])
def test_bad_queries_get_400_with_what_was_expected(served: dict[str, Any], params: dict[str, str], fragment: str) -> None:
    answer = events(served, auditor(served, GLOBAL_AUDITOR), **params)
    assert answer.status_code == 400 and fragment in answer.json()["error_description"], answer.text


def test_time_range_and_limit(served: dict[str, Any]) -> None:
    bearer = auditor(served, GLOBAL_AUDITOR)
    assert events(served, bearer, since="2099-01-01").json()["events"] == []
    recent = events(served, bearer, since="1h", limit="2").json()["events"]
    assert len(recent) == 2
