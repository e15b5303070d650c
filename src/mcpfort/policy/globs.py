"""Glob patterns where ``*`` never crosses a ``/`` and ``**`` does.

``fnmatch`` lets ``*`` span separators, so ``/src/*`` would match ``/src/../etc/passwd``; these
globs are compiled once at policy load and matched without allocating.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compile_glob", "compile_exclude"]


def _translate(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                i += 2
                if pattern.startswith("/", i):
                    out.append("(?:.*/)?")  # "**/" also matches zero directories
                    i += 1
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end]
                negate = body.startswith(("!", "^"))
                body = body[1:] if negate else body
                out.append("[" + ("^/" if negate else "") + body.replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@lru_cache(maxsize=1024)
def compile_glob(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """A whole-string match: ``file:///srv/**`` matches every URI below /srv."""
    return re.compile(_translate(pattern) + r"\Z", re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=1024)
def compile_exclude(pattern: str) -> re.Pattern[str]:
    """An exclude that matches at any depth of a relative path, and everything below a match.

    ``.env`` matches ``.env``, ``a/b/.env`` and ``.env/x``; ``secrets/**`` matches ``secrets``
    itself and ``a/secrets/k``; a leading ``/`` anchors the pattern at the allowed root.
    """
    pattern = pattern.strip()
    anchored = pattern.startswith("/")
    pattern = pattern.lstrip("/")
    while pattern.endswith("/**"):
        pattern = pattern[:-3]
    pattern = pattern.rstrip("/") or "**"
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(prefix + _translate(pattern) + r"(?:/.*)?\Z")
