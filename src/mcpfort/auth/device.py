"""The OAuth client side of ``mcpfort login`` and ``connect``: the device authorization grant
(RFC 8628) and the refresh-token grant, both with the RFC 8707 ``resource`` of the MCP server.

A CLI has no browser callback, so the device grant fits: the authorization server shows a page
where the person enters a short code; meanwhile the CLI polls the token endpoint, waiting
``interval`` seconds between tries and five more after each ``slow_down`` (RFC 8628 §3.5).
``sleep`` and ``clock`` are parameters so tests drive time.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import httpx

from mcpfort.auth.discovery import check_url
from mcpfort.auth.token_store import TokenSet

__all__ = ["OAuthError", "DeviceAuthorization", "start_device_authorization", "poll_for_tokens", "refresh",
           "DEVICE_GRANT"]

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
MAX_ANSWER = 64 * 1024


class OAuthError(Exception):
    """The authorization server refused, or answered something unusable; ``error`` is the OAuth code."""

    def __init__(self, message: str, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


@dataclass(frozen=True)
class DeviceAuthorization:
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float


async def _post(http: httpx.AsyncClient, url: str, data: dict[str, str]) -> tuple[int, dict[str, Any]]:
    try:
        response = await http.post(url, data=data, headers={"Accept": "application/json"}, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise OAuthError(f"{url}: {type(exc).__name__}: {exc}") from exc
    if len(response.content) > MAX_ANSWER:
        raise OAuthError(f"{url}: answer larger than {MAX_ANSWER} bytes")
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        raise OAuthError(f"{url}: HTTP {response.status_code}, not JSON") from None
    if not isinstance(body, dict):
        raise OAuthError(f"{url}: HTTP {response.status_code}, not a JSON object")
    return response.status_code, body


def _error(body: dict[str, Any], status: int) -> OAuthError:
    error = str(body.get("error") or f"HTTP {status}")
    description = body.get("error_description")
    return OAuthError(f"{error}: {description}" if isinstance(description, str) else error, error)


async def start_device_authorization(http: httpx.AsyncClient, endpoint: str, *, client_id: str, scope: str | None,
                                     resource: str, https_only: bool = True) -> DeviceAuthorization:
    data = {"client_id": client_id, "resource": resource}
    if scope:
        data["scope"] = scope
    status, body = await _post(http, endpoint, data)
    if status != 200:
        raise _error(body, status)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    if not isinstance(device_code, str) or not isinstance(user_code, str) or not user_code.isprintable():
        raise OAuthError("device authorization answer lacks device_code or user_code")
    # The person will open this URL: only http(s), and https unless it is on this machine.
    uri = check_url(body.get("verification_uri") or body.get("verification_url"), "verification_uri",
                    https_only=https_only)
    complete = body.get("verification_uri_complete")
    if complete is not None:
        complete = check_url(complete, "verification_uri_complete", https_only=https_only)
    expires_in = body.get("expires_in")
    interval = body.get("interval", 5)
    if not isinstance(expires_in, (int, float)) or isinstance(expires_in, bool) or expires_in <= 0:
        raise OAuthError("device authorization answer lacks expires_in")
    if not isinstance(interval, (int, float)) or isinstance(interval, bool) or interval < 0:
        interval = 5
    return DeviceAuthorization(device_code, user_code, uri, complete, float(expires_in), float(max(interval, 1)))


def _token_set(body: dict[str, Any], *, now: float, resource: str, issuer: str, token_endpoint: str,
               client_id: str, previous_refresh: str | None = None) -> TokenSet:
    access = body.get("access_token")
    token_type = body.get("token_type", "Bearer")
    if not isinstance(access, str) or not access:
        raise OAuthError("token answer has no access_token")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise OAuthError(f"token type {str(token_type)[:20]!r} is not Bearer")
    expires_in = body.get("expires_in")
    expires_at = now + float(expires_in) if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool) else None
    refresh_token = body.get("refresh_token") if isinstance(body.get("refresh_token"), str) else previous_refresh
    scope = body.get("scope") if isinstance(body.get("scope"), str) else None
    return TokenSet(resource=resource, issuer=issuer, token_endpoint=token_endpoint, client_id=client_id,
                    access_token=access, token_type="Bearer", expires_at=expires_at, refresh_token=refresh_token,
                    scope=scope)


async def poll_for_tokens(http: httpx.AsyncClient, token_endpoint: str, device: DeviceAuthorization, *,
                          client_id: str, resource: str, issuer: str,
                          sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                          clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time) -> TokenSet:
    """Poll until the person approves (tokens), denies, or the code expires (``OAuthError``)."""
    deadline = clock() + device.expires_in
    interval = device.interval
    data = {"grant_type": DEVICE_GRANT, "device_code": device.device_code, "client_id": client_id,
            "resource": resource}
    while True:
        await sleep(interval)
        if clock() > deadline:
            raise OAuthError("the code expired before it was approved: run mcpfort login again", "expired_token")
        status, body = await _post(http, token_endpoint, data)
        if status == 200:
            return _token_set(body, now=wall(), resource=resource, issuer=issuer, token_endpoint=token_endpoint,
                              client_id=client_id)
        error = body.get("error")
        if error == "authorization_pending":
            continue
        if error == "slow_down":
            interval += 5
            continue
        if error == "access_denied":
            raise OAuthError("the sign-in was denied", "access_denied")
        if error == "expired_token":
            raise OAuthError("the code expired before it was approved: run mcpfort login again", "expired_token")
        raise _error(body, status)


async def refresh(http: httpx.AsyncClient, tokens: TokenSet, *, wall: Callable[[], float] = time.time) -> TokenSet:
    """New tokens from the stored refresh token (``OAuthError`` if there is none or it is refused)."""
    if not tokens.refresh_token:
        raise OAuthError("no refresh token stored", "invalid_grant")
    data = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token, "client_id": tokens.client_id,
            "resource": tokens.resource}
    status, body = await _post(http, tokens.token_endpoint, data)
    if status != 200:
        raise _error(body, status)
    return _token_set(body, now=wall(), resource=tokens.resource, issuer=tokens.issuer,
                      token_endpoint=tokens.token_endpoint, client_id=tokens.client_id,
                      previous_refresh=tokens.refresh_token)
