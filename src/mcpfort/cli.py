"""The ``mcpfort`` command: one table from command names to modules, imported lazily.

Each command module offers ``add_arguments(parser)`` and ``run(args) -> int``.  Only the chosen
command's module is imported, so ``mcpfort run`` starts fast inside a client's config.  Errors
become exit codes in one place (``mcpfort.errors`` draws the table).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from mcpfort import __version__
from mcpfort.errors import MCPFortError

__all__ = ["COMMANDS", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("mcpfort.commands.run", "stdio gateway: put mcpfort in front of a stdio MCP server"),
    "serve": ("mcpfort.commands.serve", "HTTP gateway: every policy server at /mcp/<name>, OAuth 2.1, rate limits"),
    "check": ("mcpfort.commands.check", "validate a policy and print the permission matrix"),
    "explain": ("mcpfort.commands.explain", "show the decision and every reason for one call, without running it"),
    "audit": ("mcpfort.commands.audit", "verify, query, tail or export the audit trail"),
    "sandbox": ("mcpfort.commands.sandbox", "show which sandbox layers this machine enforces (sandbox check)"),
    "init": ("mcpfort.commands.init", "write a starter policy file"),
    "login": ("mcpfort.commands.login", "sign in to a protected MCP server (OAuth device flow) and store the tokens"),
    "connect": ("mcpfort.commands.connect", "stdio-to-HTTP bridge: a stdio client reaches a remote server with the stored token"),
    "scan": ("mcpfort.commands.scan", "find client configs; report risky servers and poisoned tools, offline"),
    "pin": ("mcpfort.commands.pin", "list pinned tool definitions; approve changed ones"),
    "wrap": ("mcpfort.commands.wrap", "put every server of a client's config behind mcpfort run"),
    "unwrap": ("mcpfort.commands.unwrap", "restore a client's config as it was before wrap"),
    "mentor": ("mcpfort.commands.mentor", "score a policy or server against the security checklist, with fixes"),
}

EPILOG = """\
policy file: --policy, else $MCPFORT_POLICY, else ./mcpfort.yaml, else ~/.config/mcpfort/mcpfort.yaml
audit store: --audit, else $MCPFORT_AUDIT, else the policy's audit.store, else ~/.local/share/mcpfort/audit.db
exit codes: 0 ok, 1 failure, 2 bad usage or policy, 3 audit log tampered, 4 upstream server failed
"""


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mcpfort",
        description="A zero-trust security gateway for MCP servers.",
        epilog="commands:\n" + "\n".join(f"  {n:<9} {h}" for n, (_, h) in COMMANDS.items()) + "\n\n" + EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mcpfort {__version__}")
    parser.add_argument("command", nargs="?", help="one of: " + ", ".join(COMMANDS))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        parser = _top_parser()
        if argv and not argv[0].startswith("-"):
            parser.print_usage(sys.stderr)
            print(f"mcpfort: error: unknown command {argv[0]!r} (choose from {', '.join(COMMANDS)})", file=sys.stderr)
            return 2
        parser.parse_args(argv)
        parser.print_help()
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    module_name, summary = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"mcpfort {name}", description=summary, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    module.add_arguments(parser)
    args = parser.parse_args(rest)
    try:
        return int(module.run(args) or 0)
    except MCPFortError as exc:
        print(f"mcpfort {name}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
