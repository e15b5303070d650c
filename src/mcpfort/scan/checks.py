"""Config checks: what a client config entry runs, with which secrets, reaching what.

Each check takes a normalised ``ServerEntry`` and returns findings pointing at the config file and
line.  ``toxic_flows`` looks at all servers of one client together: a server that reads private
data beside one that can send data out is how a poisoned tool turns into a leak.
"""

from __future__ import annotations

import json
import math
import os
import re
from typing import Any, Iterable

from mcpfort.errors import UsageError
from mcpfort.scan.clients import ServerEntry
from mcpfort.scan.model import Finding, Severity
from mcpfort.scan.rules import Rule

__all__ = ["CONFIG_RULES", "check_entry", "toxic_flows", "load_advisories", "package_of", "redact", "is_wrapped"]

CONFIG_RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("secret-in-config", "high", "Secret in plain text in the config",
         "Anything that can read the config file (other servers, backups, a poisoned tool asked to read it) gets the "
         "secret; configs are also shared and committed."),
    Rule("unpinned-package", "medium", "Package run without a pinned version",
         "npx -y / uvx fetch whatever the registry serves today: a compromised or typosquatted release runs with your "
         "rights at the next start."),
    Rule("broad-filesystem", "high", "Filesystem access to / or a home folder",
         "A server granted / or your home can read SSH keys, cloud credentials and every other client's config."),
    Rule("plain-http", "high", "Remote server over plain HTTP",
         "Without TLS anyone on the path reads and changes tool calls and results, including tokens."),
    Rule("no-auth", "medium", "Remote server without credentials",
         "A local HTTP server without authentication can be driven by any web page (DNS rebinding, CVE-2025-66414); "
         "a remote one must use OAuth or a token."),
    Rule("shell-launcher", "medium", "Server started through a shell",
         "bash -c / cmd /c run whatever string the config holds; a config edit becomes code execution (MCPoison)."),
    Rule("download-and-run", "critical", "Downloads and runs code at start",
         "curl | sh in a launcher runs whatever the remote host serves, every time the client starts."),
    Rule("writable-launcher", "high", "Server binary in a temporary or download folder",
         "Anyone who can write there can replace the server."),
    Rule("known-vulnerable", "high", "Known-vulnerable version",
         "The pinned version has a published vulnerability; upgrade to the fixed version."),
    Rule("not-wrapped", "low", "Not guarded by mcpfort",
         "The server runs with no policy, no confirmation, no audit trail and no sandbox."),
    Rule("toxic-flow", "high", "Toxic flow: private data, untrusted input and an outbound channel",
         "A poisoned tool or injected web page can make the model read private data with one server and send it out "
         "with another (the lethal trifecta)."),
    Rule("config-changed", "high", "Config entry changed since it was pinned",
         "An approved entry swapped for another command is the MCPoison rug pull (CVE-2025-54136)."),
    Rule("tool-changed", "high", "Tool definition changed since it was pinned",
         "A tool that changes after approval (rug pull) can add instructions the user never reviewed."),
    Rule("bait-and-switch", "high", "Serves other tools to another client",
         "A server that shows a scanner one set of tools and a real client another is hiding what it does."),
    Rule("config-error", "medium", "Config file cannot be read",
         "The client may ignore it or read it differently; nothing in it was checked."),
    Rule("connect-failed", "low", "Could not list the server's tools",
         "Its tools were not checked."),
)}

_SECRET_VALUE = re.compile(
    r"(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|"
    r"xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|glpat-[A-Za-z0-9_-]{20,}|"
    r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|"
    r"npm_[A-Za-z0-9]{30,}|pypi-[A-Za-z0-9_-]{30,}|sk_live_[A-Za-z0-9]{20,}|rk_live_[A-Za-z0-9]{20,}|"
    r"shpat_[a-fA-F0-9]{20,}|hf_[A-Za-z0-9]{30,}|(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp)://[^:/\s]+:[^@/\s]+@)")
_SECRET_NAME = re.compile(r"(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|"
                          r"COOKIE|SESSION|CLIENT_SECRET|DSN|CONNECTION_STRING|DATABASE_URL)", re.I)
_PLACEHOLDER = re.compile(r"^\s*(?:\$\{[^}]+\}|\$[A-Z_][A-Z0-9_]*|%[A-Z_]+%|<[^>]*>|\{\{[^}]+\}\}|"
                          r"(?:your|my|xxx+|changeme|replace|todo|example|dummy|test|placeholder)[\w-]*)\s*$", re.I)
_SECRET_FLAG = re.compile(r"^--?(?:api[-_]?key|token|access[-_]?token|secret|password|passwd|auth|client[-_]secret|"
                          r"private[-_]key)(?:=(.+))?$", re.I)
_RUNNERS = {"npx": "npm", "bunx": "npm", "pnpx": "npm", "uvx": "pypi", "pipx": "pypi"}
_SHELLS = {"bash", "sh", "zsh", "dash", "fish", "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "pwsh.exe"}
_FS_PACKAGES = re.compile(r"server-filesystem|filesystem|mcp-server-files|fs-mcp|desktop-commander|"
                          r"mcp-server-git|server-git|mcp-shell|terminal", re.I)
_LOOPBACK = re.compile(r"^(?:localhost|127(?:\.\d+){3}|\[?::1\]?|0\.0\.0\.0)$")


def redact(value: str) -> str:
    value = str(value)
    if len(value) <= 8:
        return "*" * len(value)
    return f"{value[:4]}…({len(value)} chars)"


def shown(argv: list[str], limit: int = 160) -> str:
    """A command line fit for a report: credentials in it redacted."""
    out = []
    for arg in argv:
        m = _SECRET_VALUE.search(arg)
        out.append(arg[:m.start()] + redact(m.group()) if m else arg)
    return " ".join(out)[:limit]


def _entropy(value: str) -> float:
    if not value:
        return 0.0
    counts = {c: value.count(c) for c in set(value)}
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _finding(rule_id: str, message: str, evidence: str, entry: ServerEntry, severity: Severity | None = None,
             fix: str | None = None, location: str = "") -> Finding:
    rule = CONFIG_RULES[rule_id]
    return Finding(rule=rule_id, severity=severity or rule.severity, message=f"{rule.title}: {message}",
                   evidence=evidence, why=rule.why, location=location or "/".join(entry.key_path),
                   file=entry.path, line=entry.line, fix=fix)


def is_wrapped(entry: ServerEntry) -> bool:
    argv = entry.argv
    base = os.path.basename(argv[0]) if argv else ""
    return (base in ("mcpfort", "mcpfort.exe") and "run" in argv[1:3]) or (
        base.startswith("python") and argv[1:3] == ["-m", "mcpfort"])


def package_of(argv: list[str]) -> tuple[str, str | None, str] | None:
    """``(package, version or None, ecosystem)`` for ``npx [-y] pkg@ver``, ``uvx pkg==ver`` and friends."""
    if not argv:
        return None
    base = os.path.basename(argv[0]).removesuffix(".cmd").removesuffix(".exe")
    args = argv[1:]
    if base in ("mcpfort",) and "--" in args:
        return package_of(args[args.index("--") + 1:])
    if base == "pipx" and args[:1] == ["run"]:
        args = args[1:]
    elif base in ("pnpm", "yarn", "bun") and args[:1] in (["dlx"], ["x"]):
        base, args = "npx", args[1:]
    elif base == "uv" and args[:2] == ["tool", "run"]:
        base, args = "uvx", args[2:]
    elif base in ("python", "python3") and args[:1] == ["-m"] and len(args) > 1:
        return (args[1].replace("_", "-"), None, "pypi-module")
    if base not in _RUNNERS:
        return None
    eco = _RUNNERS[base]
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if arg in ("-p", "--package", "--from", "--with", "--python", "--index-url"):
            skip_next = arg not in ("-p", "--package", "--from")
            continue
        if arg.startswith("-"):
            continue
        if eco == "npm":
            scoped = arg.startswith("@")
            name, sep, version = arg[1:].partition("@") if scoped else arg.partition("@")
            return (("@" + name) if scoped else name, version or None, eco)
        m = re.match(r"^([A-Za-z0-9_.\-\[\]]+?)(?:(==|@)([^\s]+))?$", arg)
        if m:
            return (re.sub(r"\[.*\]", "", m.group(1)).lower().replace("_", "-"), m.group(3), eco)
        return (arg, None, eco)
    return None


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:4]) or (0,)


def _matches(version: str, spec: str) -> bool:
    v = _version(version)
    for part in spec.split(","):
        m = re.match(r"\s*(<=|>=|<|>|==)\s*(.+)", part)
        if not m:
            continue
        op, bound = m.group(1), _version(m.group(2))
        ok = {"<": v < bound, "<=": v <= bound, ">": v > bound, ">=": v >= bound, "==": v == bound}[op]
        if not ok:
            return False
    return True


def load_advisories(extra: str | None = None) -> list[dict[str, Any]]:
    """The bundled advisory list, plus (or, with ``"replace": true``, instead) the entries of ``extra``."""
    from mcpfort.scan.advisories import ADVISORIES

    items = [dict(a) for a in ADVISORIES]
    extra = extra or os.environ.get("MCPFORT_ADVISORIES")
    if extra:
        try:
            with open(extra, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            raise UsageError(f"cannot read the advisory file {extra}: {exc}") from None
        more = data.get("advisories") if isinstance(data, dict) else data
        if not isinstance(more, list) or not all(isinstance(a, dict) and {"id", "package", "affected"} <= set(a)
                                                 for a in more):
            raise UsageError(f"{extra}: expected {{\"advisories\": [{{\"id\", \"package\", \"affected\", ...}}]}}")
        items = (more if isinstance(data, dict) and data.get("replace") else items + more)
    return items


def _secrets(entry: ServerEntry) -> list[Finding]:
    out = []
    for where, mapping in (("env", entry.env), ("headers", entry.headers)):
        for key, value in mapping.items():
            if not value or _PLACEHOLDER.match(value) or "${" in value:
                continue
            token = value.split(" ", 1)[1] if value.lower().startswith(("bearer ", "basic ", "token ")) else value
            if _SECRET_VALUE.search(value):
                out.append(_finding("secret-in-config", f"{where}.{key} holds a credential", f"{key}={redact(token)}",
                                    entry, fix=_secret_fix(entry, key), location=f"{'/'.join(entry.key_path)}/{where}/{key}"))
            elif (_SECRET_NAME.search(key) or key.lower() == "authorization") and len(token) >= 8 and _entropy(token) >= 3.0:
                out.append(_finding("secret-in-config", f"{where}.{key} looks like a secret", f"{key}={redact(token)}",
                                    entry, "medium", _secret_fix(entry, key),
                                    location=f"{'/'.join(entry.key_path)}/{where}/{key}"))
    args = entry.args
    for i, arg in enumerate(args):
        m = _SECRET_FLAG.match(arg)
        value = (m.group(1) if m and m.group(1) else args[i + 1] if m and i + 1 < len(args) else None) if m else None
        if value and not _PLACEHOLDER.match(value) and len(value) >= 8:
            out.append(_finding("secret-in-config", f"argument {arg.split('=')[0]} holds a secret",
                                f"{arg.split('=')[0]} {redact(value)}", entry, fix="pass it through env from a keychain"
                                " or an env file instead of the command line (other users can read process arguments)"))
        elif _SECRET_VALUE.search(arg):
            out.append(_finding("secret-in-config", "a command-line argument holds a credential", redact(arg), entry))
    if entry.url and re.search(r"[?&](?:api[_-]?key|token|access_token|key|secret|auth)=[^&]{8,}", entry.url, re.I):
        out.append(_finding("secret-in-config", "the URL carries a credential in its query", re.sub(
            r"=([^&]{4})[^&]*", r"=\1…", entry.url), entry, fix="send it as an Authorization header from a secret store"))
    return out


def _secret_fix(entry: ServerEntry, key: str) -> str:
    if key.lower() == "authorization" or key in entry.headers:
        return (f"reference an environment variable instead of the value (\"{key}\": \"Bearer ${{env:TOKEN}}\" where "
                "the client supports it), kept in a keychain or env file")
    if entry.client.startswith("vscode"):
        return f'use an input variable: "{key}": "${{input:{key.lower()}}}" with a promptString input marked password'
    return (f"remove the value and let the client inherit {key} from a keychain or env file; behind mcpfort, set "
            f"servers.NAME.sandbox.env.pass: [{key}] so only this server sees it")


def _launch(entry: ServerEntry, advisories: list[dict[str, Any]]) -> list[Finding]:
    out: list[Finding] = []
    argv = entry.argv
    if not argv:
        return out
    inner = argv[argv.index("--") + 1:] if is_wrapped(entry) and "--" in argv else argv
    base = os.path.basename(inner[0]).lower() if inner else ""
    if base in ("cmd", "cmd.exe") and len(inner) > 2 and inner[1].lower() == "/c" \
            and not any(c in " ".join(inner[2:]) for c in "&|<>^%"):
        # `cmd /c npx ...` is how Windows clients start npx: plain arguments, no shell syntax.
        inner = inner[2:]
        base = os.path.basename(inner[0]).lower()
    joined = " ".join(inner)
    if re.search(r"\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|]*\|\s*(?:sudo\s+)?(?:sh|bash|zsh|"
                 r"python3?|iex|node)\b", joined, re.I):
        out.append(_finding("download-and-run", "the launcher pipes a download into an interpreter", shown(inner), entry,
                            fix="install a pinned release once, check it, and run the installed binary"))
    elif base in _SHELLS and any(a.lower() in ("-c", "/c", "-command", "/k", "-encodedcommand", "-e") for a in inner[1:3]):
        out.append(_finding("shell-launcher", f"{base} runs a command string", shown(inner), entry,
                            fix="put the program and its arguments directly in command/args"))
    if inner and re.match(r"^(?:/tmp/|/var/tmp/|/dev/shm/|~?/?downloads/|.*[\\/]temp[\\/]|.*[\\/]downloads[\\/])",
                          inner[0], re.I):
        out.append(_finding("writable-launcher", f"{inner[0]} is in a temporary or download folder", inner[0], entry))
    pkg = package_of(inner)
    if pkg and pkg[2] in ("npm", "pypi"):
        name, version, eco = pkg
        if version is None or version in ("latest", "next", "*"):
            fix = (f'pin it: "{name}@X.Y.Z"' if eco == "npm" else f'pin it: "{name}==X.Y.Z"')
            out.append(_finding("unpinned-package", f"{name} is fetched at its {version or 'newest'} version at every start",
                                f"{base} {name}{'@' + version if version else ''}", entry, fix=fix))
        else:
            for adv in advisories:
                if adv.get("package") == name and adv.get("ecosystem", eco) == eco and _matches(version, adv["affected"]):
                    out.append(_finding("known-vulnerable", f"{name} {version} is affected by {adv['id']}: "
                                        f"{adv.get('summary', '')}", f"{name}@{version}", entry,
                                        adv.get("severity", "high"), f"upgrade to {adv.get('fixed', 'a fixed version')}"))
    elif pkg and pkg[2] == "pypi-module" and pkg[0] == "mcpfort":
        pass
    if base == "docker" and "run" in inner[1:3]:
        image = next((a for a in inner[inner.index("run") + 1:] if not a.startswith("-") and ("/" in a or ":" in a or "." in a)),
                     None)
        if image and "@sha256:" not in image:
            tagged = ":" in image.rsplit("/", 1)[-1] and not image.endswith(":latest")
            out.append(_finding("unpinned-package", f"docker image {image} is not pinned by digest", image, entry,
                                "low" if tagged else "medium", "pin the image by digest: image@sha256:…"))
    return out


def _paths(entry: ServerEntry, home: str) -> list[Finding]:
    inner = entry.argv[entry.argv.index("--") + 1:] if is_wrapped(entry) and "--" in entry.argv else entry.argv
    joined = " ".join(inner)
    fs_like = bool(_FS_PACKAGES.search(joined))
    homes = {home.rstrip("/"), "~", "$HOME", "${HOME}", "%USERPROFILE%", "${env:HOME}", "${userHome}"}
    out = []
    for arg in inner[1:]:
        value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
        clean = value.rstrip("/\\") or "/"
        broad = None
        if clean in ("/", "C:", "c:") or re.fullmatch(r"[A-Za-z]:\\?", value):
            broad = "the whole disk"
        elif clean in homes or re.fullmatch(r"(?:/home/[^/]+|/Users/[^/]+|/root|[A-Za-z]:\\Users\\[^\\]+)", clean):
            broad = "a whole home folder"
        elif re.search(r"(?:^|[/\\])\.(?:ssh|aws|gnupg|kube|docker|config)(?:[/\\]|$)", clean):
            broad = "a folder of credentials"
        if broad:
            out.append(_finding("broad-filesystem", f"{value} gives the server {broad}", value, entry,
                                None if fs_like else "medium",
                                "grant only the project folders it needs; behind mcpfort, list them under "
                                "capabilities.files:read.paths and exclude .env, *.key, .ssh"))
    return out


def _remote(entry: ServerEntry) -> list[Finding]:
    out: list[Finding] = []
    if not entry.url:
        return out
    m = re.match(r"^(\w+)://(\[[^\]]+\]|[^/:?#]+)", entry.url)
    scheme, host = (m.group(1).lower(), m.group(2).lower()) if m else ("", "")
    loopback = bool(_LOOPBACK.match(host))
    if scheme in ("http", "ws") and not loopback:
        out.append(_finding("plain-http", f"{entry.url} is not encrypted", entry.url, entry, fix="use https://"))
    has_auth = any(k.lower() in ("authorization", "x-api-key", "api-key", "cookie") or _SECRET_NAME.search(k)
                   for k in entry.headers) or any(k in entry.raw for k in ("oauth", "auth", "bearer_token_env_var"))
    if not has_auth:
        if loopback:
            out.append(_finding("no-auth", f"local HTTP server {entry.url} is reached without credentials", entry.url,
                                entry, fix="require a token (mcpfort serve does OAuth 2.1) and check Host/Origin"))
        else:
            out.append(_finding("no-auth", f"{entry.url} has no credentials in the config: make sure it demands OAuth",
                                entry.url, entry, "info"))
    return out


def check_entry(entry: ServerEntry, *, home: str, advisories: list[dict[str, Any]]) -> list[Finding]:
    """Every config check on one entry."""
    out = _secrets(entry) + _launch(entry, advisories) + _paths(entry, home) + _remote(entry)
    if entry.command and not is_wrapped(entry):
        out.append(_finding("not-wrapped", f"{entry.name} runs without mcpfort", shown(entry.argv), entry,
                            fix=f"mcpfort wrap {entry.client}" if entry.client != "unknown"
                            else f"mcpfort wrap CLIENT --config {entry.path}"))
    return out


# Clients whose agent has its own shell and web tools (research/scanner.md: mcp-scan lists them as a
# pseudo-server): they are an outbound channel and an untrusted source before any MCP server is added.
BUILTIN_TOOLS = {"cursor": "terminal, web search", "vscode": "runCommands, fetch", "vscode-insiders": "runCommands, fetch",
                 "windsurf": "run_terminal_command, read_url_content", "claude-code": "Bash, WebFetch",
                 "copilot-cli": "shell, web fetch", "gemini-cli": "run_shell_command, web_fetch",
                 "kiro": "shell, fetch", "antigravity": "terminal, browser", "codex": "shell", "opencode": "bash, webfetch"}


def toxic_flows(servers: Iterable[tuple[str, set[str]]], where: str, file: str | None = None,
                client: str | None = None) -> list[Finding]:
    """One finding when one client can read private data, take in untrusted content and send data out.

    The client's own shell and web tools count as an outbound channel and an untrusted source, but a
    flow they complete is reported one level lower: it exists in every such client with a private-data server.
    """
    tagged = list(servers)
    private = sorted(n for n, t in tagged if "private_data" in t)
    untrusted = sorted(n for n, t in tagged if "untrusted_content" in t)
    sinks = sorted(n for n, t in tagged if "public_sink" in t)
    rule = CONFIG_RULES["toxic-flow"]
    builtin = BUILTIN_TOOLS.get(client or "")
    if private and sinks and (len(set(private) | set(sinks)) > 1 or untrusted):
        severity: Severity = "high" if untrusted else "medium"
    elif private and builtin:
        severity = "medium"
        untrusted, sinks = untrusted or [f"built-in {builtin}"], sinks or [f"built-in {builtin}"]
    else:
        return []
    ev = f"private data: {', '.join(private)}; untrusted input: {', '.join(untrusted) or 'none'}; " \
         f"outbound: {', '.join(sinks)}"
    return [Finding("toxic-flow", severity, f"{rule.title} in {where}", ev, rule.why, "", file,
                    fix="keep private-data servers and outbound servers in different clients or contexts, or "
                        "put both behind mcpfort with confirmation on the outbound tools")]
