"""The egress proxy end to end on loopback: real sockets, an injected resolver and dialler.

Nothing here sends a packet anywhere but 127.0.0.1: names resolve through a fake resolver, and
when the proxy picks a non-loopback address the ``dial`` seam records it and connects to a local
server instead.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest

from mcpfort.sandbox.egress import HEAD_LIMIT, EgressProxy, allow_entry_error

SERVER = "srv"
GRANT = f"servers.{SERVER}.sandbox.network.allow"


@dataclass
class Upstream:
    port: int = 0
    accepted: int = 0
    requests: list[bytes] = field(default_factory=list)


async def _echo(up: Upstream, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    up.accepted += 1
    try:
        while data := await reader.read(4096):
            writer.write(b"echo:" + data)
            await writer.drain()
    finally:
        writer.close()


async def _http(up: Upstream, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answers one request with its own head and body, so tests see what the proxy sent."""
    up.accepted += 1
    try:
        head = await reader.readuntil(b"\r\n\r\n")
        length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        payload = head + (await reader.readexactly(int(length.group(1))) if length else b"")
        up.requests.append(payload)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(payload), payload))
        await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


@asynccontextmanager
async def _serving(handler) -> AsyncIterator[Upstream]:
    up = Upstream()
    server = await asyncio.start_server(lambda r, w: handler(up, r, w), "127.0.0.1", 0)
    up.port = server.sockets[0].getsockname()[1]
    try:
        yield up
    finally:
        server.close()


@pytest.fixture
async def echo() -> AsyncIterator[Upstream]:
    async with _serving(_echo) as up:
        yield up


@pytest.fixture
async def web() -> AsyncIterator[Upstream]:
    async with _serving(_http) as up:
        yield up


@dataclass
class Proxy:
    port: int
    events: list[dict]
    resolved: list[tuple[str, int]]
    dialled: list[tuple[str, int]]
    proxy: EgressProxy


@asynccontextmanager
async def proxy(allow: list[str], *, names: dict[str, list[str]] | None = None, local_port: int | None = None,
                dial_error: dict[str, Exception] | None = None, record=None, **kwargs) -> AsyncIterator[Proxy]:
    """A proxy on loopback.  ``names`` replaces DNS; with ``local_port`` every dial is recorded and
    redirected to that loopback port, so the address the proxy chose is never contacted."""
    events: list[dict] = []
    resolved: list[tuple[str, int]] = []
    dialled: list[tuple[str, int]] = []

    async def resolve(host: str, port: int) -> list[str]:
        resolved.append((host, port))
        if host not in names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return names[host]

    async def dial(ip: str, port: int):
        dialled.append((ip, port))
        if ip in (dial_error or {}):
            raise dial_error[ip]
        return await asyncio.open_connection("127.0.0.1", local_port)

    p = EgressProxy(allow, server=SERVER, record=record or events.append,
                    resolve=resolve if names is not None else None,
                    dial=dial if local_port is not None else None, **kwargs)
    server = await asyncio.start_server(p.handle, "127.0.0.1", 0)
    try:
        yield Proxy(server.sockets[0].getsockname()[1], events, resolved, dialled, p)
    finally:
        server.close()


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def _parse(raw: bytes) -> Response:
    head, _, body = raw.partition(b"\r\n\r\n")
    line, *fields = head.decode("latin-1").split("\r\n")
    headers = dict((k.lower(), v.strip()) for k, v in (f.split(":", 1) for f in fields))
    return Response(int(line.split(" ")[1]), headers, body)


async def ask(port: int, data: bytes) -> Response:
    """Send ``data``, read until the proxy closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        return _parse(await asyncio.wait_for(reader.read(-1), 5))
    finally:
        writer.close()


def connect(authority: str) -> bytes:
    return f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode()


def event(kind: str, host: str | None, port: int | None, address: str | None, reason: str, status: int) -> dict:
    return {"event": kind, "server": SERVER, "host": host, "port": port, "address": address,
            "reason": reason, "status": status}


# --- allowed traffic ---------------------------------------------------------------------------

async def test_connect_to_listed_ip_splices_both_ways(echo: Upstream) -> None:
    async with proxy([f"127.0.0.1:{echo.port}"]) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect(f"127.0.0.1:{echo.port}") + b"early")  # bytes sent before the 200
            assert await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5) == \
                b"HTTP/1.1 200 Connection established\r\n\r\n"
            assert await asyncio.wait_for(reader.readexactly(10), 5) == b"echo:early"
            for word in (b"ping", b"pong"):
                writer.write(word)
                assert await asyncio.wait_for(reader.readexactly(9), 5) == b"echo:" + word
            writer.write_eof()  # the client half-closes: the upstream sees EOF and closes, and so do we
            assert await asyncio.wait_for(reader.read(-1), 5) == b""
        finally:
            writer.close()
    assert echo.accepted == 1
    assert p.events == [event("egress.allowed", "127.0.0.1", echo.port, "127.0.0.1",
                              f'listed as "127.0.0.1:{echo.port}"', 200)]


async def test_connect_with_ip_in_disguise_matches_the_listed_ip(echo: Upstream) -> None:
    async with proxy([f"127.0.0.1:{echo.port}"]) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect(f"0x7f000001:{echo.port}"))
            assert (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).startswith(b"HTTP/1.1 200")
        finally:
            writer.close()
    assert p.events[0]["host"] == "127.0.0.1" and p.events[0]["address"] == "127.0.0.1"


async def test_absolute_form_get_is_forwarded_in_origin_form(web: Upstream) -> None:
    request = (f"GET http://127.0.0.1:{web.port}/path?q=1#frag HTTP/1.1\r\nHost: elsewhere.test\r\n"
               "Proxy-Connection: keep-alive\r\nProxy-Authorization: Basic eDp5\r\nKeep-Alive: 5\r\n"
               "Connection: keep-alive, X-Hop\r\nX-Hop: 1\r\nX-Custom: yes\r\nUser-Agent: t\r\n\r\n")
    async with proxy([f"127.0.0.1:{web.port}"]) as p:
        response = await ask(p.port, request.encode())
    assert response.status == 200
    sent = web.requests[0].decode().split("\r\n")
    assert sent[0] == "GET /path?q=1 HTTP/1.1"
    assert sent[1:] == [f"Host: 127.0.0.1:{web.port}", "X-Custom: yes", "User-Agent: t", "Connection: close", "", ""]
    assert response.body == web.requests[0]
    assert p.events == [event("egress.allowed", "127.0.0.1", web.port, "127.0.0.1",
                              f'listed as "127.0.0.1:{web.port}"', 200)]


async def test_post_body_is_relayed(web: Upstream) -> None:
    request = f"POST http://127.0.0.1:{web.port} HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world"
    async with proxy([f"127.0.0.1:{web.port}"]) as p:
        response = await ask(p.port, request.encode())
    assert response.status == 200
    assert web.requests[0].startswith(b"POST / HTTP/1.1\r\n") and web.requests[0].endswith(b"\r\n\r\nhello world")


async def test_get_by_name_dials_the_vetted_address_and_sends_the_name(web: Upstream) -> None:
    async with proxy(["api.example.test"], names={"api.example.test": ["203.0.113.80"]}, local_port=web.port) as p:
        response = await ask(p.port, b"GET http://API.Example.TEST./x HTTP/1.1\r\n\r\n")
    assert response.status == 200
    assert web.requests[0].split(b"\r\n")[:2] == [b"GET /x HTTP/1.1", b"Host: api.example.test"]
    assert p.resolved == [("api.example.test", 80)] and p.dialled == [("203.0.113.80", 80)]
    assert p.events == [event("egress.allowed", "api.example.test", 80, "203.0.113.80",
                              'listed as "api.example.test"', 200)]


@pytest.mark.parametrize("answer", [["203.0.113.80", "10.0.0.1"], ["10.0.0.1", "127.0.0.1", "203.0.113.80"]])
async def test_only_the_vetted_address_is_dialled(echo: Upstream, answer: list[str]) -> None:
    async with proxy(["registry.example.test"], names={"registry.example.test": answer}, local_port=echo.port) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect("registry.example.test:443"))
            assert (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).startswith(b"HTTP/1.1 200")
        finally:
            writer.close()
    assert p.resolved == [("registry.example.test", 443)]  # resolved once, never again
    assert p.dialled == [("203.0.113.80", 443)]
    assert p.events[0]["address"] == "203.0.113.80"


def test_vet_without_connecting() -> None:
    p = EgressProxy(["a.test", "10.0.0.9:443"], server=SERVER, record=lambda e: None)
    usable, refused = p.vet(["203.0.113.80", "10.0.0.1", "::ffff:127.0.0.1", "10.0.0.9", "junk"], 443)
    assert [str(ip) for ip in usable] == ["203.0.113.80", "10.0.0.9"]  # 10.0.0.9:443 is listed exactly
    assert refused == ["10.0.0.1 (private (RFC 1918))", "::ffff:127.0.0.1 (IPv4-mapped: loopback)",
                       "junk (not an IP address)"]
    assert p.vet(["10.0.0.9"], 80) == ([], ["10.0.0.9 (private (RFC 1918))"])


async def test_a_private_address_listed_exactly_is_reachable_by_name(echo: Upstream) -> None:
    async with proxy(["internal.test:%d" % echo.port, f"127.0.0.1:{echo.port}"],
                     names={"internal.test": ["127.0.0.1"]}) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect(f"internal.test:{echo.port}"))
            assert (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).startswith(b"HTTP/1.1 200")
        finally:
            writer.close()
    assert p.events[0]["address"] == "127.0.0.1"


async def test_next_vetted_address_is_tried_when_one_fails(echo: Upstream) -> None:
    names = {"a.test": ["203.0.113.80", "198.51.100.7"]}
    async with proxy(["a.test"], names=names, local_port=echo.port,
                     dial_error={"203.0.113.80": ConnectionRefusedError(111, "refused")}) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect("a.test:443"))
            assert (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).startswith(b"HTTP/1.1 200")
        finally:
            writer.close()
    assert p.dialled == [("203.0.113.80", 443), ("198.51.100.7", 443)]
    assert p.events[0]["address"] == "198.51.100.7"


# --- refusals ----------------------------------------------------------------------------------

async def test_unlisted_server_is_refused(echo: Upstream) -> None:
    async with proxy([f"127.0.0.1:{echo.port + 1}"]) as p:
        tunnel = await ask(p.port, connect(f"127.0.0.1:{echo.port}"))
        plain = await ask(p.port, f"GET http://127.0.0.1:{echo.port}/ HTTP/1.1\r\n\r\n".encode())
    for response in (tunnel, plain):
        assert response.status == 403
        assert response.headers["x-proxy-error"] == "IP address not listed"
        assert f'add "127.0.0.1:{echo.port}" to {GRANT}'.encode() in response.body
    assert echo.accepted == 0
    assert p.events == [event("egress.denied", "127.0.0.1", echo.port, None, "IP address not listed", 403)] * 2


async def test_localhost_listed_by_name_resolves_to_loopback_and_is_refused(echo: Upstream) -> None:
    async with proxy([f"localhost:{echo.port}"]) as p:  # the real resolver
        response = await ask(p.port, connect(f"localhost:{echo.port}"))
    assert response.status == 403
    assert response.headers["x-proxy-error"].startswith("resolves only to refused addresses: ")
    assert "(loopback)" in response.headers["x-proxy-error"]
    assert b"listed exactly" in response.body and GRANT.encode() in response.body
    assert echo.accepted == 0
    [e] = p.events
    assert (e["event"], e["host"], e["port"], e["address"], e["status"]) == \
        ("egress.denied", "localhost", echo.port, None, 403)
    assert "loopback" in e["reason"]


@pytest.mark.parametrize(("answer", "why"), [
    (["10.0.0.5"], "private (RFC 1918)"), (["169.254.169.254"], "cloud metadata"),
    (["::ffff:127.0.0.1"], "IPv4-mapped: loopback"), (["fd00:ec2::254"], "cloud metadata"),
    (["64:ff9b::a9fe:a9fe"], "NAT64/6to4/Teredo-embedded: cloud metadata"),
    (["100.100.100.200", "192.168.0.1"], "cloud metadata"), (["0.0.0.0"], "unspecified"),
])
async def test_names_resolving_to_forbidden_addresses_are_never_dialled(answer: list[str], why: str) -> None:
    async with proxy(["evil.test"], names={"evil.test": answer}, local_port=1) as p:
        response = await ask(p.port, connect("evil.test:443"))
    assert response.status == 403 and why in response.headers["x-proxy-error"]
    assert p.resolved == [("evil.test", 443)] and p.dialled == []
    reason = response.headers["x-proxy-error"]
    assert reason.startswith(f"resolves only to refused addresses: {answer[0]} (")
    assert p.events == [event("egress.denied", "evil.test", 443, None, reason, 403)]


@pytest.mark.parametrize(("authority", "status", "reason"), [
    ("a.example.test:443", 200, 'listed as "*.example.test"'),
    ("deep.a.example.test:80", 200, 'listed as "*.example.test"'),
    ("example.test:443", 403, "host not listed"),
    ("evil-example.test:443", 403, "host not listed"),
    ("example.test.evil:443", 403, "host not listed"),
    ("a.example.test:8443", 403, "port 8443 not listed for this host"),
])
async def test_wildcard(echo: Upstream, authority: str, status: int, reason: str) -> None:
    host = authority.rsplit(":", 1)[0]
    async with proxy(["*.example.test"], names={host: ["203.0.113.80"]}, local_port=echo.port) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect(authority))
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        finally:
            writer.close()
    assert head.startswith(b"HTTP/1.1 %d" % status)
    assert p.events[0]["reason"] == reason and p.events[0]["event"] == ("egress.allowed" if status == 200 else
                                                                        "egress.denied")
    assert p.dialled == ([("203.0.113.80", int(authority.rsplit(":", 1)[1]))] if status == 200 else [])
    assert len(p.resolved) == (1 if status == 200 else 0)  # refused on the name, before any lookup


async def test_unlisted_port_is_refused_before_lookup() -> None:
    async with proxy(["api.example.test"], names={"api.example.test": ["203.0.113.80"]}, local_port=1) as p:
        response = await ask(p.port, connect("api.example.test:22"))
    assert response.status == 403
    assert f'add "api.example.test:22" to {GRANT}'.encode() in response.body
    assert p.resolved == [] and p.dialled == []
    assert p.events == [event("egress.denied", "api.example.test", 22, None, "port 22 not listed for this host", 403)]


@pytest.mark.parametrize("request_bytes", [
    b"HELLO\r\n\r\n",
    b"GET /relative HTTP/1.1\r\nHost: a.test\r\n\r\n",
    b"CONNECT a.test HTTP/1.1\r\n\r\n",
    b"CONNECT a.test:99999 HTTP/1.1\r\n\r\n",
    b"CONNECT a.test:+443 HTTP/1.1\r\n\r\n",
    b"CONNECT [::1:443 HTTP/1.1\r\n\r\n",
    b"CONNECT a.test:443 HTTP/2\r\n\r\n",
    b"CONNECT a.test:443 HTTP/1.1x\r\n\r\n",
    b"CONNECT  a.test:443 HTTP/1.1\r\n\r\n",
    b"GET https://a.test/ HTTP/1.1\r\n\r\n",
    b"GET http://user@a.test/ HTTP/1.1\r\n\r\n",
    b"GET http:/// HTTP/1.1\r\n\r\n",
    b"GET http://a.test/ HTTP/1.1\r\nno colon here\r\n\r\n",
    b"GET http://a.test/ HTTP/1.1\r\nX : y\r\n\r\n",
    b"GET http://a.test/\x01 HTTP/1.1\r\n\r\n",
    b"GET http://a.test/ HTTP/1.1\nX: y\r\n\r\n",
    b"CONNECT bad_host.test:443 HTTP/1.1\r\n\r\n",
    b"CONNECT [127.0.0.1]:443 HTTP/1.1\r\n\r\n",
    b"GET http://a.test:/ HTTP/1.1\r\n\r\n",
    b"\r\n\r\n",
])
async def test_malformed_requests_get_400(request_bytes: bytes) -> None:
    async with proxy(["a.test", "*.test"], names={}, local_port=1) as p:
        response = await ask(p.port, request_bytes)
    assert response.status == 400, response
    assert response.headers["x-proxy-error"]
    assert p.resolved == [] and p.dialled == []
    [e] = p.events
    assert (e["event"], e["host"], e["port"], e["address"], e["status"]) == ("egress.denied", None, None, None, 400)


@pytest.mark.parametrize(("size", "status"), [(HEAD_LIMIT, 403), (HEAD_LIMIT + 1, 431), (HEAD_LIMIT + 5000, 431)])
async def test_head_size_limit(size: int, status: int) -> None:
    start = b"GET http://unlisted.test/ HTTP/1.1\r\nX-Pad: "
    request = start + b"a" * (size - len(start) - 4) + b"\r\n\r\n"
    assert len(request) == size
    async with proxy([], names={}) as p:
        response = await ask(p.port, request if size <= HEAD_LIMIT + 1 else request[:HEAD_LIMIT + 1])
    assert response.status == status
    assert p.events[0]["status"] == status and p.events[0]["event"] == "egress.denied"


async def test_slow_head_times_out() -> None:
    async with proxy([], names={}, head_timeout=0.05) as p:
        response = await ask(p.port, b"GET http://a.test/ HTTP/1.1\r\n")
    assert response.status == 408
    assert p.events == [event("egress.denied", None, None, None, "request head not received in time", 408)]


async def test_silent_connection_is_not_recorded() -> None:
    async with proxy([], names={}) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        writer.write_eof()
        assert await asyncio.wait_for(reader.read(-1), 5) == b""
        writer.close()
    assert p.events == []


# --- failures after the policy allowed the request ---------------------------------------------

async def test_connect_failure_is_502(echo: Upstream) -> None:
    names = {"a.test": ["203.0.113.80"]}
    async with proxy(["a.test"], names=names, local_port=echo.port,
                     dial_error={"203.0.113.80": ConnectionRefusedError(111, "Connection refused")}) as p:
        response = await ask(p.port, connect("a.test:443"))
    assert response.status == 502
    assert p.events == [event("egress.allowed", "a.test", 443, "203.0.113.80",
                              "connect to 203.0.113.80:443 failed: [Errno 111] Connection refused", 502)]


async def test_connect_timeout_is_504() -> None:
    async def hang(ip: str, port: int):
        await asyncio.Event().wait()

    events: list[dict] = []
    p = EgressProxy(["a.test"], server=SERVER, record=events.append, dial=hang, connect_timeout=0.05,
                    resolve=lambda host, port: asyncio.sleep(0, ["203.0.113.80"]))
    server = await asyncio.start_server(p.handle, "127.0.0.1", 0)
    try:
        response = await ask(server.sockets[0].getsockname()[1], connect("a.test:443"))
    finally:
        server.close()
    assert response.status == 504 and events[0]["status"] == 504 and events[0]["event"] == "egress.allowed"


async def test_unknown_name_is_502() -> None:
    async with proxy(["nowhere.test"], names={}) as p:
        response = await ask(p.port, connect("nowhere.test:443"))
    assert response.status == 502 and "cannot resolve nowhere.test" in response.headers["x-proxy-error"]
    assert p.events[0]["event"] == "egress.allowed" and p.events[0]["address"] is None


@pytest.mark.parametrize("allowed", [True, False])
async def test_a_failing_audit_sink_closes_the_connection(echo: Upstream, allowed: bool,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: dict) -> None:
        raise RuntimeError("audit store is gone")

    caplog.set_level(logging.ERROR, "mcpfort.sandbox.egress")
    async with proxy([f"127.0.0.1:{echo.port}"] if allowed else [], record=broken) as p:
        reader, writer = await asyncio.open_connection("127.0.0.1", p.port)
        try:
            writer.write(connect(f"127.0.0.1:{echo.port}"))
            raw = await asyncio.wait_for(reader.read(-1), 5)
        finally:
            writer.close()
    assert not raw.startswith(b"HTTP/1.1 200")  # fail closed: nothing flows unrecorded
    assert raw.startswith(b"HTTP/1.1 500") if not allowed else raw == b""
    assert "audit store is gone" in caplog.text


async def test_serve_accepts_on_a_passed_listener(echo: Upstream) -> None:
    events: list[dict] = []
    p = EgressProxy([f"127.0.0.1:{echo.port}"], server=SERVER, record=events.append)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    task = asyncio.create_task(p.serve(listener))
    try:
        response = await ask(port, connect("127.0.0.1:1"))
        assert response.status == 403
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert listener.fileno() == -1  # taken over and closed
    assert events[0]["event"] == "egress.denied"


# --- the allow-list ----------------------------------------------------------------------------

DECISIONS = [
    # (allow, host, port, allowed)
    (["api.github.com"], "api.github.com", 443, True),
    (["api.github.com"], "api.github.com", 80, True),
    (["api.github.com"], "api.github.com", 22, False),
    (["api.github.com"], "API.GitHub.COM.", 443, True),
    (["api.github.com"], "ａｐｉ．ｇｉｔｈｕｂ．ｃｏｍ", 443, True),  # IDNA folds full-width forms
    (["api.github.com"], "github.com", 443, False),
    (["api.github.com"], "x.api.github.com", 443, False),
    (["*.npmjs.org"], "registry.npmjs.org", 443, True),
    (["*.npmjs.org"], "npmjs.org", 443, False),
    (["*.npmjs.org"], "evilnpmjs.org", 443, False),
    (["*.npmjs.org"], "registry.npmjs.org", 8080, False),
    (["x.org:8443"], "x.org", 8443, True),
    (["x.org:8443"], "x.org", 443, False),
    (["*.x.org:8443"], "a.x.org", 8443, True),
    (["*.x.org:8443"], "a.x.org", 443, False),
    (["bücher.de"], "xn--bcher-kva.de", 443, True),
    (["xn--bcher-kva.de"], "BÜCHER.de", 443, True),
    (["a.test"], "a_b.test", 443, False),
    (["a.test"], "a.test..", 443, False),
    (["a.test"], "", 443, False),
    (["127.0.0.1:8080"], "127.0.0.1", 8080, True),
    (["127.0.0.1:8080"], "2130706433", 8080, True),
    (["127.0.0.1:8080"], "127.0.0.1", 8081, False),
    (["127.0.0.1:8080"], "[::ffff:127.0.0.1]", 8080, False),
    (["[::1]:8080"], "[::1]", 8080, True),
    (["[::1]:8080"], "[0::1]", 8080, True),
    (["localhost"], "127.0.0.1", 443, False),
    (["*.example.test"], "8.8.8.8", 443, False),  # an IP is never matched by a name
    (["8.8.8.8:443"], "8.8.8.8", 443, True),
    ([], "8.8.8.8", 443, False),
]


@pytest.mark.parametrize(("allow", "host", "port", "allowed"), DECISIONS)
def test_decide(allow: list[str], host: str, port: int, allowed: bool) -> None:
    p = EgressProxy(allow, server=SERVER, record=lambda e: None)
    assert p.decide(host, port)[0] is allowed


@pytest.mark.parametrize(("entry", "problem"), [
    ("api.github.com", None), ("*.npmjs.org", None), ("x.org:8443", None), ("*.x.org:8443", None),
    ("127.0.0.1:3000", None), ("[::1]:3000", None), ("[fe80::1%eth0]:22", None), ("bücher.de", None),
    ("127.0.0.1", "allowed only with its port"), ("[::1]", "allowed only with its port"),
    ("::1:80", "bad port"), ("*", "expected host"), ("*.1.2.3", "expected host"), ("*.", "expected host"),
    ("https://x.org", "bad port"), ("x.org:0", "bad port"), ("x.org:65536", "bad port"), ("x.org:+1", "bad port"),
    ("x.org:", "bad port"), ("a b.org", "expected host"), ("a_b.org", "expected host"), ("", "expected host"),
])
def test_allow_entries(entry: str, problem: str | None) -> None:
    error = allow_entry_error(entry)
    assert (error is None) if problem is None else (problem in error)
    if problem is not None:
        with pytest.raises(ValueError, match=re.escape(repr(entry))):
            EgressProxy([entry], server=SERVER, record=lambda e: None)
