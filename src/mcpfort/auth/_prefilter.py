"""The strict shape check every bearer token passes before any cryptography runs.

No JWT library passes the attack corpus on its own (research/auth-audit-policy.md §2): the gaps
are in parsing, not in signatures.  This module closes them in one pass, in the order of §2.3:

1. the ``Authorization`` value is at most 8 KiB and reads ``Bearer <token>`` with one space;
2. the token is three base64url segments, each of which round-trips to the same canonical text
   (no padding, no ``+/``, no stray bits, no whitespace);
3. header and payload are JSON objects parsed with duplicate names refused, ``NaN``/``Infinity``
   refused, and deep nesting refused without a ``RecursionError`` escaping;
4. the header holds only ``alg``, ``typ`` and ``kid`` (so ``jku x5u jwk x5c crit b64 cty zip enc``
   never reach a library), ``typ`` is ``at+jwt`` (RFC 9068) and ``kid`` is present.

Everything here raises ``Malformed`` with a reason for the audit log; the caller turns it into
``InvalidToken``.  Nothing here trusts the token: the signature is checked afterwards.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Malformed", "Parsed", "bearer_token", "looks_like_jwt", "parse_jwt", "MAX_AUTHORIZATION"]

MAX_AUTHORIZATION = 8 * 1024
MAX_KID = 256
MAX_DEPTH = 16
HEADER_NAMES = frozenset({"alg", "typ", "kid"})
AT_JWT_TYPES = frozenset({"at+jwt", "application/at+jwt"})
_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
# RFC 6750 b64token, for opaque tokens that go to introspection.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


class Malformed(ValueError):
    """The token is not a well-formed RFC 9068 access token; ``str()`` says why."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """A token whose shape passed; its signature and claims are not yet checked."""

    token: str
    header: dict[str, Any]
    claims: dict[str, Any]

    @property
    def alg(self) -> str:
        return self.header["alg"]

    @property
    def kid(self) -> str:
        return self.header["kid"]


def bearer_token(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer`` value, or ``Malformed``."""
    if authorization is None:
        raise Malformed("no Authorization header")
    if not isinstance(authorization, str):
        raise Malformed("Authorization header is not text")
    if len(authorization) > MAX_AUTHORIZATION:
        raise Malformed(f"Authorization header longer than {MAX_AUTHORIZATION} bytes ({len(authorization)})")
    scheme, sep, token = authorization.partition(" ")
    if not sep or scheme.lower() != "bearer":
        raise Malformed(f"Authorization scheme is not Bearer ({scheme[:16]!r})")
    if not _B64TOKEN.fullmatch(token):
        raise Malformed("bearer token has characters outside RFC 6750 b64token (whitespace, padding or junk)")
    return token


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


def _segment(text: str, what: str) -> bytes:
    if not _SEGMENT.fullmatch(text):
        raise Malformed(f"{what} is not base64url")
    if len(text) % 4 == 1:
        raise Malformed(f"{what} has an impossible base64url length")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise Malformed(f"{what} does not decode: {exc}") from None
    # Two encodings of one value are a parser differential waiting to happen: insist on the canonical one.
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != text:
        raise Malformed(f"{what} is not canonical base64url")
    return raw


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        names = [k for k, _ in pairs]
        dup = next(k for k in names if names.count(k) > 1)
        raise Malformed(f"duplicate member {dup[:40]!r}")
    return result


def _no_constant(name: str) -> Any:
    raise Malformed(f"non-JSON number {name}")


def _depth_ok(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def _json_object(raw: bytes, what: str) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except Malformed as exc:
        raise Malformed(f"{what}: {exc}") from None
    except RecursionError:
        raise Malformed(f"{what} nests too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError and int-digit limits are ValueErrors
        raise Malformed(f"{what} is not JSON: {str(exc)[:80]}") from None
    if not isinstance(value, dict):
        raise Malformed(f"{what} is not a JSON object")
    if not _depth_ok(value):
        raise Malformed(f"{what} nests deeper than {MAX_DEPTH}")
    return value


def parse_jwt(token: str) -> Parsed:
    """Check a compact JWS's shape and header; returns it parsed, or raises ``Malformed``."""
    if not _JWT.fullmatch(token):
        raise Malformed("not three base64url segments")
    head, body, sig = token.split(".")
    header = _json_object(_segment(head, "header"), "header")
    extra = header.keys() - HEADER_NAMES
    if extra:
        raise Malformed(f"header parameters not allowed: {', '.join(sorted(k[:24] for k in extra))}")
    alg, typ, kid = header.get("alg"), header.get("typ"), header.get("kid")
    if not isinstance(alg, str) or not alg:
        raise Malformed("header has no alg")
    if typ is None:
        raise Malformed("header has no typ (RFC 9068 needs at+jwt)")
    if not isinstance(typ, str) or typ.lower() not in AT_JWT_TYPES:
        raise Malformed(f"typ is {str(typ)[:40]!r}, not at+jwt (RFC 9068)")
    if not isinstance(kid, str) or not kid:
        raise Malformed("header has no kid")
    if len(kid) > MAX_KID or not kid.isprintable():
        raise Malformed("kid is too long or not printable")
    _segment(sig, "signature")
    claims = _json_object(_segment(body, "payload"), "payload")
    return Parsed(token=token, header=header, claims=claims)
