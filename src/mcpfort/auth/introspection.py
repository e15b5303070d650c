"""RFC 7662 token introspection, for authorization servers that hand out opaque access tokens.

The resource server authenticates to the introspection endpoint with ``client_secret_basic``
(RFC 6749 §2.3.1: both halves form-encoded before base64) and gets the token's claims back.
Only ``"active": true`` (the JSON literal) counts; the claims are then held to the same rules
as a JWT's by ``TokenVerifier``.  Answers are cached by the verifier, never longer than 60 s.
"""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import quote

import httpx

__all__ = ["IntrospectionFailed", "introspect"]

MAX_ANSWER = 64 * 1024


class IntrospectionFailed(Exception):
    """The endpoint could not be asked, or said the token is not active; ``str()`` says which."""


def _basic(client_id: str, client_secret: str) -> str:
    pair = f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}"
    return "Basic " + base64.b64encode(pair.encode()).decode("ascii")


async def introspect(http: httpx.AsyncClient, endpoint: str, token: str, *, client_id: str,
                     client_secret: str) -> dict[str, Any]:
    """The claims of an active token, or ``IntrospectionFailed``."""
    try:
        response = await http.post(endpoint, data={"token": token, "token_type_hint": "access_token"},
                                   headers={"Authorization": _basic(client_id, client_secret),
                                            "Accept": "application/json"},
                                   follow_redirects=False)
    except httpx.HTTPError as exc:
        raise IntrospectionFailed(f"introspection endpoint unreachable: {type(exc).__name__}: {exc}") from exc
    if response.status_code != 200:
        raise IntrospectionFailed(f"introspection endpoint answered HTTP {response.status_code}")
    if len(response.content) > MAX_ANSWER:
        raise IntrospectionFailed("introspection answer too large")
    try:
        answer = json.loads(response.content)
    except (ValueError, RecursionError):
        raise IntrospectionFailed("introspection answer is not JSON") from None
    if not isinstance(answer, dict):
        raise IntrospectionFailed("introspection answer is not a JSON object")
    if answer.get("active") is not True:
        raise IntrospectionFailed("introspection says the token is not active")
    return answer
