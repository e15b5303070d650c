"""``mcpfort sandbox check``: which sandbox layers this machine enforces, tested for real."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

from mcpfort import config
from mcpfort.errors import UsageError
from mcpfort.policy.loader import load_policy
from mcpfort.sandbox.spec import SandboxSpec

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Start a sandbox the way `mcpfort run` would and print each layer as enforced, "
                          "unavailable (with the OS error) or not configured. With --server, the layers of that "
                          "server's policy; without, the secure default. Exit 1 if a configured layer is unavailable.")
    sub = parser.add_subparsers(dest="action", required=True)
    check = sub.add_parser("check", help="print the sandbox layers for this machine")
    check.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, ...)")
    check.add_argument("--server", help="servers.NAME whose sandbox section to check")


def _layers(spec: SandboxSpec) -> list[tuple[str, str, str]]:
    if not sys.platform.startswith("linux"):
        return [("sandbox", "unavailable", f"{sys.platform}: run with the macOS profile (sandbox-exec) or not at all; "
                                           "Windows is not supported yet")]
    from mcpfort.sandbox.linux import LinuxSandbox, probe

    caps = probe()
    rows: list[tuple[str, str, str]] = []
    if not caps["namespaces"][0]:
        return [("namespaces", "unavailable", caps["namespaces"][1])]
    with tempfile.TemporaryDirectory() as state:
        box = LinuxSandbox(spec, ["/bin/true"], server="check", env={"PATH": "/usr/bin:/bin"}, cwd="/", state_dir=state)
        launch = box.prepare()
        try:
            proc = subprocess.Popen(launch.argv, env=launch.env, cwd=launch.cwd, pass_fds=launch.pass_fds,
                                    preexec_fn=launch.preexec)
            box.started()
            status, listener = box.receive_status()
            proc.wait(timeout=10)
            if listener is not None:
                listener.close()
        finally:
            box.cleanup()
    failed = status.get("failed", {})
    enforced = launch.enforced + status.get("enforced", [])
    rows.append(("namespaces (user, mount, pid, net, ipc, uts)", "enforced", caps["namespaces"][1]))
    rows.append(("filesystem: mount view, deny by default", "enforced", f"{len(spec.read)} read, {len(spec.write)} write folders"))
    rows.append(("network", "enforced", "empty network namespace; egress proxy for " + ", ".join(spec.allow_hosts)
                 if spec.allow_hosts else "empty network namespace, nothing allowed"))
    for name, label in (("landlock", "landlock (second filesystem/TCP wall)"), ("seccomp", "seccomp syscall filter"),
                        ("no-new-privs", "no new privileges"), ("capabilities-dropped", "all capabilities dropped")):
        hit = next((e for e in enforced if e.split(":")[0] == name), None)
        detail = failed.get(name) or launch.degraded.get(name) or caps.get(name, (True, ""))[1]
        rows.append((label, "enforced" if hit else "unavailable", hit or detail))
    limits = spec.limits
    for resource_name, configured, detail in (
            ("memory", limits.memory, f"{limits.memory} bytes"), ("pids", limits.pids, f"{limits.pids} processes"),
            ("cpu", limits.cpu, f"{limits.cpu} CPUs" if limits.cpu else "")):
        if not configured:
            rows.append((f"{resource_name} limit", "not configured", f"set servers.NAME.sandbox.limits.{resource_name}"))
        elif any(e == f"{resource_name}:cgroup" for e in enforced):
            rows.append((f"{resource_name} limit", "enforced", f"{detail}, cgroup (whole process tree)"))
        elif resource_name in launch.degraded:
            status_word = "unavailable" if resource_name == "cpu" else "degraded"
            rows.append((f"{resource_name} limit", status_word, launch.degraded[resource_name]))
    rows.append(("open files", "enforced" if "rlimit-nofile" in enforced else "unavailable", f"RLIMIT_NOFILE {limits.nofile}"))
    rows.append(("private /tmp (disk)", "enforced", f"tmpfs of {limits.disk} bytes, RLIMIT_FSIZE"))
    rows.append(("call timeout", "enforced", f"{limits.timeout:g}s per call, then cancelled; hung servers restarted"))
    return rows


def run(args: argparse.Namespace) -> int:
    spec = SandboxSpec(from_policy=False)
    title = "secure default (no policy sandbox section)"
    path = config.find_policy(args.policy, required=bool(args.server))
    if args.server:
        policy = load_policy(path or "")
        if args.server not in policy.servers:
            raise UsageError(f"--server {args.server!r} is not defined in {path}")
        spec = policy.servers[args.server].sandbox
        title = f"server {args.server!r}" + ("" if spec.from_policy else " (default sandbox)")
        if spec.unsafe_no_sandbox:
            print(f"{title}: unsafe_no_sandbox is set: NO layer is enforced")
            return 1
    rows = _layers(spec)
    width = max(len(r[0]) for r in rows)
    print(f"sandbox layers on this machine for {title} (require: {spec.require}):")
    for layer, status, detail in rows:
        print(f"  {layer:<{width}}  {status:<14} {detail}")
    bad = [r for r in rows if r[1] == "unavailable"]
    return 1 if bad else 0
