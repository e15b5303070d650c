"""A second opinion on a tool definition's wording: a linear model, scored in plain Python.

The rules recognise attack phrasings they were written for; a new paraphrase slips past them.
This model was trained (``bench/train_wording_model.py``, scikit-learn) on the labelled dev split
of ``tests/data/scan/``: poisoned and legitimate tools from public repositories and blind rounds
(``sources`` in the model file lists them).  It is a logistic regression over TF-IDF word 1-2-grams
and in-word character 3-5-grams of every string of the definition.  Scoring needs no library: the vocabulary,
IDF weights and coefficients ship in ``wording_model.json.gz``, and the script that writes them
checks that this module reproduces scikit-learn's probabilities.

It is deterministic and explainable: ``explain`` returns the phrases that pushed the score up.
Above its threshold, when some rule also found something (a ``low`` finding is enough), or above
a higher "confident" score on its own, it adds one ``medium`` finding (``poisoned-wording``): on
its own a tool becomes ``suspicious``, never ``malicious``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from mcpfort.scan.text import strings

__all__ = ["TOKEN_PATTERN", "text_of", "probability", "explain", "threshold", "confident", "data_digest", "load"]

TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # scikit-learn's default word tokens
_TOKENS = re.compile(TOKEN_PATTERN)
_SPACES = re.compile(r"\s\s+")


# Numbers, account numbers, IDs and hashes are data, not wording: a token holding three or more digits reads as
# "0".  Otherwise the model learns the digits of one example's IBAN (a retraining on 2026-12-05 scored a Terraform
# example 0.73 on its sample IBAN's digits), and a poisoner's choice of digits moves the score.
_LITERAL = re.compile(r"\b(?=(?:[^\W\d]*\d){3})\w+\b")


def text_of(tool: dict[str, Any]) -> str:
    """Every string a model reads in the definition, one after another, literals masked."""
    return _LITERAL.sub("0", " \n ".join(text for _, _, text in strings(tool)))


def data_digest(cases: Iterable[tuple[str, dict[str, Any]]]) -> str:
    """What the model was trained on: sources, labels and definitions, canonically hashed."""
    rows = [[source, case["label"], case["tool"]] for source, case in cases]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    with resources.files("mcpfort.scan").joinpath("wording_model.json.gz").open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as fh:
            return json.load(fh)


def threshold() -> float:
    """The score from which the model's opinion counts when a rule also found something."""
    return float(load()["threshold"])


def confident() -> float:
    """The score from which it counts on its own."""
    return float(load().get("confident", 0.85))


def _words(text: str) -> list[str]:
    tokens = _TOKENS.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def _chars(text: str) -> list[str]:
    out = []
    for word in _SPACES.sub(" ", text).split():
        word = f" {word} "
        for n in (3, 4, 5):
            out.append(word[:n])
            if len(word) <= n:
                break
            out.extend(word[i:i + n] for i in range(1, len(word) - n + 1))
    return out


def _terms(grams: list[str], table: dict[str, list[float]]) -> dict[str, float]:
    """Sub-linear TF times IDF, L2-normalised, over the features the model knows."""
    counts = Counter(g for g in grams if g in table)
    values = {g: (1.0 + math.log(n)) * table[g][0] for g, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {g: v / norm for g, v in values.items()}


@lru_cache(maxsize=64)  # explain() right after probability() on the same text need not score it twice
def _contributions(text: str) -> tuple[float, tuple[tuple[float, str], ...]]:
    model = load()
    lowered = text.lower()
    z = float(model["intercept"])
    parts: list[tuple[float, str]] = []
    for grams, table in ((_words(lowered), model["words"]), (_chars(lowered), model["chars"])):
        for gram, value in _terms(grams, table).items():
            weight = value * table[gram][1]
            z += weight
            parts.append((weight, gram))
    return z, tuple(parts)


def probability(text: str) -> float:
    z, _ = _contributions(text)
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def explain(text: str, top: int = 5) -> list[str]:
    """The word n-grams that pushed the score up most (character n-grams are less readable)."""
    _, parts = _contributions(text)
    words = set(_words(text.lower()))
    best: dict[str, float] = {}
    for weight, gram in parts:
        if weight > 0 and gram in words and not all(w in _FILLER or len(w) < 4 for w in gram.split()):
            best[gram] = max(weight, best.get(gram, 0.0))
    return sorted(best, key=lambda g: -best[g])[:top]


# Words that carry no meaning on their own: never shown as evidence, though the model weighs them.
_FILLER = frozenset("a an and are as at be by for from in into is it its of on or so that the their then this to "
                    "was were will with you your".split())
