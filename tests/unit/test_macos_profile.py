"""The macOS Seatbelt profile generated from a sandbox spec (no Mac in CI: the profile is checked)."""

from __future__ import annotations

import pytest

from mcpfort.sandbox.macos import command, profile
from mcpfort.sandbox.spec import SandboxSpec

SPEC = SandboxSpec(read=("/Users/ada/project",), write=("/Users/ada/project/out",), allow_hosts=("api.github.com",))


def test_deny_by_default_comes_first() -> None:
    text = profile(SPEC, runtime=["/opt/node"], tmpdir="/private/tmp/mcpfort-x", proxy_port=3128)
    lines = text.splitlines()
    assert lines[:2] == ["(version 1)", "(deny default)"]
    assert sum("(allow default" in line for line in lines) == 0


def test_reads_writes_and_network_are_exactly_the_grant() -> None:
    text = profile(SPEC, runtime=["/opt/node"], tmpdir="/private/tmp/mcpfort-x", proxy_port=3128)
    read = next(line for line in text.splitlines() if line.startswith("(allow file-read* (subpath"))
    write = next(line for line in text.splitlines() if line.startswith("(allow file-read* file-write*"))
    assert '(subpath "/Users/ada/project")' in read and '(subpath "/opt/node")' in read
    assert '"/Users/ada"' not in read.replace('"/Users/ada/project"', "")  # never the home folder itself
    assert '(subpath "/Users/ada/project/out")' in write and '(subpath "/private/tmp/mcpfort-x")' in write
    assert '"/Users/ada/project")' not in write  # the read grant is not writable
    network = [line for line in text.splitlines() if "network" in line]
    assert network == ['(allow network-outbound (remote ip "localhost:3128"))']


def test_no_network_without_allowed_hosts() -> None:
    text = profile(SandboxSpec(read=("/srv/data",)), runtime=[], tmpdir="/private/tmp/t", proxy_port=None)
    assert "network" not in text


def test_a_quote_in_a_path_is_escaped_not_a_new_rule() -> None:
    benign = profile(SandboxSpec(read=("/tmp/a",)), runtime=[], tmpdir="/private/tmp/t", proxy_port=None)
    hostile = profile(SandboxSpec(read=('/tmp/a") (allow default) ("',)), runtime=[], tmpdir="/private/tmp/t",
                      proxy_port=None)
    assert hostile.count("\n") == benign.count("\n")
    assert '(subpath "/tmp/a\\") (allow default) (\\"")' in hostile  # one quoted string, quotes escaped


@pytest.mark.parametrize("path", ["/tmp/a\nb", "/tmp/\x00"])
def test_paths_that_cannot_be_quoted_are_refused(path: str) -> None:
    with pytest.raises(ValueError):
        profile(SandboxSpec(read=(path,)), runtime=[], tmpdir="/private/tmp/t", proxy_port=None)


def test_command_wraps_the_server_in_sandbox_exec() -> None:
    argv = command(SPEC, ["node", "server.js"], runtime=[], tmpdir="/private/tmp/t", proxy_port=3128)
    assert argv[:2] == ["/usr/bin/sandbox-exec", "-p"] and argv[3:] == ["node", "server.js"]
