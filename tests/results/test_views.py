import datetime

import pytest
from django.core.management import call_command
from django.urls import resolve, reverse

from results.models import Contest
from tests.factories import ConstituencyFactory, contest_with_votes
from tests.seed_data import islington_files


@pytest.fixture
def seeded(db):
    call_command(
        "import_results", "--election", "ge2019", "--date", "2019-12-12",
        *map(str, islington_files("2019")),
    )  # fmt: skip
    call_command(
        "import_results", "--election", "ge2024", "--date", "2024-07-04",
        *map(str, islington_files("2024")),
    )  # fmt: skip


def test_the_islington_north_page_shows_the_official_result(client, seeded):
    response = client.get("/results/ge2024/islington-north/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Islington North",
        "Jeremy Corbyn",
        "Praful Nargund",
        "24,120",
        "16,873",
        "49.22%",  # Corbyn's share of valid votes
        "7,247",  # majority
        "72,852",  # electorate
        "67.53%",  # turnout as declared
        "67.27%",  # the Library's turnout
        "Independent gain from Labour",
        "House of Commons Library, GE2024 results",
    ]:
        assert text in html, text
    # Change since 2019, from the predecessor seat.
    assert "26,188" in html
    assert "down 18,941" in html
    assert "71.89%" in html  # 2019 declared turnout: (53,805 + 227) / 75,162
    assert "71.59%" in html  # 2019 Library turnout: 53,805 / 75,162
    # Candidates in order of votes.
    assert html.index("Jeremy Corbyn") < html.index("Praful Nargund") < html.index("Paul Josling")


def test_the_2019_page_exists_too(client, seeded):
    html = client.get("/results/ge2019/islington-north/").content.decode()
    assert "34,603" in html
    assert "26,188" in html


def test_results_index_lists_elections_and_searches_seats(client, db):
    contest_with_votes([50, 20], constituency=ConstituencyFactory(name="Alpha Vale"))
    contest_with_votes([50, 20], constituency=ConstituencyFactory(name="Beta Downs"))
    html = client.get(reverse("results:index")).content.decode()
    assert "2024 general election" in html
    assert "Alpha Vale" in html
    assert "Beta Downs" in html
    html = client.get(reverse("results:index"), {"q": "beta"}).content.decode()
    assert "Beta Downs" in html
    assert "Alpha Vale" not in html
    html = client.get(reverse("results:index"), {"q": "nowhere"}).content.decode()
    assert "No seats match" in html


def test_a_result_awaiting_approval_is_not_public(client, db):
    contest = contest_with_votes([50, 20], status=Contest.Status.PENDING)
    assert client.get(contest.get_absolute_url()).status_code == 404
    assert contest.constituency.name not in client.get(reverse("results:index")).content.decode()


def test_unknown_seat_is_404(client, db):
    assert client.get("/results/ge2024/atlantis/").status_code == 404


def test_the_contest_page_costs_a_fixed_number_of_queries(
    client, seeded, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        assert client.get("/results/ge2024/islington-north/").status_code == 200


def test_a_seat_with_no_previous_election_has_no_change_section(client, db):
    contest = contest_with_votes([300, 200], declared_at=None)
    html = client.get(contest.get_absolute_url()).content.decode()
    assert "Change since the previous election" not in html
    assert "300" in html
    assert datetime.date(2024, 7, 4).year == contest.election.date.year


def test_results_alone_serves_the_official_result_without_checks(rf, seeded):
    """results' own seat page: the official result, nothing of fact-checks."""
    from results.views import contest_detail

    request = rf.get("/results/ge2024/islington-north/")
    response = contest_detail(request, election="ge2024", constituency="islington-north")
    html = response.content.decode()
    assert "Jeremy Corbyn" in html
    assert "7,247" in html
    assert "What the coverage said" not in html


def test_the_project_serves_the_seat_url_with_its_published_checks(client, seeded):
    """factcheck's page is mounted ahead of results' at the same path, under the same name."""
    contest = Contest.objects.get(election__slug="ge2024", constituency__slug="islington-north")
    assert resolve(contest.get_absolute_url()).view_name == "verification:contest"
    assert reverse("verification:contest", args=["ge2024", "islington-north"]) == (
        contest.get_absolute_url()
    )
    assert "What the coverage said" in client.get(contest.get_absolute_url()).content.decode()
