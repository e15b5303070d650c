"""Finding an authorization server: RFC 9728 metadata from a protected resource, RFC 8414 (or OpenID
Connect discovery) metadata from an issuer.

Both the resource server (to find the issuer's ``jwks_uri``) and ``mcpfort login`` (to find the
device and token endpoints) come here.  Every document must be a JSON object under 256 KiB, no
redirect is followed, and the identifier inside a document must equal the one that built its URL
(RFC 8414 §3.3, RFC 9728 §3.3), so one server cannot speak for another.
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

__all__ = ["DiscoveryError", "check_url", "is_loopback", "canonical_resource", "authorization_server_metadata_urls",
           "resource_metadata_urls", "get_json", "authorization_server_metadata", "resource_metadata"]

MAX_DOCUMENT = 256 * 1024


class DiscoveryError(Exception):
    """Metadata could not be found or does not hold together; ``str()`` says which URL and why."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: Any, what: str, *, https_only: bool = True) -> str:
    """``url`` if it is an absolute http(s) URL (https unless the host is loopback, when ``https_only``).

    Authorization servers hand out URLs that clients fetch or show to people: ``javascript:``,
    ``file:`` or a plain-http URL to a remote host are refused (MCP security best practices).
    """
    if not isinstance(url, str) or not url:
        raise DiscoveryError(f"{what}: missing URL")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.username or parts.password:
        raise DiscoveryError(f"{what}: {url[:200]!r} is not an http(s) URL")
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise DiscoveryError(f"{what}: {url[:200]!r} contains whitespace or control characters")
    if https_only and parts.scheme == "http" and not is_loopback(parts.hostname):
        raise DiscoveryError(f"{what}: {url[:200]!r} is plain http to a remote host (https is required)")
    return url


def canonical_resource(url: str) -> str:
    """RFC 8707 canonical form: lowercase scheme and host, no fragment, no trailing slash."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def _origin_and_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


def authorization_server_metadata_urls(issuer: str) -> list[str]:
    """RFC 8414 §3.1 path insertion first, then the OpenID Connect forms (MCP authorization §2.2)."""
    origin, path = _origin_and_path(issuer)
    if path:
        return [f"{origin}/.well-known/oauth-authorization-server{path}",
                f"{origin}/.well-known/openid-configuration{path}",
                f"{origin}{path}/.well-known/openid-configuration"]
    return [f"{origin}/.well-known/oauth-authorization-server", f"{origin}/.well-known/openid-configuration"]


def resource_metadata_urls(resource: str) -> list[str]:
    """RFC 9728 §3.1: the path-inserted well-known URL, then the root one."""
    origin, path = _origin_and_path(resource)
    root = f"{origin}/.well-known/oauth-protected-resource"
    return [f"{root}{path}", root] if path else [root]


async def get_json(http: httpx.AsyncClient, url: str, what: str) -> dict[str, Any]:
    try:
        response = await http.get(url, headers={"Accept": "application/json"}, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise DiscoveryError(f"{what}: {url}: {type(exc).__name__}: {exc}") from exc
    if response.status_code != 200:
        raise DiscoveryError(f"{what}: {url}: HTTP {response.status_code}")
    if len(response.content) > MAX_DOCUMENT:
        raise DiscoveryError(f"{what}: {url}: document larger than {MAX_DOCUMENT} bytes")
    try:
        document = json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise DiscoveryError(f"{what}: {url}: not JSON") from exc
    if not isinstance(document, dict):
        raise DiscoveryError(f"{what}: {url}: not a JSON object")
    return document


async def authorization_server_metadata(http: httpx.AsyncClient, issuer: str) -> dict[str, Any]:
    """The issuer's metadata, from the first well-known URL that answers with a matching ``issuer``."""
    failures = []
    for url in authorization_server_metadata_urls(issuer):
        try:
            document = await get_json(http, url, "authorization server metadata")
        except DiscoveryError as exc:
            failures.append(str(exc))
            continue
        if document.get("issuer") != issuer:
            failures.append(f"{url}: issuer is {str(document.get('issuer'))[:200]!r}, not {issuer!r}")
            continue
        return document
    raise DiscoveryError("; ".join(failures))


async def resource_metadata(http: httpx.AsyncClient, resource: str, *, hint: str | None = None,
                            https_only: bool = True) -> dict[str, Any]:
    """The protected resource's RFC 9728 document (``hint``: a ``resource_metadata`` URL from a
    ``WWW-Authenticate`` challenge, tried first)."""
    want = canonical_resource(resource)
    urls = resource_metadata_urls(resource)
    if hint:
        urls.insert(0, check_url(hint, "resource_metadata", https_only=https_only))
    failures = []
    for url in urls:
        try:
            document = await get_json(http, url, "protected resource metadata")
        except DiscoveryError as exc:
            failures.append(str(exc))
            continue
        got = document.get("resource")
        if not isinstance(got, str) or canonical_resource(got) != want:
            failures.append(f"{url}: describes resource {str(got)[:200]!r}, not {resource!r}")
            continue
        servers = document.get("authorization_servers")
        if not isinstance(servers, list) or not servers or not all(isinstance(s, str) for s in servers):
            failures.append(f"{url}: no authorization_servers")
            continue
        return document
    raise DiscoveryError("; ".join(failures))
