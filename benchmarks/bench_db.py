"""What the benchmarks share: a fresh PostgreSQL database, and Django set up on a database
URL with the production settings run locally (see README, Configuration)."""

from __future__ import annotations

import os
from urllib.parse import urlparse


def fresh_postgres(url: str) -> None:
    """Drop the PostgreSQL database ``url`` names (closing its sessions) and create it
    again, empty."""
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def setup_django(url: str, **environ: str) -> None:
    """``django.setup()`` on the database ``url``: the production settings over plain HTTP,
    a benchmark-only key, errors logged only; ``environ`` sets more variables."""
    os.environ["DATABASE_URL"] = url
    os.environ.update(environ)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
    os.environ.setdefault("HTTPS", "0")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()


def run_workers(
    workers: int, *, repo, name: str, env: dict | None = None
) -> tuple[list[int], list[str]]:
    """Run ``workers`` processes of ``manage.py db_worker --batch`` (worker ids
    ``{name}-0``…) until each finds the queue empty; returns their exit codes and what
    each wrote to stderr. Their stderr goes to files, not pipes: a pipe read only once
    the first worker ended blocked every other worker as soon as it had logged 64 KB, so
    "two workers" measured one."""
    import contextlib
    import subprocess
    import sys
    import tempfile

    with contextlib.ExitStack() as stack:
        logs = [stack.enter_context(tempfile.TemporaryFile(mode="w+")) for _ in range(workers)]
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(repo / "manage.py"),
                    "db_worker",
                    "--batch",
                    "--no-reload",
                    "--worker-id",
                    f"{name}-{i}",
                ],
                cwd=repo,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=logs[i],
                text=True,
            )  # fmt: skip
            for i in range(workers)
        ]
        codes = [p.wait() for p in procs]
        errors = []
        for log in logs:
            log.seek(0)
            errors.append(log.read())
    return codes, errors
