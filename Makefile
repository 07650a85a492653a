# The verbs a newcomer needs. Every target creates .venv and installs what it needs by itself.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
export NO_MKDOCS_2_WARNING := 1

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# WeasyPrint (the PDFs) needs Pango; harfbuzz-subset embeds only the glyphs used.
BUILD_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
# The browser tests drive Debian's Chromium (a browser download is not possible here).
TEST_DEBS := chromium
# The accessibility checkers (axe-core, pa11y, Lighthouse) come from npm: node and npm from Debian
# when the machine has no node of its own.
NODE_DEBS := nodejs npm

.PHONY: help site serve test clean lix bench

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

# The project's own code (macros/, printing/) is installed in editable mode: hooks import it by name.
$(BIN)/.build-deps: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	touch $@

$(BIN)/.test-deps: requirements-test.txt $(BIN)/.build-deps
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

site: $(BIN)/.build-deps ## Build the handbook (site and PDFs) into site/
	tools/ensure-debs.sh $(BUILD_DEBS)
	$(BIN)/mkdocs build --strict

serve: $(BIN)/.build-deps ## Preview with live reload on http://127.0.0.1:8000 (no PDFs, to stay fast)
	tools/ensure-debs.sh $(BUILD_DEBS)
	HANDBOOK_PDF=0 $(BIN)/mkdocs serve --strict

# npm ci installs exactly package-lock.json; no install scripts, so puppeteer downloads no browser.
node_modules/.package-lock.json: package.json package-lock.json
	command -v npm >/dev/null || tools/ensure-debs.sh $(NODE_DEBS)
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(BIN)/.test-deps node_modules/.package-lock.json ## Run every test (builds the real site, opens PDFs, drives Chromium)
	tools/ensure-debs.sh $(BUILD_DEBS) $(TEST_DEBS)
	$(BIN)/pytest

lix: site ## Print the readability (LIX) of every page and its "Kort fortalt" box
	$(BIN)/python tools/lix.py site

bench: $(BIN)/.test-deps node_modules/.package-lock.json ## Measure build, preview, scale, PDFs and page speed into BENCHMARKS.md (~5-10 min)
	tools/ensure-debs.sh $(BUILD_DEBS) $(TEST_DEBS)
	$(BIN)/python -m bench

clean: ## Remove the built site, the virtual environment and the npm checkers
	rm -rf site $(VENV) node_modules
