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

# `make run` is a local, plain-HTTP run of the production settings (DEBUG off):
# HTTPS=0 turns off the HTTPS redirect, HSTS and Secure cookies, and the secret
# key is a random one kept in .venv (never in the repository). A SECRET_KEY or
# HTTPS already in the environment wins.
LOCAL_KEY := $(VENV)/secret-key
LOCAL_ENV = HTTPS="$${HTTPS:-0}" SECRET_KEY="$${SECRET_KEY:-$$(cat $(LOCAL_KEY))}"

# The background task worker, started again 2 s after it exits for any reason;
# its output and each restart go to .venv/worker.log (restarts to the terminal
# too). On TERM the worker is asked to stop after its current task, and told
# again (it then stops at once) if it has not within 5 s.
define WORKER_LOOP
child=; \
stop() { \
  if [ -n "$$child" ]; then kill -TERM "$$child" 2>/dev/null; \
    for _ in $$(seq 50); do kill -0 "$$child" 2>/dev/null || break; sleep 0.1; done; \
    kill -TERM "$$child" 2>/dev/null; wait "$$child" 2>/dev/null; fi; \
  exit 0; }; \
trap stop TERM; \
while :; do \
  "$$PY" manage.py db_worker --no-reload & child=$$!; \
  wait "$$child"; status=$$?; \
  sleep 2 & wait $$!; \
  msg="$$(date '+%F %T') the task worker exited (status $$status); started it again"; \
  echo "$$msg"; { echo "$$msg" >&3; } 2>/dev/null; \
done
endef
export WORKER_LOOP

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

$(LOCAL_KEY): | $(PY)
	@umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

db: setup $(LOCAL_KEY)
	@$(LOCAL_ENV) $(PY) manage.py migrate --no-input -v 0
	@$(LOCAL_ENV) $(PY) manage.py load_seeds
	@$(LOCAL_ENV) $(PY) manage.py collectstatic --no-input -v 0

# granian's backpressure caps the connections a worker holds open, idle
# keep-alive ones included: 512 keeps it answering with hundreds of browsers
# open (benchmarks/idle_connections.py; 4 hung it). Python runs 4 threads per
# worker. A worker that dies is started again; one that will not stop on
# Ctrl-C is killed after 5 s. The server and the task worker run as jobs
# (set -m) in process groups of their own, so Ctrl-C reaches this shell only:
# it passes SIGINT to granian's main process, and on exit stops the worker.
run: db
	@echo
	@echo "Demo accounts (local use only):"
	@$(LOCAL_ENV) $(PY) manage.py create_demo_users
	@$(LOCAL_ENV) $(PY) manage.py demo_review
	@echo
	@echo "Tally is at http://127.0.0.1:$(PORT)/  (try http://127.0.0.1:$(PORT)/results/ge2024/islington-north/)"
	@echo "Log in at http://127.0.0.1:$(PORT)/accounts/login/ ; the desk is /desk/, data entry /admin/."
	@echo "Ctrl-C stops the server and the background task worker."
	@set -m; export $(LOCAL_ENV) PY=$(PY); \
	  bash -c "$$WORKER_LOOP" 3>&2 > .venv/worker.log 2>&1 & worker=$$!; \
	  trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	  $(VENV)/bin/granian --interface wsgi --host 127.0.0.1 --port $(PORT) --workers 2 \
	    --blocking-threads 4 --backpressure 512 --respawn-failed-workers \
	    --workers-kill-timeout 5 --no-ws --log-level warning config.wsgi:application & server=$$!; \
	  set +m; trap 'kill -INT $$server 2>/dev/null' INT TERM; \
	  while kill -0 $$server 2>/dev/null; do wait $$server; done; wait $$server

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
