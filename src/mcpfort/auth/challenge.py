"""``WWW-Authenticate`` values for 401 (no or bad token) and 403 (step-up: more scopes needed).

A 401 looks the same whatever was wrong with the token (the reason goes to the audit log), and
by default carries no ``error`` at all (RFC 6750 §3.1 for a request without credentials); a 403
names every scope the call needs in one challenge, not one at a time (MCP authorization §2.1).
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["unauthorized_header", "insufficient_scope_header"]

# RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E (no space, quote or backslash).
_SCOPE = re.compile(r"[\x21\x23-\x5B\x5D-\x7E]+")


def _quoted(value: str) -> str:
    cleaned = "".join(c for c in value if 0x20 <= ord(c) < 0x7F)  # header values are visible ASCII
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _scope(scopes: Iterable[str]) -> str:
    names = sorted(set(scopes))
    for name in names:
        if not _SCOPE.fullmatch(name):
            raise ValueError(f"{name!r} is not an RFC 6749 scope token")
    return " ".join(names)


def _header(params: list[tuple[str, str | None]]) -> str:
    return "Bearer " + ", ".join(f"{k}={_quoted(v)}" for k, v in params if v)


def unauthorized_header(resource_metadata: str, scopes: Iterable[str] = (), *, error: str | None = None,
                        description: str | None = None) -> str:
    """``Bearer resource_metadata="…", scope="…"`` (plus ``error="invalid_token"`` if asked)."""
    return _header([("error", error), ("error_description", description if error else None),
                    ("resource_metadata", resource_metadata), ("scope", _scope(scopes))])


def insufficient_scope_header(resource_metadata: str, scopes: Iterable[str], *, description: str | None = None) -> str:
    """``Bearer error="insufficient_scope", scope="<every scope needed>", resource_metadata="…"``."""
    needed = _scope(scopes)
    if not needed:
        raise ValueError("an insufficient_scope challenge must name the scopes the call needs")
    return _header([("error", "insufficient_scope"), ("scope", needed), ("resource_metadata", resource_metadata),
                    ("error_description", description)])
