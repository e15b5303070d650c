"""``mcpfort wrap CLIENT``: every stdio server of that client's config runs through ``mcpfort run``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from mcpfort.errors import UsageError

__all__ = ["add_arguments", "run", "configs_of"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from mcpfort.scan.clients import CLIENTS

    parser.usage = "mcpfort wrap CLIENT [--config PATH] [--server NAME]... [--dry-run] [--connect] [--policy-dir DIR]"
    parser.description = (
        "Rewrite a client's MCP config so each stdio server is started by `mcpfort run` with a generated "
        "least-privilege starter policy (read-only tools allowed, tools that write or send confirmed, tools mcpfort "
        "cannot classify denied). The original file is kept as FILE.mcpfort-backup; `mcpfort unwrap CLIENT` "
        "restores it byte for byte.")
    parser.add_argument("client", choices=sorted(CLIENTS), help="which client's config to wrap")
    parser.add_argument("--config", action="append", help="this config file instead of the ones found for CLIENT")
    parser.add_argument("--server", action="append", help="only this server (repeatable)")
    parser.add_argument("--dry-run", action="store_true", help="show the diff and the policy; change nothing")
    parser.add_argument("--connect", action="store_true",
                        help="list each server's tools inside the sandbox to write per-tool rules "
                             "(otherwise the pin store's definitions are used, if any)")
    parser.add_argument("--policy-dir", help="where to write the policy (default: ~/.config/mcpfort/wrap)")
    parser.add_argument("--pins", help="pin store to take tool definitions from")
    parser.add_argument("--home", help="home folder to look in (default: yours)")
    parser.add_argument("--os", dest="os_name", choices=["linux", "macos", "windows"])
    parser.add_argument("--project", help="project folder (default: the current folder)")
    parser.add_argument("--timeout", type=float, default=30.0)


def configs_of(args: argparse.Namespace) -> list[Any]:
    from mcpfort.scan import clients

    if args.config:
        return [clients.read_config(p, args.client) for p in args.config]
    home = os.path.abspath(os.path.expanduser(args.home or "~"))
    found = [(c, p) for c, p in clients.discover(home, args.os_name, project=os.path.abspath(args.project or os.getcwd()),
                                                 system_root=None) if c == args.client]
    if not found:
        raise UsageError(f"no {args.client} config found under {home}; name it with --config PATH")
    return [clients.read_config(p, c) for c, p in found]


def _known_tools(entries: list[Any], args: argparse.Namespace) -> dict[str, list[dict[str, Any]] | None]:
    from mcpfort.scan.pins import PinStore

    store = PinStore.load(args.pins)
    out: dict[str, list[dict[str, Any]] | None] = {}
    lister = None
    if args.connect:
        from mcpfort.scan.connect import Lister

        lister = Lister(timeout=args.timeout)
    for entry in entries:
        pinned = store.data["tools"].get(entry.name)
        out[entry.name] = [p["definition"] for p in pinned.values()] if pinned else None
        if lister is not None:
            try:
                out[entry.name] = lister(entry).get("tools", [])
            except Exception as exc:  # noqa: BLE001 - the policy then denies its tools, and says why
                print(f"mcpfort wrap: could not list the tools of {entry.name}: {exc}", file=sys.stderr)
    return out


def run(args: argparse.Namespace) -> int:
    from mcpfort.scan.wrap import apply_wrap, plan_wrap

    home = os.path.abspath(os.path.expanduser(args.home or "~"))
    changed = 0
    for config in configs_of(args):
        entries = [e for e in config.servers if not args.server or e.name in args.server]
        plan = plan_wrap(config, home=home, tools=_known_tools(entries, args), policy_dir=args.policy_dir,
                         only=set(args.server) if args.server else None)
        for name, why in plan.skipped:
            print(f"mcpfort wrap: {config.path}: skipping {name}: {why}", file=sys.stderr)
        if not plan.wrapped:
            print(f"mcpfort wrap: {config.path}: nothing to wrap", file=sys.stderr)
            continue
        if args.dry_run:
            sys.stdout.write(plan.diff())
            print(f"\n# policy that would be written to {plan.policy_path}:\n{plan.policy_text}")
            continue
        backup = apply_wrap(plan)
        changed += 1
        print(f"mcpfort wrap: {config.path}: wrapped {', '.join(plan.wrapped)}; original kept in {backup}; "
              f"policy {plan.policy_path} (review it; `mcpfort check --policy {plan.policy_path}`)", file=sys.stderr)
    if changed:
        print("mcpfort wrap: restart the client to apply; `mcpfort unwrap " + args.client + "` undoes it", file=sys.stderr)
    return 0
