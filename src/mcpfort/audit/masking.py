"""Secrets out of the audit trail: ``mask(value)`` before an event is hashed and stored.

Runs in the audit writer thread, never on the gateway's path.  Two rules:

* a value whose **key** names a secret (``password``, ``api_key``, ``Authorization``…) is replaced
  whole.  Keys are split into words on ``_ - .``, spaces and camelCase, so ``access_token`` and
  ``X-Api-Key`` are secrets while ``max_tokens``, ``tokenizer`` and ``author`` are not;
* a **string** that contains something shaped like a credential (a JWT, ``Bearer …``, ``sk-…``,
  GitHub, AWS and Slack tokens, a PEM private key, ``user:pass@`` in a URL, ``password=…``) keeps
  its text with only the secret part replaced, so the entry still says what happened.

Masking is best effort: a secret in a shape nobody recognises is stored as given.  Strings over
4096 characters keep a prefix plus their length and SHA-256, so the entry stays small but can
still be matched against the full text.  The digest is of the masked string: a digest of the raw
one would let anyone holding the log confirm a guess of the secret inside it.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

__all__ = ["MASK", "MAX_DEPTH", "MAX_STRING", "mask", "mask_split", "is_secret_key"]

MASK = "***masked***"
MAX_DEPTH = 20
MAX_STRING = 4096

_SECRET_WORDS = frozenset({
    "password", "passwords", "passwd", "passphrase", "secret", "secrets", "token", "apikey",
    "authorization", "auth", "credential", "credentials", "cookie", "cookies", "bearer",
})
_SECRET_PAIRS = frozenset({("api", "key"), ("private", "key"), ("session", "key"), ("access", "key")})
# A key that measures or describes a secret is not one: max_tokens, token_count, auth_type.
_DESCRIPTIVE = frozenset({"count", "counts", "limit", "limits", "max", "min", "num", "total", "length",
                          "len", "size", "type", "usage", "expires", "expiry", "ttl", "page"})
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


@lru_cache(maxsize=4096)  # keys repeat endlessly (path, message, name…): judge each once
def is_secret_key(key: str) -> bool:
    """True when a mapping key names a secret (whole words only, see the module docstring)."""
    words = [w.lower() for w in _WORDS.findall(key)]
    if not words or any(w in _DESCRIPTIVE for w in words):
        return False
    if any(w in _SECRET_WORDS for w in words):
        return True
    return any(pair in _SECRET_PAIRS for pair in zip(words, words[1:]))


def _keep(m: re.Match[str]) -> str:
    return m.group(1) + MASK


# Order matters: whole blocks and header lines first, so later rules do not half-mask them.
# Each rule has a lower-case needle that any match must contain: a plain substring test skips
# the regular expression for the common string that holds no secret at all.
_VALUE_RULES: tuple[tuple[str, re.Pattern[str], Any], ...] = (
    ("private key", re.compile(r"(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----).*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)", re.S),
     lambda m: m.group(1) + MASK + m.group(2)),
    ("authorization", re.compile(r"(\b(?:proxy-)?authorization\s*:\s*)[^\r\n]+", re.I), _keep),
    ("eyj", re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"), lambda m: MASK),
    # A bearer token has a digit somewhere; "the bearer of this letter" does not.
    # The look-aheads are bounded: unbounded, "sk-sk-sk-…" made each start scan the rest of the
    # string (quadratic), and an argument of a few hundred kilobytes stalled the writer for seconds.
    ("bearer", re.compile(r"(\bbearer\s+)(?=[A-Za-z._~+/-]{0,512}[0-9])[A-Za-z0-9._~+/-]{12,}=*", re.I), _keep),
    ("sk-", re.compile(r"(\bsk-)(?=[A-Za-z_-]{0,512}[0-9])[A-Za-z0-9_-]{20,}"), _keep),
    ("k_", re.compile(r"(\b[sr]k_(?:live|test)_)[A-Za-z0-9]{16,}"), _keep),
    ("gh", re.compile(r"(\bgh[pousr]_)[A-Za-z0-9]{30,}"), _keep),
    ("github_pat_", re.compile(r"(\bgithub_pat_)[A-Za-z0-9_]{22,}"), _keep),
    ("akia", re.compile(r"(\bAKIA)[0-9A-Z]{16}\b"), _keep),
    ("asia", re.compile(r"(\bASIA)[0-9A-Z]{16}\b"), _keep),
    ("xox", re.compile(r"(\bxox[abprs]-)[A-Za-z0-9-]{10,}"), _keep),
    # scheme://user:password@host, the password only
    ("@", re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/?#@]*:)[^\s/?#@]+(?=@)"), _keep),
)
# name=value and "name": "value" inside text (query strings, env dumps, JSON in a string).  The
# name is judged by the key rule, so max_tokens=100 stays; "://" is a URL, not an assignment.
_NAME_SEP = re.compile(r"""(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})(["']?\s*[:=](?!//)\s*["']?)""")
_VALUE = {"": re.compile(r"""[^\s&;,"'<>]+"""), '"': re.compile(r'(?:[^"\\]|\\.)+'), "'": re.compile(r"[^']+")}


_NAME_STEMS = ("pass", "secret", "token", "key", "auth", "credential", "cookie", "bearer")


def _mask_assignments(text: str) -> str:
    out, pos = [], 0
    # Scanning name+separator only (not the value) so "note:password=x" still reaches "password".
    for m in _NAME_SEP.finditer(text):
        if m.start() < pos or not is_secret_key(m.group(1)):
            continue
        quote = m.group(2)[-1]
        value = _VALUE.get(quote, _VALUE[""]).match(text, m.end())
        if value is None or value.group() == MASK:
            continue
        out += [text[pos:m.end()], MASK]
        pos = value.end()
    return "".join(out) + text[pos:] if out else text


# Short strings found clean before: names of users, tools and servers repeat in every event.  Only
# clean strings are kept, so no secret stays in memory here; the set is emptied when full.
_CLEAN: set[str] = set()
_CLEAN_MAX = 4096
_CLEAN_LEN = 80


def _mask_string(text: str) -> str:
    if text in _CLEAN:
        return text
    masked = _mask_text(text)
    if masked is text and len(text) <= _CLEAN_LEN:
        if len(_CLEAN) >= _CLEAN_MAX:
            _CLEAN.clear()
        _CLEAN.add(text)
    return masked


def _mask_text(text: str) -> str:
    if len(text) >= 6:  # nothing shorter holds a recognisable secret or a name=value pair ("auth=x")
        lower = text.lower()
        for needle, pattern, replace in _VALUE_RULES:
            if needle in lower:
                text = pattern.sub(replace, text)
        # A secret name holds one of these (every word of _SECRET_WORDS does, every pair has "key"):
        # without one, no name=value in the text can be a secret, and the scan is skipped.
        if ("=" in text or ":" in text) and any(stem in lower for stem in _NAME_STEMS):
            text = _mask_assignments(text)
    if len(text) > MAX_STRING:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        text = f"{text[:MAX_STRING]}…[truncated: {len(text)} characters, sha256 {digest}]"
    if not text.isascii():
        # orjson refuses lone surrogates; keep them visible rather than lose the event.
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def mask(value: Any, _depth: int = 0) -> Any:
    """A copy of ``value`` with secrets replaced; also turns it into plain JSON types."""
    kind = type(value)
    if kind is dict and _depth < MAX_DEPTH:  # the common case first, without isinstance chains
        return _mask_dict(value, _depth)
    if isinstance(value, str):
        return _mask_string(value)
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        # orjson stores 64-bit integers only
        return value if -(2**63) <= value < 2**64 else str(value)
    if _depth >= MAX_DEPTH:
        return f"…[nested deeper than {MAX_DEPTH} levels]"
    if isinstance(value, dict):
        return _mask_dict(value, _depth)
    if isinstance(value, (list, tuple)):
        return [mask(item, _depth + 1) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return f"…[{len(value)} bytes]"
    return _mask_string(str(value))


def _mask_dict(value: dict[Any, Any], depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in value.items():
        key = key if type(key) is str else str(key)
        kind = type(item)
        # None and booleans say nothing about a secret ("password": null is useful to see).
        if is_secret_key(key) and item is not None and kind is not bool:
            out[key] = MASK
        elif kind is str:  # the common leaves inline: no call per value
            out[key] = _mask_string(item)
        elif item is None or kind is bool or kind is float or (kind is int and -(2**63) <= item < 2**64):
            out[key] = item
        else:
            out[key] = mask(item, depth + 1)
    return out


def mask_split(event: dict[str, Any], plain: frozenset[str], keep: frozenset[str]
               ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """``mask(event)`` split by key in one walk: ``(fields in keep, the others)``.  A field in
    ``plain`` holding a string, a number or a list of strings is taken as it is (the gateway fills
    those with identifiers and numbers).  None when a key is not a string (``mask`` handles it).

    ``event`` must be the caller's own copy: it becomes the first part, changed only once every
    field is masked (None or an exception leave it as it was).  The writer's per-event path: one
    walk instead of masking, merging and splitting in three, with the common leaves inline (a call
    per field cost more than the masking of most fields), and no new dict for the skeleton."""
    rest: dict[str, Any] = {}
    changed: list[tuple[str, Any]] | None = None  # kept fields whose value masking changed (rare)
    clean = _CLEAN
    for key, value in event.items():
        kind = type(value)
        if type(key) is not str:
            return None
        if key in plain and (kind is str or kind is float or kind is int
                             or (kind is list and all(type(i) is str for i in value))):
            if key not in keep:
                rest[key] = value
            continue
        if is_secret_key(key) and value is not None and kind is not bool:
            value = MASK
        elif kind is str:
            if value in clean:
                if key not in keep:
                    rest[key] = value
                continue
            value = _mask_string(value)
        elif value is None or kind is bool or kind is float or (kind is int and -(2**63) <= value < 2**64):
            if key not in keep:
                rest[key] = value
            continue
        else:
            value = mask(value, 1)
        if key not in keep:
            rest[key] = value
        elif changed is None:
            changed = [(key, value)]
        else:
            changed.append((key, value))
    if changed is not None:
        for key, value in changed:
            event[key] = value
    for key in rest:
        del event[key]
    return event, rest
