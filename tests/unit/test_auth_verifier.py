"""TokenVerifier beyond the corpus: the principal, the cache, options, fuzzing, introspection,
and the metadata and challenge helpers the HTTP gateway serves."""

from __future__ import annotations

import json
import random
import secrets
import time
from typing import Any

import httpx
import pytest

from mcpfort.auth.challenge import insufficient_scope_header, unauthorized_header
from mcpfort.auth.metadata import protected_resource_metadata, resource_metadata_url
from mcpfort.auth.tokens import InvalidToken, Principal, TokenVerifier
from tests.fixtures.oidc.jwtlab import JwksIssuer, compact, ec_key

AUD = "http://127.0.0.1:8848/mcp/fs"
NOW = int(time.time())


@pytest.fixture(scope="module")
def key() -> Any:
    return ec_key("es-1")


@pytest.fixture(scope="module")
def issuer(key: Any):
    with JwksIssuer({"keys": [key.jwk()]}) as server:
        yield server


def mint(key: Any, iss: str, **claims: Any) -> str:
    body = {"iss": iss, "aud": AUD, "sub": "alice", "client_id": "cli", "iat": NOW, "exp": NOW + 600,
            "jti": secrets.token_hex(8), "scope": "mcp:files:read mcp:files:write", "org": "acme",
            "mcp_context": "production", **claims}
    body = {k: v for k, v in body.items() if v is not None}
    return "Bearer " + compact({"alg": "ES256", "typ": "at+jwt", "kid": key.kid}, body, "ES256", key.private)


async def test_principal_fields(key: Any, issuer: JwksIssuer) -> None:
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW)
    token = mint(key, issuer.url)
    principal = await verifier.verify(token)
    assert isinstance(principal, Principal)
    assert (principal.user, principal.organization, principal.context, principal.client_id) == \
        ("alice", "acme", "production", "cli")
    assert principal.scopes == {"mcp:files:read", "mcp:files:write"}
    assert principal.expires_at == NOW + 600 and principal.token_id and principal.claims["sub"] == "alice"
    await verifier.aclose()


async def test_claim_mapping_and_audience_list(key: Any, issuer: JwksIssuer) -> None:
    verifier = TokenVerifier(issuer=issuer.url, audience=["https://gw.example/mcp/fs", AUD], clock=lambda: NOW,
                             claims={"user": "email", "organization": "tenant", "context": "env"})
    principal = await verifier.verify(mint(key, issuer.url, email="a@x.example", tenant="t1", env="dev",
                                           scope=None, scp=["a", "b"]))
    assert (principal.user, principal.organization, principal.context) == ("a@x.example", "t1", "dev")
    assert principal.scopes == {"a", "b"}
    with pytest.raises(InvalidToken, match="email"):
        await verifier.verify(mint(key, issuer.url))
    with pytest.raises(InvalidToken, match="tenant"):
        await verifier.verify(mint(key, issuer.url, email="a@x.example", tenant=["t1"]))
    with pytest.raises(InvalidToken, match="scope"):
        await verifier.verify(mint(key, issuer.url, email="a@x.example", scope=7))
    await verifier.aclose()


async def test_jti_and_client_id_requirements_are_configurable(key: Any, issuer: JwksIssuer) -> None:
    relaxed = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW, require_jti=False,
                            require_client_id=False)
    principal = await relaxed.verify(mint(key, issuer.url, jti=None, client_id=None))
    assert principal.client_id == "" and principal.token_id == ""
    strict = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW)
    for missing in ("jti", "client_id"):
        with pytest.raises(InvalidToken, match=missing):
            await strict.verify(mint(key, issuer.url, **{missing: None}))
    await relaxed.aclose()
    await strict.aclose()


async def test_leeway_is_honoured(key: Any, issuer: JwksIssuer) -> None:
    token = mint(key, issuer.url, exp=NOW - 30)
    tight = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW, leeway=0)
    with pytest.raises(InvalidToken, match="expired"):
        await tight.verify(token)
    loose = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW, leeway=60)
    assert (await loose.verify(token)).user == "alice"
    for v in (tight, loose):
        await v.aclose()


async def test_repeated_token_is_cached(key: Any, issuer: JwksIssuer) -> None:
    """The same object comes back: no second signature check (its speed is measured by
    bench/http_gateway.py, not by a timed test)."""
    now = [float(NOW)]
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: now[0])
    token = mint(key, issuer.url, exp=NOW + 100)
    first = await verifier.verify(token)
    for _ in range(100):
        assert await verifier.verify(token) is first
    now[0] = NOW + 100 + 61  # past exp and the leeway: the cache entry is gone and verification refuses it
    with pytest.raises(InvalidToken, match="expired"):
        await verifier.verify(token)
    await verifier.aclose()


async def test_cache_is_bounded(key: Any, issuer: JwksIssuer) -> None:
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW, cache_size=8)
    for _ in range(30):
        await verifier.verify(mint(key, issuer.url))
    assert len(verifier._cache) <= 8
    await verifier.aclose()


async def test_fuzzed_tokens_only_ever_raise_invalid_token(key: Any, issuer: JwksIssuer) -> None:
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW)
    good = mint(key, issuer.url)
    rng = random.Random(20261123)
    alphabet = "ABCxyz019-_.=+/ \t\n\x00é{}\"[]"
    accepted = 0
    for i in range(3000):
        chars = list(good)
        for _ in range(rng.randint(1, 4)):
            if not chars:
                break
            op, at = rng.randrange(4), rng.randrange(len(chars))
            if op == 0:
                chars[at] = rng.choice(alphabet)
            elif op == 1:
                del chars[at]
            elif op == 2:
                chars.insert(at, rng.choice(alphabet))
            else:
                chars = chars[:at]
        try:
            await verifier.verify("".join(chars))
            accepted += 1
        except InvalidToken:
            pass
    assert accepted < 30  # only mutations that leave the token intact (or truncate the scheme's case)
    await verifier.aclose()


async def test_a_library_failure_becomes_invalid_token(key: Any, issuer: JwksIssuer, monkeypatch) -> None:  # noqa: ANN001
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW)

    def boom(*a: Any, **k: Any) -> None:
        raise MemoryError("simulated")

    monkeypatch.setattr("mcpfort.auth.tokens.jws.deserialize_compact", boom)
    with pytest.raises(InvalidToken, match="MemoryError"):
        await verifier.verify(mint(key, issuer.url))
    await verifier.aclose()


# -- introspection, against a stand-in endpoint -----------------------------------------------------
def introspection_verifier(answer: dict[str, Any] | int, seen: list[httpx.Request], clock: Any = lambda: NOW) -> TokenVerifier:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if isinstance(answer, int):
            return httpx.Response(answer)
        return httpx.Response(200, json=answer)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return TokenVerifier(issuer="http://as.test", audience=AUD, http=http, clock=clock,
                         introspection={"endpoint": "http://as.test/introspect", "client_id": "rs:1",
                                        "client_secret": "s&cret"})


ACTIVE = {"active": True, "iss": "http://as.test", "aud": AUD, "client_id": "cli", "sub": "alice",
          "exp": NOW + 3600, "iat": NOW, "scope": "mcp:files:read", "token_type": "Bearer"}


async def test_introspection_accepts_an_active_token_and_caches_60s() -> None:
    seen: list[httpx.Request] = []
    now = [float(NOW)]
    verifier = introspection_verifier(ACTIVE, seen, clock=lambda: now[0])
    principal = await verifier.verify("Bearer opaque-token-1")
    assert principal.user == "alice" and principal.scopes == {"mcp:files:read"}
    assert principal.token_id.startswith("sha256:")
    request = seen[0]
    assert request.headers["authorization"] == "Basic cnMlM0ExOnMlMjZjcmV0"  # form-encoded, then base64
    assert dict(x.split("=") for x in request.content.decode().split("&")) == \
        {"token": "opaque-token-1", "token_type_hint": "access_token"}
    await verifier.verify("Bearer opaque-token-1")
    assert len(seen) == 1
    now[0] += 61
    await verifier.verify("Bearer opaque-token-1")
    assert len(seen) == 2


async def test_introspected_client_credentials_token_has_the_client_as_subject() -> None:
    answer = {k: v for k, v in ACTIVE.items() if k != "sub"}
    principal = await introspection_verifier(answer, []).verify("Bearer opaque")
    assert principal.user == "cli"


@pytest.mark.parametrize("answer, why", [
    ({"active": False}, "not active"),
    ({**ACTIVE, "active": "true"}, "not active"),
    ({**ACTIVE, "aud": "https://other.example"}, "aud"),
    ({k: v for k, v in ACTIVE.items() if k != "aud"}, "aud"),
    ({**ACTIVE, "iss": "http://evil.test"}, "iss"),
    ({**ACTIVE, "exp": NOW - 3600}, "expired"),
    ({k: v for k, v in ACTIVE.items() if k != "exp"}, "exp"),
    ({**ACTIVE, "token_type": "refresh_token"}, "token_type"),
    ({k: v for k, v in ACTIVE.items() if k not in ("client_id", "sub")}, "client_id|sub"),
    (500, "HTTP 500"),
    (401, "HTTP 401"),
])
async def test_introspection_rejects(answer: Any, why: str) -> None:
    with pytest.raises(InvalidToken, match=why):
        await introspection_verifier(answer, []).verify("Bearer opaque")


async def test_opaque_token_without_introspection_is_refused(issuer: JwksIssuer) -> None:
    verifier = TokenVerifier(issuer=issuer.url, audience=AUD)
    with pytest.raises(InvalidToken, match="introspection"):
        await verifier.verify("Bearer some-opaque-token")


# -- what the gateway serves ------------------------------------------------------------------------------
def test_protected_resource_metadata() -> None:
    doc = protected_resource_metadata(AUD, ["http://127.0.0.1:3000"], ["mcp:files:write", "mcp:files:read"],
                                      resource_name="mcpfort: fs")
    assert doc == {"resource": AUD, "authorization_servers": ["http://127.0.0.1:3000"],
                   "bearer_methods_supported": ["header"], "scopes_supported": ["mcp:files:read", "mcp:files:write"],
                   "resource_name": "mcpfort: fs"}
    json.dumps(doc)
    with pytest.raises(ValueError):
        protected_resource_metadata(AUD, [], [])
    assert resource_metadata_url(AUD) == "http://127.0.0.1:8848/.well-known/oauth-protected-resource/mcp/fs"
    assert resource_metadata_url("https://h.example/") == "https://h.example/.well-known/oauth-protected-resource"


def test_challenges() -> None:
    prm = resource_metadata_url(AUD)
    assert unauthorized_header(prm, ["mcp:files:read"]) == \
        f'Bearer resource_metadata="{prm}", scope="mcp:files:read"'
    assert unauthorized_header(prm) == f'Bearer resource_metadata="{prm}"'
    assert unauthorized_header(prm, error="invalid_token", description="bad") == \
        f'Bearer error="invalid_token", error_description="bad", resource_metadata="{prm}"'
    assert insufficient_scope_header(prm, ["mcp:files:write", "mcp:files:read"], description='needs "write"') == (
        f'Bearer error="insufficient_scope", scope="mcp:files:read mcp:files:write", resource_metadata="{prm}", '
        'error_description="needs \\"write\\""')
    with pytest.raises(ValueError):
        insufficient_scope_header(prm, [])
    with pytest.raises(ValueError):
        unauthorized_header(prm, ['bad"scope'])
    assert "\n" not in unauthorized_header(prm + "\r\nX-Injected: 1")
