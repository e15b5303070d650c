"""Crash safety with ``durability: strict``: a real ``mcpfort run`` in front of a real server is
killed with SIGKILL under load, ten times over the same encrypted, signed log.  Every call whose
answer reached the client has its ``tool.called`` and ``tool.completed`` events in the log, and
the log (chain, checkpoints) verifies after every kill."""

from __future__ import annotations

import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from mcpfort.audit.keys import load_public_keys, load_ring
from mcpfort.audit.query import query
from mcpfort.audit.verify import verify
from tests.conftest import MCPFORT, ROOT, base_env

pytestmark = pytest.mark.integration
CRASHY = ROOT / "tests" / "fixtures" / "servers" / "crashy.py"
ROUNDS = 10
PG = "postgresql://postgres@127.0.0.1:5432/test"
IN_FLIGHT = 8

POLICY = """\
version: 1
capabilities: {{}}
contexts:
  default: []
servers:
  crashy:
    command: ["{python}", "{crashy}"]
    tools:
      ok: {{}}
audit:
  store: {store}
  encryption: {{key_file: ./keys/audit.key}}
  checkpoints: {{every: 50, signing_key: ./keys/audit-signing.key}}
  durability: {durability}
"""


class Client:
    """Pipelined tools/call requests; remembers which ones were answered."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.buf = b""

    def send(self, msg: dict) -> None:
        self.proc.stdin.write(json.dumps(msg).encode() + b"\n")  # type: ignore[union-attr]

    def read(self, timeout: float) -> dict | None:
        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        while b"\n" not in self.buf:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise TimeoutError("no answer")
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)


def one_round(tmp_path: Path, policy: Path, first: int, kill_after: float) -> tuple[set[int], int]:
    proc = subprocess.Popen([MCPFORT, "run", "--policy", str(policy)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=base_env(tmp_path),
                            cwd=str(tmp_path), bufsize=0)
    client = Client(proc)
    acked: set[int] = set()
    sent = first
    try:
        client.send({"jsonrpc": "2.0", "id": "init", "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "crash", "version": "1"}}})
        assert client.read(30)["id"] == "init"
        client.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        killer = threading.Timer(kill_after, lambda: proc.send_signal(signal.SIGKILL))
        killer.start()
        outstanding = 0
        try:
            while True:
                while outstanding < IN_FLIGHT:
                    try:
                        client.send({"jsonrpc": "2.0", "id": sent, "method": "tools/call",
                                     "params": {"name": "ok", "arguments": {"n": sent}}})
                    except (BrokenPipeError, OSError):
                        return acked, sent
                    sent += 1
                    outstanding += 1
                reply = client.read(30)
                if reply is None:
                    return acked, sent
                if isinstance(reply.get("id"), int):
                    outstanding -= 1
                    if "result" in reply and not reply["result"].get("isError"):
                        acked.add(reply["id"])
        finally:
            killer.cancel()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


@pytest.mark.parametrize(("kind", "durability", "rounds"),
                         [("sqlite", "strict", ROUNDS), ("sqlite", "batched", 4), ("postgresql", "strict", 4)])
def test_sigkill_under_load(tmp_path: Path, kind: str, durability: str, rounds: int) -> None:
    """strict: no acknowledged call loses its events.  batched: at most the bounded backlog
    (1024 events, about 340 calls of three events) per kill."""
    (tmp_path / "home").mkdir()
    policy = tmp_path / "mcpfort.yaml"
    if kind == "postgresql":
        psycopg = pytest.importorskip("psycopg")
        try:
            psycopg.connect(PG, connect_timeout=3).close()
        except psycopg.Error as exc:
            pytest.skip(f"no PostgreSQL at 127.0.0.1:5432: {exc}")
        schema = f"crash_{uuid.uuid4().hex[:12]}"
        db = f"{PG}?schema={schema}"
    else:
        db = str(tmp_path / "trail" / "audit.db")
    policy.write_text(POLICY.format(python=sys.executable, crashy=CRASHY, durability=durability, store=db))
    try:
        _rounds(tmp_path, policy, db, kind, durability, rounds)
    finally:
        if kind == "postgresql":
            with psycopg.connect(PG, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _rounds(tmp_path: Path, policy: Path, db: str, kind: str, durability: str, rounds: int) -> None:
    rng = random.Random(5)
    total_acked: set[int] = set()
    next_id = 1
    for _ in range(rounds):
        acked, next_id = one_round(tmp_path, policy, next_id, rng.uniform(0.4, 1.2))
        assert acked, "no call was answered before the kill: the round proves nothing"
        total_acked |= acked
        time.sleep(0.2)  # the orphaned server notices its closed stdin and exits
        report = verify(db, trusted=load_public_keys([str(tmp_path / "keys" / "audit-signing.key.pub")]))
        assert report.ok, report.reason
    assert os.stat(tmp_path / "keys" / "audit.key").st_mode & 0o777 == 0o600
    ring = load_ring(str(tmp_path / "keys" / "audit.key"))
    called = {e["trace_id"]: e["arguments"]["n"] for e in query(db, event="tool.called", ring=ring)}
    completed = {called[e["trace_id"]] for e in query(db, event="tool.completed", ring=ring) if e["trace_id"] in called}
    lost = sorted(total_acked - completed)
    print(f"{durability}: {len(total_acked)} acknowledged calls, {len(lost)} without their events")
    if durability == "strict":
        assert not lost, f"{len(lost)} acknowledged call(s) without their audit events: {lost[:10]}"
    else:
        assert len(lost) <= rounds * 1100 // 2, f"{len(lost)} calls lost in {rounds} kills: more than the bound"
    assert len(total_acked) >= rounds * 5
    if kind == "sqlite":  # the raw file never shows the arguments in clear
        with open(db, "rb") as handle:
            raw = handle.read()
        # The whole object, not a bare '"n":': the sealed fields' '"in":' split across two SQLite pages once
        # read as '"i' + a 4-byte overflow-page number ending in 0x22 + 'n":', a quote made by the page layout.
        assert b'"arguments":{' not in raw and not re.search(rb'\{"n": ?\d+\}', raw)
    out = subprocess.run([MCPFORT, "audit", "verify", "--policy", str(policy)], capture_output=True, text=True,
                         env=base_env(tmp_path), cwd=str(tmp_path), timeout=60)
    assert out.returncode == 0, out.stderr
    assert "signatures checked against a trusted key" in out.stdout
