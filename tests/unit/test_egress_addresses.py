"""Address vetting for the egress proxy: every range on both sides of each edge, IPs in disguise,
IPv4 hidden inside IPv6, and the documentation ranges that must stay reachable."""

from __future__ import annotations

import socket
from ipaddress import IPv4Address, IPv6Address, ip_address

import pytest

from mcpfort.sandbox.addresses import parse_ip_literal, refusal

LOOP, PRIV, LINK, META = "loopback", "private (RFC 1918)", "link-local", "cloud metadata"
CGNAT, ULA, MCAST = "carrier-grade NAT (RFC 6598)", "unique-local (fc00::/7)", "multicast"
THIS, IETF = "this network (0.0.0.0/8)", "IETF protocol assignments (192.0.0.0/24)"
BENCH = "benchmarking (198.18.0.0/15)"
V6_LAST = ":ffff:ffff:ffff:ffff:ffff:ffff:ffff"

IPV4 = [
    # (address, reason or None): the edge addresses of each network, and their neighbours
    ("0.0.0.0", "unspecified"), ("0.0.0.1", THIS), ("0.255.255.255", THIS), ("1.0.0.0", None),
    ("9.255.255.255", None), ("10.0.0.0", PRIV), ("10.255.255.255", PRIV), ("11.0.0.0", None),
    ("100.63.255.255", None), ("100.64.0.0", CGNAT), ("100.127.255.255", CGNAT), ("100.128.0.0", None),
    ("100.100.100.199", CGNAT), ("100.100.100.200", META), ("100.100.100.201", CGNAT),
    ("126.255.255.255", None), ("127.0.0.0", LOOP), ("127.0.0.1", LOOP), ("127.255.255.255", LOOP),
    ("128.0.0.0", None),
    ("168.63.129.15", None), ("168.63.129.16", META), ("168.63.129.17", None),
    ("169.253.255.255", None), ("169.254.0.0", LINK), ("169.254.255.255", LINK), ("169.255.0.0", None),
    ("169.254.169.253", LINK), ("169.254.169.254", META), ("169.254.169.255", LINK), ("169.254.170.2", META),
    ("172.15.255.255", None), ("172.16.0.0", PRIV), ("172.31.255.255", PRIV), ("172.32.0.0", None),
    ("191.255.255.255", None), ("192.0.0.0", IETF), ("192.0.0.255", IETF), ("192.0.1.0", None),
    ("192.167.255.255", None), ("192.168.0.0", PRIV), ("192.168.255.255", PRIV), ("192.169.0.0", None),
    ("198.17.255.255", None), ("198.18.0.0", BENCH), ("198.19.255.255", BENCH), ("198.20.0.0", None),
    ("223.255.255.255", None), ("224.0.0.0", MCAST), ("239.255.255.255", MCAST),
    ("240.0.0.0", "reserved"), ("255.255.255.254", "reserved"), ("255.255.255.255", "broadcast"),
    # documentation ranges: Python calls them private, registries may live there, so allowed
    ("192.0.2.0", None), ("192.0.2.255", None), ("198.51.100.0", None), ("198.51.100.255", None),
    ("203.0.113.0", None), ("203.0.113.80", None), ("203.0.113.255", None),
    # ordinary public addresses
    ("8.8.8.8", None), ("1.1.1.1", None), ("140.82.112.3", None), ("104.16.0.1", None), ("223.5.5.5", None),
]

IPV6 = [
    ("::", "unspecified"), ("::1", LOOP),
    ("1fff" + V6_LAST, "reserved"), ("2000::", None), ("3fff" + V6_LAST, None), ("4000::", "reserved"),
    ("100::1", "reserved"), ("::2:0:0:0:1", "reserved"),
    ("fbff" + V6_LAST, "reserved"), ("fc00::", ULA), ("fdff" + V6_LAST, ULA), ("fe00::", "reserved"),
    ("fe7f" + V6_LAST, "reserved"), ("fe80::", LINK), ("febf" + V6_LAST, LINK),
    ("fec0::", "site-local"), ("feff" + V6_LAST, "site-local"), ("ff00::", MCAST), ("ff02::1", MCAST),
    ("ffff" + V6_LAST, MCAST),
    ("fd00:ec2::253", ULA), ("fd00:ec2::254", META), ("fd00:ec2::255", ULA),
    ("2001:1:ffff:ffff:ffff:ffff:ffff:ffff", None), ("2001:2::", "benchmarking (2001:2::/48)"),
    ("2001:2:0:ffff:ffff:ffff:ffff:ffff", "benchmarking (2001:2::/48)"), ("2001:2:1::", None),
    # documentation and public
    ("2001:db8::", None), ("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", None), ("3fff::1", None),
    ("2606:4700::1111", None), ("2a00:1450:4001::200e", None), ("2620:fe::fe", None),
]


@pytest.mark.parametrize(("address", "reason"), IPV4 + IPV6)
def test_refusal_table(address: str, reason: str | None) -> None:
    assert refusal(address) == reason
    assert refusal(ip_address(address)) == reason


FORBIDDEN_V4 = [
    ("127.0.0.1", LOOP), ("127.255.0.9", LOOP), ("10.0.0.5", PRIV), ("172.16.0.1", PRIV),
    ("192.168.1.1", PRIV), ("169.254.1.1", LINK), ("169.254.169.254", META), ("100.64.0.1", CGNAT),
    ("100.100.100.200", META), ("168.63.129.16", META), ("0.0.0.0", "unspecified"), ("0.1.2.3", THIS),
    ("224.0.0.1", MCAST), ("255.255.255.255", "broadcast"), ("240.0.0.1", "reserved"),
    ("192.0.0.8", IETF), ("198.18.0.1", BENCH),
]
ALLOWED_V4 = ["8.8.8.8", "203.0.113.80", "192.0.2.1", "198.51.100.7"]
TEREDO_SERVER = int(IPv4Address("65.54.227.120"))


def _v4(text: str) -> int:
    return int(IPv4Address(text))


EMBEDDINGS = {
    "mapped": lambda v4: IPv6Address(0xFFFF << 32 | v4),
    "compatible": lambda v4: IPv6Address(v4),
    "nat64": lambda v4: IPv6Address(0x64FF9B << 96 | v4),
    "6to4": lambda v4: IPv6Address(0x2002 << 112 | v4 << 80 | 1),
    "teredo": lambda v4: IPv6Address(0x20010000 << 96 | TEREDO_SERVER << 64 | 0x8000_63BF << 32 | v4 ^ 0xFFFFFFFF),
}
LABEL = {"mapped": "IPv4-mapped", "compatible": "IPv4-compatible", "nat64": "NAT64/6to4/Teredo-embedded",
         "6to4": "NAT64/6to4/Teredo-embedded", "teredo": "NAT64/6to4/Teredo-embedded"}


@pytest.mark.parametrize("kind", EMBEDDINGS)
@pytest.mark.parametrize(("v4", "reason"), FORBIDDEN_V4)
def test_embedded_forbidden_ipv4_is_refused(kind: str, v4: str, reason: str) -> None:
    address = EMBEDDINGS[kind](_v4(v4))
    if kind == "compatible" and v4 == "0.0.0.0":
        assert refusal(address) == "unspecified"  # ::0.0.0.0 is ::
    else:
        assert refusal(address) == f"{LABEL[kind]}: {reason}", address
        assert refusal(str(address)) == f"{LABEL[kind]}: {reason}"


@pytest.mark.parametrize("kind", EMBEDDINGS)
@pytest.mark.parametrize("v4", ALLOWED_V4)
def test_embedded_public_ipv4_follows_the_ipv4_verdict(kind: str, v4: str) -> None:
    # the deprecated IPv4-compatible form is refused whatever it carries
    assert refusal(EMBEDDINGS[kind](_v4(v4))) == ("reserved" if kind == "compatible" else None)


@pytest.mark.parametrize("address", [
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "64:ff9b::169.254.169.254", "2002:a9fe:a9fe::1",
    "2002:7f00:0001:1234::", "2001:0:4136:e378:8000:63bf:80ff:fffe",
])
def test_textual_embeddings(address: str) -> None:
    assert refusal(address) is not None


def test_teredo_uses_the_client_not_the_server() -> None:
    # server 10.0.0.1 (private), client 8.8.8.8 (public): the client is what the relay reaches
    address = IPv6Address(0x20010000 << 96 | _v4("10.0.0.1") << 64 | _v4("8.8.8.8") ^ 0xFFFFFFFF)
    assert refusal(address) is None


@pytest.mark.parametrize("address", ["64:ff9b:1::7f00:1", "64:ff9b:1::808:808", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff"])
def test_local_use_nat64_is_refused_as_a_whole(address: str) -> None:
    assert refusal(address) == "NAT64/6to4/Teredo-embedded: local-use NAT64 (64:ff9b:1::/48)"


@pytest.mark.parametrize(("address", "reason"), [("64:ff9a:ffff:ffff:ffff:ffff:ffff:ffff", "reserved"),
                                                 ("64:ff9b::ffff:ffff", "NAT64/6to4/Teredo-embedded: broadcast"),
                                                 ("64:ff9b::1:0:0", "reserved"), ("64:ff9b:2::", "reserved"),
                                                 ("2001::", "NAT64/6to4/Teredo-embedded: broadcast"),
                                                 ("2002::", "NAT64/6to4/Teredo-embedded: unspecified"),
                                                 ("2003::", None), ("2001:1::", None)])
def test_embedding_prefix_edges(address: str, reason: str | None) -> None:
    assert refusal(address) == reason


LITERALS = [
    ("127.0.0.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0x7f000001", "127.0.0.1"),
    ("0X7F000001", "127.0.0.1"), ("017700000001", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"),
    ("0177.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("127.0.1", "127.0.0.1"), ("0x7f.0x0.0x0.0x1", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"), ("127.0.0.1.", "127.0.0.1"), ("0x000000000007f000001", "127.0.0.1"),
    ("00000000000000000177.1", "127.0.0.1"), ("10.1", "10.0.0.1"), ("0", "0.0.0.0"), ("0x", "0.0.0.0"),
    ("169.254.43518", "169.254.169.254"), ("2852039166", "169.254.169.254"), ("0251.0376.0251.0376", "169.254.169.254"),
    ("4294967295", "255.255.255.255"), ("1.16777215", "1.255.255.255"), ("1.2.65535", "1.2.255.255"),
    ("  127.0.0.1 ", "127.0.0.1"),
    ("::1", "::1"), ("[::1]", "::1"), ("[0:0:0:0:0:0:0:1]", "::1"), ("fe80::1%eth0", "fe80::1"),
    ("[fe80::1%25eth0]", "fe80::1"), ("::ffff:127.0.0.1", "::ffff:7f00:1"), ("[::ffff:7f00:1]", "::ffff:7f00:1"),
]

NOT_LITERALS = [
    "", ".", "..", "1..2", "256.0.0.1", "1.256.0.0", "4294967296", "1.16777216", "1.2.65536", "1.2.3.256",
    "1.2.3.4.5", "08.0.0.1", "09", "0x1g", "0xx1", "example.com", "1e3", "12.com", "[127.0.0.1]", "[::1",
    "::1]", "127.0.0.1..", "١٢٧.0.0.1", "+1.2.3.4", "-1", "1_0.0.0.1", "9" * 5000, "::ffff:127.1",
    "::ffff:0177.0.0.1", ":::1", "localhost",
]


@pytest.mark.parametrize(("text", "address"), LITERALS)
def test_parse_ip_literal(text: str, address: str) -> None:
    assert parse_ip_literal(text) == ip_address(address)


@pytest.mark.parametrize("text", NOT_LITERALS)
def test_not_ip_literals(text: str) -> None:
    assert parse_ip_literal(text) is None


@pytest.mark.parametrize("text", [t for t, _ in LITERALS if "." in t or t.isalnum()] + NOT_LITERALS)
def test_every_form_inet_aton_accepts_is_recognised(text: str) -> None:
    """The OS's own parser is the reference: whatever it dials, we must see as that address."""
    try:
        expected = IPv4Address(socket.inet_aton(text))
    except (OSError, ValueError):
        return
    if text != text.strip():
        return  # glibc stops at whitespace, a quirk a URL or CONNECT line cannot carry
    assert parse_ip_literal(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("2130706433", LOOP), ("0x7f000001", LOOP), ("0177.0.0.1", LOOP), ("127.1", LOOP), ("10.1", PRIV),
    ("0xa9fea9fe", META), ("169.254.43518", META), ("[::1]", LOOP), ("fe80::1%eth0", LINK),
    ("[fd00:ec2::254%1]", META), ("0", "unspecified"), ("[::ffff:169.254.169.254]", "IPv4-mapped: cloud metadata"),
])
def test_odd_forms_are_refused(text: str, reason: str) -> None:
    assert refusal(text) == reason


def test_scoped_address_object() -> None:
    assert refusal(IPv6Address("fd00:ec2::254%eth0")) == META


def test_refusal_rejects_non_addresses() -> None:
    with pytest.raises(ValueError, match="not an IP address"):
        refusal("example.com")
