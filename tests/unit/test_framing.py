"""JSON-RPC parsing and line framing: the first thing hostile input meets."""

from __future__ import annotations

import asyncio

import pytest

from mcpfort import jsonrpc
from mcpfort.transports.stdio import TOO_LARGE, LineReader

GOOD = [
    (b'{"jsonrpc":"2.0","id":1,"method":"tools/list"}', "request"),
    (b'{"jsonrpc":"2.0","id":"abc","method":"x","params":{}}', "request"),
    (b'{"jsonrpc":"2.0","method":"notifications/initialized"}', "notification"),
    (b'{"jsonrpc":"2.0","id":1,"result":{}}', "response"),
    (b'{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"m"}}', "response"),
    (b'{"jsonrpc":"2.0","id":1,"method":"x","unknownField":{"kept":true}}', "request"),
]


@pytest.mark.parametrize("raw,shape", GOOD)
def test_valid_messages_keep_their_bytes(raw: bytes, shape: str) -> None:
    msg = jsonrpc.parse(raw)
    assert msg.raw is raw
    assert {"request": msg.is_request, "notification": msg.is_notification, "response": msg.is_response}[shape]


BAD = [
    (b"{", jsonrpc.PARSE_ERROR, None),
    (b"", jsonrpc.PARSE_ERROR, None),
    (b"\xc3\x28", jsonrpc.PARSE_ERROR, None),
    (b'{"jsonrpc":"2.0","id":1,"method":"x"} trailing', jsonrpc.PARSE_ERROR, None),
    (b"[]", jsonrpc.INVALID_REQUEST, None),
    (b'[{"jsonrpc":"2.0","id":1,"method":"x"}]', jsonrpc.INVALID_REQUEST, None),
    (b"null", jsonrpc.INVALID_REQUEST, None),
    (b'{"id":1,"method":"x"}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":2.0,"id":1,"method":"x"}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":"2.0","id":1.5,"method":"x"}', jsonrpc.INVALID_REQUEST, None),
    (b'{"jsonrpc":"2.0","id":null,"method":"x"}', jsonrpc.INVALID_REQUEST, None),
    (b'{"jsonrpc":"2.0","id":[1],"method":"x"}', jsonrpc.INVALID_REQUEST, None),
    (b'{"jsonrpc":"2.0","id":1,"method":null}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":"2.0","id":1,"method":"x","params":"s"}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":"2.0","id":1,"method":"x","params":[1]}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":"2.0","id":1}', jsonrpc.INVALID_REQUEST, 1),
    (b'{"jsonrpc":"2.0","result":{}}', jsonrpc.INVALID_REQUEST, None),
    (b'{"jsonrpc":"2.0","id":1,"result":{},"error":{}}', jsonrpc.INVALID_REQUEST, 1),
]


@pytest.mark.parametrize("raw,code,rid", BAD)
def test_malformed_messages_get_the_right_error(raw: bytes, code: int, rid: object) -> None:
    with pytest.raises(jsonrpc.Malformed) as caught:
        jsonrpc.parse(raw)
    assert caught.value.code == code and caught.value.id == rid


async def lines_of(chunks: list[bytes], limit: int) -> list[bytes | None]:
    stream = asyncio.StreamReader()
    for chunk in chunks:
        stream.feed_data(chunk)
    stream.feed_eof()
    reader, out = LineReader(stream, limit), []
    while (line := await reader.readline()) is not None:
        out.append(line)
    return out


async def test_lines_split_across_chunks_and_crlf() -> None:
    assert await lines_of([b'{"a"', b':1}\r\n{"b":2}\n', b'{"c":3}'], 100) == [b'{"a":1}', b'{"b":2}', b'{"c":3}']


async def test_an_oversized_line_is_reported_once_and_skipped() -> None:
    big = b"x" * 500
    got = await lines_of([b"ok1\n", big[:200], big[200:], b"\nok2\n", big], 100)
    assert got == [b"ok1", TOO_LARGE, b"ok2", TOO_LARGE]


async def test_many_small_lines_in_one_chunk() -> None:
    data = b"".join(b"%d\n" % i for i in range(1000))
    assert await lines_of([data], 10) == [b"%d" % i for i in range(1000)]
