"""Start `mcpfort run` around a real server and connect the official MCP SDK client to it."""

from __future__ import annotations

import contextlib
import textwrap
from pathlib import Path
from typing import Any, AsyncIterator

from mcp import Client, StdioServerParameters

from tests.conftest import EVERYTHING_SERVER, FS_SERVER, MCPFORT, base_env


def write_project(tmp: Path) -> Path:
    project = tmp / "project"
    (project / "src" / "deep").mkdir(parents=True)
    (project / "output").mkdir()
    (project / "src" / "main.py").write_text("print('hello')\n")
    (project / "src" / ".env").write_text("API_KEY=sk-test-123\n")
    (project / "src" / "deep" / ".env").write_text("DEEP=1\n")
    (tmp / "outside.txt").write_text("not yours\n")
    (project / "src" / "escape").symlink_to(tmp / "outside.txt")
    (tmp / "home").mkdir(exist_ok=True)
    return project


FS_POLICY = """\
version: 1
context: development
capabilities:
  files:read:
    description: Read the project's sources
    paths: [./project/src]
    exclude: [".env", "**/.git/**", "*.key"]
  files:write: {{paths: [./project/output], confirm: true}}
contexts:
  development: [files:read, files:write]
  production: [files:read]
servers:
  fs:
    command: [node, "{fs}", "{root}/project"]
    sandbox:
      filesystem: {{read: [./project], write: [./project/output]}}
    tools:
      read_text_file: {{requires: [files:read], args: {{path: path}}}}
      read_multiple_files: {{requires: [files:read], args: {{paths: path}}}}
      list_directory: {{requires: [files:read], args: {{path: path}}}}
      write_file: {{requires: [files:write], args: {{path: path}}}}
      list_allowed_directories: {{}}
"""


def write_policy(tmp: Path, text: str = FS_POLICY, **extra: str) -> Path:
    policy = tmp / "mcpfort.yaml"
    policy.write_text(textwrap.dedent(text).format(fs=FS_SERVER, everything=EVERYTHING_SERVER, root=tmp, **extra))
    return policy


def gateway(tmp: Path, policy: Path, *args: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=MCPFORT,
        args=["run", "--policy", str(policy), "--audit", str(tmp / "audit.db"), *args],
        env=base_env(tmp), cwd=str(tmp))


@contextlib.asynccontextmanager
async def connect(params: StdioServerParameters, mode: str = "legacy", **kw: Any) -> AsyncIterator[Client]:
    async with Client(params, mode=mode, read_timeout_seconds=60, **kw) as client:
        yield client
