"""An official figure revised after its check was published, as an editor sees it in Chromium.

Corbyn's 24,120 votes were checked, signed off and published; the official figure is then
revised to 24,121. The desk puts the article first, says what changed and shows the
sign-off withdrawn; the public page shows the check as under review, never a verdict
against the old figure beside the new result.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from playwright.sync_api import expect

from factcheck import roles
from factcheck.models import Article, Claim
from factcheck.processing import process_article
from factcheck.publishing import publish_contest
from factcheck.review import approve, set_verdict, state_token
from results.models import Candidacy, Contest
from results.signals import official_figures_changed
from tests.factories import UserFactory, islington_north_2024

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests"


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


@pytest.fixture
def revised(db):
    """The check published, then the official figure revised (24,120 → 24,121)."""
    seat = islington_north_2024()
    writer = UserFactory(username="ed1", groups=[roles.EDITOR, roles.PUBLISHER])
    checker = UserFactory(username="ed2", groups=[roles.EDITOR])
    newer = Article.objects.create(
        title="A newer piece", outlet="Post", body="Jeremy Corbyn held Islington North."
    )
    article = Article.objects.create(
        title="Corbyn holds on",
        outlet="Gazette",
        body="Jeremy Corbyn won 24,120 votes in Islington North.",
    )
    process_article(newer)
    process_article(article)
    claim = Claim.objects.get(article=article, text="24,120")
    set_verdict(claim=fresh(claim), editor=writer, verdict="accurate",
                explanation=fresh(claim).explanation, token=state_token(fresh(claim)))  # fmt: skip
    approve(claim=fresh(claim), editor=checker, token=state_token(fresh(claim)))
    publish_contest(contest=seat, publisher=writer)
    with transaction.atomic():
        Candidacy.objects.filter(contest=seat, surname="Corbyn").update(votes=24121)
        Contest.objects.get(pk=seat.pk).save()
    official_figures_changed.send(
        sender=Contest, election="ge2024", contests=[seat.pk], reason="revision"
    )
    assert Group.objects.filter(name="Editor").exists()
    return article, claim


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))


def test_an_editor_sees_the_revised_figure_at_the_top_of_the_desk(
    live_server, page, revised, screenshot
):
    article, claim = revised
    log_in(page, live_server, "ed2")
    first_row = page.locator("#article-table tbody tr").first
    expect(first_row).to_contain_text("Corbyn holds on")
    expect(first_row).to_contain_text("1 revised")

    first_row.get_by_role("link", name="Corbyn holds on").click()
    item = page.locator(f"#claim-item-{claim.pk}")
    expect(item).to_contain_text("Figure revised")
    expect(item).to_contain_text("needs sign-off")
    item.get_by_role("link").click()
    panel = page.locator("#claim-panel")
    expect(panel).to_contain_text("Official figure revised: 24,120 → 24,121")
    expect(panel).to_contain_text("awaiting a second editor’s sign-off")
    panel.locator("details.history summary").click()  # the history loads when opened
    expect(panel.locator(".history-entries")).to_contain_text(
        "Sign-off withdrawn: official figure revised: 24,120 → 24,121."
    )
    screenshot("revision-on-the-desk")

    # the editor asks for a re-check of the whole article: nothing more changes
    page.get_by_role("button", name="Re-check claims").click()
    expect(page.locator("body")).to_contain_text("Checking 1 claim again.")
    expect(page.locator(f"#claim-item-{claim.pk}")).to_contain_text("Figure revised")

    # readers see the new result and the check under review, no stale verdict
    page.goto(f"{live_server.url}/results/ge2024/islington-north/")
    check = page.locator(f"#claim-{claim.pk}")
    expect(check).to_contain_text("Under review since")
    expect(check).not_to_contain_text("Accurate")
    expect(page.locator("body")).to_contain_text("24,121")
    screenshot("revision-on-the-public-page")
