"""RFC 9728 Protected Resource Metadata: the document that tells a client which authorization
server issues tokens for a resource, and where that document lives."""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

__all__ = ["protected_resource_metadata", "resource_metadata_url"]


def protected_resource_metadata(resource_url: str, authorization_servers: Iterable[str],
                                scopes_supported: Iterable[str] = (), *, resource_name: str | None = None,
                                documentation: str | None = None) -> dict[str, object]:
    """The JSON document served at ``resource_metadata_url(resource_url)``.

    ``scopes_supported`` should be the minimal set a client needs to start; ``offline_access``
    does not belong in it (MCP authorization §2.1).
    """
    servers = list(authorization_servers)
    if not servers:
        raise ValueError("RFC 9728 metadata needs at least one authorization server")
    document: dict[str, object] = {"resource": resource_url, "authorization_servers": servers,
                                   "bearer_methods_supported": ["header"]}
    scopes = sorted(set(scopes_supported))
    if scopes:
        document["scopes_supported"] = scopes
    if resource_name:
        document["resource_name"] = resource_name
    if documentation:
        document["resource_documentation"] = documentation
    return document


def resource_metadata_url(resource_url: str) -> str:
    """The path-inserted well-known URL (RFC 9728 §3.1): ``https://h/mcp/fs`` →
    ``https://h/.well-known/oauth-protected-resource/mcp/fs``."""
    parts = urlsplit(resource_url)
    return f"{parts.scheme}://{parts.netloc}/.well-known/oauth-protected-resource{parts.path.rstrip('/')}"
