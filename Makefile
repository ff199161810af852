# Tally: `make run` sets everything up and serves the app; `make test` runs the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := run

PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format setup db serve worker clean

# Find a Python 3.12+ interpreter: the usual names on PATH, then pyenv's.
define FIND_PYTHON
for p in python3.13 python3.12 python3 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9] 2>/dev/null); do \
  if command -v "$$p" >/dev/null 2>&1 && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
    command -v "$$p"; exit 0; fi; \
done; exit 1
endef
export FIND_PYTHON

$(PY):
	@py=$$(bash -c "$$FIND_PYTHON") || { \
	  echo "Tally needs Python 3.12 or newer, and none was found (tried python3.13, python3.12, python3 and ~/.pyenv/versions)." >&2; \
	  echo "Install one (for example: pyenv install 3.12) and run make again." >&2; exit 1; }; \
	echo "Using $$py ($$($$py --version))"; \
	"$$py" -m venv $(VENV)

$(STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

setup: $(STAMP)

db: setup
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_seeds
	$(PY) manage.py collectstatic --no-input -v 0

run: db
	@echo
	@echo "Demo accounts (local use only):"
	@$(PY) manage.py create_demo_users
	@$(PY) manage.py demo_review
	@echo
	@echo "Tally is at http://127.0.0.1:$(PORT)/  (try http://127.0.0.1:$(PORT)/results/ge2024/islington-north/)"
	@echo "Log in at http://127.0.0.1:$(PORT)/accounts/login/ ; the desk is /desk/, data entry /admin/."
	@echo "Ctrl-C stops the server and the background task worker."
	@$(PY) manage.py db_worker --no-reload > .venv/worker.log 2>&1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(VENV)/bin/granian --interface wsgi --host 127.0.0.1 --port $(PORT) --workers 2 \
	    --blocking-threads 4 --backpressure 4 --no-ws --log-level warning config.wsgi:application

test: setup
	$(PY) -m pytest tests $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check --config config/ruff.toml .
	$(VENV)/bin/ruff format --config config/ruff.toml --check .

format: setup
	$(VENV)/bin/ruff format --config config/ruff.toml .
	$(VENV)/bin/ruff check --config config/ruff.toml --fix .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles test-artifacts .pytest_cache
