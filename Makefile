# The two Quickstart commands. Each one sets up everything it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: brief test install install-test lint bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	@# pdftoppm renders PDF pages for the look-at-it test (Debian: poppler-utils).
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; } || \
		echo "note: poppler-utils not installed; the page-image test will be skipped"

brief: install
	$(BIN)/briefgen build

test: install-test
	$(BIN)/ruff check briefgen tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_build.py
