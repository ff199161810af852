"""Claims about figures only the full data holds: exact shares, notional changes, UK totals.

Every seat of 2019 and 2024 and the notional 2019 baseline are loaded once for
the module (the real ``seeds/official``), inside a transaction rolled back at
the end. Each text names one seat, as a short report would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import transaction

from factcheck import snapshot
from factcheck.processing import check_text
from results.seeds import load_official_seeds

pytestmark = pytest.mark.django_db

OFFICIAL = Path(__file__).resolve().parents[2] / "seeds" / "official"

TEXTS = {
    "bootle": "Peter Dowd held Bootle with 68.7 per cent of the vote.",
    "blackburn": "In Blackburn the independent Adnan Hussain won with 27.0% of the vote.",
    "hendon turnout": "In Hendon, turnout fell by 8.7 points.",
    "hendon share": "In Hendon the Conservative share of the vote fell by 10.5 points.",
    "apart": "Labour won 411 seats across the country.",
    "counting the speaker": "Nationally, Labour won 412 seats.",
    "national votes": "Across the UK Labour won 9.7m votes.",
    "national share": "Labour won 33.7% of the vote nationally.",
    "commons majority": "Labour won a Commons majority of 172.",
    "labour gains": "Labour gained 211 seats.",
    "conservative losses": "The Conservatives lost 251 seats.",
    "lib dem net gain": "The Liberal Democrats made a net gain of 64 seats.",
    "wrong way": "The Conservatives gained 251 seats.",
    "runner-up": "Reform UK was runner-up in 98 constituencies.",
    "second places": "The Greens came second in 40 seats.",
    "rounded operand": "Jeremy Corbyn won Islington North in 2024. He had won a majority of "
    "26,000 in 2019 – 18,700 more than this year.",
}


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    """Each text's claims as ``{text of the figure: (claim, suggestion)}``."""
    found = {}
    with django_db_blocker.unblock(), transaction.atomic():
        load_official_seeds(OFFICIAL)
        for key, text in TEXTS.items():
            result = check_text(text, election="ge2024")
            found[key] = {
                c.text: (c, s) for c, s in zip(result.found, result.suggestions, strict=True)
            }
        transaction.set_rollback(True)
    snapshot.forget()
    return found


@pytest.mark.parametrize(("key", "figure"), [("bootle", "68.7 per cent"), ("blackburn", "27.0%")])
def test_a_share_at_a_rounding_edge_is_compared_unrounded(checked, key, figure):
    """68.7474% is 68.7 to one place though 68.75 to two; 27.0476% is 27.0."""
    claim, suggestion = checked[key][figure]
    assert claim.claim_type == "vote_share"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_turnout_change_matches_the_notional_baseline(checked):
    """Hendon's turnout fell 8.66 points against the notional 2019 result (11.5 on old bounds)."""
    claim, suggestion = checked["hendon turnout"]["8.7 points"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "since the notional 2019 result on the new boundaries" in suggestion.explanation
    assert "Hendon 2019" in suggestion.explanation  # the other baseline is shown too


def test_a_party_share_change_matches_the_notional_baseline(checked):
    """The Conservative share in Hendon fell 10.5 points against the notional 2019 result."""
    claim, suggestion = checked["hendon share"]["10.5 points"]
    assert claim.claim_type == "vote_share_change"
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "notional 2019 result" in suggestion.explanation


@pytest.mark.parametrize(
    ("key", "figure", "how"),
    [("apart", "411", "counted apart"), ("counting the speaker", "412", "Counting the Speaker")],
)
def test_labours_seats_hold_with_the_speaker_counted_either_way(checked, key, figure, how):
    claim, suggestion = checked[key][figure]
    assert claim.claim_type == "seat_count"
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert how in suggestion.explanation


def test_national_votes_with_a_scale_are_approximately_accurate(checked):
    """9,708,716 votes summed over 650 seats is "9.7m"."""
    _, suggestion = checked["national votes"]["9.7m"]
    assert suggestion.verdict == "approximately_accurate", suggestion.explanation
    assert "9,708,716" in suggestion.explanation


def test_national_share_and_commons_majority_come_from_the_seats(checked):
    _, share = checked["national share"]["33.7%"]
    assert share.verdict == "accurate", share.explanation
    _, majority = checked["commons majority"]["172"]
    assert majority.verdict == "accurate", majority.explanation


@pytest.mark.parametrize(
    ("key", "figure", "basis"),
    [
        ("labour gains", "211", "net change against the 2019 general election (notional"),
        ("conservative losses", "251", "net change against the 2019 general election (notional"),
        ("lib dem net gain", "64", "against the 2019 general election (notional"),
    ],
)
def test_seats_gained_and_lost_are_checked_against_the_notional_baseline(
    checked, key, figure, basis
):
    """Gains and losses are changes, never seat totals (Labour's 211 is not its 411 seats)."""
    _, suggestion = checked[key][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert basis in suggestion.explanation


def test_seats_lost_reported_as_gained_are_inaccurate(checked):
    _, suggestion = checked["wrong way"]["251"]
    assert suggestion.verdict == "inaccurate"
    assert "Wrong direction" in suggestion.explanation


@pytest.mark.parametrize(("key", "figure"), [("runner-up", "98"), ("second places", "40")])
def test_second_places_are_counted_from_every_seat(checked, key, figure):
    """Seats where a party finished second are a count of places, not the party's seats."""
    _, suggestion = checked[key][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "finished 2nd" in suggestion.explanation


def test_a_difference_taken_from_a_rounded_figure_gets_that_figures_tolerance(checked):
    """26,188 − 7,247 = 18,941; from the "26,000" written beside it, 18,700 is within ±500."""
    _, rounded = checked["rounded operand"]["26,000"]
    assert rounded.verdict == "approximately_accurate"
    _, difference = checked["rounded operand"]["18,700"]
    assert difference.verdict == "approximately_accurate", difference.explanation
    assert "rounding of the 26,000" in difference.explanation
