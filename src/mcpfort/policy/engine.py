"""The policy engine: ``decide(policy, request) -> Decision``.  Pure: no clock, no network, no audit.

The only outside fact it reads is the filesystem, to resolve symlinks in path arguments (a path
means what the kernel will make of it).  Deny beats confirm beats allow, every reason names its
rule and line, and anything the engine cannot judge is denied.  The gateway, ``mcpfort
explain``, ``mcpfort check`` and the dashboard all call this one function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from mcpfort.policy.globs import compile_glob
from mcpfort.policy.model import ARG_KINDS, Capability, Policy, Rule, Server
from mcpfort.policy.paths import PathVerdict, check_path
from mcpfort.policy.sql import check_sql
from mcpfort.policy.urls import check_url
from mcpfort.types import Decision, Reason

__all__ = ["Request", "decide", "find_rule", "visible"]

_URI_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass(frozen=True, slots=True)
class Request:
    """What is asked: in which context, of which server, which tool/resource/prompt, with what."""

    context: str
    server: str
    kind: str  # "tool" | "resource" | "prompt"
    name: str
    arguments: Any = None
    cwd: str = "/"
    home: str | None = None
    bases: tuple[str, ...] = ()  # folders the server was started on: relative paths are read against them too
    # The capabilities the caller's token scopes map to (HTTP); None when no token narrows the context.
    limit: frozenset[str] | None = None


def _deny(code: str, message: str, **kw: Any) -> Reason:
    return Reason(code=code, message=message, effect="deny", **kw)


def _uri_problem(uri: str) -> str | None:
    if len(uri) > 8192:
        return "the URI is longer than 8192 characters"
    decoded = unquote(uri)
    if _URI_CONTROL.search(decoded):
        return "the URI contains a control character or a backslash (after percent-decoding)"
    path = urlsplit(decoded).path
    if any(seg in ("..", ".") for seg in path.split("/")):
        return "the URI contains a '.' or '..' segment (after percent-decoding)"
    return None


def find_rule(server: Server, kind: str, name: str) -> Rule | None:
    """The rule a tool, prompt or resource URI falls under; resources take the first matching pattern."""
    if kind == "tool":
        return server.tools.get(name)
    if kind == "prompt":
        return server.prompts.get(name)
    if _uri_problem(name):
        return None
    decoded = unquote(name)
    return next((r for r in server.resources if compile_glob(r.name).match(decoded)), None)


def visible(policy: Policy, context: str, server: str, kind: str, name: str,
            limit: frozenset[str] | None = None) -> bool:
    """Whether a listed tool/prompt/resource is shown: granted in this context (confirm included)."""
    srv = policy.servers.get(server)
    granted = policy.granted(context)
    if srv is None or granted is None:
        return False
    rule = find_rule(srv, kind, name)
    return rule is not None and all(c in granted and (limit is None or c in limit) for c in rule.requires)


def _judge(kind: str, value: Any, cap: Capability, req: Request) -> PathVerdict:
    if kind == "path":
        return check_path(value, roots=cap.paths or (), excludes=cap.exclude, cwd=req.cwd, home=req.home,
                          bases=req.bases)
    if kind == "sql":
        return check_sql(value, tables=cap.tables or (), exclude=cap.exclude)
    return check_url(value, hosts=cap.hosts or ())


def decide(policy: Policy, req: Request) -> Decision:
    key = (req.context, req.server, req.kind, req.name, req.limit)
    static = policy.memo.get(key)
    if static is None:
        static = _static(policy, req)
        if len(policy.memo) < 100_000:  # bounded: names come from callers
            policy.memo[key] = static
    decision, rule, rule_id = static
    if rule is None or decision.effect == "deny":
        return decision
    extra = _check_arguments(policy, rule, rule_id, req) if rule.args else []
    if req.kind == "resource" and urlsplit(req.name).scheme == "file":
        extra += _check_file_uri(policy, rule, rule_id, req)
    if not extra:
        return decision
    reasons = decision.reasons + tuple(extra)
    effect = "deny" if any(r.effect == "deny" for r in extra) else decision.effect
    return Decision(effect, reasons, decision.required, decision.available)


def _static(policy: Policy, req: Request) -> tuple[Decision, Rule | None, str]:
    """Everything about a decision that does not depend on the arguments: computed once per name."""
    reasons: list[Reason] = []
    granted = policy.granted(req.context)
    available = tuple(sorted(granted or ()))
    if granted is None:
        reasons.append(_deny("unknown-context", f"context {req.context!r} is not defined in the policy "
                                                f"(defined: {', '.join(sorted(policy.contexts)) or 'none'})"))
        return Decision("deny", tuple(reasons), (), available), None, ""
    server = policy.servers.get(req.server)
    if server is None:
        reasons.append(_deny("server-not-in-policy", f"server {req.server!r} is not defined under servers"))
        return Decision("deny", tuple(reasons), (), available), None, ""
    where = f"servers.{server.name}.{ {'tool': 'tools', 'resource': 'resources', 'prompt': 'prompts'}[req.kind] }"
    if req.kind == "resource" and (problem := _uri_problem(req.name)):
        reasons.append(_deny("uri-malformed", f"resource {req.name!r} refused: {problem}"))
        return Decision("deny", tuple(reasons), (), available), None, ""
    rule = find_rule(server, req.kind, req.name)
    if rule is None:
        reasons.append(_deny(f"{req.kind}-not-in-policy",
                             f"{req.kind} {req.name!r} is not listed under {where} (everything unlisted is denied)"))
        return Decision("deny", tuple(reasons), (), available), None, ""
    rule_id = f"{where}.{rule.name}"
    if req.limit is not None:
        available = tuple(sorted(granted & req.limit))
    missing = [c for c in rule.requires if c not in granted or (req.limit is not None and c not in req.limit)]
    for cap in rule.requires:
        if cap in missing and cap in granted:
            reasons.append(_deny("insufficient-scope",
                                 f"{req.kind} {req.name!r} requires {cap}, which the token's scopes do not grant",
                                 capability=cap, rule=rule_id, line=rule.line))
        elif cap in missing:
            reasons.append(_deny("missing-capability",
                                 f"{req.kind} {req.name!r} requires {cap}, which context {req.context!r} does not grant",
                                 capability=cap, rule=rule_id, line=rule.line))
        else:
            reasons.append(Reason("capability-granted", f"{cap} is granted by context {req.context!r}",
                                  "allow", capability=cap, rule=f"contexts.{req.context}",
                                  line=policy.context_lines.get(req.context) or policy.capabilities[cap].line))
    if not rule.requires:
        reasons.append(Reason("no-capability-required", f"{req.kind} {req.name!r} requires no capability",
                              "allow", rule=rule_id, line=rule.line))
    confirm = rule.confirm or any(policy.capabilities[c].confirm for c in rule.requires)
    if confirm:
        why = "the rule" if rule.confirm else "a required capability"
        reasons.append(Reason("confirmation-required", f"{why} asks the user to confirm each call", "confirm",
                              rule=rule_id, line=rule.line))
    effect = "deny" if missing else ("confirm" if confirm else "allow")
    return Decision(effect, tuple(reasons), rule.requires, available), rule, rule_id


def _check_arguments(policy: Policy, rule: Rule, rule_id: str, req: Request) -> list[Reason]:
    if not rule.args:
        return []
    args = req.arguments if req.arguments is not None else {}
    if not isinstance(args, dict):
        return [_deny("arguments-not-object", "the arguments must be a JSON object", rule=rule_id, line=rule.line)]
    out: list[Reason] = []
    for spec in rule.args:
        if spec.name not in args:
            continue
        value = args[spec.name]
        values = value if spec.kind == "path" and isinstance(value, list) else [value]
        if not values:
            continue
        judges = [policy.capabilities[c] for c in (spec.capabilities or rule.requires)
                  if policy.capabilities[c].constrains(spec.kind)]
        for cap in judges:
            for item in values:
                verdict = _judge(spec.kind, item, cap, req)
                effect = "allow" if verdict.ok else "deny"
                out.append(Reason(verdict.code, f"argument {spec.name!r}: {verdict.message} ({cap.name})", effect,
                                  capability=cap.name, rule=f"{rule_id}.args.{spec.name}", line=spec.line))
                if not verdict.ok:
                    return out  # the first refusal is the one to report
    return out


def _check_file_uri(policy: Policy, rule: Rule, rule_id: str, req: Request) -> list[Reason]:
    """A file:// resource is a path too: the capability's paths and excludes apply to it."""
    path = unquote(urlsplit(req.name).path)
    out = []
    for cap in (policy.capabilities[c] for c in rule.requires):
        if cap.constrains("path"):
            verdict = check_path(path, roots=cap.paths or (), excludes=cap.exclude, cwd="/", home=req.home)
            out.append(Reason(verdict.code, f"resource path: {verdict.message} ({cap.name})",
                              "allow" if verdict.ok else "deny", capability=cap.name, rule=rule_id, line=rule.line))
    return out
