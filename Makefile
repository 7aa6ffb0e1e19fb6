# `make run` and `make test` set up everything they need on first use: system packages
# first (a stock Debian python3 needs python3-venv to make .venv), then .venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ARGS ?=

.PHONY: run test test-fast lint format bench screenshots package icons clean translations \
	system-deps-run system-deps-test

run: system-deps-run $(STAMP) translations
	$(PY) -m backstretch $(ARGS)

test: system-deps-test $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(ARGS)

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not integration" $(ARGS)

# Style, types, the architecture's import contracts and dead code (all set in
# pyproject.toml). lint-imports reads this checkout's sources even from a shared .venv.
lint: system-deps-run $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks tools packaging
	$(VENV)/bin/ruff format --check app tests benchmarks tools packaging
	$(VENV)/bin/mypy
	PYTHONPATH=app $(VENV)/bin/lint-imports
	$(VENV)/bin/vulture

format: $(STAMP)
	$(VENV)/bin/ruff format app tests benchmarks tools packaging
	$(VENV)/bin/ruff check --fix app tests benchmarks tools packaging

bench: system-deps-test $(STAMP)
	$(PY) benchmarks/run.py $(ARGS)

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots --dark
	for size in 1366x768 1024x600; do \
		QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots --size $$size; \
		QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots --dark --size $$size; \
	done
	for language in de es fr; do \
		QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots --language $$language; \
	done
	QT_QPA_PLATFORM=offscreen $(PY) tools/contact_sheet.py docs/screenshots

# The frozen app (dist/backstretch/), checked by its own self-test, then the Debian
# package and the portable archive beside it.
package: system-deps-test $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/backstretch.spec
	QT_QPA_PLATFORM=offscreen dist/backstretch/backstretch --self-test
	$(PY) packaging/linux/build_deb.py --onedir dist/backstretch --out dist

# The .qm catalogues from the committed .ts sources, and the pseudo-language for tests
# (docs/translating.md).
translations: $(STAMP)
	$(PY) tools/translations.py build

# Regenerate assets/icons/ from the master drawing (the results are committed).
icons: $(STAMP)
	$(PY) packaging/make_icons.py assets/icons

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
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
