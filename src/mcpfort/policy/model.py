"""The validated policy: what the YAML file says, as frozen, typed objects.

Every object keeps the line it came from, so a decision can name the rule that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mcpfort.sandbox.spec import SandboxSpec

__all__ = ["ARG_KINDS", "Capability", "ArgSpec", "Rule", "Server", "Policy"]

# The argument kinds a tool rule may declare, and the capability key that constrains each.
ARG_KINDS = {"path": "paths", "sql": "tables", "url": "hosts"}


@dataclass(frozen=True, slots=True)
class Capability:
    """A named permission (``files:read``) and the constraints it carries for each argument kind."""

    name: str
    description: str = ""
    paths: tuple[str, ...] | None = None  # resolved, absolute
    exclude: tuple[str, ...] = ()
    tables: tuple[str, ...] | None = None
    hosts: tuple[str, ...] | None = None
    confirm: bool = False
    line: int | None = None

    def constrains(self, kind: str) -> bool:
        return getattr(self, ARG_KINDS[kind]) is not None


@dataclass(frozen=True, slots=True)
class ArgSpec:
    """An argument whose value is checked: its kind, and which required capabilities judge it."""

    name: str
    kind: str
    capabilities: tuple[str, ...] | None = None  # None: every required capability for the kind
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """What a tool, a resource URI pattern or a prompt needs before it may be used."""

    name: str
    requires: tuple[str, ...] = ()
    args: tuple[ArgSpec, ...] = ()
    confirm: bool = False
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    command: tuple[str, ...] | None = None
    cwd: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    tools: dict[str, Rule] = field(default_factory=dict)
    resources: tuple[Rule, ...] = ()
    prompts: dict[str, Rule] = field(default_factory=dict)
    sandbox: SandboxSpec = field(default_factory=SandboxSpec)
    url: str | None = None  # a remote Streamable HTTP server instead of a command
    headers: dict[str, str] = field(default_factory=dict)  # its own credentials; ${VAR} from the environment
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    file: str
    base_dir: str
    version: int = 1
    context: str = "default"
    capabilities: dict[str, Capability] = field(default_factory=dict)
    contexts: dict[str, frozenset[str]] = field(default_factory=dict)
    servers: dict[str, Server] = field(default_factory=dict)
    context_lines: dict[str, int] = field(default_factory=dict)
    audit: dict[str, Any] = field(default_factory=dict)
    gateway: dict[str, Any] = field(default_factory=dict)
    auth: dict[str, Any] = field(default_factory=dict)
    ratelimit: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # decide()'s cache of argument-independent results; filled lazily, never part of equality
    memo: dict[tuple[str, str, str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def granted(self, context: str) -> frozenset[str] | None:
        return self.contexts.get(context)
