"""``mcpfort check``: validate a policy and print who may do what, context by context."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from mcpfort import config
from mcpfort.policy.loader import load_policy
from mcpfort.policy.model import Policy, Rule

__all__ = ["add_arguments", "run", "matrix"]

_STYLE = {"allow": "green", "confirm": "yellow", "deny": "red"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Validate the policy file (exit 2 with file, line, key and what was expected if it is "
                          "invalid) and print the permission matrix: every tool, resource pattern and prompt of "
                          "every server against every context, as allow, confirm or deny.")
    parser.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    parser.add_argument("--format", choices=["table", "json"], default="table")


def _effect(policy: Policy, rule: Rule, context: str) -> str:
    granted = policy.contexts[context]
    if not all(c in granted for c in rule.requires):
        return "deny"
    if rule.confirm or any(policy.capabilities[c].confirm for c in rule.requires):
        return "confirm"
    return "allow"


def matrix(policy: Policy) -> list[dict[str, Any]]:
    """One row per server item: its kind, name, requirements and the effect in each context."""
    rows = []
    for server in policy.servers.values():
        items = [("tool", r) for r in server.tools.values()] + [("resource", r) for r in server.resources] + \
                [("prompt", r) for r in server.prompts.values()]
        for kind, rule in items:
            rows.append({"server": server.name, "kind": kind, "name": rule.name, "requires": list(rule.requires),
                         "args": {a.name: a.kind for a in rule.args}, "line": rule.line,
                         "contexts": {ctx: _effect(policy, rule, ctx) for ctx in policy.contexts}})
    return rows


def run(args: argparse.Namespace) -> int:
    path = config.find_policy(args.policy)
    policy = load_policy(path)
    rows = matrix(policy)
    if args.format == "json":
        sys.stdout.write(orjson.dumps({"policy": path, "valid": True, "warnings": list(policy.warnings),
                                       "default_context": policy.context, "matrix": rows},
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{path}[/]: valid. Default context: [bold]{policy.context}[/]. "
                  f"Anything not listed below is denied.")
    for warning in policy.warnings:
        console.print(f"[yellow]warning:[/] {warning}", highlight=False)
    for name, cap in policy.capabilities.items():
        limits = []
        if cap.paths is not None:
            limits.append("paths " + ", ".join(cap.paths))
        if cap.tables is not None:
            limits.append("tables " + ", ".join(cap.tables))
        if cap.hosts is not None:
            limits.append("hosts " + ", ".join(cap.hosts))
        if cap.exclude:
            limits.append("exclude " + ", ".join(cap.exclude))
        if cap.confirm:
            limits.append("confirm")
        console.print(f"  [cyan]{name}[/]: {'; '.join(limits) or 'no constraints'}", highlight=False)
    for server in policy.servers:
        table = Table(title=f"server {server}", title_justify="left")
        for column in ("kind", "name", "requires", "checked args"):
            table.add_column(column)
        for ctx in policy.contexts:
            table.add_column(ctx, justify="center")
        for row in (r for r in rows if r["server"] == server):
            cells = [f"[{_STYLE[e]}]{e}[/]" for e in row["contexts"].values()]
            args_text = ", ".join(f"{a}:{k}" for a, k in row["args"].items())
            table.add_row(row["kind"], row["name"], ", ".join(row["requires"]) or "-", args_text or "-", *cells)
        console.print(table)
    return 0
