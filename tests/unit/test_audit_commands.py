"""``mcpfort audit`` with a policy's audit section: keys found from --policy, keygen, rotate-key,
forget, checkpoint export, verify against it, query formats, OCSF/CEF export, reports, and every
read recorded; the audit section's validation with file and line."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import stat
from pathlib import Path

import orjson
import pytest

from mcpfort.audit.chain import GENESIS, canonical, chain_hash
from mcpfort.audit.log import AuditLog
from mcpfort.cli import main
from mcpfort.errors import PolicyError
from mcpfort.policy.loader import parse_policy
from tests.audit_sqlite import BlockFile

T0 = 1_763_900_000.0
POLICY = """\
version: 1
capabilities: {}
contexts:
  dev: []
servers: {}
audit:
  store: logs/audit.db
  encryption: {key_file: keys/audit.key}
  checkpoints: {every: 3, signing_key: keys/signing.key}
  durability: strict
"""
EVENTS = [
    {"ts": T0, "event": "session.started", "session_id": "s1", "user": "ada", "server": "fs", "command": ["x"]},
    {"ts": T0 + 1, "event": "tool.called", "user": "ada", "organization": "acme", "server": "fs", "tool": "read_file",
     "trace_id": "t1", "kind": "tool", "arguments": {"path": "/secret/plan.txt"}},
    {"ts": T0 + 2, "event": "authz.decision", "user": "ada", "organization": "acme", "server": "fs",
     "tool": "read_file", "trace_id": "t1", "kind": "tool", "decision": "allow", "reasons": ["files:read granted"]},
    {"ts": T0 + 3, "event": "tool.completed", "user": "ada", "organization": "acme", "server": "fs",
     "tool": "read_file", "trace_id": "t1", "kind": "tool", "decision": "allow", "duration_ms": 3.0},
    {"ts": T0 + 4, "event": "tool.denied", "user": "bob", "organization": "globex", "server": "db", "tool": "query",
     "trace_id": "t2", "kind": "tool", "decision": "deny", "error": "db:write is not granted", "code": "denied"},
    {"ts": T0 + 5, "event": "auth.failed", "server": "db", "reason": "token expired", "address": "10.0.0.9"},
]


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("MCPFORT_AUDIT", "MCPFORT_POLICY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "mcpfort.yaml"
    path.write_text(POLICY)
    from mcpfort.policy.loader import load_policy

    log = AuditLog.for_policy(str(tmp_path / "logs" / "audit.db"), load_policy(str(path)))
    for event in EVENTS:
        log.record(event)
    log.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["audit", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_with_the_policy_checks_signatures(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "verify", "--policy", str(policy))
    assert code == 0, err
    assert out.startswith("ok: 6 entries, chain intact")
    assert "signatures checked against a trusted key" in out
    # an auditor with only the public key and a copy of the file
    db = str(policy.parent / "logs" / "audit.db")
    code, out, _ = run(capsys, "verify", "--audit", db, "--public-key", str(policy.parent / "keys" / "signing.key.pub"))
    assert code == 0 and "trusted key" in out
    code, out, err = run(capsys, "verify", "--audit", db)
    assert code == 0 and "NOT checked" in out and "no trusted signing key" in err


def test_query_decrypts_with_the_policy_key_and_is_audited(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--policy", str(policy), "--format", "json", "--org", "acme", "--event", "tool.*")
    assert code == 0
    rows = orjson.loads(out)
    assert [r["trace_id"] for r in rows] == ["t1", "t1"] and rows[0]["arguments"] == {"path": "/secret/plan.txt"}
    code, out, _ = run(capsys, "query", "--audit", str(policy.parent / "logs" / "audit.db"), "--format", "jsonl",
                       "--trace", "t1", "--event", "tool.called")
    assert orjson.loads(out)["arguments"] == "***encrypted***"  # no key: the sealed part stays sealed
    code, out, _ = run(capsys, "query", "--policy", str(policy), "--format", "json", "--event", "audit.queried")
    reads = orjson.loads(out)
    assert len(reads) == 2 and reads[0]["action"] == "query" and reads[0]["count"] == 2
    assert reads[0]["filters"] == {"organization": "acme", "event": "tool.*"}


def test_query_csv(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--policy", str(policy), "--format", "csv", "--decision", "deny")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1
    assert rows[0]["user"] == "bob" and rows[0]["organization"] == "globex" and rows[0]["decision"] == "deny"
    assert rows[0]["time"] == "2025-11-23T12:13:24.000Z"
    assert orjson.loads(rows[0]["details"])["error"] == "db:write is not granted"


def test_export_jsonl_reverifies_offline(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--policy", str(policy))
    assert code == 0
    prev = GENESIS
    for line in out.splitlines():
        entry = orjson.loads(line)
        body = {k: v for k, v in entry.items() if k not in ("prev_hash", "hash")}
        assert entry["prev_hash"] == prev and entry["hash"] == chain_hash(prev, canonical(body))
        prev = entry["hash"]
    assert b"plan.txt" not in out.encode()  # sealed parts stay sealed in the verifiable export


def test_export_ocsf(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--policy", str(policy), "--format", "ocsf")
    assert code == 0
    records = [orjson.loads(line) for line in out.splitlines()]
    decision = next(r for r in records if r["message"] == "authz.decision") if records else None
    assert decision["class_uid"] == 6003 and decision["type_uid"] == 600399
    assert decision["authorizations"] == [{"decision": "allowed", "policy": {"name": "mcpfort policy",
                                                                             "desc": "files:read granted"}}]
    assert decision["api"] == {"operation": "tools/call", "service": {"name": "fs"}, "request": {"uid": "t1"}}
    assert decision["actor"]["user"]["org"]["name"] == "acme"
    denied = next(r for r in records if r.get("message") == "tool.denied")
    assert denied["status_id"] == 2 and denied["authorizations"][0]["decision"] == "denied"
    assert denied["status_detail"] == "db:write is not granted"
    auth = next(r for r in records if r["class_uid"] == 3002)
    assert auth["type_uid"] == 300201 and auth["status_id"] == 2 and auth["status_detail"] == "token expired"
    assert auth["src_endpoint"] == {"ip": "10.0.0.9"}
    assert all(r["metadata"]["uid"].startswith("main:") for r in records)


def test_export_cef(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--policy", str(policy), "--format", "cef")
    lines = out.splitlines()
    assert code == 0 and all(line.startswith("CEF:0|mcpfort|mcpfort|") for line in lines)
    denied = next(line for line in lines if "|tool.denied|" in line)
    assert "|tool.denied query|6|" in denied
    assert "suser=bob" in denied and "act=deny" in denied and "outcome=failure" in denied
    assert "msg=db:write is not granted" in denied


def test_export_cef_as_syslog(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--policy", str(policy), "--format", "cef", "--syslog")
    lines = out.splitlines()
    denied = next(line for line in lines if "|tool.denied|" in line)
    assert denied.startswith("<164>1 2025-11-23T12:13:24.000000Z ") and " mcpfort - audit - CEF:0|" in denied
    assert next(line for line in lines if "|auth.failed|" in line).startswith("<163>1 ")


def test_cef_escaping() -> None:
    from mcpfort.audit.export import to_cef

    line = to_cef({"ts": 1.0, "seq": 1, "event": "tool.failed", "tool": "a|b", "error": "x=1\\2\nline"})
    assert "|tool.failed a\\|b|" in line and "msg=x\\=1\\\\2\\nline" in line


@pytest.mark.parametrize(("standard", "texts"), [
    ("soc2", ["CC6.1", "CC7.2", "CC8.1", "1 denied attempt(s)", "signed checkpoint(s) verified"]),
    ("hipaa", ["164.312(b)", "ada: 1 call(s) to 1 tool(s)", "whether what was read is ePHI"]),
    ("gdpr", ["Art. 17", "Art. 30", "purposes, lawful basis"]),
])
def test_reports_say_what_they_show_and_what_they_cannot(policy: Path, capsys: pytest.CaptureFixture[str],
                                                          standard: str, texts: list[str]) -> None:
    code, out, _ = run(capsys, "report", "--policy", str(policy), "--standard", standard, "--since", "2025-01-01")
    assert code == 0
    for text in texts:
        assert text in out, text
    assert out.count("cannot show:") >= 3


def test_rotate_key_and_forget(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rotate-key", "--policy", str(policy))
    assert code == 0 and "data key(s) rewrapped" in out
    code, out, _ = run(capsys, "forget", "--policy", str(policy), "--user", "ada", "--yes")
    assert code == 0 and "forgot ada" in out
    code, out, _ = run(capsys, "query", "--policy", str(policy), "--format", "json", "--trace", "t1",
                       "--event", "tool.called")
    [row] = orjson.loads(out)
    assert row["arguments"] == "***erased***" and row["tool"] == "read_file"
    assert run(capsys, "verify", "--policy", str(policy))[0] == 0
    code, out, _ = run(capsys, "query", "--policy", str(policy), "--format", "json", "--event", "audit.*")
    assert {"audit.key_rotated", "audit.forgotten"} <= {r["event"] for r in orjson.loads(out)}


def test_forget_without_a_terminal_needs_yes(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "forget", "--policy", str(policy), "--user", "ada")
    assert code == 2 and "--yes" in err


def test_checkpoint_export_then_verify_against_it(policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = policy.parent / "kept-elsewhere.checkpoint"
    code, _, err = run(capsys, "checkpoint", "export", "--policy", str(policy), "-o", str(saved))
    assert code == 0 and "keep it off this host" in err
    assert saved.read_text().startswith("mcpfort.audit/")
    assert run(capsys, "verify", "--policy", str(policy), "--checkpoint", str(saved))[0] == 0
    db = policy.parent / "logs" / "audit.db"
    with sqlite3.connect(db) as conn:  # cut the tail and every checkpoint that covered it
        BlockFile(conn).delete(lambda seq: seq > 3)
        conn.execute("DELETE FROM notes WHERE seq > 3")
    conn.close()
    assert run(capsys, "verify", "--policy", str(policy))[0] == 0
    code, _, err = run(capsys, "verify", "--policy", str(policy), "--checkpoint", str(saved))
    assert code == 3 and "TAMPERED: entry 4" in err and "external checkpoint" in err


def test_keygen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "keygen", "--kind", "encryption", str(tmp_path / "k" / "audit.key"))
    assert code == 0 and "AES-256 key k" in out
    code, out, _ = run(capsys, "keygen", "--kind", "signing", str(tmp_path / "k" / "sign.key"))
    assert code == 0
    for name in ("audit.key", "sign.key"):
        assert stat.S_IMODE(os.stat(tmp_path / "k" / name).st_mode) == 0o600
    assert (tmp_path / "k" / "sign.key.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    code, _, err = run(capsys, "keygen", "--kind", "signing", str(tmp_path / "k" / "sign.key"))
    assert code == 1 and "already exists" in err


AUDIT_ERRORS = [
    ("audit: {store: jsonl:///x.jsonl}", "audit.store", "jsonl is an export format"),
    ("audit: {store: mysql://x}", "audit.store", "postgresql://"),
    ("audit: {encryption: {key_file: a, key_env: B}}", "audit.encryption", "one of them"),
    ("audit: {encryption: {key_env: 'no spaces'}}", "audit.encryption.key_env", "environment variable"),
    ("audit: {checkpoints: {every: 0, signing_key: s}}", "audit.checkpoints.every", "at least 1"),
    ("audit: {checkpoints: {every: 10}}", "audit.checkpoints.signing_key", "Ed25519"),
    ("audit: {rotation: sometimes}", "audit.rotation", "1d, 12h"),
    ("audit: {retention: 90d}", "audit.retention", "signing_key"),
    ("audit: {rotation: 1d, retention: 1h, checkpoints: {signing_key: s}}", "audit.retention", "at least as long"),
    ("audit: {durability: eventually}", "audit.durability", "strict"),
    ("audit: {replica: 'a b'}", "audit.replica", "letters"),
    ("audit: {stroe: x}", "audit.stroe", "one of"),
]


@pytest.mark.parametrize(("section", "key", "expected"), AUDIT_ERRORS)
def test_audit_section_errors_name_file_line_and_key(section: str, key: str, expected: str) -> None:
    text = "version: 1\ncapabilities: {}\ncontexts: {dev: []}\nservers: {}\n" + section + "\n"
    with pytest.raises(PolicyError) as info:
        parse_policy(text, "p.yaml")
    assert info.value.key == key and expected in info.value.expected and info.value.line == 5


def test_audit_section_defaults_and_paths(tmp_path: Path) -> None:
    from mcpfort.audit.settings import parse

    policy = parse_policy("version: 1\ncapabilities: {}\ncontexts: {dev: []}\nservers: {}\naudit:\n"
                          "  encryption: {key_file: ./k}\n  checkpoints: {every: 5, seconds: 2m, signing_key: s}\n"
                          "  retention: 30d\n  durability: batched\n", str(tmp_path / "p.yaml"))
    s = parse(policy.audit, policy.base_dir, lambda p, e: ValueError(e))
    assert s.key_file == str(tmp_path / "k") and s.signing_key == str(tmp_path / "s")
    assert (s.checkpoint_every, s.checkpoint_seconds, s.rotation, s.retention) == (5, 120.0, 86400.0, 30 * 86400.0)
    assert s.durability == "batched"
    default = parse(None, ".", lambda p, e: ValueError(e))
    assert default.durability == "batched" and not default.encrypted and default.signing_key is None
