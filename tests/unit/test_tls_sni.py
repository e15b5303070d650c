"""The egress proxy's SNI check: real ClientHellos (Python's ssl module), fragmented and forged
ones, and a tunnel through the real proxy that asks TLS for another name (domain fronting)."""

from __future__ import annotations

import asyncio
import ssl

import pytest

from mcpfort.sandbox import tls_sni
from tests.unit.test_egress_proxy import SERVER, Upstream, connect, proxy


def client_hello(name: str | None) -> bytes:
    ctx = ssl.create_default_context()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    conn = ctx.wrap_bio(incoming, outgoing, server_hostname=name)
    if name is None:
        ctx.check_hostname = False
        conn = ctx.wrap_bio(incoming, outgoing)
    with pytest.raises(ssl.SSLWantReadError):
        conn.do_handshake()
    return outgoing.read()


def fragment(hello: bytes, size: int) -> bytes:
    """The same handshake split into records of ``size`` bytes: a known trick to hide the name."""
    body = hello[5:]
    return b"".join(hello[:3] + len(part).to_bytes(2, "big") + part
                    for part in (body[i:i + size] for i in range(0, len(body), size)))


def test_reads_the_name_of_a_real_client_hello() -> None:
    hello = client_hello("api.example.test")
    assert tls_sni.is_tls(hello)
    assert tls_sni.server_name(hello) == "api.example.test"


def test_no_name_is_none() -> None:
    assert tls_sni.server_name(client_hello(None)) is None


@pytest.mark.parametrize("size", [1, 7, 64, 200])
def test_a_fragmented_hello_still_shows_its_name(size: int) -> None:
    assert tls_sni.server_name(fragment(client_hello("evil.example.test"), size)) == "evil.example.test"


def test_partial_input_asks_for_more() -> None:
    hello = client_hello("api.example.test")
    for cut in (1, 5, 40, len(hello) - 1):
        with pytest.raises(tls_sni.Incomplete):
            tls_sni.server_name(hello[:cut])


@pytest.mark.parametrize("mangle", [
    lambda h: h[:5] + b"\x02" + h[6:],  # not a ClientHello
    lambda h: h[:3] + b"\x00\x00" + h[5:],  # zero-length record
    lambda h: h[:5] + h[5:9] + b"\x03\x03" + b"\x00" * 32 + b"\xff",  # session id runs past the end
    lambda h: h[:3] + b"\xff\xff" + h[5:],  # record too long
    lambda h: b"\x17" + h[1:],  # application data where the hello should be
])
def test_malformed_hellos_are_errors_not_guesses(mangle) -> None:
    with pytest.raises((ValueError, tls_sni.Incomplete)):
        tls_sni.server_name(mangle(client_hello("api.example.test")))


async def _tunnel(p, authority: str, first: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
    try:
        writer.write(connect(authority))
        assert (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).startswith(b"HTTP/1.1 200")
        writer.write(first)
        await writer.drain()
        return await asyncio.wait_for(reader.read(4096), 5)
    finally:
        writer.close()


@pytest.fixture
async def echo():
    from tests.unit.test_egress_proxy import _echo, _serving

    async with _serving(_echo) as up:
        yield up


async def test_a_tunnel_whose_tls_asks_for_another_name_is_cut_and_recorded(echo: Upstream) -> None:
    names = {"allowed.example.test": ["203.0.113.10"]}
    async with proxy(["allowed.example.test:443"], names=names, local_port=echo.port) as p:
        answer = await _tunnel(p, "allowed.example.test:443", fragment(client_hello("evil.example.test"), 50))
    assert answer == b""  # nothing reached the upstream, nothing came back
    assert p.events[-1]["event"] == "egress.denied" and p.events[-1]["server"] == SERVER
    assert "evil.example.test" in p.events[-1]["reason"] and "domain fronting" in p.events[-1]["reason"]


async def test_the_right_name_and_other_protocols_pass(echo: Upstream) -> None:
    names = {"allowed.example.test": ["203.0.113.10"]}
    async with proxy(["allowed.example.test:443", "allowed.example.test:22"], names=names, local_port=echo.port) as p:
        hello = client_hello("Allowed.Example.Test")
        assert (await _tunnel(p, "allowed.example.test:443", hello)).startswith(b"echo:" + hello[:10])
        assert await _tunnel(p, "allowed.example.test:22", b"SSH-2.0-client\r\n") == b"echo:SSH-2.0-client\r\n"
    assert [e["event"] for e in p.events] == ["egress.allowed", "egress.allowed"]
