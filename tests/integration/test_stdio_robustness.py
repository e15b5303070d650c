"""Malformed input, oversized messages and process lifecycle of `mcpfort run`, with a raw client."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FS_SERVER, MCPFORT, ROOT, base_env
from tests.integration.rawclient import RawGateway

pytestmark = pytest.mark.integration
CRASHY = ROOT / "tests" / "fixtures" / "servers" / "crashy.py"

POLICY = """\
version: 1
capabilities:
  read: {{paths: ["{root}"]}}
contexts:
  default: [read]
servers:
  fs:
    command: [node, "{fs}", "{root}"]
    sandbox: {{filesystem: {{read: ["{root}"]}}}}
    tools:
      list_allowed_directories: {{}}
  crashy:
    command: ["{python}", "{crashy}"]
    sandbox: {{limits: {{timeout: 1s}}}}
    tools:
      ok: {{}}
      crash: {{}}
      hang: {{}}
      freeze: {{}}
"""


def start(tmp_path: Path, server: str, *extra: str) -> RawGateway:
    (tmp_path / "home").mkdir(exist_ok=True)
    policy = tmp_path / "mcpfort.yaml"
    policy.write_text(POLICY.format(root=tmp_path, fs=FS_SERVER, python=sys.executable, crashy=CRASHY))
    return RawGateway([MCPFORT, "run", "--policy", str(policy), "--audit", str(tmp_path / "audit.db"),
                       "--server", server, *extra], base_env(tmp_path), str(tmp_path))


MALFORMED = [
    (b'{"jsonrpc": "2.0", "id": 1, "method": "tools/list"', -32700, None),  # truncated JSON
    (b"not json at all", -32700, None),
    (b"\xff\xfe\x00garbage", -32700, None),  # invalid UTF-8
    (b'[{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}]', -32600, None),  # batch
    (b"[]", -32600, None),
    (b'"just a string"', -32600, None),
    (b"42", -32600, None),
    (b'{"id": 7, "method": "tools/list"}', -32600, 7),  # no jsonrpc
    (b'{"jsonrpc": "1.0", "id": 8, "method": "tools/list"}', -32600, 8),
    (b'{"jsonrpc": "2.0", "id": {"x": 1}, "method": "tools/list"}', -32600, None),  # id must be str/int
    (b'{"jsonrpc": "2.0", "id": true, "method": "tools/list"}', -32600, None),
    (b'{"jsonrpc": "2.0", "id": 9, "method": 5}', -32600, 9),
    (b'{"jsonrpc": "2.0", "id": 10, "method": ""}', -32600, 10),
    (b'{"jsonrpc": "2.0", "id": 11, "method": "tools/call", "params": [1, 2]}', -32600, 11),
    (b'{"jsonrpc": "2.0", "id": 12}', -32600, 12),  # neither request nor response
    (b'{"jsonrpc": "2.0", "id": 13, "result": {}, "error": {}}', -32600, 13),
    (b'{"jsonrpc": "2.0", "id": 14, "method": "tools/call", "params": {"name": 42}}', -32602, 14),
]


def test_malformed_input_gets_the_right_error_and_the_gateway_keeps_serving(tmp_path: Path) -> None:
    gw = start(tmp_path, "fs", "--max-message-bytes", "4096")
    try:
        assert "result" in gw.initialize()
        for line, code, rid in MALFORMED:
            gw.send_line(line)
            reply = gw.read()
            assert reply["error"]["code"] == code, (line, reply)
            assert reply["id"] == rid, (line, reply)
            assert gw.request(100, "tools/list")["result"]["tools"], line  # still serving
        gw.send_line(b'{"jsonrpc": "2.0", "id": 50, "method": "tools/list", "params": {"pad": "' + b"x" * 10_000 + b'"}}')
        reply = gw.read()
        assert reply["error"]["code"] == -32600 and "larger than 4096" in reply["error"]["message"]
        gw.send_line(b"")
        gw.send_line(b"   ")
        assert gw.request(101, "tools/list")["result"]["tools"]
        gw.send({"jsonrpc": "2.0", "id": "dup", "method": "tools/call", "params": {"name": "list_allowed_directories", "arguments": {}}})
        assert "result" in gw.read()
    finally:
        gw.proc.kill()


def test_reused_pending_id_is_refused(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    try:
        gw.initialize()
        gw.send({"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": {"name": "hang", "arguments": {}}})
        reply = gw.request(5, "tools/list")  # same id while the first is pending
        assert reply["error"]["code"] == -32600 and "already used" in reply["error"]["message"]
    finally:
        gw.proc.kill()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_closing_stdin_stops_the_upstream_and_leaves_nothing_running(tmp_path: Path) -> None:
    gw = start(tmp_path, "fs")
    gw.initialize()
    children = gw.children()
    assert children
    gw.proc.stdin.close()
    assert gw.proc.wait(timeout=15) == 0
    deadline = time.time() + 5
    while any(_alive(pid) for pid in children) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children)


def test_a_crashed_server_is_restarted_and_pending_calls_are_told(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    gw.initialize()
    first = gw.children()
    gw.send({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "hang", "arguments": {}}})
    gw.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "crash", "arguments": {}}})
    replies, told = {}, []
    while len(replies) < 2 or not told:
        reply = gw.read()
        if "id" in reply:
            replies[reply["id"]] = reply
        else:
            told.append(reply)
    assert told[0]["method"] == "notifications/message" and "restarted" in told[0]["params"]["data"]
    for rid in (1, 2):
        assert replies[rid]["error"]["code"] == -32010
        assert "exit code 3" in replies[rid]["error"]["message"] and "restarted" in replies[rid]["error"]["message"]
    ok = gw.request(3, "tools/call", {"name": "ok", "arguments": {}})  # the new server got the handshake replayed
    assert ok["result"]["content"][0]["text"] == "fine"
    assert gw.children() != first
    gw.proc.kill()


def test_a_server_that_keeps_crashing_stops_the_gateway_with_a_message(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    gw.initialize()
    for attempt in range(10):
        gw.send({"jsonrpc": "2.0", "id": 100 + attempt, "method": "tools/call", "params": {"name": "crash", "arguments": {}}})
        try:
            while "id" not in (reply := gw.read(timeout=30)):
                pass
        except EOFError:
            break
        assert reply["error"]["code"] == -32010
    assert gw.proc.wait(timeout=30) == 4
    assert b"upstream server exited (exit code 3)" in gw.proc.stderr.read()


def test_a_call_past_its_timeout_is_cancelled_and_refused(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    gw.initialize()
    before = gw.children()
    started = time.monotonic()
    reply = gw.request(1, "tools/call", {"name": "hang", "arguments": {}})
    assert reply["error"]["code"] == -32011 and reply["error"]["data"]["code"] == "call-timeout"
    assert "servers.crashy.sandbox.limits.timeout" in reply["error"]["message"]
    assert 0.9 < time.monotonic() - started < 10
    assert gw.request(2, "tools/call", {"name": "ok", "arguments": {}})["result"]  # still answering: not restarted
    assert gw.children() == before
    gw.proc.kill()


def test_a_frozen_server_is_killed_and_restarted(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    gw.initialize()
    before = gw.children()
    reply = gw.request(1, "tools/call", {"name": "freeze", "arguments": {}})
    assert reply["error"]["data"]["code"] == "call-timeout"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # the liveness ping gets no answer: killed, restarted
        reply = gw.request(2, "tools/call", {"name": "ok", "arguments": {}})
        if "result" in reply:
            break
    assert reply["result"]["content"][0]["text"] == "fine"
    assert gw.children() != before
    gw.proc.kill()


def test_killing_the_gateway_kills_the_upstream(tmp_path: Path) -> None:
    gw = start(tmp_path, "crashy")
    gw.initialize()
    children = gw.children()
    assert children
    os.kill(gw.proc.pid, signal.SIGKILL)
    gw.proc.wait(timeout=5)
    deadline = time.time() + 5
    while any(_alive(pid) for pid in children) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children)


def test_a_server_that_cannot_start_in_its_sandbox_is_told_what_to_grant(tmp_path: Path) -> None:
    policy = tmp_path / "mcpfort.yaml"
    policy.write_text(POLICY.format(root=tmp_path, fs=FS_SERVER, python=sys.executable, crashy=CRASHY)
                      .replace('    sandbox: {filesystem: {read: ["%s"]}}\n' % tmp_path, ""))
    gw = RawGateway([MCPFORT, "run", "--policy", str(policy), "--audit", str(tmp_path / "audit.db"), "--server", "fs"],
                    base_env(tmp_path), str(tmp_path))
    gw.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})
    assert gw.read()["error"]["code"] == -32010
    assert gw.proc.wait(timeout=15) == 4
    err = gw.proc.stderr.read().decode()
    assert str(tmp_path) in err and "servers.fs.sandbox.filesystem.read" in err, err


def test_bad_policy_fails_at_start_with_file_line_and_key(tmp_path: Path) -> None:
    policy = tmp_path / "bad.yaml"
    policy.write_text("version: 1\ncapabilities:\n  files:read: {paths: [./x]}\ncontexts:\n  dev: [files:raed]\n")
    gw = RawGateway([MCPFORT, "run", "--policy", str(policy), "--", "true"], base_env(tmp_path), str(tmp_path))
    assert gw.proc.wait(timeout=15) == 2
    err = gw.proc.stderr.read().decode()
    assert f"{policy}:5: contexts.dev.0:" in err and "files:read" in err
