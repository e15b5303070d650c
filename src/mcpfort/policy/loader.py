"""Turn a policy file into a ``Policy``, or fail with file, line, key and what was expected."""

from __future__ import annotations

import difflib
import os
import re
import shlex
from typing import Any

from mcpfort.errors import PolicyError
from mcpfort.policy import yamlsrc
from mcpfort.policy.model import ARG_KINDS, ArgSpec, Capability, Policy, Rule, Server
from mcpfort.policy.paths import SymlinkLoop, resolve
from mcpfort.sandbox.egress import allow_entry_error
from mcpfort.sandbox.spec import Limits, SandboxSpec, parse_cpu, parse_duration, parse_size

__all__ = ["load_policy", "parse_policy"]

_NAME = re.compile(r"^[A-Za-z0-9_.:*/-]{1,128}$")
TOP_KEYS = {"version", "context", "capabilities", "contexts", "servers", "audit",
            # Read by later parts of mcpfort; accepted so one file serves every command.
            "gateway", "auth", "ratelimit", "privacy", "trust"}
CAPABILITY_KEYS = {"description", "paths", "exclude", "tables", "hosts", "confirm"}
SERVER_KEYS = {"command", "cwd", "env", "tools", "resources", "prompts", "sandbox", "description",
               "url", "headers", "unsafe_no_sandbox"}
RULE_KEYS = {"requires", "args", "confirm", "description"}
ARG_KEYS = {"kind", "capabilities"}
SANDBOX_KEYS = {"filesystem", "network", "env", "limits", "require"}
GATEWAY_KEYS = {"listen", "public_url", "allowed_origins", "sessions", "unsafe_no_auth"}
AUTH_KEYS = {"issuer", "scopes", "claims", "introspection", "audience"}


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number of at least 1")
    return value


LIMIT_PARSERS = {"memory": parse_size, "disk": parse_size, "timeout": parse_duration, "cpu": parse_cpu,
                 "pids": _count, "nofile": _count}


def load_policy(path: str) -> Policy:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise PolicyError(path, None, "(file)", "an existing policy file (mcpfort init writes a starter)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(path, None, "(file)", f"a readable UTF-8 file ({exc})") from None
    return parse_policy(text, path)


def parse_policy(text: str, file: str) -> Policy:
    src = yamlsrc.load(text, file)
    return _Parser(src, os.path.dirname(os.path.abspath(file))).policy()


def _suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Parser:
    def __init__(self, src: yamlsrc.Located, base_dir: str) -> None:
        self.src = src
        self.base_dir = base_dir
        self.warnings: list[str] = []

    # -- small typed readers -------------------------------------------------------------
    def mapping(self, value: Any, path: tuple, keys: set[str] | None = None) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.src.fail(path, f"a mapping, got {type(value).__name__}")
        if keys is not None:
            for key in value:
                if key not in keys:
                    raise self.src.fail(path + (key,), f"one of {sorted(keys)}{_suggest(key, keys)}")
        return value

    def strings(self, value: Any, path: tuple, *, allow_str: bool = True) -> tuple[str, ...]:
        if isinstance(value, str) and allow_str:
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.src.fail(path, "a list of strings")
        return tuple(value)

    def boolean(self, value: Any, path: tuple) -> bool:
        if not isinstance(value, bool):
            raise self.src.fail(path, f"true or false, got {value!r}")
        return value

    def name(self, value: Any, path: tuple, what: str) -> str:
        if not isinstance(value, str) or not _NAME.match(value):
            raise self.src.fail(path, f"a {what} name of letters, digits and _ . : * / - (1-128 characters)")
        return value

    # -- sections ------------------------------------------------------------------------
    def policy(self) -> Policy:
        data = self.src.data
        if data is None:
            raise self.src.fail((), "a mapping with at least version, capabilities, contexts and servers")
        top = self.mapping(data, (), TOP_KEYS)
        version = top.get("version", 1)
        if version != 1:
            raise self.src.fail(("version",), "1 (the only policy format version so far)")
        capabilities = {
            self.name(n, ("capabilities", n), "capability"): self.capability(n, c)
            for n, c in self.mapping(top.get("capabilities"), ("capabilities",)).items()
        }
        contexts, context_lines = self.contexts(top.get("contexts"), capabilities)
        context = top.get("context", next(iter(contexts), "default"))
        if not isinstance(context, str) or (contexts and context not in contexts):
            raise self.src.fail(("context",), f"one of the contexts {sorted(contexts)}{_suggest(context, contexts)}")
        servers = {
            self.name(n, ("servers", n), "server"): self.server(n, s, capabilities)
            for n, s in self.mapping(top.get("servers"), ("servers",)).items()
        }
        for key in ("privacy", "trust"):
            if key in top:
                self.warnings.append(f"policy key {key!r} is read by a later mcpfort release and not enforced by this one")
        audit = self.audit(top.get("audit"))
        return Policy(file=self.src.file, base_dir=self.base_dir, version=1, context=context,
                      capabilities=capabilities, contexts=contexts, servers=servers,
                      context_lines=context_lines, audit=audit, warnings=tuple(self.warnings),
                      gateway=self.gateway(top.get("gateway")), auth=self.auth(top.get("auth"), capabilities, contexts),
                      ratelimit=self.ratelimit(top.get("ratelimit")))

    def audit(self, value: Any) -> dict[str, Any]:
        """The raw ``audit:`` mapping, validated (``mcpfort.audit.settings`` parses it again for use)."""
        from mcpfort.audit.settings import parse

        audit = self.mapping(value, ("audit",))
        parse(audit or None, self.base_dir, self.src.fail)
        return audit

    # -- the HTTP gateway's sections -------------------------------------------------------
    def gateway(self, value: Any) -> dict[str, Any]:
        spec = self.mapping(value, ("gateway",), GATEWAY_KEYS)
        listen = spec.get("listen", "127.0.0.1:8848")
        host, _, port = str(listen).rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise self.src.fail(("gateway", "listen"), "HOST:PORT such as 127.0.0.1:8848")
        public = spec.get("public_url", f"http://{host if ':' not in host else '[' + host + ']'}:{port}")
        if not isinstance(public, str) or not re.match(r"^https?://[^/\s]+$", public.rstrip("/")):
            raise self.src.fail(("gateway", "public_url"), "an http(s) origin such as https://mcp.example.com (no path)")
        origins = self.strings(spec.get("allowed_origins", []), ("gateway", "allowed_origins"))
        sessions = spec.get("sessions", "per-session")
        if sessions not in ("per-session", "shared"):
            raise self.src.fail(("gateway", "sessions"), "per-session or shared")
        return {"host": host.strip("[]"), "port": int(port),
                "public_url": public.rstrip("/") if "public_url" in spec else None,
                "allowed_origins": list(origins), "sessions": sessions,
                "unsafe_no_auth": self.boolean(spec.get("unsafe_no_auth", False), ("gateway", "unsafe_no_auth"))}

    def auth(self, value: Any, capabilities: dict[str, Capability], contexts: dict[str, frozenset[str]]) -> dict[str, Any]:
        if value is None:
            return {}
        spec = self.mapping(value, ("auth",), AUTH_KEYS)
        issuer = spec.get("issuer")
        if not isinstance(issuer, str) or not re.match(r"^https?://", issuer):
            raise self.src.fail(("auth", "issuer"), "the authorization server's issuer URL, e.g. http://127.0.0.1:3000")
        scopes = {}
        for scope, caps in self.mapping(spec.get("scopes"), ("auth", "scopes")).items():
            granted = self.strings(caps, ("auth", "scopes", scope))
            for i, cap in enumerate(granted):
                if cap not in capabilities:
                    raise self.src.fail(("auth", "scopes", scope, i),
                                        f"a capability defined under capabilities, not {cap!r}{_suggest(cap, capabilities)}")
            scopes[str(scope)] = frozenset(granted)
        claims = self.mapping(spec.get("claims"), ("auth", "claims"), {"user", "organization", "context", "roles"})
        for key, claim in claims.items():
            if not isinstance(claim, str):
                raise self.src.fail(("auth", "claims", key), "the name of a token claim")
        introspection = self.mapping(spec.get("introspection"), ("auth", "introspection"),
                                     {"endpoint", "client_id", "client_secret", "client_secret_env"})
        return {"issuer": issuer.rstrip("/"), "scopes": scopes,
                "claims": {"user": "sub", "organization": "org", "context": "mcp_context", **claims},
                "introspection": introspection or None, "audience": spec.get("audience")}

    def ratelimit(self, value: Any) -> dict[str, Any]:
        if value is None:
            return {}
        spec = self.mapping(value, ("ratelimit",), {"per_user", "per_tool", "storage"})
        from limits import parse

        def limit(raw: Any, path: tuple) -> str:
            try:
                parse(str(raw))
            except ValueError:
                raise self.src.fail(path, "a rate such as 120/minute, 10/second or 1000/hour") from None
            return str(raw)

        per_tool = {str(t): limit(r, ("ratelimit", "per_tool", t))
                    for t, r in self.mapping(spec.get("per_tool"), ("ratelimit", "per_tool")).items()}
        storage = spec.get("storage", "memory://")
        if not isinstance(storage, str) or storage.split("://", 1)[0] not in ("memory", "redis", "rediss", "async+memory", "async+redis"):
            raise self.src.fail(("ratelimit", "storage"), "memory:// or redis://HOST:PORT")
        return {"per_user": limit(spec["per_user"], ("ratelimit", "per_user")) if "per_user" in spec else None,
                "per_tool": per_tool, "storage": storage}

    def capability(self, name: str, value: Any) -> Capability:
        path = ("capabilities", name)
        spec = self.mapping(value, path, CAPABILITY_KEYS)
        paths = None
        if "paths" in spec:
            paths = tuple(self.root(p, path + ("paths", i)) for i, p in enumerate(self.strings(spec["paths"], path + ("paths",))))
        tables = self.strings(spec["tables"], path + ("tables",)) if "tables" in spec else None
        hosts = self.strings(spec["hosts"], path + ("hosts",)) if "hosts" in spec else None
        description = spec.get("description", "")
        if not isinstance(description, str):
            raise self.src.fail(path + ("description",), "a string")
        return Capability(
            name=name, description=description, paths=paths,
            exclude=self.strings(spec.get("exclude", []), path + ("exclude",)),
            tables=tables, hosts=hosts,
            confirm=self.boolean(spec.get("confirm", False), path + ("confirm",)),
            line=self.src.line(path))

    def root(self, raw: str, path: tuple, must_exist: bool = True) -> str:
        if "\x00" in raw or not raw.strip():
            raise self.src.fail(path, "a folder path")
        expanded = os.path.expanduser(raw)
        absolute = os.path.normpath(os.path.join(self.base_dir, expanded))
        try:
            resolved = resolve(absolute)
        except SymlinkLoop:
            raise self.src.fail(path, f"a folder without a symlink loop ({raw!r})") from None
        if must_exist and not os.path.isdir(resolved):
            self.warnings.append(f"{self.src.file}:{self.src.line(path)}: allowed path {raw!r} ({resolved}) is not an existing folder")
        if resolved == "/":
            self.warnings.append(f"{self.src.file}:{self.src.line(path)}: allowed path {raw!r} grants the whole filesystem")
        return resolved

    def contexts(self, value: Any, capabilities: dict[str, Capability]) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
        out: dict[str, frozenset[str]] = {}
        lines: dict[str, int] = {}
        for name, grants in self.mapping(value, ("contexts",)).items():
            path = ("contexts", self.name(name, ("contexts", name), "context"))
            granted = self.strings(grants or [], path, allow_str=False)
            for i, cap in enumerate(granted):
                if cap not in capabilities:
                    raise self.src.fail(path + (i,), f"a capability defined under capabilities, not {cap!r}{_suggest(cap, capabilities)}")
            out[name] = frozenset(granted)
            lines[name] = self.src.line(path) or 0
        return out, lines

    def server(self, name: str, value: Any, capabilities: dict[str, Capability]) -> Server:
        path = ("servers", name)
        spec = self.mapping(value, path, SERVER_KEYS)
        command = spec.get("command")
        if command is not None:
            if isinstance(command, str):
                try:
                    command = tuple(shlex.split(command))
                except ValueError as exc:
                    raise self.src.fail(path + ("command",), f"a command line shlex can split ({exc})") from None
            else:
                command = self.strings(command, path + ("command",), allow_str=False)
            if not command:
                raise self.src.fail(path + ("command",), "a non-empty command")
        cwd = spec.get("cwd")
        if cwd is not None:
            if not isinstance(cwd, str):
                raise self.src.fail(path + ("cwd",), "a folder path")
            cwd = os.path.normpath(os.path.join(self.base_dir, os.path.expanduser(cwd)))
        env = self.mapping(spec.get("env"), path + ("env",))
        for key, val in env.items():
            if not isinstance(val, str):
                raise self.src.fail(path + ("env", key), "a string value (quote numbers)")
        tools = {
            self.name(t, path + ("tools", t), "tool"): self.rule(t, r, path + ("tools", t), capabilities)
            for t, r in self.mapping(spec.get("tools"), path + ("tools",)).items()
        }
        resources = tuple(
            self.rule(p, r, path + ("resources", p), capabilities, uri=True)
            for p, r in self.mapping(spec.get("resources"), path + ("resources",)).items()
        )
        prompts = {
            self.name(p, path + ("prompts", p), "prompt"): self.rule(p, r, path + ("prompts", p), capabilities)
            for p, r in self.mapping(spec.get("prompts"), path + ("prompts",)).items()
        }
        unsafe = self.boolean(spec.get("unsafe_no_sandbox", False), path + ("unsafe_no_sandbox",))
        rules = list(tools.values()) + list(resources) + list(prompts.values())
        sandbox = self.sandbox(spec.get("sandbox"), path + ("sandbox",), unsafe, rules, capabilities)
        url = spec.get("url")
        if url is not None:
            if command is not None:
                raise self.src.fail(path + ("url",), "either command or url, not both")
            if not isinstance(url, str) or not re.match(r"^https?://[^\s]+$", url):
                raise self.src.fail(path + ("url",), "the remote server's http(s) URL")
            if url.startswith("http://") and not re.match(r"^http://(127\.0\.0\.1|localhost|\[::1\])[:/]", url):
                self.warnings.append(f"servers.{name}.url uses plain http to a remote host: its credentials travel unencrypted")
        headers = self.mapping(spec.get("headers"), path + ("headers",))
        for key, val in headers.items():
            if not isinstance(val, str):
                raise self.src.fail(path + ("headers", key), "a string (use ${VAR} to read a secret from the environment)")
            if key.lower() == "authorization" and "${" not in val:
                self.warnings.append(f"servers.{name}.headers.{key} holds a literal credential; prefer ${{VAR}}")
        return Server(name=name, command=command, cwd=cwd, env=dict(env), tools=tools, resources=resources,
                      prompts=prompts, sandbox=sandbox, url=url, headers=dict(headers), line=self.src.line(path))

    def sandbox(self, value: Any, path: tuple, unsafe: bool, rules: list[Rule],
                capabilities: dict[str, Capability]) -> SandboxSpec:
        if value is None:
            # The secure default: no network, a read-only view of the folders its tools may reach.
            granted = sorted({p for r in rules for c in r.requires for p in (capabilities[c].paths or ())})
            writers = sorted({r.name for r in rules if any(capabilities[c].name.endswith(":write") for c in r.requires)})
            if writers and not unsafe:
                self.warnings.append(
                    f"{self.src.file}:{self.src.line(path[:-1])}: servers.{path[1]} has no sandbox section, so its "
                    f"default sandbox shows its folders read-only, but {', '.join(writers)} need write access: "
                    f"add servers.{path[1]}.sandbox.filesystem.write")
            return SandboxSpec(read=tuple(granted), unsafe_no_sandbox=unsafe, from_policy=False)
        spec = self.mapping(value, path, SANDBOX_KEYS)
        fs = self.mapping(spec.get("filesystem"), path + ("filesystem",), {"read", "write"})
        read = tuple(self.root(p, path + ("filesystem", "read", i), must_exist=False)
                     for i, p in enumerate(self.strings(fs.get("read", []), path + ("filesystem", "read"))))
        write = tuple(self.root(p, path + ("filesystem", "write", i), must_exist=False)
                      for i, p in enumerate(self.strings(fs.get("write", []), path + ("filesystem", "write"))))
        net = self.mapping(spec.get("network"), path + ("network",), {"allow"})
        allow = self.strings(net.get("allow", []), path + ("network", "allow"))
        for i, entry in enumerate(allow):
            if problem := allow_entry_error(entry):
                raise self.src.fail(path + ("network", "allow", i), f"a host, *.domain, host:port or IP:port ({problem})")
        env = self.mapping(spec.get("env"), path + ("env",), {"pass", "set"})
        env_set = self.mapping(env.get("set"), path + ("env", "set"))
        for key, val in env_set.items():
            if not isinstance(val, str):
                raise self.src.fail(path + ("env", "set", key), "a string value (quote numbers)")
        limits_spec = self.mapping(spec.get("limits"), path + ("limits",), set(LIMIT_PARSERS))
        limits = {}
        for key, raw in limits_spec.items():
            try:
                limits[key] = LIMIT_PARSERS[key](raw)
            except ValueError as exc:
                raise self.src.fail(path + ("limits", key), str(exc)) from None
        require = spec.get("require", "strict")
        if require not in ("strict", "best-effort"):
            raise self.src.fail(path + ("require",), "strict or best-effort")
        return SandboxSpec(read=read, write=write, allow_hosts=allow,
                           env_pass=self.strings(env.get("pass", []), path + ("env", "pass")),
                           env_set=dict(env_set), limits=Limits(**limits), require=require,
                           unsafe_no_sandbox=unsafe, from_policy=True)

    def rule(self, name: str, value: Any, path: tuple, capabilities: dict[str, Capability], uri: bool = False) -> Rule:
        if uri and (not isinstance(name, str) or not name or "\x00" in name):
            raise self.src.fail(path, "a URI pattern such as file:///project/** or test://static/*")
        spec = self.mapping(value, path, RULE_KEYS)
        requires = self.strings(spec.get("requires", []), path + ("requires",))
        for i, cap in enumerate(requires):
            if cap not in capabilities:
                raise self.src.fail(path + ("requires", i), f"a capability defined under capabilities, not {cap!r}{_suggest(cap, capabilities)}")
        args = []
        for arg, kind_spec in self.mapping(spec.get("args"), path + ("args",)).items():
            arg_path = path + ("args", arg)
            if isinstance(kind_spec, str):
                kind_spec = {"kind": kind_spec}
            kind_spec = self.mapping(kind_spec, arg_path, ARG_KEYS)
            kind = kind_spec.get("kind")
            if not isinstance(kind, str) or kind not in ARG_KINDS:  # a list or mapping is unhashable
                raise self.src.fail(arg_path, f"an argument kind, one of {sorted(ARG_KINDS)}{_suggest(kind, ARG_KINDS)}")
            judges = None
            if "capabilities" in kind_spec:
                judges = self.strings(kind_spec["capabilities"], arg_path + ("capabilities",))
                for cap in judges:
                    if cap not in requires:
                        raise self.src.fail(arg_path + ("capabilities",), f"capabilities listed in requires, not {cap!r}")
            candidates = judges if judges is not None else requires
            if not any(capabilities[c].constrains(kind) for c in candidates):
                raise self.src.fail(arg_path, f"a required capability that declares {ARG_KINDS[kind]} for "
                                              f"this {kind} argument (requires: {list(requires) or 'nothing'})")
            args.append(ArgSpec(name=str(arg), kind=kind, capabilities=judges, line=self.src.line(arg_path)))
        return Rule(name=name, requires=requires, args=tuple(args),
                    confirm=self.boolean(spec.get("confirm", False), path + ("confirm",)),
                    line=self.src.line(path))
