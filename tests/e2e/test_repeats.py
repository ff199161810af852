"""The Repeats list in a real Chromium: an editor confirms a new article's repeats in bulk."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from factcheck import processing, roles
from factcheck.models import Article, Claim
from factcheck.seeds import load_seeds
from factcheck.vocabulary import ReviewStatus, Verdict
from tests.factories import ReviewFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests"


@pytest.fixture
def repeated(seeds_dir):
    """The seeds with two decided claims (24,120 approved accurate; 16,873 inaccurate,
    written by ed1 and awaiting sign-off), then a new article repeating both."""
    load_seeds(seeds_dir=seeds_dir)
    ed1 = UserFactory(username="ed1", groups=[roles.EDITOR])
    UserFactory(username="ed2", groups=[roles.EDITOR])
    for value, verdict, approved in ((24120, Verdict.ACCURATE, True),
                                     (16873, Verdict.INACCURATE, False)):  # fmt: skip
        group = Claim.objects.filter(claim_type="candidate_votes", value=value).first().group
        review = ReviewFactory(group=group, verdict=verdict, approved=approved)
        if not approved:
            review.author = ed1
            review.save()
    article = Article.objects.create(
        title="Corbyn holds on",
        outlet="Later Gazette",
        published_on=datetime.date(2024, 7, 6),
        body="Jeremy Corbyn held Islington North as an independent with 24,120 votes.\n\n"
        "Labour's Praful Nargund secured 16,873 votes.",
    )
    processing.process_article(article)
    return article


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))


def test_an_editor_confirms_repeats_in_bulk(live_server, page, repeated, screenshot):
    log_in(page, live_server, "ed1")
    page.get_by_role("link", name="Repeats (2 to confirm)").click()
    rows = page.locator("#repeat-list tbody tr")
    expect(rows).to_have_count(2)
    # inaccurate repeats first, each with the decided verdict and who decided it
    expect(rows.nth(0)).to_contain_text("16,873")
    expect(rows.nth(0)).to_contain_text("Already checked: inaccurate, by ed1, awaiting sign-off")
    expect(rows.nth(1)).to_contain_text("24,120")
    expect(rows.nth(1)).to_contain_text("Already checked: accurate, approved by")
    expect(rows.nth(1)).to_contain_text("Corbyn holds on")
    screenshot("repeats-list")
    rows.nth(0).get_by_role("checkbox").check()
    rows.nth(1).get_by_role("checkbox").check()
    page.get_by_role("button", name="Confirm selected").click()
    expect(page.get_by_text("Confirmed 2 repeats.")).to_be_visible()
    expect(page.get_by_text("No repeats are waiting to be confirmed.")).to_be_visible()
    screenshot("repeats-confirmed")
    claims = {c.text: c for c in Claim.objects.for_review().filter(article=repeated)}
    assert claims["24,120"].status_label == ReviewStatus.APPROVED
    # confirming is not a sign-off: ed1's own verdict still needs a second editor
    assert claims["16,873"].status_label == ReviewStatus.AWAITING_SIGN_OFF
    page.goto(f"{live_server.url}/desk/articles/{repeated.pk}/?claim={claims['16,873'].pk}")
    expect(page.locator("#claim-panel")).to_contain_text("awaiting a second editor’s sign-off")
