"""Batch accept with a sampled second check, in a real Chromium (issue 15): one editor
accepts an article's exact matches in one action, a second editor, in a browser of their
own, checks the server's sample from the keyboard; approved, the batch is signed off;
one sample rejected, the whole batch returns to review. The new pages pass axe-core,
raise no console or CSP error and do not scroll sideways at 390 px."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from factcheck import roles
from factcheck.models import Batch, Claim, Review
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_desk_pace import axe_violations, log_in, page_width
from tests.factories import UserFactory, article_with_claims

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def watch(page) -> list[str]:
    """Every console error, uncaught exception, failed response and CSP violation."""
    problems = []
    page.on(
        "console",
        lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda exc: problems.append(f"exception: {exc}"))
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None
    )
    page.add_init_script(
        """document.addEventListener('securitypolicyviolation', e =>
             console.error('CSP violation: ' + e.violatedDirective));"""
    )
    return problems


@pytest.fixture
def night(db):
    """Two editors and an article with six exact, accurate counts of votes and one
    inaccurate majority (which no batch may accept)."""
    UserFactory(username="ed1", groups=[roles.EDITOR])
    UserFactory(username="ed2", groups=[roles.EDITOR])
    sentences = ["Results night in the north."]
    for i in range(6):
        value = 20_100 + i
        sentences.append((f"Candidate {i} won [{value:,}] votes.", {
            "value": Decimal(value), "subject": f"Candidate {i}", "election": 2024,
        }))  # fmt: skip
    sentences.append(("The majority was [5,000].", {
        "claim_type": "majority", "value": Decimal(5000), "unit": "majority", "subject": "",
        "subject_kind": "", "suggested_verdict": "inaccurate", "official_value": Decimal(4000),
    }))  # fmt: skip
    article, _claims = article_with_claims(sentences, title="Counts in the north")
    return article


def accept_batch(page, live_server, article) -> Batch:
    """ed1 accepts the article's exact matches from its page, keyboard only."""
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    link = page.get_by_role("link", name="Accept exact matches…")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/desk/batches/new/\?article="))
    expect(page.locator("main")).to_contain_text("6 suggestions will be accepted as one batch")
    expect(page.locator("main")).not_to_contain_text("5,000")
    assert axe_violations(page) == []
    button = page.get_by_role("button", name="Accept these 6 as one batch")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/desk/batches/\d+/$"))
    batch = Batch.objects.get()
    expect(page.locator("#messages")).to_contain_text(
        f"Accepted 6 suggestions as batch {batch.pk}: 3 drawn at random"
    )
    expect(page.locator("main")).to_contain_text("You accepted this batch")
    expect(page.get_by_role("button", name=re.compile("^Approve"))).to_have_count(0)
    return batch


def open_audit(browser, live_server, batch):
    """ed2, in a browser context of their own, finds the batch under 'awaiting my
    sign-off' and opens it."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    problems = watch(page)
    log_in(page, live_server, "ed2")
    page.wait_for_url(re.compile(r".*/desk/$"))
    page.get_by_role("link", name="Awaiting my sign-off").click()
    audits = page.locator("section.audits")
    expect(audits).to_contain_text("Batches awaiting your sampled check")
    assert axe_violations(page) == []
    audits.get_by_role("link", name=re.compile(f"Batch {batch.pk}:")).click()
    page.wait_for_url(re.compile(rf"/desk/batches/{batch.pk}/$"))
    expect(page.locator(".sample-item")).to_have_count(3)
    return context, page, problems


def test_a_batch_accepted_by_one_editor_is_approved_by_another(
    live_server, page, browser, night, screenshot
):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    batch = accept_batch(page, live_server, night)
    assert axe_violations(page) == []
    screenshot("batch-accepted")
    assert Review.objects.filter(author__username="ed1", approved_by=None).count() == 6

    context, audit, audit_problems = open_audit(browser, live_server, batch)
    assert axe_violations(audit) == []
    audit.screenshot(path=str(ARTIFACTS / "batch-audit.png"),
                     full_page=True)  # fmt: skip
    for n in range(3):
        approve = audit.get_by_role("button", name=re.compile("^Approve")).first
        approve.focus()  # keyboard only: focus the control, Enter presses it
        audit.keyboard.press("Enter")
        audit.wait_for_load_state()
        expect(audit.locator(".decided")).to_have_count(n + 1)
    expect(audit.locator("#messages")).to_contain_text(
        f"Batch {batch.pk} approved: its verdicts are signed off by you."
    )
    expect(audit.locator("#batch-status")).to_have_text("Approved")
    audit.screenshot(path=str(ARTIFACTS / "batch-approved.png"),
                     full_page=True)  # fmt: skip
    batch.refresh_from_db()
    assert batch.status == Batch.Status.APPROVED
    assert batch.audited_by.username == "ed2"
    assert Review.objects.filter(approved_by__username="ed2").count() == 6
    # the queue reads 6 of 7 claims approved (the majority is still to review)
    audit.goto(f"{live_server.url}/desk/")
    expect(audit.locator("#article-table")).to_contain_text("6/7")
    context.close()
    assert problems == []
    assert audit_problems == []


def test_one_rejected_sample_returns_the_batch_to_review(
    live_server, page, browser, night, screenshot
):
    problems = watch(page)
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    batch = accept_batch(page, live_server, night)
    context, audit, audit_problems = open_audit(browser, live_server, batch)
    first = audit.locator(".sample-item").first
    first.get_by_role("button", name=re.compile("^Approve")).click()
    expect(audit.locator(".decided")).to_have_count(1)
    second = audit.locator(".sample-item").nth(1)
    note = second.get_by_label(re.compile("Why reject it"))
    note.focus()
    audit.keyboard.type("This is the runner-up's total, not the winner's.")
    second.get_by_role("button", name=re.compile("^Reject")).focus()
    audit.keyboard.press("Enter")
    audit.wait_for_url(re.compile(rf"/desk/batches/{batch.pk}/$"))
    expect(audit.locator("#messages")).to_contain_text(
        f"Batch {batch.pk} returned to review: its verdicts are withdrawn"
    )
    expect(audit.locator("#batch-note")).to_contain_text(
        "rejected: This is the runner-up's total, not the winner's."
    )
    audit.screenshot(path=str(ARTIFACTS / "batch-returned.png"),
                     full_page=True)  # fmt: skip
    assert not Review.objects.exists()
    assert all(c.status_label == "to_review" for c in Claim.objects.for_review())
    # the editor who accepted it sees it back, with the note, at phone width too
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/desk/batches/")
    expect(page.locator("main")).to_contain_text("Returned to review")
    assert page_width(page) <= 390
    for path in (f"/desk/batches/{batch.pk}/", f"/desk/batches/new/?article={night.pk}"):
        page.goto(f"{live_server.url}{path}")
        assert page_width(page) <= 390, f"{path} is {page_width(page)}px wide"
    screenshot("batch-new-390")
    context.close()
    assert problems == []
    assert audit_problems == []
