"""The desk in a real Chromium: keyboard review, sign-off, conflicts, selection, safety."""

import re

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


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r".*/desk/$"))


def open_article(page, live_server, article):
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    expect(page.locator("#claim-list")).to_be_visible()


def test_an_editor_reviews_a_seed_article_from_the_keyboard(live_server, page, desk, screenshot):
    log_in(page, live_server, "ed1")
    open_article(page, live_server, desk)
    page.keyboard.press("j")
    panel = page.locator("#claim-panel")
    expect(panel.locator("h2")).to_have_text("“7,247”")
    page.keyboard.press("a")  # accept the suggestion
    expect(panel).to_contain_text("Accurate")
    expect(panel).to_contain_text("awaiting a second editor’s sign-off")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_have_text("“24,120”")
    page.keyboard.press("3")  # inaccurate
    expect(panel).to_contain_text("Inaccurate by ed1")
    page.keyboard.press("e")
    page.keyboard.press("Control+a")
    page.keyboard.type("Checked against the declaration.")
    page.keyboard.press("Control+Enter")
    expect(panel.locator("textarea[name=explanation]")).to_have_value(
        "Checked against the declaration."
    )
    page.keyboard.press("k")
    expect(panel.locator("h2")).to_have_text("“7,247”")
    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    screenshot("desk-keyboard-help")
    page.keyboard.press("Escape")
    screenshot("desk-article-review")
    reviews = {r.group.claims.first().text: r for r in Review.objects.select_related("group")}
    assert reviews["7,247"].verdict == "accurate"
    assert reviews["24,120"].verdict == "inaccurate"
    assert reviews["24,120"].explanation == "Checked against the declaration."


def test_the_author_cannot_sign_off_but_a_second_editor_can(live_server, page, browser, desk):
    log_in(page, live_server, "ed1")
    open_article(page, live_server, desk)
    panel = page.locator("#claim-panel")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_have_text("“7,247”")
    page.keyboard.press("a")
    expect(panel.get_by_role("button", name=re.compile("Approve"))).to_be_disabled()
    page.keyboard.press("s")
    assert not Review.objects.get().is_approved

    other = browser.new_context()
    page2 = other.new_page()
    log_in(page2, live_server, "ed2")
    open_article(page2, live_server, desk)
    page2.keyboard.press("j")
    expect(page2.locator("#claim-panel h2")).to_have_text("“7,247”")
    page2.keyboard.press("s")
    expect(page2.locator("#claim-panel")).to_contain_text("approved by ed2")
    screenshot_page(page2, "desk-approved-by-second-editor")
    other.close()
    review = Review.objects.get()
    assert review.is_approved
    assert review.approved_by.username == "ed2"


def test_two_editors_saving_the_same_claim_see_a_conflict(live_server, browser, desk):
    pages = []
    for user in ("ed1", "ed2"):
        context = browser.new_context()
        page = context.new_page()
        log_in(page, live_server, user)
        open_article(page, live_server, desk)
        page.keyboard.press("j")
        expect(page.locator("#claim-panel h2")).to_have_text("“7,247”")
        pages.append(page)
    first, second = pages
    first.locator("#claim-panel textarea[name=explanation]").fill("First editor's words.")
    first.locator("#claim-panel").get_by_role("button", name="Save verdict").click()
    expect(first.locator("#claim-panel")).to_contain_text("by ed1")

    second.locator("#claim-panel textarea[name=explanation]").fill("Second editor's words.")
    second.locator("#claim-panel").get_by_role("button", name="Save verdict").click()
    conflict = second.locator(".conflict")
    expect(conflict).to_contain_text("Someone else changed this claim")
    expect(conflict).to_contain_text("First editor's words.")
    expect(conflict).to_contain_text("Second editor's words.")
    screenshot_page(second, "desk-conflict")
    assert Review.objects.get().explanation == "First editor's words."
    # Having compared them, the second editor may deliberately keep theirs.
    conflict.get_by_role("button", name="Save mine over theirs").click()
    expect(second.locator(".conflict")).to_have_count(0)
    expect(second.locator("#claim-panel textarea[name=explanation]")).to_have_value(
        "Second editor's words."
    )
    assert Review.objects.get().explanation == "Second editor's words."


def screenshot_page(page, name):
    from tests.e2e.conftest import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_missed_claim_is_added_by_selecting_text(live_server, page, desk, screenshot):
    article = Article.objects.get(source_file__endswith="001_bab12a133cfd9ac3.txt")
    log_in(page, live_server, "ed1")
    open_article(page, live_server, article)
    page.evaluate(
        """() => {
          const box = document.querySelector('[data-article-text]');
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode())) {
            const at = node.data.indexOf('2017');
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 4);
              const sel = window.getSelection();
              sel.removeAllRanges();
              sel.addRange(range);
              box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
              return;
            }
          }
        }"""
    )
    form = page.locator("#new-claim-form")
    expect(form).to_be_visible()
    expect(form.locator("[data-selection-text]")).to_have_text("2017")
    expect(form.locator("input[name=value]")).to_have_value("2017")
    form.locator("select[name=claim_type]").select_option("year")
    form.locator("select[name=unit]").select_option("year")
    screenshot("desk-add-missed-claim")
    page.evaluate("() => { window.__sameDocument = true; }")
    form.get_by_role("button", name="Add claim").click()
    expect(page.locator("#claim-panel h2")).to_have_text("“2017”")
    expect(page.locator("#claim-list")).to_contain_text("2017")
    expect(page.locator("[data-article-text] mark", has_text="2017")).to_have_count(1)
    expect(page.locator("#new-claim-form")).to_be_hidden()
    assert page.evaluate("() => window.__sameDocument") is True  # saved without a reload
    added = Claim.objects.get(article=article, origin=Claim.Origin.EDITOR)
    assert article.body[added.start : added.end] == "2017"


def test_an_article_with_a_script_in_it_stays_inert(live_server, page, desk):
    article = Article.objects.create(
        title="Hostile <script>window.__pwned = 1</script>",
        body="Before <script>window.__pwned = 1</script><img src=x onerror='window.__pwned=2'> "
        "after: Jane Doe won 12,345 votes.",
    )
    log_in(page, live_server, "ed1")
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    expect(page.locator("[data-article-text]")).to_contain_text(
        "<script>window.__pwned = 1</script>"
    )
    assert page.evaluate("() => window.__pwned") is None
