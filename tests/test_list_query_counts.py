"""Every page that lists rows costs the same number of queries with 3 rows or 30 (issue 14).

Each test builds the smaller set with the project's factories, counts the queries of
the page, grows the set tenfold and counts again: the counts must be equal, and the
page must still show what it lists.
"""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import publishing, roles
from factcheck.claims import REPEAT_OF
from factcheck.models import Review
from factcheck.vocabulary import ClaimType, Unit, Verdict
from tests.factories import (
    ClaimFactory,
    ClaimGroupFactory,
    ContestFactory,
    ReviewFactory,
    UserFactory,
    article_with_claims,
    contest_with_votes,
    general_election,
)

HX = {"HX-Request": "true"}


def queries(client, url, **kwargs) -> tuple[int, str]:
    """The number of queries of one GET (after a first, which fills per-process caches)."""
    client.get(url, **kwargs)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), response.content.decode()


@pytest.fixture
def editor(db):
    return UserFactory(username="ed1", groups=[roles.EDITOR])


def desk_articles(start: int, stop: int, *, election) -> None:
    """Articles ``start`` to ``stop - 1``, each about a seat of its own, with two claims:
    one said in every article (a shared group, decided and signed off) and one of its own;
    every third article's own claim is held as a repeat of a decided group."""
    decided = ClaimGroupFactory(
        key="repeated|figure", claim_type=ClaimType.MAJORITY, subject="Labour",
        election=election, value=Decimal(7247), unit=Unit.MAJORITY,
    )  # fmt: skip
    if not hasattr(decided, "review"):
        ReviewFactory(group=decided, verdict=Verdict.INACCURATE)
    for n in range(start, stop):
        held = n % 3 == 0
        own = {
            "value": Decimal(n + 100), "election": election,
            "group": None if held else ClaimGroupFactory(key=f"own|{n}", election=election),
            "details": {REPEAT_OF: decided.pk} if held else {},
        }  # fmt: skip
        _, (shared, _own) = article_with_claims(
            [("Jeremy Corbyn won [24,120] votes.", {"election": election}),
             (f"Another [{n + 100}] said so.", own)],
            title=f"Report {n:03d}", contest=ContestFactory(election=election),
        )  # fmt: skip
    # the shared group decided and signed off
    group = shared.group
    if not Review.objects.filter(group=group).exists():
        ReviewFactory(group=group, approved=True)


@pytest.mark.parametrize(
    ("url", "headers"),
    [
        ("factcheck:desk_index", {}),
        ("factcheck:desk_index", HX),
        ("factcheck:repeats", {}),
    ],
)
def test_the_desk_lists_cost_the_same_queries_at_3_and_30_articles(client, editor, url, headers):
    election = general_election(2024)
    client.force_login(editor)
    desk_articles(0, 3, election=election)
    small, html = queries(client, reverse(url), headers=headers)
    desk_articles(3, 30, election=election)
    large, html = queries(client, reverse(url), headers=headers)
    assert large == small
    if url == "factcheck:desk_index":
        assert html.count("<progress") == 30  # one page holds them all
        if not headers:
            assert "Claims made in several articles" in html
            assert "and 27 more articles" in html  # three named, the rest counted
            assert html.count('href="/results/ge2024/') == 30  # the seats covered
    else:
        assert html.count('<tr id="repeat-') == 10


def test_the_desk_filters_cost_the_same_queries_at_3_and_30_articles(client, editor):
    election = general_election(2024)
    client.force_login(editor)
    desk_articles(0, 3, election=election)
    filters = {"q": "Report", "status": "to_review", "type": "candidate_votes",
               "verdict": "accurate", "outlet": "The Daily Ledger"}  # fmt: skip
    url = reverse("factcheck:desk_index") + "?" + "&".join(f"{k}={v}" for k, v in filters.items())
    small, _ = queries(client, url)
    desk_articles(3, 30, election=election)
    large, html = queries(client, url)
    assert large == small
    assert html.count("<progress") == 30


def results_seats(start: int, stop: int, *, election) -> None:
    for n in range(start, stop):
        contest_with_votes([20000 + n, 15000, 3000], election=election)


@pytest.mark.parametrize("page", ["results:index", "results:election"])
def test_the_results_lists_cost_the_same_queries_at_3_and_30_seats(client, db, page):
    election = general_election(2024)
    url = reverse(page, args=[election.slug] if page == "results:election" else [])
    results_seats(0, 3, election=election)
    small, _ = queries(client, url)
    results_seats(3, 30, election=election)
    large, html = queries(client, url)
    assert large == small
    assert html.count("Seat ") >= 30


def publish_checks(contest, start: int, stop: int, *, publisher) -> None:
    """Claims ``start`` to ``stop - 1`` about ``contest``, each approved, then published."""
    for n in range(start, stop):
        claim = ClaimFactory(
            text=f"{20000 + n:,}", value=Decimal(20000 + n), article__contest=contest,
            article__title=f"Report {n}", election=contest.election,
        )  # fmt: skip
        ReviewFactory(group=claim.group, approved=True)
    publishing.publish_contest(contest=contest, publisher=publisher)


@pytest.mark.parametrize("page", ["contest", "csv", "json"])
def test_the_published_checks_cost_the_same_queries_at_3_and_30_checks(client, db, page):
    publisher = UserFactory(username="pub", groups=[roles.PUBLISHER])
    contest = contest_with_votes([24120, 16873], election=general_election(2024))
    election, seat = contest.election.slug, contest.constituency.slug
    url = {
        "contest": reverse("verification:contest", args=[election, seat]),
        "csv": reverse("verification:checks_csv", args=[election]),
        "json": reverse("verification:contest_json", args=[election, seat]),
    }[page]
    publish_checks(contest, 0, 3, publisher=publisher)
    client.force_login(publisher)  # logged in: the page is rendered, not cached
    small, _ = queries(client, url)
    publish_checks(contest, 3, 30, publisher=publisher)
    large, body = queries(client, url)
    assert large == small
    assert body.count("20,0") + body.count("2000") >= 30
