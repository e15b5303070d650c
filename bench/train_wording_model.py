"""Train the scanner's wording model on the dev split of tests/data/scan/ and write it to
src/mcpfort/scan/wording_model.json.gz.

    make scan-model        (installs scikit-learn into .venv, then runs this)

The model is a logistic regression over TF-IDF word 1-2-grams and character 3-5-grams (within
words) of every string of a tool definition, class-balanced.  scikit-learn is needed only here:
mcpfort scores with the exported vocabulary, IDF weights and coefficients in plain Python
(``mcpfort.scan.wording``), and this script checks that both give the same probabilities.

Held-out sources are never read.  The threshold is chosen by grouped cross-validation on the dev
split: the sources (each public repository, each blind round) are dealt into ``--folds`` groups (20 by
default; 0 leaves one source out at a time, about ten times slower) and every source is scored by a
model trained without its group, so no tool is scored by a model that saw its source.  The threshold
is the lowest at which the rules together with the model
(gated as ``mcpfort.scan.tools`` gates it: a rule must agree unless the score reaches the
"confident" score) keep precision >= 0.955 on those out-of-source scores, raised above what the final model
gives a few everyday descriptions and never below ``FLOOR``.  The confident score is
chosen the same way, from the model alone: the lowest at which its out-of-source precision is >= 0.95
(the model never saw the rules, so this one does not flatter).  The rules were tuned on the same dev
split, so that precision flatters; the held-out sources give the honest numbers.  The file records a digest of the training
data, so a test notices when the data changed and the model was not retrained.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, os.path.join(ROOT, "bench"))

from scan import load_sources  # noqa: E402

from mcpfort.scan import wording  # noqa: E402
from mcpfort.scan.model import verdict_of  # noqa: E402
from mcpfort.scan.tools import scan_tool  # noqa: E402

C = 4.0
# The score from which the model's finding needs no rule beside it: the lowest of these at which the
# model alone, scored out of source, keeps precision >= 0.95 (0.95 if none does).
CONFIDENT_CANDIDATES = (0.70, 0.75, 0.80, 0.85, 0.90)
# The bar for rules and model together, half a point above the aim of 0.95: the rules were tuned on these
# sources, so this precision flatters (held-out precision runs about six points lower), and at the bar itself
# one or two tools decided between thresholds, moving it by a step and back with each retraining.
COMBINED_PRECISION = 0.955
# Everyday one-line descriptions of common tools (tests/unit/test_scan_wording.py checks the first three): the
# threshold also stays above what the final model gives each, so a stray low finding does not make a calendar tool
# suspicious.  At the bar alone the threshold moved between 0.55 and 0.60 with each retraining; on 2026-12-05 one
# 0.55 left "Creates a calendar event and sends invitations…" at 0.58, above it.
EVERYDAY = (
    "Creates a calendar event and sends invitations to the attendees you list.",
    "Search the web and return the titles and links of the top results.",
    "List secret scanning alerts in a GitHub repository.",
    "Send an email to the recipients you specify.",
    "Post a message to a Slack channel.",
    "List the files in a directory.",
)
# The lowest threshold shipped.  From 2712d6a on every retraining settled at 0.65; on 2026-12-05 one settled at 0.60
# (the everyday descriptions scored 0.59) and flagged an SSH usage block with one low finding beside it
# (tests/unit/test_scan_rules.py), while precision on new sources is the aim the scanner still misses.  Later that
# night a retraining at 0.65 flagged the same block (0.658), and five-fold cross-validation by source on dev found
# the band from 0.65 to 0.70 beside a rule adding 15 poisoned and 10 legitimate tools (precision 0.60, far under the
# aim of 0.95): the floor is now 0.70, the lowest confident score, so a rule beside the model no longer lowers its
# bar unless a retraining puts the confident score higher.
FLOOR = 0.70
OUT = os.path.join(ROOT, "src", "mcpfort", "scan", "wording_model.json.gz")


def vectorizers() -> list:
    from sklearn.feature_extraction.text import TfidfVectorizer

    # The same analyzers mcpfort.scan.wording re-implements: keep the two in step.
    return [TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                            token_pattern=wording.TOKEN_PATTERN),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True, lowercase=True)]


def fit(texts: list[str], labels: np.ndarray) -> tuple[list, object]:
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    vecs = vectorizers()
    matrix = hstack([v.fit_transform(texts) for v in vecs]).tocsr()
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    clf.fit(matrix, labels)
    return vecs, clf


def probabilities(vecs: list, clf: object, texts: list[str]) -> np.ndarray:
    from scipy.sparse import hstack

    return clf.predict_proba(hstack([v.transform(texts) for v in vecs]).tocsr())[:, 1]  # type: ignore[attr-defined]


def _rule_verdicts(tools: list[dict]) -> list[tuple[bool, bool]]:
    """For each tool: do the rules alone (the model's own finding left out) flag it, and did any rule find anything."""
    out = []
    for tool in tools:
        findings = [f for f in scan_tool(tool).findings if f.rule != "poisoned-wording"]
        out.append((verdict_of(findings) != "clean", any(f.severity != "info" for f in findings)))
    return out


def _held_out_scores(job: tuple[list[str], np.ndarray, np.ndarray]) -> np.ndarray:
    texts, labels, test = job
    vecs, clf = fit([t for t, m in zip(texts, test) if not m], labels[~test])
    return probabilities(vecs, clf, [t for t, m in zip(texts, test) if m])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=20,
                        help="groups of dev sources for cross-validation (0: leave one source out)")
    args = parser.parse_args()
    sources = [s for s in load_sources() if s["split"] == "dev"]
    cases = [(s["source"], c) for s in sources for c in s["cases"]]
    texts = [wording.text_of(c["tool"]) for _, c in cases]
    labels = np.array([1 if c["label"] == "malicious" else 0 for _, c in cases])
    groups = sorted({name for name, _ in cases})
    folds = len(groups) if args.folds <= 0 else min(args.folds, len(groups))
    print(f"training on {len(cases)} tools ({labels.sum()} poisoned) from {len(groups)} dev sources, "
          f"{folds} folds", file=sys.stderr)
    # Both the rule pass and the folds are independent work: spread them over the machine's cores.
    workers = max(1, min(os.cpu_count() or 1, 8))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        chunks = [[c["tool"] for _, c in cases[at:at + 200]] for at in range(0, len(cases), 200)]
        verdicts = [v for chunk in pool.map(_rule_verdicts, chunks) for v in chunk]
        print("rules scored every dev tool", file=sys.stderr)
        fold_of = {name: i % folds for i, name in enumerate(groups)}
        tests = [np.array([fold_of[name] == k for name, _ in cases]) for k in range(folds)]
        held = np.zeros(len(cases))
        for test, scores in zip(tests, pool.map(_held_out_scores, [(texts, labels, t) for t in tests])):
            held[test] = scores
    flagged = np.array([v[0] for v in verdicts])
    corroborated = np.array([v[1] for v in verdicts])

    def alone_precision(score: float) -> float:
        alone = held >= score
        return float((alone & (labels == 1)).sum() / max(int(alone.sum()), 1))

    confident = next((c for c in CONFIDENT_CANDIDATES if alone_precision(c) >= 0.95), 0.95)
    print(f"out of source, the model alone from {confident:.2f}: precision {alone_precision(confident):.3f}",
          file=sys.stderr)

    def quality(threshold: float) -> tuple[float, float]:
        flag = flagged | ((held >= threshold) & (corroborated | (held >= confident)))
        tp = int((flag & (labels == 1)).sum())
        fp = int((flag & (labels == 0)).sum())
        return tp / max(tp + fp, 1), tp / max(int(labels.sum()), 1)

    from sklearn.metrics import roc_auc_score

    alone = held >= 0.7
    print(f"out of source, the model alone: AUC {roc_auc_score(labels, held):.3f}; at 0.70 precision "
          f"{(alone & (labels == 1)).sum() / max(alone.sum(), 1):.3f}, recall {(alone & (labels == 1)).sum() / labels.sum():.3f}",
          file=sys.stderr)
    threshold = next(t for t in np.arange(0.50, 0.96, 0.05) if quality(t)[0] >= COMBINED_PRECISION)

    vecs, clf = fit(texts, labels)
    everyday = float(probabilities(vecs, clf, list(EVERYDAY)).max())
    if everyday >= threshold:
        raised = next((t for t in np.arange(0.50, 0.96, 0.05) if t > everyday), 0.95)
        print(f"an everyday description scores {everyday:.3f}: threshold raised from {threshold:.2f} to {raised:.2f}",
              file=sys.stderr)
        threshold = raised
    if threshold < FLOOR:
        print(f"threshold raised from {threshold:.2f} to the floor {FLOOR:.2f}", file=sys.stderr)
        threshold = FLOOR
    precision, recall = quality(threshold)
    print(f"out of source: rules + model at {threshold:.2f}: precision {precision:.3f}, recall {recall:.3f}",
          file=sys.stderr)
    coef = clf.coef_[0]  # type: ignore[attr-defined]
    parts, at = [], 0
    for vec in vecs:
        names = vec.get_feature_names_out()
        weights = coef[at:at + len(names)]
        at += len(names)
        parts.append({name: [round(float(idf), 6), round(float(w), 6)] for name, idf, w in zip(names, vec.idf_, weights)})
    model = {"format": 1, "trained_on": wording.data_digest(cases), "sources": groups, "C": C,
             "threshold": round(float(threshold), 2), "confident": round(float(confident), 2), "intercept": round(float(clf.intercept_[0]), 6),  # type: ignore[attr-defined]
             "words": parts[0], "chars": parts[1],
             "validation": {"precision": round(precision, 3), "recall": round(recall, 3)}}
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    with open(OUT, "wb") as fh:  # mtime 0: retraining on the same data gives the same bytes
        fh.write(gzip.compress(data, compresslevel=9, mtime=0))
    # The plain-Python scorer must give what scikit-learn gives.
    wording.load.cache_clear()
    ours = np.array([wording.probability(t) for t in texts])
    theirs = probabilities(vecs, clf, texts)
    gap = float(np.abs(ours - theirs).max())
    assert gap < 1e-4, f"mcpfort.scan.wording differs from scikit-learn by {gap}"
    print(f"wrote {OUT} ({os.path.getsize(OUT) // 1024} KiB, {len(parts[0])} word and {len(parts[1])} character "
          f"features); largest difference to scikit-learn {gap:.1e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
