# `make demo` and `make test` work on a fresh machine: they create .venv and install what they need.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
NPM_FIXTURES := tests/fixtures/npm
OIDC_FIXTURE := tests/fixtures/oidc

.PHONY: setup system-deps demo test bench bench-sandbox scan-model clean

$(BIN)/mcpfort: pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,fast]'
	@touch $@

$(NPM_FIXTURES)/node_modules/.installed: $(NPM_FIXTURES)/package.json
	cd $(NPM_FIXTURES) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(OIDC_FIXTURE)/node_modules/.installed: $(OIDC_FIXTURE)/package.json
	cd $(OIDC_FIXTURE) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The sandbox needs bubblewrap (Debian package); as root we install it, otherwise we say how.
system-deps:
	@command -v bwrap >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; \
	  else echo "mcpfort needs bubblewrap: sudo apt-get install bubblewrap" >&2; exit 1; fi; }

setup: system-deps $(BIN)/mcpfort $(NPM_FIXTURES)/node_modules/.installed $(OIDC_FIXTURE)/node_modules/.installed

demo: setup
	$(BIN)/python examples/demo.py

test: setup
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/latency.py
	$(BIN)/python bench/http_gateway.py --auth
	$(BIN)/python bench/audit.py --events 60000
	$(BIN)/python bench/scan.py

# srt (Anthropic's sandbox-runtime) needs ripgrep and socat besides bubblewrap.
bench-sandbox: setup
	@command -v rg >/dev/null && command -v socat >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep socat >/dev/null; }
	cd bench/npm && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/sandbox.py

# Retrain the scanner's wording model from the dev split of tests/data/scan (scikit-learn, training only).
scan-model: setup
	$(BIN)/pip install --quiet -e '.[test,fast,train]'
	$(BIN)/python bench/train_wording_model.py

clean:
	rm -rf $(VENV) $(NPM_FIXTURES)/node_modules bench/npm/node_modules demo-work
