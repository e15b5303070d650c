"""``mcpfort explain``: what would the gateway decide for this call, and why?  Runs nothing."""

from __future__ import annotations

import argparse
import os
import sys

import orjson

from mcpfort import config
from mcpfort.errors import UsageError
from mcpfort.policy.engine import Request, decide
from mcpfort.policy.loader import load_policy

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Print the decision (allow, confirm or deny) the gateway would make for one call and "
                          "every reason behind it, with the policy rule and line. Nothing is run or forwarded; "
                          "path arguments are resolved against the real filesystem, as the gateway would.")
    parser.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    parser.add_argument("--context", help="context to decide in (default: the policy's context)")
    parser.add_argument("--server", help="servers.NAME whose rules apply (needed when the policy has several)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--tool", help="tool name")
    target.add_argument("--resource", metavar="URI", help="resource URI (resources/read)")
    target.add_argument("--prompt", help="prompt name (prompts/get)")
    parser.add_argument("--args", default="{}", metavar="JSON", help="the call's arguments as a JSON object")
    parser.add_argument("--cwd", help="folder relative paths are resolved against (default: the server's cwd, else this one)")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    policy = load_policy(config.find_policy(args.policy))
    try:
        arguments = orjson.loads(args.args)
    except orjson.JSONDecodeError as exc:
        raise UsageError(f"--args is not valid JSON: {exc}") from None
    if args.server:
        server = args.server
    elif len(policy.servers) == 1:
        server = next(iter(policy.servers))
    else:
        raise UsageError(f"pass --server: the policy defines {', '.join(sorted(policy.servers)) or 'no servers'}")
    context = args.context or policy.context
    kind, name = ("tool", args.tool) if args.tool else ("resource", args.resource) if args.resource else ("prompt", args.prompt)
    srv = policy.servers.get(server)
    cwd = args.cwd or (srv.cwd if srv and srv.cwd else os.getcwd())
    decision = decide(policy, Request(context, server, kind, name, arguments, cwd, os.path.expanduser("~")))
    if args.format == "json":
        out = {"decision": decision.effect, "context": context, "server": server, "kind": kind, "name": name,
               "required": list(decision.required), "available": list(decision.available),
               "reasons": [r.as_dict() for r in decision.reasons]}
        sys.stdout.write(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    mark = {"allow": "ALLOW", "confirm": "CONFIRM", "deny": "DENY"}[decision.effect]
    print(f"{mark}: {kind} {name!r} on server {server!r} in context {context!r}")
    print(f"  required:  {', '.join(decision.required) or 'nothing'}")
    print(f"  available: {', '.join(decision.available) or 'nothing'}")
    for reason in decision.reasons:
        where = f" [{reason.rule}" + (f", {policy.file}:{reason.line}" if reason.line else "") + "]" if reason.rule else ""
        print(f"  {reason.effect:>7}  {reason.message}{where}")
    return 0
