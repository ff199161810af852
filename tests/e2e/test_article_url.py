"""Pasting an article's URL on the desk in a real Chromium (issue 17): the article arrives
with its claims checked; a page that is not an article says why, with "Try again"."""

import re

import pytest
from playwright.sync_api import expect

from factcheck import roles
from factcheck.seeds import load_seeds
from tests import sources_site
from tests.factories import UserFactory
from tests.sources_site import Response, Site

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(settings, seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    settings.FETCH_ALLOW_PRIVATE = True
    story = sources_site.stories()[1]
    server = Site({
        "/news/corbyn": Response(body=sources_site.national_paper_page(story)),
        "/election-2024": Response(body=sources_site.index_page()),
    }).start()  # fmt: skip
    yield server
    server.stop()


def _log_in(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("ed1")
    page.get_by_label("Password").fill("pw-for-tests")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))


def test_a_pasted_url_arrives_as_a_checked_article(live_server, page, site, screenshot):
    _log_in(page, live_server)
    page.goto(f"{live_server.url}/desk/articles/new/")
    page.get_by_label("Article URLs").fill(f"{site.url}/news/corbyn")
    page.get_by_role("button", name="Fetch and check").click()
    expect(page.locator("h1")).to_have_text("Jeremy Corbyn beats Labour in Islington North")
    expect(page.get_by_text("7,247").first).to_be_visible()
    screenshot("desk-article-by-url")


def test_a_page_that_is_not_an_article_says_so(live_server, page, site, screenshot):
    _log_in(page, live_server)
    page.goto(f"{live_server.url}/desk/articles/new/")
    page.get_by_label("Article URLs").fill(f"{site.url}/election-2024")
    page.get_by_role("button", name="Fetch and check").click()
    status = page.locator("#fetch-status")
    expect(status).to_contain_text("Not an article")
    expect(status.get_by_role("button", name="Try again")).to_be_visible()
    screenshot("desk-url-not-an-article")
    # the outlet puts the article up at that address: trying again brings it in
    site.routes["/election-2024"] = Response(
        body=sources_site.broadcaster_page(sources_site.stories()[0])
    )
    status.get_by_role("button", name="Try again").click()
    expect(page.locator("h1")).to_have_text("Corbyn holds Islington North as independent")
