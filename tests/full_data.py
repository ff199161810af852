"""Loading official data in tests: the Library's full files (``../shared/data/official``), or
``seeds/official`` for checking texts against every seat."""

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


def check_on_official_seeds(
    django_db_blocker, texts: list[tuple[str, str]], rechecked: dict | None = None
) -> dict:
    """Each ``(election, text)`` checked (``processing.check_text``) with every seat of both
    elections loaded from ``seeds/official``, inside a transaction rolled back at the end:
    ``{(election, text): [(claim, suggestion), …]}``. For module-scoped fixtures.

    ``rechecked``, if given, gets ``{(election, text): [suggestion, …]}``: each claim as
    stored (its reading taken) checked again as given, as the desk re-checks it."""
    from django.db import transaction

    from factcheck import snapshot
    from factcheck.checking import Claimed, check_reading
    from factcheck.processing import check_text
    from results.seeds import load_official_seeds

    official = Path(__file__).resolve().parents[1] / "seeds" / "official"
    found = {}
    with django_db_blocker.unblock(), transaction.atomic():
        load_official_seeds(official)
        for election, text in texts:
            result = check_text(text, election=election)
            found[(election, text)] = list(zip(result.found, result.suggestions, strict=True))
            if rechecked is not None:
                figures = snapshot.current().figures
                rechecked[(election, text)] = [
                    check_reading(Claimed.from_extracted(c), figures, result.context)
                    for c in result.found
                ]
        transaction.set_rollback(True)
    snapshot.forget()
    return found
