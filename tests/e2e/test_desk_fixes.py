"""The desk as a new user found it (review findings B7, B11), in a real Chromium: the batch
audit page works from the keyboard, and the focus follows the sample."""

import re

import pytest
from playwright.sync_api import expect

from factcheck.models import Batch
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_desk_batch import accept_batch, night, open_audit, watch  # noqa: F401
from tests.e2e.test_desk_pace import axe_violations, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def focused_item(page) -> str:
    return page.evaluate("() => (document.activeElement.closest('.sample-item') || {}).id || ''")


def test_the_batch_audit_is_done_from_the_keyboard(live_server, page, browser, night):  # noqa: F811
    problems = watch(page)
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    batch = accept_batch(page, live_server, night)
    context, audit, audit_problems = open_audit(browser, live_server, batch)
    expect(audit.locator("#batch-keys")).to_contain_text("j/k next and previous")
    items = [i.get_attribute("id") for i in audit.locator(".sample-item").all()]
    audit.keyboard.press("j")
    assert focused_item(audit) == items[0]
    audit.keyboard.press("j")
    assert focused_item(audit) == items[1]
    audit.keyboard.press("k")
    assert focused_item(audit) == items[0]
    audit.keyboard.press("a")  # approve the first: the page opens, focused, at the second
    audit.wait_for_url(re.compile(rf"/desk/batches/{batch.pk}/#{items[1]}$"))
    expect(audit.locator(".decided")).to_have_count(1)
    expect(audit.locator(f"#{items[1]}")).to_be_focused()
    expect(audit.locator("main")).not_to_contain_text("Changed since the batch accepted it")
    audit.keyboard.press("a")
    audit.wait_for_url(re.compile(rf"#{items[2]}$"))
    expect(audit.locator(".decided")).to_have_count(2)
    expect(audit.locator(f"#{items[2]}")).to_be_focused()
    audit.keyboard.press("x")  # the note of the third, then Ctrl+Enter rejects it
    expect(audit.locator(f"#{items[2]} textarea")).to_be_focused()
    audit.keyboard.type("Not the winner's total.")
    audit.keyboard.press("Control+Enter")
    expect(audit.locator("#batch-status")).to_have_text("Returned to review")
    expect(audit.locator("#batch-note")).to_contain_text("Not the winner's total.")
    assert axe_violations(audit) == []
    audit.screenshot(path=str(ARTIFACTS / "batch-audit-keys.png"), full_page=True)
    batch.refresh_from_db()
    assert batch.status == Batch.Status.RETURNED
    context.close()
    assert problems == []
    assert audit_problems == []


@pytest.mark.parametrize("width", [1280, 390])
def test_the_assigned_to_me_box_sits_by_its_label_and_the_nav_under_the_title(
    live_server,
    page,
    night,  # noqa: F811
    width,
):
    page.set_viewport_size({"width": width, "height": 800})
    log_in(page, live_server, "ed1")
    page.wait_for_url(re.compile(r".*/desk/$"))
    gap = page.evaluate(
        """() => {
          const box = document.querySelector('input[name=assigned]');
          const label = box.closest('label');
          const range = document.createRange();
          range.selectNodeContents(label);
          const text = [...range.getClientRects()].pop();
          return text.left - box.getBoundingClientRect().right;
        }"""
    )
    assert gap < 16, f"{gap}px between the checkbox and its label"
    title = page.locator("h1").bounding_box()
    nav = page.get_by_role("navigation", name="Queues").bounding_box()
    assert nav["y"] >= title["y"] + title["height"] - 1  # the nav is under the title
    assert abs(nav["x"] - title["x"]) < 2  # and starts where the title does
    expect(page.get_by_role("link", name="Feeds", exact=True)).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / f"desk-nav-{width}.png"))
