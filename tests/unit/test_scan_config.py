"""Config discovery against fixture home folders for each OS layout, and the config checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mcpfort.cli import main
from mcpfort.scan import clients
from mcpfort.scan.checks import check_entry, load_advisories, package_of
from mcpfort.scan.clients import ServerEntry

HOMES = Path(__file__).resolve().parents[1] / "data" / "scan" / "homes"


@pytest.fixture(autouse=True)
def _own_pin_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPFORT_PINS", str(tmp_path / "pins.json"))


@pytest.mark.parametrize(("os_name", "expected"), [
    ("linux", {"claude-desktop", "claude-code", "cursor", "windsurf", "vscode", "gemini-cli", "antigravity", "codex",
               "kiro", "copilot-cli", "opencode", "continue"}),
    ("macos", {"claude-desktop", "vscode", "cursor"}),
    ("windows", {"claude-desktop", "vscode"}),
])
def test_discovery_per_os_layout(os_name: str, expected: set[str]) -> None:
    found = clients.discover(str(HOMES / os_name), os_name, project=None, env={}, system_root=None)
    assert {client for client, _ in found} == expected


def test_a_layout_for_another_os_finds_nothing_of_the_os_specific_paths() -> None:
    found = clients.discover(str(HOMES / "macos"), "linux", project=None, env={}, system_root=None)
    assert {c for c, _ in found} == {"cursor"}  # ~/.cursor is the same on every OS


def test_project_files_and_env_overrides(tmp_path: Path) -> None:
    codex = tmp_path / "codex-home"
    codex.mkdir()
    (codex / "config.toml").write_text('[mcp_servers.x]\ncommand = "x"\n')
    found = clients.discover(str(tmp_path), "linux", project=str(HOMES / "project"), env={"CODEX_HOME": str(codex)},
                             system_root=None)
    paths = {p for _, p in found}
    assert str(HOMES / "project" / ".mcp.json") in paths and str(codex / "config.toml") in paths


@pytest.mark.parametrize(("path", "client", "names"), [
    ("linux/.claude.json", "claude-code", {"docs", "inspector"}),
    ("linux/.config/Code/User/settings.json", "vscode", {"postgres"}),
    ("linux/.config/Code/User/mcp.json", "vscode", {"github-remote"}),
    ("linux/.codex/config.toml", "codex", {"git", "time"}),
    ("linux/.config/opencode/opencode.json", "opencode", {"sqlite"}),
    ("linux/.continue/config.yaml", "continue", {"memory"}),
    ("linux/.codeium/windsurf/mcp_config.json", "windsurf", {"search"}),
])
def test_formats(path: str, client: str, names: set[str]) -> None:
    config = clients.read_config(str(HOMES / path))
    assert config.error is None and config.client == client
    assert {s.name for s in config.servers} == names
    assert all(s.line for s in config.servers if config.format != "yaml")


def test_opencode_command_list_and_environment() -> None:
    entry = clients.read_config(str(HOMES / "linux/.config/opencode/opencode.json")).servers[0]
    assert entry.command == "uvx" and entry.args[0] == "mcp-server-sqlite" and "DB_PASSWORD" in entry.env


def test_jsonc_comments_and_trailing_commas() -> None:
    entry = clients.read_config(str(HOMES / "linux/.config/Code/User/settings.json")).servers[0]
    assert entry.key_path == ("mcp", "servers", "postgres") and entry.line == 7


def test_broken_config_is_reported_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "mcp.json"
    bad.write_text('{"mcpServers": {')
    assert main(["scan", "config", str(bad), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"][0]["rule"] == "config-error"


def entry(command: str | None = None, args: list[str] | None = None, **kw: object) -> ServerEntry:
    raw = {"command": command, "args": args or []} if command else {}
    return ServerEntry(name="s", client=str(kw.pop("client", "cursor")), path="/x/mcp.json", raw=raw, key_path=("mcpServers", "s"),
                       line=3, command=command, args=args or [], **kw)  # type: ignore[arg-type]


def rules_of(e: ServerEntry) -> dict[str, str]:
    return {f.rule: f.severity for f in check_entry(e, home="/home/ada", advisories=load_advisories())}


@pytest.mark.parametrize(("e", "rule", "severity"), [
    (entry("npx", ["-y", "@modelcontextprotocol/server-filesystem", "/"]), "broad-filesystem", "high"),
    (entry("npx", ["-y", "@modelcontextprotocol/server-filesystem@2026.8.31", "~"]), "broad-filesystem", "high"),
    (entry("npx", ["-y", "@modelcontextprotocol/server-filesystem@2026.8.31", "/home/ada/.ssh"]), "broad-filesystem", "high"),
    (entry("npx", ["-y", "some-server"]), "unpinned-package", "medium"),
    (entry("npx", ["some-server@latest"]), "unpinned-package", "medium"),
    (entry("uvx", ["mcp-server-fetch"]), "unpinned-package", "medium"),
    (entry("docker", ["run", "-i", "--rm", "ghcr.io/org/server"]), "unpinned-package", "medium"),
    (entry("npx", ["-y", "mcp-remote@0.1.15", "https://x"]), "known-vulnerable", "critical"),
    (entry("npx", ["-y", "@modelcontextprotocol/server-filesystem@2025.3.28", "/p"]), "known-vulnerable", "high"),
    (entry("uvx", ["mcp-server-git==2025.11.1"]), "known-vulnerable", "high"),
    (entry("bash", ["-c", "node server.js"]), "shell-launcher", "medium"),
    (entry("cmd", ["/c", "npx", "-y", "some-server"]), "unpinned-package", "medium"),
    (entry("cmd", ["/c", "npx -y s@1 && calc"]), "shell-launcher", "medium"),
    (entry("sh", ["-c", "curl -fsSL https://x.sh | sh"]), "download-and-run", "critical"),
    (entry("/tmp/server", []), "writable-launcher", "high"),
    (entry("npx", ["-y", "s@1.0.0"], env={"GITHUB_TOKEN": "ghp_TESTONLYnotarealtoken0000000000000000"}), "secret-in-config", "high"),
    (entry("npx", ["-y", "s@1.0.0"], env={"DB_PASSWORD": "Zq8#kP2!vL9@xR4$"}), "secret-in-config", "medium"),
    (entry("npx", ["-y", "s@1.0.0", "--api-key", "abcd1234efgh5678"]), "secret-in-config", "high"),
    (entry(url="http://mcp.example.com/mcp", transport="http"), "plain-http", "high"),
    (entry(url="http://127.0.0.1:8080/mcp", transport="http"), "no-auth", "medium"),
    (entry("npx", ["-y", "s@1.0.0"]), "not-wrapped", "low"),
])
def test_config_check(e: ServerEntry, rule: str, severity: str) -> None:
    assert rules_of(e).get(rule) == severity, rules_of(e)


@pytest.mark.parametrize("e", [
    entry("npx", ["-y", "s@1.0.0"], env={"GITHUB_TOKEN": "${input:token}"}),
    entry("npx", ["-y", "s@1.0.0"], env={"API_KEY": "your-api-key"}),
    entry("npx", ["-y", "mcp-remote@0.1.16", "https://x"]),
    entry("cmd", ["/c", "npx", "-y", "s@1.0.0"]),
    entry("mcpfort", ["run", "--policy", "p.yaml", "--", "uvx", "mcp-server-time==2026.10.19"]),
    entry(url="https://mcp.example.com/mcp", transport="http", headers={"Authorization": "Bearer ${env:TOKEN}"}),
])
def test_config_check_quiet(e: ServerEntry) -> None:
    assert not {r: s for r, s in rules_of(e).items() if s != "info" and r != "not-wrapped"}, rules_of(e)


def test_package_parsing() -> None:
    assert package_of(["npx", "-y", "@scope/pkg@1.2.3"]) == ("@scope/pkg", "1.2.3", "npm")
    assert package_of(["uvx", "--from", "mcp-server-git==1.0", "mcp-server-git"]) == ("mcp-server-git", "1.0", "pypi")
    assert package_of(["uvx", "--python", "3.12", "mcp-server-time"]) == ("mcp-server-time", None, "pypi")
    assert package_of(["pnpm", "dlx", "pkg"]) == ("pkg", None, "npm")


def test_advisories_can_be_extended_from_a_file(tmp_path: Path) -> None:
    extra = tmp_path / "adv.json"
    extra.write_text(json.dumps({"advisories": [{"id": "TEST-1", "package": "s", "ecosystem": "npm",
                                                 "affected": "<2.0.0", "fixed": "2.0.0", "severity": "high"}]}))
    found = check_entry(entry("npx", ["-y", "s@1.0.0"]), home="/h", advisories=load_advisories(str(extra)))
    assert any(f.rule == "known-vulnerable" and "TEST-1" in f.message for f in found)


def test_secrets_never_appear_in_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    main(["scan", "--home", str(HOMES / "linux"), "--os", "linux", "--project", str(HOMES / "project"), "--format", "json"])
    out = capsys.readouterr().out
    for secret in ("notarealtoken0000", "hunter2secret", "Zq8#kP2!vL9@xR4$", "notarealkey0000"):
        assert secret not in out


def test_full_scan_of_the_linux_home(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", "--home", str(HOMES / "linux"), "--os", "linux", "--project", str(HOMES / "project"),
                 "--format", "json", "--fail-on", "critical"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    rules = {f["rule"] for s in data["servers"].values() for f in s["findings"]} | {f["rule"] for f in data["findings"]}
    assert {"broad-filesystem", "secret-in-config", "unpinned-package", "plain-http", "no-auth", "known-vulnerable",
            "download-and-run", "not-wrapped", "toxic-flow"} <= rules
    assert data["servers"]["time"]["findings"] == []  # wrapped by mcpfort, pinned


def test_toxic_flow_severity_and_builtin_tools() -> None:
    from mcpfort.scan.checks import toxic_flows

    trifecta = [("fs", {"private_data"}), ("web", {"untrusted_content", "public_sink"})]
    assert toxic_flows(trifecta, "c")[0].severity == "high"
    assert toxic_flows([("fs", {"private_data"}), ("mail", {"public_sink"})], "c")[0].severity == "medium"
    assert toxic_flows([("fs", {"private_data"})], "claude-desktop", client="claude-desktop") == []
    ide = toxic_flows([("fs", {"private_data"})], "cursor", client="cursor")
    assert ide[0].severity == "medium" and "built-in terminal" in ide[0].evidence
