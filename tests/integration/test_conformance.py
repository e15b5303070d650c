"""The official MCP conformance suite: `mcpfort serve` must pass exactly what the fixture passes directly.

tests/conformance/run.py runs @modelcontextprotocol/conformance 0.1.16 and 0.2.0-alpha.12
(--requirements 2026-07-28) against tests/fixtures/conformance/server.py, once over its own
Streamable HTTP and once as the sandboxed stdio upstream of `mcpfort serve` (permissive policy,
no auth), and writes the totals and every check that did not pass to a JSON file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration

RUN = ROOT / "tests" / "conformance" / "run.py"


@pytest.fixture(scope="module")
def conformance(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("conformance")
    report = out / "report.json"
    proc = subprocess.run([sys.executable, str(RUN), "--out", str(out / "run"), "--json", str(report)],
                          cwd=ROOT, capture_output=True, text=True, timeout=580)
    print(proc.stdout[-20000:])
    assert proc.returncode in (0, 1), f"the suite could not run (exit {proc.returncode}):\n{proc.stdout[-5000:]}\n{proc.stderr[-5000:]}"
    return json.loads(report.read_text())


@pytest.mark.timeout(600)
@pytest.mark.parametrize("suite", ["0.1.16", "0.2.0-alpha.12"])
def test_gateway_passes_what_the_fixture_passes(conformance: dict, suite: str) -> None:
    direct = conformance["suites"][suite]["direct"]
    gateway = conformance["suites"][suite]["gateway"]
    assert direct["passed"], f"the fixture passed nothing directly under {suite}: see {direct['log']}"
    only = conformance["gateway_only"][suite]
    assert (gateway["passed"], gateway["failed"]) == (direct["passed"], direct["failed"]), (
        f"{suite}: gateway {gateway['passed']} passed, {gateway['failed']} failed; directly {direct['passed']} passed, "
        f"{direct['failed']} failed; checks that do not pass only through the gateway: {', '.join(only) or 'none'}")
