# Two commands for a fresh machine (see README):
#   make run   — install everything and start the app on its embedded store
#   make test  — install everything and run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Debian libraries Qt needs (offscreen and on screen), fonts, PDF tools for checks.
DEBIAN_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core \
	poppler-utils

.PHONY: run test system-deps deps lint bench forms clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,server]"
	touch $(STAMP)

deps: system-deps $(STAMP)

system-deps:
	@./installer/system-deps.sh $(DEBIAN_PACKAGES)

run: deps
	$(PY) -m desk_app.cli.main

test: deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

forms: deps
	$(PY) -m desk_app.gui.build_forms

clean:
	rm -rf $(VENV) build dist *.egg-info
