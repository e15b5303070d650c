"""The policy loader: every refusal names the file, line and key, and says what was expected."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from mcpfort.errors import PolicyError
from mcpfort.policy.loader import load_policy, parse_policy

# A valid head that bad cases extend: capabilities on lines 1-6, contexts on 7-9, servers from 10.
HEAD = """\
capabilities:
  files:read:
    paths: [.]
    exclude: [.env]
  files:write: {paths: [.], confirm: true}
  db:read: {tables: [products]}
contexts:
  dev: [files:read, files:write, db:read]
  prod: [files:read]
servers:
  fs:
    tools:
"""

# (id, policy text, line, key, a fragment of what was expected)
BAD = [
    ("unknown-top-key-with-suggestion", "version: 1\ncapabilites: {}\n",
     2, "capabilites", "(did you mean 'capabilities'?)"),
    ("unknown-top-key-no-suggestion", "version: 1\nzzz: 1\n",
     2, "zzz", "one of ['audit', 'auth', 'capabilities'"),
    ("unknown-capability-key", "capabilities:\n  files:read:\n    path: [.]\n",
     3, "capabilities.files:read.path", "(did you mean 'paths'?)"),
    ("unknown-server-key", "servers:\n  fs:\n    tool: {}\n",
     3, "servers.fs.tool", "(did you mean 'tools'?)"),
    ("unknown-rule-key", HEAD + "      read: {require: [files:read]}\n",
     13, "servers.fs.tools.read.require", "(did you mean 'requires'?)"),
    ("unknown-arg-key", HEAD + "      read:\n        requires: [files:read]\n        args:\n"
                               "          path: {kind: path, capability: [files:read]}\n",
     16, "servers.fs.tools.read.args.path.capability", "(did you mean 'capabilities'?)"),
    ("duplicate-top-key", "version: 1\ncontexts: {}\ncontexts: {}\n",
     3, "contexts", "a key that appears once (it is also on line 2)"),
    ("duplicate-context-hides-a-grant", "capabilities:\n  files:read: {}\ncontexts:\n  dev: [files:read]\n  dev: []\n",
     5, "contexts.dev", "also on line 4"),
    ("duplicate-tool", HEAD + "      read: {requires: [files:read]}\n      read: {}\n",
     14, "servers.fs.tools.read", "also on line 13"),
    ("duplicate-capability-key", "capabilities:\n  files:read:\n    paths: [.]\n    paths: [/]\n",
     4, "capabilities.files:read.paths", "also on line 3"),
    ("undefined-capability-in-context", "capabilities:\n  files:read: {}\ncontexts:\n  dev:\n    - files:read\n    - files:raed\n",
     6, "contexts.dev.1", "not 'files:raed' (did you mean 'files:read'?)"),
    ("undefined-capability-in-flow-context", "capabilities:\n  files:read: {}\ncontexts:\n  dev: [files:read, nope]\n",
     4, "contexts.dev.1", "a capability defined under capabilities, not 'nope'"),
    ("undefined-capability-in-requires", HEAD + "      read:\n        requires: [files:read, files:wrte]\n",
     14, "servers.fs.tools.read.requires.1", "(did you mean 'files:write'?)"),
    ("undefined-capability-in-requires-string", HEAD + "      read: {requires: files:raed}\n",
     13, "servers.fs.tools.read.requires.0", "not 'files:raed'"),
    ("undefined-capability-in-resource", HEAD + "      read: {}\n    resources:\n      \"file:///x/**\": {requires: [nope]}\n",
     15, "servers.fs.resources.file:///x/**.requires.0", "not 'nope'"),
    ("undefined-capability-in-prompt", HEAD + "      read: {}\n    prompts:\n      summarize:\n        requires:\n          - nope\n",
     17, "servers.fs.prompts.summarize.requires.0", "not 'nope'"),
    ("capabilities-not-mapping", "capabilities: [files:read]\n",
     1, "capabilities", "a mapping, got list"),
    ("paths-not-list", "capabilities:\n  files:read:\n    paths: 5\n",
     3, "capabilities.files:read.paths", "a list of strings"),
    ("paths-list-of-ints", "capabilities:\n  files:read:\n    paths: [1, 2]\n",
     3, "capabilities.files:read.paths", "a list of strings"),
    ("paths-empty-string", "capabilities:\n  files:read:\n    paths:\n      - \"\"\n",
     4, "capabilities.files:read.paths.0", "a folder path"),
    ("paths-blank", "capabilities:\n  files:read:\n    paths: [./a, \"   \"]\n",
     3, "capabilities.files:read.paths.1", "a folder path"),
    ("exclude-not-list", "capabilities:\n  files:read:\n    paths: [.]\n    exclude: {a: 1}\n",
     4, "capabilities.files:read.exclude", "a list of strings"),
    ("confirm-not-bool", "capabilities:\n  files:read:\n    confirm: \"yes\"\n",
     3, "capabilities.files:read.confirm", "true or false, got 'yes'"),
    ("description-not-string", "capabilities:\n  files:read:\n    description: [a]\n",
     3, "capabilities.files:read.description", "a string"),
    ("capability-bad-name", "capabilities:\n  \"files read\": {}\n",
     2, "capabilities.files read", "a capability name of letters"),
    ("context-not-list", "capabilities:\n  files:read: {}\ncontexts:\n  dev: files:read\n",
     4, "contexts.dev", "a list of strings"),
    ("context-nested-list", "capabilities:\n  files:read: {}\ncontexts:\n  dev: [[files:read]]\n",
     4, "contexts.dev", "a list of strings"),
    ("tools-not-mapping", "servers:\n  fs:\n    tools: [read]\n",
     3, "servers.fs.tools", "a mapping, got list"),
    ("rule-not-mapping", HEAD + "      read: files:read\n",
     13, "servers.fs.tools.read", "a mapping, got str"),
    ("rule-confirm-not-bool", HEAD + "      read: {confirm: 1}\n",
     13, "servers.fs.tools.read.confirm", "true or false, got 1"),
    ("tool-bad-name", HEAD + "      \"read file\": {}\n",
     13, "servers.fs.tools.read file", "a tool name of letters"),
    ("server-env-not-string", "servers:\n  fs:\n    env:\n      PORT: 8080\n",
     4, "servers.fs.env.PORT", "a string value (quote numbers)"),
    ("server-cwd-not-string", "servers:\n  fs:\n    cwd: [a]\n",
     3, "servers.fs.cwd", "a folder path"),
    ("server-command-empty", "servers:\n  fs:\n    command: []\n",
     3, "servers.fs.command", "a non-empty command"),
    ("server-command-unbalanced-quote", "servers:\n  fs:\n    command: \"npx 'server\"\n",
     3, "servers.fs.command", "a command line shlex can split"),
    ("unknown-arg-kind", HEAD + "      read:\n        requires: [files:read]\n        args: {path: paht}\n",
     15, "servers.fs.tools.read.args.path", "an argument kind, one of ['path', 'sql', 'url'] (did you mean 'path'?)"),
    ("arg-kind-missing", HEAD + "      read:\n        requires: [files:read]\n        args:\n          path: {}\n",
     16, "servers.fs.tools.read.args.path", "an argument kind"),
    ("arg-kind-list", HEAD + "      read:\n        requires: [files:read]\n        args:\n          path: {kind: [path]}\n",
     16, "servers.fs.tools.read.args.path", "an argument kind"),
    ("arg-kind-mapping", HEAD + "      read:\n        requires: [files:read]\n        args:\n          path: {kind: {a: 1}}\n",
     16, "servers.fs.tools.read.args.path", "an argument kind"),
    ("path-arg-without-paths", HEAD + "      query:\n        requires: [db:read]\n        args:\n          file: path\n",
     16, "servers.fs.tools.query.args.file", "a required capability that declares paths for this path argument (requires: ['db:read'])"),
    ("path-arg-without-requires", HEAD + "      read:\n        args: {path: path}\n",
     14, "servers.fs.tools.read.args.path", "declares paths for this path argument (requires: nothing)"),
    ("sql-arg-without-tables", HEAD + "      query:\n        requires: [files:read]\n        args: {sql: sql}\n",
     15, "servers.fs.tools.query.args.sql", "declares tables"),
    ("url-arg-without-hosts", HEAD + "      fetch:\n        requires: [files:read]\n        args: {url: url}\n",
     15, "servers.fs.tools.fetch.args.url", "declares hosts"),
    ("arg-judge-not-required", HEAD + "      move:\n        requires: [files:read]\n        args:\n"
                                      "          dst: {kind: path, capabilities: [files:write]}\n",
     16, "servers.fs.tools.move.args.dst.capabilities", "capabilities listed in requires, not 'files:write'"),
    ("arg-judges-declare-no-paths", HEAD + "      move:\n        requires: [files:read, db:read]\n        args:\n"
                                           "          dst: {kind: path, capabilities: [db:read]}\n",
     16, "servers.fs.tools.move.args.dst", "declares paths"),
    ("resource-empty-uri", HEAD + "      read: {}\n    resources:\n      \"\": {}\n",
     15, "servers.fs.resources.", "a URI pattern"),
    ("version-2", "version: 2\ncapabilities: {}\n",
     1, "version", "1 (the only policy format version so far)"),
    ("version-string", "capabilities: {}\nversion: \"1\"\n",
     2, "version", "1 (the only policy format version so far)"),
    ("context-not-defined", "capabilities:\n  files:read: {}\ncontexts:\n  dev: [files:read]\ncontext: production\n",
     5, "context", "one of the contexts ['dev']"),
    ("context-typo", "capabilities: {}\ncontexts:\n  development: []\n  production: []\ncontext: developmnt\n",
     5, "context", "(did you mean 'development'?)"),
    ("context-not-string", "capabilities: {}\ncontexts:\n  dev: []\ncontext: [dev]\n",
     4, "context", "one of the contexts"),
    ("merge-key", "capabilities:\n  base: &base {paths: [.]}\n  files:read:\n    <<: *base\n    confirm: true\n",
     4, "capabilities.files:read", "no YAML merge keys ('<<'); write the keys out"),
    ("merge-key-top", "base: &b {version: 1}\n<<: *b\n",
     2, "(document)", "no YAML merge keys"),
    ("non-scalar-key", "capabilities: {}\n? [a, b]\n: 1\n",
     2, "(document)", "a scalar key"),
    ("document-is-list", "- version: 1\n",
     1, "(document)", "a mapping, got list"),
    ("document-empty", "",
     1, "(document)", "a mapping with at least version, capabilities, contexts and servers"),
    ("document-only-comments", "# nothing here\n",
     1, "(document)", "a mapping with at least version"),
    ("syntax-unclosed-flow", "version: 1\ncapabilities:\n  files:read: {paths: [./a}\n",
     3, "(syntax)", "valid YAML (expected ',' or ']', but got '}')"),
    ("syntax-tab-indent", "version: 1\ncapabilities:\n\tfiles:read: {}\n",
     3, "(syntax)", "valid YAML (found character '\\t' that cannot start any token)"),
    ("syntax-bad-indent", "version: 1\ncapabilities:\n  files:read: {}\n   bad: 1\n",
     4, "(syntax)", "valid YAML"),
    ("syntax-block-after-scalar", "version: 1\n- x\n",
     2, "(syntax)", "valid YAML"),
    ("syntax-undefined-alias", "version: 1\ncapabilities: *nope\n",
     2, "(syntax)", "found undefined alias 'nope'"),
    ("tag-python-object", "version: 1\ncontext: !!python/object/apply:os.system id\n",
     2, "context", "a plain value, not one tagged 'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("tag-python-name", "version: !!python/name:os.system\n",
     1, "version", "a plain value, not one tagged"),
    ("tag-bad-int", "capabilities: {}\nversion: !!int abc\n",
     2, "version", "a plain value, not one tagged 'tag:yaml.org,2002:int'"),
    ("tag-bad-bool", "version: !!bool maybe\n",
     1, "version", "tag:yaml.org,2002:bool"),
    ("tag-custom", "capabilities:\n  files:read:\n    paths: [!env HOME]\n",
     3, "capabilities.files:read.paths.0", "a plain value, not one tagged '!env'"),
]


@pytest.mark.parametrize("text,line,key,expected", [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_policy_names_line_and_key(tmp_path: Path, text: str, line: int, key: str, expected: str) -> None:
    file = str(tmp_path / "mcpfort.yaml")
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, file)
    err = caught.value
    assert (err.line, err.key) == (line, key), str(err)
    assert expected in err.expected, str(err)
    assert str(err) == f"{file}:{line}: {key}: {err.expected}"
    assert err.exit_code == 2


def test_recursive_alias_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy("capabilities: &a [*a]\n", str(tmp_path / "p.yaml"))
    assert caught.value.key == "(document)" and "recursive alias" in caught.value.expected


def test_symlink_loop_in_paths(tmp_path: Path) -> None:
    os.symlink("loop", tmp_path / "loop")
    with pytest.raises(PolicyError) as caught:
        parse_policy("capabilities:\n  files:read:\n    paths: [./ok, ./loop/x]\n", str(tmp_path / "p.yaml"))
    assert (caught.value.line, caught.value.key) == (3, "capabilities.files:read.paths.1")
    assert "a folder without a symlink loop ('./loop/x')" in caught.value.expected


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy(str(tmp_path / "absent.yaml"))
    err = caught.value
    assert (err.line, err.key) == (None, "(file)")
    assert str(err) == f"{tmp_path / 'absent.yaml'}: (file): an existing policy file (mcpfort init writes a starter)"


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"capabilities:\n  caf\xe9: {}\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(str(path))
    assert caught.value.key == "(file)" and "a readable UTF-8 file" in caught.value.expected


# -- a good policy -----------------------------------------------------------------------------

GOOD = """\
version: 1
context: dev
capabilities:
  files:read:
    description: Read the project
    paths: [./data, "./with space", ../sibling, ./link, ~/notes]
    exclude: [.env, "secrets/**"]
  files:write: {paths: ./out, confirm: true}
  db:read: {tables: [products], exclude: [users]}
  web:fetch: {hosts: [api.github.com]}
contexts:
  dev: [files:read, files:write, db:read, web:fetch]
  prod: [files:read]
  empty:
servers:
  fs:
    cwd: ./work
    command: "npx -y server-filesystem '/a b'"
    env: {NODE_ENV: production}
    tools:
      read_text_file: {requires: [files:read], args: {path: path}}
      move_file:
        requires: [files:read, files:write]
        args:
          source: {kind: path, capabilities: [files:read, files:write]}
          destination: {kind: path, capabilities: files:write}
        confirm: true
      query: {requires: [db:read], args: {sql: sql}}
      list_allowed_directories: {}
    resources:
      "file:///srv/**": {requires: [files:read]}
    prompts:
      summarize: {requires: [files:read]}
"""


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path / "home"
    policy_dir = tmp_path / "conf"
    for folder in (home / "notes", policy_dir / "data", policy_dir / "with space", tmp_path / "sibling",
                   policy_dir / "real", tmp_path / "elsewhere" / "data"):
        folder.mkdir(parents=True)
    os.symlink("real", policy_dir / "link")
    (policy_dir / "mcpfort.yaml").write_text(GOOD)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path / "elsewhere")  # ./data here must not be the one chosen
    return load_policy(str(policy_dir / "mcpfort.yaml")), Path(os.path.realpath(tmp_path))


def test_relative_paths_resolve_against_the_policy_folder_not_the_cwd(good) -> None:
    policy, root = good
    conf = root / "conf"
    assert policy.base_dir == str(conf)
    assert policy.capabilities["files:read"].paths == (
        str(conf / "data"), str(conf / "with space"), str(root / "sibling"), str(conf / "real"), str(root / "home" / "notes"))
    assert policy.capabilities["files:write"].paths == (str(conf / "out"),)
    assert policy.servers["fs"].cwd == str(conf / "work")


def test_a_missing_allowed_folder_is_kept_and_warned_about(good) -> None:
    policy, root = good
    assert any(f"allowed path './out' ({root / 'conf' / 'out'}) is not an existing folder" in w for w in policy.warnings)
    assert any(w.startswith(f"{root / 'conf' / 'mcpfort.yaml'}:8:") for w in policy.warnings)


def test_good_policy_shapes(good) -> None:
    policy, _ = good
    assert policy.version == 1 and policy.context == "dev"
    assert policy.contexts == {"dev": frozenset({"files:read", "files:write", "db:read", "web:fetch"}),
                               "prod": frozenset({"files:read"}), "empty": frozenset()}
    read = policy.capabilities["files:read"]
    assert read.exclude == (".env", "secrets/**") and read.line == 4 and read.tables is None and not read.confirm
    assert policy.capabilities["files:write"].confirm
    assert policy.capabilities["db:read"].tables == ("products",) and policy.capabilities["db:read"].exclude == ("users",)
    assert policy.capabilities["web:fetch"].hosts == ("api.github.com",)
    assert policy.context_lines == {"dev": 12, "prod": 13, "empty": 14}
    fs = policy.servers["fs"]
    assert fs.command == ("npx", "-y", "server-filesystem", "/a b") and fs.env == {"NODE_ENV": "production"}
    move = fs.tools["move_file"]
    assert move.confirm and move.line == 22 and move.requires == ("files:read", "files:write")
    assert [(a.name, a.kind, a.capabilities, a.line) for a in move.args] == [
        ("source", "path", ("files:read", "files:write"), 25), ("destination", "path", ("files:write",), 26)]
    assert fs.tools["read_text_file"].args[0].capabilities is None
    assert fs.tools["list_allowed_directories"].requires == () and fs.tools["list_allowed_directories"].args == ()
    assert [r.name for r in fs.resources] == ["file:///srv/**"] and fs.resources[0].line == 31
    assert fs.prompts["summarize"].requires == ("files:read",)


def test_context_defaults_to_the_first_one(tmp_path: Path) -> None:
    policy = parse_policy("capabilities: {}\ncontexts:\n  b: []\n  a: []\n", str(tmp_path / "p.yaml"))
    assert policy.context == "b"


def test_later_keys_are_accepted_with_a_warning(tmp_path: Path) -> None:
    policy = parse_policy("version: 1\ntrust: {}\n", str(tmp_path / "p.yaml"))
    assert any("'trust'" in w and "not enforced" in w for w in policy.warnings)


@pytest.mark.parametrize("text,line,key", [
    ("gateway: {listen: nowhere}\n", 1, "gateway.listen"),
    ("gateway:\n  public_url: ftp://x\n", 2, "gateway.public_url"),
    ("auth: {scopes: {}}\n", 1, "auth.issuer"),
    ("capabilities: {a: {}}\nauth:\n  issuer: http://as\n  scopes: {s: [b]}\n", 4, "auth.scopes.s.0"),
    ("ratelimit:\n  per_user: lots\n", 2, "ratelimit.per_user"),
    ("ratelimit:\n  storage: mongodb://x\n", 2, "ratelimit.storage"),
])
def test_http_gateway_sections_are_validated(tmp_path: Path, text: str, line: int, key: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, str(tmp_path / "p.yaml"))
    assert caught.value.line == line and caught.value.key == key
