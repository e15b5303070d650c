# `make demo` and `make test` work on a fresh machine: they create .venv and install what they need.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
NPM_FIXTURES := tests/fixtures/npm

.PHONY: setup demo test bench clean

$(BIN)/mcpfort: pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,fast]'
	@touch $@

$(NPM_FIXTURES)/node_modules/.installed: $(NPM_FIXTURES)/package.json
	cd $(NPM_FIXTURES) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(BIN)/mcpfort $(NPM_FIXTURES)/node_modules/.installed

demo: setup
	$(BIN)/python examples/demo.py

test: setup
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/latency.py

clean:
	rm -rf $(VENV) $(NPM_FIXTURES)/node_modules demo-work
