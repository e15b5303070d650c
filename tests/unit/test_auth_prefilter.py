"""The token pre-filter on its own: shapes that never reach a JOSE library."""

from __future__ import annotations

import json

import pytest

from mcpfort.auth._prefilter import MAX_DEPTH, Malformed, bearer_token, parse_jwt
from tests.fixtures.oidc.jwtlab import b64

HEADER = {"alg": "RS256", "typ": "at+jwt", "kid": "k1"}
SIG = b64(b"\x01" * 256)


def token(header: object = HEADER, payload: object = None, raw_payload: str | None = None) -> str:
    body = raw_payload if raw_payload is not None else json.dumps(payload if payload is not None else {"sub": "u"})
    head = header if isinstance(header, str) else json.dumps(header)
    return f"{b64(head.encode())}.{b64(body.encode())}.{SIG}"


@pytest.mark.parametrize("value, ok", [
    ("Bearer abc", True), ("bearer abc", True), ("BEARER abc", True), ("Bearer a.b.c", True),
    ("Bearer abc==", True),  # b64token allows trailing '=' (an opaque token may have it)
    ("Bearer  abc", False), ("Bearer abc ", False), ("Bearer\tabc", False), ("Bearer abc\n", False),
    ("Bearer", False), ("Bearer ", False), ("Basic abc", False), ("Bearerabc", False), ("Bearer a=b", False),
    ("Bearer " + "a" * 8200, False), ("Bearer \u00e9", False), (None, False),
])
def test_bearer_scheme(value: str | None, ok: bool) -> None:
    if ok:
        assert bearer_token(value) == value.split(" ", 1)[1]  # type: ignore[union-attr]
    else:
        with pytest.raises(Malformed):
            bearer_token(value)


def test_a_well_formed_token_parses() -> None:
    parsed = parse_jwt(token(payload={"sub": "u", "n": [1, {"a": None}]}))
    assert parsed.alg == "RS256" and parsed.kid == "k1" and parsed.claims["sub"] == "u"


def test_application_at_jwt_is_the_same_type() -> None:
    assert parse_jwt(token({**HEADER, "typ": "application/at+jwt"})).kid == "k1"


def test_non_canonical_base64url_is_refused() -> None:
    # 256 bytes leave 4 spare bits in the last character; setting one decodes to the same bytes.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = SIG[-1]
    twin = alphabet[alphabet.index(last) | 1]
    assert twin != last
    with pytest.raises(Malformed, match="canonical"):
        parse_jwt(token().rsplit(".", 1)[0] + "." + SIG[:-1] + twin)


def test_impossible_length_is_refused() -> None:
    with pytest.raises(Malformed, match="length"):
        parse_jwt(token().rsplit(".", 1)[0] + ".AAAAA")


@pytest.mark.parametrize("raw, why", [
    ('{"sub":"u","sub":"admin"}', "duplicate"),
    ('{"exp":NaN}', "NaN"),
    ('{"exp":Infinity}', "Infinity"),
    ('{"exp":-Infinity}', "Infinity"),
    ('{"sub":"u"} x', "not JSON"),
    ('"just a string"', "not a JSON object"),
    ("null", "not a JSON object"),
    ('{"n":' + "1" * 5000 + "}", "not JSON"),  # int digit limit
    ('{"a":' + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "}", "deeper"),
    ('{"a":' + '{"b":' * 3000 + "1" + "}" * 3000 + "}", "nests too deeply"),
    ('{"s":"\\ud800"}', None),  # a lone surrogate escape parses in Python; it is only data
])
def test_payload_json_rules(raw: str, why: str | None) -> None:
    if why is None:
        parse_jwt(token(raw_payload=raw))
        return
    with pytest.raises(Malformed, match=why):
        parse_jwt(token(raw_payload=raw))


def test_invalid_utf8_is_refused() -> None:
    payload = b64(b'{"sub":"\xff"}')
    bad = f"{b64(json.dumps(HEADER).encode())}.{payload}.{SIG}"
    with pytest.raises(Malformed, match="not JSON"):
        parse_jwt(bad)


@pytest.mark.parametrize("header, why", [
    ({**HEADER, "cty": "JWT"}, "not allowed: cty"),
    ({**HEADER, "zip": "DEF"}, "not allowed: zip"),
    ({**HEADER, "enc": "A256GCM"}, "not allowed: enc"),
    ({**HEADER, "b64": False}, "not allowed: b64"),
    ({**HEADER, "alg": ""}, "no alg"),
    ({**HEADER, "alg": 256}, "no alg"),
    ({**HEADER, "typ": ["at+jwt"]}, "not at\\+jwt"),
    ({**HEADER, "kid": ""}, "no kid"),
    ({**HEADER, "kid": 7}, "no kid"),
    ({**HEADER, "kid": "k" * 300}, "too long"),
    ({**HEADER, "kid": "a\u0000b"}, "printable"),
    ('{"alg":"RS256","typ":"at+jwt","kid":"k1","kid":"k2"}', "duplicate"),
    ("[1]", "not a JSON object"),
])
def test_header_rules(header: object, why: str) -> None:
    with pytest.raises(Malformed, match=why):
        parse_jwt(token(header))
