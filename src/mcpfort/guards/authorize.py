"""The authorize guard: ask the policy engine about every tool call, resource read and prompt.

Runs for ``tools/call``, ``resources/read`` and ``prompts/get`` (a decision), for the requests
that name a resource or prompt indirectly (``completion/complete``, subscriptions), and on the
way back for list results, which it filters to what the caller may use.  It records the
decision in the audit trail and refuses with what is missing and what would grant it.
"""

from __future__ import annotations

from typing import Any

from mcpfort.jsonrpc import INVALID_PARAMS
from mcpfort.policy.engine import Request, decide, visible
from mcpfort.policy.model import Policy
from mcpfort.types import Call, Decision, Denied, Message, Session

__all__ = ["Authorize"]

# list method -> (result key, kind, field naming the item)
_LISTS = {
    "tools/list": ("tools", "tool", "name"),
    "prompts/list": ("prompts", "prompt", "name"),
    "resources/list": ("resources", "resource", "uri"),
    "resources/templates/list": ("resourceTemplates", "resource", "uriTemplate"),
}


def _template_probe(template: str) -> str:
    """A URI the template can produce, to match against resource patterns: {x} becomes one segment."""
    out, depth = [], 0
    for ch in template:
        if ch == "{":
            depth += 1
            if depth == 1:
                out.append("x")
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


class Authorize:
    name = "authorize"

    def __init__(self, policy: Policy, *, cwd: str, home: str | None, bases: tuple[str, ...] = ()) -> None:
        self.policy = policy
        self.cwd = cwd
        self.home = home
        self.bases = bases

    async def request(self, session: Session, call: Call) -> None:
        if call.kind is not None:
            if not isinstance(call.name, str) or not call.name:
                field = "uri" if call.kind == "resource" else "name"
                raise Denied("invalid-params", f"{call.method} needs a string {field!r}", rpc_code=INVALID_PARAMS)
            decision = decide(self.policy, Request(session.context, session.server, call.kind, call.name,
                                                   call.arguments, self.cwd, self.home, self.bases,
                                                   session.scope_limit))
            call.decision = decision
            session.audit({"event": "authz.decision", "trace_id": call.trace_id, "kind": call.kind,
                           "tool": call.name, "decision": decision.effect,
                           "reasons": [r.as_dict() for r in decision.reasons],
                           "required": list(decision.required), "available": list(decision.available)})
            if decision.effect == "deny":
                raise self._refusal(session, call, decision)
            return
        for kind, name in self._indirect_targets(call.msg):
            if not visible(self.policy, session.context, session.server, kind, name, session.scope_limit):
                decision = decide(self.policy, Request(session.context, session.server, kind, name, None,
                                                       self.cwd, self.home, self.bases, session.scope_limit))
                raise self._refusal(session, call, decision)

    async def response(self, session: Session, call: Call, reply: Message) -> None:
        listing = _LISTS.get(call.method)
        if listing is None:
            if call.method == "notifications/resources/updated":
                uri = call.msg.params.get("uri")
                if not isinstance(uri, str) or not visible(self.policy, session.context, session.server, "resource", uri,
                                                           session.scope_limit):
                    raise Denied("resource-not-visible", "update for a resource the caller may not read")
            return
        result = reply.data.get("result")
        if not isinstance(result, dict):
            return
        key, kind, field = listing
        items = result.get(key)
        if isinstance(items, list):
            probe = _template_probe if key == "resourceTemplates" else str
            result[key] = [
                item for item in items
                if isinstance(item, dict) and isinstance(item.get(field), str)
                and visible(self.policy, session.context, session.server, kind, probe(item[field]),
                            session.scope_limit)
            ]
        if session.era == "modern":
            result["cacheScope"] = "private"  # filtered per caller: must not be shared (SEP-2549)
        reply.touched()

    @staticmethod
    def _indirect_targets(msg: Message) -> list[tuple[str, str]]:
        method, params = msg.method, msg.params
        if method == "completion/complete":
            ref = params.get("ref") if isinstance(params.get("ref"), dict) else {}
            if ref.get("type") == "ref/prompt":
                return [("prompt", str(ref.get("name")))]
            if ref.get("type") == "ref/resource":
                return [("resource", _template_probe(str(ref.get("uri"))))]
            return []
        if method in ("resources/subscribe", "resources/unsubscribe"):
            if not isinstance(params.get("uri"), str):
                raise Denied("invalid-params", f"{method} needs a string 'uri'", rpc_code=INVALID_PARAMS)
            return [("resource", params["uri"])]
        if method == "subscriptions/listen":
            wanted = params.get("notifications") if isinstance(params.get("notifications"), dict) else {}
            uris = wanted.get("resourceSubscriptions") or []
            return [("resource", str(u)) for u in (uris if isinstance(uris, list) else [uris])]
        return []

    def _refusal(self, session: Session, call: Call, decision: Decision) -> Denied:
        reason = decision.denial
        code = reason.code if reason else "denied"
        why = reason.message if reason else "denied by policy"
        target = call.name or call.method
        hint = ""
        if reason and reason.code == "insufficient-scope" and reason.capability:
            hint = f" Ask for a token whose scopes grant {reason.capability}."
        elif reason and reason.code == "missing-capability" and reason.capability:
            hint = f" Grant {reason.capability} under contexts.{session.context} in the policy, or use another context."
        elif reason and reason.code.endswith("-not-in-policy"):
            hint = f" Add it under servers.{session.server} in the policy to allow it."
        data: dict[str, Any] = {"code": code, "required": list(decision.required),
                                "available": list(decision.available), "reason": why,
                                "context": session.context, "server": session.server}
        if reason and reason.line:
            data["policyLine"] = reason.line
        return Denied(code, f"mcpfort denied {call.method} {target!r}: {why}.{hint}", data=data)
