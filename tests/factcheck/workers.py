"""Real ``manage.py db_worker`` processes on a database of their own, for the tests of
background work (``test_crash_safety``, ``test_concurrent_extraction``): a SQLite file,
or a fresh PostgreSQL database when ``DATABASE_URL`` names PostgreSQL. The fixtures
``worker_db`` and ``workers`` are made available to every test here by ``conftest.py``.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

REPO = Path(__file__).resolve().parents[2]
TASKS_TABLE = "django_tasks_database_dbtaskresult"


class WorkerDatabase:
    """The workers' database, read with plain SQL from the test."""

    def __init__(self, url: str):
        self.url = url
        self.postgres = url.startswith("postgres")

    def rows(self, sql: str) -> list[tuple]:
        if self.postgres:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as conn:
                return conn.execute(sql).fetchall()
        conn = sqlite3.connect(urlparse(self.url).path, timeout=30)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def article(self, pk: int) -> tuple:
        """(extracted, error, claims) of one article."""
        extracted, error = self.rows(
            f"SELECT extracted_at, extraction_error FROM factcheck_article WHERE id = {pk}"
        )[0]
        claims = self.rows(f"SELECT count(*) FROM factcheck_claim WHERE article_id = {pk}")[0][0]
        return extracted is not None, error, claims

    def tasks(self, pk: int) -> list[tuple]:
        """(status, worker ids) of the article's extraction tasks, oldest first."""
        if self.postgres:
            where = f"args_kwargs->'kwargs'->>'article_id' = '{pk}'"
        else:
            where = f"json_extract(args_kwargs, '$.kwargs.article_id') = {pk}"
        rows = self.rows(
            f"SELECT status, worker_ids FROM {TASKS_TABLE} WHERE {where} ORDER BY enqueued_at"
        )
        return [(s, json.loads(w) if isinstance(w, str) else w) for s, w in rows]


@pytest.fixture(scope="module")
def worker_db(tmp_path_factory):
    url = os.environ.get("DATABASE_URL", "")
    admin = None
    if url.startswith("postgres"):
        import psycopg

        parts = urlparse(url)
        name = f"tally_workers_{uuid.uuid4().hex[:8]}"
        admin = urlunparse(parts._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = urlunparse(parts._replace(path=f"/{name}"))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('workers') / 'db.sqlite3'}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "CONN_MAX_AGE": "0",
    }
    env.pop("TASKS_BACKEND", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=REPO, env=env,
                   check=True)  # fmt: skip
    yield WorkerDatabase(url), env
    if admin:
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def workers(worker_db, tmp_path):
    """Start ``db_worker`` processes; every one still running is killed at the end. Each
    logs to ``process.log`` (a file: a full pipe would stall the worker)."""
    _, env = worker_db
    started = []

    def start(**extra_env) -> subprocess.Popen:
        log = tmp_path / f"worker-{len(started)}.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay",
                 "--interval", "0.1", "--lease", "2", "--sweep-interval", "0.5", "-v", "2"],
                cwd=REPO, env={**env, **extra_env}, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        process.log = log
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def probe(worker_db, *args) -> int:
    _, env = worker_db
    done = subprocess.run(
        [sys.executable, "-m", "tests.factcheck.worker_probe", *map(str, args)],
        cwd=REPO, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return int(done.stdout.split()[-1])


def wait_for(condition, *, timeout: float, step: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s")
