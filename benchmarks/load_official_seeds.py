"""Time what `make run` loads: every official figure in seeds/official, then the checker's snapshot.

    .venv/bin/python benchmarks/load_official_seeds.py [--runs 3]

Into a fresh SQLite database each run: the gzip-compressed Library files for
GE2019 and GE2024, the notional 2019 file on the 2024 boundaries, both exit
polls and the reference facts (``results.seeds.load_official_seeds``), then
the checker's snapshot with every derived figure, national, nation and
regional included (``factcheck.snapshot.current``). Prints the best of the
runs for each part and for the whole (migrations excluded), and a second
load with nothing changed.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    loads, snapshots, totals, again = [], [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
            # A local, plain-HTTP run of the production settings (see README, Configuration).
            os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
            os.environ.setdefault("HTTPS", "0")
            import django
            from django.db import connections

            django.setup()
            connections.close_all()
            connections["default"].settings_dict["NAME"] = f"{folder}/bench.sqlite3"
            from django.core.management import call_command

            call_command("migrate", verbosity=0)
            from factcheck import snapshot
            from results.seeds import load_official_seeds

            snapshot.forget()
            started = time.perf_counter()
            load_official_seeds(REPO / "seeds" / "official")
            loaded = time.perf_counter()
            current = snapshot.current()
            built = time.perf_counter()
            assert len(current.figures.national["ge2024"].uk.parties) > 10
            loads.append(loaded - started)
            snapshots.append(built - loaded)
            totals.append(built - started)
            started = time.perf_counter()
            load_official_seeds(REPO / "seeds" / "official")
            again.append(time.perf_counter() - started)
            connections.close_all()
    print(f"load seeds/official (GE2019, GE2024, notional, exit polls, facts): {min(loads):.2f} s")
    print(f"checker snapshot with national, nation and regional figures: {min(snapshots):.2f} s")
    print(f"whole: {min(totals):.2f} s (target: under 10 s)")
    print(f"loading again, nothing changed: {min(again):.2f} s")


if __name__ == "__main__":
    main()
