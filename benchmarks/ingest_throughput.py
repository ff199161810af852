"""Ingestion through the real path: store articles, queue their tasks, let workers extract.

    .venv/bin/python benchmarks/ingest_throughput.py [--articles 10000] [--workers 1 2]
        [--database-url postgres://postgres@127.0.0.1:5432/tally_ingest_bench]

For each number of workers, a fresh database (a temporary SQLite file, or the PostgreSQL
database ``--database-url`` names, dropped and created again) gets ``seeds/official``
(2019, 2024 and the notional baseline: every seat) and the seed articles' users, untimed.
Then:

1. **storing**: ``--articles`` results articles of 3–4 KB about all 650 seats of 2024
   (``generated_articles.py``: real figures, one in eight with one figure wrong) go
   through ``factcheck.ingest.ingest_articles`` 100 at a time, as the desk's form and the
   API would send them: the duplicate check, the insert and the queued task. Printed per
   1,000 articles (min, median and max of those windows), so a rate that falls as the
   table grows shows.
2. **extraction**: ``--workers`` processes of ``manage.py db_worker --batch`` (factcheck's
   worker: leases, sweeps, one task per article) take the queued tasks until none is
   left. Timed from their start to the last one's exit, start-up included (each worker
   builds its snapshot of the official figures and its gazetteer once); the workers'
   steady rate is also given, from the tasks' own start and finish times, per 1,000
   tasks in the order they finished (min, median and max).

Prints articles/s and claims/s. Every article must end extracted: the script fails if a
task failed or an article is left pending.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_db import fresh_postgres, run_workers  # noqa: E402

WINDOW = 1000


def _env(url: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="config.settings",
        # A local, plain-HTTP run of the production settings (see README, Configuration).
        SECRET_KEY=os.environ.get("SECRET_KEY", "benchmark-only-key-not-secret"),
        HTTPS="0",
        LOG_LEVEL="ERROR",
    )
    return env


def _spread(rates: list[float]) -> str:
    if not rates:
        return "n/a"
    return f"min {min(rates):,.1f}, median {statistics.median(rates):,.1f}, max {max(rates):,.1f}"


def run(url: str, articles: int, workers: int) -> dict:
    """One measurement in a child process's fresh database; returns its figures."""
    env = _env(url)
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--articles", str(articles),
         "--workers", str(workers)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        sys.exit(f"measurement failed:\n{out.stdout}\n{out.stderr}")
    figures = {}
    for line in out.stdout.splitlines():
        if line.startswith("FIG "):
            key, value = line[4:].split("=", 1)
            figures[key] = value
        else:
            print(line)
    return figures


def child(articles: int, workers: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django_tasks_db.models import DBTaskResult, TaskResultStatus
    from generated_articles import results_articles

    from factcheck.ingest import Incoming, ingest_articles
    from factcheck.models import Article, Claim
    from results.models import Contest
    from results.seeds import load_official_seeds

    call_command("migrate", verbosity=0)
    load_official_seeds(REPO / "seeds" / "official")
    seats = list(
        Contest.objects.official()
        .filter(election__slug="ge2024")
        .with_figures()
        .select_related("constituency")
        .order_by("pk")
    )
    texts = results_articles(seats, articles)

    store_rates = []
    window_start = time.perf_counter()
    started = window_start
    for n in range(0, articles, 100):
        items = [
            Incoming(title=f"Result in seat {i + 1}", outlet="Benchmark Wire", url="",
                     published_on=None, body=texts[i], source_file="")
            for i in range(n, min(n + 100, articles))
        ]  # fmt: skip
        report = ingest_articles(items)
        assert len(report.created) == len(items), "a generated article was refused"
        if (n + 100) % WINDOW == 0:
            now = time.perf_counter()
            store_rates.append(WINDOW / (now - window_start))
            window_start = now
    stored_s = time.perf_counter() - started
    db = connection.vendor
    print(f"{db}: {articles:,} articles ({sum(map(len, texts)) / articles / 1000:.1f} KB each) "
          f"stored and queued in {stored_s:.1f} s = {articles / stored_s:,.0f} articles/s; "
          f"per {WINDOW:,}: {_spread(store_rates)}")  # fmt: skip
    connection.close()

    started = time.perf_counter()
    codes, errors = run_workers(workers, repo=REPO, name="bench")
    elapsed = time.perf_counter() - started
    if any(codes):
        sys.exit("a worker failed:\n" + "\n".join(errors))

    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count()
    pending = Article.objects.filter(extracted_at__isnull=True).count()
    if failed or pending:
        sys.exit(f"{failed} tasks failed, {pending} articles left pending:\n" + "\n".join(errors))
    claims = Claim.objects.count()
    finished = list(
        DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL)
        .order_by("finished_at")
        .values_list("started_at", "finished_at")
    )
    steady = []
    for n in range(0, len(finished) - WINDOW + 1, WINDOW):
        chunk = finished[n : n + WINDOW]
        span = (chunk[-1][1] - chunk[0][0]).total_seconds()
        steady.append(WINDOW / span if span > 0 else 0.0)
    print(f"{db}, {workers} worker{'s' if workers > 1 else ''}: {articles:,} articles, "
          f"{claims:,} claims extracted and checked in {elapsed:.1f} s (start-up included) = "
          f"{articles / elapsed:,.1f} articles/s, {claims / elapsed:,.0f} claims/s; "
          f"steady, per {WINDOW:,} tasks: {_spread(steady)} articles/s")  # fmt: skip
    print(f"FIG articles_per_s={articles / elapsed:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--database-url", default="", help="PostgreSQL (default: SQLite file)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.articles, args.workers[0])
        return
    print(f"{os.cpu_count()} cores")
    for workers in args.workers:
        if args.database_url:
            fresh_postgres(args.database_url)
            run(args.database_url, args.articles, workers)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                run(f"sqlite:///{tmp}/ingest.sqlite3", args.articles, workers)


if __name__ == "__main__":
    main()
