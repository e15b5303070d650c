"""The path-attack corpus (tests/data/path_attacks.yaml) against a real tree: check_path, then decide.

The tree is built once per module under tmp_path; every case runs with the test process's own
working folder inside the allowed project, where aliases of the gateway's process would look
allowed if they were followed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcpfort.policy.engine import Request, decide
from mcpfort.policy.loader import load_policy
from mcpfort.policy.paths import check_path

CORPUS = Path(__file__).resolve().parent.parent / "data" / "path_attacks.yaml"
EXCLUDES = [".env", "**/.git/**", "secrets/**", "*.key", "/private"]
FIELDS = {"id", "value", "repeat", "suffix", "cwd", "home", "expect", "code", "resolved", "note"}
_MISSING = object()


def _load() -> list[tuple[str, dict[str, Any]]]:
    with open(CORPUS, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return [(category, case) for category, cases in data.items() for case in cases]


CASES = _load()
CATEGORIES = sorted({category for category, _ in CASES})


FILES = [
    "project/notes.txt", "project/.gitignore", "project/.envrc", "project/src/main.py", "project/src/.env",
    "project/src/deep/a/b/.env", "project/src/private/q.txt", "project/.git/config", "project/secrets/k.pem",
    "project/config/app.key", "project/private/p.txt", "shared docs/readme.md", "shared docs/private/x.txt",
    "project_evil/x", "projectX/y", "outside/secret.txt", "home/x.txt", "home/.ssh/id_rsa",
]
LINKS = {  # link (relative to base) -> target; "{base}" is replaced
    "project/link_out": "{base}/outside",
    "project/link_file_out": "{base}/outside/secret.txt",
    "project/dangling": "{base}/outside/new_file.txt",
    "project/dangling_in": "src/new_file.txt",
    "project/link_in": "src",
    "project/abs_in": "{base}/project/src",
    "project/loop_a": "loop_b",
    "project/loop_b": "loop_a",
    "project/self_loop": "self_loop",
    "project/link_dotenv": "src/.env",
    "project/to_secrets": "secrets",
    "project/alias.key": "notes.txt",
    "project/chain1": "chain2",
    "project/chain2": "../outside",
    "project/chain_in1": "chain_in2",
    "project/chain_in2": "src",
    "project/src/up": "../..",
    "project/src/climb": "../../outside/secret.txt",
    "project/to_docs": "{base}/shared docs",
    "project/dotdot_name": "..",
    "project/slash": "/",
    "project/to_etc": "/etc",
    "project/via_proc": "/proc/self/cwd",
    "project/caf\u00e9": "{base}/outside",  # NFC name
    "project/re\u0301sume\u0301": "{base}/outside/secret.txt",  # NFD name
    "project/src/twin_in\u00e9": "../notes.txt",
    "shared docs/link_back": "../project/notes.txt",
    "shared docs/link_out": "../outside",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = Path(os.path.realpath(tmp_path_factory.mktemp("corpus")))
    for rel in FILES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"contents of {rel}\n")
    for link, target in LINKS.items():
        os.symlink(target.replace("{base}", str(root)), root / link)
    return str(root)


@pytest.fixture
def gateway_in_project(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(os.path.join(base, "project"))


def _fill(text: str, base: str) -> str:
    return text.replace("{base}", base).replace("{baserel}", base.lstrip("/")).replace("{home}", f"{base}/home")


def materialise(case: dict[str, Any], base: str) -> tuple[Any, str, str]:
    value = case["value"]
    if isinstance(value, str):
        value = _fill(value, base)
        if "repeat" in case:
            text, times = case["repeat"]
            value += text * times
        value += case.get("suffix", "")
    cwd = _fill(case.get("cwd", "{base}/project"), base)
    home = _fill(case.get("home", "{base}/home"), base)
    return value, cwd, home


def codes_of(case: dict[str, Any]) -> list[str]:
    """The acceptable verdict codes: one, or a list where the outcome depends on the host (ptrace)."""
    code = case.get("code", "path-allowed")
    return code if isinstance(code, list) else [code]


def roots(base: str) -> list[str]:
    return [f"{base}/project", f"{base}/shared docs"]


# -- the corpus itself ------------------------------------------------------------------------

def test_corpus_is_well_formed() -> None:
    ids = [case["id"] for _, case in CASES]
    assert len(ids) >= 220
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for _, case in CASES:
        assert set(case) <= FIELDS, (case["id"], set(case) - FIELDS)
        assert {"id", "expect", "note"} <= set(case) and case.get("value", _MISSING) is not _MISSING, case
        assert case["expect"] in ("allow", "deny"), case["id"]
        assert case["expect"] == "allow" or case.get("code"), f"{case['id']}: a deny case names its code"


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_has_at_least_ten_cases(category: str) -> None:
    cases = [case for cat, case in CASES if cat == category]
    assert len(cases) >= 10, category


def test_the_tree_is_what_the_corpus_describes(base: str) -> None:
    assert os.path.realpath(f"{base}/project/link_in") == f"{base}/project/src"
    assert os.path.realpath(f"{base}/project/chain1") == f"{base}/outside"
    assert os.path.realpath(f"{base}/project/src/up") == base
    assert not os.path.exists(f"{base}/project/dangling") and os.path.islink(f"{base}/project/dangling")
    with pytest.raises(OSError):
        os.stat(f"{base}/project/loop_a")


# -- check_path -------------------------------------------------------------------------------

@pytest.mark.parametrize("category,case", CASES, ids=[case["id"] for _, case in CASES])
def test_check_path(category: str, case: dict[str, Any], base: str, gateway_in_project: None) -> None:
    value, cwd, home = materialise(case, base)
    verdict = check_path(value, roots=roots(base), excludes=EXCLUDES, cwd=cwd, home=home)
    why = f"[{category}] {case['note']}: {verdict.code}: {verdict.message}"
    assert verdict.ok is (case["expect"] == "allow"), why
    assert verdict.code in codes_of(case), why
    if "resolved" in case:
        assert verdict.resolved == _fill(case["resolved"], base), why


# -- the same cases through the engine, with a policy file whose paths are relative ------------

POLICY = """\
version: 1
capabilities:
  files:read:
    paths: [./project, "./shared docs"]
    exclude: [".env", "**/.git/**", "secrets/**", "*.key", "/private"]
contexts:
  dev: [files:read]
servers:
  fs:
    tools:
      read_text_file: {requires: [files:read], args: {path: path}}
"""
# A list is a list of paths to the engine (read_multiple_files): test_engine.py covers that.
ENGINE_CASES = [(cat, case) for cat, case in CASES if not isinstance(case["value"], list)]


@pytest.fixture(scope="module")
def policy(base: str) -> Any:
    path = os.path.join(base, "policy.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(POLICY)
    loaded = load_policy(path)
    assert loaded.capabilities["files:read"].paths == tuple(roots(base))
    return loaded


@pytest.mark.parametrize("category,case", ENGINE_CASES, ids=[case["id"] for _, case in ENGINE_CASES])
def test_decide(category: str, case: dict[str, Any], base: str, policy: Any, gateway_in_project: None) -> None:
    value, cwd, home = materialise(case, base)
    decision = decide(policy, Request("dev", "fs", "tool", "read_text_file", {"path": value}, cwd=cwd, home=home))
    codes = [r.code for r in decision.reasons]
    if case["expect"] == "allow":
        assert decision.effect == "allow", (case["id"], decision.reasons)
        assert "path-allowed" in codes
    else:
        assert decision.effect == "deny", (case["id"], decision.reasons)
        denial = decision.denial
        assert denial is not None and denial.code in codes_of(case), (case["id"], decision.reasons)
        assert denial.capability == "files:read" and denial.rule == "servers.fs.tools.read_text_file.args.path"
