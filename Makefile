# The two Quickstart commands. Each one sets up everything it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages: HarfBuzz's subsetter makes WeasyPrint's font embedding several times
# faster; poppler-utils (pdftoppm) renders PDF pages to images for the look-at-it test.
DEBS := libharfbuzz-subset0 poppler-utils

# Chromium, for tests/test_browser.py (skipped, with the reason, without it). `make test`
# installs it where apt works (root), so CI runs the browser tests; see the README for its
# cost. A developer without root gets a note and the skip.
BROWSER_DEBS := chromium
# uv fills the test venvs (.venv for `make test`, and test-pythons') from one cache, several
# times faster than pip; pip installs it into .venv from the registry.
UV := $(BIN)/uv
# uv trusts the system's certificate store, as pip does here (a proxy's CA included).
export UV_NATIVE_TLS := 1

.PHONY: brief test test-min test-pythons install install-test system-deps browser-deps bench

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

browser-deps:
	@if command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_DEBS) >/dev/null; } \
			|| echo "note: could not install $(BROWSER_DEBS); the browser tests will be skipped"; \
	else echo "note: $(BROWSER_DEBS) not installed (apt-get install it to run the browser tests)"; fi

install: $(BIN)/python system-deps
	$(BIN)/pip install -q -e .
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q briefgen

# --compile-bytecode: as pip does by default. Without it, and with PYTHONDONTWRITEBYTECODE
# set, every process compiles spaCy's and WeasyPrint's sources again at import (a cold
# seeds build: 10.2 CPU s instead of 7.8, the bare parse beside it 4.4 instead of 3.3).
# An editable install compiles none of briefgen's own sources, which every build then
# compiled again (~0.2 CPU s a process): compileall writes them once, as a wheel's install
# does (a source changed since is compiled again in memory, as before).
install-test: $(UV) system-deps
	$(UV) pip install -q --compile-bytecode -p $(BIN)/python -e '.[test,browser,ci]'
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q briefgen

brief: install
	$(BIN)/briefgen build

test: install-test browser-deps
	$(BIN)/ruff check briefgen tests benchmarks
	$(BIN)/ruff format --check briefgen tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -rs

# The bound of pyproject's `ci` extra; uv alone, the rest is uv's to install.
$(UV): | $(BIN)/python
	$(BIN)/pip install -q 'uv>=0.5,<1'

bench: install-test
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_build.py

# The declared lower bounds, tested: every dependency at the version its ">=" names, in a
# venv of its own. The CLI, pipeline, config and rendering tests, not the whole suite:
# they call every dependency's API we use (typer, jinja2, weasyprint, dateparser, spacy,
# rich, trafilatura, croniter), and the whole suite already runs in `make test`.
MIN_VENV := .venv-min
SMOKE := tests/test_cli.py tests/test_pipeline.py tests/test_config.py tests/test_pdf.py \
	tests/test_render.py tests/test_ingest.py tests/test_schedule.py tests/test_packaging.py \
	tests/test_conventions.py tests/test_docs.py

# pip, not uv, here: with the lower bounds pinned, uv resolved a numpy that the pinned spaCy
# stack's compiled wheels were not built for ("numpy.dtype size changed" on import).
$(MIN_VENV)/bin/python:
	$(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/pip install -q --upgrade pip

test-min: $(MIN_VENV)/bin/python system-deps
	$(PYTHON) .ci/min_constraints.py test > $(MIN_VENV)/constraints.txt
	$(MIN_VENV)/bin/pip install -q -c $(MIN_VENV)/constraints.txt -e '.[test]'
	$(MIN_VENV)/bin/pip freeze | grep -iE '^(typer|jinja2|weasyprint|dateparser|spacy|rich|trafilatura|croniter)=='
	$(MIN_VENV)/bin/python -m pytest -q -rs -p no:cacheprovider $(SMOKE)

# Python 3.12 and 3.13 (pyenv's, where the machine has them): the same smoke tests. Both
# venvs are filled first, side by side (mostly waiting on the registry), then tested in turn.
PYTHONS := 3.12 3.13
test-pythons: system-deps | $(UV)
	@found=; pids=; for v in $(PYTHONS); do \
		py=$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v.*/bin/python3 2>/dev/null | tail -1); \
		[ -n "$$py" ] || py=$$(command -v python$$v || true); \
		if [ -z "$$py" ]; then echo "skipped Python $$v: not on this machine"; continue; fi; \
		found="$$found $$v"; \
		{ [ -x .venv-$$v/bin/python ] || $(UV) venv -q -p $$py .venv-$$v; } \
			&& $(UV) pip install -q -p .venv-$$v/bin/python -e '.[test]' & \
		pids="$$pids $$!"; \
	done; \
	for pid in $$pids; do wait $$pid || exit 1; done; \
	for v in $$found; do \
		echo "Python $$(.venv-$$v/bin/python -V)"; \
		.venv-$$v/bin/python -m pytest -q -rs -p no:cacheprovider $(SMOKE) || exit 1; \
	done
