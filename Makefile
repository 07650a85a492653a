# The verbs a newcomer needs. Every target creates .venv and installs what it needs by itself.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
export NO_MKDOCS_2_WARNING := 1

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# WeasyPrint (the PDFs) needs Pango; harfbuzz-subset embeds only the glyphs used; git dates the job profiles.
BUILD_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core git
# The browser tests drive Debian's Chromium (a browser download is not possible here); nginx runs
# deploy/nginx.conf in the web-server tests; poppler-utils (pdftoppm) prints the filled-in sheets.
TEST_DEBS := chromium nginx poppler-utils
# The accessibility checkers (axe-core, pa11y, Lighthouse) come from npm: node and npm from Debian
# when the machine has no node of its own.
NODE_DEBS := nodejs npm

.PHONY: help site publish serve edit check test properdocs zensical-report clean lix bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

# The project's own code (handbook/, hooks/, macros/, printing/, tools/) is installed in editable mode:
# hooks, plugins and tests import it by name, and pyproject.toml registers the plugins mkdocs.yml lists.
# A bare Debian has python3 without venv and pip: Debian's python3-venv brings them.
$(BIN)/.build-deps: requirements.txt pyproject.toml
	@echo "Installerer håndbogens Python-pakker i $(VENV) (første gang tager det et par minutter) ..."
	$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || tools/ensure-debs.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	touch $@

$(BIN)/.test-deps: requirements-test.txt $(BIN)/.build-deps
	@echo "Installerer testenes Python-pakker i $(VENV) ..."
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.txt
	touch $@

# Dated by the last commit, so two builds of one commit are byte-identical, PDFs included (outside git: now).
DATED := SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)}"

# Built into site.new/ and swapped in only when whole: a failed or interrupted build keeps the last good site/.
SITE ?= site
SWAPPED = $(BIN)/python -m tools.build_site $(SITE)

site: $(BIN)/.build-deps ## Build the handbook (site and PDFs) into site/
	@echo "Tjekker Debian-pakkerne til PDF'erne ..."
	tools/ensure-debs.sh $(BUILD_DEBS)
	$(DATED) $(SWAPPED) $(BIN)/mkdocs build --strict

# Refuses (naming what is missing) while the address (SITE_URL or organisation.yml) or the contact is unset.
publish: $(BIN)/.build-deps ## Build the site to publish: needs SITE_URL=https://… and the contact (organisation.yml)
	tools/ensure-debs.sh $(BUILD_DEBS)
	HANDBOOK_PUBLISH=1 $(DATED) $(SWAPPED) $(BIN)/mkdocs build --strict

# The preview never stops on a mistake: warnings and macro errors show in the terminal (macro errors
# also on the page) and it rebuilds when the file is fixed. make site and CI stop on them.
serve: $(BIN)/.build-deps ## Preview with live reload on http://127.0.0.1:8000 (no PDFs, to stay fast)
	@echo "Tjekker Debian-pakkerne til forhåndsvisningen ..."
	tools/ensure-debs.sh $(BUILD_DEBS)
	HANDBOOK_PDF=0 HANDBOOK_MACRO_ERRORS_FAIL=false $(BIN)/mkdocs serve --no-strict

# The web editor (Decap CMS from node_modules, tools/editor.py) on :8010 beside the preview on :8000; Ctrl+C stops both.
edit: $(BIN)/.build-deps node_modules/.package-lock.json ## Edit the handbook in the browser (http://127.0.0.1:8010) with the preview beside it
	tools/ensure-debs.sh $(BUILD_DEBS)
	HANDBOOK_PDF=0 HANDBOOK_MACRO_ERRORS_FAIL=false $(BIN)/mkdocs serve --no-strict & preview=$$!; \
	trap 'kill $$preview' EXIT; $(BIN)/python -m tools.editor

# npm ci installs exactly package-lock.json; no install scripts, so puppeteer downloads no browser.
node_modules/.package-lock.json: package.json package-lock.json
	@echo "Installerer web-redigeringen (Decap CMS) og tjekkene af tilgængelighed fra npm i node_modules (første gang et par minutter) ..."
	command -v npm >/dev/null || tools/ensure-debs.sh $(NODE_DEBS)
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Every test that needs no build, no browser and no long wait: the handbook's logic called in-process.
check: $(BIN)/.test-deps ## Run every fast test (no build, no browser) in seconds: after each change
	HANDBOOK_TESTS_WITHOUT_BUILDS=1 $(BIN)/pytest -m "not build and not browser and not slow"

# Two processes, one per core (pytest-xdist); the tests of one shared build run in one of them (tests/conftest.py).
test: $(BIN)/.test-deps node_modules/.package-lock.json ## Run every test (builds the real site, opens PDFs, drives Chromium)
	tools/ensure-debs.sh $(BUILD_DEBS) $(TEST_DEBS)
	$(BIN)/pytest -n 2 --dist loadgroup

# ProperDocs (MkDocs 1.x continued) in a venv of its own, without MkDocs (requirements-properdocs.txt).
PROPERDOCS := .venv-properdocs
$(PROPERDOCS)/.deps: requirements-properdocs.txt pyproject.toml
	$(PYTHON) -m venv $(PROPERDOCS)
	$(PROPERDOCS)/bin/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-properdocs.txt
	$(PROPERDOCS)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	touch $@

properdocs: $(BIN)/.test-deps $(PROPERDOCS)/.deps ## Build with ProperDocs 1.6.7 (--strict) and run every test that reads the built site
	tools/ensure-debs.sh $(BUILD_DEBS) $(TEST_DEBS)
	HANDBOOK_GENERATOR=$(CURDIR)/$(PROPERDOCS)/bin/properdocs $(BIN)/pytest -m "site and not browser"

# The newest Zensical this machine can install, in a venv of its own made afresh each time, with the
# core's own packages (Babel, PyYAML) for its macros; MkDocs' build of the same copy is the reference.
ZENSICAL := .venv-zensical
zensical-report: $(BIN)/.build-deps ## Build with the newest installable Zensical and list the handbook's features its output lacks (not in CI)
	tools/ensure-debs.sh $(BUILD_DEBS)
	rm -rf $(ZENSICAL)
	$(PYTHON) -m venv $(ZENSICAL)
	$(ZENSICAL)/bin/pip install --quiet --disable-pip-version-check zensical $$(grep -oE '^(babel|PyYAML)==[^ ]+' requirements.txt)
	$(BIN)/python -m tools.zensical_report $(CURDIR)/$(ZENSICAL)/bin/zensical

lix: site ## Print the readability (LIX) of every page and its "Kort fortalt" box
	$(BIN)/python tools/lix.py site

bench: $(BIN)/.test-deps node_modules/.package-lock.json ## Measure build, preview, scale, PDFs and every page on a slow phone into BENCHMARKS.md (~15 min)
	tools/ensure-debs.sh $(BUILD_DEBS) $(TEST_DEBS)
	$(BIN)/python -m bench

clean: ## Remove the built site, the virtual environments and the npm checkers
	rm -rf site site.new site.old $(VENV) $(PROPERDOCS) $(ZENSICAL) node_modules
