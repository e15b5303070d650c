"""Which IP addresses a sandboxed server may reach through the egress proxy.

Pure functions, explicit tables.  ``ipaddress``'s ``is_private``/``is_global`` are not used on
purpose: Python calls the documentation ranges (TEST-NET-1/2/3, 2001:db8::/32) private, and on
some networks the package registries resolve into them, so a naive check would block every
registry.  Documentation ranges are therefore allowed; everything that reaches the host itself,
its LAN, the cloud provider's metadata service, or an address embedding one of those, is refused.

``parse_ip_literal`` reads the spellings that ``inet_aton`` and URL parsers accept (``127.1``,
``0x7f000001``, ``0177.0.0.1``, ``2130706433``, ``[::1]``, ``fe80::1%eth0``), so that an IP in
disguise is still recognised as an IP.
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

__all__ = ["IPAddress", "CLOUD_METADATA", "parse_ip_literal", "refusal"]

IPAddress = IPv4Address | IPv6Address

CLOUD_METADATA = frozenset(ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure IMDS, OCI, DigitalOcean…
    "169.254.170.2",  # AWS ECS task metadata
    "fd00:ec2::254",  # AWS IMDS over IPv6
    "100.100.100.200",  # Alibaba Cloud
    "168.63.129.16",  # Azure wireserver (a public-looking address)
))

# First match wins, so the narrow entries come before the ranges that contain them.
_V4 = [(IPv4Network(net), reason) for net, reason in (
    ("0.0.0.0/32", "unspecified"),
    ("0.0.0.0/8", "this network (0.0.0.0/8)"),
    ("10.0.0.0/8", "private (RFC 1918)"),
    ("100.64.0.0/10", "carrier-grade NAT (RFC 6598)"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private (RFC 1918)"),
    ("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
    ("192.168.0.0/16", "private (RFC 1918)"),
    ("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
    ("224.0.0.0/4", "multicast"),
    ("255.255.255.255/32", "broadcast"),
    ("240.0.0.0/4", "reserved"),
)]

_V6 = [(IPv6Network(net), reason) for net, reason in (
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("fc00::/7", "unique-local (fc00::/7)"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local"),
    ("ff00::/8", "multicast"),
    ("2001:2::/48", "benchmarking (2001:2::/48)"),
)]

_IPV4_COMPATIBLE = IPv6Network("::/96")
_NAT64 = IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = IPv6Network("64:ff9b:1::/48")
_GLOBAL_UNICAST = IPv6Network("2000::/3")
_EMBEDDED = "NAT64/6to4/Teredo-embedded"


def refusal(ip: str | IPAddress) -> str | None:
    """None when ``ip`` may be dialled, else a short reason such as ``"loopback"``.

    A string is read with :func:`parse_ip_literal`; one that is not an IP raises ValueError.
    """
    if isinstance(ip, str):
        parsed = parse_ip_literal(ip)
        if parsed is None:
            raise ValueError(f"not an IP address: {ip!r}")
        ip = parsed
    if isinstance(ip, IPv6Address) and ip.scope_id:
        ip = IPv6Address(int(ip))  # fe80::1%eth0 is still fe80::1
    if ip in CLOUD_METADATA:
        return "cloud metadata"
    if isinstance(ip, IPv4Address):
        return next((reason for net, reason in _V4 if ip in net), None)
    for net, reason in _V6:
        if ip in net:
            return reason
    return _refusal_v6_embedded(ip)


def _refusal_v6_embedded(ip: IPv6Address) -> str | None:
    """IPv6 forms that carry an IPv4 address: judged by the IPv4 address they lead to."""
    if ip.ipv4_mapped is not None:
        inner = refusal(ip.ipv4_mapped)
        return f"IPv4-mapped: {inner}" if inner else None
    if ip in _IPV4_COMPATIBLE:
        inner = refusal(IPv4Address(int(ip) & 0xFFFFFFFF))
        return f"IPv4-compatible: {inner}" if inner else "reserved"  # deprecated (RFC 4291)
    if ip in _NAT64:
        inner = refusal(IPv4Address(int(ip) & 0xFFFFFFFF))
        return f"{_EMBEDDED}: {inner}" if inner else None
    if ip in _NAT64_LOCAL:
        # RFC 8215 lets the operator choose the prefix length, and with it where the IPv4
        # address sits, so what it leads to cannot be known here: refused as a whole.
        return f"{_EMBEDDED}: local-use NAT64 (64:ff9b:1::/48)"
    for inner_ip in (ip.sixtofour, ip.teredo[1] if ip.teredo else None):
        if inner_ip is not None and (inner := refusal(inner_ip)):
            return f"{_EMBEDDED}: {inner}"
    return None if ip in _GLOBAL_UNICAST else "reserved"


def parse_ip_literal(text: str) -> IPAddress | None:
    """The address ``text`` spells, in any form the OS or a URL parser accepts, else None.

    IPv4 follows ``inet_aton``: one to four parts, each decimal, ``0x`` hex or ``0`` octal, the
    last filling the remaining bytes (``127.1``, ``10.1``, ``2130706433``).  As URL parsers do,
    one trailing dot is allowed.  IPv6 may be bracketed and may carry a zone id, which is dropped.
    """
    text = text.strip()
    if text.startswith("[") or text.endswith("]"):
        if not (text.startswith("[") and text.endswith("]")):
            return None
        return _parse_v6(text[1:-1])
    return _parse_v6(text) if ":" in text else _parse_v4(text)


def _parse_v6(text: str) -> IPv6Address | None:
    address, _, _zone = text.partition("%")
    try:
        return IPv6Address(address)
    except ValueError:
        return None


def _parse_v4(text: str) -> IPv4Address | None:
    parts = (text[:-1] if text.endswith(".") else text).split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values = [_number(part) for part in parts]
    if None in values:
        return None
    *head, last = values
    spare = 8 * (5 - len(values))  # bits left for the last part
    if any(v > 0xFF for v in head) or last >= 1 << spare:
        return None
    n = 0
    for v in head:
        n = n << 8 | v
    return IPv4Address(n << spare | last)


def _number(part: str) -> int | None:
    part = part.lower()
    if part.startswith("0x"):
        digits, base, alphabet = part[2:], 16, "0123456789abcdef"
    elif len(part) > 1 and part.startswith("0"):
        digits, base, alphabet = part[1:], 8, "01234567"
    else:
        digits, base, alphabet = part, 10, "0123456789"
        if not digits:
            return None
    if any(c not in alphabet for c in digits):
        return None
    digits = digits.lstrip("0")
    if len(digits) > 11:  # far above 2**32; also keeps int() away from huge strings
        return None
    return int(digits, base) if digits else 0
