"""``mcpfort mentor``: personalised recommendations against the five principles and the checklist."""

from __future__ import annotations

import argparse
import os
import sys

import orjson

from mcpfort.errors import UsageError

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = 'mcpfort mentor [--policy P] [--server NAME | --describe "text"] [--format terminal|markdown|json]'
    parser.description = (
        "Score a policy, a configured server or a description of a server against the five principles (defense in "
        "depth, least privilege, zero trust, privacy by design, transparent security) and the security checklist. "
        "Every failed check comes with the policy snippet that fixes it.")
    parser.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, if one exists)")
    parser.add_argument("--server", help="a server of the policy, or of your client configs")
    parser.add_argument("--describe", help="what your server does, in your words")
    parser.add_argument("--format", choices=["terminal", "markdown", "json"], default="terminal")
    parser.add_argument("--output", "-o", help="write the report to this file")
    parser.add_argument("--home", help="home folder to look for client configs in (default: yours)")
    parser.add_argument("--os", dest="os_name", choices=["linux", "macos", "windows"])


def run(args: argparse.Namespace) -> int:
    from mcpfort import config
    from mcpfort.policy.loader import load_policy
    from mcpfort.scan import clients
    from mcpfort.scan.mentor import mentor, print_terminal, to_markdown
    from mcpfort.scan.pins import PinStore

    home = os.path.abspath(os.path.expanduser(args.home or "~"))
    path = config.find_policy(args.policy, required=False)
    policy = load_policy(path) if path else None
    entry = None
    if args.server and (policy is None or args.server not in policy.servers):
        found = [e for c, p in clients.discover(home, args.os_name, project=os.getcwd(),
                                                system_root=None if args.home else "/")
                 for e in clients.read_config(p, c).servers if e.name == args.server]
        if not found:
            raise UsageError(f"no server {args.server!r} in the policy or in any client config under {home}")
        entry = found[0]
    if policy is None and entry is None and not args.describe:
        raise UsageError('give something to review: --policy FILE, --server NAME or --describe "what it does"')
    pins_known = None
    if args.server:
        pins_known = bool(PinStore.load().tool_pins(args.server))
    result = mentor(policy=policy, server=args.server, entry=entry, describe=args.describe, home=home,
                    pins_known=pins_known)
    if args.format == "json":
        text = orjson.dumps(result.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n"
    elif args.format == "markdown" or args.output:
        text = to_markdown(result) + "\n"
    else:
        print_terminal(result)
        return 0
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0
