"""Loading the House of Commons Library's full files (``../shared/data/official``) in tests."""

from __future__ import annotations

import datetime
from pathlib import Path

from results.imports import import_results

POLLING_DAYS = {"2019": datetime.date(2019, 12, 12), "2024": datetime.date(2024, 7, 4)}


def import_both_elections(shared_official: Path) -> None:
    """Import GE2019 and GE2024 (all 650 seats each) from the Library's files."""
    for year, day in POLLING_DAYS.items():
        import_results(
            [
                shared_official / f"HoC-GE{year}-results-by-candidate.csv",
                shared_official / f"HoC-GE{year}-results-by-constituency.csv",
            ],
            election=f"ge{year}",
            date=day,
        )
