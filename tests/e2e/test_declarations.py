"""Results night in Chromium: a reader sees how many seats have declared, and who won each."""

import datetime

import pytest
from playwright.sync_api import expect

from results.models import Contest
from tests.factories import (
    CandidacyFactory,
    ConstituencyFactory,
    ContestFactory,
    ElectionFactory,
    PartyFactory,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


# A transactional test's flush removes the parties the migrations made: made again here.
PARTIES = {"Lab": "Labour", "Con": "Conservative", "LD": "Liberal Democrat"}


def result(election, seat, votes: dict[str, int], **kwargs) -> Contest:
    contest = ContestFactory(
        election=election, constituency=seat, valid_votes=sum(votes.values()), **kwargs
    )
    for i, (abbreviation, count) in enumerate(votes.items()):
        CandidacyFactory(
            contest=contest, first_name=("Ann", "Bo", "Cy")[i], surname=f"{abbreviation}son",
            party=PartyFactory(abbreviation=abbreviation, name=PARTIES[abbreviation]),
            votes=count, elected=i == 0,
        )  # fmt: skip
    return contest


@pytest.fixture
def night():
    """2024 after 2019: a hold, a gain, a seat awaiting declaration and one being checked."""
    ge2019 = ElectionFactory(
        slug="ge2019", name="2019 general election", date=datetime.date(2019, 12, 12)
    )
    ge2024 = ElectionFactory(slug="ge2024", name="2024 general election", previous=ge2019)
    held, gained = ConstituencyFactory(name="Holdham"), ConstituencyFactory(name="Gainsworth")
    result(ge2019, held, {"Lab": 500, "Con": 300})
    result(ge2019, gained, {"Con": 500, "Lab": 300})
    result(ge2024, held, {"Lab": 450, "Con": 350})
    result(ge2024, gained, {"LD": 520, "Con": 480})
    ContestFactory(
        election=ge2024, constituency=ConstituencyFactory(name="Waitby"),
        status=Contest.Status.AWAITING, electorate=None, valid_votes=0, invalid_votes=0,
    )  # fmt: skip
    result(
        ge2024,
        ConstituencyFactory(name="Checkley"),
        {"Con": 700, "Lab": 100},
        status=Contest.Status.PENDING,
    )
    return ge2024


def test_a_reader_sees_which_seats_have_declared_and_who_won(live_server, page, night, screenshot):
    page.goto(f"{live_server.url}/results/")
    elections = page.get_by_role("list").filter(has_text="2024 general election").first
    expect(elections).to_contain_text("2 of 650 declared (1 more being checked)")
    seats = page.locator("table.seats")
    rows = seats.locator("tbody tr")
    expect(rows).to_have_count(4)  # 2024's two declared seats and 2019's two
    gain = rows.filter(has_text="Gainsworth").filter(has_text="2024 general election")
    # the election gains are measured against is named once, above the rows it applies to
    expect(seats.locator("caption")).to_have_text(
        "Seats, with gains and holds against the 2019 general election"
    )
    expect(gain.locator("td")).to_have_text(
        ["Gainsworth", "2024 general election", "Ann LDson", "Liberal Democrat",
         "Gain from Conservative", "London"]
    )  # fmt: skip
    expect(gain.locator(".outcome-gain")).to_be_visible()
    hold = rows.filter(has_text="Holdham").filter(has_text="2024 general election")
    expect(hold).to_contain_text("Ann Labson")
    expect(hold).to_contain_text("Hold")
    expect(seats).not_to_contain_text("Waitby")
    expect(seats).not_to_contain_text("Checkley")
    screenshot("results-declared-seats")

    # The election's page lists every seat, declared or not.
    page.get_by_role("link", name="2024 general election").first.click()
    page.wait_for_url("**/results/ge2024/")
    expect(page.locator(".declared-count").first).to_have_text(
        "2 of 650 declared (1 more being checked)"
    )
    expect(page.get_by_text("Computed from the official results of 2 of 650 seats")).to_be_visible()
    listed = page.locator("table.seats tbody tr")
    expect(listed).to_have_count(4)
    expect(listed.filter(has_text="Waitby")).to_contain_text("Awaiting declaration")
    expect(listed.filter(has_text="Checkley")).to_contain_text(
        "Declared; the result is being checked"
    )
    expect(listed.filter(has_text="Waitby").get_by_role("link")).to_have_count(0)
    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide at phone width"
    screenshot("results-election-declarations-phone")

    # A declared seat's link opens its result.
    listed.filter(has_text="Gainsworth").get_by_role("link", name="Gainsworth").click()
    page.wait_for_url("**/results/ge2024/gainsworth/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gainsworth")
    expect(page.locator(".lede")).to_contain_text(
        "Ann LDson (Liberal Democrat) won with a majority of 40"
    )
