"""Each candidacy cites the row its figures were read from (issue 16).

The Library's candidate file holds one row per candidate: an import stores the file and
line of each (``Candidacy.source_row``, header = line 1, physical lines as the contest's
constituency-file row counts them), whether the file is given as it is, uploaded, or
shipped gzipped in ``seeds/official``; a revised file moves the rows; a hand entry cites
who approved it.
"""

from __future__ import annotations

import csv
import datetime
import gzip

import pytest

from results import roles
from results.imports import import_results
from results.models import Candidacy, Contest
from results.seeds import OFFICIAL_SEEDS, load_official_seeds
from tests.factories import UserFactory
from tests.seed_data import SEEDS, islington_files

from .test_declarations import approve, enter_by_hand

GE2024 = datetime.date(2024, 7, 4)
ROW = "HoC-GE2024-results-by-candidate.csv, line {}"


def lines_of(data: bytes) -> list[str]:
    """The file's physical lines, as a reader counts them (line 1 is the header)."""
    return data.decode("utf-8-sig").splitlines()


def cells_at(lines: list[str], source_row: str) -> dict[str, str]:
    """The cells of the line ``source_row`` names, by the header's column names."""
    number = int(source_row.rsplit(", line ", 1)[1])
    header = next(csv.reader([lines[0]]))
    return dict(zip(header, next(csv.reader([lines[number - 1]])), strict=True))


def islington(candidates: bytes | None = None):
    cand_path, seat_path = islington_files("2024")
    return import_results(
        [
            ("HoC-GE2024-results-by-candidate.csv", candidates or cand_path.read_bytes()),
            ("HoC-GE2024-results-by-constituency.csv", seat_path.read_bytes()),
        ],
        election="ge2024",
        date=GE2024,
    )


def corbyn() -> Candidacy:
    return Candidacy.objects.get(surname="Corbyn", contest__election__slug="ge2024")


@pytest.mark.django_db
def test_each_candidacy_cites_the_line_of_the_candidate_file_that_holds_it():
    islington()
    lines = lines_of(islington_files("2024")[0].read_bytes())
    candidacies = list(Candidacy.objects.select_related("contest__constituency", "party"))
    assert len(candidacies) == len(lines) - 1 == 7
    for candidacy in candidacies:
        assert candidacy.source_row.startswith("HoC-GE2024-results-by-candidate.csv, line ")
        cells = cells_at(lines, candidacy.source_row)
        assert cells["Candidate surname"] == candidacy.surname
        assert cells["Candidate first name"] == candidacy.first_name
        assert int(cells["Votes"]) == candidacy.votes
        assert cells["ONS ID"] == candidacy.contest.constituency.ons_code
    assert corbyn().source_row == ROW.format(8)
    # the contest still cites the constituency file's row, which holds its majority
    assert Contest.objects.get().source_row == "HoC-GE2024-results-by-constituency.csv, line 2"
    # kept with the official figures too, for the public pages while a change is pending
    kept = {
        c["surname"]: c["source_row"] for c in Contest.objects.get().official_figures["candidates"]
    }
    assert kept["Corbyn"] == ROW.format(8)


@pytest.mark.django_db
def test_a_revised_file_with_the_row_moved_moves_the_citation_and_revises_no_figure():
    islington()
    data = islington_files("2024")[0].read_bytes()
    lines = data.split(b"\r\n")
    assert b"Corbyn" in lines[7]
    # Corbyn's row moved up to line 2, a blank line added before the last row
    lines = [lines[0], lines[7], *lines[1:7], b"", *lines[8:]]
    revised = b"\r\n".join(lines)
    report = islington(revised)
    assert report.updated["candidacies"] == 7  # every row moved by one line or more
    assert corbyn().source_row == ROW.format(2)
    new_lines = lines_of(revised)
    for candidacy in Candidacy.objects.all():
        assert cells_at(new_lines, candidacy.source_row)["Candidate surname"] == candidacy.surname
    contest = Contest.objects.get()
    assert contest.revised_at is None  # a row that moved is no change of figure
    assert contest.official_figures["candidates"][0]["source_row"] == ROW.format(2)
    # importing it again changes nothing
    again = islington(revised)
    assert not again.updated.get("candidacies")


@pytest.mark.django_db
def test_a_candidate_whose_votes_were_entered_by_hand_cites_who_approved_them(client):
    islington()
    clerk = UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY])
    second = UserFactory(
        username="clerk2", first_name="Ann", last_name="Lee", is_staff=True,
        groups=[roles.DATA_ENTRY],
    )  # fmt: skip
    contest = Contest.objects.with_figures().get()
    votes = [c.votes for c in contest.ranked_candidacies]
    votes[0] += 1  # Corbyn's votes corrected by hand
    enter_by_hand(client, clerk, contest, votes=votes)
    # awaiting approval: the file's row still holds the official figure
    assert corbyn().source_row == ROW.format(8)
    approve(client, second, contest)
    assert corbyn().source_row == "entered by hand, approved by Ann Lee"
    # the others' figures are still the file's
    others = Candidacy.objects.exclude(surname="Corbyn")
    assert all(c.source_row.startswith("HoC-GE2024-results-by-candidate.csv") for c in others)
    kept = Contest.objects.get().official_figures["candidates"]
    assert {c["surname"]: c["source_row"] for c in kept}["Corbyn"] == (
        "entered by hand, approved by Ann Lee"
    )
    # the Library's file, imported again, is the source again
    islington()
    assert corbyn().source_row == ROW.format(8)


def test_seeds_give_the_same_lines_as_the_librarys_files(db, shared_official):
    """``seeds/official`` (gzipped) and ``../shared/data/official`` (as published) cite the same
    lines, and each names its candidate; the notional baseline cites the notional file."""
    ge2024, notional = OFFICIAL_SEEDS[1], OFFICIAL_SEEDS[2]
    load_official_seeds(SEEDS / "official", seeds=(ge2024, notional))
    seeded = dict(
        Candidacy.objects.filter(contest__election__slug="ge2024").values_list("pk", "source_row")
    )
    assert len(seeded) == 4515
    report = import_results(
        [
            shared_official / "HoC-GE2024-results-by-candidate.csv",
            shared_official / "HoC-GE2024-results-by-constituency.csv",
        ],
        election="ge2024",
        date=GE2024,
    )
    assert not report.updated.get("candidacies")
    assert seeded == dict(
        Candidacy.objects.filter(contest__election__slug="ge2024").values_list("pk", "source_row")
    )
    with gzip.open(SEEDS / "official" / "HoC-GE2024-results-by-candidate.csv.gz") as f:
        gzipped = lines_of(f.read())
    published = lines_of((shared_official / "HoC-GE2024-results-by-candidate.csv").read_bytes())
    assert gzipped == published
    for pk, first, surname, votes, ons, row in Candidacy.objects.filter(
        contest__election__slug="ge2024"
    ).values_list(
        "pk", "first_name", "surname", "votes", "contest__constituency__ons_code", "source_row"
    ):
        cells = cells_at(published, row)
        assert (cells["Candidate first name"], cells["Candidate surname"]) == (first, surname), pk
        assert (int(cells["Votes"]), cells["ONS ID"]) == (votes, ons), pk
    # the notional baseline: one row per party and seat of Parliament's notional file
    name = "candidate-level-results-notional-general-election-12-12-2019.csv"
    notional_lines = lines_of((shared_official / name).read_bytes())
    rows = Candidacy.objects.filter(contest__election__slug="ge2019-notional").values_list(
        "votes", "contest__constituency__ons_code", "source_row"
    )
    assert len(rows) == len(notional_lines) - 1
    for votes, ons, row in rows:
        assert row.startswith(f"{name}, line ")
        cells = cells_at(notional_lines, row)
        assert (int(cells["Candidate vote count"]), cells["Constituency geographic code"]) == (
            votes,
            ons,
        )
