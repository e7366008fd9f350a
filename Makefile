# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup setup-dev benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

run: setup
	$(BIN)/python -m bot.start

test: setup-dev
	$(BIN)/ruff check bot flows storage fakebotapi sandbox tests benchmarks
	$(BIN)/mypy bot flows storage fakebotapi sandbox
	$(BIN)/pytest

benchmark: setup-dev
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/flags.py
	$(BIN)/python benchmarks/alert_latency.py
	$(BIN)/python benchmarks/rotate_key.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
