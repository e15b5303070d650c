"""TokenVerifier against a real authorization server: npm oidc-provider (pinned in
tests/fixtures/oidc) on 127.0.0.1, issuing RFC 9068 JWT access tokens for client credentials with
RFC 8707 resource indicators, opaque tokens for introspection, and rotating its signing keys."""

from __future__ import annotations

import time
from typing import Any, Iterator

import httpx
import pytest

from mcpfort.auth.tokens import InvalidToken, TokenVerifier
from tests.fixtures.oidc.jwtlab import (INTROSPECTOR, M2M_CLIENT, AuthorizationServer, authorization_server,
                                        ec_key, ed_key, node_available, rsa_key)

pytestmark = pytest.mark.integration

RS_ES = "http://127.0.0.1:8848/mcp/fs"
RS_RSA = "http://127.0.0.1:8848/mcp/git"
RS_ED = "http://127.0.0.1:8848/mcp/time"
RS_OPAQUE = "http://127.0.0.1:8848/mcp/opaque"
SCOPES = "mcp:files:read mcp:files:write"


@pytest.fixture(scope="module")
def server() -> Iterator[AuthorizationServer]:
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup` (npm ci in tests/fixtures/oidc)")
    keys = [ec_key("es-1"), rsa_key("rsa-1"), ed_key("ed-1")]
    resources = {RS_ES: {"scope": SCOPES, "alg": "ES256", "kid": "es-1"},
                 RS_RSA: {"scope": SCOPES, "alg": "RS256", "kid": "rsa-1"},
                 RS_ED: {"scope": SCOPES, "alg": "EdDSA", "kid": "ed-1"},
                 RS_OPAQUE: {"scope": SCOPES, "format": "opaque"}}
    with authorization_server(keys, resources) as running:
        yield running


def client_credentials(issuer: str, resource: str, scope: str = "mcp:files:read",
                       client: dict[str, Any] = M2M_CLIENT) -> httpx.Response:
    return httpx.post(f"{issuer}/token", auth=(client["client_id"], client["client_secret"]),
                      data={"grant_type": "client_credentials", "resource": resource, "scope": scope})


def access_token(issuer: str, resource: str, scope: str = "mcp:files:read") -> str:
    response = client_credentials(issuer, resource, scope)
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


@pytest.mark.parametrize("resource, alg", [(RS_ES, "ES256"), (RS_RSA, "RS256"), (RS_ED, "EdDSA")])
async def test_client_credentials_jwt_is_verified(server: AuthorizationServer, resource: str, alg: str) -> None:
    token = access_token(server.issuer, resource, SCOPES)
    verifier = TokenVerifier(issuer=server.issuer, audience=resource)
    principal = await verifier.verify(f"Bearer {token}")
    assert principal.user == "gw-m2m" and principal.client_id == "gw-m2m"
    assert principal.scopes == {"mcp:files:read", "mcp:files:write"}
    assert principal.expires_at > time.time() + 500 and principal.token_id == principal.claims["jti"]
    assert principal.claims["aud"] == resource and verifier.jwks.kids == {"es-1", "rsa-1", "ed-1"}
    await verifier.aclose()


async def test_a_token_for_another_resource_is_refused(server: AuthorizationServer) -> None:
    token = access_token(server.issuer, RS_RSA)
    verifier = TokenVerifier(issuer=server.issuer, audience=RS_ES)
    with pytest.raises(InvalidToken, match="aud"):
        await verifier.verify(f"Bearer {token}")
    await verifier.aclose()


async def test_a_token_from_another_issuer_is_refused(server: AuthorizationServer) -> None:
    token = access_token(server.issuer, RS_ES)
    verifier = TokenVerifier(issuer=server.issuer + "/", audience=RS_ES)  # not the same string: no metadata match
    with pytest.raises(InvalidToken):
        await verifier.verify(f"Bearer {token}")
    await verifier.aclose()


def test_the_server_enforces_resource_and_client_authentication(server: AuthorizationServer) -> None:
    assert client_credentials(server.issuer, "https://unknown.example/mcp").json()["error"] == "invalid_target"
    wrong = dict(M2M_CLIENT, client_secret="wrong")
    assert client_credentials(server.issuer, RS_ES, client=wrong).status_code == 401


async def test_opaque_token_via_introspection(server: AuthorizationServer) -> None:
    token = access_token(server.issuer, RS_OPAQUE)
    assert token.count(".") == 0
    now = [time.time()]
    verifier = TokenVerifier(issuer=server.issuer, audience=RS_OPAQUE, clock=lambda: now[0],
                             introspection={"client_id": INTROSPECTOR["client_id"],
                                            "client_secret": INTROSPECTOR["client_secret"]})
    principal = await verifier.verify(f"Bearer {token}")
    assert principal.user == "gw-m2m" and principal.scopes == {"mcp:files:read"}
    with pytest.raises(InvalidToken, match="not active"):
        await verifier.verify("Bearer not-a-token-the-server-issued")
    # Revoked at the server: refused once the (at most 60 s) cache entry is gone.
    revoked = httpx.post(f"{server.issuer}/token/revocation", auth=(M2M_CLIENT["client_id"], M2M_CLIENT["client_secret"]),
                         data={"token": token})
    assert revoked.status_code == 200
    assert (await verifier.verify(f"Bearer {token}")).user == "gw-m2m"
    now[0] += 61
    with pytest.raises(InvalidToken, match="not active"):
        await verifier.verify(f"Bearer {token}")
    # A JWT audience token is not accepted here either (it is not for this resource).
    with pytest.raises(InvalidToken, match="aud"):
        await verifier.verify(f"Bearer {access_token(server.issuer, RS_ES)}")
    await verifier.aclose()


async def test_introspection_with_a_wrong_secret_is_refused(server: AuthorizationServer) -> None:
    token = access_token(server.issuer, RS_OPAQUE)
    verifier = TokenVerifier(issuer=server.issuer, audience=RS_OPAQUE,
                             introspection={"client_id": INTROSPECTOR["client_id"], "client_secret": "nope"})
    with pytest.raises(InvalidToken, match="HTTP 401"):
        await verifier.verify(f"Bearer {token}")
    await verifier.aclose()


async def test_jwks_rotation() -> None:
    """The issuer rotates to a new key: new tokens verify after one refresh, old ones until the old
    key leaves the JWKS."""
    if not node_available():
        pytest.fail("oidc-provider is not installed: run `make setup`")
    old, new = ec_key("es-old"), ec_key("es-new")
    monotonic = [0.0]
    with authorization_server([old], {RS_ES: {"scope": SCOPES, "alg": "ES256", "kid": "es-old"}}) as server:
        verifier = TokenVerifier(issuer=server.issuer, audience=RS_ES, jwks_cooldown=30, jwks_ttl=600,
                                 monotonic=lambda: monotonic[0])
        before = access_token(server.issuer, RS_ES)
        assert (await verifier.verify(f"Bearer {before}")).user == "gw-m2m"

        server.restart(keys=[new, old], resources={RS_ES: {"scope": SCOPES, "alg": "ES256", "kid": "es-new"}})
        after = access_token(server.issuer, RS_ES)
        monotonic[0] += 31
        assert (await verifier.verify(f"Bearer {after}")).user == "gw-m2m"
        assert verifier.jwks.kids == {"es-new", "es-old"} and verifier.jwks.fetches == 2
        fresh = TokenVerifier(issuer=server.issuer, audience=RS_ES)
        assert (await fresh.verify(f"Bearer {before}")).user == "gw-m2m"  # old key still published

        server.restart(keys=[new], resources={RS_ES: {"scope": SCOPES, "alg": "ES256", "kid": "es-new"}})
        retired = TokenVerifier(issuer=server.issuer, audience=RS_ES)
        with pytest.raises(InvalidToken, match="es-old"):
            await retired.verify(f"Bearer {before}")
        assert (await retired.verify(f"Bearer {access_token(server.issuer, RS_ES)}")).user == "gw-m2m"
        for v in (verifier, fresh, retired):
            await v.aclose()
