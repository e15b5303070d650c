"""`make demo`: mcpfort in front of the real filesystem server, as a client would see it.

Creates demo-work/ with a small project, a policy and an audit log, then drives
`mcpfort run -- node server-filesystem demo-work/project` with the official MCP SDK client and
prints what happens: the tools the model is shown, an allowed read, a refused `.env` read, a
refused traversal, a write the user confirms, and the audit trail verified.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

from mcp import Client, MCPError, StdioServerParameters
from mcp.types import ElicitResult
from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "demo-work"
FS = ROOT / "tests/fixtures/npm/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"
MCPFORT = str(Path(sys.executable).parent / "mcpfort")
console = Console(highlight=False)

POLICY = f"""\
version: 1
context: development
capabilities:
  files:read:
    description: Read the project's sources and docs
    paths: [./project/src, ./project/docs]
    exclude: [".env", "**/.git/**", "*.key"]
  files:write:
    description: Write reports, after the user confirms
    paths: [./project/output]
    confirm: true
contexts:
  development: [files:read, files:write]
  production: [files:read]
servers:
  fs:
    command: [node, "{FS}", .]
    cwd: ./project                # relative paths in calls are read from here (and from ./project, its root)
    sandbox:                      # the server process itself sees only these folders, and no network
      filesystem: {{read: [./project], write: [./project/output]}}
    tools:
      read_text_file:           {{requires: [files:read], args: {{path: path}}}}
      list_directory:           {{requires: [files:read], args: {{path: path}}}}
      write_file:               {{requires: [files:write], args: {{path: path}}}}
      list_allowed_directories: {{}}
"""


def setup() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    for folder in ("project/src", "project/docs", "project/output"):
        (WORK / folder).mkdir(parents=True)
    (WORK / "project/src/app.py").write_text("def main():\n    print('hello from the project')\n")
    (WORK / "project/src/.env").write_text("DATABASE_PASSWORD=hunter2\nSTRIPE_KEY=sk_live_do_not_leak\n")
    (WORK / "project/docs/README.md").write_text("# Demo project\n")
    (WORK / "passwords.txt").write_text("root:toor\n")
    (WORK / "mcpfort.yaml").write_text(POLICY)


async def approve(context, params):  # noqa: ANN001 - the user clicking "Allow" in their client
    console.print("  [yellow]the client shows the user:[/]")
    for line in params.message.splitlines():
        console.print(f"  [yellow]│[/] {line}")
    console.print("  [yellow]the user ticks 'Allow this call' and accepts[/]")
    return ElicitResult(action="accept", content={"approve": True})


async def call(client: Client, title: str, tool: str, args: dict) -> None:
    console.print(f"\n[bold]{title}[/]  [dim]{tool} {args}[/]")
    try:
        result = await client.call_tool(tool, args)
        text = result.content[0].text if result.content else ""
        console.print(f"  [green]allowed[/] → {text.strip()[:120]}")
    except MCPError as exc:
        console.print(f"  [red]refused[/] ({exc.code}, {exc.data.get('code')}): {exc.message}")
        console.print(f"  [dim]data: required={exc.data.get('required')} available={exc.data.get('available')} "
                      f"traceId={exc.data.get('traceId')}[/]")


async def main() -> int:
    setup()
    env = {**os.environ, "XDG_DATA_HOME": str(WORK / "xdg")}
    params = StdioServerParameters(command=MCPFORT, args=["run", "--policy", "mcpfort.yaml", "--audit", "audit.db"],
                                   env=env, cwd=str(WORK))
    console.rule("mcpfort demo: the filesystem server behind a policy")
    console.print(f"workspace: {WORK}\nclient → mcpfort run --policy mcpfort.yaml → node server-filesystem ./project")
    async with Client(params, mode="legacy", elicitation_callback=approve) as client:
        tools = sorted(t.name for t in (await client.list_tools()).tools)
        console.print(f"\n[bold]tools the model is shown[/] (the server has 14; the policy grants these): {', '.join(tools)}")
        await call(client, "1. read a source file", "read_text_file", {"path": "src/app.py"})
        await call(client, "2. read the .env next to it", "read_text_file", {"path": "src/.env"})
        await call(client, "3. climb out of the project", "read_text_file", {"path": "src/../../passwords.txt"})
        await call(client, "4. a tool the policy never granted", "move_file",
                   {"source": "src/app.py", "destination": "output/app.py"})
        await call(client, "5. write a report (needs the user's confirmation)", "write_file",
                   {"path": "output/report.md", "content": "# Report\nAll good.\n"})
    console.rule("the audit trail")
    subprocess.run([MCPFORT, "audit", "tail", "-n", "12", "--audit", "audit.db"], cwd=WORK, env=env, check=False)
    verify = subprocess.run([MCPFORT, "audit", "verify", "--audit", "audit.db"], cwd=WORK, env=env)
    console.print("\n[bold]mcpfort audit verify[/] exit code", verify.returncode,
                  "[green](chain intact)[/]" if verify.returncode == 0 else "[red](tampered!)[/]")
    console.print(f"\nTry it yourself: cd {WORK.relative_to(ROOT)} && ../.venv/bin/mcpfort check "
                  "&& ../.venv/bin/mcpfort explain --tool read_text_file --cwd project --args '{\"path\": \"src/.env\"}'")
    return verify.returncode


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
