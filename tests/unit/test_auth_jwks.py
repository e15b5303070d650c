"""The stateful part of the corpus: the JWKS cache under a kid spray, rotation, an issuer that goes
down, weak and symmetric keys, and concurrent cold starts.  Time is a fake clock, never a sleep."""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import Any

import pytest

from mcpfort.auth.jwks import JwksCache, KeyUnavailable, ingest
from mcpfort.auth.tokens import InvalidToken, TokenVerifier
from tests.fixtures.oidc.jwtlab import JwksIssuer, b64, compact, ec_key, ed_key, rsa_key

AUD = "http://127.0.0.1:8848/mcp/fs"
NOW = int(time.time())


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def rsa() -> Any:
    return rsa_key("rsa-1")


@pytest.fixture(scope="module")
def attacker() -> Any:
    return rsa_key("attacker")


def mint(key: Any, kid: str | None = None, **claims: Any) -> str:
    body = {"iss": claims.pop("iss"), "aud": AUD, "sub": "alice", "client_id": "cli", "iat": NOW, "exp": NOW + 600,
            "jti": secrets.token_hex(8), **claims}
    return "Bearer " + compact({"alg": key.alg, "typ": "at+jwt", "kid": kid or key.kid}, body, key.alg, key.private)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_verifier(issuer: JwksIssuer, clock: Clock, **kw: Any) -> TokenVerifier:
    return TokenVerifier(issuer=issuer.url, audience=AUD, clock=lambda: NOW, monotonic=clock, **kw)


async def test_kid_spray_costs_at_most_one_fetch_per_cooldown(rsa: Any, attacker: Any, clock: Clock) -> None:
    with JwksIssuer({"keys": [rsa.jwk()]}) as issuer:
        verifier = make_verifier(issuer, clock, jwks_cooldown=30)
        await verifier.verify(mint(rsa, iss=issuer.url))
        assert issuer.fetches == 1
        spray = [mint(attacker, kid=f"spray-{i}", iss=issuer.url) for i in range(300)]
        results = await asyncio.gather(*(verifier.verify(t) for t in spray), return_exceptions=True)
        assert all(isinstance(r, InvalidToken) for r in results)
        assert issuer.fetches == 1  # still inside the cool-down of the first fetch
        clock.t += 31
        results = await asyncio.gather(*(verifier.verify(t) for t in spray), return_exceptions=True)
        assert all(isinstance(r, InvalidToken) for r in results)
        assert issuer.fetches == 2  # one refresh for the whole spray
        for token in spray[:50]:  # and sequentially, too
            with pytest.raises(InvalidToken, match="not in the issuer's JWKS"):
                await verifier.verify(token)
        assert issuer.fetches == 2
        await verifier.aclose()


async def test_rotation_picks_up_a_new_kid_after_the_cooldown(rsa: Any, clock: Clock) -> None:
    new = ec_key("es-2")
    with JwksIssuer({"keys": [rsa.jwk()]}) as issuer:
        verifier = make_verifier(issuer, clock, jwks_cooldown=30)
        await verifier.verify(mint(rsa, iss=issuer.url))
        issuer.jwks = {"keys": [new.jwk(), rsa.jwk()]}
        rotated = mint(new, iss=issuer.url)
        with pytest.raises(InvalidToken, match="not in the issuer's JWKS"):
            await verifier.verify(rotated)
        clock.t += 30
        principal = await verifier.verify(rotated)
        assert principal.user == "alice" and issuer.fetches == 2
        issuer.jwks = {"keys": [new.jwk()]}  # the old key retired
        clock.t += 601
        with pytest.raises(InvalidToken, match="not in the issuer's JWKS"):
            await verifier.verify(mint(rsa, iss=issuer.url))
        await verifier.aclose()


async def test_stale_if_error_keeps_serving_known_keys(rsa: Any, clock: Clock) -> None:
    log: list[str] = []
    with JwksIssuer({"keys": [rsa.jwk()]}) as issuer:
        verifier = make_verifier(issuer, clock, jwks_ttl=600, log=log.append)
        await verifier.verify(mint(rsa, iss=issuer.url))
        issuer.fail = True
        clock.t += 700
        assert (await verifier.verify(mint(rsa, iss=issuer.url))).user == "alice"
        assert issuer.fetches == 2 and any("refresh failed" in line for line in log)
        clock.t += 86400 + 600  # beyond max_stale: no key is trusted any longer
        with pytest.raises(InvalidToken, match="no keys"):
            await verifier.verify(mint(rsa, iss=issuer.url))
        issuer.fail = False
        clock.t += 31
        assert (await verifier.verify(mint(rsa, iss=issuer.url))).user == "alice"
        await verifier.aclose()


async def test_issuer_down_from_the_start_is_invalid_token(rsa: Any, clock: Clock) -> None:
    with JwksIssuer({"keys": [rsa.jwk()]}) as issuer:
        issuer.fail = True
        verifier = make_verifier(issuer, clock)
        for _ in range(20):
            with pytest.raises(InvalidToken, match="no keys from the issuer"):
                await verifier.verify(mint(rsa, iss=issuer.url))
        assert issuer.fetches == 1  # retried only after the cool-down
        await verifier.aclose()
    unreachable = TokenVerifier(issuer="http://127.0.0.1:9", audience=AUD, clock=lambda: NOW)
    with pytest.raises(InvalidToken, match="metadata"):
        await unreachable.verify(mint(rsa, iss="http://127.0.0.1:9"))
    await unreachable.aclose()


async def test_concurrent_cold_start_is_one_fetch(rsa: Any, clock: Clock) -> None:
    with JwksIssuer({"keys": [rsa.jwk()]}) as issuer:
        verifier = make_verifier(issuer, clock)
        tokens = [mint(rsa, iss=issuer.url) for _ in range(50)]
        principals = await asyncio.gather(*(verifier.verify(t) for t in tokens))
        assert {p.user for p in principals} == {"alice"}
        assert issuer.fetches == 1 and issuer.metadata_fetches == 1
        await verifier.aclose()


async def test_weak_rsa_and_symmetric_keys_are_ignored(rsa: Any, clock: Clock) -> None:
    weak = rsa_key("weak-1", bits=1024)
    secret = b"shared-secret-shared-secret-32b!"
    log: list[str] = []
    oct_jwk = {"kty": "oct", "kid": "oct-1", "k": b64(secret), "alg": "HS256", "use": "sig"}
    with JwksIssuer({"keys": [weak.jwk(), oct_jwk, rsa.jwk()]}) as issuer:
        verifier = make_verifier(issuer, clock, log=log.append)
        with pytest.raises(InvalidToken, match="not in the issuer's JWKS"):
            await verifier.verify(mint(weak, iss=issuer.url))
        hs = "Bearer " + compact({"alg": "HS256", "typ": "at+jwt", "kid": "oct-1"},
                                 {"iss": issuer.url, "aud": AUD, "sub": "x", "client_id": "c", "iat": NOW,
                                  "exp": NOW + 60, "jti": "j"}, "HS256", secret)
        with pytest.raises(InvalidToken, match="HS256"):
            await verifier.verify(hs)
        assert verifier.jwks.kids == {"rsa-1"}
        assert any("1024 bits" in line for line in log) and any("'oct'" in line for line in log)
        await verifier.aclose()


@pytest.mark.parametrize("jwk, reason", [
    ({"kty": "RSA", "use": "enc"}, "not sig"),
    ({"kty": "RSA", "key_ops": ["encrypt"]}, "key_ops"),
    ({"kty": "RSA", "alg": "HS256"}, "does not fit"),
    ({"kty": "RSA", "alg": "RSA-OAEP"}, "does not fit"),
    ({"kty": "EC", "crv": "secp256k1", "alg": "ES256K"}, "curve"),
    ({"kty": "OKP", "crv": "X25519"}, "curve"),
    ({"kty": "oct", "k": "c2VjcmV0"}, "asymmetric"),
    ({"kty": "RSA", "n": "!!", "e": "AQAB"}, "does not import"),
])
def test_ingestion_rules(jwk: dict[str, Any], reason: str) -> None:
    keys, skipped = ingest({"keys": [{"kid": "k", "n": "AQAB", "e": "AQAB", **jwk}]})
    assert keys == {} and reason in skipped[0], skipped


def test_ingestion_pins_algorithms_and_drops_private_members() -> None:
    rsa, ec, ed, ps = rsa_key("r"), ec_key("e"), ed_key("d"), rsa_key("p", alg="PS256")
    private = rsa.private_jwk()
    del private["alg"]
    keys, skipped = ingest({"keys": [private, ec.jwk(), ed.jwk(alg=None) | {"alg": "Ed25519"}, ps.jwk(),
                                     {"kid": "r", "kty": "RSA"}, "junk", {"kty": "RSA"}]})
    assert keys["r"].algorithms == {"RS256"} and not keys["r"].key.is_private
    assert keys["e"].algorithms == {"ES256"}
    assert keys["d"].algorithms == {"EdDSA", "Ed25519"}
    assert keys["p"].algorithms == {"PS256"}
    assert len(skipped) == 3  # duplicate kid, non-object, no kid


def test_ingestion_refuses_a_document_without_keys() -> None:
    for document in ({}, {"keys": {}}, [], "x"):
        with pytest.raises(KeyUnavailable):
            ingest(document)


async def test_cache_without_http() -> None:
    """The cache only needs a coroutine that returns a JWKS document."""
    key = ec_key("e1")
    calls = 0

    async def fetch() -> Any:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        return {"keys": [key.jwk()]}

    clock = Clock()
    cache = JwksCache(fetch, ttl=10, cooldown=5, clock=clock)
    assert (await cache.key("e1")).kid == "e1"
    clock.t += 11
    await asyncio.gather(*(cache.key("e1") for _ in range(10)))
    assert calls == 2 == cache.fetches
