"""JSON with comments and trailing commas (VS Code's settings.json), parsed with source spans.

Client configs are edited by people; ``wrap`` must change one server entry and leave every other
byte (comments, key order, indentation) alone.  So the parser records, for every object member,
where its value starts and ends in the text, and the line it is on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Node", "parse", "JSONCError", "line_of"]


class JSONCError(ValueError):
    def __init__(self, message: str, pos: int, text: str) -> None:
        self.line = line_of(text, pos)
        super().__init__(f"line {self.line}: {message}")


def line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


@dataclass(slots=True)
class Node:
    """A parsed value with its span ``[start, end)`` in the text; objects keep their members' nodes."""

    value: Any
    start: int
    end: int
    members: dict[str, Node] = field(default_factory=dict)
    items: list[Node] = field(default_factory=list)

    def get(self, *path: str) -> Node | None:
        node: Node | None = self
        for key in path:
            if node is None or key not in node.members:
                return None
            node = node.members[key]
        return node


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, message: str) -> JSONCError:
        return JSONCError(message, self.pos, self.text)

    def skip(self) -> None:
        text, n = self.text, len(self.text)
        while self.pos < n:
            ch = text[self.pos]
            if ch in " \t\r\n\ufeff":
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end + 1
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    raise self.fail("unterminated /* comment")
                self.pos = end + 2
            else:
                return

    def value(self) -> Node:
        self.skip()
        if self.pos >= len(self.text):
            raise self.fail("unexpected end of file")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            start = self.pos
            return Node(self.string(), start, self.pos)
        return self.scalar()

    def string(self) -> str:
        start = self.pos
        self.pos += 1
        text = self.text
        while True:
            end = text.find('"', self.pos)
            if end < 0:
                raise self.fail("unterminated string")
            backslashes = 0
            k = end - 1
            while k >= start and text[k] == "\\":
                backslashes += 1
                k -= 1
            self.pos = end + 1
            if backslashes % 2 == 0:
                break
        try:
            return json.loads(text[start:self.pos])
        except json.JSONDecodeError as exc:
            raise JSONCError(f"bad string: {exc.msg}", start, text) from None

    def scalar(self) -> Node:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in ",]} \t\r\n/":
            self.pos += 1
        raw = self.text[start:self.pos]
        try:
            return Node(json.loads(raw), start, self.pos)
        except json.JSONDecodeError:
            raise JSONCError(f"unexpected {raw[:20]!r}", start, self.text) from None

    def obj(self) -> Node:
        start = self.pos
        self.pos += 1
        node = Node({}, start, start)
        while True:
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] == "}":
                self.pos += 1
                break
            if self.pos >= len(self.text) or self.text[self.pos] != '"':
                raise self.fail("expected a quoted key or }")
            key = self.string()
            self.skip()
            if self.pos >= len(self.text) or self.text[self.pos] != ":":
                raise self.fail(f"expected : after key {key!r}")
            self.pos += 1
            child = self.value()
            node.members[key] = child
            node.value[key] = child.value
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] == ",":
                self.pos += 1
                continue
            if self.pos < len(self.text) and self.text[self.pos] == "}":
                self.pos += 1
                break
            raise self.fail("expected , or }")
        node.end = self.pos
        return node

    def arr(self) -> Node:
        start = self.pos
        self.pos += 1
        node = Node([], start, start)
        while True:
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] == "]":
                self.pos += 1
                break
            child = self.value()
            node.items.append(child)
            node.value.append(child.value)
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] == ",":
                self.pos += 1
                continue
            if self.pos < len(self.text) and self.text[self.pos] == "]":
                self.pos += 1
                break
            raise self.fail("expected , or ]")
        node.end = self.pos
        return node


def parse(text: str) -> Node:
    """Parse JSON or JSONC; raises ``JSONCError`` with the line of the problem."""
    parser = _Parser(text)
    node = parser.value()
    parser.skip()
    if parser.pos != len(text):
        raise parser.fail("extra text after the end")
    return node
