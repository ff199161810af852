"""The frame a figure is in: the UK, a nation or region, a seat, the exit poll or the result.

National overviews, nations' round-ups, results tables and exit-poll pieces put
figures of different frames side by side. Every figure in these texts is
correct (House of Commons Library, 2019 and 2024), so none may be suggested
inaccurate; the last test plants errors that must still be caught. The whole
official data (``seeds/official``) is loaded once, in a rolled-back transaction.
"""

from __future__ import annotations

import pytest

from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

CORRECT = {
    "ge2019": [
        # a leader's party, UK-wide
        "Boris Johnson's Conservatives won 365 seats, their best result since 1987, on 43.6% "
        "of the vote.\n\nTurnout across the UK was 67.3%. The result gives Mr Johnson a "
        "Commons majority of 80.",
        # a nation: its seats, its share, "of its 59 seats"
        "The SNP won 45% of the vote in Scotland and 48 of its 59 seats.\n\nThe Scottish "
        "Conservatives held six seats, the Liberal Democrats four.",
        # the result beside the exit poll
        "The exit poll had suggested 368 seats; in the end the Tories had 365 seats, three "
        "fewer than the exit poll suggested.",
        # the one beaten is not whose share it is
        "In Richmond Park, Sarah Olney beat Zac Goldsmith by 7,766 votes, taking 53.1% of the "
        "vote.",
        # a margin, however it is won
        "The Conservatives have taken Kensington from Labour by just 150 votes.",
        "In Richmond Park, Sarah Olney defeated Zac Goldsmith, winning 53.1% of the vote.",
        # another election's figure, its year just after it
        "Wendy Chamberlain has taken North East Fife from the SNP's Stephen Gethins, who held "
        "it by just two votes in 2017.",
    ],
    "ge2024": [
        "Sir Keir Starmer's Labour won 33.7% of the vote nationally, and 411 seats, which "
        "gives Sir Keir Starmer a majority of 174 in the Commons.",
        "In London, Labour won 59 of the 75 seats.",
        "By the morning Labour had 411 seats, against the 410 the exit poll forecast, and the "
        "Liberal Democrats 72.",
        # a results table with signed changes, Reform measured from the Brexit Party
        "Hartlepool\nLabour | Jonathan Brash | 16,414 | 46.2 | +8.5\n"
        "Reform UK | Amanda Napper | 8,716 | 24.5 | -1.3",
        "Leicester East: Shivani Raja (Con) 14,526 (31.1%, -7.4)",
        "The Liberal Democrats took 60 seats from the Conservatives.",
        "The former Bristol City councillor Carla Denyer polled 24,539 votes to beat her "
        "Labour opponent, Thangam Debbonaire, by 10,407 votes in Bristol Central.",
        # a results table with the share column unlabelled, and a majority's share
        "Gower\nCandidate\tParty\tVotes\t%\nTonia Antoniazzi\tLabour\t20,480\t43.4\n"
        "Lab majority 11,567 (24.5%).",
        # two regions in one sentence; "of the North East's 27 seats"
        "Labour won 26 of the North East's 27 seats, and 65 of the 73 in the North West.",
        # an office that is not a seat's; the loser a seat was taken from; "from … to"
        "Sir Lindsay Hoyle, MP for Chorley since 1997 and Speaker since 2019, was re-elected "
        "with 25,238 votes, 74.3% of the total, a majority of 20,575.",
        "In the Highlands, the Liberal Democrat Angus MacDonald took Inverness, Skye and West "
        "Ross-shire from the SNP's Drew Hendry, by 18,159 votes to 15,999.",
        "In St Albans, Daisy Cooper's majority rose from 6,293 to 19,834, and her share of the "
        "vote from 50.1% to 56.6%.",
        "Labour's Andrew Ranger has won Wrexham with 15,836 votes, a majority of 5,948.\n\n"
        "Sarah Atherton, who took the seat for the Conservatives in 2019 with 15,199 votes "
        "and a majority of 2,131, came second with 9,888.",
    ],
}

WRONG = [
    ("ge2024", "Reform UK took 16.3% of the vote across the UK.", "16.3%"),
    ("ge2024", "The Liberal Democrats won 62 seats.", "62"),
    (
        "ge2019",
        "Boris Johnson won Uxbridge and South Ruislip in 2019 with a majority of 5,034.",
        "5,034",
    ),  # fmt: skip
    ("ge2024", "Nigel Farage won Clacton with 48.2% of the vote.", "48.2%"),
    ("ge2024", "Labour's Olivia Blake held Sheffield Hallam with a majority of 8,819.", "8,819"),
    # a report on one seat: its turnout, though the sentence does not name it
    (
        "ge2024",
        "Richard Tice won Boston and Skegness for Reform UK with 15,520 votes, a "
        "majority of 2,010. Turnout was 55.3%.",
        "55.3%",
    ),  # fmt: skip
    # the one beaten, with their own figure just after: theirs, and one vote out
    (
        "ge2024",
        "In Ashfield Lee Anderson topped the poll, winning 17,062 votes ahead of Labour's "
        "Rhea Keehn, on 11,553.",
        "11,553",
    ),  # fmt: skip
]


RECHECKED: dict = {}


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    """(election, text) -> [(claim, suggestion)] for every text above."""
    texts = [(e, t) for e, ts in CORRECT.items() for t in ts] + [(e, t) for e, t, _ in WRONG]
    return check_on_official_seeds(django_db_blocker, texts, RECHECKED)


@pytest.mark.parametrize(
    ("election", "text"), [(e, t) for e, ts in CORRECT.items() for t in ts], ids=lambda x: x[:30]
)
def test_no_correct_figure_in_another_frame_is_called_inaccurate(checked, election, text):
    wrong = [
        f"{c.text}: {s.explanation}"
        for c, s in checked[(election, text)]
        if s.verdict == "inaccurate"
    ]
    assert not wrong, "\n".join(wrong)


def test_figures_of_other_frames_are_checked_in_their_own(checked):
    """Not just spared: the UK's, Scotland's, London's and the result's figures match."""

    def verdicts(election, index):
        text = CORRECT[election][index]
        return {c.text: s for c, s in checked[(election, text)]}

    national = verdicts("ge2019", 0)
    assert national["43.6%"].verdict == "accurate"
    assert "UK-wide" in national["43.6%"].explanation
    assert national["67.3%"].verdict == "accurate"
    assert national["80"].verdict == "accurate"
    scotland = verdicts("ge2019", 1)
    assert scotland["45%"].verdict == "accurate"
    assert "Scotland only" in scotland["48"].explanation
    assert scotland["59"].verdict == "accurate"
    assert scotland["six"].verdict == "accurate"
    assert verdicts("ge2019", 2)["365"].verdict == "accurate"
    assert verdicts("ge2024", 1)["59"].verdict == "accurate"
    table = verdicts("ge2024", 3)
    assert table["+8.5"].verdict == "accurate"
    assert table["-1.3"].verdict == "accurate"  # from the Brexit Party's 2019 share
    assert verdicts("ge2024", 4)["-7.4"].verdict == "accurate"
    assert verdicts("ge2024", 5)["60"].verdict == "not_checkable"


@pytest.mark.parametrize(("election", "text", "figure"), WRONG, ids=lambda x: str(x)[:30])
def test_a_wrong_figure_in_its_frame_is_still_caught(checked, election, text, figure):
    found = {c.text: s for c, s in checked[(election, text)]}
    assert found[figure].verdict == "inaccurate", found[figure].explanation


def test_a_reading_taken_is_kept_in_its_frame_when_checked_again(checked):
    """A claim stores the reading taken with its frame (UK-wide, the Commons, the result
    beside the exit poll, the seat's majority): checked again as stored, as the desk does
    after a correction, keeps a matching verdict. (An uncertain reading's not_checkable is
    the weighing's, not the reading's: checked as given, it may be either.)"""
    changed = [
        f"{c.text}: {s.verdict} then {again.verdict} ({again.explanation})"
        for key, pairs in checked.items()
        for (c, s), again in zip(pairs, RECHECKED[key], strict=True)
        if s.verdict in ("accurate", "approximately_accurate") and s.verdict != again.verdict
    ]
    assert not changed, "\n".join(changed)
