"""The JWT attack corpus (tests/data/jwt_attacks.yaml) against TokenVerifier, one case per test.

Tokens are minted with ``cryptography`` and verified against a JWKS served over real HTTP from
127.0.0.1.  A reject must be ``InvalidToken``: any other exception fails the test.
"""

from __future__ import annotations

import base64
import datetime
import json
import secrets
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.x509.oid import NameOID

from mcpfort.auth.tokens import InvalidToken, TokenVerifier
from tests.fixtures.oidc.jwtlab import P256_ORDER, JwksIssuer, b64, ec_key, ed_key, rsa_key, sign

CORPUS = Path(__file__).resolve().parent.parent / "data" / "jwt_attacks.yaml"
CASES = yaml.safe_load(CORPUS.read_text())["cases"]
AUD = "http://127.0.0.1:8848/mcp/fs"
NOW = int(time.time())


@pytest.fixture(scope="module")
def keys() -> dict[str, Any]:
    return {"rsa": rsa_key("rsa-1"), "ec": ec_key("es-1"), "ed": ed_key("ed-1"), "attacker": rsa_key("attacker-1")}


@pytest.fixture(scope="module")
def issuer(keys: dict[str, Any]):
    with JwksIssuer({"keys": [keys[k].jwk() for k in ("rsa", "ec", "ed")]}) as server:
        yield server


@pytest.fixture
async def verifier(issuer: JwksIssuer):
    v = TokenVerifier(issuer=issuer.url, audience=AUD, leeway=60, clock=lambda: NOW)
    yield v
    await v.aclose()


def _self_signed(key: Any) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "attacker")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public)
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key.private, hashes.SHA256()))
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def _value(value: Any, env: dict[str, Any]) -> Any:
    if isinstance(value, list):
        return [_value(v, env) for v in value]
    if not isinstance(value, str):
        return value
    as_string = value.startswith("str:")
    text = value[4:] if as_string else value
    if text.startswith("now") and text[3:4] in "+-" and text[4:].isdigit():
        n = NOW + int(text[3:])
        return str(n) if as_string else n
    if text.startswith("$AUD"):
        return AUD + text[4:]
    return env.get(text, text)


def _apply(base: dict[str, Any], changes: dict[str, Any] | None, env: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for name, value in (changes or {}).items():
        if value is None:
            result.pop(name, None)
        else:
            result[name] = _value(value, env)
    return result


def _with_duplicates(document: dict[str, Any], extra: dict[str, Any] | None) -> str:
    text = json.dumps(document, separators=(",", ":"))
    for name, value in (extra or {}).items():
        text = text[:-1] + f",{json.dumps(name)}:{json.dumps(value)}}}"
    return text


def build(case: dict[str, Any], keys: dict[str, Any], issuer_url: str) -> str:
    """The Authorization header value for one corpus case."""
    key = keys[case.get("key", "rsa")]
    env = {"$ISS": issuer_url, "$ISS_PREFIX": issuer_url[:-1], "$ATTACKER_JWK": keys["attacker"].jwk(),
           "$ATTACKER_X5C": [_self_signed(keys["attacker"])]}
    header = _apply({"alg": key.alg, "typ": "at+jwt", "kid": key.kid}, case.get("header"), env)
    claims = _apply({"iss": issuer_url, "aud": AUD, "sub": "user-123", "client_id": "mcp-client", "iat": NOW - 10,
                     "nbf": NOW - 10, "exp": NOW + 600, "jti": secrets.token_urlsafe(12), "scope": "mcp:files:read",
                     "org": "acme"}, case.get("claims"), env)
    if "pad_claim" in case:
        claims["pad"] = "x" * case["pad_claim"]
    if "pad_header" in case:
        header["x-pad"] = "x" * case["pad_header"]
    head_text = _with_duplicates(header, case.get("duplicate_header"))
    body_text = case.get("raw_payload") or _with_duplicates(claims, case.get("duplicate"))
    if "nest" in case:  # too deep for json.dumps, so spliced in as text
        body_text = body_text[:-1] + ',"deep":' + "[" * case["nest"] + "]" * case["nest"] + "}"
    signing_input = f"{b64(head_text.encode())}.{b64(body_text.encode())}".encode()

    how = case.get("sign", "key")
    pub = keys["rsa"]
    if how == "key":
        signature = sign(key.alg, key.private, signing_input)
    elif how == "none":
        signature = b""
    elif how == "ps256":
        signature = sign("PS256", key.private, signing_input)
    elif how == "hmac-pem":
        signature = sign("HS256", pub.public_pem(), signing_input)
    elif how == "hmac-jwk":
        signature = sign("HS256", json.dumps(pub.jwk()).encode(), signing_input)
    elif how == "hmac-empty":
        signature = sign("HS256", b"", signing_input)
    elif how == "hmac-k":
        signature = sign("HS256", b"k", signing_input)
    elif how == "zero":
        signature = bytes(64)
    elif how in ("der", "high-s"):
        raw = sign("ES256", key.private, signing_input)
        r, s = int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
        signature = (encode_dss_signature(r, s) if how == "der"
                     else r.to_bytes(32, "big") + (P256_ORDER - s).to_bytes(32, "big"))
    else:
        raise ValueError(how)
    token = f"{signing_input.decode()}.{b64(signature)}"

    mutate = case.get("mutate")
    head, body, sig = token.split(".")
    if mutate == "tamper-payload":
        tampered = dict(claims, sub="admin")
        token = f"{head}.{b64(json.dumps(tampered, separators=(',', ':')).encode())}.{sig}"
    elif mutate == "strip-sig":
        token = f"{head}.{body}."
    elif mutate == "space-in-signature":
        token = f"{head}.{body}.{sig[:20]} {sig[20:]}"
    elif mutate == "pad":
        token += "=="
    elif mutate == "std-alphabet":
        assert "-" in token or "_" in token, "regenerate: nothing to swap"
        token = token.replace("-", "+").replace("_", "/")
    elif mutate == "five-segments":
        token = f"{head}.{b64(b'cek')}.{b64(b'iv-iv-iv-iv')}.{body}.{sig}"
    elif mutate == "unencoded-payload":
        token = f"{head}.{body_text}.{sig}"
    elif mutate is not None:
        raise ValueError(mutate)
    return case.get("authorization", "Bearer {token}").replace("{token}", token)


def test_corpus_has_every_case() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) == 63
    assert sum(c["expect"] == "accept" for c in CASES) == 7
    assert sum(c["expect"] == "reject" for c in CASES) == 56
    assert all(c.get("ref") for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
async def test_case(case: dict[str, Any], keys: dict[str, Any], issuer: JwksIssuer, verifier: TokenVerifier) -> None:
    authorization = build(case, keys, issuer.url)
    if case["expect"] == "accept":
        principal = await verifier.verify(authorization)
        assert principal.user == "user-123"
        assert principal.organization == "acme"
        assert principal.client_id == "mcp-client"
        assert principal.scopes == frozenset({"mcp:files:read"})
    else:
        with pytest.raises(InvalidToken) as caught:
            await verifier.verify(authorization)
        assert caught.value.reason  # the audit log gets a reason, the client gets nothing


async def test_reject_reasons_name_the_cause(keys: dict[str, Any], issuer: JwksIssuer, verifier: TokenVerifier) -> None:
    """Spot-check that rejects happen for the case's own reason, not a broken baseline."""
    expected = {"alg-none": "three", "alg-none-sig-kept": "alg", "typ-jwt": "typ", "kid-unknown": "kid", "jku-legit-kid": "jku",
                "aud-suffix": "aud", "iss-partial": "iss", "exp-past": "exp", "dup-claim": "duplicate",
                "deep-nesting": "nest", "oversized": "longer", "ecdsa-zero": "signature",
                "alg-ps256-rsa": "PS256", "alg-kty-mismatch": "ES256", "crit-empty": "crit",
                "sub-missing": "sub", "client_id-missing": "client_id", "b64-padding": "three"}
    by_id = {c["id"]: c for c in CASES}
    for case_id, word in expected.items():
        with pytest.raises(InvalidToken) as caught:
            await verifier.verify(build(by_id[case_id], keys, issuer.url))
        assert word in caught.value.reason, (case_id, caught.value.reason)


async def test_missing_and_foreign_schemes(verifier: TokenVerifier) -> None:
    for value in (None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer", "Token abc", "Bearer a.b",
                  "Bearer " + "a" * 9000, "Bearer \u00e9.a.b", "Bearer a..b"):
        with pytest.raises(InvalidToken):
            await verifier.verify(value)
