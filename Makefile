# The two Quickstart commands. Each one sets up everything it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages: HarfBuzz's subsetter makes WeasyPrint's font embedding several times
# faster; poppler-utils (pdftoppm) renders PDF pages to images for the look-at-it test.
DEBS := libharfbuzz-subset0 poppler-utils

.PHONY: brief test install install-test system-deps bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

system-deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
				|| echo "note: could not install $$missing; continuing without"; \
		else echo "note: optional packages not installed: $$missing (apt-get install them for speed and page-image tests)"; fi; \
	fi

install: $(BIN)/python system-deps
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python system-deps
	$(BIN)/pip install -q -e '.[test]'

brief: install
	$(BIN)/briefgen build

test: install-test
	$(BIN)/ruff check briefgen tests benchmarks
	$(BIN)/ruff format --check briefgen tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_build.py
