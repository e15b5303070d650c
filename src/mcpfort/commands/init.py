"""``mcpfort init``: write a starter policy for the filesystem server, least privilege first."""

from __future__ import annotations

import argparse
import os

from mcpfort.errors import UsageError

__all__ = ["add_arguments", "run", "STARTER"]

STARTER = """\
# mcpfort policy: what the model may do through each MCP server. Anything not listed is denied.
# Reference: docs/policy.md. Check it with `mcpfort check`, try a call with `mcpfort explain`.
version: 1
context: development          # --context or MCPFORT_CONTEXT choose another

capabilities:
  files:read:
    description: Read the project's files
    paths: [{folder}]           # relative paths are relative to this file's folder
    exclude: [".env", ".env.*", "**/.git/**", "secrets/**", "*.key", "*.pem", "id_*"]
  files:write:
    description: Write into the output folder, after the user confirms
    paths: [{folder}/output]
    confirm: true

contexts:
  development: [files:read, files:write]
  production: [files:read]

servers:
  fs:
    command: [npx, -y, "@modelcontextprotocol/server-filesystem@2026.8.31", {folder}]
    tools:
      read_text_file:           {{requires: [files:read], args: {{path: path}}}}
      read_media_file:          {{requires: [files:read], args: {{path: path}}}}
      read_multiple_files:      {{requires: [files:read], args: {{paths: path}}}}
      list_directory:           {{requires: [files:read], args: {{path: path}}}}
      list_directory_with_sizes: {{requires: [files:read], args: {{path: path}}}}
      directory_tree:           {{requires: [files:read], args: {{path: path}}}}
      search_files:             {{requires: [files:read], args: {{path: path}}}}
      get_file_info:            {{requires: [files:read], args: {{path: path}}}}
      list_allowed_directories: {{}}
      write_file:               {{requires: [files:write], args: {{path: path}}}}
      create_directory:         {{requires: [files:write], args: {{path: path}}}}
      # edit_file and move_file stay denied until you list them.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Write a starter policy (filesystem server, read-only plus confirmed writes) to edit."
    parser.add_argument("path", nargs="?", default="mcpfort.yaml", help="where to write it (default: %(default)s)")
    parser.add_argument("--folder", default=".", help="the folder the server may read (default: the policy's folder)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def run(args: argparse.Namespace) -> int:
    if os.path.exists(args.path) and not args.force:
        raise UsageError(f"{args.path} exists; pass --force to overwrite it")
    with open(args.path, "w", encoding="utf-8") as handle:
        handle.write(STARTER.format(folder=args.folder))
    print(f"wrote {args.path}: check it with `mcpfort check --policy {args.path}`")
    return 0
