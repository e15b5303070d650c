"""The egress proxy: the only way out of a sandbox whose network namespace is empty.

The sandbox's listening socket (127.0.0.1:3128 inside its netns) is handed to the gateway,
which serves ``CONNECT host:port`` and absolute-form ``http://`` requests on it.  A request
passes when its host and port are on the server's allow-list; the name is then resolved once,
every address that reaches the host, its LAN or a metadata service is dropped, and the proxy
dials the vetted address itself, so a second DNS answer can never redirect it (no rebinding).
An IP literal, and with it a private address, passes only when listed exactly as ``IP:port``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import tls_sni
from .addresses import IPAddress, parse_ip_literal, refusal

__all__ = ["EgressProxy", "canonical_host", "allow_entry_error", "HEAD_LIMIT"]

log = logging.getLogger(__name__)

HEAD_LIMIT = 16 * 1024
_WEB_PORTS = frozenset({80, 443})
_NAME = re.compile(r"[a-z0-9.-]+")
_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-connection", "proxy-authorization",
                         "proxy-authenticate", "te", "upgrade", "host"})  # host is rewritten
_PHRASES = {400: "Bad Request", 403: "Forbidden", 408: "Request Timeout",
            431: "Request Header Fields Too Large", 500: "Internal Server Error", 502: "Bad Gateway",
            504: "Gateway Timeout"}

Resolver = Callable[[str, int], Awaitable[list[str]]]
Dialer = Callable[[str, int], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]


def canonical_host(text: str) -> str | IPAddress | None:
    """The host as the proxy compares it: the address of an IP literal, else a lower-case
    ASCII name (IDNA-encoded, trailing dot dropped); None when it is neither."""
    if text.startswith("["):
        ip = parse_ip_literal(text)
        return ip if ip is not None and ip.version == 6 else None
    try:
        name = text.encode("idna").decode("ascii").lower().removesuffix(".")
    except UnicodeError:
        return None
    if not _NAME.fullmatch(name) or ".." in name or name.startswith("."):
        return None
    return parse_ip_literal(name) or name


@dataclass(frozen=True, slots=True)
class _NameRule:
    entry: str
    name: str  # the host, or the suffix after "*."
    wildcard: bool
    ports: frozenset[int]

    def matches(self, host: str) -> bool:
        return host.endswith("." + self.name) if self.wildcard else host == self.name


def _port(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) <= 5 and 0 < int(text) < 65536):
        raise ValueError(f"bad port {text!r}")
    return int(text)


def _split_authority(text: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]`` or ``[v6]:port`` → (host, port or None)."""
    if text.startswith("["):
        end = text.find("]") + 1
        host, rest = (text[:end], text[end:]) if end else (text, "")
    else:
        colon = text.find(":")
        host, rest = (text[:colon], text[colon:]) if colon >= 0 else (text, "")
    if not rest:
        return host, None
    if not rest.startswith(":"):
        raise ValueError(f"bad authority {text!r}")
    return host, _port(rest[1:])


def _parse_entry(entry: str) -> _NameRule | tuple[IPAddress, int]:
    try:
        host, port = _split_authority(entry.strip())
    except ValueError as exc:
        raise ValueError(f"{entry!r}: {exc}") from None
    wildcard = host.startswith("*.")
    target = canonical_host(host[2:] if wildcard else host)
    if target is None or (wildcard and not isinstance(target, str)):
        raise ValueError(f"{entry!r}: expected host, *.domain, host:port, IP:port or [IPv6]:port")
    if not isinstance(target, str):
        if port is None:
            raise ValueError(f"{entry!r}: an IP address is allowed only with its port, e.g. {entry}:443")
        return target, port
    return _NameRule(entry, target, wildcard, _WEB_PORTS if port is None else frozenset({port}))


def allow_entry_error(entry: str) -> str | None:
    """Why ``entry`` is not a valid allow-list entry, or None; for the policy loader."""
    try:
        _parse_entry(entry)
    except ValueError as exc:
        return str(exc)
    return None


def _show(target: str | IPAddress, port: int) -> str:
    return f"[{target}]:{port}" if not isinstance(target, str) and target.version == 6 else f"{target}:{port}"


class _Refused(Exception):
    """Ends one request early: the status to answer, and whether policy had allowed it."""

    def __init__(self, status: int, reason: str, hint: str = "", *, allowed: bool = False,
                 address: str | None = None) -> None:
        super().__init__(reason)
        self.status, self.reason, self.hint, self.allowed, self.address = status, reason, hint, allowed, address


async def _getaddrinfo(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class EgressProxy:
    """Serves one sandboxed server's outbound HTTP(S).  Runs for the server's lifetime; changes
    nothing but the sockets it opens, and reports every attempt through ``record``.

    ``connect_timeout`` bounds the lookup and each dial; ``resolve`` and ``dial`` replace DNS and
    ``asyncio.open_connection`` (tests use them so that nothing leaves loopback).
    """

    def __init__(self, allow: Sequence[str], *, server: str, record: Callable[[dict], None],
                 resolve: Resolver | None = None, connect_timeout: float = 10.0,
                 dial: Dialer | None = None, head_timeout: float = 10.0) -> None:
        self._names: list[_NameRule] = []
        self._ips: dict[tuple[IPAddress, int], str] = {}
        for entry in allow:
            rule = _parse_entry(entry)
            if isinstance(rule, _NameRule):
                self._names.append(rule)
            else:
                self._ips[rule] = entry
        self._server, self._record = server, record
        self._resolve = resolve or _getaddrinfo
        self._dial: Dialer = dial or asyncio.open_connection
        self._timeout, self._head_timeout = connect_timeout, head_timeout

    def decide(self, host: str, port: int) -> tuple[bool, str]:
        """Whether the allow-list grants ``host:port``, judged on the name before any lookup."""
        target = canonical_host(host)
        return (False, "invalid host name") if target is None else self._decide(target, port)

    def _decide(self, target: str | IPAddress, port: int) -> tuple[bool, str]:
        if not isinstance(target, str):
            entry = self._ips.get((target, port))
            return (True, f'listed as "{entry}"') if entry else (False, "IP address not listed")
        rules = [rule for rule in self._names if rule.matches(target)]
        granted = next((rule for rule in rules if port in rule.ports), None)
        if granted:
            return True, f'listed as "{granted.entry}"'
        return False, f"port {port} not listed for this host" if rules else "host not listed"

    def vet(self, addresses: Sequence[str], port: int) -> tuple[list[IPAddress], list[str]]:
        """Split resolved addresses into those that may be dialled and "ip (reason)" for the rest.
        An address refused by :func:`refusal` passes only when listed exactly as ``IP:port``."""
        usable: list[IPAddress] = []
        refused: list[str] = []
        for text in addresses:
            ip = parse_ip_literal(text)
            why = "not an IP address" if ip is None else refusal(ip)
            if ip is not None and (why is None or (ip, port) in self._ips):
                usable.append(ip)
            else:
                refused.append(f"{text} ({why})")
        return usable, refused

    async def serve(self, listener: socket.socket) -> None:
        """Accept sandbox connections on ``listener`` (taken over and closed) until cancelled."""
        server = await asyncio.start_server(self.handle, sock=listener)
        async with server:
            await server.serve_forever()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One client connection: vet, dial, splice.  Never raises; closes both sockets."""
        event: dict = {"event": "egress.denied", "server": self._server, "host": None, "port": None,
                       "address": None, "reason": None, "status": None}
        upstream: asyncio.StreamWriter | None = None
        try:
            try:
                request = await self._read_head(reader)
                if request is None:
                    return
                head, early = request
                host, port, forward = self._parse(head)
                target = canonical_host(host)
                if target is None:
                    raise _Refused(400, "invalid host name")
                event.update(host=str(target), port=port)
                up_reader, upstream, address, reason = await self._open(target, port)
            except _Refused as exc:
                event.update(event="egress.allowed" if exc.allowed else "egress.denied", reason=exc.reason,
                             address=exc.address, status=exc.status)
                self._record(dict(event))
                await _reply(writer, exc.status, exc.reason, exc.hint or f"mcpfort egress proxy: {exc.reason}")
                return
            event.update(event="egress.allowed", address=address, reason=reason, status=200)
            self._record(dict(event))
            if forward is None:
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                upstream.write(forward(target, port))
            if forward is None and isinstance(target, str):  # a tunnel to a name: TLS must ask for that name
                client_side = self._checked_pipe(reader, upstream, writer, early, target, event)
            else:
                upstream.write(early)
                client_side = _pipe(reader, upstream, writer)
            await asyncio.gather(client_side, _pipe(up_reader, writer, upstream))
        except Exception:  # fail closed: the audit sink or a bug ends this connection, not the proxy
            log.exception("egress proxy: request from %s failed", self._server)
            if upstream is None:
                await _reply(writer, 500, "internal error", "mcpfort egress proxy: internal error")
        finally:
            for w in (writer, upstream):
                if w is not None:
                    w.close()

    async def _checked_pipe(self, reader: asyncio.StreamReader, upstream: asyncio.StreamWriter,
                            writer: asyncio.StreamWriter, early: bytes, host: str, event: dict) -> None:
        """Hold the client's first bytes until they show what they are: a TLS ClientHello whose
        server name is not ``host`` (domain fronting) ends the tunnel and is recorded; anything
        else (the right name, no name, another protocol) is passed on and the tunnel goes on."""
        data, why = early, None
        try:
            while not data:  # a server-speaks-first protocol may leave the client silent a while
                chunk = await reader.read(16384)
                if not chunk:
                    if upstream.can_write_eof():
                        upstream.write_eof()
                    return
                data += chunk
            async with asyncio.timeout(self._head_timeout):
                while tls_sni.is_tls(data) or data == b"\x16":
                    try:
                        name = tls_sni.server_name(data)
                    except tls_sni.Incomplete:
                        chunk = await reader.read(16384)
                        if not chunk:
                            why = "the connection closed inside the TLS ClientHello"
                            break
                        data += chunk
                        continue
                    if name is not None and canonical_host(name) != host:
                        why = f"TLS server name {name[:253]!r} is not the CONNECT host {host} (domain fronting)"
                    break
        except TimeoutError:
            why = "TLS ClientHello not received in time"
        except ValueError as exc:
            why = f"malformed TLS ClientHello ({exc})"
        except ConnectionError:
            return
        if why is not None:
            self._record({**event, "event": "egress.denied", "reason": why, "status": 403})
            upstream.close()
            writer.close()
            return
        upstream.write(data)
        await _pipe(reader, upstream, writer)

    async def _read_head(self, reader: asyncio.StreamReader) -> tuple[str, bytes] | None:
        buffer = b""
        try:
            async with asyncio.timeout(self._head_timeout):
                while (end := buffer.find(b"\r\n\r\n")) < 0 and len(buffer) <= HEAD_LIMIT:
                    try:
                        chunk = await reader.read(4096)
                    except ConnectionError:
                        return None  # the client went away; nothing was asked
                    if not chunk:
                        if buffer:
                            raise _Refused(400, "connection closed inside the request head")
                        return None
                    buffer += chunk
        except TimeoutError:
            raise _Refused(408, "request head not received in time") from None
        if end < 0 or end + 4 > HEAD_LIMIT:
            raise _Refused(431, f"request head over {HEAD_LIMIT // 1024} KiB")
        return buffer[:end].decode("latin-1"), buffer[end + 4:]

    def _parse(self, head: str) -> tuple[str, int, Callable[[str | IPAddress, int], bytes] | None]:
        """(host, port, builder of the upstream request head, or None for CONNECT)."""
        if any(c < " " and c != "\t" or c == "\x7f" for c in head.replace("\r\n", "")):
            raise _Refused(400, "control character in request head")
        line, *fields = head.split("\r\n")
        parts = line.split(" ")
        if len(parts) != 3 or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
            raise _Refused(400, "malformed request line")
        method, uri, version = parts
        try:
            if method == "CONNECT":
                host, port = _split_authority(uri)
                if port is None:
                    raise ValueError("CONNECT needs host:port")
                return host, port, None
            url = urlsplit(uri)
            if url.scheme.lower() != "http" or not url.netloc or "@" in url.netloc:
                raise ValueError("not an absolute http:// URL")
            host, port = _split_authority(url.netloc)
            headers = [tuple(f.split(":", 1)) for f in fields]
        except ValueError as exc:
            raise _Refused(400, f"malformed request ({exc}); use CONNECT host:port or an absolute "
                                "http:// URL") from None
        if any(len(h) != 2 or not h[0] or h[0] != h[0].strip() for h in headers):
            raise _Refused(400, "malformed header line")
        path = (url.path or "/") + (f"?{url.query}" if url.query else "")
        named = {t.strip().lower() for n, v in headers if n.lower() in ("connection", "proxy-connection")
                 for t in v.split(",")}

        def forward(target: str | IPAddress, port: int) -> bytes:
            # Connection: close keeps one upstream per client connection, so a pipelined second
            # request can only reach the same vetted address, never another host.
            authority = _show(target, port).removesuffix(":80" if port == 80 else "")
            kept = [f"{n}:{v}" for n, v in headers if n.lower() not in _HOP_BY_HOP | named]
            lines = [f"{method} {path} {version}", f"Host: {authority}", *kept, "Connection: close"]
            return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

        return host, port if port is not None else 80, forward

    async def _open(self, target: str | IPAddress, port: int):
        """Decide, resolve once, vet and dial: (reader, writer, address, reason) or _Refused."""
        allowed, reason = self._decide(target, port)
        shown = _show(target, port)
        grant = f"servers.{self._server}.sandbox.network.allow"
        if not allowed:
            raise _Refused(403, reason, f'mcpfort egress proxy: {shown} refused ({reason}); '
                                        f'add "{shown}" to {grant}')
        if isinstance(target, str):
            try:
                addresses = await asyncio.wait_for(self._resolve(target, port), self._timeout)
            except TimeoutError:
                raise _Refused(504, f"lookup of {target} timed out", allowed=True) from None
            except OSError as exc:
                raise _Refused(502, f"cannot resolve {target}: {exc}", allowed=True) from None
            if not addresses:
                raise _Refused(502, f"{target} resolves to no address", allowed=True)
            usable, refused = self.vet(addresses, port)
            if not usable:
                why = f"resolves only to refused addresses: {', '.join(refused)}"
                example = next((_show(ip, port) for ip in map(parse_ip_literal, addresses) if ip), "IP:port")
                raise _Refused(403, why, f"mcpfort egress proxy: {target} {why}; an address like that is "
                                         f'reachable only when listed exactly, e.g. "{example}" in {grant}')
        else:
            usable = [target]
        failure = _Refused(502, "no address to dial", allowed=True)
        for ip in usable:
            try:
                up_reader, up_writer = await asyncio.wait_for(self._dial(str(ip), port), self._timeout)
                return up_reader, up_writer, str(ip), reason
            except TimeoutError:
                failure = _Refused(504, f"connect to {_show(ip, port)} timed out", allowed=True, address=str(ip))
            except OSError as exc:
                failure = _Refused(502, f"connect to {_show(ip, port)} failed: {exc}", allowed=True,
                                   address=str(ip))
        raise failure


async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter, src_writer: asyncio.StreamWriter) -> None:
    """Copy until EOF, then half-close ``dst``; a broken socket ends both directions."""
    try:
        while chunk := await src.read(65536):
            dst.write(chunk)
            await dst.drain()
        if dst.can_write_eof():
            dst.write_eof()
    except OSError:
        dst.close()
        src_writer.close()


async def _reply(writer: asyncio.StreamWriter, status: int, reason: str, body: str) -> None:
    header = "".join(c if " " <= c <= "~" else "?" for c in reason)[:300]
    data = body.rstrip("\n").encode() + b"\n"
    head = (f"HTTP/1.1 {status} {_PHRASES[status]}\r\nX-Proxy-Error: {header}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Length: {len(data)}\r\nConnection: close\r\n\r\n")
    try:
        writer.write(head.encode("latin-1") + data)
        await writer.drain()
    except OSError:
        pass
