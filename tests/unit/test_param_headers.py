"""Mcp-Param-* headers must agree with the body argument they mirror (SEP-2243)."""

from __future__ import annotations

import pytest

from mcpfort.param_headers import decode, header_map, mismatch

SCHEMA = {"type": "object", "properties": {
    "region": {"type": "string", "x-mcp-header": "Region"},
    "count": {"type": "integer", "x-mcp-header": "Count"},
    "nested": {"type": "object", "properties": {"id": {"type": "string", "x-mcp-header": "Id"}}},
    "plain": {"type": "string"},
}}
MAP = header_map(SCHEMA)


def test_header_map_follows_properties_only() -> None:
    assert MAP == {("region",): ("Region", "string"), ("count",): ("Count", "integer"), ("nested", "id"): ("Id", "string")}


@pytest.mark.parametrize("value,expected", [
    ("plain", "plain"), ("=?base64?SGVsbG8=?=", "Hello"), ("=?base64?SGVsbG8?=", None),
    ("=?base64?SGVs!!!bG8=?=", None), ("=?base64?SGVsbG9=?=", None), ("=?base64?/w==?=", None),
])
def test_decode_is_strict(value: str, expected: str | None) -> None:
    assert decode(value) == expected


@pytest.mark.parametrize("arguments,headers,ok", [
    ({"region": "eu", "count": 3}, [("Mcp-Param-Region", "eu"), ("mcp-param-count", "3")], True),
    ({"region": "eu", "count": 3.0}, [("Mcp-Param-Region", "eu"), ("Mcp-Param-Count", "3.00")], True),
    ({"region": "Hello"}, [("Mcp-Param-Region", "=?base64?SGVsbG8=?=")], True),
    ({"region": "eu"}, [], False),                                             # missing header
    ({}, [("Mcp-Param-Region", "eu")], False),                                 # header without argument
    ({"region": "eu"}, [("Mcp-Param-Region", "us")], False),                   # smuggled value
    ({"region": "eu"}, [("Mcp-Param-Region", "eu"), ("mcp-param-region", "us")], False),  # duplicate
    ({"region": "Hello"}, [("Mcp-Param-Region", "=?base64?SGVsbG8?=")], False),  # bad padding
    ({"count": 3}, [("Mcp-Param-Count", "3.5")], False),
    ({"nested": {"id": "x"}}, [("Mcp-Param-Id", "x")], True),
    ({"nested": {"id": "x"}}, [], False),
    ({"plain": "anything"}, [], True),
])
def test_mismatch(arguments: dict, headers: list, ok: bool) -> None:
    assert (mismatch(MAP, arguments, headers) is None) is ok
