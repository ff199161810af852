"""Re-checking claims when official figures change (``factcheck.rechecks``).

    .venv/bin/python benchmarks/recheck.py [--articles 2000] [--database-url URL]

A fresh database (a temporary SQLite file, or the PostgreSQL database ``--database-url``
names, which is dropped and created again) gets ``seeds/official`` (every seat of 2019
and 2024). Then ``--articles`` articles are written, each about one 2024 seat in turn
(all 650 are covered): the 3–4 KB results articles of ``generated_articles.py`` (about
23 claims each: candidates' votes and shares, majority, turnout, electorate, the last
election's majority, UK-wide seats and shares; one in eight with a figure wrong), and
their claims extracted and checked (``process_articles``: not timed as a re-check). Measured:

1. re-checking every claim (``rechecks.recheck_claims``, what ``manage.py recheck_claims
   --now`` runs): nothing has changed, so nothing is written;
2. one seat's winner gets one vote more; then what ``official_figures_changed`` does in
   the background: the claims whose evidence names that seat or the UK-wide figures of
   2024 (``rechecks.affected_claim_ids``) are checked again, and those whose evidence
   changed are written. The snapshot of official figures is rebuilt first (timed apart).

3. with ``--workers N``: every claim re-checked as ``manage.py recheck_claims`` does by
   default, as background tasks run by N ``db_worker`` processes.

Prints times, claims touched and written, and queries. On PostgreSQL the database can be
built once (``--prepare-only``, which takes minutes) and measured again and again
(``--reuse``; each run gives one more seat's winner one more vote).
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_db import fresh_postgres, run_workers, setup_django  # noqa: E402


def _django(url: str) -> None:
    setup_django(url)


def prepare(articles: int) -> None:
    from django.core.management import call_command
    from generated_articles import results_articles

    from factcheck.models import Article, text_fingerprint
    from factcheck.processing import process_articles
    from results.models import Contest
    from results.seeds import load_official_seeds

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    load_official_seeds(REPO / "seeds" / "official")
    print(f"official seeds loaded in {time.perf_counter() - start:.1f} s")
    seats = list(
        Contest.objects.official().filter(election__slug="ge2024").with_figures().order_by("pk")
    )
    texts = results_articles(seats, articles)
    made = Article.objects.bulk_create(
        Article(
            title=f"Seat report {n + 1}",
            outlet="Benchmark",
            body=body,
            fingerprint=text_fingerprint(body),
        )
        for n, body in enumerate(texts)
    )
    start = time.perf_counter()
    claims = process_articles(Article.objects.filter(pk__in=[a.pk for a in made]))
    print(
        f"{articles:,} articles about {min(articles, len(seats))} seats: {claims:,} claims "
        f"extracted and checked in {time.perf_counter() - start:.1f} s (not a re-check)"
    )


def measure() -> None:
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from factcheck import rechecks, snapshot
    from factcheck.models import Claim, ClaimEvidence
    from results.models import Candidacy, Contest

    ids = list(Claim.objects.values_list("pk", flat=True))
    snapshot.current()
    start = time.perf_counter()
    report = rechecks.recheck_claims(ids)
    elapsed = time.perf_counter() - start
    print(
        f"re-check all {report.checked:,} claims: {elapsed:.1f} s "
        f"({report.checked / elapsed:,.0f} claims/s), {report.changed} written"
    )

    busiest = (
        ClaimEvidence.objects.filter(contest_pk__isnull=False)
        .values("contest_pk")
        .annotate(n=Count("claim_id"))
        .order_by("-n", "contest_pk")
        .first()
    )
    contest = Contest.objects.with_figures().get(pk=busiest["contest_pk"])
    winner = contest.ranked_candidacies[0]
    Candidacy.objects.filter(pk=winner.pk).update(votes=winner.votes + 1)
    Contest.objects.get(pk=contest.pk).save()  # the official data version moves on
    start = time.perf_counter()
    snapshot.current()
    rebuilt = time.perf_counter() - start
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        touched = rechecks.affected_claim_ids(election="ge2024", contests=[contest.pk])
        report = rechecks.recheck_claims(touched)
        elapsed = time.perf_counter() - start
    print(
        f"one seat changed ({contest.constituency.name}: {winner.full_name} "
        f"{winner.votes:,} → {winner.votes + 1:,}): snapshot rebuilt in {rebuilt:.2f} s; "
        f"{len(touched)} of {len(ids):,} claims touched, {report.changed} written "
        f"({report.withdrawn} sign-offs withdrawn) in {elapsed:.2f} s, "
        f"{len(queries.captured_queries)} queries"
    )


def measure_workers(url: str, workers: int) -> None:
    """Every claim re-checked the way ``manage.py recheck_claims`` does it by default: marked
    and queued as background tasks (``tasks.request_recheck``, 500 claims a task), then
    ``workers`` processes of ``manage.py db_worker --batch`` run them; timed from the
    queuing to the last worker's exit."""

    from factcheck.models import Claim
    from factcheck.tasks import request_recheck

    ids = list(Claim.objects.values_list("pk", flat=True))
    start = time.perf_counter()
    request_recheck(ids)
    queued = time.perf_counter() - start
    env = dict(os.environ, DATABASE_URL=url)
    codes, errors = run_workers(workers, repo=REPO, name="recheck", env=env)
    elapsed = time.perf_counter() - start
    if any(codes):
        sys.exit("a worker failed:\n" + "\n".join(errors))
    left = Claim.objects.filter(recheck_requested_at__isnull=False).count()
    print(
        f"re-check all {len(ids):,} claims as background tasks, {workers} worker"
        f"{'s' if workers > 1 else ''}: {elapsed:.1f} s ({len(ids) / elapsed:,.0f} claims/s; "
        f"{queued:.1f} s of it marking and queuing), {left} left waiting"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--database-url", default="", help="a PostgreSQL database to drop and create again"
    )
    parser.add_argument(
        "--prepare-only", action="store_true", help="build the PostgreSQL database, measure nothing"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="measure the PostgreSQL database built before"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="also re-check every claim through N workers"
    )
    args = parser.parse_args()
    if (args.prepare_only or args.reuse) and not args.database_url:
        parser.error("--prepare-only and --reuse need --database-url")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        if url.startswith("postgres") and not args.reuse:
            fresh_postgres(url)
        _django(url)
        print(f"database: {url.split(':')[0]}")
        if not args.reuse:
            prepare(args.articles)
        else:  # built by an earlier version: its migrations first
            from django.core.management import call_command

            call_command("migrate", verbosity=0)
        if not args.prepare_only:
            measure()
            if args.workers:
                measure_workers(url, args.workers)


if __name__ == "__main__":
    main()
