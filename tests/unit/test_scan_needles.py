"""The scanner's literal prefilter: the literals it requires really are in every match, so skipping a
pattern whose literals a text lacks never loses a finding."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from mcpfort.scan import rules
from mcpfort.scan.needles import Prefilter, needles
from mcpfort.scan.text import fold, strings

DATA = Path(__file__).resolve().parents[1] / "data" / "scan"


def sets(pattern: str, flags: int = 0) -> list[list[str]] | None:
    found = needles(re.compile(pattern, flags))
    return None if found is None else [sorted(s) for s in found]


def test_literals_alternatives_and_groups() -> None:
    # runs of literals join (the parser folds the "a" both alternatives start with into the run)
    assert sets(r"\bignore (?:all|any) previous instructions\b") == [["ignore a"], [" previous instructions"]]
    assert sets(r"do not tell|never mention") == [["do not tell", "never mention"]]
    assert sets(r"(?:secret|token)s? to https?://") == [["secret", "token"], [" to http"], ["://"]]
    # a repeat that may be absent, an alternative with no literal, classes and short literals guarantee nothing
    assert sets(r"(?:pay)?\w+") is None
    assert sets(r"(?:send|\d+) now") == [[" now"]]
    assert sets(r"[a-z]+@[a-z]+\.com") == [[".com"]]
    assert sets(r"ab|cd") is None
    # case-insensitive patterns are left alone: their literals match other spellings
    assert sets(r"ignore previous", re.I) is None
    assert sets(r"(?i:ignore) previous") == [[" previous"]]


def test_candidates_keep_pattern_order_and_skip_only_impossible_patterns() -> None:
    patterns = [re.compile(p) for p in (r"\bsend\b.{0,20}\bto https?://", r"\w+@\w+", r"never tell the user")]
    pre = Prefilter(patterns)
    assert pre.candidates("send it to https://x.example") == [0, 1]
    assert pre.candidates("mail a@b and never tell the user") == [1, 2]
    assert pre.candidates("") == [1]


def _corpus() -> list[str]:
    """Texts the rules are written against: every string of a spread of labelled sources, and the attack and
    legitimate phrases of the rule tests."""
    from tests.unit import test_scan_rules as cases

    texts = [text for _, text in cases.FIRES] + list(cases.QUIET)
    paths = sorted(DATA.glob("*.yaml"))
    for path in paths[::15]:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for case in data.get("cases", []):
            texts += [text for _, _, text in strings(case["tool"])]
    return [fold(t)[0] for t in texts if t and t.strip()]


def test_no_pattern_that_matches_a_real_text_is_skipped() -> None:
    corpus = _corpus()
    assert len(corpus) > 1000
    patterns = [pattern for pattern, *_ in rules._PHRASES]
    matched = 0
    for text in corpus:
        allowed = set(rules._PHRASE_FILTER.candidates(text))
        for i, pattern in enumerate(patterns):
            if i not in allowed and pattern.search(text):
                raise AssertionError(f"pattern {i} ({pattern.pattern[:80]!r}) matches {text[:120]!r} but was skipped")
            matched += i in allowed
    # the filter does skip: far fewer pattern runs than patterns times texts
    assert matched < 0.5 * len(patterns) * len(corpus)
