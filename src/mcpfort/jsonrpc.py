"""JSON-RPC 2.0 framing as MCP uses it: parse one message, build replies.

Parsing happens once per message (orjson).  A message that is forwarded unchanged keeps its
original bytes, so fields mcpfort does not understand survive byte for byte.
"""

from __future__ import annotations

from typing import Any

import orjson

from mcpfort.types import Message

__all__ = [
    "PARSE_ERROR",
    "INVALID_REQUEST",
    "METHOD_NOT_FOUND",
    "INVALID_PARAMS",
    "INTERNAL_ERROR",
    "DENIED",
    "UPSTREAM_UNAVAILABLE",
    "CALL_TIMEOUT",
    "MISSING_CLIENT_CAPABILITY",
    "Malformed",
    "parse",
    "dumps",
    "error",
    "result",
    "request",
]

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
# Implementation-defined codes stay in -32000..-32019: 2026-07-28 reserves -32020..-32099.
DENIED = -32001
UPSTREAM_UNAVAILABLE = -32010
CALL_TIMEOUT = -32011
# Spec-defined (2026-07-28): the request needs a client capability it did not declare.
MISSING_CLIENT_CAPABILITY = -32021


class Malformed(Exception):
    """A line that is not one valid JSON-RPC message; carries the error to answer with."""

    def __init__(self, code: int, message: str, id: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.id = id


def _valid_id(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def parse(raw: bytes) -> Message:
    """Parse one framed message; raise ``Malformed`` with the JSON-RPC error to send back."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise Malformed(PARSE_ERROR, f"Parse error: {exc}") from None
    if isinstance(data, list):
        raise Malformed(INVALID_REQUEST, "Invalid Request: JSON-RPC batches are not supported by MCP")
    if not isinstance(data, dict):
        raise Malformed(INVALID_REQUEST, "Invalid Request: a message must be a JSON object")
    msg_id = data.get("id")
    reply_id = msg_id if _valid_id(msg_id) else None
    if data.get("jsonrpc") != "2.0":
        raise Malformed(INVALID_REQUEST, 'Invalid Request: "jsonrpc" must be "2.0"', reply_id)
    if "id" in data and not _valid_id(msg_id):
        raise Malformed(INVALID_REQUEST, 'Invalid Request: "id" must be a string or an integer')
    method = data.get("method")
    if method is not None:
        if not isinstance(method, str) or not method:
            raise Malformed(INVALID_REQUEST, 'Invalid Request: "method" must be a non-empty string', reply_id)
        params = data.get("params")
        if params is not None and not isinstance(params, dict):
            raise Malformed(INVALID_REQUEST, 'Invalid Request: "params" must be an object', reply_id)
    elif "id" not in data or ("result" in data) == ("error" in data):
        raise Malformed(
            INVALID_REQUEST, "Invalid Request: neither a request, a notification nor a response", reply_id
        )
    return Message(data, raw)


def dumps(data: dict[str, Any]) -> bytes:
    return orjson.dumps(data)


def error(msg_id: Any, code: int, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "id": msg_id, "error": err}


def result(msg_id: Any, value: dict[str, Any]) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": msg_id, "result": value}


def request(msg_id: Any, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    msg: dict[str, Any] = {"jsonrpc": "2.0", "id": msg_id, "method": method}
    if params is not None:
        msg["params"] = params
    return msg
