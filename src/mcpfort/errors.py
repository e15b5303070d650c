"""The few exceptions mcpfort raises, and the exit code each one maps to.

    MCPFortError                 anything mcpfort reports to a person (exit 1)
    ├── UsageError               a bad command line or environment (exit 2)
    ├── PolicyError              a policy file that does not validate (exit 2)
    ├── UpstreamError            the real MCP server could not start or died (exit 4)
    └── AuditError               the audit store cannot be opened or written (exit 1)
        └── AuditTampered        the hash chain does not verify (exit 3)

Library exceptions (yaml, sqlite3, OSError) are translated at the edge with ``raise … from exc``
so that a user sees what to fix, not a traceback.  A refusal sent to an MCP client is not an
exception of this tree: guards raise ``mcpfort.types.Denied``, which becomes a JSON-RPC error.
"""

from __future__ import annotations

__all__ = [
    "MCPFortError",
    "UsageError",
    "PolicyError",
    "UpstreamError",
    "AuditError",
    "AuditTampered",
]


class MCPFortError(Exception):
    """A failure with a message a person can act on."""

    exit_code = 1


class UsageError(MCPFortError):
    """The command line or the environment asks for something impossible."""

    exit_code = 2


class PolicyError(MCPFortError):
    """The policy file is invalid; says where (file, line, key) and what was expected."""

    exit_code = 2

    def __init__(self, file: str, line: int | None, key: str, expected: str) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.expected = expected
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {key}: {expected}")


class UpstreamError(MCPFortError):
    """The upstream MCP server could not be started, or stopped answering."""

    exit_code = 4


class AuditError(MCPFortError):
    """The audit store could not be opened, read or written."""


class AuditTampered(AuditError):
    """The audit log does not verify: an entry was changed, removed, added or reordered."""

    exit_code = 3

    def __init__(self, seq: int, reason: str) -> None:
        self.seq = seq
        self.reason = reason
        super().__init__(f"audit log tampered at entry {seq}: {reason}")
