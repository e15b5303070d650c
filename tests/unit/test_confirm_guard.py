"""The confirm guard on its own: both eras, sealed state, expiry (a clock passed in, never sleep)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mcpfort.guards.confirm import INPUT_KEY, Confirm
from mcpfort.types import Call, Decision, Denied, Identity, Message, Reason, Session

CAPS = "io.modelcontextprotocol/clientCapabilities"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make_session(era: str, answer: Any = None, caps: dict | None = None, sid: str = "s1") -> tuple[Session, list]:
    events: list[dict] = []
    asked: list[tuple[str, dict]] = []

    async def ask(method: str, params: dict) -> dict:
        asked.append((method, params))
        return answer

    session = Session(id=sid, identity=Identity("ada"), context="dev", server="fs", audit=events.append,
                      ask_client=ask, era=era, client_capabilities=caps if caps is not None else {"elicitation": {}})
    return session, asked


def make_call(args: dict, *, state: str | None = None, responses: dict | None = None, modern_caps: bool = True) -> Call:
    params: dict[str, Any] = {"name": "write_file", "arguments": args}
    if modern_caps is not None:
        params["_meta"] = {CAPS: {"elicitation": {}} if modern_caps else {}}
    if state is not None:
        params["requestState"] = state
    if responses is not None:
        params["inputResponses"] = responses
    msg = Message({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": params}, b"raw")
    call = Call(msg=msg, trace_id="t" * 32, started=0.0, kind="tool", name="write_file", arguments=args)
    call.decision = Decision("confirm", (Reason("confirmation-required", "files:write asks", "confirm"),))
    return call


ACCEPT = {"action": "accept", "content": {"approve": True}}


async def test_legacy_accept_asks_once_with_the_exact_arguments() -> None:
    session, asked = make_session("legacy", ACCEPT)
    call = make_call({"path": "/p/out/x", "content": "hello"})
    await Confirm().request(session, call)
    assert call.confirmed
    assert asked[0][0] == "elicitation/create"
    assert '"/p/out/x"' in asked[0][1]["message"] and '"hello"' in asked[0][1]["message"]
    assert asked[0][1]["requestedSchema"]["properties"]["approve"]["type"] == "boolean"


@pytest.mark.parametrize("answer", [
    {"action": "decline"}, {"action": "cancel"}, {"action": "accept", "content": {"approve": False}},
    {"action": "accept"}, {"action": "accept", "content": {"approve": "true"}}, {"action": "error"}, {},
])
async def test_legacy_anything_but_an_explicit_approval_refuses(answer: dict) -> None:
    session, _ = make_session("legacy", answer)
    with pytest.raises(Denied) as caught:
        await Confirm().request(session, make_call({"path": "x"}))
    assert caught.value.code == "confirmation-declined"


async def test_legacy_client_without_elicitation_is_refused_with_the_reason() -> None:
    session, asked = make_session("legacy", ACCEPT, caps={})
    with pytest.raises(Denied) as caught:
        await Confirm().request(session, make_call({"path": "x"}))
    assert caught.value.code == "confirmation-unsupported" and not asked


async def test_allow_decisions_pass_untouched() -> None:
    session, asked = make_session("legacy", ACCEPT)
    call = make_call({"path": "x"})
    call.decision = Decision("allow")
    await Confirm().request(session, call)
    assert not asked and not call.confirmed and call.reply is None


async def ask_modern(guard: Confirm, session: Session, args: dict) -> str:
    call = make_call(args)
    await guard.request(session, call)
    assert call.reply["resultType"] == "input_required"
    request = call.reply["inputRequests"][INPUT_KEY]
    assert request["method"] == "elicitation/create" and request["params"]["mode"] == "form"
    return call.reply["requestState"]


async def test_modern_round_trip_strips_the_gateway_fields() -> None:
    guard, (session, _) = Confirm(), make_session("modern")
    state = await ask_modern(guard, session, {"path": "a"})
    retry = make_call({"path": "a"}, state=state, responses={INPUT_KEY: ACCEPT})
    await guard.request(session, retry)
    assert retry.confirmed and retry.reply is None
    assert "requestState" not in retry.msg.params and "inputResponses" not in retry.msg.params
    assert retry.msg.raw is None  # re-serialised, not forwarded as the original bytes


@pytest.mark.parametrize("tamper,why", [
    (lambda s, c, g: c.update(args={"path": "b"}), "different arguments"),
    (lambda s, c, g: c.update(sid="other"), "another session"),
    (lambda s, c, g: c.update(advance=301), "expired"),
    (lambda s, c, g: c.update(state=s[:-4] + "AAAA"), "forged"),
    (lambda s, c, g: c.update(state="mcpfort1.!!notbase64"), "forged"),
    (lambda s, c, g: c.update(state="mcpfort1."), "forged"),
])
async def test_modern_state_cannot_be_altered_moved_or_kept(tamper, why: str) -> None:
    clock = Clock()
    guard, (session, _) = Confirm(clock=clock), make_session("modern")
    state = await ask_modern(guard, session, {"path": "a"})
    change: dict[str, Any] = {"args": {"path": "a"}, "sid": "s1", "advance": 0, "state": state}
    tamper(state, change, guard)
    clock.now += change["advance"]
    other, _ = make_session("modern", sid=change["sid"])
    retry = make_call(change["args"], state=change["state"], responses={INPUT_KEY: ACCEPT})
    with pytest.raises(Denied) as caught:
        await guard.request(other, retry)
    assert caught.value.code == "confirmation-state-invalid" and why in caught.value.message


async def test_modern_state_is_single_use_and_keyed_to_this_gateway() -> None:
    guard, (session, _) = Confirm(), make_session("modern")
    state = await ask_modern(guard, session, {"path": "a"})
    await guard.request(session, make_call({"path": "a"}, state=state, responses={INPUT_KEY: ACCEPT}))
    with pytest.raises(Denied, match="already used"):
        await guard.request(session, make_call({"path": "a"}, state=state, responses={INPUT_KEY: ACCEPT}))
    with pytest.raises(Denied, match="forged"):  # another gateway process, another key
        await Confirm().request(session, make_call({"path": "a"}, state=state, responses={INPUT_KEY: ACCEPT}))


async def test_modern_decline_and_missing_answer_refuse() -> None:
    guard, (session, _) = Confirm(), make_session("modern")
    for responses in ({INPUT_KEY: {"action": "decline"}}, {}, {"other": ACCEPT}):
        state = await ask_modern(guard, session, {"path": "a"})
        with pytest.raises(Denied) as caught:
            await guard.request(session, make_call({"path": "a"}, state=state, responses=copy.deepcopy(responses)))
        assert caught.value.code == "confirmation-declined"


async def test_modern_client_without_elicitation_gets_32021() -> None:
    session, _ = make_session("modern")
    with pytest.raises(Denied) as caught:
        await Confirm().request(session, make_call({"path": "a"}, modern_caps=False))
    assert caught.value.rpc_code == -32021
    assert caught.value.data == {"requiredCapabilities": {"elicitation": {}}}


async def test_upstream_input_request_after_confirmation_is_not_asked_twice() -> None:
    guard, (session, _) = Confirm(), make_session("modern")
    state = await ask_modern(guard, session, {"path": "a"})
    call = make_call({"path": "a"}, state=state, responses={INPUT_KEY: ACCEPT, "upstream_key": {"x": 1}})
    await guard.request(session, call)
    assert call.msg.params["inputResponses"] == {"upstream_key": {"x": 1}}  # the server's own answers stay
    reply = Message({"jsonrpc": "2.0", "id": 1, "result": {"resultType": "input_required",
                                                          "inputRequests": {"k": {}}, "requestState": "UPSTREAM"}})
    await guard.response(session, call, reply)
    wrapped = reply.data["result"]["requestState"]
    assert wrapped.startswith("mcpfort1.") and wrapped != "UPSTREAM"
    retry = make_call({"path": "a"}, state=wrapped, responses={"k": {"y": 2}})
    await guard.request(session, retry)
    assert retry.confirmed and retry.msg.params["requestState"] == "UPSTREAM"
    assert retry.msg.params["inputResponses"] == {"k": {"y": 2}}
