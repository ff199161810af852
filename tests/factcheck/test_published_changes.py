"""The Library's own published changes in share check 2019 coverage (``checkers``, ``swing``).

The 2019 candidate file's "Change" column is each candidate's change in share against 2017
on the same boundaries; 2017 itself is not loaded. Coverage of 2019 writes those changes,
and the swings worked from them, all the time: each is checked against the Library's
figure, a correct one confirmed and a wrong one caught. Every seat of 2019 and 2024 is
loaded once for the module (the real ``seeds/official``).
"""

from __future__ import annotations

import pytest

from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

# Wakefield 2019: Mary Creagh (Lab) 39.81%, -9.86 points; Imran Ahmad Khan (Con) 47.27%,
# +2.30; Labour to Conservative swing 6.08 points (the Library's changes).
WAKEFIELD = (
    "ge2019",
    "Imran Ahmad Khan gained Wakefield for the Conservatives. Mary Creagh's share of the "
    "vote fell by 9.9 points compared with 2017, while the Conservatives added 2.3 points. "
    "That works out as a swing of about 6.1 points from Labour to the Conservatives.",
)
# Redcar 2019: Jacob Young (Con) 46.06%, +12.84; Anna Turley (Lab) 37.42%, -18.08.
REDCAR = (
    "ge2019",
    "Jacob Young took Redcar from Labour's Anna Turley. His share of the vote was 46.1%, up "
    "12.8 points on 2017, while Labour's slumped to 37.4%, down 18.1 points.",
)
REDCAR_WRONG = (
    "ge2019",
    "Jacob Young took Redcar from Labour's Anna Turley. His share of the vote was 46.1%, up "
    "12.3 points on 2017.",
)
# Blackpool South 2019: Gordon Marsden (Lab) -11.96 points: "12 points", to the point.
BLACKPOOL = (
    "ge2019",
    "In Blackpool South, Labour's Gordon Marsden lost to Scott Benton by 3,690, his share "
    "down 12 points.",
)
# Stirling 2019: SNP +14.35, Conservative -3.53; swing Con to SNP 8.94.
STIRLING = (
    "ge2019",
    "Alyn Smith took Stirling for the SNP. The SNP vote share rose by 14.4 points, while the "
    "Conservative share fell by 3.5, a swing of 8.9 points from Conservative to SNP.",
)
STIRLING_WRONG = (
    "ge2019",
    "Alyn Smith took Stirling for the SNP. The SNP vote share rose by 11.4 points, a swing "
    "of 12.9 points from Conservative to SNP.",
)
TEXTS = [WAKEFIELD, REDCAR, REDCAR_WRONG, BLACKPOOL, STIRLING, STIRLING_WRONG]


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    found = check_on_official_seeds(django_db_blocker, TEXTS)
    return {key: {c.text: (c, s) for c, s in pairs} for key, pairs in found.items()}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (WAKEFIELD, "9.9 points"),
        (WAKEFIELD, "2.3 points"),
        (REDCAR, "12.8 points"),
        (REDCAR, "18.1 points"),
        (BLACKPOOL, "12 points"),
        (STIRLING, "14.4 points"),
        (STIRLING, "3.5"),
    ],
)
def test_a_2019_change_in_share_is_checked_against_the_librarys_own(checked, text, figure):
    claim, suggestion = checked[text][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "the Library's own figure" in suggestion.explanation
    assert claim.election == "ge2019"


def test_a_change_compared_with_2017_is_measured_from_it_not_at_it(checked):
    claim, _suggestion = checked[WAKEFIELD]["9.9 points"]
    assert claim.election == "ge2019"
    assert claim.compared_election == "ge2017"


def test_a_change_takes_its_direction_from_its_own_clause(checked):
    # "fell" is the clause before; "added" says the Conservatives' rose
    _claim, suggestion = checked[WAKEFIELD]["2.3 points"]
    assert "Wrong direction" not in suggestion.explanation


def test_a_change_written_after_a_share_is_that_shares(checked):
    claim, _suggestion = checked[REDCAR]["18.1 points"]
    assert claim.subject_key == checked[REDCAR]["37.4%"][0].subject_key
    assert claim.subject in ("Labour", "Anna Turley")


@pytest.mark.parametrize("text", [WAKEFIELD, STIRLING])
def test_a_2019_swing_is_worked_from_the_librarys_changes(checked, text):
    figure = {WAKEFIELD: "6.1 points", STIRLING: "8.9 points"}[text]
    _claim, suggestion = checked[text][figure]
    assert suggestion.verdict in ("accurate", "approximately_accurate"), suggestion.explanation
    assert "the Library's own changes" in suggestion.explanation


def test_a_wrong_2019_change_is_caught(checked):
    _claim, suggestion = checked[REDCAR_WRONG]["12.3 points"]
    assert suggestion.verdict == "inaccurate", suggestion.explanation
    assert "+12.84 points, the Library's own figure" in suggestion.explanation


@pytest.mark.parametrize("figure", ["11.4 points", "12.9 points"])
def test_a_wrong_2019_change_or_swing_is_never_confirmed(checked, figure):
    # a party's change the sentence does not place, and a swing (worked out more than one
    # way), are at most not checkable; the nearest readings show the Library's figures
    _claim, suggestion = checked[STIRLING_WRONG][figure]
    assert suggestion.verdict in ("inaccurate", "not_checkable"), suggestion.explanation
    assert "14.35" in suggestion.explanation or "8.94" in suggestion.explanation
