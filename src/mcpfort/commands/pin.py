"""``mcpfort pin``: what is pinned, what changed, and approving a change.

    mcpfort pin list [SERVER]                 pinned tools and config entries, and pending changes
    mcpfort pin show SERVER TOOL              the diff between the pinned and the current definition
    mcpfort pin approve (SERVER [TOOL] | --all) [--config NAME]
                                              accept changed definitions (or config entries)
"""

from __future__ import annotations

import argparse
import sys

import orjson

from mcpfort.errors import UsageError

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = "mcpfort pin (list [SERVER] | show SERVER TOOL | approve (SERVER [TOOL] | --all) [--config NAME])"
    parser.description = (
        "Pins are SHA-256 hashes of each tool's full definition and of each client config entry, recorded by "
        "`mcpfort scan --pin`. A tool whose definition changed is refused by the gateway until approved here; "
        "`mcpfort scan` reports changed config entries.")
    parser.add_argument("action", choices=["list", "show", "approve"])
    parser.add_argument("server", nargs="?")
    parser.add_argument("tool", nargs="?")
    parser.add_argument("--all", action="store_true", help="approve every pending change")
    parser.add_argument("--config", metavar="NAME", help="approve the changed config entry of server NAME")
    parser.add_argument("--pins", help="pin store (default: $MCPFORT_PINS, ~/.local/share/mcpfort/pins.json)")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from mcpfort.scan.pins import PinStore, diff

    store = PinStore.load(args.pins, must_exist=True)
    if args.action == "list":
        tools = {s: v for s, v in store.data["tools"].items() if not args.server or s == args.server}
        pending = {s: v for s, v in store.data["pending"].items() if not args.server or s == args.server}
        if args.format == "json":
            sys.stdout.write(orjson.dumps({"pins": store.path, "tools": {s: {t: p["sha256"] for t, p in v.items()}
                                                                          for s, v in tools.items()},
                                           "pending": {s: sorted(v) for s, v in pending.items()},
                                           "configs": sorted(store.data["configs"]),
                                           "pending_configs": sorted(store.data.get("pending_configs", {}))},
                                          option=orjson.OPT_INDENT_2).decode() + "\n")
            return 0
        print(f"pin store: {store.path}")
        for server, items in sorted(tools.items()):
            print(f"{server}: {len(items)} tool(s) pinned")
            for name in sorted(items):
                mark = "  CHANGED, awaiting approval" if name in pending.get(server, {}) else ""
                print(f"  {name}  {items[name]['sha256'][:16]}{mark}")
        print(f"{len(store.data['configs'])} config entr(y/ies) pinned")
        for key in sorted(store.data.get("pending_configs", {})):
            print(f"  config entry changed, awaiting approval: {key}")
        return 0
    if args.action == "show":
        if not (args.server and args.tool):
            raise UsageError("pin show needs SERVER TOOL")
        pinned = store.data["tools"].get(args.server, {}).get(args.tool)
        current = store.data["pending"].get(args.server, {}).get(args.tool)
        if pinned is None:
            raise UsageError(f"{args.server}/{args.tool} is not pinned in {store.path}")
        if current is None:
            print(f"{args.server}/{args.tool}: no change seen since it was pinned ({pinned['sha256'][:16]})")
            return 0
        print(diff(pinned.get("definition"), current.get("definition"), limit=400))
        return 0
    if not (args.all or args.server or args.config):
        raise UsageError("say what to approve: mcpfort pin approve SERVER [TOOL], --config NAME, or --all")
    done = []
    if args.all or args.server:
        done += store.approve(None if args.all else args.server, None if args.all else args.tool)
    if args.all or args.config:
        done += [f"config {k}" for k in store.approve_configs(None if args.all else args.config)]
    if not done:
        print("mcpfort pin: nothing pending to approve", file=sys.stderr)
        return 1
    store.save()
    for item in done:
        print(f"approved {item}")
    return 0
