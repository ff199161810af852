"""What readers read on the public pages: sentences in the tense and shape the evidence
supports, quotes that close, citations of every file a figure was worked from, and none
of the checker's desk wording."""

import re

import pytest
from django.core.management import call_command

from factcheck.models import Publication
from factcheck.public_text import (
    balanced_quote,
    editors_words,
    is_checker_sentence,
    reader_explanation,
)
from tests.factcheck.test_verification_pages import checker_phrases

SEAT = "/results/ge2024/islington-north/"
NATIONAL = "/results/ge2024/"


def text_of(html: str) -> str:
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def demo(seeded):
    call_command("create_demo_users", stdout=None)
    call_command("demo_review", stdout=None)


def test_the_checkers_wording_is_found_and_only_the_editors_words_are_kept():
    desk = (
        "Unclear which figure this is: the words do not say for sure whose figure it is, and "
        "no reading of it matches an official figure. Nearest readings: Turnout: 58.88."
    )
    assert editors_words(desk, [desk]) == ""
    assert editors_words(desk + " Turnout was 58.88%.", [desk]) == "Turnout was 58.88%."
    # glued on, and with the desk text of another run (no stored copy to cut out)
    assert editors_words(desk + "Turnout was 58.88%.", []) == "Turnout was 58.88%."
    assert editors_words("Official: 7,247. Article: 7,247. Exact match.", []) == ""
    assert editors_words("The recount changed it.", [desk]) == "The recount changed it."
    for phrase in checker_phrases():
        assert is_checker_sentence(phrase), phrase
    assert not is_checker_sentence("The official turnout was 58.88%, not 62 per cent.")


def test_a_commons_majority_reads_as_a_majority_and_quotes_close():
    projection = reader_explanation(
        verdict="accurate", claim_type="seat_projection", written="170-seat",
        official="170", majority=True,
    )  # fmt: skip
    assert projection == "The exit poll's projection is a majority of 170 seats, as reported."
    seats = reader_explanation(verdict="accurate", claim_type="seat_projection", written="410",
                               official="410")  # fmt: skip
    assert seats == "The exit poll's projection is 410 seats, as reported."
    assert balanced_quote("“I think it is 37 per cent.") == "“I think it is 37 per cent.”"
    assert balanced_quote("“It is.” He said") == "“It is.” He said"
    assert balanced_quote("it is 37 per cent.”") == "it is 37 per cent."


def test_the_published_seeds_read_in_the_tense_and_shape_the_evidence_supports(demo, client):
    seat = Publication.objects.get(contest__isnull=False)
    national = Publication.objects.get(contest__isnull=True)
    summaries = [c["summary"] for c in seat.checks + national.checks]
    # a seat that changed hands at this election: held by Labour until now, not still
    held = [s for s in summaries if "held by Labour since" in s]
    assert held, summaries
    assert all(s.startswith("Islington North had been held by Labour since") for s in held)
    # a Commons majority is a majority of seats, not a seat count
    for check in national.checks:
        if "majority" in check["summary"] and check["claim_type"] == "seat_projection":
            assert "a majority of" in check["explanation"], check["explanation"]
            assert not re.search(r"projection is \d+ seats", check["explanation"])
    # a hedged forecast is what was forecast, not what was won
    assert "Labour was forecast to win around 37 per cent of the vote in 2024" in summaries
    assert not any(s.startswith("Labour won around 37") for s in summaries)
    # a difference between two elections' majorities cites both files
    page = text_of(client.get(SEAT).content.decode()) + text_of(
        client.get(NATIONAL).content.decode()
    )
    assert "had been held by Labour since 1937" in page
    for check in seat.checks + national.checks:
        assert check["quote"].count("“") == check["quote"].count("”"), check["quote"]
        for article in check["articles"]:
            assert article["sentence"].count("“") == article["sentence"].count("”")


def test_public_pages_speak_to_readers_dates_results_and_canonical_links(demo, client, settings):
    seat = client.get(SEAT).content.decode()
    shown = text_of(seat)
    assert "Independent gain from Labour" in shown
    assert "Ind gain from Lab" not in shown
    assert not re.search(r"\(\d{4}-\d\d-\d\d\)", shown)  # no ISO dates for readers
    assert re.search(r"\d{1,2} (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) \d{4}", shown)  # fmt: skip
    check = Publication.objects.get(contest__isnull=False).checks[0]["id"]
    page = client.get(f"{SEAT}claims/{check}/").content.decode()
    canonical = f'<link rel="canonical" href="{settings.TALLY_SITE_URL}{SEAT}claims/{check}/">'
    assert canonical in page
    national = text_of(client.get(NATIONAL).content.decode())
    assert national.count("(against the ") <= 1
