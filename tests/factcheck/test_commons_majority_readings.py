"""A Commons majority is offered as a reading only for the party that holds one (review
finding A6): the desk's readings of "a majority of 8,400" in Clacton listed "Reform UK's
Commons majority … 172" and "Conservative's Commons majority … 172", Labour's figure under
other parties' names. Every seat of 2019 and 2024 is loaded once for the module."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

OFFICIAL = Path(__file__).resolve().parents[2] / "seeds" / "official"
TEXTS = {
    "clacton": "In Clacton, the Reform UK leader Nigel Farage beat Conservative Giles Watling, "
    "who polled 12,820 votes, by a majority of 8,400.",
}


@pytest.fixture(scope="module")
def readings(django_db_setup, django_db_blocker) -> dict:
    """``{(text key, figure as written): [reading as the desk lists it, …]}``."""
    from django.db import transaction

    from factcheck import snapshot
    from factcheck.checking import Claimed, check_reading, readings_for
    from factcheck.processing import check_text
    from results.seeds import load_official_seeds

    found = {}
    with django_db_blocker.unblock(), transaction.atomic():
        load_official_seeds(OFFICIAL)
        figures = snapshot.current().figures
        for key, text in TEXTS.items():
            result = check_text(text, election="ge2024")
            for claim in result.found:
                weighed = readings_for(
                    Claimed.from_extracted(claim), figures, result.context, check_reading
                )
                found[(key, claim.text)] = [w.to_dict() for w in weighed]
        transaction.set_rollback(True)
    snapshot.forget()
    return found


def _commons(listed: list[dict]) -> list[tuple[str, str]]:
    return [(r["label"], r["official_value"]) for r in listed if r.get("commons")]


def test_no_party_without_a_majority_is_offered_one(readings):
    offered = _commons(readings[("clacton", "8,400")])
    assert not any(label.startswith(("Reform UK", "Conservative")) for label, _ in offered)
    # the Commons majority there is, Labour's, is offered once, under Labour's name
    assert offered == [("Labour's Commons majority (ge2024)", "172")]
