"""The result page, the JSON export and the checker give the same figures for every seat."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from factcheck import snapshot
from results.models import Contest
from tests.full_data import import_both_elections

MAJORITY = re.compile(r"<dt>Majority</dt><dd>([\d,]+)")
TURNOUTS = re.compile(r"<dt>Turnout \(([^)]*)\)</dt><dd>([\d.]+)%")


@pytest.mark.full_data
@pytest.mark.django_db
def test_every_seat_of_both_elections_reads_the_same_on_page_export_and_checker(
    client, shared_official
):
    import_both_elections(shared_official)
    figures = snapshot.current().figures
    contests = list(Contest.objects.official().with_figures())
    assert len(contests) == 1300
    mismatches = []
    for contest in contests:
        election, seat = contest.election.slug, contest.constituency.slug
        checker = figures.contest(election, seat)
        exported = client.get(f"/results/{election}/{seat}.json").json()["official_result"]
        page = client.get(f"/results/{election}/{seat}/").content.decode()
        turnouts = dict(TURNOUTS.findall(page))
        seen = {
            "majority": {
                exported["majority"],
                checker.majority,
                int(MAJORITY.search(page).group(1).replace(",", "")),
            },
            "turnout": {
                Decimal(exported["turnout_valid_votes_percent"]),
                checker.turnout,
                Decimal(turnouts["valid votes, the Library’s definition"]),
            },
            "turnout_declared": {
                Decimal(exported["turnout_declared_percent"]),
                checker.turnout_declared,
                Decimal(turnouts["as declared, incl. rejected ballots"]),
            },
            "candidates": {
                tuple(
                    (c["name"], c["votes"], Decimal(c["share_percent"]), c["rank"])
                    for c in exported["candidates"]
                ),
                tuple((c.full_name, c.votes, c.share, c.rank) for c in checker.candidates),
            },  # fmt: skip
        }
        previous = contest.previous_contest
        checker_previous = figures.previous_contest(checker)
        seen["previous"] = {
            previous.pk if previous else None,
            checker_previous.contest_id if checker_previous else None,
        }
        for name, values in seen.items():
            if len(values) != 1:
                mismatches.append((election, seat, name, values))
    assert mismatches == []
