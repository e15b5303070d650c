"""Tool-poisoning detection on the labelled set in tests/data/scan/: quality and speed.

Prints, per source and for the dev and held-out splits, precision, recall and false-positive rate
of ``mcpfort scan``'s verdicts (a tool counts as flagged when its verdict is ``malicious`` or
``suspicious``; a second table counts ``malicious`` only), then scan speed in tools per second, with
and without the literal prefilter (the same rules, measured in the same run).
Sources are evaluated as groups: the rules were written from the ``dev`` split only, so the
``heldout`` numbers are the ones that say how the rules generalise.  Fully offline.

    .venv/bin/python bench/scan.py [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from mcpfort.scan.tools import scan_tool  # noqa: E402

DATA = os.path.join(ROOT, "tests", "data", "scan")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_sources(folder: str = DATA) -> list[dict]:
    sources = []
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml")) + glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            # libyaml's parser where PyYAML has it: the pure-Python one takes minutes over the whole set
            data = yaml.load(fh, Loader=_LOADER) if path.endswith(".yaml") else json.load(fh)
        if isinstance(data, dict) and "cases" in data:
            data["file"] = os.path.basename(path)
            sources.append(data)
    return sources


def metrics(rows: list[tuple[str, str]], strict: bool = False) -> dict:
    """rows: (label, verdict).  Positive = malicious label; flagged = not clean (or malicious if strict)."""
    def flagged(v: str) -> bool:
        return v == "malicious" if strict else v != "clean"
    tp = sum(1 for label, v in rows if label == "malicious" and flagged(v))
    fp = sum(1 for label, v in rows if label != "malicious" and flagged(v))
    fn = sum(1 for label, v in rows if label == "malicious" and not flagged(v))
    tn = sum(1 for label, v in rows if label != "malicious" and not flagged(v))
    return {"n": len(rows), "pos": tp + fn, "neg": fp + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "fpr": fp / (fp + tn) if fp + tn else 0.0}


def _evaluate_source(src: dict) -> tuple[list[tuple[str, str]], list[dict]]:
    rows, mistakes = [], []
    for case in src["cases"]:
        report = scan_tool(case["tool"])
        rows.append((case["label"], report.verdict))
        if (case["label"] == "malicious") != (report.verdict != "clean"):
            mistakes.append({"source": src["source"], "label": case["label"], "family": case.get("family"),
                             "tool": report.name, "verdict": report.verdict,
                             "findings": [f"{f.severity} {f.rule}: {f.evidence[:90]}" for f in report.findings]})
    return rows, mistakes


def evaluate(sources: list[dict]) -> tuple[dict[str, list[tuple[str, str]]], list[dict]]:
    """Every labelled tool's verdict, sources spread over the machine's cores (the scan is pure Python
    and the set holds over 14,000 definitions); the result is the same as one process's."""
    workers = min(os.cpu_count() or 1, 8)
    if workers > 1 and len(sources) > 1:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_evaluate_source, sources, chunksize=4))
    else:
        results = [_evaluate_source(src) for src in sources]
    by_source: dict[str, list[tuple[str, str]]] = {}
    mistakes = []
    for src, (rows, wrong) in zip(sources, results):
        by_source.setdefault(src["source"], []).extend(rows)
        mistakes += wrong
    return by_source, mistakes


def speed(sources: list[dict], seconds: float = 2.0) -> float:
    tools = [c["tool"] for s in sources for c in s["cases"]]
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for tool in tools:
            scan_tool(tool)
        done += len(tools)
    return done / (time.perf_counter() - start)


class _RunAll:
    """Stands in for the scanner's literal prefilter: every phrase pattern runs on every string."""

    def __init__(self, count: int) -> None:
        self._all = list(range(count))

    def candidates(self, text: str) -> list[int]:
        return self._all


def speed_without_prefilter(sources: list[dict]) -> float:
    """The same scan with every phrase pattern run on every string: the baseline the prefilter is measured against."""
    from mcpfort.scan import rules

    kept = rules._PHRASE_FILTER
    rules._PHRASE_FILTER = _RunAll(len(rules._PHRASES))  # type: ignore[assignment]
    try:
        return speed(sources)
    finally:
        rules._PHRASE_FILTER = kept


def print_embedding(sources: list[dict]) -> None:
    """How well the optional embedding score alone separates poisoned from legitimate tools."""
    from mcpfort.scan.embedding import score
    from mcpfort.scan.text import strings

    rows = []
    start = time.perf_counter()
    for src in sources:
        for case in src["cases"]:
            result = score([t for _, role, t in strings(case["tool"]) if role == "description"])
            rows.append((src["split"], case["label"] == "malicious", result[0] if result else -1.0))
    rate = len(rows) / (time.perf_counter() - start)
    print(f"\nembedding margin (local all-MiniLM-L6-v2, numpy; {rate:,.0f} tools/second), evidence only:")
    for split in ("dev", "heldout"):
        pos = [m for s, y, m in rows if s == split and y]
        neg = [m for s, y, m in rows if s == split and not y]
        if pos and neg:
            auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))
            flagged = [(sum(m >= 0.15 for m in pos) / len(pos)), (sum(m >= 0.15 for m in neg) / len(neg))]
            print(f"  {split:<8} AUC {auc:.3f}; at margin >= 0.15: recall {flagged[0]:.2f}, FPR {flagged[1]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every misclassified tool")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--embedding", action="store_true",
                        help="also rank tools by the optional local model's similarity to attack wording (AUC)")
    args = parser.parse_args()
    sources = load_sources()
    by_source, mistakes = evaluate(sources)
    splits: dict[str, list[tuple[str, str]]] = {}
    for src in sources:
        splits.setdefault(src["split"], []).extend(by_source[src["source"]])
    splits["all"] = [r for rows in by_source.values() for r in rows]
    rate = speed(sources)
    baseline = speed_without_prefilter(sources)
    result = {"sources": {k: metrics(v) for k, v in by_source.items()},
              "splits": {k: metrics(v) for k, v in splits.items()},
              "splits_malicious_only": {k: metrics(v, strict=True) for k, v in splits.items()},
              "tools_per_second": rate, "tools_per_second_without_prefilter": baseline}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    line = "{:<22} {:>4} {:>4} {:>4} {:>10} {:>7} {:>6}"
    print("flagged = verdict malicious or suspicious")
    print(line.format("source", "n", "pos", "neg", "precision", "recall", "FPR"))
    for name, m in list(result["sources"].items()) + [("-- " + k, v) for k, v in result["splits"].items()]:
        print(line.format(name, m["n"], m["pos"], m["neg"], f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                          f"{m['fpr']:.3f}"))
    print("\nflagged = verdict malicious only")
    for name, m in result["splits_malicious_only"].items():
        print(line.format("-- " + name, m["n"], m["pos"], m["neg"], f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                          f"{m['fpr']:.3f}"))
    print(f"\nscan speed: {rate:,.0f} tools/second (one core, every string of every definition); every phrase "
          f"pattern run on every string, without the literal prefilter: {baseline:,.0f} ({rate / baseline:.2f}x)")
    if args.embedding:
        print_embedding(sources)
    if args.verbose and mistakes:
        print("\nmisclassified:")
        for m in mistakes:
            print(f"  [{m['source']}] {m['label']} {m['family']} {m['tool']!r} -> {m['verdict']}")
            for f in m["findings"]:
                print(f"      {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
