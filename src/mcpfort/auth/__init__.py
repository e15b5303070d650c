"""OAuth 2.1 for mcpfort: the resource-server side (bearer verification, RFC 9728 metadata, challenges)
and the client side (device-flow login, token storage) used by ``mcpfort login`` and ``connect``.

The resource server imports only ``tokens``, ``metadata`` and ``challenge``; the low-level JWT
parsing lives in ``_prefilter`` and is not for use elsewhere.
"""
