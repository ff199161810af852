"""The desk at results-night pace, in a real Chromium: the page fits the screen and the
keyboard (issue 15). The claim panel's verdict controls in view at 1280x800, nothing
scrolling sideways at 390 px, a review done from the keyboard alone (a missed claim
added included), no console or Content Security Policy errors, and axe-core finding no
serious accessibility violation on the queue, the review page and the public page."""

import hashlib
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from factcheck import roles
from factcheck.models import Article, Claim, Review
from factcheck.seeds import load_seeds
from results.roles import DATA_ENTRY
from tests.e2e.conftest import ARTIFACTS
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"


@pytest.fixture
def desk(seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    UserFactory(username="ed2", groups=[roles.EDITOR])
    return Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")


@pytest.fixture
def watched(page):
    """Every console error, uncaught exception and CSP violation the page reports."""
    problems = []

    def console(message):
        # a failed load is listed below with its address
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(f"console error: {message.text}")

    page.on("console", console)
    page.on(
        "response",
        lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    page.on("pageerror", lambda exc: problems.append(f"exception: {exc}"))
    # a violation is also a console error in Chromium; listening says which directive
    page.add_init_script(
        """document.addEventListener('securitypolicyviolation', e =>
             console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"""
    )
    return problems


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def in_viewport(page, locator) -> bool:
    """Whether the element is wholly on screen, once the page has settled (up to 5 s)."""
    try:
        locator.evaluate(
            """(el) => new Promise((resolve) => {
                 const check = () => { const r = el.getBoundingClientRect();
                   if (r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight
                       && r.right <= innerWidth) resolve(true);
                   else requestAnimationFrame(check); };
                 check(); })""",
            timeout=5000,
        )
    except PlaywrightTimeout:
        return False
    return True


def page_width(page) -> int:
    return page.evaluate("() => document.documentElement.scrollWidth")


def axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations on the page (WCAG 2 A and AA rules)."""
    source = AXE.read_text(encoding="utf-8")
    assert hashlib.sha256(source.encode()).hexdigest() == AXE_SHA256
    page.evaluate(source)  # evaluated by the browser's debugger: the page's CSP allows no such
    results = page.evaluate(
        """async () => {
          const r = await axe.run(document, {runOnly: {type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
          return r.violations.map(v => ({id: v.id, impact: v.impact,
              nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).slice(0, 5)}));
        }"""
    )
    return [v for v in results if v["impact"] in ("serious", "critical")]


def test_an_editor_reviews_from_the_keyboard_alone_with_the_panel_in_view(
    live_server, page, desk, watched, screenshot
):
    """Keys only: next claim, accept, a verdict, the explanation, then a missed claim typed
    as written (its unit a year, from its text, not "votes"), saved; the panel's verdict
    controls stay in view at 1280x800 and the page raises no console or CSP error."""
    article = Article.objects.get(source_file__endswith="001_bab12a133cfd9ac3.txt")
    page.on("request", lambda r: print("REQ", r.method, r.url, r.headers.get("hx-request")))
    page.on("framenavigated", lambda f: print("NAV", f.url))
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    panel = page.locator("#claim-panel")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_be_visible()
    first = panel.locator("h2").inner_text()
    page.keyboard.press("a")
    expect(panel).to_contain_text("awaiting a second editor’s sign-off")
    expect(page.locator("#desk-status")).to_contain_text(f"Saved {first}")
    # the verdict controls of the claim under review are on screen without scrolling
    for control in (
        panel.get_by_role("button", name=re.compile("Accept suggestion")),
        panel.get_by_role("radio").first,
        panel.get_by_role("radio").last,
        panel.get_by_role("button", name="Save verdict"),
    ):
        assert in_viewport(page, control), control
    # the author may not approve: the control says why beside it
    approve = panel.get_by_role("button", name=re.compile("Approve"))
    expect(approve).to_be_disabled()
    expect(panel.locator(".why-disabled")).to_have_text(
        "Approve is off: you wrote this verdict, so another editor must sign it off."
    )
    assert approve.get_attribute("aria-describedby") == panel.locator(
        ".why-disabled"
    ).get_attribute("id")
    page.keyboard.press("j")
    expect(panel.locator("h2")).not_to_have_text(first)
    page.keyboard.press("3")  # inaccurate
    expect(panel).to_contain_text("Inaccurate by ed1")
    # the editor drags the box taller (the browser gives it a style attribute): the save's
    # swap must not copy that inline style into the page, which the CSP forbids
    page.evaluate(
        "() => { document.querySelector('#claim-panel textarea').style.height = '6rem'; }"
    )
    page.keyboard.press("e")
    page.keyboard.type("Checked against the declaration.")
    page.keyboard.press("Control+Enter")
    expect(panel.locator("textarea[name=explanation]")).to_have_value(
        re.compile("Checked against the declaration.$")
    )
    # far down the article, the panel is still beside the text
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("() => window.scrollY") > 0
    assert in_viewport(page, panel.get_by_role("button", name="Save verdict"))
    screenshot("pace-keyboard-review-1280x800")  # the whole page
    page.screenshot(path=str(ARTIFACTS / "pace-keyboard-review-1280x800-screen.png"))

    # a missed claim, from the keyboard: n opens the form beside the panel, focus in it
    page.keyboard.press("n")
    form = page.locator("#new-claim-form")
    expect(form).to_be_visible()
    figure = form.get_by_label(re.compile("Figure as written"))
    expect(figure).to_be_focused()
    assert in_viewport(page, figure)
    page.keyboard.type("2017")
    expect(form.locator("[data-selection-text]")).to_have_text("2017")
    expect(form.get_by_label("Value")).to_have_value("2017")
    expect(form.get_by_label("Unit")).to_have_value("year")
    expect(form.get_by_label("Type")).to_have_value("year")
    screenshot("pace-missed-claim-from-the-keyboard")
    page.keyboard.press("Enter")
    expect(panel.locator("h2")).to_have_text("“2017”")
    expect(panel).to_contain_text("2017 year")  # a year, not "2,017 votes"
    expect(form).to_be_hidden()
    added = Claim.objects.get(article=article, origin=Claim.Origin.EDITOR)
    assert article.body[added.start : added.end] == "2017"
    assert added.unit == "year"

    # the form's fields have ids of their own: none repeated on the page
    page.keyboard.press("n")
    repeated = page.evaluate(
        """() => { const seen = {}; document.querySelectorAll('[id]').forEach(
             e => seen[e.id] = (seen[e.id] || 0) + 1);
           return Object.keys(seen).filter(id => seen[id] > 1); }"""
    )
    assert repeated == []
    page.keyboard.press("Escape")
    expect(form).to_be_hidden()
    # only the status line is a live region
    live = page.evaluate(
        "() => Array.from(document.querySelectorAll('main [aria-live]')).map(e => e.id)"
    )
    assert live == ["desk-status"]
    assert Review.objects.filter(verdict="inaccurate").count() == 1
    assert watched == []


def test_nothing_scrolls_sideways_at_phone_width(live_server, page, desk, watched, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    assert page_width(page) <= 390, f"the queue is {page_width(page)}px wide"
    screenshot("pace-queue-390")
    claim = desk.claims.order_by("start").first()
    page.goto(f"{live_server.url}/desk/articles/{desk.pk}/?claim={claim.pk}")
    expect(page.locator("#claim-panel h2")).to_be_visible()
    page.locator("details.correction summary").click()
    assert page_width(page) <= 390, f"the article is {page_width(page)}px wide"
    screenshot("pace-article-390")
    for path in ("/desk/claims/", "/desk/seats/", "/desk/repeats/", "/desk/no-such-page/"):
        page.goto(f"{live_server.url}{path}")
        assert page_width(page) <= 390, f"{path} is {page_width(page)}px wide"
    assert watched == [f"404 {live_server.url}/desk/no-such-page/"]


def test_axe_finds_no_serious_violation_on_the_queue_review_and_public_pages(
    live_server, page, seeds_dir, watched, screenshot
):
    load_seeds(seeds_dir=seeds_dir)
    call_command("create_demo_users")
    call_command("demo_review")
    UserFactory(username="ed1", groups=[roles.EDITOR])
    article = Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/results/ge2024/islington-north/")
    assert axe_violations(page) == []
    assert watched == []  # every page links its icon (base.html): no /favicon.ico asked for
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    assert axe_violations(page) == []
    for path in ("/desk/claims/?view=sign-off", "/desk/seats/"):
        page.goto(f"{live_server.url}{path}")
        assert axe_violations(page) == [], path
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    page.keyboard.press("j")
    expect(page.locator("#claim-panel h2")).to_be_visible()
    page.locator("details.history summary").click()
    expect(page.locator(".history-entries")).not_to_contain_text("Loading")
    assert axe_violations(page) == []
    page.keyboard.press("n")
    assert axe_violations(page) == []
    screenshot("pace-axe-review-page")
    assert watched == []


def test_data_entry_lands_on_the_admin_and_error_pages_are_styled(live_server, page, desk):
    UserFactory(username="clerk", groups=[DATA_ENTRY], is_staff=True)
    log_in(page, live_server, "clerk")
    page.wait_for_url(f"{live_server.url}/admin/")  # (not ".../login/?next=/admin/")
    response = page.goto(f"{live_server.url}/desk/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("You may not see this page")
    expect(page.get_by_role("link", name="Data entry (admin)").first).to_be_visible()
    response = page.goto(f"{live_server.url}/desk/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
