# byteful-async. Every target sets up what it needs: a fresh clone runs `make test` as is.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when the project's dependencies change.
DEV    := $(VENV)/.installed-dev
# The benchmarks also measure the sync SDK (installed with the dev tools).
BENCH  := $(VENV)/.installed-bench
DEMO   := $(VENV)/.installed-demo

.PHONY: test lint codegen codegen-check bench demo docs docs-serve dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The tests also run the published sync SDK against the fake (tests/test_sync_sdk.py); it
# declares Python >= 3.13 but runs on 3.11.
$(DEV): pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --ignore-requires-python byteful-sdk==0.1.0a1
	touch $@

## Regenerate byteful_async/models/_generated.py from schema/.
codegen: $(DEV)
	$(BIN)/python -m codegen

## Fail if the committed generated module differs from a fresh generation.
codegen-check: $(DEV)
	$(BIN)/python -m codegen --check

# The mirror's tests run a real PostgreSQL (as an unprivileged user, in a temporary directory):
# install Debian's server when none is on the machine.
POSTGRES := $(VENV)/.postgres
$(POSTGRES): | $(BIN)/python
	@if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "installing PostgreSQL (apt-get install postgresql)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	fi
	touch $@

# The shared rate limiter's tests run a real Redis on a free port: install Debian's server.
REDIS := $(VENV)/.redis
$(REDIS): | $(BIN)/python
	@if ! command -v redis-server >/dev/null 2>&1; then \
		echo "installing Redis (apt-get install redis-server)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	fi
	touch $@

# The documentation's browser test opens the built site in headless Chromium: install
# Debian's when none is on the machine.
CHROMIUM := $(VENV)/.chromium
$(CHROMIUM): | $(BIN)/python
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		echo "installing Chromium (apt-get install chromium)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	touch $@

## Set up, check the generated code is current, run every test.
test: codegen-check $(POSTGRES) $(REDIS) $(CHROMIUM)
	$(BIN)/python -m pytest -n 2

## ruff (lint and format) and mypy --strict on the package.
lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict byteful_async
	$(BIN)/mypy --strict examples

$(BENCH): $(DEV)
	touch $@

## Measure (about 15 minutes), print the figures, write benchmarks/results/*.json and
## benchmarks/RESULTS.md. Never a pass/fail on a number.
bench: $(BENCH) $(POSTGRES) $(REDIS)
	$(BIN)/python benchmarks/decode.py
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/bulk.py
	$(BIN)/python benchmarks/memory.py
	$(BIN)/python benchmarks/fake_pages.py
	$(BIN)/python benchmarks/mirror.py
	$(BIN)/python benchmarks/shared_limit.py
	$(BIN)/python benchmarks/many_accounts.py
	$(BIN)/python benchmarks/sync.py
	$(BIN)/python benchmarks/logs_mirror.py
	$(BIN)/python benchmarks/telemetry_cost.py
	$(BIN)/python benchmarks/report.py

## Build the documentation site into site/ (strict: a broken link or reference fails).
docs: $(DEV)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "built: open site/index.html (or run make docs-serve)"

## Serve the documentation with live reload on http://127.0.0.1:8000.
docs-serve: $(DEV)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

$(DEMO): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[cli,plot]'
	touch $@

## A fake account at the real 10 requests/s: `byteful customer`, `usage` with a chart and a
## full `ledger export` with its progress bar. Needs no Byteful account.
demo: $(DEMO)
	$(BIN)/byteful demo

## Build the sdist and the wheel into dist/, then install the wheel into a new venv and run it.
dist: $(DEV)
	rm -rf dist
	$(BIN)/python -m build --outdir dist . >/dev/null
	rm -rf $(VENV)/dist-check
	$(PYTHON) -m venv $(VENV)/dist-check
	$(VENV)/dist-check/bin/python -m pip install --quiet "$$(ls dist/*.whl)[cli]"
	$(VENV)/dist-check/bin/byteful --version
	$(VENV)/dist-check/bin/python -c "import byteful_async, byteful_async.testing; print('imports ok')"
	ls -l dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis dist site byteful-demo
