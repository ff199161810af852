"""Which official figure a number speaks of: readings weighed by cues and by the figures.

Every seat of 2019 and 2024 is loaded once for the module (the real
``seeds/official``), inside a transaction rolled back at the end. The texts are
written for these tests, in the forms results coverage takes; each asserts what
an editor would see: the verdict, whose figure it was read as, and why.
"""

from __future__ import annotations

import pytest

from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

TEXTS = {
    # the right number, the wrong figure
    "possessive after": "In Islington North, Jeremy Corbyn won 24,120 votes to Labour's 16,873.",
    "named after": "Corbyn won 24,120 votes in Islington North, against 16,873 for Labour's "
    "Praful Nargund.",
    "misattributed": "In Islington North, Jeremy Corbyn won 16,873 votes.",
    "votes read as a majority": "In Islington North Jeremy Corbyn won 24,120 votes, ahead of "
    "Labour's Praful Nargund on 16,873.",
    "majority read as votes": "In Islington North, Corbyn won with 7,247 votes more than Nargund.",
    "loser first": "In Bristol Central, Carla Denyer beat Labour's Thangam Debbonaire, who "
    "polled 14,132 votes, by 10,407 votes.",
    "shared surnames": "In Mid Buckinghamshire the Conservative Greg Smith held on with 20,150 "
    "votes.\n\nIn Newport West and Islwyn, Labour's Ruth Jones won with 17,409 votes. Mr Jones, "
    "the Conservative candidate, took 6,710 votes.",
    "wrong and explicit": "In Islington North, Jeremy Corbyn won 24,210 votes.",
    "results list": "Islington North result:\nJeremy Corbyn - Independent - 24,120 (49.2%)\n"
    "Paul Josling - Independent - 32 (0.1%)",
    # the wrong frame
    "national beside a seat": "Jeremy Corbyn held Islington North.\n\nLabour's share of the vote "
    "rose by 1.6 points on 2019, when it had slumped to 32.1%.",
    "unclear": "In Islington North, Jeremy Corbyn's campaign, run from a community centre, "
    "ended with 23,500 votes to Praful Nargund's 16,873.",
    "explicit party": "In Islington North, Corbyn's vote rose. The Conservatives won 4,500 votes.",
    "seats of the House": "Labour took 411 of the 650 seats.",
    "poll chance": "The exit poll had given Mr Corbyn only a 19 per cent chance of winning "
    "Islington North.",
    "order among others": "Jeremy Corbyn became the first independent to win Islington North.",
    "projection majority": "The exit poll showed Labour on 410 seats, with a majority of 170 "
    "seats.",
    # one candidate's votes as a fraction of another's
    "ratio": "In Islington North, Praful Nargund won 16,873 votes, more than two thirds of "
    "the total won by Jeremy Corbyn.",
    "wrong ratio": "In Islington North, Praful Nargund won 16,873 votes, almost half the "
    "total won by Jeremy Corbyn.",
    # number forms
    "cut short": "In Islington North, turnout was 61.8%, and Corbyn's share was 49.2%; Labour's "
    "share fell 29.8 points.",
    "around a count": "In Islington North, Jeremy Corbyn won around 24,300 votes.",
    "to within": "In Islington North, Corbyn said he had taken Labour to within 7,500 votes.",
    "no more than": "In Islington North, Jeremy Corbyn's majority was no more than 7,300.",
}


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    """Each text's claims as ``{text of the figure: (claim, suggestion)}``."""
    found = check_on_official_seeds(django_db_blocker, [("ge2024", t) for t in TEXTS.values()])
    return {
        key: {c.text: (c, s) for c, s in found[("ge2024", text)]} for key, text in TEXTS.items()
    }


def test_a_party_named_just_before_a_figure_is_whose_it_is(checked):
    claim, suggestion = checked["possessive after"]["16,873"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Praful Nargund"
    assert claim.extracted_as["subject"] == "Jeremy Corbyn"  # what the extractor said is kept
    assert suggestion.explanation.startswith("Read as Praful Nargund's candidate votes")
    _, first = checked["possessive after"]["24,120"]
    assert "Contradicts" not in first.explanation  # not one figure read twice


def test_a_candidate_named_just_after_a_figure_is_whose_it_is(checked):
    claim, suggestion = checked["named after"]["16,873"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Praful Nargund"


def test_a_figure_confidently_given_to_the_wrong_candidate_is_a_misattribution(checked):
    claim, suggestion = checked["misattributed"]["16,873"]
    assert suggestion.verdict == "inaccurate"
    assert suggestion.explanation.startswith(
        "16,873 is Praful Nargund's total; Jeremy Corbyn won 24,120."
    )
    assert claim.subject == "Jeremy Corbyn"
    assert suggestion.confident
    labels = [r["label"] for r in suggestion.readings]
    assert "Praful Nargund's candidate votes (ge2024)" in labels


def test_a_count_of_votes_is_not_read_as_a_majority_when_the_votes_match(checked):
    claim, suggestion = checked["votes read as a majority"]["24,120"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.claim_type == "candidate_votes"
    claim, suggestion = checked["votes read as a majority"]["16,873"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Praful Nargund"


def test_a_majority_names_the_winner_whoever_the_sentence_names_first(checked):
    claim, suggestion = checked["loser first"]["10,407"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.claim_type == "majority"
    assert claim.subject == "Carla Denyer"


def test_two_candidates_sharing_a_surname_are_told_apart_by_their_seats(checked):
    texts = checked["shared surnames"]
    for figure, name in (("20,150", "Greg Smith"), ("6,710", "Nick Jones")):
        claim, suggestion = texts[figure]
        assert suggestion.verdict == "accurate", suggestion.explanation
        # the candidate, named as such or with the party the sentence names them by
        assert claim.subject.split(" (")[0] == name, claim.subject


def test_a_wrong_figure_with_explicit_cues_and_no_other_match_is_inaccurate(checked):
    claim, suggestion = checked["wrong and explicit"]["24,210"]
    assert suggestion.verdict == "inaccurate"
    assert suggestion.confident
    assert suggestion.official_value == 24120


def test_the_votes_before_a_bracketed_share_in_a_results_list_are_votes(checked):
    claim, suggestion = checked["results list"]["32"]
    assert claim.claim_type == "candidate_votes"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_party_figure_beside_a_seat_may_be_its_uk_wide_one(checked):
    texts = checked["national beside a seat"]
    claim, suggestion = texts["1.6 points"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "UK-wide" in suggestion.explanation
    claim, suggestion = texts["32.1%"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.election == "ge2019"


def test_an_uncertain_reading_that_matches_nothing_is_not_checkable_with_the_nearest(checked):
    claim, suggestion = checked["unclear"]["23,500"]
    assert suggestion.verdict == "not_checkable"
    assert suggestion.explanation.startswith("Unclear which figure this is")
    assert "Nearest readings:" in suggestion.explanation
    assert len(suggestion.readings) > 1
    assert all("official_value" in r for r in suggestion.readings)


def test_a_party_named_alone_in_a_seat_report_is_read_with_confidence(checked):
    """The Conservatives' UK-wide votes (millions) cannot be the 4,500: their candidate's
    1,950 in the seat is the only plausible reading, and it does not match."""
    claim, suggestion = checked["explicit party"]["4,500"]
    assert suggestion.verdict == "inaccurate", suggestion.explanation
    assert suggestion.official_value == 1950


def test_the_seats_of_the_whole_house_are_not_a_party_total(checked):
    claim, suggestion = checked["seats of the House"]["650"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    _, labour = checked["seats of the House"]["411"]
    assert labour.verdict == "accurate"


def test_a_percentage_chance_is_not_a_share_of_the_vote(checked):
    claim, suggestion = checked["poll chance"]["19 per cent"]
    assert claim.claim_type == "other"
    assert suggestion.verdict == "not_checkable"


def test_the_first_to_do_something_is_not_a_finishing_place(checked):
    found = checked["order among others"]
    if "first" in found:
        assert found["first"][1].verdict != "inaccurate"


def test_a_projected_commons_majority_is_checked_as_a_majority(checked):
    claim, suggestion = checked["projection majority"]["170"]
    assert claim.is_majority
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_share_cut_short_is_approximately_accurate(checked):
    """Corbyn's share is 49.22%; Labour's fell 29.88 points (29.8 is it cut short)."""
    texts = checked["cut short"]
    assert texts["49.2%"][1].verdict == "accurate"
    claim, suggestion = texts["29.8 points"]
    assert suggestion.verdict in ("approximately_accurate", "accurate"), suggestion.explanation


def test_around_a_count_allows_one_per_cent(checked):
    claim, suggestion = checked["around a count"]["24,300"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "as “around” says" in suggestion.explanation


def test_to_within_a_number_of_votes_is_a_majority_at_most_that(checked):
    claim, suggestion = checked["to within"]["7,500"]
    assert claim.claim_type == "majority"
    assert claim.qualifier == "at_most"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_no_more_than_is_at_most_not_more_than(checked):
    """Read backwards, "no more than" once lost to its own tail "more than": 7,247 is no
    more than 7,300, so the figure holds."""
    claim, suggestion = checked["no more than"]["7,300"]
    assert claim.qualifier == "at_most"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_fraction_of_another_candidates_votes_is_checked_as_their_ratio(checked):
    """16,873 ÷ 24,120 = 69.95%: more than two thirds, not almost half."""
    claim, suggestion = checked["ratio"]["two thirds"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "Praful Nargund 16,873 (2024) ÷ Jeremy Corbyn 24,120 (2024)" in suggestion.working
    claim, suggestion = checked["wrong ratio"]["half"]
    assert suggestion.verdict == "inaccurate", suggestion.explanation


def test_within_holds_however_far_under_the_figure_is():
    """ "came within 9,000 votes": 7,247 is within it, not almost it."""
    from decimal import Decimal

    from factcheck.checking import rules

    result = rules.compare(written="9,000", value=Decimal(9000), official=7247, qualifier="at_most")
    assert result.verdict == "accurate"
    result = rules.compare(written="7,000", value=Decimal(7000), official=7247, qualifier="at_most")
    assert result.verdict == "inaccurate"


# Two people of one name stood in 2024: Daniel Coleman for the Liberal Democrats in Dundee
# Central and Daniel Coleman for Labour in Dumfriesshire, Clydesdale and Tweeddale.
NAMESAKES = (
    "The declaration was made in Dundee Central, where Chris Law of the SNP won with 15,544 "
    "votes. Daniel Coleman of the Liberal Democrats was third with 2,402 votes."
)


@pytest.fixture(scope="module")
def namesakes(django_db_setup, django_db_blocker):
    """The claims of ``NAMESAKES``, checked at extraction and again as stored."""
    rechecked = {}
    found = check_on_official_seeds(django_db_blocker, [("ge2024", NAMESAKES)], rechecked)
    return found[("ge2024", NAMESAKES)], rechecked[("ge2024", NAMESAKES)]


def test_a_name_two_candidates_share_is_the_one_in_the_seat_and_stays_so_when_rechecked(
    namesakes,
):
    first, again = namesakes
    (rank, suggestion), recheck = next(
        ((c, s), r) for (c, s), r in zip(first, again, strict=True) if c.text == "third"
    )
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert rank.subject.startswith("Daniel Coleman"), rank.subject  # not Dumfriesshire's LD
    # checked again as stored (its reading taken), as a re-check does: the same verdict
    assert recheck.verdict == "accurate", recheck.explanation
    assert recheck.evidence_hash == suggestion.evidence_hash
