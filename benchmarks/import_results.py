"""Time importing the full Library files into a fresh SQLite database.

    .venv/bin/python benchmarks/import_results.py [--data ../shared/data/official] [--runs 3]

Imports GE2024 (both files), GE2019 (both files) and the notional 2019 result
on the 2024 boundaries, in that order. Prints, for each, the best wall time of
the import itself (Django setup and migrations excluded) and of a second,
no-change import, then the best total of the whole set.
"""

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "official"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = Path(args.data)
    elections = [
        ("ge2024", datetime.date(2024, 7, 4), ["HoC-GE2024-results-by-candidate.csv",
                                               "HoC-GE2024-results-by-constituency.csv"], {}),
        ("ge2019", datetime.date(2019, 12, 12), ["HoC-GE2019-results-by-candidate.csv",
                                                 "HoC-GE2019-results-by-constituency.csv"], {}),
        ("ge2019-notional", datetime.date(2019, 12, 12),
         ["candidate-level-results-notional-general-election-12-12-2019.csv"],
         {"notional_for": "ge2024"}),
    ]  # fmt: skip
    results = {slug: [] for slug, *_ in elections}
    repeats = {slug: [] for slug, *_ in elections}
    totals = []
    counts = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
            # A local, plain-HTTP run of the production settings (see README, Configuration).
            os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
            os.environ.setdefault("HTTPS", "0")
            import django
            from django.core.management import call_command
            from django.db import connections

            django.setup()
            connections.close_all()
            from django.conf import settings

            settings.DATABASES["default"]["NAME"] = f"{tmp}/bench.sqlite3"
            call_command("migrate", verbosity=0)
            from results.imports import import_results
            from results.models import Candidacy, Contest

            for slug, day, names, options in elections:
                files = [data / name for name in names]
                start = time.perf_counter()
                import_results(files, election=slug, date=day, **options)
                results[slug].append(time.perf_counter() - start)
                start = time.perf_counter()
                report = import_results(files, election=slug, date=day, **options)
                repeats[slug].append(time.perf_counter() - start)
                assert not report.changed
                seats = Contest.objects.filter(election__slug=slug).count()
                people = Candidacy.objects.filter(contest__election__slug=slug).count()
                assert seats == 650, seats
                counts[slug] = (seats, people)
            totals.append(sum(results[slug][-1] for slug, *_ in elections))
            connections.close_all()
    for slug, *_ in elections:
        seats, people = counts[slug]
        print(
            f"{slug}: {seats} seats, {people:,} candidates: "
            f"import best {min(results[slug]):.2f} s (of {args.runs}); "
            f"re-import with no change {min(repeats[slug]):.2f} s"
        )
    print(
        f"whole set, first imports: best {min(totals):.2f} s, worst {max(totals):.2f} s "
        f"(of {args.runs})"
    )


if __name__ == "__main__":
    main()
