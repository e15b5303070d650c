"""The contract every part of mcpfort shares: messages, sessions, calls, decisions, guards.

Guards import this module, ``jsonrpc`` and ``errors`` and nothing else of mcpfort, so that any
guard can be read, tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Literal, Protocol

__all__ = [
    "Message",
    "Identity",
    "Session",
    "Call",
    "Reason",
    "Decision",
    "Denied",
    "Guard",
    "Effect",
    "Era",
]

Effect = Literal["allow", "confirm", "deny"]
Era = Literal["legacy", "modern"]
# Where a request's name lives, and the word its audit events start with.
KIND_OF_METHOD = {"tools/call": "tool", "resources/read": "resource", "prompts/get": "prompt"}


class Message:
    """One JSON-RPC message: the parsed object and, until someone changes it, its original bytes."""

    __slots__ = ("data", "raw")

    def __init__(self, data: dict[str, Any], raw: bytes | None = None) -> None:
        self.data = data
        self.raw = raw

    @property
    def id(self) -> Any:
        return self.data.get("id")

    @property
    def method(self) -> str | None:
        return self.data.get("method")

    @property
    def params(self) -> dict[str, Any]:
        params = self.data.get("params")
        return params if isinstance(params, dict) else {}

    @property
    def is_request(self) -> bool:
        return "method" in self.data and "id" in self.data

    @property
    def is_notification(self) -> bool:
        return "method" in self.data and "id" not in self.data

    @property
    def is_response(self) -> bool:
        return "method" not in self.data

    def touched(self) -> None:
        """Mark the message as changed, so it is serialised again instead of forwarded raw."""
        self.raw = None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is calling: the OS user on stdio, the token's subject over HTTP."""

    user: str
    organization: str | None = None
    source: str = "os"


@dataclass(slots=True)
class Session:
    """One client connection.  Guards read it; the gateway fills it as the client talks.

    ``ask_client`` sends a request to the client and waits for its answer (legacy era only);
    ``audit`` records one event.  Both are provided by the gateway, never by a guard.
    """

    id: str
    identity: Identity
    context: str
    server: str
    audit: Callable[[dict[str, Any]], None]
    ask_client: Callable[[str, dict[str, Any]], Awaitable[dict[str, Any]]]
    era: Era | None = None
    client_capabilities: dict[str, Any] = field(default_factory=dict)
    client_info: dict[str, Any] = field(default_factory=dict)
    # Capabilities the caller's token scopes map to (HTTP); None when nothing narrows the context.
    scope_limit: frozenset[str] | None = None


@dataclass(slots=True)
class Call:
    """One client request on its way through the pipeline.

    ``kind`` is ``tool``/``resource``/``prompt`` for the requests policy decides on, else None.
    A guard stops the call by raising ``Denied`` or answers it itself by setting ``reply``.
    """

    msg: Message
    trace_id: str
    started: float
    kind: str | None = None
    name: str | None = None
    arguments: Any = None
    decision: Decision | None = None
    confirmed: bool = False
    reply: dict[str, Any] | None = None
    marks: dict[str, Any] = field(default_factory=dict)

    @property
    def method(self) -> str:
        return self.msg.data["method"]


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of a decision: what was checked, where in the policy, and the outcome."""

    code: str
    message: str
    effect: Effect
    capability: str | None = None
    rule: str | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "effect": self.effect, "message": self.message}
        if self.capability:
            out["capability"] = self.capability
        if self.rule:
            out["rule"] = self.rule
        if self.line:
            out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy engine's answer.  Deny beats confirm beats allow; errors always deny."""

    effect: Effect
    reasons: tuple[Reason, ...] = ()
    required: tuple[str, ...] = ()
    available: tuple[str, ...] = ()

    @property
    def denial(self) -> Reason | None:
        return next((r for r in self.reasons if r.effect == "deny"), None)


class Denied(Exception):
    """Raised by a guard to refuse a request; becomes a JSON-RPC error for the client.

    ``code`` is a stable kebab-case name (``missing-capability``, ``path-outside-allowed``);
    ``rpc_code`` is the JSON-RPC error code; ``data`` is merged into the error's ``data``.
    """

    def __init__(self, code: str, message: str, *, rpc_code: int = -32001, data: dict[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.rpc_code = rpc_code
        self.data = data or {}


class Guard(Protocol):
    """A step of the pipeline.  ``request`` runs before forwarding, ``response`` after the answer.

    ``request`` may raise ``Denied``, set ``call.reply`` to answer without forwarding, or change
    ``call.msg`` (then it calls ``msg.touched()``).  ``response`` may change the result it gets.
    """

    name: str

    async def request(self, session: Session, call: Call) -> None: ...

    async def response(self, session: Session, call: Call, reply: Message) -> None: ...
