"""Candidates' names against the official list: a misspelling is a ``name`` claim suggested
inaccurate with the official spelling; a correct name, however accented, never is (issue 13).
"""

from __future__ import annotations

import csv
import gzip
import io
from functools import cache

import pytest

from factcheck.extraction import (
    GazCandidate,
    GazConstituency,
    GazElection,
    Gazetteer,
    GazParty,
    extract_claims,
)
from factcheck.extraction.gazetteer import norm_key
from factcheck.extraction.names import edit_distance, near_miss, same_name
from factcheck.models import Claim
from factcheck.vocabulary import ClaimType, SubjectKind, Verdict

from .gazetteer_fixture import SEEDS, seed_gazetteer, slugify

ELECTIONS = (GazElection("ge2019", 2019, None), GazElection("ge2024", 2024, "ge2019"))


@cache
def library_gazetteer() -> Gazetteer:
    """Every candidacy of 2019 and 2024 from the Library files in ``seeds/official``."""
    candidates, seats, parties = [], {}, {}
    for year in ("2019", "2024"):
        path = SEEDS / "official" / f"HoC-GE{year}-results-by-candidate.csv.gz"
        rows = csv.DictReader(io.StringIO(gzip.decompress(path.read_bytes()).decode("utf-8-sig")))
        for n, row in enumerate(rows):
            seat = row["Constituency name"].strip()
            seats.setdefault(slugify(seat), GazConstituency(slugify(seat), seat))
            party = row["Party abbreviation"].strip()
            parties.setdefault(party, GazParty(party, row["Party name"].strip()))
            first, surname = row["Candidate first name"].strip(), row["Candidate surname"].strip()
            candidates.append(
                GazCandidate(
                    key=f"candidacy:{year}-{n}",
                    full_name=f"{first} {surname}",
                    surname=surname,
                    party=party,
                    constituency=slugify(seat),
                    election=f"ge{year}",
                )
            )
    return Gazetteer(
        candidates=tuple(candidates),
        parties=tuple(parties.values()),
        constituencies=tuple(seats.values()),
        elections=ELECTIONS,
    )


def names_in(text: str, gazetteer: Gazetteer | None = None) -> list[tuple[str, str]]:
    """The name claims of ``text`` (a 2024 article): (name as written, official name)."""
    found = extract_claims(text, gazetteer=gazetteer or library_gazetteer(), election="ge2024")
    return [(c.text, c.subject) for c in found if c.claim_type == ClaimType.NAME]


# -- misspellings are claims ------------------------------------------------------------


def test_a_misspelt_candidate_is_a_name_claim_with_the_official_name():
    text = "In Islington North, Lib Dem Vikkas Aggarwal came sixth with 1,661 votes."
    [claim] = [c for c in extract_claims(text, gazetteer=seed_gazetteer(), election="ge2024")
               if c.claim_type == ClaimType.NAME]  # fmt: skip
    assert text[claim.start : claim.end] == claim.text == "Vikkas Aggarwal"
    assert (claim.subject, claim.subject_kind) == ("Vikas Aggarwal", SubjectKind.CANDIDATE)
    assert claim.subject_key
    assert claim.election == "ge2024"
    assert claim.sentence_start == 0
    assert claim.sentence == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islington North: Jeremy Crobyn held the seat.", ("Jeremy Crobyn", "Jeremy Corbyn")),
        ("In Islington North, Praful Nargunt lost.", ("Praful Nargunt", "Praful Nargund")),
        ("In Islington North, Vikas Agarwall's campaign.", ("Vikas Agarwall", "Vikas Aggarwal")),
        ("In Ynys Mon, Plaid's Llinnos Medi won.", ("Llinnos Medi", "Llinos Medi")),
        ("In Suffolk Coastal, Therese Coffy lost.", ("Therese Coffy", "Thérèse Coffey")),
        ("In Islington North, Jeremy Corbin won.", None),  # Corbin: a surname in use
    ],
)
def test_misspellings_in_the_seat_named(text, expected):
    assert names_in(text) == ([expected] if expected else [])


# -- never a false alarm ------------------------------------------------------------------


def test_every_candidate_written_correctly_is_never_flagged():
    """All 4,515 candidates of 2024 named in their seats, as written officially, without
    accents, in capitals, and after a party: no name claim."""
    gaz = library_gazetteer()
    by_seat: dict[str, list[GazCandidate]] = {}
    for cand in gaz.candidates:
        if cand.election == "ge2024":
            by_seat.setdefault(cand.constituency, []).append(cand)
    seats = {s.key: s.name for s in gaz.constituencies}
    flagged = []
    for seat, cands in by_seat.items():
        text = (
            f"In {seats[seat]}, " + ", ".join(c.full_name for c in cands) + " stood. "
            + " ".join(f"{norm_key(c.full_name)} won {i} votes." for i, c in enumerate(cands))
            + " " + " ".join(f"Labour's {c.full_name.upper().title()} spoke." for c in cands)
        )  # fmt: skip
        flagged += names_in(text, gaz)
    assert flagged == []


@pytest.mark.parametrize(
    "text",
    [
        # accents and Welsh or Irish spellings are the same name
        "In Brighton, Pavilion, Sian Berry won; Siân Berry thanked voters.",
        "In Suffolk Coastal, Therese Coffey lost.",
        "In West Tyrone, Sinn Fein's Orfhlaith Begley held the seat.",
        "In Ynys Mon, Llinos Medi won for Plaid Cymru.",
        # not near any candidate of the seat
        "In Islington North, John Smith and Priya Patel campaigned.",
        # a different person who shares the surname
        "In Islington North, Priya Aggarwal and Vikram Aggarwal canvassed.",
        # a well-known politician, and a real candidate elsewhere
        "In Islington North, Tony Blair and Keir Starmer were mentioned.",
        # a short form of a name is what the person is called
        "In Islington North, Jez Corbyn won.",
        # the seat is not named: no seat's list to compare with
        "Vikkas Aggarwal came sixth.",
        # a longer name that happens to contain a near miss
        "In Islington North, Sir Jeremy Corbin Smythe spoke.",
    ],
)
def test_no_false_alarms(text):
    assert names_in(text) == []


def test_a_near_miss_that_is_another_spelling_in_use_is_left_alone():
    """ "Karen Harris" is a near miss of Karen Harries, but Harris is a surname candidates
    have: it may be another person."""
    assert names_in("In Islington North, Karen Harris spoke.") == []
    # with only Islington North known, the same near miss is a misspelling
    small = names_in("In Islington North, Karen Harris spoke.", seed_gazetteer())
    assert small == [("Karen Harris", "Karen Harries")]


def test_a_candidate_of_another_seat_is_not_compared():
    assert names_in("In Clacton, Vikkas Aggarwal spoke.") == []


@pytest.mark.parametrize(
    ("written", "official", "distance"),
    [
        ("Vikkas", "Vikas", 1),
        ("Corbin", "Corbyn", 1),
        ("Aggrawal", "Aggarwal", 1),  # two letters swapped
        ("Agarwall", "Aggarwal", 2),
        ("Pete", "Peter", 0),  # a short form
        ("Dave", "David", 0),  # two letters in a short word
        ("Jon", "John", 0),  # too short to tell
        ("Siân", "Sian", 0),  # the same name
        ("Smith", "Jones", 0),
    ],
)
def test_near_miss(written, official, distance):
    assert near_miss(written, official) == distance


def test_same_name_and_edit_distance():
    assert same_name("Sinn Fein", "Sinn Féin")
    assert same_name("Ynys Mon", "Ynys Môn")
    assert same_name("Sean O Neill", "Seán O'Neill")
    assert not same_name("Vikkas Aggarwal", "Vikas Aggarwal")
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("ab", "ba") == 1


# -- checked and stored -------------------------------------------------------------------


def test_the_seed_misspelling_is_stored_and_suggested_inaccurate(seeded):
    """Acceptance test: seed article 004 lists "Vikkas Aggarwal"; the claim says the
    official spelling, and correct names in the seeds are not claims."""
    [claim] = Claim.objects.filter(claim_type=ClaimType.NAME)
    assert claim.text == "Vikkas Aggarwal"
    assert claim.article.body[claim.start : claim.end] == "Vikkas Aggarwal"
    assert claim.subject == "Vikas Aggarwal"
    assert claim.suggested_verdict == Verdict.INACCURATE
    assert claim.explanation == (
        "Official: Vikas Aggarwal (Liberal Democrat), Islington North 2024 (House of Commons "
        "Library, GE2024). Article: “Vikkas Aggarwal”. Misspelt: the official spelling is "
        "Vikas Aggarwal."
    )
    assert "Vikas Aggarwal" in claim.working
    assert claim.official_source


def test_two_misspellings_are_two_groups_one_misspelling_one(seeded):
    """Acceptance test: the same misspelling in two articles is one claim group; another
    misspelling of the same person is another."""
    from factcheck import processing
    from factcheck.models import Article

    first = Claim.objects.get(claim_type=ClaimType.NAME)
    for n, name in enumerate(["Vikkas Aggarwal", "Vikas Agarwall"]):
        article = Article.objects.create(
            title=f"Result {n}", body=f"In Islington North, {name} won 1,661 votes."
        )
        processing.process_article(article)
    same = Claim.objects.get(claim_type=ClaimType.NAME, article__title="Result 0")
    other = Claim.objects.get(claim_type=ClaimType.NAME, article__title="Result 1")
    assert same.group_id == first.group_id
    assert other.group_id != first.group_id
    assert other.suggested_verdict == Verdict.INACCURATE
