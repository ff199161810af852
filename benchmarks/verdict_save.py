"""Server time of a verdict save on the desk, SQLite.

    .venv/bin/python benchmarks/verdict_save.py [--saves 300]

A fresh SQLite database (WAL, as in production) gets the seeds; an editor
then saves verdicts through the full Django stack (middleware, CSRF, auth,
permissions, the htmx partial render) with the test client, alternating
verdicts so every save writes. Prints the median, 90th and 99th percentiles.
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
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
        load_seeds()
        editor = User.objects.create_user("bench-editor", password="x")
        editor.groups.add(Group.objects.get(name="Editor"))
        client = Client()
        client.force_login(editor)
        claims = list(Claim.objects.all()[:40])
        verdicts = ["accurate", "inaccurate", "misleading"]
        timings = []
        for i in range(args.saves):
            claim = Claim.objects.for_review().get(pk=claims[i % len(claims)].pk)
            data = {
                "token": state_token(claim),
                "verdict": verdicts[i % len(verdicts)],
                "explanation": f"Benchmark save {i}",
                "note": "",
            }
            start = time.perf_counter()
            response = client.post(
                f"/desk/claims/{claim.pk}/verdict/", data, headers={"HX-Request": "true"}
            )
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
            assert b"Someone else changed" not in response.content
        timings.sort()
        pct = lambda p: timings[min(len(timings) - 1, int(p * len(timings)))]  # noqa: E731
        print(
            f"verdict save, SQLite, {args.saves} saves: "
            f"median {statistics.median(timings):.1f} ms, "
            f"p90 {pct(0.9):.1f} ms, p99 {pct(0.99):.1f} ms"
        )


if __name__ == "__main__":
    main()
