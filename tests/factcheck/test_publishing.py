"""Publishing: versions, corrections, drafts never leak, ClaimReview, exports, caching.

The articles and claims come from factories (the ``coverage`` fixture); the
public pages are fetched by their paths. Only the demo test at the end runs
the seeds through the extractor, as an acceptance test of that pipeline.
"""

import csv
import io
import json
import re

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from factcheck.models import Article, Claim, Correction, Publication, Review
from factcheck.publishing import publish_contest
from factcheck.review import approve, set_verdict, state_token

PAGE = "/results/ge2024/islington-north/"
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture
def contest(coverage):
    return coverage.contest


def fresh(claim):
    return Claim.objects.for_review().get(pk=claim.pk)


def decide(claim, verdict, *, author, checker, explanation="Checked."):
    set_verdict(claim=fresh(claim), editor=author, verdict=verdict, explanation=explanation,
                token=state_token(fresh(claim)))  # fmt: skip
    approve(claim=fresh(claim), editor=checker, token=state_token(fresh(claim)))


@pytest.fixture
def publisher_editor(editor):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Publisher"))
    return editor


def test_only_approved_checks_are_published(coverage, contest, publisher_editor, second_editor):
    votes = coverage.claim("24,120")
    turnout = coverage.claim("67.5 per cent")
    decide(votes, "accurate", author=publisher_editor, checker=second_editor)
    set_verdict(
        claim=fresh(turnout),
        editor=publisher_editor,
        verdict="accurate",
        token=state_token(fresh(turnout)),
    )  # fmt: skip  (a draft: never approved)
    publication = publish_contest(contest=contest, publisher=publisher_editor)
    assert publication.version == 1
    assert [c["text"] for c in publication.checks] == ["24,120"]
    assert len(publication.checks[0]["articles"]) == 4  # one check, every article that carried it


def test_only_a_publisher_publishes(coverage, contest, editor, second_editor, client):
    decide(coverage.claim("24,120"), "accurate", author=editor, checker=second_editor)
    with pytest.raises(PermissionDenied):
        publish_contest(contest=contest, publisher=editor)
    client.force_login(editor)
    assert client.post(reverse("factcheck:contest_publish", args=[contest.pk])).status_code == 403


def test_an_anonymous_visitor_finds_no_unpublished_claim_text(coverage, contest, client,
                                                               publisher_editor,
                                                               second_editor):  # fmt: skip
    published = coverage.claim("24,120")
    decide(published, "accurate", author=publisher_editor, checker=second_editor,
           explanation="PUBLISHED-EXPLANATION")  # fmt: skip
    draft = coverage.claim("37 per cent")
    set_verdict(claim=fresh(draft), editor=publisher_editor, verdict="inaccurate",
                explanation="DRAFT-EXPLANATION-SECRET", note="INTERNAL-NOTE-SECRET",
                token=state_token(fresh(draft)))  # fmt: skip
    publish_contest(contest=contest, publisher=publisher_editor)
    urls = [
        PAGE, f"{PAGE}v1/", "/results/", "/results/ge2024/", "/results/ge2024/islington-north.json",
        "/results/ge2024/checks.csv", "/methodology/",
        f"{PAGE}claims/{published.pk}/",
    ]  # fmt: skip
    secrets = ["DRAFT-EXPLANATION-SECRET", "INTERNAL-NOTE-SECRET", "I think the figure is likely"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in secrets:
            assert secret not in body, (secret, url)
    assert "PUBLISHED-EXPLANATION" in client.get(PAGE).content.decode()
    assert client.get(f"{PAGE}claims/{draft.pk}/").status_code == 404


def test_a_changed_verdict_needs_a_reason_and_shows_in_the_corrections_log(
    coverage, contest, client, publisher_editor, second_editor
):
    claim = coverage.claim("24,120")
    decide(claim, "accurate", author=publisher_editor, checker=second_editor)
    first = publish_contest(contest=contest, publisher=publisher_editor)
    decide(claim, "misleading", author=second_editor, checker=publisher_editor)
    with pytest.raises(ValidationError, match="say why"):
        publish_contest(contest=contest, publisher=publisher_editor)
    second = publish_contest(
        contest=contest, publisher=publisher_editor,
        reasons={claim.pk: "The figure is the margin, not the vote."},
    )  # fmt: skip
    assert second.version == 2
    correction = Correction.objects.get()
    assert correction.what_changed == (
        "Verdict on “Jeremy Corbyn won 24,120 votes in 2024” changed from Accurate to Misleading."
    )
    assert correction.check_id == claim.pk
    html = client.get(PAGE).content.decode()
    assert "changed from Accurate to Misleading" in html
    assert "The figure is the margin, not the vote." in html
    old = client.get(f"{PAGE}v{first.version}/").content.decode()
    assert "version 1" in old
    assert "badge-accurate" in old
    assert "badge-misleading" not in old
    with pytest.raises(ValidationError, match="Nothing has changed"):
        publish_contest(contest=contest, publisher=publisher_editor, note="again")


def claim_reviews(html: str) -> list[dict]:
    found = []
    for block in LD.findall(html):
        data = json.loads(block)
        found.extend(data if isinstance(data, list) else [data])
    return found


def test_every_published_check_has_a_complete_claimreview(coverage, contest, client,
                                                          publisher_editor,
                                                          second_editor):  # fmt: skip
    quote = coverage.claim("37 per cent")
    decide(quote, "inaccurate", author=publisher_editor, checker=second_editor,
           explanation="Labour won 33.7% of the UK vote.")  # fmt: skip
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    Article.objects.filter(pk=quote.article_id).update(url="https://news.example/corbyn")
    publish_contest(contest=contest, publisher=publisher_editor)
    html = client.get(PAGE).content.decode()
    reviews = claim_reviews(html)
    assert len(reviews) == 2
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        # built on the configured site URL, never the request's host
        assert review["url"].startswith(settings.TALLY_SITE_URL + PAGE + "#claim-")
        anchor = review["url"].split("#")[1]
        assert f'id="{anchor}"' in html
        summary = review["claimReviewed"]
        assert 0 < len(summary) < 75
        assert not re.search(r"accurate|inaccurate|misleading|false|true", summary, re.I)
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert isinstance(rating["ratingValue"], int)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"]
        assert rating["ratingExplanation"]
        assert review["author"]["@type"] == "Organization"
        assert review["author"]["name"]
        assert review["author"]["url"].startswith("http")
        assert review["datePublished"]
        assert review["dateModified"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["name"]
        assert item["appearance"]
    quote_review = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Inaccurate")
    assert quote_review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jeremy Corbyn"}
    assert quote_review["itemReviewed"]["appearance"][0]["url"] == "https://news.example/corbyn"
    assert quote_review["itemReviewed"]["datePublished"] == "2024-07-05"
    assert quote_review["reviewRating"]["ratingValue"] == 1
    # The check's own page carries exactly one ClaimReview.
    own = client.get(f"{PAGE}claims/{quote.pk}/").content.decode()
    assert [r["url"] for r in claim_reviews(own)] == [quote_review["url"]]


def test_json_ld_cannot_break_out_of_its_script(
    coverage, contest, client, publisher_editor, second_editor
):
    claim = coverage.claim("24,120")
    decide(claim, "accurate", author=publisher_editor, checker=second_editor,
           explanation="</script><script>alert(1)</script> & more")  # fmt: skip
    publish_contest(contest=contest, publisher=publisher_editor)
    html = client.get(PAGE).content.decode()
    assert "</script><script>alert(1)" not in html
    assert claim_reviews(html)[0]["reviewRating"]["ratingExplanation"].startswith("</script>")


def test_json_and_csv_exports(coverage, contest, client, publisher_editor, second_editor):
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    publish_contest(contest=contest, publisher=publisher_editor)
    data = client.get("/results/ge2024/islington-north.json").json()
    assert data["official_result"]["majority"] == 7247
    assert data["official_result"]["candidates"][0] == {
        "name": "Jeremy Corbyn", "party": "Independent", "party_abbreviation": "Ind",
        "votes": 24120, "share_percent": "49.22", "rank": 1,
    }  # fmt: skip
    assert data["published"]["version"] == 1
    assert data["published"]["checks"][0]["verdict"] == "accurate"
    rows = list(
        csv.DictReader(io.StringIO(client.get("/results/ge2024/checks.csv").content.decode()))
    )
    assert len(rows) == 1
    assert rows[0]["constituency"] == "Islington North"
    assert rows[0]["verdict"] == "accurate"
    assert rows[0]["url"].endswith(f"#claim-{rows[0]['check_id']}")


def test_pages_carry_validators_and_are_cleared_on_publish(
    coverage, contest, client, publisher_editor, second_editor, django_capture_on_commit_callbacks
):
    first = client.get(PAGE)
    assert "public" in first["Cache-Control"]
    assert "s-maxage" in first["Cache-Control"]
    assert client.get(PAGE, headers={"If-None-Match": first["ETag"]}).status_code == 304
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    with django_capture_on_commit_callbacks(execute=True):
        publish_contest(contest=contest, publisher=publisher_editor)
    after = client.get(PAGE, headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]
    assert "What the coverage said" in after.content.decode()
    assert "Last-Modified" in after
    since = client.get(PAGE, headers={"If-Modified-Since": after["Last-Modified"]})
    assert since.status_code == 304


def test_publishing_from_the_desk(coverage, contest, client, publisher_editor, second_editor):
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    client.force_login(publisher_editor)
    page = client.get(reverse("factcheck:contest_publish", args=[contest.pk])).content.decode()
    assert "1 check will be on the page" in page
    assert "Added (1)" in page
    response = client.post(reverse("factcheck:contest_publish", args=[contest.pk]), {"note": ""})
    assert response.status_code == 302
    assert Publication.objects.get().published_by == publisher_editor


def test_make_runs_demo_publishes_islington_north(full_seeded, client):
    """Acceptance test of the seed pipeline: seed articles → extractor → demo review → page.

    It stays on the real seeds (every seat) on purpose: `make run` publishes
    what the extractor finds in them, and the working it shows comes from the checker.
    """
    call_command("create_demo_users")
    call_command("demo_review")
    html = client.get(PAGE).content.decode()
    assert "Demo data" in html
    assert Review.objects.filter(approved_by__username="demo-checker").exists()
    assert len(claim_reviews(html)) > 10
    assert html.index("badge-inaccurate") < html.index("badge-accurate")  # inaccurate first
    # Each check shows its working, so a reader can repeat it.
    assert "majority = 24,120 − 16,873 = 7,247" in html
    assert "HoC-GE2024-results-by-constituency.csv, line 308" in html
    cards = html.split('<li id="claim-')[1:]
    assert all(card.count("line 308") <= 1 for card in cards)  # a row is cited once
    assert "Ipsos" not in html  # the exit poll is national: on the national page
    national = client.get("/results/ge2024/").content.decode()
    assert "Ipsos exit poll" in national
    assert len(claim_reviews(national)) >= 7
