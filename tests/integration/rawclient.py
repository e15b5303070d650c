"""A bare JSON-RPC-over-pipes client, for sending what no SDK would send."""

from __future__ import annotations

import json
import os
import select
import subprocess
from typing import Any


class RawGateway:
    def __init__(self, args: list[str], env: dict[str, str], cwd: str) -> None:
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=env, cwd=cwd, bufsize=0)
        self._buf = b""

    def send_line(self, data: bytes) -> None:
        self.proc.stdin.write(data + b"\n")

    def send(self, msg: dict[str, Any]) -> None:
        self.send_line(json.dumps(msg).encode())

    def read(self, timeout: float = 30.0) -> dict[str, Any]:
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise TimeoutError("no answer from the gateway")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError("the gateway closed stdout")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line)

    def request(self, rid: Any, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        msg: dict[str, Any] = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        while True:  # notifications (progress, log messages) may come first
            reply = self.read()
            if reply.get("id") == rid and "method" not in reply:
                return reply

    def initialize(self) -> dict[str, Any]:
        reply = self.request(0, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                               "clientInfo": {"name": "raw", "version": "1"}})
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return reply

    def children(self) -> list[int]:
        """PIDs of the gateway's direct children (the upstream server)."""
        out = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.proc.pid:
                    out.append(int(entry))
        return out
