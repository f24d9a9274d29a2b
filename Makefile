# Two entry points for a fresh machine: `make run` (the dashboard on the embedded data) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit browser-deps clean

$(BIN)/natospend: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/natospend
	$(BIN)/natospend serve

browser-deps:
	bash scripts/ensure-chromium.sh

lint: $(BIN)/natospend
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

typecheck: $(BIN)/natospend
	$(BIN)/mypy

unit: $(BIN)/natospend
	$(BIN)/python -m pytest -n 2 --dist loadfile

test: browser-deps lint typecheck unit

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
