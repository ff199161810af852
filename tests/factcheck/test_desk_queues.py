"""Queues by claim, who is on what, and the seat overview (issue 15), through the client."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import assignments, publishing, review
from factcheck.models import Assignment, Claim
from factcheck.review import state_token
from factcheck.vocabulary import Verdict
from results.models import Contest
from tests.factories import ContestFactory, UserFactory, article_with_claims, general_election

HX = {"HX-Request": "true"}


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def rows(html: str) -> list[str]:
    """The claim queue's rows, as text."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)]


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def accept(claim, editor):
    claim = fresh(claim)
    return review.accept_suggestion(claim=claim, editor=editor, token=state_token(claim))


def test_the_claim_queue_puts_likely_inaccurate_first_and_keeps_its_filters_in_the_url(
    client, coverage, editor
):
    client.force_login(editor)
    html = client.get(reverse("factcheck:claims")).content.decode()
    listed = rows(html)
    assert len(listed) == len(coverage.claims)
    inaccurate = [c for c in coverage.claims if c.suggested_verdict == Verdict.INACCURATE]
    assert inaccurate, "the coverage has a figure the checker finds inaccurate"
    assert all("Suggested: Inaccurate" in row for row in listed[: len(inaccurate)])
    assert "Suggested: Inaccurate" not in " ".join(listed[len(inaccurate) :])
    # filters select claims, and a filtered list is a link
    url = reverse("factcheck:claims") + "?type=turnout&election=ge2024"
    html = client.get(url).content.decode()
    turnout = [
        c
        for c in coverage.claims
        if c.claim_type == "turnout" and c.election_id and c.election.slug == "ge2024"
    ]
    assert len(rows(html)) == len(turnout)
    assert '<option value="turnout" selected>' in html
    assert all("Turnout" in row for row in rows(html))
    partial = client.get(url, headers=HX).content.decode()
    assert partial.lstrip().startswith('<div id="claim-table">')
    # a value outside the vocabulary is as if it were not given
    assert len(
        rows(client.get(reverse("factcheck:claims") + "?type=nonsense").content.decode())
    ) == (len(coverage.claims))


def test_mine_to_review_is_what_i_am_on_by_article_or_by_seat(client, coverage, editor):
    second, first = coverage.articles[1], coverage.articles[0]
    other_seat = ContestFactory(election=coverage.contest.election)
    elsewhere, _ = article_with_claims(
        [("Someone won [12,345] votes.", {})], title="Elsewhere", contest=other_seat
    )
    client.force_login(editor)
    url = reverse("factcheck:claims") + "?view=mine"
    assert rows(client.get(url).content.decode()) == []
    response = client.post(
        reverse("factcheck:article_assign", args=[first.pk]), {"assignee": "me"}, follow=True
    )
    assert f"{first} is now assigned to ed1." in text_of(response.content.decode())
    mine = rows(client.get(url).content.decode())
    assert len(mine) == first.claims.count()
    assert all(first.title[:40] in row for row in mine)
    # a seat brings every article about it that has no editor of its own
    client.post(reverse("factcheck:seat_assign", args=[other_seat.pk]), {"assignee": "me"})
    mine = rows(client.get(url).content.decode())
    assert len(mine) == first.claims.count() + elsewhere.claims.count()
    assert not any(second.title[:40] in row for row in mine)
    # the article queue says who is on what, and filters by "assigned to me"
    queue = client.get(reverse("factcheck:desk_index") + "?assigned=me").content.decode()
    assert queue.count("<progress") == 2
    assert '<td data-label="On it">ed1</td>' in queue
    # claims reviewed leave "mine to review"
    accept(first.claims.order_by("start").first(), editor)
    assert len(rows(client.get(url).content.decode())) == len(mine) - 1


def test_awaiting_my_sign_off_lists_verdicts_by_others_only(
    client, coverage, editor, second_editor
):
    mine = accept(coverage.claim("24,120"), editor)
    theirs_claim = next(c for c in coverage.claims if c.text != "24,120" and c.suggested_verdict)
    accept(theirs_claim, second_editor)
    client.force_login(editor)
    listed = rows(client.get(reverse("factcheck:claims") + "?view=sign-off").content.decode())
    assert listed
    waiting = "awaiting sign-off (written by ed2; another editor signs off)"
    assert all(waiting in row for row in listed)
    assert not any("24,120" in row for row in listed)
    client.force_login(second_editor)
    listed = rows(client.get(reverse("factcheck:claims") + "?view=sign-off").content.decode())
    assert len(listed) == mine.group.claims.count()
    assert all("“24,120”" in row for row in listed)


def test_only_editors_are_assigned(client, coverage, editor, clerk, publisher):
    article = coverage.articles[0]
    with pytest.raises(ValidationError, match="clerk does not review claims"):
        assignments.assign(target=article, assignee=clerk, by=editor)
    client.force_login(editor)
    response = client.post(
        reverse("factcheck:article_assign", args=[article.pk]),
        {"assignee": str(publisher.pk)},
        follow=True,
    )
    assert "Not assigned: pub does not review claims: choose an editor." in text_of(
        response.content.decode()
    )
    assert not Assignment.objects.exists()
    client.force_login(publisher)
    assert (
        client.post(reverse("factcheck:article_assign", args=[article.pk]), {"assignee": "me"})
    ).status_code == 403
    # taking whoever is on it off
    assignments.assign(target=article, assignee=editor, by=editor)
    client.force_login(editor)
    client.post(reverse("factcheck:article_assign", args=[article.pk]), {"assignee": ""})
    assert not Assignment.objects.exists()


def test_the_seat_overview_says_where_the_night_stands(
    client, coverage, editor, second_editor, publisher
):
    claim = coverage.claim("24,120")
    accept(claim, editor)
    client.force_login(second_editor)
    client.post(
        reverse("factcheck:claim_approve", args=[claim.pk]),
        {"token": state_token(fresh(claim))},
    )
    publishing.publish_contest(contest=coverage.contest, publisher=publisher)
    waiting = ContestFactory(election=coverage.contest.election)
    article_with_claims([("Someone won [12,345] votes.", {})], title="Too early", contest=waiting)
    client.force_login(editor)
    html = client.get(reverse("factcheck:seats")).content.decode()
    seat_rows = {
        pk: text_of(row)
        for pk, row in re.findall(r'<tr id="seat-(\d+)">(.*?)</tr>', html, re.DOTALL)
    }
    islington = seat_rows[str(coverage.contest.pk)]
    to_review = sum(a.claims.filter(review__isnull=True, group__review__isnull=True).count()
                    for a in coverage.articles)  # fmt: skip
    assert islington.startswith("Islington North")
    assert "Declared" in islington
    assert f" {len(coverage.articles)} {to_review} 0 version 1 " in islington
    other = seat_rows[str(waiting.pk)]
    assert "Awaiting declaration" in other or "Declared" in other
    assert " 1 1 0 Not yet " in other
    # the seat with most left to review comes first
    assert list(seat_rows)[0] == str(coverage.contest.pk)


def claims_in(n: int, start: int, election):
    for i in range(start, start + n):
        article_with_claims(
            [(f"Candidate {i} won [{1000 + i:,}] votes.", {"election": election})],
            title=f"Report {i:03d}",
            contest=ContestFactory(election=election),
        )


def count_queries(client, url, **kwargs) -> tuple[int, str]:
    client.get(url, **kwargs)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **kwargs)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize(
    ("name", "query", "headers"),
    [
        ("factcheck:claims", "", {}),
        ("factcheck:claims", "?view=mine&type=candidate_votes&election=ge2024", HX),
        ("factcheck:claims", "?view=sign-off&q=Report&status=awaiting_sign_off", {}),
        ("factcheck:seats", "", {}),
    ],
)
def test_the_new_lists_cost_the_same_queries_at_3_and_30_rows(
    client, db, editor, name, query, headers
):
    election = general_election(2024)
    author = UserFactory(username="ed9", groups=["Editor"])
    client.force_login(editor)

    def grow(n, start):
        claims_in(n, start, election)
        for claim in Claim.objects.filter(review__isnull=True, group__review__isnull=True):
            if "sign-off" in query:
                accept(claim, author)
        if "mine" in query or name == "factcheck:seats":
            for contest in Contest.objects.all():
                Assignment.objects.get_or_create(contest=contest, defaults={"assignee": editor})

    grow(3, 0)
    small, _ = count_queries(client, reverse(name) + query, headers=headers)
    grow(27, 3)
    large, html = count_queries(client, reverse(name) + query, headers=headers)
    assert large == small
    if name == "factcheck:claims":
        assert len(rows(html)) == 30
    else:
        assert html.count('<tr id="seat-') == 30


def test_the_seat_overview_links_each_election_s_national_page_and_its_publishing(
    client, coverage, editor, publisher
):
    election = coverage.contest.election
    publish = reverse("factcheck:national_publish", args=[election.slug])
    client.force_login(publisher)
    html = client.get(reverse("factcheck:seats")).content.decode()
    assert f'href="{reverse("verification:election", args=[election.slug])}"' in html
    assert f'href="{publish}"' in html
    assert client.get(publish).status_code == 200
    client.force_login(editor)  # not a Publisher: the page, not the publishing
    html = client.get(reverse("factcheck:seats")).content.decode()
    assert f'href="{publish}"' not in html
