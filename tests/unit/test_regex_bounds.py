"""Regular expressions that read attacker-controlled text must not backtrack quadratically.

A tool description reaches the scanner, a tool argument reaches the audit masking; both are written
by whoever runs the server or the client.  Unbounded runs of a class that spans punctuation
(``[\\w-]+`` over "sk-sk-sk-…", ``[\\w.+-]+@`` over "a_a_a_…") or an unbounded look-ahead before a
required character ("(?=[A-Za-z_-]*[0-9])") made single strings of ~100 KB take 25 to 99 seconds.
``bench/scan_redos.py`` measures the growth; this test keeps those shapes from coming back.
"""

from __future__ import annotations

import re

import pytest

from mcpfort.audit import masking
from mcpfort.scan import checks, rules, tools, wording

# Mixed word-and-punctuation classes repeated without an upper bound, and unbounded look-aheads.
_RISKY = re.compile(r"\[\\w[.+-]*-\]\+|\[\\w\.\+?-?\]\+@|\(\?=\[[^\]]*\]\*")


def _patterns(module) -> list[tuple[str, str]]:
    found = []
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern):
            found.append((f"{module.__name__}.{name}", value.pattern))
        elif isinstance(value, (tuple, list)):
            for i, item in enumerate(value):
                parts = item if isinstance(item, tuple) else (item,)
                for part in parts:
                    if isinstance(part, re.Pattern):
                        found.append((f"{module.__name__}.{name}[{i}]", part.pattern))
        elif isinstance(value, dict):
            for key, part in value.items():
                if isinstance(part, re.Pattern):
                    found.append((f"{module.__name__}.{name}[{key!r}]", part.pattern))
    return found


ALL = [p for m in (rules, tools, masking, checks, wording) for p in _patterns(m)]


def test_the_pattern_inventory_is_not_empty() -> None:
    assert len(ALL) > 100  # the scan rules alone are well over a hundred


@pytest.mark.parametrize(("where", "pattern"), ALL, ids=[w for w, _ in ALL])
def test_no_unbounded_mixed_class_or_lookahead(where: str, pattern: str) -> None:
    risky = _RISKY.search(pattern)
    assert risky is None, f"{where}: {risky.group()!r} can backtrack quadratically on hostile text; bound it"


def test_masking_still_finds_a_key_among_look_alikes() -> None:
    text = "sk-" * 1000 + " sk-TESTONLYnotareal1234567890abcd"  # under MAX_STRING: nothing truncated
    masked = masking.mask({"note": text})["note"]
    assert "TESTONLYnotareal1234567890abcd" not in masked and masking.MASK in masked
