import pytest
from django.core.management import call_command

from tests.seed_data import islington_files

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded():
    for slug, day in [("ge2019", "2019-12-12"), ("ge2024", "2024-07-04")]:
        call_command(
            "import_results", "--election", slug, "--date", day,
            *map(str, islington_files(slug[2:])),
        )  # fmt: skip


def test_a_reader_finds_islington_north_and_reads_the_result(live_server, page, seeded, screenshot):
    page.goto(f"{live_server.url}/results/")
    page.get_by_label("Search seats").fill("islington")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Islington North").first.click()
    page.wait_for_url("**/results/**/islington-north/")
    assert page.get_by_role("heading", level=1).inner_text() == "Islington North"
    table = page.get_by_role("table")
    assert "24,120" in table.inner_text()
    assert page.get_by_text("Majority").first.is_visible()
    screenshot("results-islington-north")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("results-islington-north-phone")
