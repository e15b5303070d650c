"""The confirm guard: ask the user before a call the policy marks ``confirm`` runs.

Runs after authorize, only for calls whose decision is ``confirm``.  It asks in the client's
era.  A 2025-11-25 client gets an ``elicitation/create`` request and the call waits for the
answer.  A 2026-07-28 client gets an ``InputRequiredResult`` whose ``requestState`` is sealed
by the gateway (AES-GCM), bound to the session, the exact call and a digest of its arguments,
short-lived and single use; the client retries with the user's answer and that state.  If the
upstream itself asks for more input after a confirmed call, its ``requestState`` is wrapped in
a confirmed seal so the retry is not asked twice.  Accept runs the call; anything else refuses.
"""

from __future__ import annotations

import base64
import hashlib
import os
import time
from typing import Any, Callable

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mcpfort.jsonrpc import MISSING_CLIENT_CAPABILITY
from mcpfort.types import Call, Denied, Message, Session

__all__ = ["Confirm", "INPUT_KEY"]

INPUT_KEY = "mcpfort_confirm"
_PREFIX = "mcpfort1."
_AAD = b"mcpfort-request-state-v1"
_MAX_SHOWN = 16_384
_CAPS_META = "io.modelcontextprotocol/clientCapabilities"
SCHEMA = {
    "type": "object",
    "properties": {"approve": {"type": "boolean", "title": "Allow this call",
                               "description": "Allow this exact call to run once", "default": False}},
    "required": ["approve"],
}


def _digest(call: Call) -> str:
    return hashlib.sha256(orjson.dumps([call.method, call.name, call.arguments], option=orjson.OPT_SORT_KEYS)).hexdigest()


def _approved(answer: Any) -> bool:
    if not isinstance(answer, dict) or answer.get("action") != "accept":
        return False
    content = answer.get("content")
    return isinstance(content, dict) and content.get("approve") is True


class Confirm:
    name = "confirm"

    def __init__(self, *, ttl: float = 300.0, clock: Callable[[], float] = time.time,
                 key: bytes | None = None, timeout: float = 300.0) -> None:
        self._aead = AESGCM(key or AESGCM.generate_key(bit_length=256))
        self._ttl = ttl
        self._clock = clock
        self._timeout = timeout
        self._spent: dict[str, float] = {}  # state id -> expiry, for single use

    async def request(self, session: Session, call: Call) -> None:
        if call.decision is None or call.decision.effect != "confirm":
            return
        if session.era == "modern":
            self._modern(session, call)
        else:
            await self._legacy(session, call)

    async def response(self, session: Session, call: Call, reply: Message) -> None:
        result = reply.data.get("result")
        if not call.confirmed or session.era != "modern" or not isinstance(result, dict):
            return
        if result.get("resultType") == "input_required":
            result["requestState"] = self._seal(session, call, ok=True, upstream=result.get("requestState"))
            reply.touched()

    # -- 2025-11-25: ask now, wait for the answer ---------------------------------------------
    async def _legacy(self, session: Session, call: Call) -> None:
        if "elicitation" not in session.client_capabilities:
            raise self._cannot_ask(session, call)
        self._audit(session, call, "confirm.asked")
        try:
            answer = await session.ask_client("elicitation/create", self._question(session, call))
        except TimeoutError:
            self._audit(session, call, "confirm.declined", error="no answer in time")
            raise Denied("confirmation-timeout", f"mcpfort refused {call.name!r}: nobody confirmed it in time") from None
        self._settle(session, call, answer)

    # -- 2026-07-28: answer InputRequiredResult, judge the retry -----------------------------
    def _modern(self, session: Session, call: Call) -> None:
        params = call.msg.params
        meta = params.get("_meta") if isinstance(params.get("_meta"), dict) else {}
        caps = meta.get(_CAPS_META) if isinstance(meta.get(_CAPS_META), dict) else {}
        if "elicitation" not in caps:
            raise self._cannot_ask(session, call, modern=True)
        state = params.get("requestState")
        if isinstance(state, str) and state.startswith(_PREFIX):
            opened = self._open(session, call, state)
            responses = params.get("inputResponses") if isinstance(params.get("inputResponses"), dict) else {}
            answer = responses.pop(INPUT_KEY, None)
            if not opened["ok"]:
                self._settle(session, call, answer)
            else:
                call.confirmed = True
            if not responses:
                params.pop("inputResponses", None)
            if opened.get("up") is None:
                params.pop("requestState", None)
            else:
                params["requestState"] = opened["up"]
            call.msg.touched()
            return
        self._audit(session, call, "confirm.asked")
        call.reply = {
            "resultType": "input_required",
            "inputRequests": {INPUT_KEY: {"method": "elicitation/create", "params": self._question(session, call)}},
            "requestState": self._seal(session, call, ok=False, upstream=state),
        }

    def _settle(self, session: Session, call: Call, answer: Any) -> None:
        if _approved(answer):
            call.confirmed = True
            self._audit(session, call, "confirm.accepted")
            return
        action = answer.get("action") if isinstance(answer, dict) else None
        self._audit(session, call, "confirm.declined", error=f"action={action}")
        what = {"decline": "the user declined it", "cancel": "the user cancelled the confirmation"}.get(
            str(action), "it was not approved (tick 'Allow this call' and accept to run it)")
        raise Denied("confirmation-declined", f"mcpfort refused {call.method} {call.name!r}: {what}")

    def _question(self, session: Session, call: Call) -> dict[str, Any]:
        shown = orjson.dumps(call.arguments, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()
        if len(shown) > _MAX_SHOWN:
            shown = shown[:_MAX_SHOWN] + f"\n… ({len(shown) - _MAX_SHOWN} more characters; sha256 {_digest(call)[:16]})"
        why = "; ".join(r.message for r in (call.decision.reasons if call.decision else ()) if r.effect == "confirm")
        message = (f"mcpfort: confirm this call before it runs\n"
                   f"server: {session.server}   {call.kind}: {call.name}   context: {session.context}\n"
                   f"arguments:\n{shown}\nwhy: {why}")
        return {"mode": "form", "message": message, "requestedSchema": SCHEMA}

    def _cannot_ask(self, session: Session, call: Call, modern: bool = False) -> Denied:
        self._audit(session, call, "confirm.declined", error="client has no elicitation capability")
        message = (f"mcpfort refused {call.method} {call.name!r}: the policy requires the user to confirm it, but this "
                   "client did not declare the elicitation capability, so mcpfort cannot ask. Use a client that "
                   "supports elicitation, or set confirm: false for it in the policy.")
        data = {"requiredCapabilities": {"elicitation": {}}} if modern else {}
        return Denied("confirmation-unsupported", message,
                      rpc_code=MISSING_CLIENT_CAPABILITY if modern else -32001, data=data)

    def _audit(self, session: Session, call: Call, event: str, **extra: Any) -> None:
        session.audit({"event": event, "trace_id": call.trace_id, "kind": call.kind, "tool": call.name, **extra})

    # -- sealed request state -------------------------------------------------------------
    def _seal(self, session: Session, call: Call, *, ok: bool, upstream: Any) -> str:
        now = self._clock()
        body = {"sid": session.id, "u": session.identity.user, "srv": session.server, "m": call.method,
                "n": call.name, "d": _digest(call), "exp": now + self._ttl, "jti": os.urandom(12).hex(),
                "ok": ok, "up": upstream}
        nonce = os.urandom(12)
        sealed = nonce + self._aead.encrypt(nonce, orjson.dumps(body), _AAD)
        return _PREFIX + base64.urlsafe_b64encode(sealed).rstrip(b"=").decode()

    def _open(self, session: Session, call: Call, state: str) -> dict[str, Any]:
        def invalid(why: str) -> Denied:
            self._audit(session, call, "confirm.declined", error=f"request state {why}")
            return Denied("confirmation-state-invalid",
                          f"mcpfort refused {call.name!r}: the confirmation state is {why}; call it again to be asked anew")
        try:
            encoded = state[len(_PREFIX):]
            raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
            body = orjson.loads(self._aead.decrypt(raw[:12], raw[12:], _AAD))
        except (ValueError, InvalidTag, orjson.JSONDecodeError):
            raise invalid("forged or corrupted") from None
        now = self._clock()
        for jti, expiry in list(self._spent.items()):
            if expiry < now:
                del self._spent[jti]
        if body["exp"] < now:
            raise invalid("expired")
        if body["jti"] in self._spent:
            raise invalid("already used")
        if (body["sid"], body["u"], body["srv"]) != (session.id, session.identity.user, session.server):
            raise invalid("bound to another session")
        if (body["m"], body["n"], body["d"]) != (call.method, call.name, _digest(call)):
            raise invalid("for a different call or different arguments")
        self._spent[body["jti"]] = body["exp"]
        return body
