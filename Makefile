# byteful-async. Every target sets up what it needs: a fresh clone runs `make test` as is.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when the project's dependencies change.
DEV    := $(VENV)/.installed-dev

.PHONY: test lint codegen codegen-check bench demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## Regenerate byteful_async/models/_generated.py from schema/.
codegen: $(DEV)
	$(BIN)/python -m codegen

## Fail if the committed generated module differs from a fresh generation.
codegen-check: $(DEV)
	$(BIN)/python -m codegen --check

## Set up, check the generated code is current, run every test.
test: codegen-check
	$(BIN)/python -m pytest

## ruff (lint and format) and mypy --strict on the package.
lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict byteful_async

## Print the performance figures (never a pass/fail on a number).
bench: $(DEV)
	$(BIN)/python benchmarks/decode.py

## The client and the fake server land next; until then the demo decodes the documented
## example bodies and prints what the models hold.
demo: $(DEV)
	$(BIN)/python benchmarks/decode.py --show-examples

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
