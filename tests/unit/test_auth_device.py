"""The device grant client (RFC 8628) and discovery rules, against stand-in endpoints and a fake clock."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from mcpfort.auth.device import DEVICE_GRANT, DeviceAuthorization, OAuthError, poll_for_tokens, refresh, \
    start_device_authorization
from mcpfort.auth.discovery import (DiscoveryError, authorization_server_metadata, authorization_server_metadata_urls,
                                    canonical_resource, check_url, resource_metadata, resource_metadata_urls)
from mcpfort.auth.token_store import TokenSet

RESOURCE = "http://127.0.0.1:8848/mcp/fs"


def client(answers: list[tuple[int, Any]], seen: list[httpx.Request]) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status, body = answers.pop(0)
        return httpx.Response(status, json=body)

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


class FakeTime:
    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    def __call__(self) -> float:
        return self.t


DEVICE = DeviceAuthorization("dc", "ABCD-EFGH", "http://127.0.0.1:3000/device", None, 600, 5)


async def test_start_sends_client_scope_and_resource() -> None:
    seen: list[httpx.Request] = []
    http = client([(200, {"device_code": "dc", "user_code": "ABCD-EFGH", "verification_uri": "https://as.example/device",
                          "verification_uri_complete": "https://as.example/device?user_code=ABCD-EFGH",
                          "expires_in": 600})], seen)
    device = await start_device_authorization(http, "https://as.example/device/auth", client_id="mcpfort",
                                              scope="mcp:files:read offline_access", resource=RESOURCE)
    assert parse_qs(seen[0].content.decode()) == {"client_id": ["mcpfort"], "resource": [RESOURCE],
                                                  "scope": ["mcp:files:read offline_access"]}
    assert device.interval == 5 and device.user_code == "ABCD-EFGH"


@pytest.mark.parametrize("uri", ["javascript:alert(1)", "file:///etc/passwd", "http://evil.example/device",
                                 "https://as.example/de vice", None])
async def test_start_refuses_a_verification_uri_nobody_should_open(uri: Any) -> None:
    http = client([(200, {"device_code": "dc", "user_code": "X", "verification_uri": uri, "expires_in": 600})], [])
    with pytest.raises(DiscoveryError):
        await start_device_authorization(http, "https://as.example/device/auth", client_id="c", scope=None,
                                         resource=RESOURCE)


async def test_start_reports_the_servers_error() -> None:
    http = client([(400, {"error": "invalid_client", "error_description": "unknown client"})], [])
    with pytest.raises(OAuthError, match="invalid_client: unknown client"):
        await start_device_authorization(http, "https://as.example/d", client_id="c", scope=None, resource=RESOURCE)


async def test_poll_waits_pending_and_slows_down() -> None:
    seen: list[httpx.Request] = []
    http = client([(400, {"error": "authorization_pending"}), (400, {"error": "slow_down"}),
                   (400, {"error": "authorization_pending"}),
                   (200, {"access_token": "at", "token_type": "Bearer", "expires_in": 600, "refresh_token": "rt",
                          "scope": "mcp:files:read"})], seen)
    time = FakeTime()
    tokens = await poll_for_tokens(http, "http://127.0.0.1:3000/token", DEVICE, client_id="mcpfort",
                                   resource=RESOURCE, issuer="http://127.0.0.1:3000", sleep=time.sleep, clock=time,
                                   wall=lambda: 1000.0)
    assert time.sleeps == [5, 5, 10, 10]
    assert tokens == TokenSet(resource=RESOURCE, issuer="http://127.0.0.1:3000",
                              token_endpoint="http://127.0.0.1:3000/token", client_id="mcpfort", access_token="at",
                              expires_at=1600.0, refresh_token="rt", scope="mcp:files:read")
    form = parse_qs(seen[0].content.decode())
    assert form == {"grant_type": [DEVICE_GRANT], "device_code": ["dc"], "client_id": ["mcpfort"], "resource": [RESOURCE]}


@pytest.mark.parametrize("answer, error", [
    ({"error": "access_denied"}, "access_denied"),
    ({"error": "expired_token"}, "expired_token"),
    ({"error": "invalid_grant", "error_description": "grant request is invalid"}, "invalid_grant"),
])
async def test_poll_stops_on_a_final_error(answer: dict[str, Any], error: str) -> None:
    time = FakeTime()
    with pytest.raises(OAuthError) as caught:
        await poll_for_tokens(client([(400, answer)], []), "http://as/token", DEVICE, client_id="c",
                              resource=RESOURCE, issuer="http://as", sleep=time.sleep, clock=time)
    assert caught.value.error == error


async def test_poll_gives_up_when_the_code_expires() -> None:
    time = FakeTime()
    answers = [(400, {"error": "authorization_pending"})] * 200
    with pytest.raises(OAuthError, match="expired"):
        await poll_for_tokens(client(answers, []), "http://as/token", DEVICE, client_id="c", resource=RESOURCE,
                              issuer="http://as", sleep=time.sleep, clock=time)
    assert time.t <= 605


async def test_poll_refuses_a_non_bearer_token() -> None:
    time = FakeTime()
    with pytest.raises(OAuthError, match="not Bearer"):
        await poll_for_tokens(client([(200, {"access_token": "a", "token_type": "DPoP"})], []), "http://as/token",
                              DEVICE, client_id="c", resource=RESOURCE, issuer="http://as", sleep=time.sleep, clock=time)


async def test_refresh_keeps_the_old_refresh_token_when_none_is_returned() -> None:
    seen: list[httpx.Request] = []
    old = TokenSet(resource=RESOURCE, issuer="http://as", token_endpoint="http://as/token", client_id="c",
                   access_token="old", expires_at=1.0, refresh_token="rt-1")
    new = await refresh(client([(200, {"access_token": "new", "token_type": "bearer", "expires_in": 60})], seen), old,
                        wall=lambda: 100.0)
    assert (new.access_token, new.refresh_token, new.expires_at) == ("new", "rt-1", 160.0)
    assert parse_qs(seen[0].content.decode())["grant_type"] == ["refresh_token"]
    assert parse_qs(seen[0].content.decode())["resource"] == [RESOURCE]
    with pytest.raises(OAuthError, match="invalid_grant"):
        await refresh(client([(400, {"error": "invalid_grant"})], []), old)


# -- discovery ---------------------------------------------------------------------------------------------
def test_well_known_urls() -> None:
    assert authorization_server_metadata_urls("https://as.example") == [
        "https://as.example/.well-known/oauth-authorization-server", "https://as.example/.well-known/openid-configuration"]
    assert authorization_server_metadata_urls("https://as.example/tenant1") == [
        "https://as.example/.well-known/oauth-authorization-server/tenant1",
        "https://as.example/.well-known/openid-configuration/tenant1",
        "https://as.example/tenant1/.well-known/openid-configuration"]
    assert resource_metadata_urls("https://gw.example/mcp/fs") == [
        "https://gw.example/.well-known/oauth-protected-resource/mcp/fs",
        "https://gw.example/.well-known/oauth-protected-resource"]
    assert canonical_resource("HTTPS://GW.example/mcp/fs/#x") == "https://gw.example/mcp/fs"


@pytest.mark.parametrize("url, ok", [
    ("https://as.example/x", True), ("http://127.0.0.1:3000", True), ("http://localhost:3000", True),
    ("http://[::1]:3000", True), ("http://as.example", False), ("ftp://as.example", False),
    ("https://user:pw@as.example", False), ("javascript:alert(1)", False), ("https://as.example/\n", False),
])
def test_check_url(url: str, ok: bool) -> None:
    if ok:
        assert check_url(url, "x") == url
    else:
        with pytest.raises(DiscoveryError):
            check_url(url, "x")


def routes(table: dict[str, tuple[int, Any]]) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        status, body = table.get(str(request.url), (404, {"error": "not_found"}))
        return httpx.Response(status, content=body if isinstance(body, bytes) else json.dumps(body).encode())

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_resource_metadata_falls_back_to_the_root_and_checks_resource() -> None:
    root = "https://gw.example/.well-known/oauth-protected-resource"
    http = routes({root: (200, {"resource": "https://gw.example/mcp/fs", "authorization_servers": ["https://as.example"]})})
    assert (await resource_metadata(http, "https://gw.example/mcp/fs"))["authorization_servers"] == ["https://as.example"]
    with pytest.raises(DiscoveryError, match="describes resource"):
        await resource_metadata(http, "https://gw.example/mcp/git")
    bad = routes({root: (200, {"resource": "https://gw.example/mcp/fs", "authorization_servers": []})})
    with pytest.raises(DiscoveryError, match="authorization_servers"):
        await resource_metadata(bad, "https://gw.example/mcp/fs")
    huge = routes({root: (200, b"{" + b" " * 300_000 + b"}")})
    with pytest.raises(DiscoveryError, match="larger"):
        await resource_metadata(huge, "https://gw.example/mcp/fs")


async def test_authorization_server_metadata_requires_the_same_issuer() -> None:
    http = routes({"https://as.example/.well-known/oauth-authorization-server": (200, {"issuer": "https://evil.example"}),
                   "https://as.example/.well-known/openid-configuration": (200, {"issuer": "https://as.example",
                                                                                  "token_endpoint": "t"})})
    assert (await authorization_server_metadata(http, "https://as.example"))["token_endpoint"] == "t"
    http = routes({"https://as.example/.well-known/oauth-authorization-server": (200, {"issuer": "https://evil.example"})})
    with pytest.raises(DiscoveryError, match="evil"):
        await authorization_server_metadata(http, "https://as.example")
