"""``mcpfort mentor``: a score against the seed's five principles and the security checklist, with fixes.

Input is any mix of a policy file, one server (by name, from the policy or a client config) and a
free-text description of a server.  Each check belongs to one principle, passes or fails, and a
failed check carries a concrete fix: the policy snippet to add.  Deterministic; no model involved.

The five principles (seed, "MCP Security Best Practices"): defense in depth, least privilege,
zero trust always, privacy by design, transparent security.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mcpfort.policy.model import Policy
from mcpfort.scan import capabilities
from mcpfort.scan.clients import ServerEntry

__all__ = ["PRINCIPLES", "Check", "Mentoring", "mentor"]

PRINCIPLES = {
    "defense-in-depth": "Defense in depth: layer protocol, server and runtime controls; assume any layer fails",
    "least-privilege": "Least privilege: start with no permissions, grant only what is needed",
    "zero-trust": "Zero trust always: authenticate every request, validate continuously, trust no one",
    "privacy": "Privacy by design: minimise data, keep secrets out of reach, give users control",
    "transparency": "Transparent security: show what MCP can access, log everything, make security visible",
}


@dataclass
class Check:
    id: str
    principle: str
    title: str
    passed: bool
    detail: str = ""
    fix: str = ""  # a policy snippet or a command
    weight: int = 2
    advice: bool = False  # a recommendation from a description: not scored


@dataclass
class Mentoring:
    subject: str
    checks: list[Check] = field(default_factory=list)

    def add(self, check: Check) -> None:
        self.checks.append(check)

    def scores(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for principle in PRINCIPLES:
            mine = [c for c in self.checks if c.principle == principle and not c.advice]
            total = sum(c.weight for c in mine)
            out[principle] = round(100 * sum(c.weight for c in mine if c.passed) / total) if total else None
        return out

    def score(self) -> int | None:
        scored = [c for c in self.checks if not c.advice]
        total = sum(c.weight for c in scored)
        return round(100 * sum(c.weight for c in scored if c.passed) / total) if total else None

    def as_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "score": self.score(), "principles": self.scores(),
                "checks": [{"id": c.id, "principle": c.principle, "title": c.title,
                            "passed": None if c.advice else c.passed, "advice": c.advice,
                            "detail": c.detail, "fix": c.fix} for c in self.checks]}


_BROAD = re.compile(r"^(?:/|/home/[^/]+|/Users/[^/]+|/root|[A-Za-z]:\\?|[A-Za-z]:\\Users\\[^\\]+)/?$")


def _policy_checks(m: Mentoring, policy: Policy, server_name: str | None, home: str) -> None:
    servers = [policy.servers[server_name]] if server_name and server_name in policy.servers else list(policy.servers.values())
    caps = policy.capabilities
    broad = [f"{c.name}: {p}" for c in caps.values() for p in (c.paths or ()) if _BROAD.match(p) or p.rstrip("/") == home]
    m.add(Check("narrow-paths", "least-privilege", "Capabilities grant project folders, not / or a home folder",
                not broad, "; ".join(broad),
                "capabilities:\n  files:read:\n    paths: [./src, ./docs]\n    exclude: [\".env\", \"*.key\", \"**/.git/**\"]", 3))
    no_exclude = [c.name for c in caps.values() if c.paths and not any(".env" in e or ".key" in e or "*.pem" in e
                                                                       for e in c.exclude)]
    m.add(Check("exclude-secrets", "privacy", "Folder grants exclude secrets (.env, keys)", not no_exclude,
                ", ".join(no_exclude), f"capabilities:\n  {no_exclude[0] if no_exclude else 'files:read'}:\n"
                "    exclude: [\".env\", \"*.key\", \"*.pem\", \"secrets/**\", \"**/.ssh/**\"]"))
    writers = [c.name for c in caps.values() if re.search(r"write|delete|send|exec|admin|post", c.name) and not c.confirm]
    unconfirmed = []
    for server in servers:
        for rule in server.tools.values():
            kind = capabilities.classify({"name": rule.name})
            if kind in ("write", "destructive") and not rule.confirm and not any(caps[c].confirm for c in rule.requires):
                unconfirmed.append(f"{server.name}.{rule.name}")
    m.add(Check("confirm-writes", "least-privilege", "Tools that write, send or delete ask the user first",
                not unconfirmed and not writers, ", ".join(unconfirmed + writers),
                "capabilities:\n  files:write: {paths: [./output], confirm: true}\n"
                "# or per tool:\nservers:\n  NAME:\n    tools:\n      delete_file: {requires: [files:write], confirm: true}", 3))
    prod = [ctx for ctx in policy.contexts if ctx.startswith("prod")]
    prod_writes = [c for ctx in prod for c in policy.contexts[ctx] if re.search(r"write|delete|exec|admin", c)]
    m.add(Check("contexts", "least-privilege", "Separate contexts, production without write capabilities",
                len(policy.contexts) > 1 and not prod_writes,
                f"{len(policy.contexts)} context(s)" + (f"; production grants {', '.join(prod_writes)}" if prod_writes else ""),
                "contexts:\n  development: [files:read, files:write]\n  production: [files:read]", 1))
    path_tools = [f"{s.name}.{r.name}" for s in servers for r in s.tools.values()
                  if re.search(r"file|dir|path|folder|read|write|move", r.name) and not r.args]
    m.add(Check("argument-kinds", "defense-in-depth", "Path, SQL and URL arguments are declared so the engine checks them",
                not path_tools, ", ".join(path_tools[:6]),
                "servers:\n  fs:\n    tools:\n      read_text_file: {requires: [files:read], args: {path: path}}", 2))
    unsandboxed = [s.name for s in servers if s.sandbox.unsafe_no_sandbox]
    default_sandbox = [s.name for s in servers if not s.sandbox.from_policy and not s.sandbox.unsafe_no_sandbox]
    m.add(Check("sandbox", "defense-in-depth", "Every server runs in a sandbox with an explicit spec",
                not unsandboxed and not default_sandbox,
                "; ".join(x for x in ("unsafe_no_sandbox: " + ", ".join(unsandboxed) if unsandboxed else "",
                                      "default sandbox: " + ", ".join(default_sandbox) if default_sandbox else "") if x),
                "servers:\n  NAME:\n    sandbox:\n      filesystem: {read: [./project], write: [./project/output]}\n"
                "      network: {allow: []}\n      limits: {memory: 512MB, timeout: 30s, pids: 64}", 3))
    open_net = [s.name for s in servers if any(h in ("*", "*.*") for h in s.sandbox.allow_hosts)]
    m.add(Check("egress", "defense-in-depth", "Network egress limited to named hosts", not open_net, ", ".join(open_net),
                "servers:\n  NAME:\n    sandbox:\n      network: {allow: [api.github.com]}"))
    plain_env = [f"{s.name}.{k}" for s in servers for k, v in s.env.items()
                 if re.search(r"TOKEN|SECRET|PASSWORD|KEY", k, re.I) and v and "${" not in v]
    m.add(Check("secrets-passed-not-written", "privacy", "Secrets are passed from the environment, not written in the policy",
                not plain_env, ", ".join(plain_env),
                "servers:\n  NAME:\n    sandbox:\n      env: {pass: [GITHUB_TOKEN]}   # the value stays in your keychain/env"))
    gateway = policy.gateway or {}
    http = bool(gateway.get("listen") or gateway.get("public_url"))
    if http:
        m.add(Check("authentication", "zero-trust", "The HTTP gateway authenticates every request (OAuth 2.1)",
                    bool(policy.auth) and not gateway.get("unsafe_no_auth"), "",
                    "auth:\n  issuer: https://idp.example.com\n  audience: https://mcp.example.com\n"
                    "  scopes: {\"files:read\": [files:read]}", 3))
        m.add(Check("origins", "zero-trust", "Allowed origins are listed (DNS rebinding, CVE-2025-66414)",
                    bool(gateway.get("allowed_origins")), "", "gateway:\n  allowed_origins: [https://app.example.com]"))
        m.add(Check("rate-limits", "zero-trust", "Per-user rate limits", bool(policy.ratelimit), "",
                    "ratelimit:\n  default: 60/minute"))
    else:
        m.add(Check("authentication", "zero-trust", "Local stdio use: the OS user is the identity; every call is "
                    "still checked against the policy", True, "stdio gateway", "", 1))
    m.add(Check("audit", "transparency", "Every call is written to the hash-chained audit log", True,
                f"audit store: {policy.audit.get('store', 'default (~/.local/share/mcpfort/audit.db)')}",
                "mcpfort audit verify   # prove nothing was changed", 2))


def _entry_checks(m: Mentoring, entry: ServerEntry, home: str) -> None:
    from mcpfort.scan.checks import check_entry, load_advisories

    found = {f.rule: f for f in check_entry(entry, home=home, advisories=load_advisories())}
    table = [
        ("secret-in-config", "privacy", "No secrets written in the client config",
         "servers:\n  NAME:\n    sandbox:\n      env: {pass: [TOKEN]}   # and remove the value from the client config"),
        ("unpinned-package", "defense-in-depth", "The package version is pinned",
         'command: [npx, -y, "@scope/server@1.2.3"]   # or uvx "server==1.2.3"'),
        ("known-vulnerable", "defense-in-depth", "No known-vulnerable version", "upgrade to the fixed version"),
        ("broad-filesystem", "least-privilege", "Filesystem access limited to project folders",
         "capabilities:\n  files:read: {paths: [./project], exclude: [\".env\", \"*.key\"]}"),
        ("plain-http", "zero-trust", "Remote transport uses TLS", "url: https://..."),
        ("no-auth", "zero-trust", "Remote or local HTTP servers require authentication",
         "put it behind `mcpfort serve` (OAuth 2.1, Host/Origin checks)"),
        ("shell-launcher", "defense-in-depth", "Started directly, not through a shell",
         "command: node\nargs: [server.js]"),
        ("not-wrapped", "transparency", "Runs behind mcpfort (policy, confirmation, audit, sandbox)",
         f"mcpfort wrap {entry.client}"),
    ]
    for rule, principle, title, fix in table:
        if rule == "not-wrapped" and entry.client == "policy":
            continue  # a policy's server runs behind mcpfort by definition
        f = found.get(rule)
        m.add(Check(rule, principle, f"{entry.name}: {title}", f is None, f.evidence if f else "",
                    f.fix or fix if f else fix, 3 if f is not None and f.severity in ("high", "critical") else 2))


# Words in a description, and what each means for the checklist.
_DESCRIBE = [
    (r"\b(?:files?|folders?|director(?:y|ies)|disk|documents?)\b", "least-privilege", "describe-files",
     "File access is limited to named folders, secrets excluded, writes confirmed",
     "capabilities:\n  files:read: {paths: [./project/src], exclude: [\".env\", \"*.key\", \"**/.git/**\"]}\n"
     "  files:write: {paths: [./project/output], confirm: true}\nservers:\n  NAME:\n    tools:\n"
     "      read_file: {requires: [files:read], args: {path: path}}"),
    (r"\b(?:sql|database|postgres|mysql|sqlite|mongo|tables?|queries)\b", "least-privilege", "describe-database",
     "Database access limited to named tables; statements parsed, not trusted",
     "capabilities:\n  database:read: {tables: [products, categories], exclude: [users, auth_tokens]}\n"
     "servers:\n  NAME:\n    tools:\n      query: {requires: [database:read], args: {sql: sql}}"),
    (r"\b(?:e-?mails?|slack|messages?|post(?:s|ing)?|publish|tweets?|webhooks?|notif\w+)\b", "least-privilege",
     "describe-sends", "Anything that sends data out asks the user first",
     "capabilities:\n  messages:send: {confirm: true}"),
    (r"\b(?:shell|commands?|exec\w*|terminal|scripts?|run code)\b", "defense-in-depth", "describe-exec",
     "Command execution runs in a tight sandbox and is confirmed",
     "servers:\n  NAME:\n    sandbox:\n      network: {allow: []}\n      limits: {memory: 512MB, pids: 64, timeout: 30s}\n"
     "    tools:\n      run_command: {requires: [shell:exec], confirm: true}"),
    (r"\b(?:web|urls?|http|fetch|brows\w+|scrap\w+|internet|api)\b", "defense-in-depth", "describe-web",
     "Outbound requests limited to an allow-list of hosts; fetched text treated as untrusted",
     "capabilities:\n  web:fetch: {hosts: [docs.python.org, \"*.wikipedia.org\"]}\nservers:\n  NAME:\n"
     "    sandbox:\n      network: {allow: [docs.python.org]}\n    tools:\n      fetch: {requires: [web:fetch], args: {url: url}}"),
    (r"\b(?:tokens?|api keys?|credentials?|passwords?|secrets?|oauth)\b", "privacy", "describe-secrets",
     "Credentials come from the environment or a keychain, never from the config or tool arguments",
     "servers:\n  NAME:\n    sandbox:\n      env: {pass: [API_TOKEN]}"),
    (r"\b(?:remote|hosted|http server|streamable|sse|multi-?user|team|users)\b", "zero-trust", "describe-remote",
     "Every request is authenticated and scoped; origins checked",
     "auth:\n  issuer: https://idp.example.com\n  audience: https://mcp.example.com\ngateway:\n"
     "  allowed_origins: [https://app.example.com]\nratelimit:\n  default: 60/minute"),
    (r"\b(?:personal|customers?|patients?|health|pii|payments?|financial|private)\b", "privacy", "describe-personal",
     "Personal data is minimised and masked in the audit trail",
     "audit:\n  mask: [email, phone, card]   # keep only what the audit needs"),
]


def _describe_checks(m: Mentoring, text: str) -> None:
    low = text.lower()
    hits = 0
    for pattern, principle, cid, title, fix in _DESCRIBE:
        if re.search(pattern, low):
            hits += 1
            m.add(Check(cid, principle, title, False, "from your description", fix, 2, advice=True))
    both = re.search(_DESCRIBE[0][0], low) or re.search(_DESCRIBE[1][0], low)
    if both and re.search(_DESCRIBE[4][0] + "|" + _DESCRIBE[2][0], low):
        m.add(Check("describe-toxic-flow", "defense-in-depth", "Private data and an outbound channel are not in "
                    "one context without confirmation", False,
                    "it reads private data and can send data out: a poisoned tool could chain them",
                    "contexts:\n  research: [web:fetch]\n  coding: [files:read, files:write]", 3, advice=True))
    m.add(Check("describe-pins", "transparency", "Tool definitions are pinned so changes are noticed", False,
                "rug pulls change a tool after you approved it", "mcpfort scan --connect --pin", 1, advice=True))
    if not hits:
        m.add(Check("describe-unclear", "transparency", "The description says what the server touches", False,
                    "name the data it reads, what it changes and where it sends things", "", 1, advice=True))


def mentor(*, policy: Policy | None = None, server: str | None = None, entry: ServerEntry | None = None,
           describe: str | None = None, home: str = "", pins_known: bool | None = None) -> Mentoring:
    subject = " / ".join(x for x in (policy.file if policy else None, server, "your description" if describe else None) if x)
    m = Mentoring(subject or "nothing given")
    if policy is not None:
        _policy_checks(m, policy, server, home)
        spec = policy.servers.get(server) if server else None
        if entry is None and spec is not None and spec.command:
            entry = ServerEntry(name=spec.name, client="policy", path=policy.file, raw={}, key_path=("servers", spec.name),
                                line=spec.line, command=spec.command[0], args=list(spec.command[1:]), env=dict(spec.env))
    if entry is not None:
        _entry_checks(m, entry, home)
    if describe:
        _describe_checks(m, describe)
    if pins_known is not None and not describe:
        m.add(Check("pins", "transparency", "Tool definitions are pinned (rug pulls are refused)", pins_known, "",
                    "mcpfort scan --connect --pin", 2))
    return m


def to_markdown(m: Mentoring) -> str:
    scores = m.scores()
    score = m.score()
    out = [f"# mcpfort mentor: {m.subject}", "",
           f"**Score: {score}/100**" if score is not None else "_Recommendations only: pass --policy to be scored._",
           "", "| principle | score |", "| --- | --- |"]
    out += [f"| {PRINCIPLES[p].split(':')[0]} | {'—' if s is None else s} |" for p, s in scores.items()]
    out.append("")
    for principle, text in PRINCIPLES.items():
        mine = [c for c in m.checks if c.principle == principle]
        if not mine:
            continue
        out += [f"## {text.split(':')[0]}", "", f"_{text.split(': ', 1)[1]}_", ""]
        for c in mine:
            mark = "💡" if c.advice else "✅" if c.passed else "❌"
            out.append(f"- {mark} **{c.title}**" + (f" — {c.detail}" if c.detail else ""))
            if not c.passed and c.fix:
                out += ["", "  ```yaml", *("  " + line for line in c.fix.splitlines()), "  ```", ""]
        out.append("")
    return "\n".join(out)


def print_terminal(m: Mentoring) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.syntax import Syntax
    from rich.table import Table

    console = Console(highlight=False)
    scores = m.scores()
    console.print(f"[bold]mcpfort mentor[/]: {escape(m.subject)}")
    score = m.score()
    console.print(f"[bold]Score: {score}/100[/]" if score is not None else
                  "[dim]Recommendations only: pass --policy to be scored.[/]")
    table = Table(show_header=True, header_style="bold")
    table.add_column("principle")
    table.add_column("score", justify="right")
    for p, s in scores.items():
        style = "dim" if s is None else "green" if s >= 80 else "yellow" if s >= 50 else "red"
        table.add_row(PRINCIPLES[p].split(":")[0], f"[{style}]{'—' if s is None else s}[/]")
    console.print(table)
    for principle, text in PRINCIPLES.items():
        mine = [c for c in m.checks if c.principle == principle]
        if not mine:
            continue
        console.print(f"\n[bold]{escape(text.split(':')[0])}[/]")
        for c in mine:
            mark = "[cyan]→[/]" if c.advice else "[green]✔[/]" if c.passed else "[red]✘[/]"
            console.print(f" {mark} {escape(c.title)}" + (f" [dim]({escape(c.detail)})[/]" if c.detail else ""))
            if not c.passed and c.fix:
                console.print(Syntax(c.fix, "yaml", theme="ansi_dark", padding=(0, 4), word_wrap=True))
