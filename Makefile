# The two set-up commands are `make run` and `make test`; see README.md.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
DEV_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.dev
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.test
# `make test` runs the suite on SQLite and on this PostgreSQL database (made by
# .ci/start-services); each run makes its own test database next to it.
POSTGRESQL_URL ?= postgres://oco:oco@127.0.0.1:5432/oco
ON_POSTGRESQL := DATABASE_URL=$(POSTGRESQL_URL)
ON_SQLITE := env -u DATABASE_URL

.PHONY: run setup test test-sqlite test-postgresql lint format clean chromium services screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: $(BIN)/python requirements.txt
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
	$(DEV_SETTINGS) $(MANAGE) migrate --no-input
	$(DEV_SETTINGS) $(MANAGE) load_initial_data --demo-users

run: setup
	$(DEV_SETTINGS) $(MANAGE) runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Debian's Chromium for the browser tests, installed with apt-get when missing.
chromium:
	@bash .ci/install-chromium

# PostgreSQL (a role and database `oco`) for the suite on PostgreSQL, and the
# redis-server program for the tests that start their own; installed with
# apt-get when missing.
services:
	@bash .ci/start-services

# The two suites run side by side, each printed whole when it ends; the
# recipe fails if either fails.
test: lint chromium services
	$(TEST_SETTINGS) $(ON_SQLITE) $(MANAGE) check --fail-level WARNING
	$(TEST_SETTINGS) $(ON_POSTGRESQL) $(MANAGE) check --fail-level WARNING
	$(TEST_SETTINGS) $(ON_SQLITE) $(MANAGE) makemigrations --check --dry-run
	$(TEST_SETTINGS) $(ON_POSTGRESQL) $(MANAGE) makemigrations --check --dry-run
	$(MAKE) --no-print-directory --jobs=2 --output-sync=target test-sqlite test-postgresql

test-sqlite:
	OCO_TEST_POSTGRESQL_URL=$(POSTGRESQL_URL) $(ON_SQLITE) $(BIN)/pytest

# Its screenshots in a folder of their own, apart from the SQLite run's.
test-postgresql:
	OCO_TEST_POSTGRESQL_URL=$(POSTGRESQL_URL) $(ON_POSTGRESQL) \
	OCO_SCREENSHOT_DIR=build/screenshots/postgresql $(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Full-page screenshots of the home page, the request form and the agenda
# (phone and desktop) for README.md.
screenshots: $(VENV)/.dev chromium
	OCO_SCREENSHOT_DIR=docs/screenshots $(BIN)/pytest tests/e2e/test_screenshots.py -q
