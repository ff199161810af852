"""Time the national, nation and regional figures of one election (results.national).

    .venv/bin/python benchmarks/national_figures.py [--data ../shared/data/official] [--runs 20]

Imports the full 2024 and 2019 Library files into a fresh SQLite database once,
then prints, for each election, the median and best wall time of:

* computing UK + 4 nations + 9 English regions from rows already in memory
  (``figures_by_area``, plain Python);
* reading the rows from the database (``contest_rows``, two queries);
* both together with the Speaker's reference fact (``election_figures``);
* a repeat through the per-process memo (``current_figures``, one query).
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def timed(function, runs: int) -> tuple[float, float]:
    """Median and best of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "official"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    data = Path(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        # A local, plain-HTTP run of the production settings (see README, Configuration).
        os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
        os.environ.setdefault("HTTPS", "0")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        from results.imports import import_results
        from results.models import Election
        from results.national import commons_seats, figures_by_area
        from results.totals import contest_rows, current_figures, election_figures

        for year, day in (
            ("2024", datetime.date(2024, 7, 4)),
            ("2019", datetime.date(2019, 12, 12)),
        ):
            import_results(
                [
                    data / f"HoC-GE{year}-results-by-candidate.csv",
                    data / f"HoC-GE{year}-results-by-constituency.csv",
                ],
                election=f"ge{year}",
                date=day,
            )
        import_results([REPO / "seeds" / "official" / "reference-facts.csv"], election="ge2024",
                       date=datetime.date(2024, 7, 4))  # fmt: skip
        for slug in ("ge2024", "ge2019"):
            election = Election.objects.get(slug=slug)
            rows = contest_rows(election)
            candidates = sum(len(r.candidates) for r in rows)

            def compute(rows=rows, election=election):
                for row in rows:  # forget each seat's finishing order, cached on the row
                    row.__dict__.pop("ranked", None)
                return figures_by_area(rows, seats_total=commons_seats(election.date))

            figures = compute()
            areas = len(figures.areas)
            lines = {
                "compute UK + nations + regions (plain Python)": timed(compute, args.runs),
                "read the rows (2 queries)": timed(lambda e=election: contest_rows(e), args.runs),
                "read and compute (election_figures)": timed(
                    lambda e=election: election_figures(e), args.runs
                ),
            }
            current_figures(election)
            lines["repeat through the memo (current_figures)"] = timed(
                lambda e=election: current_figures(e), args.runs
            )
            print(f"{slug}: {len(rows)} seats, {candidates:,} candidates, {areas} areas")
            for label, (median, best) in lines.items():
                print(f"  {label}: median {median:.1f} ms, best {best:.1f} ms (of {args.runs})")


if __name__ == "__main__":
    main()
