"""mcpfort: a zero-trust security gateway for MCP."""

__version__ = "0.1.0"
