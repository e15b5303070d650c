"""Literal prefilters for regular expressions: the substrings one of which any match must contain.

The scanner runs some five hundred phrase patterns, many of them long alternations, over every string
of a tool definition; most cannot match most strings.  ``needles`` reads a pattern's parse tree and
returns sets of literals such that every match contains one literal of each set (``"do not" … "the
user"``), or ``None`` where it cannot say (a pattern made of classes and wildcards, case-insensitive
flags, literals too short to be worth a check).  ``Present`` finds, in one Aho-Corasick pass, which
literals a text holds, so a pattern with a set none of whose literals occur is skipped without
running the regex engine.  ``None`` only costs speed; a wrong set would lose matches, so every
construct not understood here yields no constraint rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import ahocorasick

# A set is worth checking only when its shortest literal is this long: "a" or "th" is in nearly every text.
MIN_LENGTH = 3
# A set of more alternatives than this nearly always has one in the text: it would rule nothing out.
MAX_ALTERNATIVES = 48

_Needles = frozenset[str]
# Every set of a requirement must be met: each set names literals one of which every match contains.
Requirement = tuple[_Needles, ...]


def needles(pattern: re.Pattern[str]) -> Requirement | None:
    """Sets of literals such that every match of ``pattern`` contains one literal of each set, or None when
    there is no useful set."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unparseable pattern simply gets no prefilter
        return None
    useful = tuple(dict.fromkeys(found for found in _sequence(list(tree))
                                 if min(map(len, found)) >= MIN_LENGTH and len(found) <= MAX_ALTERNATIVES))
    return useful or None


def _best(sets: list[_Needles]) -> _Needles | None:
    """The most selective set: the one whose shortest literal is longest, then the smallest."""
    return max(sets, key=lambda found: (min(map(len, found)), -len(found)), default=None)


def _sequence(items: list) -> list[_Needles]:
    """Every item of a sequence must match, so every item's requirement is the sequence's.  Consecutive
    literals are joined into one longer literal."""
    out: list[_Needles] = []
    run: list[str] = []
    for op, arg in items:
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        out += _item(op, arg)
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def _item(op, arg) -> list[_Needles]:  # noqa: ANN001 - sre parse tree nodes
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if add_flags & (re.IGNORECASE | re.VERBOSE) or del_flags:
            return []
        return _sequence(list(sub))
    if op is C.BRANCH:
        _, branches = arg
        union: set[str] = set()
        for branch in branches:
            found = _best(_sequence(list(branch)))
            if found is None:
                return []  # one alternative with no literal lets any text through
            union |= found
        return [frozenset(union)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        low, _high, sub = arg
        return _sequence(list(sub)) if low >= 1 else []
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    # classes, wildcards, anchors, lookarounds, back references: no literal this item guarantees
    return []


class Prefilter:
    """For a list of patterns, which could match a text: one Aho-Corasick pass finds the literals the text
    holds, and a pattern is a candidate when every set of its requirement has one of them (or it has none)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.requirements = [needles(p) for p in patterns]
        self._always = [i for i, req in enumerate(self.requirements) if req is None]
        self._sets = [len(req or ()) for req in self.requirements]
        self._where: dict[str, list[tuple[int, int]]] = {}
        for i, req in enumerate(self.requirements):
            for k, found in enumerate(req or ()):
                for literal in found:
                    self._where.setdefault(literal, []).append((i, k))
        self._automaton = ahocorasick.Automaton()
        for literal in self._where:
            self._automaton.add_word(literal, literal)
        if self._where:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that could match ``text``, in their order."""
        if not self._where:
            return self._always
        met: dict[int, set[int]] = {}
        for literal in {literal for _end, literal in self._automaton.iter(text)}:
            for i, k in self._where[literal]:
                met.setdefault(i, set()).add(k)
        return sorted(self._always + [i for i, ks in met.items() if len(ks) == self._sets[i]])
