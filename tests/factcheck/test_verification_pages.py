"""Issue 16: what a reader and a search engine see on the verification pages.

Only checks an editor stands behind, in sentences, with the right citations; national
checks on the national page; the publish diff with a reason per changed check; a
withdrawal needs two editors; canonical URLs from the configured site URL; HEAD.
"""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from factcheck import publishing
from factcheck.models import Claim, Correction, Publication, Withdrawal
from factcheck.publishing import publish_contest
from factcheck.review import approve, set_verdict, state_token

PAGE = "/results/ge2024/islington-north/"
NATIONAL = "/results/ge2024/"
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
CHECKING = Path(__file__).resolve().parents[2] / "factcheck" / "checking"


def checker_phrases() -> list[str]:
    """Every reason the checker gives for "not checkable", and the shape of its suggestions:
    words for the desk that must never reach a reader."""
    found = set()
    for path in CHECKING.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for literal in re.findall(r'not_checkable\(\s*f?"([^"{]{12,})', text):
            found.add(literal.strip())
    return sorted(found) + ["Official: ", "Article: ", "Exact match", "Seed article"]


def reviews_in(html: str) -> list[dict]:
    found = []
    for block in LD.findall(html):
        data = json.loads(block)
        found.extend(data if isinstance(data, list) else [data])
    return found


def text_of(html: str) -> str:
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def fresh(claim):
    return Claim.objects.for_review().get(pk=claim.pk)


def decide(claim, verdict, *, author, checker, explanation=""):
    set_verdict(claim=fresh(claim), editor=author, verdict=verdict, explanation=explanation,
                token=state_token(fresh(claim)))  # fmt: skip
    approve(claim=fresh(claim), editor=checker, token=state_token(fresh(claim)))


@pytest.fixture
def publisher_editor(editor):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Publisher"))
    return editor


@pytest.fixture
def demo(seeded):
    call_command("create_demo_users", stdout=None)
    call_command("demo_review", stdout=None)


# -- the published seeds, as `make run` shows them ----------------------------------------


def assert_claim_review(review: dict, page: str) -> None:
    """Google's required and recommended ClaimReview properties, one by one."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"].startswith(settings.TALLY_SITE_URL + page + "#claim-")
    summary = review["claimReviewed"]
    assert 0 < len(summary) < 75, summary
    assert "…" not in summary
    assert summary[0].isupper() or summary[0].isdigit(), summary
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["worstRating"] == 1
    assert rating["bestRating"] == 5
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["ratingValue"] != 3  # nothing "not checkable" goes out from the checker alone
    assert rating["alternateName"]
    assert rating["ratingExplanation"].endswith(".")
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.TALLY_ORGANISATION,
        "url": settings.TALLY_SITE_URL + "/",
    }
    assert review["datePublished"]
    assert review["dateModified"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] not in ("", "Seed article", "Unknown outlet")
    assert item["appearance"]
    for appearance in item["appearance"]:
        assert appearance["url"].startswith("https://")
        assert appearance["publisher"]["name"] != "Seed article"


def test_the_published_seeds_carry_no_machine_phrase_and_complete_claimreviews(demo, client):
    phrases = checker_phrases()
    assert "No reference fact on file speaks to this year." in phrases
    seat = client.get(PAGE).content.decode()
    national = client.get(NATIONAL).content.decode()
    seat_reviews, national_reviews = reviews_in(seat), reviews_in(national)
    assert len(seat_reviews) >= 10
    assert len(national_reviews) >= 7
    for review in seat_reviews:
        assert_claim_review(review, PAGE)
    for review in national_reviews:
        assert_claim_review(review, NATIONAL)
    pages = [seat, national]
    for review in seat_reviews[:3]:
        anchor = review["url"].split("#claim-")[1]
        own = client.get(f"{PAGE}claims/{anchor}/").content.decode()
        assert [r["url"] for r in reviews_in(own)] == [review["url"]]
        assert_claim_review(reviews_in(own)[0], PAGE)
        pages.append(own)
    anchor = national_reviews[0]["url"].split("#claim-")[1]
    own = client.get(f"{NATIONAL}claims/{anchor}/").content.decode()
    assert_claim_review(reviews_in(own)[0], NATIONAL)
    pages.append(own)
    for html in pages:
        shown = text_of(html)
        for phrase in phrases:
            assert phrase not in shown, phrase
            assert phrase not in html, phrase
        assert "source row" not in shown
    summaries = [r["claimReviewed"] for r in seat_reviews + national_reviews]
    assert len(summaries) == len(set(summaries))  # one card per claim
    assert "The Conservatives were projected to win 131 seats in 2024" in summaries
    assert "Jeremy Corbyn won an 11th term in 2024" in summaries
    assert not any(re.search(r"\ba [aeiou]", s) for s in summaries)
    # national claims are on the national page, never on the seat's
    assert "Ipsos" not in text_of(seat)
    assert "Labour was forecast to win around 37 per cent of the vote in 2024" in text_of(national)
    votes = next(r for r in seat_reviews if r["claimReviewed"].startswith("Jeremy Corbyn won 24"))
    outlets = {a["publisher"]["name"] for a in votes["itemReviewed"]["appearance"]}
    assert outlets == {"The Independent", "GB News", "Mestios", "Islington Gazette"}
    assert "The Independent, GB News" in text_of(seat) or "GB News" in text_of(seat)


def test_citations_name_the_file_and_row_that_hold_each_figure(demo, client):
    seat = Publication.objects.get(contest__isnull=False)
    checks = {c["summary"]: c for c in seat.checks}
    votes = checks["Jeremy Corbyn won 24,120 votes in 2024"]
    # the candidate file's own row for Jeremy Corbyn, line 8 (header = line 1)
    assert votes["citation"] == "HoC-GE2024-results-by-candidate.csv, line 8"
    assert "line" not in votes["working"]  # the row is cited once, in the source line
    majority = checks["Jeremy Corbyn won by a majority of 7,247 in 2024"]
    assert majority["citation"] == "HoC-GE2024-results-by-constituency.csv, line 2"
    turnout_2019 = checks["Turnout in Islington North was 71.6 per cent in 2019"]
    assert turnout_2019["citation"].startswith("HoC-GE2019-results-by-constituency.csv, line")
    national = Publication.objects.get(contest__isnull=True)
    share = next(c for c in national.checks if c["claim_type"] == "vote_share")
    assert share["citation"] == "sum over 1 seat's rows of the candidate file"
    html = text_of(client.get(PAGE).content.decode())
    # once in the result's own source line, and once for each check it holds the figure of
    # (alone, or beside the 2019 row for a difference of two elections' majorities)
    assert html.count("HoC-GE2024-results-by-constituency.csv, line 2") == 1 + sum(
        "HoC-GE2024-results-by-constituency.csv, line 2" in c["citation"] for c in seat.checks
    )


def test_a_not_checkable_claim_goes_out_only_with_an_editors_explanation(
    coverage, publisher_editor, second_editor, client, django_capture_on_commit_callbacks
):
    year = coverage.claim("2020")
    decide(
        year,
        "not_checkable",
        author=publisher_editor,
        checker=second_editor,
        explanation=year.explanation,
    )  # fmt: skip  (the checker's words, accepted)
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    plan = publishing.publish_plan(coverage.contest)
    assert [c.summary for c in plan.added] == ["Jeremy Corbyn won 24,120 votes in 2024"]
    assert any(
        item.claim_id == year.pk and "no editor has explained it" in item.why
        for item in plan.left_out
    )
    publish_contest(contest=coverage.contest, publisher=publisher_editor)
    assert "No reference fact on file" not in client.get(PAGE).content.decode()
    why = "The suspension is on record; no official figure covers it."
    decide(year, "not_checkable", author=second_editor, checker=publisher_editor, explanation=why)
    with django_capture_on_commit_callbacks(execute=True):  # clears the cached page
        publish_contest(contest=coverage.contest, publisher=publisher_editor)
    html = client.get(PAGE).content.decode()
    assert why in html
    assert "A claim about Jeremy Corbyn in 2020" in html


UNCLEAR = (
    "Unclear which figure this is: the words do not say for sure whose figure it is, and no "
    "reading of it matches an official figure. Nearest readings: Turnout in Islington North: "
    "67.53; Labour share: 34.40."
)


def desk_verdict(client, editor, claim, verdict, explanation):
    """The desk's verdict form, posted as the editor sees it (token and all)."""
    client.force_login(editor)
    claim = fresh(claim)
    response = client.post(
        reverse("factcheck:claim_verdict", args=[claim.pk]),
        {"token": state_token(claim), "verdict": verdict, "explanation": explanation},
    )
    assert response.status_code in (200, 302), response.content.decode()[:500]


def test_an_inaccurate_verdict_chosen_over_the_checkers_never_publishes_its_desk_text(
    coverage, publisher_editor, second_editor, client, django_capture_on_commit_callbacks
):
    """The reviewer's flow: the checker cannot tell which figure it is; an editor presses
    Inaccurate without typing (the form still holds the checker's text), a second editor
    approves, the Publisher publishes. Then the editor appends a sentence of their own."""
    days = coverage.claim("19")
    Claim.objects.filter(pk=days.pk).update(explanation=UNCLEAR)
    desk_verdict(client, publisher_editor, days, "inaccurate", UNCLEAR)
    review = fresh(days).effective_review
    assert review.verdict == "inaccurate"
    assert review.explanation == ""  # the checker's text is not the editor's
    approve(claim=fresh(days), editor=second_editor, token=state_token(fresh(days)))
    decide(coverage.claim("24,120"), "accurate", author=publisher_editor, checker=second_editor)
    client.force_login(publisher_editor)
    publish_page = text_of(
        client.get(
            reverse("factcheck:contest_publish", args=[coverage.contest.pk])
        ).content.decode()
    )
    assert "Inaccurate with no official figure: only an editor" in publish_page
    publish_contest(contest=coverage.contest, publisher=publisher_editor)
    client.logout()
    html = client.get(PAGE).content.decode()
    for phrase in [*checker_phrases(), "Nearest readings", "Unclear which figure"]:
        assert phrase not in html, phrase
    assert f'id="claim-{days.pk}"' not in html

    mine = "He was readmitted to the party after 19 days, not 19 weeks."
    desk_verdict(client, publisher_editor, days, "inaccurate", UNCLEAR + mine)  # glued on
    assert fresh(days).effective_review.explanation == mine
    approve(claim=fresh(days), editor=second_editor, token=state_token(fresh(days)))
    with django_capture_on_commit_callbacks(execute=True):
        publish_contest(contest=coverage.contest, publisher=publisher_editor)
    html = client.get(PAGE).content.decode()
    card = html.split(f'<li id="claim-{days.pk}"')[1].split("</li>")[0]
    assert mine in text_of(card)
    assert "Inaccurate" in text_of(card)
    ratings = {r["url"].split("#")[1]: r["reviewRating"] for r in reviews_in(html)}
    assert ratings[f"claim-{days.pk}"]["ratingExplanation"] == mine
    for phrase in [*checker_phrases(), "Nearest readings", "Unclear which figure"]:
        assert phrase not in html, phrase


def test_the_checkers_text_with_an_editors_sentence_appended_publishes_only_the_sentence(
    coverage, publisher_editor, second_editor, client
):
    """An explanation that holds the checker's desk text is not the editor's: only what the
    editor added goes out, on the page and in ClaimReview."""
    year = coverage.claim("2020")
    mine = "The suspension is on the party's record; no official result covers it."
    decide(year, "not_checkable", author=publisher_editor, checker=second_editor,
           explanation=f"{year.explanation}\n\n{mine}")  # fmt: skip
    majority = coverage.claim("7,247")
    decide(majority, "accurate", author=publisher_editor, checker=second_editor,
           explanation=majority.explanation + " Official: 7,247. Exact match.")  # fmt: skip
    publish_contest(contest=coverage.contest, publisher=publisher_editor)
    checks = {c["id"]: c for c in Publication.objects.get().checks}
    assert checks[year.pk]["explanation"] == mine
    assert checks[majority.pk]["explanation"] == "The official majority is 7,247, as reported."
    html = client.get(PAGE).content.decode()
    for phrase in checker_phrases():
        assert phrase not in html, phrase
    explanations = [r["reviewRating"]["ratingExplanation"] for r in reviews_in(html)]
    assert mine in explanations


# -- publishing: what changes, a reason per check, withdrawals ------------------------------


def test_the_publish_page_shows_the_diff_and_asks_a_reason_per_changed_check(
    coverage, publisher_editor, second_editor, client
):
    votes, majority = coverage.claim("24,120"), coverage.claim("7,247")
    decide(votes, "accurate", author=publisher_editor, checker=second_editor)
    decide(majority, "accurate", author=publisher_editor, checker=second_editor)
    publish_contest(contest=coverage.contest, publisher=publisher_editor)
    decide(votes, "misleading", author=second_editor, checker=publisher_editor,
           explanation="These are his votes, not his majority.")  # fmt: skip
    decide(majority, "inaccurate", author=second_editor, checker=publisher_editor,
           explanation="The majority was 7,246 after the recount.")  # fmt: skip
    decide(coverage.claim("67.5 per cent"), "accurate", author=publisher_editor,
           checker=second_editor)  # fmt: skip
    client.force_login(publisher_editor)
    url = reverse("factcheck:contest_publish", args=[coverage.contest.pk])
    page = text_of(client.get(url).content.decode())
    assert "Added (1)" in page
    assert "Turnout in Islington North was 67.5 per cent in 2024" in page
    assert "Changed (2)" in page
    assert "Left out" in page
    # one reason given, one missing: refused, with what was typed kept
    refused = client.post(url, {f"reason-{votes.pk}": "Read as votes by mistake.", "note": "N"})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert 'value="Read as votes by mistake."' in body
    assert "Say why “Jeremy Corbyn won by a majority of 7,247 in 2024” changed" in body
    assert Publication.objects.latest_for(coverage.contest).version == 1
    done = client.post(url, {f"reason-{votes.pk}": "Read as votes by mistake.",
                             f"reason-{majority.pk}": "The recount changed it."})  # fmt: skip
    assert done.status_code == 302
    corrections = {c.check_id: c for c in Correction.objects.all()}
    assert corrections[votes.pk].reason == "Read as votes by mistake."
    assert corrections[majority.pk].reason == "The recount changed it."
    assert corrections[votes.pk].get_absolute_url() == f"{PAGE}#claim-{votes.pk}"
    client.logout()
    html = client.get(PAGE).content.decode()
    card = html.split(f'<li id="claim-{votes.pk}"')[1].split("</li>")[0]
    assert "Corrected on" in card
    assert f'href="#correction-{corrections[votes.pk].pk}"' in card
    assert f'id="correction-{corrections[votes.pk].pk}"' in html
    assert "Verdict on “Jeremy Corbyn won 24,120 votes in 2024” changed" in html


def test_withdrawing_a_published_check_needs_a_second_editor(
    coverage, publisher_editor, second_editor, client
):
    votes = coverage.claim("24,120")
    decide(votes, "accurate", author=publisher_editor, checker=second_editor)
    contest = coverage.contest
    publish_contest(contest=contest, publisher=publisher_editor)
    # rejecting the claim alone takes nothing off the page
    from factcheck.review import reject_claim

    for claim in Claim.objects.filter(group=votes.group):
        reject_claim(claim=fresh(claim), editor=publisher_editor, token=state_token(fresh(claim)))
    with pytest.raises(ValidationError, match="Nothing has changed"):
        publish_contest(contest=contest, publisher=publisher_editor)
    withdrawal = publishing.request_withdrawal(
        contest=contest, check_id=votes.pk, editor=publisher_editor, reason="Not a claim."
    )
    with pytest.raises(PermissionDenied, match="second editor"):
        publishing.approve_withdrawal(withdrawal=withdrawal, editor=publisher_editor)
    client.force_login(publisher_editor)
    url = reverse("factcheck:withdrawal_approve", args=[withdrawal.pk])
    assert client.post(url).status_code == 403
    assert not Withdrawal.objects.get().is_approved
    client.force_login(second_editor)
    assert client.post(url).status_code == 302
    publication = publish_contest(contest=contest, publisher=publisher_editor)
    assert publication.checks == []
    correction = Correction.objects.get()
    assert correction.kind == "withdrawn"
    assert correction.reason == "Not a claim."
    assert correction.get_absolute_url() == f"{PAGE}v1/#claim-{votes.pk}"
    client.logout()
    assert "withdrawn" in client.get(PAGE).content.decode()


def test_a_withdrawal_without_a_reason_is_refused_with_the_form_kept(
    coverage, publisher_editor, second_editor, client
):
    votes = coverage.claim("24,120")
    decide(votes, "accurate", author=publisher_editor, checker=second_editor)
    publish_contest(contest=coverage.contest, publisher=publisher_editor)
    client.force_login(publisher_editor)
    response = client.post(
        reverse("factcheck:withdrawal_request"),
        {"contest": coverage.contest.pk, "check": votes.pk, "reason": "  "},
    )
    assert response.status_code == 400
    assert "Say why the check is withdrawn" in response.content.decode()
    assert not Withdrawal.objects.exists()


# -- URLs and methods -------------------------------------------------------------------


def test_head_answers_wherever_get_does(demo, client):
    check = Publication.objects.get(contest__isnull=False).checks[0]["id"]
    for url in (PAGE, f"{PAGE}v1/", f"{PAGE}claims/{check}/", NATIONAL, f"{NATIONAL}v1/",
                "/results/", "/methodology/", "/results/ge2024/checks.csv",
                "/results/ge2024/islington-north.json"):  # fmt: skip
        assert client.get(url).status_code == 200, url
        head = client.head(url)
        assert head.status_code == 200, url
        assert head.content == b""


def test_canonical_and_claimreview_urls_never_take_the_request_host(demo, client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    first = client.get(PAGE, headers={"Host": "evil.example"}).content.decode()
    assert "evil.example" not in first  # and it filled the page cache
    html = client.get(PAGE).content.decode()
    assert f'<link rel="canonical" href="{settings.TALLY_SITE_URL}{PAGE}">' in html
    assert "evil.example" not in html
    national = client.get(NATIONAL, headers={"Host": "evil.example"}).content.decode()
    assert f'<link rel="canonical" href="{settings.TALLY_SITE_URL}{NATIONAL}">' in national
    assert "evil.example" not in national


def test_the_national_page_shows_the_uk_result_and_a_chart_without_inline_style(demo, client):
    html = client.get(NATIONAL).content.decode()
    assert "What the coverage said about the national result" in html
    assert 'class="bars seat-chart"' in html
    assert " style=" not in html
    assert "<script>" not in html
    seat = client.get(PAGE).content.decode()
    assert 'aria-label="On this page"' in seat
    assert " style=" not in seat
