"""Results tables pasted as text: each column of figures read from its heading
(``extraction.tables``), and counts of votes said just after a candidate's name.

The first tests read headings alone (plain Python, no database). The rest check a table
and a list of candidates against every seat of 2024 (the real ``seeds/official``): an
editor sees a wrong majority or a runner-up's wrong votes caught in a table, where before
they were "Unclear: it is in a table, whose column headings were not read".
"""

from __future__ import annotations

import pytest

from factcheck.extraction.tables import column_at
from tests.full_data import check_on_official_seeds

HEADED = (
    "Birmingham: how the city voted\n\n"
    "Seat | Winner | Votes | Share % | Runner-up | Votes | Conservative share | Majority\n"
    "Birmingham Edgbaston | Preet Gill | 16,599 | 44.3 | Ashvir Sangha | 8,231 | 22.0 | 8,638\n"
    "Birmingham Erdington | Paulette Hamilton | 14,774 | 43.3 | Jack Brookes | 7,575 | 15.8 "
    "| 7,019\n"
)


def _column(text: str, figure: str, occurrence: int = 1):
    at = -1
    for _ in range(occurrence):
        at = text.index(figure, at + 1)
    found = column_at(text, at, {})
    return found and found[0]


def test_a_heading_names_what_its_column_measures():
    assert _column(HEADED, "16,599").kind == "votes"
    assert _column(HEADED, "44.3").kind == "share"
    assert _column(HEADED, "8,638").kind == "majority"
    share = _column(HEADED, "22.0")
    assert (share.kind, share.party) == ("share", "Conservative")


def test_votes_after_a_runner_up_column_are_the_runner_ups():
    winner, runner_up = _column(HEADED, "16,599"), _column(HEADED, "8,231")
    assert winner.runner_up is None
    assert runner_up.runner_up == 4  # the "Runner-up" column, counted from 0


def test_a_column_tally_does_not_read_is_left_as_its_words_read_it():
    notional = "Seat | SNP 2019 (notional) | SNP 2024 | Change\nFalkirk | 51.8% | 31.3% | -20.4\n"
    assert _column(notional, "51.8%") is None  # a notional result: not read from a column
    party_year = _column(notional, "31.3%")
    assert (party_year.kind, party_year.party, party_year.year) == ("level", "SNP", 2024)
    assert _column(notional, "-20.4").party == "SNP"  # the change beside one party's columns
    turnout = (
        "Region | Turnout 2024 | Notional 2019 | Change (pts)\nLondon | 58.7% | 67.9% | -9.4\n"
    )
    assert _column(turnout, "58.7%").kind == "turnout"
    assert _column(turnout, "67.9%") is None
    assert _column(turnout, "-9.4") is None


def test_a_change_is_read_only_as_a_change_in_share_and_only_when_the_table_says_so():
    seats = (
        "Party | Seats | +/- | Votes | Share %\nLiberal Democrats | 72 | +64 | 3,519,143 | 12.2\n"
    )
    assert _column(seats, "+64") is None  # beside seats: in seats, or in share?
    assert _column(seats, "12.2").kind == "share"
    after_turnout = "Seat | Winner | Votes | Turnout % | Change\nX | Y | 16,599 | 52.4 | -11.5\n"
    assert _column(after_turnout, "-11.5") is None
    majority = "Seat | Winner | Majority | Majority change\nX | Y | 8,368 | 7,000\n"
    assert _column(majority, "8,368").kind == "majority"
    assert _column(majority, "7,000") is None
    after_share = "Seat | Winner | Share % | Change\nX | Y | 44.3 | -5.8\n"
    assert _column(after_share, "-5.8").kind == "change"
    assert _column("Seat | Majority %\nX | 18\n", "18") is None  # a share, not 18 votes


def test_a_runner_ups_columns_end_at_the_next_person():
    table = "Seat | Runner-up | Votes | Winner | Votes\nX | A B | 8,231 | C D | 16,599\n"
    assert _column(table, "8,231").runner_up == 1
    assert _column(table, "16,599").runner_up is None


def test_a_markdown_rule_and_carriage_returns_keep_a_table_whole():
    text = "Seat | Winner | Majority\r\n---|---|---\r\nX | Y | 8,368\r\nZ | W | 7,019"
    assert _column(text, "8,368").kind == "majority"
    assert _column(text, "7,019").kind == "majority"


def test_a_row_of_another_width_or_a_table_without_headings_is_not_read():
    short = HEADED + "Birmingham Ladywood | Shabana Mahmood | 15,558 | 3,421\n"
    assert _column(short, "15,558") is None
    headless = (
        "Edgbaston | Preet Gill | 16,599 | 44.3\nErdington | Paulette Hamilton | 14,774 | 43.3\n"
    )
    assert _column(headless, "14,774") is None
    assert _column("Preet Gill won 16,599 votes.", "16,599") is None


LIST_OF_CANDIDATES = (
    "Labour's David Pinto-Duschinsky won Hendon by 15 votes. Reform UK's Joshua Pearl was "
    "third with 3,038, followed by Green Gabrielle Bailey (2,667), Liberal Democrat Clareine "
    "Enderby (1,966) and Imtiaz Palekar of the Workers Party (1,518). Ben Rend of Rejoin EU "
    "took 233 and Jane Gibson of the SDP 193."
)


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    texts = [("ge2024", HEADED), ("ge2024", LIST_OF_CANDIDATES)]
    found = check_on_official_seeds(django_db_blocker, texts)
    return {key: {c.text: (c, s) for c, s in pairs} for key, pairs in found.items()}


@pytest.mark.django_db
def test_a_tables_columns_are_checked_as_their_headings_say(checked):
    claims = checked[("ge2024", HEADED)]
    for figure in ("16,599", "44.3", "8,231", "22.0", "14,774", "43.3", "15.8", "7,019"):
        claim, suggestion = claims[figure]
        assert suggestion.verdict in ("accurate", "approximately_accurate"), (
            figure,
            suggestion.explanation,
        )
    majority, suggestion = claims["8,638"]
    assert (majority.claim_type, majority.column) == ("majority", "Majority")
    assert suggestion.verdict == "inaccurate"
    assert "8,368" in suggestion.explanation
    runner_up, suggestion = claims["7,575"]
    assert runner_up.subject == "Jack Brookes"
    assert suggestion.verdict == "inaccurate"
    assert "7,755" in suggestion.explanation
    share, _s = claims["22.0"]
    assert (share.subject, share.subject_kind) == ("Conservative", "party")


@pytest.mark.django_db
def test_a_count_just_after_a_candidates_name_is_their_votes(checked):
    claims = checked[("ge2024", LIST_OF_CANDIDATES)]
    for figure, person in (
        ("2,667", "Gabrielle Bailey"),
        ("1,966", "Clareine Enderby"),
        ("1,518", "Imtiaz Palekar"),
        ("233", "Ben Rend"),
    ):
        claim, suggestion = claims[figure]
        assert (claim.claim_type, claim.subject) == ("candidate_votes", person)
        assert suggestion.verdict == "accurate", (figure, suggestion.explanation)
    claim, suggestion = claims["193"]  # Jane Gibson won 139
    assert suggestion.verdict == "inaccurate", suggestion.explanation
