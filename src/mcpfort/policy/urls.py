"""The ``url`` argument kind: is this URL's host (and port) among the allowed hosts?

Only http and https, no user-info, no characters that make parsers disagree.  Host patterns are
``api.github.com``, ``*.npmjs.org`` (any subdomain) or ``127.0.0.1:8080`` (exact port); a
pattern without a port allows the scheme's default port only.
"""

from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urlsplit

from mcpfort.policy.globs import compile_glob
from mcpfort.policy.paths import PathVerdict as Verdict

__all__ = ["check_url"]

MAX_URL_LENGTH = 8192
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE = re.compile(r"[\x00-\x20\x7f\\]")


def check_url(value: object, *, hosts: Iterable[str]) -> Verdict:
    if not isinstance(value, str):
        return Verdict(False, "url-not-string", f"expected a URL string, got {type(value).__name__}")
    if len(value) > MAX_URL_LENGTH:
        return Verdict(False, "url-too-long", f"the URL is longer than {MAX_URL_LENGTH} characters")
    if _UNSAFE.search(value):
        return Verdict(False, "url-unsafe-character", "the URL contains whitespace, a control character or a backslash")
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        return Verdict(False, "url-invalid", f"the URL does not parse ({exc})")
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return Verdict(False, "url-scheme-not-allowed", f"scheme {scheme or '(none)'!r} is not http or https")
    if "@" in parts.netloc:
        return Verdict(False, "url-userinfo", "URLs with user-info (user@host) are refused")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return Verdict(False, "url-no-host", "the URL has no host")
    port = port or _DEFAULT_PORTS[scheme]
    for pattern in hosts:
        want_host, _, want_port = pattern.lower().rpartition(":") if pattern.count(":") == 1 else (pattern.lower(), "", "")
        if want_port and not want_port.isdigit():
            want_host, want_port = pattern.lower(), ""
        if compile_glob(want_host).match(host) and (int(want_port) if want_port else _DEFAULT_PORTS[scheme]) == port:
            return Verdict(True, "url-allowed", f"{host}:{port} matches {pattern!r}")
    return Verdict(False, "url-host-not-allowed", f"{host}:{port} is not among the allowed hosts ({', '.join(hosts) or 'none'})")
