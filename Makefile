# The two set-up commands are `make run` and `make test`; see README.md.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
DEV_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.dev
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=cms.settings.test

.PHONY: run setup test lint format clean chromium screenshots

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

test: lint chromium
	$(TEST_SETTINGS) $(MANAGE) check --fail-level WARNING
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Full-page screenshots of the home page, the request form and the agenda
# (phone and desktop) for README.md.
screenshots: $(VENV)/.dev chromium
	OCO_SCREENSHOT_DIR=docs/screenshots $(BIN)/pytest tests/e2e/test_screenshots.py -q
