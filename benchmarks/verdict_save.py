"""Server time of a verdict save on the desk, on SQLite or PostgreSQL, small or at volume.

    .venv/bin/python benchmarks/verdict_save.py [--saves 300] [--articles 10000]
        [--database-url postgres://postgres@127.0.0.1:5432/tally_verdict_bench]

A fresh database (a temporary SQLite file in WAL mode, as in production, or the
PostgreSQL database ``--database-url`` names, dropped and created again) gets the
seeds; with ``--articles N``, the official figures and, instead of the seed articles,
N articles of about 20 claims each, written straight into the tables by
``desk_queue.py``'s builder (every 2024 seat covered,
groups shared across articles, a third of them with verdicts). An editor then saves
verdicts through the full Django stack (middleware, CSRF, auth, permissions, the htmx
partial render) with the test client, on claims spread over the articles, alternating
verdicts so every save writes. Prints the median, 90th and 99th percentiles and the
queries of one save.
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
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--articles", type=int, default=0, help="articles besides the seeds")
    parser.add_argument("--database-url", default="", help="PostgreSQL (default: SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        if args.database_url:
            sys.path.insert(0, str(REPO / "benchmarks"))
            from bench_db import fresh_postgres

            fresh_postgres(args.database_url)
        os.environ["ALLOWED_HOSTS"] = "testserver"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        # A local, plain-HTTP run of the production settings (see README, Configuration).
        os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
        os.environ.setdefault("HTTPS", "0")
        import django

        django.setup()
        from django.contrib.auth.models import Group, User
        from django.core.management import call_command
        from django.test import Client

        from factcheck.models import Claim
        from factcheck.review import state_token
        from factcheck.seeds import load_seeds

        call_command("migrate", verbosity=0)
        if args.articles:
            sys.path.insert(0, str(REPO / "benchmarks"))
            from desk_queue import build

            from results.seeds import load_official_seeds

            load_official_seeds(REPO / "seeds" / "official")
            build(articles=args.articles, claims_each=20)
        else:
            load_seeds()
        editor = User.objects.create_user("bench-saver", password="x")
        editor.groups.add(Group.objects.get(name="Editor"))
        client = Client()
        client.force_login(editor)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        every = list(Claim.objects.filter(status="open").values_list("pk", flat=True))
        claims = [every[i * len(every) // 40] for i in range(40)]  # spread over the articles
        verdicts = ["accurate", "inaccurate", "misleading"]
        timings = []
        for i in range(args.saves):
            claim = Claim.objects.for_review().get(pk=claims[i % len(claims)])
            data = {
                "token": state_token(claim),
                "verdict": verdicts[i % len(verdicts)],
                "explanation": f"Benchmark save {i}",
                "note": "",
            }
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.post(
                    f"/desk/claims/{claim.pk}/verdict/", data, headers={"HX-Request": "true"}
                )
                timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
            assert b"Someone else changed" not in response.content
        timings.sort()
        pct = lambda p: timings[min(len(timings) - 1, int(p * len(timings)))]  # noqa: E731
        total = Claim.objects.count()
        print(
            f"verdict save, {connection.vendor}, {total:,} claims, {args.saves} saves "
            f"({len(queries)} queries each): "
            f"median {statistics.median(timings):.1f} ms, "
            f"p90 {pct(0.9):.1f} ms, p99 {pct(0.99):.1f} ms"
        )


if __name__ == "__main__":
    main()
