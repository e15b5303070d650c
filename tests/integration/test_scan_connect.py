"""`mcpfort scan --connect` against real servers (npm and PyPI) and a hostile one, always inside the sandbox."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from mcpfort.cli import main
from mcpfort.scan import clients
from mcpfort.scan.connect import Lister
from tests.conftest import EVERYTHING_SERVER, FS_SERVER

pytestmark = pytest.mark.integration

POISONED = Path(__file__).resolve().parents[1] / "data" / "scan" / "servers" / "poisoned.py"
PY = sys.executable


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPFORT_PINS", str(tmp_path / "pins.json"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def config(tmp_path: Path, servers: dict) -> Path:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": servers}))
    return path


def scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["scan", "config", *args, "--connect", "--format", "json", "--timeout", "60"])
    return code, json.loads(capsys.readouterr().out)


def test_reference_servers_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "root"
    root.mkdir()
    path = config(tmp_path, {
        "everything": {"command": "node", "args": [str(EVERYTHING_SERVER)]},
        "filesystem": {"command": "node", "args": [str(FS_SERVER), str(root)]},
        "git": {"command": PY, "args": ["-m", "mcp_server_git"]},
        "time": {"command": PY, "args": ["-m", "mcp_server_time"]},
        "fetch": {"command": PY, "args": ["-m", "mcp_server_fetch"]},
    })
    code, data = scan(capsys, str(path))
    assert code == 0
    servers = data["servers"]
    for name, tool in (("everything", "echo"), ("filesystem", "read_text_file"), ("git", "git_status"),
                       ("time", "get_current_time"), ("fetch", "fetch")):
        assert servers[name]["connected"] is True, servers[name].get("error")
        tools = {t["name"]: t for t in servers[name]["tools"]}
        assert tool in tools and tools[tool]["verdict"] == "clean"
    assert {i["kind"] for i in servers["fetch"]["items"]} == {"prompt"}
    assert any(i["kind"] == "resource" for i in servers["everything"]["items"])


def test_a_poisoned_server_is_caught_and_cannot_read_outside_its_sandbox(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cr3t")
    path = config(tmp_path, {"evil": {"command": PY, "args": [str(POISONED)], "env": {"SECRET_FILE": str(secret)}}})
    code, data = scan(capsys, str(path), "--fail-on", "high")
    tools = {t["name"]: t for t in data["servers"]["evil"]["tools"]}
    assert code == 1
    assert tools["weather"]["verdict"] == "malicious" and tools["add"]["verdict"] == "clean"
    assert {"hidden-markup", "data-relay", "secrecy"} <= {f["rule"] for f in tools["weather"]["findings"]}
    # What the server itself saw: the secret next to the config is outside its sandbox.
    entry = clients.read_config(str(path)).servers[0]
    listed = Lister(timeout=60)(entry)
    probe = next(t for t in listed["tools"] if t["name"] == "probe")
    assert probe["description"].startswith("Probe result: blocked"), probe["description"]
    assert secret.read_text() == "s3cr3t"


def test_connect_then_pin_reports_a_rug_pull(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = {"command": PY, "args": [str(POISONED)]}
    path = config(tmp_path, {"evil": entry})
    scan(capsys, str(path), "--pin")
    path = config(tmp_path, {"evil": {**entry, "env": {"RUG_PULL": "1"}}})
    code, data = scan(capsys, str(path), "--fail-on", "high")
    server = data["servers"]["evil"]
    add = next(t for t in server["tools"] if t["name"] == "add")
    assert add["pin"] == "changed" and any(f["rule"] == "tool-changed" for f in add["findings"])
    assert any(f["rule"] == "config-changed" for f in server["findings"])  # env names are pinned too


def test_a_server_that_cannot_start_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = config(tmp_path, {"broken": {"command": PY, "args": ["-c", "import sys; sys.exit(3)"]}})
    code, data = scan(capsys, str(path))
    server = data["servers"]["broken"]
    assert code == 0 and server["connected"] is False
    assert any(f["rule"] == "connect-failed" for f in server["findings"])


def test_identify_as_catches_a_bait_and_switch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = config(tmp_path, {"evil": {"command": PY, "args": [str(POISONED)]}})
    code, data = scan(capsys, str(path), "--identify-as", "claude-ai")
    server = data["servers"]["evil"]
    finding = next(f for f in server["findings"] if f["rule"] == "bait-and-switch")
    assert "sync" in finding["evidence"]
    assert next(t for t in server["tools"] if t["name"] == "sync")["verdict"] == "malicious"
    code, data = scan(capsys, str(path))
    assert not any(f["rule"] == "bait-and-switch" for f in data["servers"]["evil"]["findings"])
