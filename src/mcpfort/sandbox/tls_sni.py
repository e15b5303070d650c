"""The server name a TLS ClientHello asks for (SNI), read from the first bytes of a tunnel.

The egress proxy allows ``CONNECT allowed.example:443``; without this check the client could then
open TLS to ``SNI=other.example`` on the same address (domain fronting through a shared CDN or
load balancer) and reach a host the policy never listed.  Only the cleartext ClientHello is read;
nothing is decrypted.  A ClientHello split over several records is reassembled (up to 64 KiB), so
fragmenting it does not hide the name.
"""

from __future__ import annotations

__all__ = ["MAX_HELLO", "Incomplete", "is_tls", "server_name"]

MAX_HELLO = 64 * 1024
_HANDSHAKE = 0x16
_CLIENT_HELLO = 0x01


class Incomplete(Exception):
    """More bytes are needed to read the ClientHello."""


def is_tls(data: bytes) -> bool:
    """Does ``data`` start like a TLS handshake record (TLS 1.0 to 1.3 framing)?"""
    return len(data) >= 2 and data[0] == _HANDSHAKE and data[1] == 0x03


def _handshake_bytes(data: bytes) -> bytes:
    """The handshake message bytes carried by consecutive handshake records, in order."""
    out, at = bytearray(), 0
    while at + 5 <= len(data):
        if data[at] != _HANDSHAKE or data[at + 1] != 0x03:
            raise ValueError("a non-handshake record before the ClientHello ended")
        length = int.from_bytes(data[at + 3:at + 5], "big")
        if length == 0 or length > 18432:
            raise ValueError(f"TLS record length {length} out of range")
        if at + 5 + length > len(data):
            out += data[at + 5:]
            break
        out += data[at + 5:at + 5 + length]
        at += 5 + length
        if len(out) >= 4 and len(out) >= 4 + int.from_bytes(out[1:4], "big"):
            break
    return bytes(out)


def server_name(data: bytes) -> str | None:
    """The SNI host name of the ClientHello at the start of ``data``, or None when it has none.

    Raises ``Incomplete`` when more bytes are needed, ``ValueError`` when the bytes are not a
    well-formed ClientHello."""
    if len(data) > MAX_HELLO + 1024:
        raise ValueError("ClientHello larger than 64 KiB")
    hs = _handshake_bytes(data)
    if len(hs) < 4:
        raise Incomplete
    if hs[0] != _CLIENT_HELLO:
        raise ValueError("the first handshake message is not a ClientHello")
    length = int.from_bytes(hs[1:4], "big")
    if length > MAX_HELLO:
        raise ValueError("ClientHello larger than 64 KiB")
    if len(hs) < 4 + length:
        raise Incomplete
    body, at = hs[4:4 + length], 34  # client_version (2) + random (32)

    def take(size_bytes: int) -> bytes:
        nonlocal at
        if at + size_bytes > len(body):
            raise ValueError("truncated ClientHello")
        size = int.from_bytes(body[at:at + size_bytes], "big")
        at += size_bytes
        if at + size > len(body):
            raise ValueError("truncated ClientHello")
        chunk = body[at:at + size]
        at += size
        return chunk

    take(1)  # session id
    take(2)  # cipher suites
    take(1)  # compression methods
    if at == len(body):
        return None  # no extensions at all
    extensions = take(2)
    names: list[str] = []
    i = 0
    while i + 4 <= len(extensions):
        kind = int.from_bytes(extensions[i:i + 2], "big")
        size = int.from_bytes(extensions[i + 2:i + 4], "big")
        value = extensions[i + 4:i + 4 + size]
        if len(value) != size:
            raise ValueError("truncated extension")
        i += 4 + size
        if kind != 0:
            continue
        if names:
            raise ValueError("two server_name extensions")
        j = 2
        while j + 3 <= len(value):
            name_type, name_len = value[j], int.from_bytes(value[j + 1:j + 3], "big")
            name = value[j + 3:j + 3 + name_len]
            if len(name) != name_len:
                raise ValueError("truncated server name")
            if name_type == 0:
                names.append(name.decode("ascii"))
            j += 3 + name_len
        if not names:
            raise ValueError("server_name extension without a host name")
    if i != len(extensions):
        raise ValueError("malformed extensions")
    if len(names) > 1:
        raise ValueError("several host names in server_name")
    return names[0] if names else None
