"""Reports for people and for machines: a rich terminal view, JSON, SARIF 2.1.0 and Markdown.

The JSON keeps the documented shape ``{"servers": {NAME: {"findings": [...], "tools": [{"name",
"verdict", "findings"}]}}}`` and adds fields around it.  SARIF puts every finding on the file it
came from (the client config, or the tools file) so code-scanning tools can show it.
"""

from __future__ import annotations

import os
from typing import Any, TextIO

import orjson

from mcpfort import __version__
from mcpfort.scan.model import SEVERITIES, Finding, Report, severity_at_least

__all__ = ["to_json", "to_sarif", "print_terminal", "to_markdown", "all_rules"]

_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
_SCORE = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
_VERDICT_STYLE = {"malicious": "bold red", "suspicious": "yellow", "clean": "green"}


def all_rules() -> dict[str, Any]:
    """Every rule the scanner can report, tool rules and config rules alike."""
    from mcpfort.scan.checks import CONFIG_RULES
    from mcpfort.scan.rules import RULES

    return {**RULES, **CONFIG_RULES}


def to_json(report: Report) -> str:
    return orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n"


def _uri(path: str | None) -> str:
    if not path:
        return "mcp-config"
    path = os.path.abspath(path)
    return "file://" + path if path.startswith("/") else path


def to_sarif(report: Report) -> dict[str, Any]:
    rules = all_rules()
    used: list[str] = []
    results = []

    def add(f: Finding, server: str | None, item: str | None, default_file: str | None) -> None:
        if f.rule not in used:
            used.append(f.rule)
        where = "/".join(p for p in (server, item, f.location) if p)
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(f.file or default_file)}}}
        if f.line:
            location["physicalLocation"]["region"] = {"startLine": f.line}
        if where:
            location["logicalLocations"] = [{"fullyQualifiedName": where, "kind": "member"}]
        results.append({
            "ruleId": f.rule, "ruleIndex": used.index(f.rule), "level": _LEVEL[f.severity],
            "message": {"text": f"{f.message}. Evidence: {f.evidence}" + (f" Fix: {f.fix}" if f.fix else "")},
            "locations": [location],
            "properties": {"severity": f.severity, "evidence": f.evidence, "server": server, "item": item,
                           "security-severity": _SCORE[f.severity]},
            "partialFingerprints": {"mcpfortFinding/v1": f"{f.rule}:{where}"},
        })

    for f in report.findings:
        add(f, None, None, f.file)
    for name, server in report.servers.items():
        for f in server.findings:
            add(f, name, None, server.config)
        for item in server.tools + server.others:
            for f in item.findings:
                add(f, name, item.name, server.config)
    driver_rules = []
    for rid in used:
        rule = rules.get(rid)
        title = getattr(rule, "title", rid)
        why = getattr(rule, "why", "")
        severity = getattr(rule, "severity", "medium")
        driver_rules.append({"id": rid, "name": "".join(w.capitalize() for w in rid.split("-")),
                             "shortDescription": {"text": title}, "fullDescription": {"text": why or title},
                             "help": {"text": why or title},
                             "defaultConfiguration": {"level": _LEVEL[severity]},
                             "properties": {"security-severity": _SCORE[severity], "tags": ["security", "mcp"]}})
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "mcpfort", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/mcpfort/mcpfort", "rules": driver_rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def _counts(report: Report) -> dict[str, int]:
    counts = {s: 0 for s in SEVERITIES}
    for f in report.all_findings():
        counts[f.severity] += 1
    return counts


def print_terminal(report: Report, out: TextIO | None = None, *, min_severity: str = "low",
                   verbose: bool = False) -> None:
    """Config path → server → findings and tools, worst first; clean tools folded into one line."""
    from rich.console import Console
    from rich.markup import escape
    from rich.tree import Tree

    console = Console(file=out, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console.width = max(console.width, 120)
    if report.configs:
        console.print(f"[bold]Scanned {len(report.configs)} config file(s)[/]: " + ", ".join(map(escape, report.configs)))
    order = {s: i for i, s in enumerate(reversed(SEVERITIES))}

    def line(f: Finding) -> str:
        text = f"[{_STYLE[f.severity]}]{f.severity.upper():<8}[/] [bold]{escape(f.rule)}[/]: {escape(f.message)}"
        if f.location:
            text += f" [dim]({escape(f.location)})[/]"
        text += f"\n   [dim]evidence:[/] {escape(f.evidence)}"
        if f.fix:
            text += f"\n   [dim]fix:[/] {escape(f.fix)}"
        if verbose and f.why:
            text += f"\n   [dim]why: {escape(f.why)}[/]"
        return text

    for name, server in report.servers.items():
        title = f"[bold]{escape(name)}[/]"
        if server.client:
            title += f" [dim]({escape(server.client)}: {escape(server.config or '')})[/]"
        if server.connected is False:
            title += f" [red]not connected: {escape(server.error or '')}[/]"
        tree = Tree(title)
        for f in sorted(server.findings, key=lambda f: order[f.severity]):
            if severity_at_least(f.severity, min_severity):
                tree.add(line(f))
        clean = []
        for item in sorted(server.tools + server.others, key=lambda t: ({"malicious": 0, "suspicious": 1, "clean": 2}[t.verdict], t.name)):
            floor = min_severity if verbose or severity_at_least(min_severity, "medium") else "medium"
            shown = [f for f in item.findings if severity_at_least(f.severity, floor)]
            pin = f" [magenta]pin: {item.pin}[/]" if item.pin == "changed" else ""
            if item.verdict == "clean" and not shown and not pin:
                clean.append(item.name if item.kind == "tool" else f"{item.kind} {item.name}")
                continue
            kind = "" if item.kind == "tool" else f"{item.kind} "
            branch = tree.add(f"{kind}[bold]{escape(item.name)}[/] [{_VERDICT_STYLE[item.verdict]}]{item.verdict}[/]{pin}")
            for f in sorted(shown, key=lambda f: order[f.severity]):
                branch.add(line(f))
        if clean:
            tree.add(f"[green]clean[/]: {escape(', '.join(clean))}")
        console.print(tree)
    if report.findings:
        tree = Tree("[bold]Across servers[/]")
        for f in sorted(report.findings, key=lambda f: order[f.severity]):
            if severity_at_least(f.severity, min_severity):
                tree.add(line(f))
        console.print(tree)
    counts = _counts(report)
    verdicts = report.as_dict()["summary"]["tools"]
    console.print(
        f"\n[bold]{len(report.servers)}[/] server(s), [bold]{sum(verdicts.values())}[/] tool(s): "
        f"[red]{verdicts['malicious']} malicious[/], [yellow]{verdicts['suspicious']} suspicious[/], "
        f"[green]{verdicts['clean']} clean[/]. Findings: "
        + ", ".join(f"[{_STYLE[s]}]{counts[s]} {s}[/]" for s in reversed(SEVERITIES) if counts[s]) if any(counts.values())
        else f"\n[bold]{len(report.servers)}[/] server(s), [bold]{sum(verdicts.values())}[/] tool(s): no findings.")


def to_markdown(report: Report, title: str = "mcpfort scan") -> str:
    out = [f"# {title}", ""]
    for name, server in report.servers.items():
        out.append(f"## {name}" + (f" ({server.client}: `{server.config}`)" if server.client else ""))
        out.append("")
        for f in server.findings:
            out.append(f"- **{f.severity}** `{f.rule}`: {f.message}. Evidence: `{f.evidence}`"
                       + (f". Fix: {f.fix}" if f.fix else ""))
        for item in server.tools + server.others:
            if item.findings:
                out.append(f"- tool `{item.name}`: **{item.verdict}**")
                for f in item.findings:
                    out.append(f"  - {f.severity} `{f.rule}`: {f.message}")
        out.append("")
    return "\n".join(out)
