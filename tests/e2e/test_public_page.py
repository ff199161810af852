"""The published verification page in Chromium, at desktop and phone width."""

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


def test_a_reader_sees_the_result_the_chart_and_the_checks(
    live_server, page, published, screenshot
):
    page.goto(f"{live_server.url}/results/ge2024/islington-north/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Islington North")
    chart = page.locator("figure.bars")
    expect(chart.locator("li")).to_have_count(7)
    expect(chart).to_contain_text("Jeremy Corbyn")
    first_bar = chart.locator("rect").first
    assert first_bar.get_attribute("width") == "100.00"
    coverage = page.locator(".coverage")
    expect(coverage.get_by_role("heading", name="What the coverage said")).to_be_visible()
    first_check = coverage.locator("li.check").first
    expect(first_check.locator(".badge")).to_have_text("Inaccurate")
    screenshot("public-page-desktop")
    anchor = first_check.get_attribute("id")
    page.goto(f"{live_server.url}/results/ge2024/islington-north/#{anchor}")
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/results/ge2024/islington-north/")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide at phone width"
    screenshot("public-page-phone")
    page.emulate_media(media="print")
    screenshot("public-page-print")
