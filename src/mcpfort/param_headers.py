"""``Mcp-Param-*`` headers (2026-07-28, SEP-2243): mirrored tool arguments that must match the body.

Intermediaries route and enforce policy on these headers, so a header that disagrees with the
argument the server will act on is a request smuggling vector.  A tool's ``inputSchema``
marks mirrored properties with ``x-mcp-header``; for each, header and argument must be present
together and equal (after ``=?base64?…?=`` decoding, strict and canonical), or absent together.
"""

from __future__ import annotations

import base64
import re
from typing import Any, Iterator, Mapping

__all__ = ["header_map", "decode", "mismatch"]

PREFIX = "mcp-param-"
_SENTINEL = re.compile(r"=\?base64\?(?P<payload>.*)\?=", re.S)
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")


def _positions(schema: Any) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every property reachable through ``properties`` chains only, with its path."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), schema)]
    while stack:
        path, node = stack.pop()
        if not isinstance(node, dict):
            continue
        if path:
            yield path, node
        props = node.get("properties")
        if isinstance(props, dict):
            stack.extend(((*path, name), sub) for name, sub in props.items())


def header_map(schema: Any) -> dict[tuple[str, ...], tuple[str, Any]]:
    """Property path -> (header token, declared type) for every ``x-mcp-header`` annotation."""
    return {path: (node["x-mcp-header"], node.get("type")) for path, node in _positions(schema)
            if isinstance(node.get("x-mcp-header"), str)}


def decode(value: str) -> str | None:
    """The header's value; a malformed or non-canonical base64 sentinel gives None (never matches)."""
    match = _SENTINEL.fullmatch(value)
    if match is None:
        return value
    payload = match.group("payload")
    try:
        raw = base64.b64decode(payload, validate=True)
        if base64.b64encode(raw).decode("ascii") != payload:
            return None
        return raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):  # binascii.Error, non-ASCII payloads
        return None


def _render(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (str, int, float)) else None


def _value_at(arguments: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(arguments, Mapping):
            return None
        arguments = arguments.get(key)
    return arguments


def mismatch(mapping: dict[tuple[str, ...], tuple[str, Any]], arguments: Any,
             headers: list[tuple[str, str]]) -> str | None:
    """Why the headers disagree with the arguments, or None when they agree."""
    seen: dict[str, list[str]] = {}
    for name, value in headers:
        if name.lower().startswith(PREFIX):
            seen.setdefault(name.lower(), []).append(value)
    for path, (token, kind) in mapping.items():
        key = PREFIX + token.lower()
        values = seen.get(key, [])
        argument = ".".join(path)
        if len(values) > 1:
            return f"Mcp-Param-{token} appears more than once"
        value = _value_at(arguments, path)
        rendered = _render(value) if value is not None else None
        if not values:
            if rendered is not None:
                return f"Mcp-Param-{token} header is missing for argument {argument!r}"
            continue
        if rendered is None:
            return f"Mcp-Param-{token} header is present but argument {argument!r} is absent"
        decoded = decode(values[0])
        if decoded is None:
            return f"Mcp-Param-{token} header is not valid base64"
        if kind == "integer" and not isinstance(value, bool) and isinstance(value, (int, float)) \
                and float(value).is_integer() and _DECIMAL.fullmatch(decoded):
            whole, _, fraction = decoded.partition(".")
            if (fraction and set(fraction) != {"0"}) or int(whole) != int(value):
                return f"Mcp-Param-{token} header does not match argument {argument!r}"
        elif decoded != rendered:
            return f"Mcp-Param-{token} header does not match argument {argument!r}"
    return None
