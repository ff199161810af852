"""A figure the extractor cannot classify is read by the one official figure it matches
(``checking.readings``: ``_read_by_match``), and never called inaccurate.

"Majority 1,625." or "Labour's down 7.2" give no kind the extractor knows, but the
official figures do: a count of three significant digits or more, or a share, turnout or
change to a decimal place, that matches exactly one reading of the sentence's candidates
and seat is taken as that reading. Nothing matching, or several, leaves it not checkable
with its readings listed. Every seat of 2019 and 2024 is loaded once for the module.
"""

from __future__ import annotations

import pytest

from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

# Keighley and Ilkley 2024: Robbie Moore (Con) 18,589, John Grogan (Lab) 16,964, majority
# 1,625; Labour's share 36.73%, -7.15 points on the notional 2019 result.
KEIGHLEY = (
    "ge2024",
    "Keighley and Ilkley: Robbie Moore polled 18,589 to John Grogan's 16,964. Majority 1,625. "
    "The Conservative share was down 7.9 points and Labour's down 7.2.",
)
KEIGHLEY_WRONG = (
    "ge2024",
    "Keighley and Ilkley: Robbie Moore polled 18,589 to John Grogan's 16,964. Majority 1,652.",
)
# Kingston upon Hull East 2019: turnout 49.35%; Karl Turner's share 39.19%. A fact box
# writing the turnout wrong as 39.2% matches his share by chance: he is not named.
# Great Grimsby 2019: majority 7,331; Melanie Onn (Lab) 10,819 votes. "Majority" says which.
GRIMSBY = ("ge2019", "Great Grimsby. Majority 10,819.")
HULL_EAST = (
    "ge2019",
    "39.2% — Kingston upon Hull East, the only seat where fewer than half the electorate "
    "cast a valid vote.",
)


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    found = check_on_official_seeds(
        django_db_blocker, [KEIGHLEY, KEIGHLEY_WRONG, HULL_EAST, GRIMSBY]
    )
    return {key: {c.text: (c, s) for c, s in pairs} for key, pairs in found.items()}


@pytest.mark.parametrize(
    ("figure", "kind", "subject"),
    [("1,625", "majority", "Robbie Moore"), ("7.2", "vote_share_change", "John Grogan")],
)
def test_an_unclassified_figure_takes_the_one_reading_it_matches(checked, figure, kind, subject):
    claim, suggestion = checked[KEIGHLEY][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "the one official figure it matches" in suggestion.explanation
    assert (claim.claim_type, claim.subject) == (kind, subject)
    assert claim.extracted_as["claim_type"] == "other"


def test_an_unclassified_figure_matching_nothing_is_not_checkable_with_its_readings(checked):
    claim, suggestion = checked[KEIGHLEY_WRONG]["1,652"]
    assert suggestion.verdict == "not_checkable", suggestion.explanation
    assert claim.claim_type == "other"
    seen = {(r["claim_type"], r["official_value"]) for r in suggestion.readings}
    assert ("majority", "1625") in seen  # the seat's majority, for an editor to step to


def test_a_share_of_someone_the_words_do_not_name_is_listed_not_taken(checked):
    claim, suggestion = checked[HULL_EAST]["39.2%"]
    assert suggestion.verdict == "not_checkable", suggestion.explanation
    assert claim.subject != "Karl Turner"
    assert any(
        r["subject"] == "Karl Turner" and r["verdict"] == "accurate" for r in suggestion.readings
    )


def test_a_word_before_an_unclassified_figure_says_its_kind(checked):
    claim, suggestion = checked[GRIMSBY]["10,819"]
    assert suggestion.verdict != "accurate", suggestion.explanation  # not Melanie Onn's votes
    assert claim.subject != "Melanie Onn"
