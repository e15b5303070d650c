"""``mcpfort run``: the stdio gateway a client's config launches instead of the server itself."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import os
import signal
import sys
from typing import Any

from mcpfort import config
from mcpfort.errors import UsageError
from mcpfort.policy.loader import load_policy
from mcpfort.policy.model import Policy, Server

__all__ = ["add_arguments", "run"]

DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = "mcpfort run [--policy F] [--context C] [--audit DB] (--server NAME | -- COMMAND ARGS...)"
    parser.description = (
        "Speak MCP on stdin/stdout to the client and run the real server as the upstream. Every tool call, "
        "resource read and prompt is checked against the policy, confirmed with the user where the policy "
        "says so, and written to the hash-chained audit log. Put this command in your client's config "
        "where the server's command was.")
    parser.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    parser.add_argument("--context", help="context to run in (default: $MCPFORT_CONTEXT, else the policy's context)")
    parser.add_argument("--audit", help="audit database (default: $MCPFORT_AUDIT, the policy's audit.store, ~/.local/share/mcpfort/audit.db)")
    parser.add_argument("--server", help="which servers.NAME of the policy to run; its command is used unless one follows --")
    parser.add_argument("--max-message-bytes", type=int, default=DEFAULT_MAX_MESSAGE,
                        help="refuse messages larger than this (default: %(default)s)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND ARGS...: the server to run")


def _pick_server(policy: Policy, name: str | None, command: list[str]) -> Server:
    if name:
        if name not in policy.servers:
            known = ", ".join(sorted(policy.servers)) or "none"
            raise UsageError(f"--server {name!r} is not defined under servers in {policy.file} (defined: {known})")
        return policy.servers[name]
    if len(policy.servers) == 1:
        return next(iter(policy.servers.values()))
    matching = [s for s in policy.servers.values() if s.command and list(s.command) == command]
    if len(matching) == 1:
        return matching[0]
    if not policy.servers:
        raise UsageError(f"{policy.file} defines no servers: add servers.NAME.tools to say what the server may do")
    raise UsageError(f"{policy.file} defines several servers ({', '.join(sorted(policy.servers))}): "
                     "pass --server NAME to say whose rules apply")


def run(args: argparse.Namespace) -> int:
    command = list(args.command)
    if command and command[0] == "--":
        command = command[1:]
    policy_file = config.find_policy(args.policy)
    policy = load_policy(policy_file)
    for warning in policy.warnings:
        print(f"mcpfort: warning: {warning}", file=sys.stderr)
    server = _pick_server(policy, args.server, command)
    command = command or list(server.command or ())
    if not command and server.url:
        command = [server.url]
    elif not command:
        raise UsageError(f"no command for server {server.name!r}: give one after -- or set servers.{server.name}.command")
    context = args.context or os.environ.get("MCPFORT_CONTEXT") or policy.context
    if context not in policy.contexts:
        raise UsageError(f"context {context!r} is not defined in {policy_file} (defined: {', '.join(sorted(policy.contexts))})")
    if args.max_message_bytes < 1024:
        raise UsageError("--max-message-bytes must be at least 1024")
    audit_file = config.audit_path(args.audit, policy.audit.get("store"), policy.base_dir)
    print(f"mcpfort: guarding server {server.name!r} ({' '.join(command)}) in context {context!r}; "
          f"policy {policy_file}; audit {audit_file}", file=sys.stderr)
    return _serve(policy, server, command, context, audit_file, args.max_message_bytes)


def _started_on(command: list[str], cwd: str) -> tuple[str, ...]:
    """Folders named on the server's command line: some servers read relative paths against them."""
    found = []
    for arg in command[1:]:
        if arg.startswith("-"):
            continue
        folder = os.path.realpath(os.path.join(cwd, os.path.expanduser(arg)))
        if os.path.isdir(folder):
            found.append(folder)
    return tuple(dict.fromkeys(found))


def _serve(policy: Policy, server: Server, command: list[str], context: str, audit_file: str, limit: int) -> int:
    from mcpfort.audit.log import AuditLog
    from mcpfort.gateway import Gateway
    from mcpfort.pipeline import build_pipeline
    from mcpfort.scan.pins import gateway_guard  # refuses rug-pulled tools when a pin store exists
    from mcpfort.transports.stdio import StdioTransport, seal_inherited_descriptors
    from mcpfort.types import Identity
    from mcpfort.upstream import Upstream

    cwd = server.cwd or os.getcwd()
    if server.sandbox.unsafe_no_sandbox:
        print(f"mcpfort: warning: servers.{server.name}.unsafe_no_sandbox is set: the server runs with all of "
              "your rights, outside any sandbox", file=sys.stderr)
        env = {**os.environ, **server.env}
    else:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **server.env}
    audit = AuditLog.for_policy(audit_file, policy)  # keys, checkpoints, rotation, durability from audit:
    stamp: dict = {}

    def record(event: dict) -> None:
        if stamp:
            event.setdefault("sandbox_degraded", stamp)
        audit.record(event)

    seal_inherited_descriptors()

    async def main() -> int:
        client = StdioTransport(limit)
        spec = dataclasses.replace(server.sandbox, env_set={**server.env, **server.sandbox.env_set})
        if server.url and command == [server.url]:
            from mcpfort.transports.http_upstream import HttpUpstream

            upstream: Any = HttpUpstream(server.name, server.url, server.headers, timeout=spec.limits.timeout)
        else:
            upstream = Upstream(server.name, command, spec, env=env, cwd=cwd,
                                limit=max(limit, 64 * 1024 * 1024), record=record, policy_file=policy.file)
        await upstream.start()
        stamp.update(upstream.degraded)
        await client.start()
        # stdout belongs to the protocol now: a stray print() anywhere must not corrupt it.
        sys.stdout = sys.stderr
        gateway = Gateway(client, upstream,
                          build_pipeline(policy, cwd=upstream.server_cwd, home=os.path.expanduser("~"),
                                         bases=_started_on(command, cwd), pins=gateway_guard(server.name)),
                          identity=Identity(user=getpass.getuser()), context=context, server=server.name,
                          record=record, max_message_bytes=limit,
                          call_timeout=server.sandbox.limits.timeout,
                          timeout_key=f"servers.{server.name}.sandbox.limits.timeout", restart_budget=5,
                          barrier=audit.barrier)  # strict: events on disk first; batched: bounded backlog
        gateway.session_extra = {"sandbox": upstream.enforced}
        serving = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            # A client stopping us must not leave the server running or lose queued audit events.
            loop.add_signal_handler(sig, serving.cancel)
        try:
            return await gateway.serve()
        except asyncio.CancelledError:
            record({"event": "session.ended", "reason": "gateway stopped by a signal"})
            return 143
        finally:
            await upstream.aclose()

    try:
        import uvloop  # optional: a faster event loop when installed
    except ImportError:
        uvloop = None
    try:
        return uvloop.run(main()) if uvloop else asyncio.run(main())
    finally:
        audit.close()
