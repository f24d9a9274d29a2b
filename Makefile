# Two entry points for a fresh machine: `make run` (the dashboard on the embedded data) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit browser-deps assets clean

# Front-end assets from the npm registry (exact versions in package-lock.json): the partial Plotly bundle the
# dashboard serves is copied into a git-ignored folder; axe-core stays in node_modules for the browser tests.
VENDOR := src/natospend/interfaces/dashboard/static/vendor
PLOTLY := node_modules/plotly.js-basic-dist-min/plotly-basic.min.js
GEO := src/natospend/interfaces/dashboard/geo/north-atlantic.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENDOR)/plotly-basic.min.js: node_modules/.package-lock.json
	mkdir -p $(VENDOR)
	cp $(PLOTLY) $@
	cp node_modules/plotly.js-basic-dist-min/LICENSE $(VENDOR)/plotly-LICENSE

# The map geometry is committed (derived from Natural Earth); rebuilt only when it is missing.
$(GEO): | node_modules/.package-lock.json $(BIN)/natospend
	$(BIN)/python scripts/build_map.py

assets: $(VENDOR)/plotly-basic.min.js $(GEO)

$(BIN)/natospend: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/natospend assets
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

test: browser-deps assets lint typecheck unit

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache node_modules $(VENDOR)
