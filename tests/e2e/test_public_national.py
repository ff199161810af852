"""The national verification page in Chromium: the UK result, its chart, the national checks."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from factcheck.seeds import load_seeds

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(seeds_dir):
    load_seeds(seeds_dir=seeds_dir)
    call_command("create_demo_users")
    call_command("demo_review")


def test_a_reader_sees_the_national_result_and_its_checks(live_server, page, published,
                                                          screenshot):  # fmt: skip
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/results/ge2024/")
    chart = page.locator("figure.seat-chart")
    expect(chart).to_be_visible()
    expect(chart.locator("li").first).to_contain_text("seat")
    box = chart.locator("rect").first.bounding_box()
    assert box is not None
    assert box["width"] > 0  # drawn without inline styles, under the strict CSP
    coverage = page.locator(".coverage")
    expect(coverage.get_by_role("heading", name="What the coverage said about the national result"))
    first = coverage.locator("li.check").first
    expect(first.locator(".badge")).to_have_text("Inaccurate")
    expect(first).to_contain_text(
        "Labour was forecast to win around 37 per cent of the vote in 2024"
    )
    expect(first).to_contain_text("sum over 1 seat's rows of the candidate file")
    expect(coverage).to_contain_text("The Conservatives were projected to win 131 seats in 2024")
    screenshot("public-national-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/results/ge2024/")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide at phone width"
    screenshot("public-national-phone")
    page.goto(f"{live_server.url}/results/ge2024/islington-north/")
    summary = page.locator(".page-summary")
    expect(summary).to_contain_text("Majority")
    expect(summary.get_by_role("link", name="Checks")).to_be_visible()
    expect(page.locator(".coverage")).not_to_contain_text("exit poll")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"seat page is {width}px wide at phone width"
    screenshot("public-seat-summary-phone")
    assert not [e for e in errors if "Content Security Policy" in e], errors
