"""``mcpfort wrap``: put a client's servers behind ``mcpfort run``, and take them out again.

Wrapping edits only the ``command``/``args`` of each stdio entry, in place in the text, so every
other byte of the config (comments, order, indentation) stays as it was.  The original file is
copied next to it (``FILE.mcpfort-backup``) and a manifest records the hash of what wrap wrote:
``unwrap`` restores the backup byte for byte when the file is still exactly that, and otherwise
unwraps entry by entry.  Each config gets a generated starter policy: read-only tools allowed,
destructive or writing ones confirmed, tools it cannot classify denied.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import yaml

from mcpfort.errors import UsageError
from mcpfort.scan import capabilities
from mcpfort.scan.checks import is_wrapped, package_of
from mcpfort.scan.clients import ConfigFile, ServerEntry
from mcpfort.scan.jsonc import parse

__all__ = ["WrapPlan", "plan_wrap", "apply_wrap", "plan_unwrap", "starter_policy", "manifest_path", "mcpfort_command"]

BACKUP_SUFFIX = ".mcpfort-backup"
_PATH_PARAMS = re.compile(r"^(?:path|paths|file|files|filename|file_path|filepath|directory|dir|folder|source|"
                          r"destination|target_path|repo_path|root|cwd)$", re.I)
_REGISTRIES = {"npm": ["registry.npmjs.org"], "pypi": ["pypi.org", "files.pythonhosted.org"]}


def _data_dir() -> str:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "mcpfort")


def _config_dir() -> str:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "mcpfort")


def manifest_path() -> str:
    return os.path.join(_data_dir(), "wrapped.json")


def mcpfort_command() -> str:
    """The mcpfort executable to put in configs: absolute, because GUI clients start with a bare PATH."""
    found = shutil.which("mcpfort")
    if found:
        return os.path.abspath(found)
    candidate = os.path.join(os.path.dirname(sys.executable), "mcpfort")
    return candidate if os.path.exists(candidate) else "mcpfort"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class WrapPlan:
    config: ConfigFile
    new_text: str
    policy_path: str
    policy_text: str | None
    wrapped: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def diff(self) -> str:
        out = difflib.unified_diff(self.config.text.splitlines(keepends=True), self.new_text.splitlines(keepends=True),
                                   self.config.path, self.config.path + " (wrapped)")
        return "".join(out)


# -- editing the text -----------------------------------------------------------------------------------

def _json_edit(text: str, entry: ServerEntry, argv: list[str]) -> str:
    node = parse(text).get(*entry.key_path)
    if node is None:
        raise UsageError(f"{entry.path}: cannot find {'/'.join(entry.key_path)} to edit")
    command = node.members.get("command")
    args = node.members.get("args")
    if command is None:
        raise UsageError(f"{entry.path}: {entry.name} has no command")
    if isinstance(command.value, list):  # opencode: the whole argv in "command"
        edits = [(command.start, command.end, json.dumps(argv, ensure_ascii=False))]
    else:
        edits = [(command.start, command.end, json.dumps(argv[0], ensure_ascii=False))]
        new_args = json.dumps(argv[1:], ensure_ascii=False)
        if args is not None:
            edits.append((args.start, args.end, new_args))
        else:
            edits.append((command.end, command.end, f', "args": {new_args}'))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _toml_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # TOML basic strings and arrays of them read the same


def _toml_edit(text: str, entry: ServerEntry, argv: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines)
                   if line.strip().replace('"', "").replace("'", "") == f"[mcp_servers.{entry.name}]"), None)
    if header is None:
        raise UsageError(f"{entry.path}: cannot find [mcp_servers.{entry.name}] to edit")
    end = next((i for i in range(header + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    out = lines[:header + 1]
    i = header + 1
    wrote_args = False
    while i < end:
        line = lines[i]
        key = line.split("=", 1)[0].strip() if "=" in line else ""
        if key == "command":
            newline = "\n" if line.endswith("\n") else ""
            out.append(f"command = {_toml_value(argv[0])}{newline}")
            if not any(ln.split("=", 1)[0].strip() == "args" for ln in lines[header + 1:end] if "=" in ln):
                out.append(f"args = {_toml_value(argv[1:])}\n")
                wrote_args = True
        elif key == "args":
            depth = line.count("[") - line.count("]")
            while depth > 0 and i + 1 < end:  # a multi-line array
                i += 1
                depth += lines[i].count("[") - lines[i].count("]")
            out.append(f"args = {_toml_value(argv[1:])}\n")
            wrote_args = True
        else:
            out.append(line)
        i += 1
    if not wrote_args and not any("args" in ln for ln in out[header + 1:]):
        out.append(f"args = {_toml_value(argv[1:])}\n")
    return "".join(out + lines[end:])


def _edit(config: ConfigFile, text: str, entry: ServerEntry, argv: list[str]) -> str:
    if config.format == "toml":
        return _toml_edit(text, entry, argv)
    if config.format == "json":
        return _json_edit(text, entry, argv)
    raise UsageError(f"{config.path}: wrapping {config.format.upper()} configs is not supported yet; put "
                     f"`mcpfort run --policy P --server NAME -- COMMAND...` in it by hand")


# -- the starter policy -----------------------------------------------------------------------------------

def _cap(server: str, kind: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", server).strip("-") or "server"
    return f"{safe}:{kind}"


def _folders(entry: ServerEntry, home: str) -> list[str]:
    out = []
    for arg in entry.args:
        if arg.startswith("-"):
            continue
        path = os.path.expanduser(arg) if arg.startswith("~") else arg
        if os.path.isabs(path) and os.path.isdir(path):
            out.append(path)
    return list(dict.fromkeys(out))


def _server_policy(entry: ServerEntry, tools: list[dict[str, Any]] | None, home: str,
                   caps: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    read_cap, write_cap = _cap(entry.name, "read"), _cap(entry.name, "write")
    folders = _folders(entry, home)
    spec: dict[str, Any] = {}  # the command stays in the client's config, after `--`
    sandbox: dict[str, Any] = {}
    if folders:
        sandbox["filesystem"] = {"read": folders}
    pkg = package_of(entry.argv)
    if pkg and pkg[2] in _REGISTRIES:
        sandbox["network"] = {"allow": list(_REGISTRIES[pkg[2]])}
        notes.append(f"{entry.name}: network allows only the {pkg[2]} registry (to install the package); add the "
                     "hosts the server itself calls")
    if entry.env:
        sandbox["env"] = {"pass": sorted(entry.env)}
    if sandbox:
        spec["sandbox"] = sandbox
    if tools is None:
        notes.append(f"{entry.name}: its tools are not known, so every tool is denied; run `mcpfort wrap "
                     f"{entry.client} --connect` (or `mcpfort scan --connect --pin`) to list them, or add them under "
                     f"servers.{entry.name}.tools")
        return spec
    rules: dict[str, Any] = {}
    denied = []
    uses_write = False
    for tool in tools:
        name = str(tool.get("name", ""))
        kind = capabilities.classify(tool)
        if kind == "unknown":
            denied.append(name)
            continue
        rule: dict[str, Any] = {"requires": [read_cap if kind == "read" else write_cap]}
        uses_write |= kind != "read"
        props = (tool.get("inputSchema") or {}).get("properties") or {}
        path_args = {p: "path" for p in props if _PATH_PARAMS.match(str(p))}
        if path_args and folders:
            rule["args"] = path_args
        rules[name] = rule
    caps[read_cap] = {"description": f"{entry.name}: tools that only read"}
    if folders:
        caps[read_cap]["paths"] = folders
        caps[read_cap]["exclude"] = [".env", "*.key", "*.pem", "**/.git/**", "**/.ssh/**"]
    if uses_write:
        caps[write_cap] = {"description": f"{entry.name}: tools that change or send things", "confirm": True}
        if folders:
            caps[write_cap]["paths"] = folders
            caps[write_cap]["exclude"] = [".env", "*.key", "*.pem", "**/.git/**", "**/.ssh/**"]
            sandbox.setdefault("filesystem", {})["write"] = folders
            spec["sandbox"] = sandbox
    if rules:
        spec["tools"] = rules
    if denied:
        notes.append(f"{entry.name}: denied (could not tell whether they only read): {', '.join(sorted(denied))}")
    return spec


def starter_policy(entries: list[ServerEntry], tools: dict[str, list[dict[str, Any]] | None], home: str,
                   client: str) -> str:
    caps: dict[str, Any] = {}
    notes: list[str] = []
    servers = {e.name: _server_policy(e, tools.get(e.name), home, caps, notes) for e in entries}
    doc = {"version": 1, "context": "default", "capabilities": caps, "contexts": {"default": sorted(caps)},
           "servers": servers}
    header = [f"# Starter policy written by `mcpfort wrap {client}` on {time.strftime('%Y-%m-%d')}.",
              "# Least privilege: read-only tools allowed, tools that write, send or delete ask for confirmation,",
              "# tools mcpfort could not classify are denied (a tool not listed under servers.NAME.tools is hidden).",
              "# Review it, then `mcpfort check --policy THIS_FILE` shows who may do what."]
    header += [f"# NOTE {n}" for n in notes]
    return "\n".join(header) + "\n" + yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120,
                                                default_flow_style=None)


class _Dumper(yaml.SafeDumper):
    """Plain YAML for people: no &anchors/*aliases when two places share a list."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# -- plans --------------------------------------------------------------------------------------------------

def wrapped_argv(entry: ServerEntry, policy_path: str, mcpfort: str) -> list[str]:
    return [mcpfort, "run", "--policy", policy_path, "--server", entry.name, "--", *entry.argv]


def policy_path_for(config: ConfigFile, policy_dir: str | None) -> str:
    digest = hashlib.sha256(os.path.abspath(config.path).encode()).hexdigest()[:8]
    return os.path.join(policy_dir or os.path.join(_config_dir(), "wrap"), f"{config.client}-{digest}.yaml")


def plan_wrap(config: ConfigFile, *, home: str, tools: dict[str, list[dict[str, Any]] | None],
              policy_dir: str | None = None, only: set[str] | None = None, mcpfort: str | None = None) -> WrapPlan:
    if config.error:
        raise UsageError(f"{config.path}: {config.error}")
    policy = policy_path_for(config, policy_dir)
    plan = WrapPlan(config=config, new_text=config.text, policy_path=policy, policy_text=None)
    chosen = []
    for entry in config.servers:
        if only and entry.name not in only:
            continue
        if is_wrapped(entry):
            plan.skipped.append((entry.name, "already runs through mcpfort"))
        elif not entry.command:
            plan.skipped.append((entry.name, "a remote server: put it behind `mcpfort serve` instead"))
        elif entry.disabled:
            plan.skipped.append((entry.name, "disabled in the client"))
        else:
            chosen.append(entry)
    # Edit from the last entry to the first so earlier spans stay valid (each edit re-parses anyway).
    for entry in chosen:
        plan.new_text = _edit(config, plan.new_text, entry, wrapped_argv(entry, policy, mcpfort or mcpfort_command()))
        plan.wrapped.append(entry.name)
    if chosen:
        plan.policy_text = starter_policy(chosen, tools, home, config.client)
    return plan


def _load_manifest() -> dict[str, Any]:
    try:
        with open(manifest_path(), encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read {manifest_path()}: {exc}") from None


def _save_manifest(data: dict[str, Any]) -> None:
    os.makedirs(os.path.dirname(manifest_path()), exist_ok=True)
    tmp = manifest_path() + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    os.replace(tmp, manifest_path())


def _write_exact(path: str, text: str) -> None:
    """Write ``text`` with the file's mode kept, atomically."""
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o600
    tmp = f"{path}.mcpfort-tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def apply_wrap(plan: WrapPlan) -> str | None:
    """Write the backup, the policy and the wrapped config; returns the backup path (None: nothing to do)."""
    if not plan.wrapped:
        return None
    path = os.path.abspath(plan.config.path)
    backup = path + BACKUP_SUFFIX
    manifest = _load_manifest()
    if path not in manifest or not os.path.exists(backup):
        shutil.copy2(path, backup)  # the very first original: a second wrap must not overwrite it
        original = _sha(plan.config.text)
    else:
        original = manifest[path]["original_sha256"]
    if plan.policy_text is not None:
        os.makedirs(os.path.dirname(plan.policy_path), exist_ok=True)
        if os.path.exists(plan.policy_path):
            shutil.copy2(plan.policy_path, plan.policy_path + BACKUP_SUFFIX)
        with open(plan.policy_path, "w", encoding="utf-8") as fh:
            fh.write(plan.policy_text)
    _write_exact(path, plan.new_text)
    manifest[path] = {"client": plan.config.client, "backup": backup, "original_sha256": original,
                      "wrapped_sha256": _sha(plan.new_text), "policy": plan.policy_path,
                      "servers": sorted(set(manifest.get(path, {}).get("servers", [])) | set(plan.wrapped)),
                      "wrapped_at": time.time()}
    _save_manifest(manifest)
    return backup


@dataclass
class UnwrapPlan:
    config: ConfigFile
    new_text: str
    exact: bool  # restored byte for byte from the backup
    unwrapped: list[str] = field(default_factory=list)

    def diff(self) -> str:
        return "".join(difflib.unified_diff(self.config.text.splitlines(keepends=True),
                                            self.new_text.splitlines(keepends=True), self.config.path,
                                            self.config.path + " (unwrapped)"))


def plan_unwrap(config: ConfigFile) -> UnwrapPlan:
    path = os.path.abspath(config.path)
    record = _load_manifest().get(path)
    backup = record["backup"] if record else path + BACKUP_SUFFIX
    if record and _sha(config.text) == record["wrapped_sha256"] and os.path.exists(backup):
        with open(backup, encoding="utf-8", newline="") as fh:
            original = fh.read()
        return UnwrapPlan(config, original, True, list(record["servers"]))
    # The file changed since wrap (or was wrapped by hand): unwrap each wrapped entry in place.
    text = config.text
    plan = UnwrapPlan(config, text, False)
    ours = set(record["servers"]) if record else None  # entries wrapped by hand stay wrapped
    for entry in config.servers:
        if is_wrapped(entry) and "--" in entry.argv and (ours is None or entry.name in ours):
            inner = entry.argv[entry.argv.index("--") + 1:]
            if inner:
                text = _edit(config, text, entry, inner)
                plan.unwrapped.append(entry.name)
    plan.new_text = text
    return plan


def apply_unwrap(plan: UnwrapPlan) -> None:
    path = os.path.abspath(plan.config.path)
    _write_exact(path, plan.new_text)
    manifest = _load_manifest()
    if path in manifest:
        del manifest[path]
        _save_manifest(manifest)
