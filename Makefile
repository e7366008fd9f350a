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

# The storage and integration tests run a second time on PostgreSQL (the server on
# 127.0.0.1:5432 the machines and CI run; MELDBOT_TEST_PG names another). The sandbox
# always runs on SQLite, so its tests run once.
BOTH_BACKENDS := tests/integration tests/unit/test_storage.py \
	tests/unit/test_storage_failures.py tests/unit/test_profile_storage.py \
	tests/unit/test_access.py tests/unit/test_appliers.py \
	--ignore=tests/integration/test_sandbox.py \
	--ignore=tests/integration/test_sandbox_keyboards.py \
	--ignore=tests/integration/test_sandbox_time.py

test: setup-dev
	$(BIN)/ruff check bot flows storage fakebotapi sandbox tests benchmarks
	$(BIN)/mypy bot flows storage fakebotapi sandbox
	$(BIN)/pytest
	MELDBOT_TEST_BACKEND=postgresql $(BIN)/pytest $(BOTH_BACKENDS)

benchmark: setup-dev
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/flags.py
	$(BIN)/python benchmarks/alert_latency.py
	$(BIN)/python benchmarks/rotate_key.py
	$(BIN)/python benchmarks/workers.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
