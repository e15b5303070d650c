"""``mcpfort scan``, ``mentor``, ``wrap`` and pins: what clients run, and whether tools try to steer the model.

Everything here runs locally and deterministically: no tool description leaves the machine.

    model      findings, verdicts, reports
    text       every string of a definition, normalised; hidden characters made visible
    rules      the tool-poisoning rules (one regex family or compound check per rule)
    tools      scanning definitions, cross-server checks, loading tools files
    pins       SHA-256 pins of tool definitions and config entries
"""
