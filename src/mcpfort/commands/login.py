"""``mcpfort login URL``: sign in to a protected MCP server with the device authorization grant.

The authorization server is found the way the MCP specification says: the resource's RFC 9728
metadata (path-inserted well-known URL, then the root one, then the ``resource_metadata`` of a
401 challenge), then the server's RFC 8414 metadata.  The person gets a URL and a code to enter
in any browser; nothing is opened automatically.  Tokens go to the OS keyring, or an encrypted
0600 file where there is none, for ``mcpfort connect`` to use and refresh.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from mcpfort.auth.device import OAuthError, poll_for_tokens, start_device_authorization
from mcpfort.auth.discovery import (DiscoveryError, authorization_server_metadata, canonical_resource, check_url,
                                    is_loopback, resource_metadata)
from mcpfort.auth.token_store import FileStore, TokenStore, default_store
from mcpfort.errors import MCPFortError, UsageError

__all__ = ["add_arguments", "run", "discover", "https_only"]

DEFAULT_CLIENT_ID = "mcpfort"
_CHALLENGE_METADATA = re.compile(r'resource_metadata="([^"]+)"')


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Sign in to a protected MCP server (e.g. mcpfort serve's /mcp/<name>) with the OAuth "
                          "device authorization grant, and store the tokens for mcpfort connect.")
    parser.add_argument("url", help="the MCP server's URL, e.g. https://gateway.example/mcp/fs")
    parser.add_argument("--client-id", default=os.environ.get("MCPFORT_CLIENT_ID", DEFAULT_CLIENT_ID),
                        help="the OAuth client registered for mcpfort at the authorization server "
                             f"(default: $MCPFORT_CLIENT_ID, else {DEFAULT_CLIENT_ID!r})")
    parser.add_argument("--scope", help="scopes to ask for (default: the server's scopes_supported, plus "
                                        "offline_access when the authorization server offers it)")
    parser.add_argument("--issuer", help="which of the server's authorization servers to use (default: the first)")
    parser.add_argument("--logout", action="store_true", help="forget the stored tokens for URL instead")


def https_only(url: str) -> bool:
    """A resource on this machine may use plain http throughout (development); any other needs https."""
    return not is_loopback(urlsplit(url).hostname or "")


async def discover(http: httpx.AsyncClient, url: str, *, issuer: str | None = None,
                   strict: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """(protected resource metadata, authorization server metadata) for ``url``."""
    try:
        prm = await resource_metadata(http, url, https_only=strict)
    except DiscoveryError as first:
        hint = await _challenge_hint(http, url)
        if hint is None:
            raise
        try:
            prm = await resource_metadata(http, url, hint=hint, https_only=strict)
        except DiscoveryError as exc:
            raise DiscoveryError(f"{first}; {exc}") from exc
    servers = prm["authorization_servers"]
    chosen = issuer or servers[0]
    if chosen not in servers:
        raise DiscoveryError(f"{chosen} is not one of the server's authorization servers: {', '.join(servers)}")
    check_url(chosen, "authorization server", https_only=strict)
    metadata = await authorization_server_metadata(http, chosen)
    return prm, metadata


async def _challenge_hint(http: httpx.AsyncClient, url: str) -> str | None:
    """The ``resource_metadata`` URL of the 401 an unauthenticated request gets, if any."""
    try:
        response = await http.post(url, json={"jsonrpc": "2.0", "id": 0, "method": "ping"},
                                   headers={"Accept": "application/json, text/event-stream"})
    except httpx.HTTPError:
        return None
    match = _CHALLENGE_METADATA.search(response.headers.get("www-authenticate", ""))
    return match.group(1) if response.status_code == 401 and match else None


def _scope(requested: str | None, prm: dict[str, Any], metadata: dict[str, Any]) -> str | None:
    if requested is not None:
        return requested or None
    scopes = [s for s in prm.get("scopes_supported") or [] if isinstance(s, str)]
    offered = metadata.get("scopes_supported") or []
    if "offline_access" in offered and "offline_access" not in scopes:
        scopes.append("offline_access")  # so connect can refresh without another login
    return " ".join(scopes) or None


def _where(store: TokenStore) -> str:
    return f"in {store.path}" if isinstance(store, FileStore) else "in the OS keyring"


async def _login(args: argparse.Namespace, store: TokenStore) -> int:
    strict = https_only(args.url)
    url = check_url(args.url, "url", https_only=strict)
    async with httpx.AsyncClient(timeout=15, follow_redirects=False, headers={"User-Agent": "mcpfort"}) as http:
        prm, metadata = await discover(http, url, issuer=args.issuer, strict=strict)
        issuer = metadata["issuer"]
        device_endpoint = metadata.get("device_authorization_endpoint")
        if not device_endpoint:
            raise MCPFortError(f"{issuer} does not offer the device authorization grant (RFC 8628), "
                               "which mcpfort login needs")
        check_url(device_endpoint, "device_authorization_endpoint", https_only=strict)
        token_endpoint = check_url(metadata.get("token_endpoint"), "token_endpoint", https_only=strict)
        resource = prm["resource"]
        device = await start_device_authorization(http, device_endpoint, client_id=args.client_id,
                                                  scope=_scope(args.scope, prm, metadata), resource=resource,
                                                  https_only=strict)
        print(f"To sign in to {resource} ({issuer}), open\n\n    {device.verification_uri}\n\n"
              f"and enter the code\n\n    {device.user_code}\n", flush=True)
        if device.verification_uri_complete:
            print(f"(or open {device.verification_uri_complete})", flush=True)
        print(f"Waiting for approval (the code expires in {int(device.expires_in // 60)} min)…", flush=True)
        tokens = await poll_for_tokens(http, token_endpoint, device, client_id=args.client_id, resource=resource,
                                       issuer=issuer)
    store.save(tokens)
    until = (f", valid until {time.strftime('%H:%M', time.localtime(tokens.expires_at))}"
             if tokens.expires_at else "")
    refresh = "; it refreshes itself" if tokens.refresh_token else "; run mcpfort login again when it expires"
    print(f"Logged in to {resource}{until}{refresh}. Tokens stored {_where(store)}.", flush=True)
    return 0


def run(args: argparse.Namespace) -> int:
    store = default_store()
    if args.logout:
        gone = store.delete(canonical_resource(args.url))
        print(f"{'Forgot' if gone else 'No'} stored tokens for {args.url}.")
        return 0
    try:
        return asyncio.run(_login(args, store))
    except DiscoveryError as exc:
        raise UsageError(f"cannot find the authorization server for {args.url}: {exc}") from exc
    except OAuthError as exc:
        raise MCPFortError(f"login failed: {exc}") from exc
    except KeyboardInterrupt:
        print("login cancelled", file=sys.stderr)
        return 130
