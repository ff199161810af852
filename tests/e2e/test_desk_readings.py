"""The readings of a figure in a real Chromium: ``r`` reads the claim as the next one."""

import re

import pytest
from playwright.sync_api import expect

from factcheck import roles
from factcheck.models import Article, Claim
from factcheck.seeds import load_seeds
from tests.e2e.test_desk import log_in, open_article
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    UserFactory(username="ed1", groups=[roles.EDITOR])
    return Article.objects.get(source_file__endswith="002_8f1f7407f08d3db2.txt")


def label_of(item) -> str:
    """A listed reading's label, as the editor reads it."""
    return item.locator("[data-reading-label]").inner_text()


def suggested(panel):
    """The panel's "Suggested" line: the verdict and explanation under the current reading."""
    return panel.locator("dl.facts > dd").nth(1)


def test_r_steps_through_the_readings_of_a_figure(live_server, page, desk, screenshot):
    log_in(page, live_server, "ed1")
    open_article(page, live_server, desk)
    panel = page.locator("#claim-panel")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_have_text("“7,247”")
    readings = panel.locator("[data-reading]")
    current = panel.locator('[data-reading][aria-current="true"]')
    expect(current).to_have_count(1)
    expect(current).to_contain_text("Jeremy Corbyn's majority (ge2024)")
    expect(current).to_contain_text("Current reading")
    expect(current).to_contain_text("7,247")
    expect(current.get_by_role("button", name=re.compile("Read as this"))).to_have_count(0)
    count = readings.count()
    assert count > 2
    first = current.get_attribute("data-reading")
    assert first == "0"
    labels = [label_of(readings.nth(i)) for i in range(count)]
    explanation = suggested(panel).inner_text()

    page.keyboard.press("r")
    expect(current).to_have_attribute("data-reading", "1")
    expect(current).to_contain_text(labels[1])
    expect(current).to_contain_text("Current reading")
    expect(panel).to_contain_text("Reading chosen by ed1 at")
    expect(suggested(panel)).not_to_have_text(explanation)
    # The reading left behind can be chosen again.
    expect(readings.nth(0).get_by_role("button", name=re.compile("Read as this"))).to_be_visible()
    # The claim's row in the list follows.
    subject = Claim.objects.get(pk=panel.get_attribute("data-claim")).subject
    expect(page.locator("#claim-list .is-selected")).to_contain_text(subject)
    screenshot("desk-readings")
    second_explanation = suggested(panel).inner_text()

    page.keyboard.press("r")
    expect(current).to_have_attribute("data-reading", "2")
    expect(current).to_contain_text(labels[2])
    expect(suggested(panel)).not_to_have_text(second_explanation)
    expect(panel.locator("[data-reading]")).to_have_count(count)  # the same list, stepped on
    claim = Claim.objects.get(pk=panel.get_attribute("data-claim"))
    assert claim.reading_chosen_by.username == "ed1"
    assert claim.version == 3

    page.keyboard.press("?")
    expect(page.locator("#help")).to_contain_text("Read the figure as its next reading")
    page.keyboard.press("Escape")


def test_r_wraps_round_to_the_first_reading(live_server, page, desk):
    article = Article.objects.get(source_file__endswith="001_bab12a133cfd9ac3.txt")
    log_in(page, live_server, "ed1")
    open_article(page, live_server, article)
    panel = page.locator("#claim-panel")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_have_text("“7,000”")
    readings = panel.locator("[data-reading]")
    current = panel.locator('[data-reading][aria-current="true"]')
    expect(current).to_have_attribute("data-reading", "0")
    count = readings.count()
    first = label_of(readings.nth(0))
    for step in range(1, count + 1):
        page.keyboard.press("r")
        expect(current).to_have_attribute("data-reading", str(step % count))
    expect(current).to_contain_text(first)  # round again to where it started
    claim = Claim.objects.get(pk=panel.get_attribute("data-claim"))
    assert claim.version == count + 1


def test_r_does_nothing_while_typing(live_server, page, desk):
    log_in(page, live_server, "ed1")
    open_article(page, live_server, desk)
    panel = page.locator("#claim-panel")
    page.keyboard.press("j")
    expect(panel.locator("h2")).to_have_text("“7,247”")
    panel.locator("textarea[name=note]").click()
    page.keyboard.type("r")
    expect(panel.locator("textarea[name=note]")).to_have_value("r")
    expect(panel.locator('[data-reading][aria-current="true"]')).to_have_attribute(
        "data-reading", "0"
    )
    assert Claim.objects.get(pk=panel.get_attribute("data-claim")).version == 1
