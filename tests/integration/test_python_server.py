"""A Python server from PyPI (mcp-server-git) behind `mcpfort run`, for both client eras."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mcp import MCPError

from tests.integration.helpers import connect, gateway, write_policy

pytestmark = pytest.mark.integration

POLICY = """\
version: 1
context: dev
capabilities:
  git:read: {{paths: [./repo]}}
contexts:
  dev: [git:read]
servers:
  git:
    command: ["{python}", -m, mcp_server_git]
    tools:
      git_status: {{requires: [git:read], args: {{repo_path: path}}}}
      git_log: {{requires: [git:read], args: {{repo_path: path}}}}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "home").mkdir()
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e",
           "HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    (repo / "a.txt").write_text("a\n")
    subprocess.run(["git", "-C", str(repo), "add", "a.txt"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", "first commit"], check=True, env=env)
    other = tmp_path / "other"
    other.mkdir()
    subprocess.run(["git", "init", "-q", str(other)], check=True, env=env)
    return repo


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_git_server_allowed_repo_only(tmp_path: Path, repo: Path, mode: str) -> None:
    policy = write_policy(tmp_path, POLICY, python=sys.executable)
    async with connect(gateway(tmp_path, policy), mode) as client:
        assert {t.name for t in (await client.list_tools()).tools} == {"git_status", "git_log"}
        log = await client.call_tool("git_log", {"repo_path": str(repo)})
        assert "first commit" in log.content[0].text
        with pytest.raises(MCPError) as caught:
            await client.call_tool("git_status", {"repo_path": str(tmp_path / "other")})
        assert caught.value.data["code"] == "path-outside-allowed"
        with pytest.raises(MCPError):
            await client.call_tool("git_add", {"repo_path": str(repo), "files": ["a.txt"]})
