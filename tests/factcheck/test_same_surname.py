"""A surname that several candidates share, in seats the text names, goes to the candidate
of the seat it is read with (its table row or sentence), the same on every run.

Before, a tie between such candidates was broken by the order of a Python set, so the same
article gave one candidate under one hash seed and another under the next: ``make run``
and the worker could disagree about whose figure a number was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factcheck.extraction import (
    GazCandidate,
    GazConstituency,
    GazElection,
    Gazetteer,
    GazParty,
    extract_claims,
)

REPO = Path(__file__).resolve().parents[2]


def gazetteer() -> Gazetteer:
    """Two Fergusons in two seats (one in 2019, one in both years), and the seats' winners."""
    rows = [
        ("candidacy:1", "Luke Ferguson", "Ferguson", "Ind", "peterborough", "ge2019"),
        ("candidacy:2", "Jack Ferguson", "Ferguson", "Lab", "south-basildon", "ge2019"),
        ("candidacy:3", "Andrew Pakes", "Pakes", "Lab", "peterborough", "ge2024"),
        ("candidacy:4", "James McMurdock", "McMurdock", "RUK", "south-basildon", "ge2024"),
        ("candidacy:5", "Jack Ferguson", "Ferguson", "Lab", "south-basildon", "ge2024"),
    ]
    return Gazetteer(
        candidates=tuple(
            GazCandidate(key=k, full_name=n, surname=s, party=p, constituency=c, election=e)
            for k, n, s, p, c, e in rows
        ),
        parties=(
            GazParty("Lab", "Labour"),
            GazParty("RUK", "Reform UK"),
            GazParty("Ind", "Independent"),
        ),
        constituencies=(
            GazConstituency("peterborough", "Peterborough"),
            GazConstituency("south-basildon", "South Basildon and East Thurrock"),
        ),
        elections=(GazElection("ge2019", 2019, None), GazElection("ge2024", 2024, "ge2019")),
    )


TABLE = (
    "Seat | Winner | Runner-up | Runner-up's votes\n"
    "South Basildon and East Thurrock | McMurdock (Reform) | Ferguson (Lab) | 12,080\n"
    "Peterborough | Pakes (Lab) | Ferguson (Ind) | 1,200\n"
)
PROSE = (
    "Andrew Pakes held Peterborough for Labour. In South Basildon and East Thurrock, "
    "Ferguson won 12,080 votes."
)


def subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in extract_claims(text, gazetteer=gazetteer())}


def test_a_table_rows_surname_is_the_candidate_of_that_rows_seat():
    found = subjects(TABLE)
    assert found["12,080"] == "Jack Ferguson"


def test_a_surname_in_a_sentence_naming_the_seat_is_that_seats_candidate():
    assert subjects(PROSE)["12,080"] == "Jack Ferguson"


CHILD = """
import json, sys
sys.path.insert(0, {repo!r})
from tests.factcheck.test_same_surname import PROSE, TABLE, subjects
print(json.dumps([subjects(TABLE), subjects(PROSE)]))
"""


def test_the_same_article_reads_the_same_under_every_hash_seed():
    outputs = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        env.pop("DJANGO_SETTINGS_MODULE", None)  # the extractor imports no Django
        done = subprocess.run(
            [sys.executable, "-c", CHILD.format(repo=str(REPO))],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
