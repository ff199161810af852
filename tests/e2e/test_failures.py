"""A failed save in a real Chromium: the editor is told, and keeps what they typed."""

import re

import pytest
from django.db import OperationalError
from playwright.sync_api import expect

from factcheck import review, roles
from factcheck.models import Article, Review
from factcheck.seeds import load_seeds
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article(seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    return Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")


def test_a_save_the_server_fails_says_not_saved_and_keeps_the_form(
    live_server, page, article, monkeypatch, screenshot
):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("ed1")
    page.get_by_label("Password").fill("pw-for-tests")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    page.keyboard.press("j")
    panel = page.locator("#claim-panel")
    expect(panel.locator("h2")).to_have_text("“7,247”")

    def locked(**kwargs):  # the live server runs in this process: its saves now fail
        raise OperationalError("database is locked")

    monkeypatch.setattr(review, "set_verdict", locked)
    explanation = panel.locator("textarea[name=explanation]")
    explanation.fill("My careful words.")
    explanation.press("Control+Enter")
    failed = panel.locator("[data-request-failed]")
    expect(failed).to_contain_text("Not saved — try again.")
    expect(failed).to_contain_text("(500)")
    expect(explanation).to_have_value("My careful words.")
    screenshot("desk-save-failed")
    assert not Review.objects.exists()

    # No answer at all (the server is down): said too.
    page.route("**/verdict/", lambda route: route.abort())
    explanation.press("Control+Enter")
    expect(failed).to_contain_text("The server could not be reached.")
    page.unroute("**/verdict/")

    monkeypatch.undo()
    explanation.press("Control+Enter")
    expect(panel.locator("[data-request-failed]")).to_have_count(0)
    expect(panel).to_contain_text("by ed1")
    assert Review.objects.get().explanation == "My careful words."
