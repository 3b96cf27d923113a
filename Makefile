# `make run`: set up .venv, build the knowledge base from data/ and serve it on 127.0.0.1:5000.
# `make test`: set up .venv the same way and run lint, type checks and the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KB ?= kb
HOST ?= 127.0.0.1
PORT ?= 5000
CODE := kg server tests bench

.PHONY: install run kb test lint typecheck pytest lock docs clean

install: $(STAMP)

# Dependencies come pinned with hashes from requirements.lock; the project itself goes in
# without dependencies so nothing unpinned sneaks in.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24,<27"
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

kb: $(STAMP)
	$(BIN)/kg ingest data/articles --store $(KB)

run: kb
	$(BIN)/kg serve --store $(KB) --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

typecheck: $(STAMP)
	$(BIN)/mypy kg server

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

docs: $(STAMP)
	$(BIN)/kg docs

# Regenerate the lock after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip install -q pip-tools
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe --extra dev --strip-extras -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) $(KB) .pytest_cache .mypy_cache .ruff_cache
