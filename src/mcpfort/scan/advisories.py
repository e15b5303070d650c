"""The bundled advisory list: known-vulnerable MCP packages and the versions that fix them.

Kept as Python data so it ships inside any install of mcpfort.  Add or replace entries without
a release: ``mcpfort scan --advisories FILE`` (or ``$MCPFORT_ADVISORIES``) with
``{"advisories": [{"id", "package", "ecosystem", "affected", "fixed", "severity", "summary"}]}``;
``"replace": true`` in that file drops this list.  ``affected`` is a comma-separated range such as
``>=0.0.5,<0.1.16``.
"""

from __future__ import annotations

__all__ = ["UPDATED", "SOURCE", "ADVISORIES"]

UPDATED = "2026-10-31"
SOURCE = "mcpfort research notes (shared/research/scanner.md section 4.1); vendor advisories and fix commits"

ADVISORIES: list[dict[str, str]] = [
    {"id": "CVE-2025-6514", "package": "mcp-remote", "ecosystem": "npm", "affected": ">=0.0.5,<0.1.16", "fixed": "0.1.16", "severity": "critical", "summary": "OAuth authorization_endpoint passed to open(): OS command injection (CVSS 9.6)"},
    {"id": "CVE-2025-53110", "package": "@modelcontextprotocol/server-filesystem", "ecosystem": "npm", "affected": "<2025.7.1", "fixed": "2025.7.1", "severity": "high", "summary": "allowed-directory prefix bypass (/allowed_dir_evil passes a startsWith check)"},
    {"id": "CVE-2025-53109", "package": "@modelcontextprotocol/server-filesystem", "ecosystem": "npm", "affected": "<2025.7.1", "fixed": "2025.7.1", "severity": "high", "summary": "symlink escape out of the allowed directories"},
    {"id": "CVE-2025-49596", "package": "@modelcontextprotocol/inspector", "ecosystem": "npm", "affected": "<0.14.1", "fixed": "0.14.1", "severity": "critical", "summary": "Inspector proxy without authentication: a web page can make it spawn any command (CVSS 9.4)"},
    {"id": "CVE-2025-66414", "package": "@modelcontextprotocol/sdk", "ecosystem": "npm", "affected": "<1.24.0", "fixed": "1.24.0", "severity": "medium", "summary": "DNS-rebinding protection off by default for localhost HTTP/SSE servers"},
    {"id": "CVE-2025-66416", "package": "mcp", "ecosystem": "pypi", "affected": "<1.23.0", "fixed": "1.23.0", "severity": "medium", "summary": "DNS-rebinding protection off by default for localhost HTTP/SSE servers"},
    {"id": "CVE-2025-68143", "package": "mcp-server-git", "ecosystem": "pypi", "affected": "<2025.9.25", "fixed": "2025.9.25", "severity": "high", "summary": "git_init could turn any directory (~/.ssh) into a repository readable by the other git tools"},
    {"id": "CVE-2025-68144", "package": "mcp-server-git", "ecosystem": "pypi", "affected": "<2025.12.17", "fixed": "2025.12.17", "severity": "high", "summary": "argument injection: git_diff/git_checkout target='--output=/path' parsed as a git flag"},
    {"id": "CVE-2025-68145", "package": "mcp-server-git", "ecosystem": "pypi", "affected": "<2025.12.17", "fixed": "2025.12.17", "severity": "high", "summary": "repo_path not checked against the --repository restriction"},
    {"id": "CVE-2026-27735", "package": "mcp-server-git", "ecosystem": "pypi", "affected": "<2026.1.14", "fixed": "2026.1.14", "severity": "high", "summary": "git_add(files=['../../../.kube/config']) stages files outside the repository (GHSA-vjqx-cfc4-9h6v)"},
    {"id": "CVE-2025-53967", "package": "figma-developer-mcp", "ecosystem": "npm", "affected": "<0.6.3", "fixed": "0.6.3", "severity": "high", "summary": "Framelink Figma MCP: input passed to child_process.exec, remote code execution (reported)"},
]
