"""Shared test helpers: where the real servers live and how to start mcpfort in front of them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NPM = ROOT / "tests" / "fixtures" / "npm" / "node_modules"
FS_SERVER = NPM / "@modelcontextprotocol" / "server-filesystem" / "dist" / "index.js"
EVERYTHING_SERVER = NPM / "@modelcontextprotocol" / "server-everything" / "dist" / "index.js"
BIN = Path(sys.executable).parent
MCPFORT = str(BIN / "mcpfort")


@pytest.fixture(scope="session", autouse=True)
def _npm_servers_installed() -> None:
    for server in (FS_SERVER, EVERYTHING_SERVER):
        if not server.exists():
            pytest.exit(f"{server} is missing: run `make test` (it installs tests/fixtures/npm)", returncode=2)


def base_env(tmp: Path) -> dict[str, str]:
    """A clean environment: the gateway must not read the developer's own policy or audit log."""
    return {
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp / "home"),
        "XDG_CONFIG_HOME": str(tmp / "xdg-config"),
        "XDG_DATA_HOME": str(tmp / "xdg-data"),
        "LANG": "C.UTF-8",
        **({"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}),
    }
