"""The auditor query the HTTP gateway will call: only the auditor role reads, and every read or
refusal is itself in the trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpfort.audit.access import NotAnAuditor, auditor_query, roles_of
from mcpfort.audit.log import AuditLog
from mcpfort.audit.query import query
from mcpfort.audit.settings import AuditSettings
from mcpfort.audit.trail import Trail


@pytest.fixture
def trail(tmp_path: Path) -> Trail:
    s = AuditSettings(key_file=str(tmp_path / "k"), signing_key=str(tmp_path / "s"))
    log = AuditLog(str(tmp_path / "a.db"), settings=s)
    log.record({"ts": 1.0, "event": "tool.called", "user": "ada", "tool": "read_file", "arguments": {"p": 1}})
    log.record({"ts": 2.0, "event": "tool.called", "user": "bob", "tool": "query", "arguments": {"p": 2}})
    log.close()
    return Trail(str(tmp_path / "a.db"), s)


def test_an_auditor_reads_decrypted_entries_and_the_read_is_recorded(trail: Trail) -> None:
    rows = auditor_query(trail, user="carol", roles={"auditor"}, filters={"user": "bob"})
    assert [r["arguments"] for r in rows] == [{"p": 2}]
    [read] = query(trail.target, event="audit.queried")
    assert read["user"] == "carol" and read["count"] == 1 and read["action"] == "query"


@pytest.mark.parametrize("roles", [set(), {"admin"}, {"Auditor"}])
def test_anyone_else_is_refused_and_that_is_recorded(trail: Trail, roles: set[str]) -> None:
    with pytest.raises(NotAnAuditor, match="auditor"):
        auditor_query(trail, user="mallory", roles=roles, filters={"user": "bob"})
    [refused] = query(trail.target, event="audit.refused")
    assert refused["user"] == "mallory"
    assert not query(trail.target, event="audit.queried")


@pytest.mark.parametrize(("claims", "roles"), [
    ({"roles": ["auditor", "dev"]}, {"auditor", "dev"}),
    ({"roles": "auditor dev"}, {"auditor", "dev"}),
    ({"roles": 7}, set()),
    ({}, set()),
])
def test_roles_of(claims: dict, roles: set[str]) -> None:
    assert roles_of(claims) == roles


def test_reads_can_be_recorded_through_the_serving_gateways_log(trail: Trail) -> None:
    recorded: list[dict] = []
    auditor_query(trail, user="carol", roles=["auditor"], filters={"tool": "read_*"}, record=recorded.append)
    assert recorded == [{"event": "audit.queried", "user": "carol", "action": "query", "count": 1,
                         "filters": {"via": "http", "tool": "read_*"}}]
