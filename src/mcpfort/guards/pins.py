"""The pins guard: refuse a pinned tool whose definition changed since it was approved (rug pull).

Runs on the way back for ``tools/list``: every listed tool is hashed (the same canonical SHA-256
``mcpfort scan --pin`` records) and compared with its pin; a changed tool is dropped from the
list, audited, and reported through ``on_change`` so ``mcpfort pin approve`` can accept it.  On
the way in it refuses ``tools/call`` for a tool known to have changed, with the command that
would approve it.  Tools without a pin pass: what they may do is the policy's business.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from mcpfort.types import Call, Denied, Message, Session

__all__ = ["Pins"]


class Pins:
    name = "pins"

    def __init__(self, server: str, pinned: dict[str, str], digest: Callable[[dict[str, Any]], str], *,
                 pending: Iterable[str] = (), on_change: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.server = server
        self.pinned = dict(pinned)
        self.digest = digest
        self.on_change = on_change
        # Known to differ from their pin: from the pin store at start, or seen in a listing since.
        self.changed: set[str] = {n for n in pending if n in self.pinned}

    async def request(self, session: Session, call: Call) -> None:
        if call.kind != "tool" or call.name not in self.changed:
            return
        session.audit({"event": "pin.refused", "trace_id": call.trace_id, "tool": call.name})
        raise Denied(
            "tool-definition-changed",
            f"mcpfort refused tools/call {call.name!r}: its definition changed since it was pinned (a possible rug "
            f"pull). Review the change with `mcpfort pin show {self.server} {call.name}`, then allow it with "
            f"`mcpfort pin approve {self.server} {call.name}`.",
            data={"code": "tool-definition-changed", "server": self.server, "tool": call.name,
                  "reason": "the tool's definition no longer matches its pin",
                  "fix": f"mcpfort pin approve {self.server} {call.name}"})

    async def response(self, session: Session, call: Call, reply: Message) -> None:
        if call.method != "tools/list":
            return
        result = reply.data.get("result")
        tools = result.get("tools") if isinstance(result, dict) else None
        if not isinstance(tools, list):
            return
        kept = []
        for tool in tools:
            name = tool.get("name") if isinstance(tool, dict) else None
            expected = self.pinned.get(name) if isinstance(name, str) else None
            if expected is None:
                kept.append(tool)
                continue
            actual = self.digest(tool)
            if actual == expected:
                self.changed.discard(name)
                kept.append(tool)
                continue
            first = name not in self.changed
            self.changed.add(name)
            session.audit({"event": "pin.changed", "trace_id": call.trace_id, "tool": name,
                           "pinned_sha256": expected, "sha256": actual})
            if first and self.on_change is not None:
                self.on_change(tool)
        if len(kept) != len(tools):
            result["tools"] = kept
            reply.touched()
