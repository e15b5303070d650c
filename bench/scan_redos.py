"""Scanner and audit masking on hostile text: time per shape at n and 2n characters.

A tool description or a tool argument is attacker-controlled.  A regular expression that
backtracks quadratically lets one 100 KB description stall ``mcpfort scan`` for minutes, or one
argument stall the audit writer (and, with strict durability, every call behind it).  This prints,
for each shape, the seconds at n and at 2n characters and their ratio: about 2 is linear, about 4
quadratic.  Any ratio above 3 on a shape that takes more than 50 ms is reported as a failure.

    .venv/bin/python bench/scan_redos.py [--size 40000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from mcpfort.audit.masking import mask  # noqa: E402
from mcpfort.scan.tools import scan_tool  # noqa: E402

# Each unit repeats; the shapes are the ones that once made a pattern quadratic, plus neighbours.
UNITS = {
    "word-dash": "sk-", "snake": "a_", "caps": "AKIA", "dots": "a.", "email-ish": "a@", "url": "http://",
    "user-url": "http://a:", "tilde": "~/.", "angle": "<a ", "backtick": "`x` ", "subst": "$(", "quotes": '"a", ',
    "percent": "%41", "escape": "\\x41", "base64": "QUFB", "digits": "1 ", "plus": "+1 ", "colon": "a:", "equals": "a=",
    "bearer": "bearer ", "jwt": "eyJ", "github": "ghp_", "iban": "gb33 ", "words": "word ", "always": "always send to ",
}


def _scan(text: str) -> float:
    tool = {"name": "t", "description": text,
            "inputSchema": {"type": "object", "properties": {"x": {"type": "string", "description": text,
                                                                   "default": text[:2000]}}}}
    start = time.perf_counter()
    scan_tool(tool)
    return time.perf_counter() - start


def _mask(text: str) -> float:
    start = time.perf_counter()
    mask({"arguments": {"x": text}})
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=40_000, help="characters at n (2n is measured too)")
    args = parser.parse_args()
    failures = []
    print(f"{'shape':10s} {'scan n':>8s} {'scan 2n':>8s} {'ratio':>6s}   {'mask n':>8s} {'mask 2n':>8s} {'ratio':>6s}")
    for name, unit in UNITS.items():
        row = []
        for probe in (_scan, _mask):
            small = probe(unit * (args.size // len(unit)))
            large = probe(unit * (2 * args.size // len(unit)))
            ratio = large / small if small > 0 else 0.0
            row += [small, large, ratio]
            if large > 0.05 and ratio > 3:
                failures.append(f"{name} ({probe.__name__[1:]}): {small:.2f}s -> {large:.2f}s")
        print(f"{name:10s} {row[0]:8.3f} {row[1]:8.3f} {row[2]:6.1f}   {row[3]:8.3f} {row[4]:8.3f} {row[5]:6.1f}")
    print("growth: linear" if not failures else "super-linear growth: " + "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
