"""Live desk pages and presence (issue 15): the queue, the claim list and an open article
answer a poll with 204 and few queries when nothing changed, with what changed when a
colleague changed something; an article shows who else has it open."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from factcheck import presence, review
from factcheck.models import ArticlePresence, Claim
from factcheck.review import state_token
from factcheck.vocabulary import Verdict
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def stamp_of(html: str) -> str:
    found = re.findall(r'"X-Tally-Since": "([^"]+)"', html)
    assert len(found) == 1, found
    return found[0]


def poll(client, url: str, since: str, **headers):
    return client.get(url, headers=HX | {"X-Tally-Since": since} | headers)


def accept(claim, editor):
    claim = Claim.objects.for_review().get(pk=claim.pk)
    return review.accept_suggestion(claim=claim, editor=editor, token=state_token(claim))


@pytest.mark.parametrize(
    ("url", "queries"),
    [(reverse("factcheck:desk_index"), 7), (reverse("factcheck:claims") + "?type=turnout", 6)],
)
def test_the_queue_and_the_claim_list_answer_an_unchanged_poll_with_204(
    client, coverage, editor, second_editor, django_assert_max_num_queries, url, queries
):
    client.force_login(editor)
    since = stamp_of(client.get(url).content.decode())
    # the session, the user and their permissions (4), then the rows the page shows and
    # their count (and who is on them): no rendering, none of the page's other blocks
    with django_assert_max_num_queries(queries):
        response = poll(client, url, since)
    assert response.status_code == 204
    assert response.content == b""
    assert response.headers["Cache-Control"] == "no-store"
    # a colleague decides a claim: the next poll brings the table back, with a new stamp
    turnout = next(c for c in coverage.claims if c.claim_type == "turnout")
    accept(turnout, second_editor)
    response = poll(client, url, since)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(('<div id="article-table">', '<div id="claim-table">'))
    assert "<form" not in html.split("</table>")[0]  # the filters are not in it
    assert stamp_of(html) != since
    assert poll(client, url, stamp_of(html)).status_code == 204


def test_the_queue_poll_sees_an_assignment_and_a_new_article(client, coverage, editor):
    client.force_login(editor)
    url = reverse("factcheck:desk_index")
    since = stamp_of(client.get(url).content.decode())
    client.post(reverse("factcheck:article_assign", args=[coverage.articles[0].pk]),
                {"assignee": "me"})  # fmt: skip
    html = poll(client, url, since).content.decode()
    assert ">ed1</td>" in html
    since = stamp_of(html)
    coverage.articles[0].__class__.objects.create(title="Breaking: a recount", body="No figures.")
    html = poll(client, url, since).content.decode()
    assert "Breaking: a recount" in html


def test_an_open_article_polls_presence_then_changes(
    client, coverage, editor, second_editor, django_assert_max_num_queries
):
    article = coverage.articles[0]
    claim = article.claims.order_by("start").first()
    page_url = reverse("factcheck:article_detail", args=[article.pk])
    live_url = reverse("factcheck:article_live", args=[article.pk])
    client.force_login(editor)
    page = client.get(page_url + f"?claim={claim.pk}").content.decode()
    assert "Looking for colleagues with this article open" in page
    assert 'hx-trigger="load, every 5s"' in page  # the first poll at once
    since = stamp_of(page)
    token = re.search(r'data-token="([^"]+)"', page).group(1)
    open_claim = {"X-Tally-Claim": str(claim.pk), "X-Tally-Claim-Token": token}

    # the first poll: who else has it open (nobody), and the stamp to send from now on
    html = poll(client, live_url, since, **open_claim).content.decode()
    assert "Nobody else has this article open." in html
    assert 'id="claim-list"' not in html
    assert 'hx-trigger="every 5s"' in html
    assert "load" not in html
    since = stamp_of(html)
    # the session, the user and their permissions (4), the article, its claims' state,
    # the heartbeat and who else is there
    with django_assert_max_num_queries(8):
        response = poll(client, live_url, since, **open_claim)
    assert response.status_code == 204
    assert response.content == b""

    # a colleague opens it: presence only, nothing else swapped
    client.force_login(second_editor)
    theirs = client.get(page_url).content.decode()
    poll(client, live_url, stamp_of(theirs))
    client.force_login(editor)
    html = poll(client, live_url, since, **open_claim).content.decode()
    assert "Also open by ed2" in html
    assert 'id="claim-list"' not in html
    assert 'id="claim-panel"' not in html
    since = stamp_of(html)

    # they accept another claim: the list and the marks come back, not the open panel
    other = article.claims.order_by("start")[1]
    accept(other, second_editor)
    html = poll(client, live_url, since, **open_claim).content.decode()
    assert 'id="claim-list" class="claim-list" hx-swap-oob="true"' in html
    assert 'id="article-text" class="article-text" data-article-text hx-swap-oob="true"' in html
    assert 'id="claim-panel"' not in html
    assert "Accurate · needs sign-off" in html
    since = stamp_of(html)

    # they accept the claim open in the panel: the panel comes back too
    accept(claim, second_editor)
    html = poll(client, live_url, since, **open_claim).content.decode()
    assert re.search(r'<section id="claim-panel"[^>]*hx-swap-oob="true"', html)
    assert "by ed2" in html
    assert 'class="claim-item status-awaiting_sign_off is-selected"' in html


def test_presence_expires_and_counts_each_editor_once(coverage, editor, second_editor):
    article = coverage.articles[0]
    presence.beat(article.pk, editor)
    presence.beat(article.pk, editor)  # a second tab
    presence.beat(article.pk, second_editor)
    assert ArticlePresence.objects.filter(article=article).count() == 2
    assert presence.others(article.pk, editor) == ["ed2"]
    assert presence.others(article.pk, second_editor) == ["ed1"]
    # ed2 closed the page 31 s ago: gone
    ArticlePresence.objects.filter(user=second_editor).update(
        seen_at=timezone.now() - presence.EXPIRES_AFTER - datetime.timedelta(seconds=1)
    )
    assert presence.others(article.pk, editor) == []
    presence.leave(article.pk, editor)
    assert presence.others(article.pk, second_editor) == []


def test_an_editors_stale_presence_rows_are_forgotten(coverage, editor):
    old = timezone.now() - presence.FORGET_AFTER - datetime.timedelta(minutes=1)
    for article in coverage.articles[1:]:
        ArticlePresence.objects.create(article=article, user=editor, seen_at=old)
    presence.beat(coverage.articles[0].pk, editor)
    assert list(ArticlePresence.objects.values_list("article_id", flat=True)) == [
        coverage.articles[0].pk
    ]


def test_the_live_article_is_for_the_desk(client, coverage, editor):
    live_url = reverse("factcheck:article_live", args=[coverage.articles[0].pk])
    client.force_login(UserFactory(username="reader"))
    assert client.get(live_url, headers=HX).status_code == 403
    assert not ArticlePresence.objects.exists()
    client.force_login(editor)
    missing = reverse("factcheck:article_live", args=[99999])
    assert client.get(missing, headers=HX).status_code == 404
    assert client.post(live_url, headers=HX).status_code == 405


def test_a_verdict_written_by_a_worker_shows_in_the_next_poll(client, coverage, editor):
    """The stamp is read from the database: a change made outside the desk's views (an
    update() that bypasses save, as the re-check and the admin do) shows too."""
    article = coverage.articles[1]
    live_url = reverse("factcheck:article_live", args=[article.pk])
    client.force_login(editor)
    since = stamp_of(poll(client, live_url, "").content.decode())
    assert poll(client, live_url, since).status_code == 204
    Claim.objects.filter(article=article).update(version=99)
    assert poll(client, live_url, since).status_code == 200
    assert Verdict.ACCURATE  # the vocabulary the page compares with is unchanged
