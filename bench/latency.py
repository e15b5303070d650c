"""Per-call latency through `mcpfort run` (auditing on) against the same upstream called directly.

Both runs use one lean, synchronous JSON-RPC client over pipes and the everything server's
`echo` tool, so what shows is the gateway's own cost rather than an SDK's.  The two are
measured in the same run, in alternating blocks, and the ratio is printed; machines here are
shared and noisy, so only the ratio means anything.  Also prints policy decisions per second.

    .venv/bin/python bench/latency.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
EVERYTHING = ROOT / "tests/fixtures/npm/node_modules/@modelcontextprotocol/server-everything/dist/index.js"
MCPFORT = str(Path(sys.executable).parent / "mcpfort")

POLICY = """\
version: 1
context: bench
capabilities:
  echo: {{}}
  files:read: {{paths: ["{root}"], exclude: [".env", "**/.git/**"]}}
contexts:
  bench: [echo, files:read]
servers:
  everything:
    command: [node, "{everything}"]
    tools:
      echo: {{requires: [echo]}}
      read: {{requires: [files:read], args: {{path: path}}}}
    unsafe_no_sandbox: {unsafe}
audit: {{durability: {durability}}}
"""


class RawClient:
    """Newline-delimited JSON-RPC over a child's pipes, one request at a time."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, bufsize=0)
        self.next_id = 0
        self.call("initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                 "clientInfo": {"name": "bench", "version": "1"}})
        self.proc.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')

    def call(self, method: str, params: dict) -> dict:
        self.next_id += 1
        self.proc.stdin.write(orjson.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}) + b"\n")
        while True:
            reply = orjson.loads(self.proc.stdout.readline())
            if reply.get("id") == self.next_id:
                return reply

    def timed_calls(self, n: int) -> list[float]:
        out = []
        for i in range(n):
            start = time.perf_counter_ns()
            reply = self.call("tools/call", {"name": "echo", "arguments": {"message": f"m{i}"}})
            out.append((time.perf_counter_ns() - start) / 1e6)
            if "result" not in reply:
                raise SystemExit(f"echo failed: {reply}")
        return out

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def decisions_per_second(policy_file: str) -> tuple[float, float]:
    from mcpfort.policy.engine import Request, decide
    from mcpfort.policy.loader import load_policy

    policy = load_policy(policy_file)
    plain = Request("bench", "everything", "tool", "echo", {"message": "x"})
    pathy = Request("bench", "everything", "tool", "read", {"path": str(ROOT / "src/mcpfort/gateway.py")}, str(ROOT))
    rates = []
    for req in (plain, pathy):
        n = 200_000 if req is plain else 20_000
        start = time.perf_counter()
        for _ in range(n):
            decide(policy, req)
        rates.append(n / (time.perf_counter() - start))
    return rates[0], rates[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--blocks", type=int, default=4, help="alternate direct/gateway in this many blocks")
    parser.add_argument("--unsafe-no-sandbox", action="store_true", help="measure the gateway without its sandbox")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp}
        clients = {"direct": RawClient(["node", str(EVERYTHING)], env)}
        for durability in ("batched", "strict"):
            policy = Path(tmp) / f"{durability}.yaml"
            policy.write_text(POLICY.format(root=ROOT, everything=EVERYTHING, durability=durability,
                                            unsafe=str(args.unsafe_no_sandbox).lower()))
            clients[durability] = RawClient([MCPFORT, "run", "--policy", str(policy), "--audit",
                                             f"{tmp}/{durability}.db"], env)
        for client in clients.values():
            client.timed_calls(200)  # warm-up: JIT, caches, page faults
        per_block = args.calls // args.blocks
        times: dict[str, list[float]] = {name: [] for name in clients}
        for _ in range(args.blocks):
            for name, client in clients.items():
                times[name] += client.timed_calls(per_block)
        for client in clients.values():
            client.close()
        plain_rate, path_rate = decisions_per_second(str(Path(tmp) / "batched.yaml"))
    d_times, g_times, s_times = times["direct"], times["batched"], times["strict"]
    d_med, g_med = statistics.median(d_times), statistics.median(g_times)
    d_p99, g_p99 = pct(d_times, 0.99), pct(g_times, 0.99)
    where = "unsandboxed" if args.unsafe_no_sandbox else "sandboxed"
    print(f"tools/call echo, {len(d_times)} calls each, audit on, upstream {where}")
    print(f"  direct : median {d_med:.3f} ms   p99 {d_p99:.3f} ms")
    print(f"  batched: median {g_med:.3f} ms   p99 {g_p99:.3f} ms")
    print(f"  ratio  : median {g_med / d_med:.2f}x   p99 {g_p99 / d_p99:.2f}x   (aim: median within 2x)")
    print(f"  gateway overhead: median {g_med - d_med:.3f} ms per call (audit durability: batched)")
    s_med, s_p99 = statistics.median(s_times), pct(s_times, 0.99)
    print(f"  strict : median {s_med:.3f} ms   p99 {s_p99:.3f} ms   ratio {s_med / d_med:.2f}x "
          "(every call waits for its events to be on disk, twice: before forwarding and before answering)")
    print(f"policy decisions: {plain_rate:,.0f}/s (tool rule, no path) and {path_rate:,.0f}/s (with a path argument "
          f"resolved on the real filesystem)   (aim: over 500,000/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
