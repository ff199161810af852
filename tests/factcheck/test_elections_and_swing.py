"""Elections Tally holds no figures for, swings, and the counts of a contest.

The extraction tests are plain functions over a gazetteer that knows the general elections
that are not loaded (as ``factcheck.snapshot.build_gazetteer`` lists them). The checks run
on the real seeds' official files (every seat of 2019 and 2024 and the notional 2019
baseline), loaded once for the module: Hendon's swing against the notional result,
Islington North's electorate and ballots, the UK's swing and valid votes.
"""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import transaction

from factcheck import snapshot
from factcheck.extraction import GazElection, extract_claims
from factcheck.models import Article, Claim
from factcheck.processing import check_text, process_article, recheck_claim
from factcheck.seeds import load_seeds
from factcheck.snapshot import general_elections
from factcheck.vocabulary import (
    BallotMeasure,
    ClaimType,
    Unit,
    by_election_id,
    election_name,
    general_election_id,
)
from results.arithmetic import butler_swing

from .gazetteer_fixture import seed_gazetteer

REPO = Path(__file__).resolve().parents[2]
DAYS = [datetime.date(2019, 12, 12), datetime.date(2024, 7, 4)]


# -- election ids and the gazetteer's elections --------------------------------------------
def test_election_ids_and_how_a_sentence_names_them():
    assert general_election_id(datetime.date(2017, 6, 8)) == "ge2017"
    assert general_election_id(datetime.date(1974, 2, 28), shared_year=True) == "ge1974-02"
    assert by_election_id(2016) == "by-election-2016"
    assert by_election_id(None) == "by-election"
    assert election_name("ge2017") == "2017"
    assert election_name("ge1974-10") == "October 1974"
    assert election_name("by-election-2016") == "the 2016 by-election"
    assert election_name("by-election") == "that by-election"
    assert election_name("ge2019-notional") == "ge2019-notional"


def test_the_general_elections_not_loaded_are_listed_and_linked():
    elections = general_elections([("ge2019", DAYS[0], None), ("ge2024", DAYS[1], "ge2019")])
    by_slug = {e.slug: e for e in elections}
    assert [e.slug for e in elections][-4:] == ["ge2015", "ge2017", "ge2019", "ge2024"]
    assert by_slug["ge2017"] == GazElection("ge2017", 2017, "ge2015", loaded=False)
    assert by_slug["ge2019"] == GazElection("ge2019", 2019, "ge2017")  # "the last election"
    assert by_slug["ge2024"].previous == "ge2019"
    assert by_slug["ge2024"].loaded
    assert {"ge1974-02", "ge1974-10"} <= set(by_slug)
    assert len(elections) == 22  # every general election since 1945


def test_butler_swing_is_half_the_gain_plus_half_the_loss():
    # Hendon 2024 against the notional 2019 result: Con 48.91 -> 38.39, Lab 40.88 -> 38.43
    swing = butler_swing(
        from_then=Decimal("48.91"), from_now=Decimal("38.39"),
        to_then=Decimal("40.88"), to_now=Decimal("38.43"),
    )  # fmt: skip
    assert swing == Decimal("4.035")
    assert butler_swing(
        from_then=Decimal(40), from_now=Decimal(45), to_then=Decimal(30), to_now=Decimal(28)
    ) == Decimal("-3.5")  # fmt: skip


# -- extraction ----------------------------------------------------------------------------
_GAZ = dataclasses.replace(
    seed_gazetteer(),
    elections=general_elections([("ge2019", DAYS[0], None), ("ge2024", DAYS[1], "ge2019")]),
)


def _claims(text: str, election: str = "ge2024") -> dict[str, object]:
    return {c.text: c for c in extract_claims(text, gazetteer=_GAZ, election=election)}


@pytest.mark.parametrize(
    ("text", "figure", "election"),
    [
        ("Thornberry won 26,897 votes in 2017, when turnout was 70.1%.", "26,897", "ge2017"),
        ("Thornberry won 26,897 votes in 2017, when turnout was 70.1%.", "70.1%", "ge2017"),
        ("At the 2015 election Labour took 232 seats.", "232", "ge2015"),
        ("Labour had won in 2017 with 40% of the vote.", "40%", "ge2017"),
        ("The 2010 general election saw turnout of 65.1%.", "65.1%", "ge2010"),
        ("In the 1997 landslide Labour won 418 seats.", "418", "ge1997"),
        ("Galloway won a 2016 by-election with 12,000 votes.", "12,000", "by-election-2016"),
        ("He took the 2012 Bradford West by-election with 18,341 votes.", "18,341",
         "by-election-2012"),
        ("Turnout was 30% at a recent by-election.", "30%", "by-election"),
        ("Corbyn was first elected in 1983 with a majority of 5,607.", "5,607", "ge1983"),
        ("In 2019, Labour won 202 seats.", "202", "ge2019"),
    ],
)  # fmt: skip
def test_a_year_of_an_election_not_loaded_marks_its_figures(text, figure, election):
    claims = _claims(text)
    assert claims[figure].election == election
    assert not any(c.claim_type == ClaimType.YEAR and c.text != "1983" for c in claims.values())


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Grant Shapps, first elected in 2005, lost by 3,799 votes.", "2005"),
        ("She has been MP since 2017 and her share fell by 10 points.", "2017"),
        ("Labour, which had held the seat since 1997, won 45% of the vote.", "1997"),
        ("Labour had held it since its creation in 1955 and won 10,836 votes.", "1955"),
        ("Mr Lowe stood as a candidate in The Cotswolds in 1997, finishing fourth.", "1997"),
        ("Corbyn was first elected in 1983 with a majority of 5,607.", "1983"),
    ],
)
def test_a_year_that_is_a_claim_stays_one(text, year):
    claims = _claims(text)
    assert claims[year].claim_type == ClaimType.YEAR
    others = [c for c in claims.values() if c.text != year]
    assert all(c.compared_election is None for c in others)


def test_a_year_claim_marks_only_the_figures_joined_to_it():
    claims = _claims(
        "Mr Lowe, 66, stood as a candidate in The Cotswolds in 1997, finishing fourth."
    )
    assert claims["fourth"].election == "ge1997"
    assert claims["66"].election == "ge2024"  # an age beside a name is the person's now
    assert _claims("Grant Shapps, first elected in 2005, lost by 3,799 votes.")[
        "3,799"
    ].election == "ge2024"  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "election", "claim_type"),
    [
        ("Its 2019 vote of 29,040 shrank to just 10,836.", "29,040", "ge2019",
         ClaimType.CANDIDATE_VOTES),
        ("Its 2019 vote of 29,040 shrank to just 10,836.", "10,836", "ge2024",
         ClaimType.CANDIDATE_VOTES),
        ("Her 2017 majority of 5,000 was cut.", "5,000", "ge2017", ClaimType.MAJORITY),
        ("The 2019 turnout of 71.6% fell.", "71.6%", "ge2019", ClaimType.TURNOUT),
        ("Ms Truss was defending a majority of 26,195.", "26,195", "ge2019", ClaimType.MAJORITY),
        ("Labour overturned a 24,000 majority.", "24,000", "ge2019", ClaimType.MAJORITY),
        ("Mrs Hollern's majority of 18,304 vanished.", "18,304", "ge2019", ClaimType.MAJORITY),
        ("The seat had a notional Conservative majority of 24,180.", "24,180", "ge2019",
         ClaimType.MAJORITY),
        ("Labour won with a majority of 630.", "630", "ge2024", ClaimType.MAJORITY),
        ("The Conservatives fell to 121 seats, down from 365.", "365", "ge2019",
         ClaimType.SEAT_COUNT),
        ("The Conservatives fell to 121 seats, down from 365.", "121", "ge2024",
         ClaimType.SEAT_COUNT),
        ("In Scotland the SNP fell from 48 seats to 9.", "48", "ge2019", ClaimType.SEAT_COUNT),
        ("In Scotland the SNP fell from 48 seats to 9.", "9", "ge2024", ClaimType.SEAT_COUNT),
        ("Labour won 411 seats, up from 202 in 2017.", "202", "ge2017", ClaimType.SEAT_COUNT),
    ],
)  # fmt: skip
def test_a_figure_an_earlier_election_owns_is_marked_so(text, figure, election, claim_type):
    claims = _claims(text)
    assert claims[figure].election == election
    assert claims[figure].claim_type == claim_type
    assert not any(c.claim_type == ClaimType.YEAR for c in claims.values())


@pytest.mark.parametrize(
    ("text", "elections"),
    [
        # a marker leading a clause of its own marks that clause's figures after it
        ("Mr Kinnock won 17,838 votes, while in 2019 he had won 17,008.",
         {"17,838": "ge2024", "17,008": "ge2019"}),
        ("Mr Kinnock won 17,838 votes, but at the last election he had 17,008.",
         {"17,838": "ge2024", "17,008": "ge2019"}),
        ("Mr Kinnock won 17,838 votes; last time he won 17,008 and a majority of 10,490.",
         {"17,838": "ge2024", "17,008": "ge2019", "10,490": "ge2019"}),
        ("In 2010 Ms Gildernew held on by just four votes, and in 2017 she beat Mr Elliott "
         "by 875.", {"four": "ge2010", "875": "ge2017"}),
        ("In 2019, 30 seats were won by fewer than 1,000 votes; in 2024 that figure rose to "
         "61.", {"30": "ge2019", "61": "ge2024"}),
        # one deeper in its clause, or in a clause with no figure, dates no figure before
        ("Ms Crosbie polled 9,953, while Labour, second on the island last time, slipped "
         "to third.", {"9,953": "ge2024"}),
        ("The Liberal Democrats won 72 seats, yet on barely more support than in 2019.",
         {"72": "ge2024"}),
        ("Labour won 20,000 votes, but the Conservatives had won more in 2019.",
         {"20,000": "ge2024"}),
        # no break between: the nearest figure before is still the marker's
        ("Labour won 17,838 votes, up from 17,008 in 2019.",
         {"17,838": "ge2024", "17,008": "ge2019"}),
    ],
)  # fmt: skip
def test_an_election_marker_dates_the_figures_of_its_own_clause(text, elections):
    claims = _claims(text)
    assert {figure: claims[figure].election for figure in elections} == elections


def test_a_change_since_an_election_not_loaded_is_compared_with_it():
    claims = _claims("Labour's share is up 5 points since 2017.")
    assert claims["5 points"].compared_election == "ge2017"


@pytest.mark.parametrize(
    ("text", "year", "compared"),
    [
        ("Turnout fell by 3.7 points, to its lowest since 2001.", "2001", None),
        ("Its share was up 5 points since 2017, its best result since 1997.", "1997", "ge2017"),
        ("Labour gained 10 points, the first time since 2019 it rose.", "2019", None),
        ("Labour won 411 seats, its best since 1997, when it won 418.", "1997", None),
    ],
)
def test_a_year_a_record_is_held_since_is_no_baseline(text, year, compared):
    claims = _claims(text)
    assert claims[year].claim_type == ClaimType.YEAR
    change = next(c for c in claims.values() if c.text != year)
    assert change.compared_election == compared
    assert change.election == "ge2024"
    if "418" in claims:  # the "when" clause is the record year's
        assert claims["418"].election == "ge1997"


def test_the_last_election_of_2019_coverage_is_2017():
    claims = _claims("Turnout was 67.3%, down from 68.8% at the last election.", "ge2019")
    assert claims["67.3%"].election == "ge2019"
    assert claims["68.8%"].election == "ge2017"


@pytest.mark.parametrize(
    ("text", "figure", "to", "came_from"),
    [
        ("Labour won on a 10.4% swing from Conservative to Labour.", "10.4%", "Labour",
         "Conservative"),
        ("There was a swing of 12 points to Reform.", "12 points", "Reform UK", None),
        ("The seat swung 8.5 per cent from the Tories.", "8.5 per cent", None, "Conservative"),
        ("It was a 6% Con-to-Lab swing.", "6%", "Labour", "Conservative"),
        ("A 3.2-point Labour to Reform swing.", "3.2-point", "Reform UK", "Labour"),
        ("The swing from the Lib Dems to Labour was 2.1 points.", "2.1 points", "Labour",
         "Liberal Democrat"),
    ],
)  # fmt: skip
def test_a_swing_is_a_swing_between_the_parties_it_names(text, figure, to, came_from):
    claim = _claims(text)[figure]
    assert claim.claim_type == ClaimType.SWING
    assert claim.unit == Unit.PERCENTAGE_POINTS
    assert claim.subject == to
    assert claim.compared_to == came_from


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Swing voters gave Labour 40% of the vote.", "40%"),
        ("In this swing seat Labour's share rose by 5 points.", "5 points"),
    ],
)
def test_swing_voters_and_swing_seats_are_not_swings(text, figure):
    assert _claims(text)[figure].claim_type != ClaimType.SWING


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Islington North has an electorate of 72,852.", "72,852", BallotMeasure.ELECTORATE),
        ("Electorate: 72,852.", "72,852", BallotMeasure.ELECTORATE),
        ("There were 72,852 registered voters.", "72,852", BallotMeasure.ELECTORATE),
        ("189 ballots were rejected.", "189", BallotMeasure.REJECTED_BALLOTS),
        ("There were 189 spoilt ballots.", "189", BallotMeasure.REJECTED_BALLOTS),
        ("The count found 49,006 valid votes.", "49,006", BallotMeasure.VALID_VOTES),
        ("Ballot papers issued: 49,195.", "49,195", BallotMeasure.BALLOTS_ISSUED),
        ("It had a turnout of 49,195 voters.", "49,195", BallotMeasure.VOTES_CAST),
        ("A total of 49,195 votes were cast.", "49,195", BallotMeasure.VOTES_CAST),
        ("Some 49,195 people turned out.", "49,195", BallotMeasure.VOTES_CAST),
    ],
)
def test_counts_of_a_contest_are_ballot_counts(text, figure, measure):
    claim = _claims(text)[figure]
    assert claim.claim_type == ClaimType.BALLOT_COUNT
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("20,000 votes were cast for Labour.", "20,000"),
        ("Some 12,000 people voted for her.", "12,000"),
        ("Corbyn won 24,120 votes.", "24,120"),
        ("Postal ballots rejected: 1,200.", "1,200"),
    ],
)
def test_a_candidates_or_partys_votes_are_not_a_count_of_the_contest(text, figure):
    assert _claims(text)[figure].claim_type != ClaimType.BALLOT_COUNT


# -- checks on the real official files ----------------------------------------------------
TEXTS = {
    "unloaded": "Emily Thornberry won 26,897 votes in 2017, when turnout was 70.1%.",
    "by_election": "George Galloway won a 2016 by-election with 12,000 votes.",
    "hendon": (
        "In Hendon, Labour's David Pinto-Duschinsky won on a 4.0% swing from Conservative "
        "to Labour. There was a swing to Labour of 4 points. Had there been a 4% swing from "
        "Labour to Conservative, he would have lost."
    ),
    "national": (
        "Nationally, the swing from the Conservatives to Labour was 10.8 points. Across the "
        "UK, 28,809,340 valid votes were cast."
    ),
    "defended": (
        "Liz Truss lost South West Norfolk to Terry Jermy by 630 votes. She was defending a "
        "majority of 26,195. On the new boundaries it was a notional majority of 24,180."
    ),
    "counts": (
        "Jeremy Corbyn held Islington North, where the electorate was 72,852. There were "
        "49,006 valid votes, and 189 ballots were rejected: a turnout of 49,195 voters. "
        "Reports later gave the figure as 49,006 votes cast, and 49,500 ballot papers issued."
    ),
}


def _official_only(seeds_dir: Path, tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "official").symlink_to(seeds_dir / "official")
    return tmp_path


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker, tmp_path_factory):
    """Each of ``TEXTS`` checked (``check_text``) with every seat of both elections and the
    notional baseline loaded, in a transaction rolled back afterwards: for each text, its
    claims as {figure: claim and suggestion fields}, the last of a figure written twice."""
    official = _official_only(REPO / "seeds", tmp_path_factory.mktemp("official"))
    with django_db_blocker.unblock(), transaction.atomic():
        load_seeds(seeds_dir=official)
        snapshot.forget()
        results = {}
        for key, text in TEXTS.items():
            out = check_text(text, election="ge2024")
            results[key] = [
                {**c.to_dict(), **s.to_dict()}
                for c, s in zip(out.found, out.suggestions, strict=True)
            ]
        transaction.set_rollback(True)
    snapshot.forget()
    return results


def _find(claims: list[dict], text: str, nth: int = 0) -> dict:
    found = [c for c in claims if c["text"] == text]
    assert found, f"{text!r} not extracted; got {[c['text'] for c in claims]}"
    return found[nth]


def test_a_figure_of_an_election_not_loaded_is_not_checkable(checked):
    for figure in ("26,897", "70.1%"):
        claim = _find(checked["unloaded"], figure)
        assert claim["election"] == "ge2017"
        assert claim["verdict"] == "not_checkable"
        assert claim["explanation"] == "No official data for 2017 is loaded."
    claim = _find(checked["by_election"], "12,000")
    assert claim["verdict"] == "not_checkable"
    assert claim["explanation"] == "No official data for the 2016 by-election is loaded."


def test_hendons_swing_matches_the_notional_baseline(checked):
    claim = _find(checked["hendon"], "4.0%")
    assert claim["claim_type"] == ClaimType.SWING
    assert claim["verdict"] == "accurate"
    assert claim["official_value"] == "4.03"
    assert "+3.86 points since Hendon 2019" in claim["explanation"]
    assert claim["explanation"].endswith(
        "Matches the swing since the notional 2019 result on the new boundaries."
    )
    assert "÷ 2 = +4.03" in claim["working"]


def test_a_swing_naming_one_party_gives_the_readings_not_a_verdict(checked):
    claim = _find(checked["hendon"], "4 points")
    assert claim["verdict"] == "not_checkable"
    assert "from Conservative to Labour +4.03 points since the notional" in claim["explanation"]
    assert "matches the swing from Conservative to Labour" in claim["explanation"]


def test_a_swing_the_wrong_way_between_named_parties_is_inaccurate(checked):
    claim = _find(checked["hendon"], "4%")
    assert claim["verdict"] == "inaccurate"
    assert "The swing was the other way, from Conservative to Labour" in claim["explanation"]


def test_a_national_swing_and_count_are_the_uks(checked):
    swing = _find(checked["national"], "10.8 points")
    assert swing["verdict"] == "accurate"
    assert "in the UK of +10.77 points since the 2019 general election" in swing["explanation"]
    valid = _find(checked["national"], "28,809,340")
    assert valid["verdict"] == "accurate"
    assert "the UK, 650 seats" in valid["explanation"]


def test_a_majority_defended_is_the_previous_one_as_declared_or_notional(checked):
    claims = checked["defended"]
    assert _find(claims, "630")["verdict"] == "accurate"
    declared = _find(claims, "26,195")
    assert declared["election"] == "ge2019"
    assert declared["verdict"] == "accurate"
    notional = _find(claims, "24,180")
    assert notional["election"] == "ge2019"
    assert notional["verdict"] == "accurate"
    assert "notional 2019 majority on the new boundaries" in notional["explanation"]


def test_islington_norths_counts_are_checked(checked):
    claims = checked["counts"]
    for figure, measure in (
        ("72,852", BallotMeasure.ELECTORATE),
        ("189", BallotMeasure.REJECTED_BALLOTS),
        ("49,195", BallotMeasure.VOTES_CAST),
    ):
        claim = _find(claims, figure)
        assert claim["claim_type"] == ClaimType.BALLOT_COUNT
        assert claim["measure"] == measure
        assert claim["subject"] == "Islington North"
        assert claim["verdict"] == "accurate", claim["explanation"]
    assert _find(claims, "49,006")["verdict"] == "accurate"
    assert _find(claims, "49,195")["explanation"].endswith(
        "Matches the ballot papers issued (valid + rejected)."
    )
    cast = _find(claims, "49,006", nth=1)
    assert cast["measure"] == BallotMeasure.VOTES_CAST
    assert cast["explanation"].endswith("Matches the valid votes.")
    issued = _find(claims, "49,500")
    assert issued["verdict"] == "inaccurate"
    assert "49,195" in issued["explanation"]


# -- stored claims -------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_stored_claim_keeps_its_election_not_loaded_through_a_recheck(seeds_dir, tmp_path):
    load_seeds(seeds_dir=_official_only(seeds_dir, tmp_path))
    article = Article.objects.create(
        title="Then and now",
        body="Jeremy Corbyn won 40,086 votes in 2017. He won 24,120 votes in 2024.",
        published_on=datetime.date(2024, 7, 5),
    )
    process_article(article)
    then = Claim.objects.get(article=article, text="40,086")
    assert then.election is None
    assert then.details["election_not_loaded"] == "ge2017"
    assert then.suggested_verdict == "not_checkable"
    assert then.explanation == "No official data for 2017 is loaded."
    assert then.election_label == "2017 (no official data loaded)"
    assert "|ge2017|" in then.group.key
    recheck_claim(then)
    assert then.suggested_verdict == "not_checkable"
    assert then.explanation == "No official data for 2017 is loaded."
    assert Claim.objects.get(article=article, text="24,120").suggested_verdict == "accurate"
