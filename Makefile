# The two commands a newcomer needs:  make lab  (set up and open the course)  and  make test.
# Both create .venv on first use and install the pinned set from pyproject.toml; a second run
# installs nothing, because the stamp file is newer than pyproject.toml.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.nkcourse-installed
PORT   ?= 8888
REVEAL := $(VENV)/npm/node_modules/reveal.js/dist/reveal.js

# Jupyter settings that belong to the course (offline, no news), and per-user state kept out of git.
export JUPYTER_CONFIG_PATH := $(CURDIR)/jupyter-config
export JUPYTERLAB_SETTINGS_DIR := $(CURDIR)/$(VENV)/lab-user-settings
export JUPYTERLAB_WORKSPACES_DIR := $(CURDIR)/$(VENV)/lab-workspaces

ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab test browser execute bench clean check-python keys slides check-class

check-python:
	@$(PYTHON) tools/check_python.py

$(STAMP): pyproject.toml | check-python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

## make lab: set up (first time only) and open JupyterLab on the start notebook
lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --port=$(PORT) $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

## make test: set up (first time only), then lint, unit and data tests, nbval, browser tests
test: $(STAMP) $(REVEAL)
	$(BIN)/ruff check .
	$(BIN)/pytest tests
	NKCOURSE_PROGRESS_DIR=$$(mktemp -d) $(BIN)/pytest --nbval notebooks exercises instructors/keys \
		--nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-cell-timeout=120

## make browser: only the browser tests (JupyterLab under headless Chromium)
browser: $(STAMP) $(REVEAL)
	$(BIN)/pytest tests/browser -q

## make execute: re-run every notebook with the current code and store clean outputs (for authors)
execute: $(STAMP)
	$(BIN)/python tools/execute_notebooks.py

## make bench: print the speed figures of the exercise engine
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_quiz.py

## make keys: the instructors' answer keys, generated from the banks, executed, and printable HTML
keys: $(STAMP)
	$(BIN)/python tools/build_keys.py

## make slides: the instructors' reveal.js decks, offline, in instructors/slides/_build
$(REVEAL): | $(STAMP)
	npm install --prefix $(VENV)/npm --no-audit --no-fund reveal.js@4.6.1

slides: $(STAMP) $(REVEAL)
	$(BIN)/python tools/build_slides.py

## make check-class: the day-before check; runs every notebook and says in plain words what works
check-class: $(STAMP)
	$(BIN)/python tools/check_class.py

clean:
	rm -rf $(VENV) test-artifacts
