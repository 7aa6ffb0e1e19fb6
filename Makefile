# `make run` and `make test` set up everything they need on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ARGS ?=

.PHONY: run test test-fast lint format bench screenshots clean system-deps-run system-deps-test

run: $(STAMP) system-deps-run
	$(PY) -m backstretch $(ARGS)

test: $(STAMP) system-deps-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(ARGS)

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not integration" $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks tools
	$(VENV)/bin/ruff format --check app tests benchmarks tools
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format app tests benchmarks tools
	$(VENV)/bin/ruff check --fix app tests benchmarks tools

bench: $(STAMP) system-deps-test
	$(PY) benchmarks/run.py $(ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

system-deps-run:
	@tools/system-deps.sh run

system-deps-test:
	@tools/system-deps.sh test

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
