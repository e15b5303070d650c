"""Sandbox cost, measured in one run: plain spawn, mcpfort's sandboxed spawn, Anthropic's srt.

Prints the median start-to-exit time of the same command under each, the difference to a plain
start, the ratio against srt, a few layer checks run under both (so "no layer weaker than
srt's" is measured, not claimed), and per-call latency through `mcpfort run` with the sandbox
on against the same gateway with `unsafe_no_sandbox`.

    make bench-sandbox        (installs srt from bench/npm first)
    .venv/bin/python bench/sandbox.py [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
SRT = ROOT / "bench/npm/node_modules/.bin/srt"
COMMAND = ["/usr/bin/python3", "-c", "pass"]

from mcpfort.sandbox.linux import LinuxSandbox  # noqa: E402
from mcpfort.sandbox.spec import SandboxSpec  # noqa: E402


def plain(cmd: list[str]) -> int:
    return subprocess.run(cmd, capture_output=True).returncode


LEFTOVERS: list[LinuxSandbox] = []


def mcpfort_sandboxed(cmd: list[str], state: str) -> tuple[int, str]:
    """Start to exit; cgroup removal happens when the gateway stops, so it is not counted here."""
    box = LinuxSandbox(SandboxSpec(read=(str(ROOT / "examples"),)), cmd, server="bench",
                       env={"PATH": "/usr/bin:/bin"}, cwd="/", state_dir=state)
    LEFTOVERS.append(box)
    launch = box.prepare()
    proc = subprocess.Popen(launch.argv, env=launch.env, cwd=launch.cwd, pass_fds=launch.pass_fds,
                            preexec_fn=launch.preexec, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    box.started()
    box.receive_status()
    out, _ = proc.communicate(timeout=30)
    return proc.returncode, out.decode(errors="replace")


def cleanup() -> None:
    while LEFTOVERS:
        LEFTOVERS.pop().cleanup()


def srt(cmd: list[str], settings: str) -> tuple[int, str]:
    shell = " ".join(shlex.quote(a) for a in cmd)
    run = subprocess.run([str(SRT), "--settings", settings, "-c", shell], capture_output=True)
    return run.returncode, (run.stdout + run.stderr).decode(errors="replace")


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


LAYER_CHECKS = [
    ("read /etc/shadow", "print(open('/etc/shadow').read()[:4])"),
    ("read another user's home (/root/.bashrc)", "print(open('/root/.bashrc').read()[:4])"),
    ("see host processes (count /proc pids > 10)", "import os; n=sum(p.isdigit() for p in os.listdir('/proc')); assert n > 10, n; print(n)"),
    ("connect to host 127.0.0.1:5432", "import socket; socket.create_connection(('127.0.0.1', 5432), 2); print('connected')"),
    ("nested user namespace", "import ctypes; l=ctypes.CDLL(None, use_errno=True); assert l.unshare(0x10000000) == 0; print('unshared')"),
    ("fork 300 processes", "import os\nn=0\nfor i in range(300):\n  p=os.fork()\n  if p==0:\n    import time; time.sleep(2); os._exit(0)\n  n+=1\nprint(n)"),
    ("allocate 3 GiB", "b=bytearray(3*1024**3); print(len(b))"),
]


def latency(calls: int) -> tuple[float, float]:
    from latency import EVERYTHING, MCPFORT, RawClient

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for unsafe in (True, False):
            policy = Path(tmp) / f"p{unsafe}.yaml"
            policy.write_text(f"version: 1\ncapabilities: {{echo: {{}}}}\ncontexts: {{bench: [echo]}}\n"
                              f"servers:\n  everything:\n    command: [node, \"{EVERYTHING}\"]\n"
                              f"    unsafe_no_sandbox: {str(unsafe).lower()}\n    tools: {{echo: {{requires: [echo]}}}}\n")
            env = {**os.environ, "XDG_DATA_HOME": tmp, "XDG_CACHE_HOME": tmp}
            client = RawClient([MCPFORT, "run", "--policy", str(policy), "--audit", f"{tmp}/a{unsafe}.db"], env)
            client.timed_calls(200)
            results.append(statistics.median(client.timed_calls(calls)))
            client.close()
    return results[0], results[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    have_srt = SRT.exists() and shutil.which("bwrap") and shutil.which("rg") and shutil.which("socat")
    with tempfile.TemporaryDirectory() as state:
        settings = os.path.join(state, "srt.json")
        with open(settings, "w") as handle:
            json.dump({"network": {"allowedDomains": [], "deniedDomains": []},
                       "filesystem": {"denyRead": [], "allowWrite": [], "denyWrite": []}}, handle)
        for _ in range(3):  # warm-up: page cache, bwrap binary, python
            plain(COMMAND), mcpfort_sandboxed(COMMAND, state), cleanup()
            if have_srt:
                srt(COMMAND, settings)
        times: dict[str, list[float]] = {"plain": [], "mcpfort": [], "srt": []}
        for _ in range(args.runs):  # interleaved, so drift on a shared machine hits all three alike
            times["plain"] += timed(lambda: plain(COMMAND), 1)
            times["mcpfort"] += timed(lambda: mcpfort_sandboxed(COMMAND, state), 1)
            cleanup()
            if have_srt:
                times["srt"] += timed(lambda: srt(COMMAND, settings), 1)
        med = {k: statistics.median(v) for k, v in times.items() if v}
        print(f"start-to-exit of `{' '.join(COMMAND)}`, median of {args.runs} interleaved runs:")
        print(f"  plain spawn     : {med['plain']:7.1f} ms")
        print(f"  mcpfort sandbox : {med['mcpfort']:7.1f} ms   (+{med['mcpfort'] - med['plain']:.1f} ms over plain; aim: within 50 ms)")
        if "srt" in med:
            print(f"  srt             : {med['srt']:7.1f} ms   (+{med['srt'] - med['plain']:.1f} ms over plain)")
            print(f"  ratio srt / mcpfort: {med['srt'] / med['mcpfort']:.1f}x   (aim: several times faster than srt)")
        else:
            print("  srt             : not installed (make bench installs it; needs bwrap, ripgrep, socat)")
        print("\nlayer checks (each must fail inside a sandbox):")
        print(f"  {'attempt':<44} {'mcpfort':<10} {'srt':<10}")
        for label, code in LAYER_CHECKS:
            cmd = ["/usr/bin/python3", "-c", code]
            ours = "blocked" if mcpfort_sandboxed(cmd, state)[0] != 0 else "ESCAPED"
            cleanup()
            theirs = ("blocked" if srt(cmd, settings)[0] != 0 else "ESCAPED") if have_srt else "-"
            print(f"  {label:<44} {ours:<10} {theirs:<10}")
    unsafe, sandboxed = latency(args.calls)
    print(f"\nper-call latency through `mcpfort run` (everything server echo, {args.calls} calls):")
    print(f"  unsandboxed {unsafe:.3f} ms   sandboxed {sandboxed:.3f} ms   ratio {sandboxed / unsafe:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
