"""Bridging a 2026-07-28 (modern, stateless) client to a 2025-11-25 (legacy) upstream.

Most npm reference servers speak only the handshake era.  When a modern client talks to one,
the gateway does the ``initialize`` handshake upstream itself, answers ``server/discover`` from
what it learned, strips the modern ``_meta`` envelope from requests and stamps the fields a
modern client expects on results.  When both sides speak the same era, nothing here runs.
"""

from __future__ import annotations

from typing import Any

from mcpfort import __version__

__all__ = ["MODERN", "LEGACY", "MODERN_VERSIONS", "HANDSHAKE_VERSIONS", "PROTOCOL_META", "is_modern_request", "discover_params",
           "initialize_params", "discover_result", "to_legacy_request", "to_modern_result"]

MODERN = "2026-07-28"
LEGACY = "2025-11-25"
MODERN_VERSIONS = (MODERN,)
HANDSHAKE_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
PROTOCOL_META = "io.modelcontextprotocol/protocolVersion"
_ENVELOPE = ("io.modelcontextprotocol/protocolVersion", "io.modelcontextprotocol/clientCapabilities",
             "io.modelcontextprotocol/clientInfo", "io.modelcontextprotocol/logLevel")
_CACHEABLE = {"tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read"}
CLIENT_INFO = {"name": "mcpfort", "version": __version__}


def is_modern_request(params: dict[str, Any]) -> bool:
    meta = params.get("_meta")
    return isinstance(meta, dict) and PROTOCOL_META in meta


def discover_params() -> dict[str, Any]:
    return {"_meta": {PROTOCOL_META: MODERN, "io.modelcontextprotocol/clientCapabilities": {},
                      "io.modelcontextprotocol/clientInfo": CLIENT_INFO}}


def initialize_params() -> dict[str, Any]:
    # No sampling, elicitation or roots: a modern client cannot answer server-initiated requests.
    return {"protocolVersion": LEGACY, "capabilities": {}, "clientInfo": CLIENT_INFO}


def discover_result(init: dict[str, Any]) -> dict[str, Any]:
    """A DiscoverResult built from a legacy server's InitializeResult."""
    capabilities = {k: v for k, v in (init.get("capabilities") or {}).items() if k not in ("tasks", "experimental")}
    out: dict[str, Any] = {
        "supportedVersions": [MODERN],
        "capabilities": capabilities,
        "ttlMs": 0,
        "cacheScope": "private",
        "resultType": "complete",
        "_meta": {"io.modelcontextprotocol/serverInfo": init.get("serverInfo") or {"name": "upstream", "version": "0"}},
    }
    if init.get("instructions"):
        out["instructions"] = init["instructions"]
    return out


def to_legacy_request(msg: dict[str, Any]) -> dict[str, Any]:
    params = msg.get("params")
    if isinstance(params, dict) and isinstance(params.get("_meta"), dict):
        meta = {k: v for k, v in params["_meta"].items() if k not in _ENVELOPE}
        params = dict(params)
        if meta:
            params["_meta"] = meta
        else:
            params.pop("_meta")
        msg = {**msg, "params": params}
    return msg


def to_modern_result(method: str, result: dict[str, Any], server_info: dict[str, Any] | None) -> None:
    result.setdefault("resultType", "complete")
    if method in _CACHEABLE:
        result.setdefault("ttlMs", 0)
        result.setdefault("cacheScope", "private")
    if server_info:
        meta = result.setdefault("_meta", {})
        if isinstance(meta, dict):
            meta.setdefault("io.modelcontextprotocol/serverInfo", server_info)
