"""mcpfort mentor: scores against the five principles, failed checks with fixes that are valid policy YAML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from mcpfort.cli import main
from mcpfort.policy.loader import load_policy
from mcpfort.scan.mentor import PRINCIPLES, mentor

BAD = """\
version: 1
context: development
capabilities:
  files:read: {paths: [/]}
  files:write: {paths: [/tmp]}
contexts:
  development: [files:read, files:write]
  production: [files:read, files:write]
servers:
  fs:
    command: [npx, -y, "@modelcontextprotocol/server-filesystem", /]
    env: {GITHUB_TOKEN: ghp_TESTONLYnotarealtoken0000000000000000}
    tools:
      read_text_file: {requires: [files:read]}
      write_file: {requires: [files:write]}
"""

GOOD = """\
version: 1
context: development
capabilities:
  files:read: {paths: [./project/src], exclude: [".env", "*.key"]}
  files:write: {paths: [./project/output], confirm: true, exclude: [".env", "*.key"]}
contexts:
  development: [files:read, files:write]
  production: [files:read]
servers:
  fs:
    command: [npx, -y, "@modelcontextprotocol/server-filesystem@2026.8.31", ./project]
    sandbox:
      filesystem: {read: [./project], write: [./project/output]}
      network: {allow: []}
    tools:
      read_text_file: {requires: [files:read], args: {path: path}}
      write_file: {requires: [files:write], args: {path: path}}
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "project" / "src").mkdir(parents=True, exist_ok=True)
    (tmp_path / "project" / "output").mkdir(exist_ok=True)
    path = tmp_path / "mcpfort.yaml"
    path.write_text(text)
    return path


def test_bad_policy_scores_low_and_says_why(tmp_path: Path) -> None:
    result = mentor(policy=load_policy(str(write(tmp_path, BAD))), server="fs", home=str(tmp_path))
    failed = {c.id for c in result.checks if not c.passed}
    assert {"narrow-paths", "exclude-secrets", "confirm-writes", "contexts", "argument-kinds", "sandbox",
            "secrets-passed-not-written", "broad-filesystem", "unpinned-package"} <= failed
    assert result.score() < 40


def test_good_policy_scores_high(tmp_path: Path) -> None:
    result = mentor(policy=load_policy(str(write(tmp_path, GOOD))), server="fs", home=str(tmp_path), pins_known=True)
    assert [c.id for c in result.checks if not c.passed] == []
    assert result.score() == 100
    assert set(result.scores()) == set(PRINCIPLES)


def test_every_policy_fix_is_valid_yaml(tmp_path: Path) -> None:
    result = mentor(policy=load_policy(str(write(tmp_path, BAD))), server="fs", home=str(tmp_path),
                    describe="reads files and a postgres database, fetches web pages, posts to slack, runs shell "
                             "commands, uses an API token, hosted for a team, handles customer data")
    snippets = [c.fix for c in result.checks if c.fix and not c.passed and ":\n" in c.fix]
    assert len(snippets) >= 8
    for fix in snippets:
        assert isinstance(yaml.safe_load(fix), dict), fix


def test_describe_gives_recommendations_not_a_score(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mentor", "--describe", "It reads files and sends email", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["score"] is None
    ids = {c["id"] for c in data["checks"]}
    assert {"describe-files", "describe-sends", "describe-toxic-flow"} <= ids


def test_markdown_and_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = write(tmp_path, BAD)
    assert main(["mentor", "--policy", str(policy), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# mcpfort mentor") and "**Score:" in out and "```yaml" in out and "Least privilege" in out
    assert main(["mentor", "--policy", str(policy)]) == 0
    assert "Score:" in capsys.readouterr().out


def test_nothing_to_review_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MCPFORT_POLICY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert main(["mentor"]) == 2
