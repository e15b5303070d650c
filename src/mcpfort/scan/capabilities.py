"""What a tool or server can do, as tags: reads private data, takes in untrusted content, sends data
out, destroys things, only reads.  Used for toxic flows (a private-data reader beside a public
sink), for ``wrap``'s starter policy (read-only allowed, destructive confirmed, unknown denied)
and by the mentor.  Deterministic rules over names, annotations and descriptions.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["tool_tags", "server_tags", "classify", "PACKAGE_TAGS"]

_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_READ = re.compile(r"^(?:get|list|read|search|find|query|show|describe|fetch|view|lookup|count|check|inspect|status|"
                   r"diff|log|browse|download|export|stat|info|whoami|ping|resolve|explain|preview|validate|tree|"
                   r"directory|summar\w*|analy[sz]e|convert|format|calculate|compare|current|time)$")
_DESTRUCTIVE = re.compile(r"^(?:delete|remove|rm|drop|destroy|purge|wipe|truncate|kill|terminate|reset|revoke|"
                          r"overwrite|force|uninstall|cancel|close|archive|disable|unlink|rmdir|prune|clean)$")
_WRITE = re.compile(r"^(?:write|create|update|edit|set|put|post|send|publish|push|commit|merge|move|rename|copy|"
                    r"upload|add|insert|append|patch|modify|apply|deploy|run|exec|execute|start|stop|restart|"
                    r"install|invoke|trigger|schedule|assign|label|comment|reply|forward|transfer|pay|approve|"
                    r"checkout|branch|tag|init|make|mkdir|save|store|import|enable|open|fork|star|subscribe|"
                    r"notify|email|message|share|sync|mark|lock|unlock|submit|register|book|order|buy)$")
_SINK = re.compile(r"\b(?:send|post|publish|email|message|notify|upload|share|comment|reply|forward|tweet|webhook|"
                   r"create[_ ](?:issue|pull|pr|gist|comment|post|page)|push|http[_ ]?(?:post|request)|fetch|curl|"
                   r"execute|exec|run[_ ](?:command|shell|script)|shell|terminal)\b")
_UNTRUSTED = re.compile(r"\b(?:fetch|browse|browser|navigate|scrape|crawl|web|url|http|search|inbox|email|issues?|"
                        r"comments?|messages?|slack|discord|tweets?|rss|feed|page|website|pull[_ ]requests?|reviews?)\b")
_PRIVATE = re.compile(r"\b(?:file|files|read[_ ]file|directory|folder|repo|repository|git|database|db|sql|query|table|"
                      r"drive|document|notes?|calendar|contacts?|email|inbox|secrets?|credentials?|vault|password|"
                      r"env|environment|logs?|customers?|crm|accounts?|transactions?|memory|knowledge)\b")

# Well-known packages, for servers the scan did not connect to: tags by package name.
PACKAGE_TAGS: dict[str, set[str]] = {
    "@modelcontextprotocol/server-filesystem": {"private_data", "destructive"},
    "mcp-server-git": {"private_data", "destructive"},
    "@modelcontextprotocol/server-github": {"private_data", "untrusted_content", "public_sink"},
    "@github/github-mcp-server": {"private_data", "untrusted_content", "public_sink"},
    "github-mcp-server": {"private_data", "untrusted_content", "public_sink"},
    "mcp-server-fetch": {"untrusted_content", "public_sink"},
    "@modelcontextprotocol/server-fetch": {"untrusted_content", "public_sink"},
    "@modelcontextprotocol/server-puppeteer": {"untrusted_content", "public_sink"},
    "@playwright/mcp": {"untrusted_content", "public_sink"},
    "@modelcontextprotocol/server-slack": {"private_data", "untrusted_content", "public_sink"},
    "@modelcontextprotocol/server-postgres": {"private_data"},
    "mcp-server-sqlite": {"private_data", "destructive"},
    "@modelcontextprotocol/server-gdrive": {"private_data"},
    "@modelcontextprotocol/server-memory": {"private_data"},
    "@modelcontextprotocol/server-brave-search": {"untrusted_content"},
    "@modelcontextprotocol/server-everything": {"untrusted_content"},
    "mcp-server-time": set(),
    "@modelcontextprotocol/server-sequential-thinking": set(),
    "mcp-remote": {"untrusted_content"},
}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[_\-.\s/]+", _SPLIT.sub("_", name).lower()) if w]


def classify(tool: dict[str, Any]) -> str:
    """``read``, ``destructive``, ``write`` or ``unknown``: annotations first, then the name's verb."""
    ann = tool.get("annotations") if isinstance(tool.get("annotations"), dict) else {}
    words = _words(str(tool.get("name", "")))
    verb = words[0] if words else ""
    destructive_word = any(_DESTRUCTIVE.match(w) for w in words)
    if ann.get("readOnlyHint") is True and not destructive_word and not _WRITE.match(verb):
        return "read"
    if ann.get("destructiveHint") is True or destructive_word:
        return "destructive"
    if _WRITE.match(verb) or any(_WRITE.match(w) for w in words[:2]):
        return "write" if ann.get("destructiveHint") is False else "destructive"
    if _READ.match(verb) or (verb in ("git", "browser", "slack", "github") and len(words) > 1 and _READ.match(words[1])):
        return "read"
    return "unknown"


def tool_tags(tool: dict[str, Any]) -> set[str]:
    name = " ".join(_words(str(tool.get("name", ""))))
    desc = str(tool.get("description") or "").lower()[:400]
    kind = classify(tool)
    tags: set[str] = {"read_only"} if kind == "read" else {"destructive"} if kind == "destructive" else set()
    if _SINK.search(name) or (kind in ("write", "destructive") and re.search(r"\b(?:send|post|email|publish|upload|"
                                                                          r"share|external|remote|internet)\b", desc)):
        tags.add("public_sink")
    if _UNTRUSTED.search(name) or re.search(r"\b(?:from the (?:internet|web)|web page|url|third[- ]party|untrusted)\b", desc):
        tags.add("untrusted_content")
    if kind in ("read", "unknown") and (_PRIVATE.search(name) or re.search(r"\b(?:your|the user'?s|private|local) "
                                                                             r"(?:files?|data|repositor|database|"
                                                                             r"emails?|documents?)", desc)):
        tags.add("private_data")
    return tags


def server_tags(tools: list[dict[str, Any]] | None, argv: list[str] | None = None, url: str | None = None) -> set[str]:
    """Union of the tools' tags; without tools, what the package is known to do."""
    if tools:
        out: set[str] = set()
        for tool in tools:
            out |= tool_tags(tool) - {"read_only"}
        return out
    from mcpfort.scan.checks import package_of

    pkg = package_of(argv or [])
    if pkg and pkg[0] in PACKAGE_TAGS:
        return set(PACKAGE_TAGS[pkg[0]])
    joined = " ".join(argv or []).lower() + " " + (url or "").lower()
    tags = set()
    if re.search(r"filesystem|\bfs\b|files|git|postgres|mysql|sqlite|mongo|database|drive|notion|obsidian|memory", joined):
        tags.add("private_data")
    if re.search(r"fetch|browser|puppeteer|playwright|search|scrape|web|slack|email|gmail|github|jira|linear", joined):
        tags.add("untrusted_content")
    if re.search(r"fetch|slack|email|gmail|github|discord|twitter|webhook|http|shell|terminal|exec", joined):
        tags.add("public_sink")
    return tags
