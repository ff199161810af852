"""Each seed claim the issue names gets its verdict and explanation."""

import datetime
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from factcheck import extraction, snapshot
from factcheck.checking import Claimed, check_claims
from factcheck.seeds import load_seeds
from factcheck.snapshot import build_gazetteer, load_official_figures
from results.models import Candidacy, Party
from tests.factories import ConstituencyFactory, ContestFactory, ElectionFactory

REPO = Path(__file__).resolve().parents[2]
ARTICLES = {
    "independent": "000_0922d095e656f181.txt",
    "standard": "001_bab12a133cfd9ac3.txt",
    "pa": "002_8f1f7407f08d3db2.txt",
    "summary": "003_fa3d693e08ea7a13.txt",
    "local": "004_8b417c4d3792ab6f.txt",
}


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker, tmp_path_factory):
    """`extract_claims --json` over the seeds, with every seat of both elections loaded.

    The real seeds' official files (all 650 seats a year, so national figures
    are the true ones) are loaded once for the module, inside a transaction
    that is rolled back when the output has been read.
    """
    seeds = REPO / "seeds"
    with django_db_blocker.unblock(), transaction.atomic():
        load_seeds(seeds_dir=_official_only(seeds, tmp_path_factory.mktemp("official")))
        out = StringIO()
        paths = [str(seeds / "articles" / name) for name in ARTICLES.values()]
        call_command("extract_claims", "--json", *paths, stdout=out)
        transaction.set_rollback(True)
    snapshot.forget()
    by_file = {
        entry["file"].rsplit("/", 1)[-1]: entry["claims"] for entry in json.loads(out.getvalue())
    }
    return {key: by_file[name] for key, name in ARTICLES.items()}


def _official_only(seeds_dir, tmp_path):
    """A seeds folder with the official files and no articles."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "official").symlink_to(seeds_dir / "official")
    return tmp_path


def find(claims, text, nth=0):
    matches = [c for c in claims if c["text"] == text]
    assert matches, f"{text!r} not extracted; got {[c['text'] for c in claims]}"
    return matches[nth]


def test_votes_and_majority_are_accurate(checked):
    pa = checked["pa"]
    corbyn = find(pa, "24,120")
    assert corbyn["verdict"] == "accurate"
    assert corbyn["explanation"] == (
        "Official: 24,120 votes (House of Commons Library, GE2024). Article: 24,120. Exact match."
    )
    assert corbyn["official_source"] == "House of Commons Library, GE2024 results"
    assert find(pa, "16,873")["verdict"] == "accurate"
    assert find(pa, "7,247")["verdict"] == "accurate"
    assert find(checked["independent"], "7,247")["verdict"] == "accurate"
    more_than = find(checked["standard"], "7,000")
    assert more_than["qualifier"] == "more_than"
    assert more_than["verdict"] == "accurate"


def test_the_2019_majority_is_approximate_and_the_difference_is_wrong(checked):
    claims = checked["independent"]
    majority_2019 = find(claims, "26,000")
    assert majority_2019["election"] == "ge2019"
    assert majority_2019["verdict"] == "approximately_accurate"
    assert "26,188" in majority_2019["explanation"]
    difference = find(claims, "1,180")
    assert difference["verdict"] == "inaccurate"
    assert "fell by 18,941" in difference["explanation"]


def test_turnout_is_checked_against_both_definitions(checked):
    now = find(checked["pa"], "67.5 per cent")
    assert now["verdict"] == "accurate"
    assert "as declared" in now["explanation"].split("Article:")[1]
    then = find(checked["pa"], "71.6 per cent")
    assert then["election"] == "ge2019"
    assert then["verdict"] == "accurate"
    assert "Library's definition" in then["explanation"].split("Article:")[1]
    assert find(checked["summary"], "67.5%")["verdict"] == "accurate"


@pytest.mark.parametrize(
    ("text", "final"),
    [("410", "411"), ("131", "121"), ("61", "72"), ("13", "5"), ("10", "9"), ("two", "4")],
)
def test_exit_poll_figures_are_accurate_projections_with_the_final_result(checked, text, final):
    claim = find(checked["pa"], text)
    assert claim["qualifier"] == "projection"
    assert claim["verdict"] == "accurate"
    assert f"Final result: {final} seats" in claim["explanation"]


def test_corbyns_national_share_claim_is_inaccurate_and_attributed(checked):
    claim = find(checked["independent"], "37 per cent")
    assert claim["speaker"] == "Jeremy Corbyn"
    assert claim["subject"] == "Labour"
    assert claim["verdict"] == "inaccurate"
    assert "33.70%" in claim["explanation"]


def test_terms_age_and_years_are_checked_against_reference_facts(checked):
    assert find(checked["summary"], "11th")["verdict"] == "accurate"
    eleventh = find(checked["local"], "eleventh")
    assert eleventh["verdict"] == "accurate"
    assert "11 elections won" in eleventh["explanation"]
    age = find(checked["local"], "75-year-old")
    assert age["verdict"] == "accurate"
    assert find(checked["summary"], "1983")["verdict"] == "accurate"
    since_1937 = find(checked["pa"], "1937")
    assert since_1937["verdict"] == "accurate"
    assert "held by Labour since 1937" in since_1937["explanation"]


def test_a_year_no_fact_speaks_to_is_not_checkable(checked):
    assert find(checked["pa"], "2020")["verdict"] == "not_checkable"


@pytest.mark.django_db
def test_each_claim_in_a_two_seat_article_is_checked_against_its_own_seat():
    election = ElectionFactory()
    lab = Party.objects.get(abbreviation="Lab")
    con = Party.objects.get(abbreviation="Con")
    seats = {}
    for name, people in {
        "Northam Vale": [("Alice", "Whitcombe", lab, 21500), ("Ben", "Ostrander", con, 9800)],
        "Southam Moor": [("Cara", "Lindqvist", con, 18050), ("Dev", "Ramaswamy", lab, 17990)],
    }.items():
        contest = ContestFactory(
            election=election,
            constituency=ConstituencyFactory(name=name),
            valid_votes=sum(p[3] for p in people),
        )
        for first, last, party, votes in people:
            Candidacy.objects.create(
                contest=contest, first_name=first, surname=last, party=party, votes=votes
            )
        seats[name] = contest
    text = (
        "In Northam Vale, Labour's Alice Whitcombe won 21,500 votes, a majority of 11,700.\n"
        "In Southam Moor the Conservative Cara Lindqvist held on with 18,050 votes, "
        "a majority of just 60 over Dev Ramaswamy.\n"
    )
    found = extraction.extract_claims(text, gazetteer=build_gazetteer(), election="ge2024")
    suggestions = check_claims(
        [Claimed.from_extracted(c) for c in found], load_official_figures(), election="ge2024",
        text=text,
    )  # fmt: skip
    verdicts = {c.text: s.verdict for c, s in zip(found, suggestions, strict=True)}
    assert verdicts == {
        "21,500": "accurate",
        "11,700": "accurate",
        "18,050": "accurate",
        "60": "accurate",
    }


@pytest.mark.django_db
def test_checking_a_hundred_articles_costs_the_same_queries_as_one(
    seeds_dir, tmp_path, django_assert_max_num_queries
):
    load_seeds(seeds_dir=_official_only(seeds_dir, tmp_path))
    gazetteer = build_gazetteer()
    texts = [p.read_text() for p in sorted((seeds_dir / "articles").glob("*.txt"))] * 20
    extracted = [
        [Claimed.from_extracted(c) for c in extraction.extract_claims(t, gazetteer=gazetteer)]
        for t in texts
    ]
    assert sum(len(claims) for claims in extracted) > 500
    with django_assert_max_num_queries(7):
        figures = load_official_figures()
        for text, claims in zip(texts, extracted, strict=True):
            check_claims(
                claims, figures, election="ge2024", text=text, day=datetime.date(2024, 7, 5)
            )


@pytest.mark.django_db
def test_two_figures_in_one_article_that_contradict_each_other_are_flagged(seeds_dir, tmp_path):
    load_seeds(seeds_dir=_official_only(seeds_dir, tmp_path))
    text = (
        "Jeremy Corbyn won Islington North with 24,120 votes.\n"
        "Later in the night Corbyn's tally was given as 24,210 votes.\n"
    )
    found = extraction.extract_claims(text, gazetteer=build_gazetteer(), election="ge2024")
    suggestions = check_claims(
        [Claimed.from_extracted(c) for c in found], load_official_figures(), election="ge2024",
        text=text,
    )  # fmt: skip
    by_text = dict(zip([c.text for c in found], suggestions, strict=True))
    assert by_text["24,120"].verdict == "accurate"
    assert by_text["24,210"].verdict == "inaccurate"
    assert "Contradicts “24,210”" in by_text["24,120"].explanation
    assert "Contradicts “24,120”" in by_text["24,210"].explanation
