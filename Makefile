# The two commands a newcomer needs:  make lab  (set up and open the course)  and  make test.
# Every target calls tools/course.py, which needs only Python: on Windows, or anywhere without make,
# `python tools/course.py lab` (or test, execute, ...) does the same. Setting up creates .venv on
# first use and installs the exact versions of requirements-lock.txt; a second run installs nothing,
# because the stamp file is newer than pyproject.toml and the lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.nkcourse-installed
COURSE := $(PYTHON) tools/course.py
PORT   ?= 8888
export PORT
REVEAL := $(VENV)/npm/node_modules/reveal.js/dist/reveal.js

# Jupyter settings that belong to the course (offline, no news, exports with charts), and per-user
# state kept out of git; tools/course.py sets the same for what it runs.
export JUPYTER_CONFIG_PATH := $(CURDIR)/jupyter-config
export JUPYTERLAB_SETTINGS_DIR := $(CURDIR)/$(VENV)/lab-user-settings
export JUPYTERLAB_WORKSPACES_DIR := $(CURDIR)/$(VENV)/lab-workspaces

.PHONY: lab test browser execute export site update restore bench hubload clean setup keys slides check-class

$(STAMP): pyproject.toml requirements-lock.txt
	@$(COURSE) setup

setup: $(STAMP)

## make lab: set up (first time only) and open JupyterLab on the start notebook
lab:
	@$(COURSE) lab

## make test: set up (first time only), then lint, unit and data tests, nbval, browser tests
test: $(REVEAL)
	@$(COURSE) test

## make browser: only the browser tests (JupyterLab under headless Chromium)
browser: $(REVEAL)
	@$(COURSE) browser

## make execute: re-run every notebook with the current code and store clean outputs (for authors)
execute:
	@$(COURSE) execute

## make export: every notebook as a standalone HTML file with its charts (offline), into export/
export:
	@$(COURSE) export

## make site: the static web edition of the whole course, into site/ (open site/index.html)
site:
	@$(COURSE) site

## make update: take the course's latest version; your edited notebooks are kept in my-work/
update:
	@$(COURSE) update

## make restore: put back the course's version of the notebooks you changed (yours go to my-work/)
restore:
	@$(COURSE) restore

## make bench: the cost per learner against the floor, and the name look-up's accuracy and speed, as one
## table (also written to benchmarks/results.md)
bench:
	@$(COURSE) bench

## make keys: the instructors' answer keys, generated from the banks, executed, and printable HTML
keys: $(STAMP)
	$(BIN)/python tools/build_keys.py

## make slides: the instructors' reveal.js decks, offline, in instructors/slides/_build (reveal.js from npm)
$(REVEAL): | $(STAMP)
	npm install --prefix $(VENV)/npm --no-audit --no-fund reveal.js@4.6.1

slides: $(STAMP) $(REVEAL)
	$(BIN)/python tools/build_slides.py

## make check-class: the day-before check; runs every notebook and says in plain words what works
check-class: $(STAMP)
	$(BIN)/python tools/check_class.py

## make hubload N=30: N learners on a local JupyterHub (127.0.0.1 only; minutes; not part of make test)
N ?= 30
CHP := .hubload/node/node_modules/.bin/configurable-http-proxy
$(CHP):
	npm install --silent --no-audit --no-fund --prefix .hubload/node configurable-http-proxy@5.3.0
hubload: $(CHP)
	@$(COURSE) hubload --learners $(N)

clean:
	rm -rf $(VENV) test-artifacts site export
