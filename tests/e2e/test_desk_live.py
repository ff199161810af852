"""Live desk pages, in a real Chromium (issue 15): two editors, each in a browser context
of their own, see each other's changes without reloading (the queue, the claim list and
the article they both have open) and who else has the article open; what an editor is
typing is not replaced by a colleague's change. No console or CSP error; axe-core finds
no serious violation on the live article page."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from factcheck import claim_queue, roles
from factcheck.models import Article, Review
from factcheck.seeds import load_seeds
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_desk_batch import watch
from tests.e2e.test_desk_pace import axe_violations, log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(seeds_dir, settings):
    settings.DESK_POLL_SECONDS = 1  # the live server runs in this process: polls each second
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    UserFactory(username="ed2", groups=[roles.EDITOR])
    return Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")


def second_editor(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    problems = watch(page)
    log_in(page, live_server, "ed2")
    page.wait_for_url(re.compile(r".*/desk/$"))
    return context, page, problems


def awaiting_mine() -> int:
    """How many claims await ed1's sign-off (verdicts by others)."""
    ed1 = get_user_model().objects.get(username="ed1")
    return claim_queue.claims(claim_queue.clean({"view": "sign-off"}), ed1).count()


def never_reloaded(page):
    """Mark the document: the mark survives only if the page is never reloaded."""
    page.evaluate("() => { window.__notReloaded = true; }")
    return lambda: page.evaluate("() => window.__notReloaded === true")


def test_two_editors_see_each_others_changes_and_presence_without_reloading(
    live_server, page, browser, desk, screenshot
):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    article_url = f"{live_server.url}/desk/articles/{desk.pk}/"
    claims = list(desk.claims.order_by("start"))
    first, second = claims[0], claims[1]

    # ed1 opens the article on the second claim and starts typing a note on it
    page.goto(f"{article_url}?claim={second.pk}")
    same_page = never_reloaded(page)
    expect(page.locator("#presence")).to_have_text("Nobody else has this article open.")
    note = page.locator("#claim-panel textarea[name=note]")
    note.click()
    page.keyboard.type("Checking with the count desk")

    # ed2 opens the same article: each sees the other
    context, other, other_problems = second_editor(browser, live_server)
    other.goto(f"{article_url}?claim={first.pk}")
    expect(other.locator("#presence")).to_have_text("Also open by ed1")
    expect(page.locator("#presence")).to_have_text("Also open by ed2")

    # ed2 accepts the first claim's suggestion: ed1's list and marks follow, unreloaded
    item = page.locator(f"#claim-item-{first.pk}")
    expect(item).to_contain_text("Suggested:")
    other.keyboard.press("a")
    expect(other.locator("#claim-panel")).to_contain_text("awaiting a second editor’s sign-off")
    expect(item).to_contain_text("needs sign-off")
    expect(page.locator(f"#mark-{first.pk}")).to_have_class(re.compile("status-awaiting_sign_off"))
    # ...and what ed1 is typing stays, with the cursor in it
    expect(note).to_have_value("Checking with the count desk")
    expect(note).to_be_focused()
    assert same_page()

    # ed2 now changes the very claim ed1 is editing: ed1's form is not replaced, the
    # status line says so, and saving shows both versions (nothing overwritten)
    other.goto(f"{article_url}?claim={second.pk}")
    other.keyboard.press("a")
    expect(other.locator("#claim-panel")).to_contain_text("awaiting a second editor’s sign-off")
    expect(page.locator("#desk-status")).to_contain_text(
        "A colleague changed this claim while you were editing it"
    )
    expect(note).to_have_value("Checking with the count desk")
    screenshot("live-article-colleague-changed")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#claim-panel .conflict")).to_contain_text(
        "Someone else changed this claim while you were editing it"
    )
    assert same_page()
    assert axe_violations(page) == []

    # ed1 leaves the article: ed2 soon sees nobody else there
    page.goto(f"{live_server.url}/desk/")
    expect(other.locator("#presence")).to_have_text(
        "Nobody else has this article open.", timeout=40_000
    )
    context.close()
    assert problems == []
    assert other_problems == []


def test_the_queue_and_the_claim_list_follow_a_colleague(live_server, page, browser, desk):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    row = page.locator("#article-table tr", has_text=desk.title)
    awaiting = row.locator("td").nth(4)
    expect(awaiting).to_have_text("0")
    queue_unreloaded = never_reloaded(page)

    context, other, other_problems = second_editor(browser, live_server)
    claim = desk.claims.order_by("start").first()
    other.goto(f"{live_server.url}/desk/articles/{desk.pk}/?claim={claim.pk}")
    other.keyboard.press("a")
    expect(other.locator("#claim-panel")).to_contain_text("awaiting a second editor’s sign-off")
    expect(awaiting).to_have_text("1")
    assert queue_unreloaded()
    page.screenshot(path=str(ARTIFACTS / "live-queue.png"), full_page=True)

    # the claim list "awaiting my sign-off" gains the claim as ed2's verdict lands
    page.goto(f"{live_server.url}/desk/claims/?view=sign-off")
    expect(page.locator("#claim-table")).to_contain_text(f"of {awaiting_mine()} claim")
    list_unreloaded = never_reloaded(page)
    shown = awaiting_mine()
    second = desk.claims.order_by("start")[1]
    other.goto(f"{live_server.url}/desk/articles/{desk.pk}/?claim={second.pk}")
    other.keyboard.press("a")
    expect(other.locator("#claim-panel")).to_contain_text("awaiting a second editor’s sign-off")
    assert awaiting_mine() > shown
    expect(page.locator("#claim-table")).to_contain_text(f"of {awaiting_mine()} claims")
    assert list_unreloaded()
    assert Review.objects.count() == 2
    context.close()
    assert problems == []
    assert other_problems == []
