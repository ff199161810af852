"""Two editors in Chromium: a stale save is a conflict, and "Save mine over theirs" saves
everything the second editor sent: "this article only" and the official figure too."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from factcheck import roles
from factcheck.models import Article, Claim, Review
from factcheck.seeds import load_seeds
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests"


@pytest.fixture
def desk(seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    UserFactory(username="ed2", groups=[roles.EDITOR])
    return Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")


def open_claim(browser, live_server, username, article, claim):
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/?claim={claim.pk}#claim-panel")
    expect(page.locator("#claim-panel h2")).to_have_text(f"“{claim.text}”")
    return page


def test_save_mine_over_theirs_keeps_this_article_only_and_the_official_figure(
    live_server, browser, desk, screenshot
):
    claim = Claim.objects.filter(article=desk, text="24,120").order_by("start").first()
    assert claim.group.claims.count() > 1
    first = open_claim(browser, live_server, "ed1", desk, claim)
    second = open_claim(browser, live_server, "ed2", desk, claim)
    first.locator("#claim-panel textarea[name=explanation]").fill("The group's verdict.")
    first.locator("#claim-panel").get_by_role("button", name="Save verdict").click()
    expect(first.locator("#claim-panel")).to_contain_text("by ed1 for all")

    panel = second.locator("#claim-panel")
    panel.locator("input[name=verdict][value=misleading]").check()
    panel.locator("textarea[name=explanation]").fill("Here it is the margin, not the vote.")
    panel.get_by_text("Reassign the official figure").click()
    panel.locator("input[name=official_value]").fill("7247")
    panel.locator("input[name=official_source]").fill("The declared majority")
    panel.locator("input[name=this_article_only]").check()
    panel.get_by_role("button", name="Save verdict").click()
    conflict = second.locator(".conflict")
    expect(conflict).to_contain_text("Someone else changed this claim")
    expect(conflict).to_contain_text("The group's verdict.")
    screenshot("desk-conflict-this-article-only")
    conflict.get_by_role("button", name="Save mine over theirs").click()
    expect(second.locator(".conflict")).to_have_count(0)
    expect(panel).to_contain_text("Misleading by ed2 for this article only")

    own = Review.objects.get(claim=claim)
    assert own.explanation == "Here it is the margin, not the vote."
    assert own.official_value == Decimal(7247)
    assert own.official_source == "The declared majority"
    assert Review.objects.get(group=claim.group).explanation == "The group's verdict."
