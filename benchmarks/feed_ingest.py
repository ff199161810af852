"""Coverage from a feed, end to end: 1,000 articles from a local news site through fetch,
extraction (trafilatura), checking and storage, by the task workers.

    .venv/bin/python benchmarks/feed_ingest.py [--articles 1000] [--runs 3]
        [--sqlite-workers 1] [--postgres-workers 2]
        [--database-url postgres://postgres@127.0.0.1:5432/tally_sources_bench]

Each run gets a fresh database (a temporary SQLite file, or the PostgreSQL database
``--database-url`` names, dropped and created again; pass ``--database-url ''`` to skip
PostgreSQL) with ``seeds/official`` (every seat of 2019 and 2024 and the notional
baseline), untimed. A local site (``tests/sources_site.py``, a thread of this process on
127.0.0.1) serves ``--articles`` pages in a public broadcaster's layout, each a results
article of 3-4 KB about one of the 650 seats of 2024 (``generated_articles.py``), and an
RSS feed listing them all. Then, timed from the workers' start to the last one's exit
(start-up included): the feed is subscribed, and ``manage.py db_worker --batch`` workers
(``FETCH_ALLOW_PRIVATE=1``) poll it (one task), fetch and read every page (one task each:
HTTP, trafilatura, the election inferred, the article stored) and extract and check its
claims (one task each). Every page must end as a checked article: the script fails if a
task failed, a fetch failed or an article is left pending.

Prints, for each database and number of workers, articles/s over ``--runs`` runs: min,
median and max.
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


def _env(url: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY=os.environ.get("SECRET_KEY", "benchmark-only-key-not-secret"),
        HTTPS="0",
        LOG_LEVEL="ERROR",
        FETCH_ALLOW_PRIVATE="1",
    )
    return env


def run(url: str, articles: int, workers: int) -> float:
    """One measurement in a child process; returns articles/s."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--articles", str(articles),
         "--sqlite-workers", str(workers)],
        env=_env(url), capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        sys.exit(f"measurement failed:\n{out.stdout}\n{out.stderr}")
    rate = None
    for line in out.stdout.splitlines():
        if line.startswith("FIG articles_per_s="):
            rate = float(line.split("=", 1)[1])
        else:
            print("   ", line)
    return rate


def child(articles: int, workers: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django_tasks_db.models import DBTaskResult, TaskResultStatus
    from generated_articles import results_articles

    from factcheck.models import Article, Claim, Feed, Fetch, FetchStatus
    from factcheck.sources.feeds import poll_feed_task
    from results.models import Contest
    from results.seeds import load_official_seeds
    from tests import sources_site

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
    site = sources_site.Site().start()
    items = []
    for i, text in enumerate(texts):
        seat = seats[i % len(seats)].constituency.name
        story = sources_site.Story(
            f"result-{i}", f"{seat}: the result ({i})", text.split("\n\n"),
            outlet="Benchmark Broadcaster", author="Results Desk",
        )  # fmt: skip
        site.routes[f"/news/{story.slug}"] = sources_site.Response(
            body=sources_site.broadcaster_page(story)
        )
        items.append((story.title, f"{site.url}/news/{story.slug}", sources_site.RFC822_DAY))
    site.routes["/feed.xml"] = sources_site.Response(
        body=sources_site.rss(items), content_type="application/rss+xml", conditional=True
    )
    feed = Feed.objects.create(url=f"{site.url}/feed.xml", interval=86_400)
    connection.close()

    started = time.perf_counter()
    poll_feed_task.enqueue(feed_id=feed.pk)
    rounds = 0
    while True:
        rounds += 1
        codes, errors = run_workers(workers, repo=REPO, name=f"bench-{rounds}")
        if any(codes):
            sys.exit("a worker failed:\n" + "\n".join(errors))
        # a --batch worker stops when it finds the queue empty for a moment, which can
        # happen while another is still fetching a page that will queue its extraction
        if not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists():
            break
    elapsed = time.perf_counter() - started
    site.stop()

    failed_tasks = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count()
    failed_fetches = list(
        Fetch.objects.filter(status=FetchStatus.FAILED).values_list("error", flat=True)[:3]
    )
    pending = Article.objects.filter(extracted_at__isnull=True).count()
    made = Article.objects.filter(url__startswith=site.url).count()
    if failed_tasks or failed_fetches or pending or made != articles:
        sys.exit(
            f"{failed_tasks} tasks failed, fetch errors {failed_fetches}, {pending} articles "
            f"pending, {made} of {articles} made:\n" + "\n".join(errors)
        )
    claims = Claim.objects.count()
    print(f"{connection.vendor}, {workers} worker{'s' * (workers > 1)}: {articles:,} pages "
          f"polled, fetched, read, stored and {claims:,} claims checked in {elapsed:.1f} s "
          f"= {articles / elapsed:.1f} articles/s ({rounds} round{'s' * (rounds > 1)} "
          "of workers)")  # fmt: skip
    print(f"FIG articles_per_s={articles / elapsed:.2f}")


def _spread(rates: list[float]) -> str:
    return (
        f"min {min(rates):.1f}, median {statistics.median(rates):.1f}, max {max(rates):.1f} "
        "articles/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sqlite-workers", type=int, default=1)
    ap.add_argument("--postgres-workers", type=int, default=2)
    ap.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/tally_sources_bench"
    )
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.articles, args.sqlite_workers)
        return
    print(f"{os.cpu_count()} cores; {args.articles:,} articles a run, {args.runs} runs")
    results = []
    rates = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            rates.append(run(f"sqlite:///{tmp}/feed.sqlite3", args.articles, args.sqlite_workers))
    results.append((f"SQLite, {args.sqlite_workers} worker(s)", rates))
    if args.database_url:
        rates = []
        for _ in range(args.runs):
            fresh_postgres(args.database_url)
            rates.append(run(args.database_url, args.articles, args.postgres_workers))
        results.append((f"PostgreSQL, {args.postgres_workers} worker(s)", rates))
    for label, rates in results:
        print(f"{label}: {_spread(rates)}")


if __name__ == "__main__":
    main()
