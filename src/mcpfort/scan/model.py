"""What a scan produces: findings, per-tool verdicts, per-server reports.

Every check in ``mcpfort.scan`` returns ``Finding`` objects; the output module turns a
``Report`` into JSON (the shape promised in the docs), SARIF 2.1.0, a terminal report or Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["SEVERITIES", "Severity", "Verdict", "Finding", "ToolReport", "ServerReport", "Report",
           "severity_at_least", "verdict_of"]

Severity = Literal["info", "low", "medium", "high", "critical"]
Verdict = Literal["malicious", "suspicious", "clean"]
SEVERITIES: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def severity_at_least(severity: str, floor: str) -> bool:
    return _RANK[severity] >= _RANK[floor]


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired: what it is, how bad, the exact text that made it fire and why it matters.

    ``location`` says where inside the tool definition or config entry (``inputSchema.properties.
    path.description``); ``file`` and ``line`` point into a config file when there is one.
    """

    rule: str
    severity: Severity
    message: str
    evidence: str
    why: str = ""
    location: str = ""
    file: str | None = None
    line: int | None = None
    fix: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "severity": self.severity, "message": self.message,
                               "evidence": self.evidence}
        if self.why:
            out["why"] = self.why
        if self.location:
            out["location"] = self.location
        if self.file:
            out["file"] = self.file
        if self.line:
            out["line"] = self.line
        if self.fix:
            out["fix"] = self.fix
        return out


def verdict_of(findings: list[Finding]) -> Verdict:
    """malicious: any high or critical finding, or two different medium rules; suspicious: one medium."""
    if any(_RANK[f.severity] >= _RANK["high"] for f in findings):
        return "malicious"
    mediums = {f.rule for f in findings if f.severity == "medium"}
    if len(mediums) >= 2:
        return "malicious"
    return "suspicious" if mediums else "clean"


@dataclass(slots=True)
class ToolReport:
    name: str
    findings: list[Finding] = field(default_factory=list)
    kind: str = "tool"  # tool, prompt, resource, resourceTemplate
    digest: str | None = None
    pin: str | None = None  # new, unchanged, changed (when a pin store was consulted)
    embedding: dict[str, Any] | None = None

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "verdict": self.verdict,
                               "findings": [f.as_dict() for f in self.findings]}
        if self.kind != "tool":
            out["kind"] = self.kind
        if self.digest:
            out["sha256"] = self.digest
        if self.pin:
            out["pin"] = self.pin
        if self.embedding:
            out["embedding"] = self.embedding
        return out


@dataclass(slots=True)
class ServerReport:
    """One server as a client config (or a tools file) names it, and what the scan found."""

    name: str
    client: str | None = None
    config: str | None = None
    entry: dict[str, Any] | None = None  # the config entry, secrets redacted
    findings: list[Finding] = field(default_factory=list)
    tools: list[ToolReport] = field(default_factory=list)
    others: list[ToolReport] = field(default_factory=list)  # prompts, resources, templates
    connected: bool | None = None
    error: str | None = None

    def all_findings(self) -> list[Finding]:
        return self.findings + [f for t in self.tools + self.others for f in t.findings]

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"findings": [f.as_dict() for f in self.findings],
                               "tools": [t.as_dict() for t in self.tools]}
        if self.others:
            out["items"] = [t.as_dict() for t in self.others]
        if self.client:
            out["client"] = self.client
        if self.config:
            out["config"] = self.config
        if self.entry is not None:
            out["entry"] = self.entry
        if self.connected is not None:
            out["connected"] = self.connected
        if self.error:
            out["error"] = self.error
        return out


@dataclass(slots=True)
class Report:
    servers: dict[str, ServerReport] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # not tied to one server (toxic flows)
    configs: list[str] = field(default_factory=list)

    def add(self, server: ServerReport) -> None:
        key = server.name
        if key in self.servers:
            key = f"{server.name}@{server.client or 'config'}"
            n = 2
            while key in self.servers:
                key, n = f"{server.name}@{server.client or 'config'}#{n}", n + 1
        self.servers[key] = server

    def all_findings(self) -> list[Finding]:
        return self.findings + [f for s in self.servers.values() for f in s.all_findings()]

    def worst(self) -> Severity | None:
        found = self.all_findings()
        return max((f.severity for f in found), key=_RANK.__getitem__) if found else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"servers": {k: s.as_dict() for k, s in self.servers.items()}}
        if self.findings:
            out["findings"] = [f.as_dict() for f in self.findings]
        if self.configs:
            out["configs"] = self.configs
        counts = {v: 0 for v in ("malicious", "suspicious", "clean")}
        for s in self.servers.values():
            for t in s.tools:
                counts[t.verdict] += 1
        out["summary"] = {"tools": counts, "worst": self.worst()}
        return out
