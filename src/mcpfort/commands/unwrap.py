"""``mcpfort unwrap CLIENT``: the client's config as it was before ``mcpfort wrap``."""

from __future__ import annotations

import argparse
import sys

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from mcpfort.scan.clients import CLIENTS

    parser.usage = "mcpfort unwrap CLIENT [--config PATH] [--dry-run]"
    parser.description = (
        "Undo `mcpfort wrap`: when the config is exactly what wrap wrote, the backup is restored byte for byte; "
        "if it was edited since, each wrapped server gets its original command back and the other edits stay.")
    parser.add_argument("client", choices=sorted(CLIENTS))
    parser.add_argument("--config", action="append", help="this config file instead of the ones found for CLIENT")
    parser.add_argument("--dry-run", action="store_true", help="show the diff; change nothing")
    parser.add_argument("--home", help="home folder to look in (default: yours)")
    parser.add_argument("--os", dest="os_name", choices=["linux", "macos", "windows"])
    parser.add_argument("--project", help="project folder (default: the current folder)")


def run(args: argparse.Namespace) -> int:
    from mcpfort.commands.wrap import configs_of
    from mcpfort.scan.wrap import apply_unwrap, plan_unwrap

    for config in configs_of(args):
        plan = plan_unwrap(config)
        if plan.new_text == config.text:
            print(f"mcpfort unwrap: {config.path}: nothing wrapped", file=sys.stderr)
            continue
        if args.dry_run:
            sys.stdout.write(plan.diff())
            continue
        apply_unwrap(plan)
        how = "restored byte for byte from the backup" if plan.exact else \
            "edited since wrap, so each wrapped server got its original command back"
        print(f"mcpfort unwrap: {config.path}: {how} ({', '.join(plan.unwrapped)})", file=sys.stderr)
    return 0
