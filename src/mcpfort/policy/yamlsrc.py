"""Read YAML while remembering the line of every key, so policy errors can point at it.

Duplicate keys are an error: plain YAML keeps the last one silently, and in a policy file
that means a grant nobody sees.
"""

from __future__ import annotations

from typing import Any

import yaml

from mcpfort.errors import PolicyError

__all__ = ["Located", "load"]

Path = tuple[Any, ...]


class Located:
    """The plain data of a YAML document plus the line each key path starts on."""

    def __init__(self, file: str, data: Any, lines: dict[Path, int]) -> None:
        self.file = file
        self.data = data
        self._lines = lines

    def line(self, path: Path) -> int | None:
        # Walk up to the nearest located ancestor: a missing key is reported at its parent.
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), None)

    def fail(self, path: Path, expected: str) -> PolicyError:
        key = ".".join(str(p) for p in path) or "(document)"
        return PolicyError(self.file, self.line(path), key, expected)


def load(text: str, file: str) -> Located:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise PolicyError(file, line, "(syntax)", f"valid YAML ({exc.problem or exc})") from None
    except yaml.YAMLError as exc:
        raise PolicyError(file, None, "(syntax)", f"valid YAML ({exc})") from None
    lines: dict[Path, int] = {}
    if root is None:
        return Located(file, None, {(): 1})
    lines[()] = root.start_mark.line + 1
    constructor = yaml.SafeLoader("")
    try:
        data = _build(root, (), lines, constructor, file)
    except RecursionError:
        raise PolicyError(file, None, "(document)", "YAML without a recursive alias (&a [*a])") from None
    return Located(file, data, lines)


def _build(node: yaml.Node, path: Path, lines: dict[Path, int], constructor: Any, file: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise PolicyError(file, key_node.start_mark.line + 1, ".".join(map(str, path)) or "(document)",
                                  "no YAML merge keys ('<<'); write the keys out")
            key = _build(key_node, path, lines, constructor, file)
            if not isinstance(key, (str, int, float, bool)):
                raise PolicyError(file, key_node.start_mark.line + 1, ".".join(map(str, path)) or "(document)",
                                  "a scalar key")
            child = path + (key,)
            if key in out:
                raise PolicyError(file, key_node.start_mark.line + 1, ".".join(map(str, child)),
                                  f"a key that appears once (it is also on line {lines[child]})")
            lines[child] = key_node.start_mark.line + 1
            out[key] = _build(value_node, child, lines, constructor, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            child = path + (index,)
            lines[child] = item.start_mark.line + 1
            items.append(_build(item, child, lines, constructor, file))
        return items
    try:
        return constructor.construct_object(node, deep=True)
    except Exception as exc:  # an explicit tag (!!int abc, !!python/name:x, !custom) PyYAML cannot build
        problem = getattr(exc, "problem", None) or exc
        raise PolicyError(file, node.start_mark.line + 1, ".".join(map(str, path)) or "(document)",
                          f"a plain value, not one tagged {node.tag!r} ({problem})") from None
