"""Time the results-night pages with every seat loaded: /results/ and an election's page.

    .venv/bin/python benchmarks/declared_seat_lists.py [--runs 20]

Loads seeds/official (GE2019, GE2024, the notional 2019 result) into a fresh
SQLite database, then times, through Django's test client (full middleware
stack, no network), the index (each election's declared count and the first
50 declared seats with winner, party and gain or hold), the GE2024 page (UK
figures and its first 50 seats) and a search ("ynys mon"). Then 20 seats get a
hand change awaiting approval (their last official figures stay public) and
the same pages are timed again. Prints the median and best of ``--runs``
requests each, with the queries of one request; the national figures are
computed on the first request and kept (``results.totals.current_figures``), so
the first request is printed apart.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
        os.environ.setdefault("HTTPS", "0")
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext, setup_test_environment

        settings.ALLOWED_HOSTS = ["testserver"]
        setup_test_environment()
        call_command("migrate", verbosity=0)
        from results.models import Candidacy, Contest
        from results.seeds import load_official_seeds

        load_official_seeds(REPO / "seeds" / "official")
        client = Client()
        urls = ["/results/", "/results/ge2024/", "/results/?q=ynys+mon"]

        def measure(label: str) -> None:
            for url in urls:
                started = time.perf_counter()
                assert client.get(url).status_code == 200
                first = time.perf_counter() - started
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    client.get(url)
                    times.append(time.perf_counter() - started)
                with CaptureQueriesContext(connection) as queries:
                    client.get(url)
                print(
                    f"{label:<22} {url:<22} first {first * 1000:7.1f} ms; then median "
                    f"{statistics.median(times) * 1000:6.1f} ms, best {min(times) * 1000:6.1f} ms; "
                    f"{len(queries)} queries"
                )

        measure("all official")
        # 20 seats with a hand change awaiting approval: their last official figures stand.
        for contest in Contest.objects.filter(election__slug="ge2024").order_by("pk")[:20]:
            contest.keep_official_figures()
            candidacy = Candidacy.objects.filter(contest=contest).order_by("-votes").first()
            candidacy.votes += 1
            candidacy.save()
            contest.valid_votes += 1
            contest.status = Contest.Status.PENDING
            contest.save()
        measure("20 changes pending")


if __name__ == "__main__":
    main()
