"""Time importing the full Library files into a fresh SQLite database.

    .venv/bin/python benchmarks/import_results.py [--data ../shared/data/official] [--runs 3]

Prints, for each election, the best wall time of the import itself (Django
setup and migrations excluded), and the time of a second, no-change import.
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
        ("ge2024", datetime.date(2024, 7, 4), "GE2024"),
        ("ge2019", datetime.date(2019, 12, 12), "GE2019"),
    ]
    results = {slug: [] for slug, _, _ in elections}
    repeats = {slug: [] for slug, _, _ in elections}
    counts = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
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

            for slug, day, prefix in elections:
                files = [
                    data / f"HoC-{prefix}-results-by-candidate.csv",
                    data / f"HoC-{prefix}-results-by-constituency.csv",
                ]
                start = time.perf_counter()
                import_results(files, election=slug, date=day)
                results[slug].append(time.perf_counter() - start)
                start = time.perf_counter()
                report = import_results(files, election=slug, date=day)
                repeats[slug].append(time.perf_counter() - start)
                assert not report.changed
                seats = Contest.objects.filter(election__slug=slug).count()
                people = Candidacy.objects.filter(contest__election__slug=slug).count()
                assert seats == 650, seats
                counts[slug] = (seats, people)
            connections.close_all()
    for slug, _, _ in elections:
        seats, people = counts[slug]
        print(
            f"{slug}: {seats} seats, {people:,} candidates: "
            f"import best {min(results[slug]):.2f} s (of {args.runs}); "
            f"re-import with no change {min(repeats[slug]):.2f} s"
        )


if __name__ == "__main__":
    main()
