"""Masking: secret keys and secret-shaped values out, everything else (hard negatives) untouched."""

from __future__ import annotations

import hashlib

import pytest

from mcpfort.audit.masking import MASK, MAX_DEPTH, MAX_STRING, is_secret_key, mask

SECRET_KEYS = [
    "password", "Password", "PASSWORD", "passwd", "db_password", "userPassword", "passphrase",
    "secret", "client_secret", "clientSecret", "AWS_SECRET_ACCESS_KEY", "secret_key",
    "token", "access_token", "accessToken", "refresh_token", "id_token", "github.token", "auth_token",
    "api_key", "apiKey", "api-key", "X-Api-Key", "APIKey", "apikey", "API_KEY",
    "authorization", "Authorization", "Proxy-Authorization", "auth",
    "credential", "credentials", "cookie", "Set-Cookie", "cookies",
    "private_key", "privateKey", "session_key", "sessionKey", "bearer", "access_key", "aws_access_key_id",
]

NOT_SECRET_KEYS = [
    "max_tokens", "maxTokens", "num_tokens", "input_tokens", "tokens", "token_count", "token_type",
    "tokenizer", "max_token", "author", "authored_by", "authority", "auth_type", "secretary",
    "key", "keyboard", "monkey", "public_key", "publicKey", "session_id", "sessionId", "trace_id",
    "access_level", "api_version", "passage", "cookbook", "path", "user", "pwd", "page_token", "",
]


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_secret_key(key: str) -> None:
    assert is_secret_key(key)
    assert mask({key: "s3cr3t-value"}) == {key: MASK}


@pytest.mark.parametrize("key", NOT_SECRET_KEYS)
def test_not_a_secret_key(key: str) -> None:
    assert not is_secret_key(key)
    assert mask({key: "plain value 42"}) == {key: "plain value 42"}


JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
GHP = "ghp_" + "A1b2C3d4E5" * 4
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nQ2a==\n-----END RSA PRIVATE KEY-----"

SECRET_VALUES = [
    # (input, masked)
    (JWT, MASK),
    (f"token is {JWT}, use it", f"token is {MASK}, use it"),
    ("Bearer abcDEF0123456789xyz", f"Bearer {MASK}"),
    ("curl -H 'x: bearer 9f8e7d6c5b4a39281706'", f"curl -H 'x: bearer {MASK}'"),
    ("Authorization: Basic dXNlcjpwYXNz\nAccept: */*", f"Authorization: {MASK}\nAccept: */*"),
    ("key sk-proj-4fJ8aLk2mQ9zX1cV7bN3", f"key sk-{MASK}"),
    ("sk-ant-api03-abcdefghij0123456789", f"sk-{MASK}"),
    ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", f"sk_live_{MASK}"),
    (GHP, f"ghp_{MASK}"),
    ("gho_" + "x9" * 18, f"gho_{MASK}"),
    ("ghs_" + "Z0" * 18, f"ghs_{MASK}"),
    ("github_pat_11ABCDEFG0123456789_abcdefghijklmnop", f"github_pat_{MASK}"),
    ("AKIAIOSFODNN7EXAMPLE", f"AKIA{MASK}"),
    ("id=AKIAIOSFODNN7EXAMPLE;", f"id=AKIA{MASK};"),
    ("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", f"xoxb-{MASK}"),
    ("xoxp-1234567890-abcdef", f"xoxp-{MASK}"),
    (PEM, f"-----BEGIN RSA PRIVATE KEY-----{MASK}-----END RSA PRIVATE KEY-----"),
    ("x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk (cut off",
     f"x -----BEGIN OPENSSH PRIVATE KEY-----{MASK}"),
    ("postgres://ada:hunter2@db.internal:5432/app", f"postgres://ada:{MASK}@db.internal:5432/app"),
    ("https://bob:p%40ss@example.com/x", f"https://bob:{MASK}@example.com/x"),
    ("https://api.example.com/v1?user=ada&password=hunter2&page=2",
     f"https://api.example.com/v1?user=ada&password={MASK}&page=2"),
    ("https://h/cb?access_token=abc123&max_tokens=5", f"https://h/cb?access_token={MASK}&max_tokens=5"),
    ("DB_PASSWORD=hunter2 APP_ENV=dev", f"DB_PASSWORD={MASK} APP_ENV=dev"),
    ('{"password": "two words", "user": "ada"}', f'{{"password": "{MASK}", "user": "ada"}}'),
    ("note:api_key=abc", f"note:api_key={MASK}"),
    ("client_secret: 'x y z'", f"client_secret: '{MASK}'"),
]

KEPT_VALUES = [
    "tokenizer", "the tokenizer splits tokens", "max_tokens=100", "token_count: 5", "maxTokens=4096",
    "the bearer of this letter", "Bearer", "bearer authentication is described in RFC 6750",
    "sk-learn", "task-1234567890abcdefghijkl", "risk-management-plan-for-2026",
    "eyJ is how base64 JSON starts", "AKIA", "AKIAshort", "ghp_short", "xoxo-hugs",
    "https://example.com:8080/path?q=1", "ssh://git@github.com/org/repo.git", "mailto:ada@example.com",
    "user@example.com", "forgot your password? click here", "password", "secret sauce",
    "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQ==\n-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
    "author: Ada Lovelace", "auth_type=oauth", "key=value", "a=b, c: d", "",
    "ünïcödé text 🙂", "SELECT * FROM users WHERE id = 1",
]


@pytest.mark.parametrize(("raw", "masked"), SECRET_VALUES)
def test_secret_value(raw: str, masked: str) -> None:
    assert mask(raw) == masked
    assert mask({"arguments": {"anything": raw}}) == {"arguments": {"anything": masked}}


@pytest.mark.parametrize("raw", KEPT_VALUES)
def test_value_kept(raw: str) -> None:
    assert mask(raw) == raw


def test_event_shape_is_kept_and_input_untouched() -> None:
    event = {"ts": 1.5, "event": "tool.called", "tool": "fetch", "user": "ada", "custom_field": [1, 2.5, None, True],
             "arguments": {"url": "https://x/?token=abc123", "headers": {"Authorization": "Bearer zzz", "Accept": "*/*"},
                           "max_tokens": 128, "password": None, "remember_password": False}}
    original = repr(event)
    assert mask(event) == {
        "ts": 1.5, "event": "tool.called", "tool": "fetch", "user": "ada", "custom_field": [1, 2.5, None, True],
        "arguments": {"url": f"https://x/?token={MASK}", "headers": {"Authorization": MASK, "Accept": "*/*"},
                      "max_tokens": 128, "password": None, "remember_password": False}}
    assert repr(event) == original


def test_secret_key_masks_whole_subtree_and_numbers() -> None:
    assert mask({"credentials": {"user": "ada", "pin": 1234}, "token": 987654}) == {"credentials": MASK, "token": MASK}


def test_long_strings_are_truncated_with_length_and_digest() -> None:
    text = "a" * (MAX_STRING + 500)
    out = mask(text)
    assert out.startswith("a" * MAX_STRING)
    assert len(out) < MAX_STRING + 120
    assert f"{len(text)} characters" in out
    assert hashlib.sha256(text.encode()).hexdigest() in out
    assert mask("b" * MAX_STRING) == "b" * MAX_STRING


def test_secret_near_the_truncation_point_is_masked_first() -> None:
    text = "x" * (MAX_STRING - 10) + " " + GHP + " tail"
    out = mask(text)
    assert GHP[4:14] not in out and "ghp_***" in out


def test_depth_limit() -> None:
    deep: object = "leaf"
    for _ in range(MAX_DEPTH + 5):
        deep = {"d": deep}
    out = mask(deep)
    for _ in range(MAX_DEPTH):
        out = out["d"]
    assert isinstance(out, str) and "deeper than" in out


@pytest.mark.parametrize(("raw", "expected"), [
    ((1, "two"), [1, "two"]),
    ({1: "x", None: "y"}, {"1": "x", "None": "y"}),
    (2**70, str(2**70)),
    (-(2**63), -(2**63)),
    (b"\x00\x01\x02", "…[3 bytes]"),
    ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
    (float("inf"), float("inf")),
])
def test_values_become_storable_json(raw: object, expected: object) -> None:
    assert mask(raw) == expected


def test_the_name_stems_that_gate_the_assignment_scan_cover_every_secret_name() -> None:
    """``name=value`` scanning is skipped when no stem occurs: every secret word must hold one."""
    from mcpfort.audit.masking import _NAME_STEMS, _SECRET_PAIRS, _SECRET_WORDS

    for word in _SECRET_WORDS:
        assert any(stem in word for stem in _NAME_STEMS), word
    for pair in _SECRET_PAIRS:
        assert "key" in pair


PLAIN = frozenset({"event", "server", "port"})
KEEP = frozenset({"event", "server", "user", "tool"})


@pytest.mark.parametrize("event", [
    {"event": "tool.called", "server": "fs", "user": "ada", "tool": "read", "arguments": {"path": "/x", "n": 2}},
    {"user": "hunter2", "password": "hunter2"},  # a string found clean elsewhere is still masked under a secret key
    {"token": 12345, "api_key": 1.5, "secret": {"a": 1}, "auth": None, "cookie": False, "auth_type": "basic"},
    {"error": f"failed with Bearer abcDEF0123456789xyz {JWT}", "port": 8080, "server": ["a", "b"]},
    {"event": {"not": "plain"}, "server": 3.5, "port": ["x", 1], "reasons": ["a", GHP]},
    {"big": 2**70, "raw": b"\x00\x01", "pair": (1, "two"), "long": "x" * (MAX_STRING + 5)},
    {"odd": "lone \ud800 surrogate", "deep": {"a": {"b": {"c": "postgres://ada:hunter2@db/app"}}}},
])
def test_mask_split_is_mask_then_split(event: dict) -> None:
    """The writer's one-walk path gives what masking the whole event and splitting it gives."""
    from mcpfort.audit.masking import mask_split

    def simple(v: object) -> bool:
        return type(v) in (str, int, float) or (type(v) is list and all(type(i) is str for i in v))

    whole = {k: v if k in PLAIN and simple(v) else mask({k: v})[k] for k, v in event.items()}
    assert mask_split(event, PLAIN, KEEP) == ({k: v for k, v in whole.items() if k in KEEP},
                                              {k: v for k, v in whole.items() if k not in KEEP})


def test_mask_split_leaves_a_key_that_is_not_a_string_to_mask() -> None:
    from mcpfort.audit.masking import mask_split

    assert mask_split({"a": 1, 2: "b"}, PLAIN, KEEP) is None
