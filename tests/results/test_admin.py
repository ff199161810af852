import pytest
from django.urls import reverse

from results import roles
from results.models import Candidacy, Contest, Party
from tests.factories import ConstituencyFactory, ElectionFactory, UserFactory, contest_with_votes


@pytest.fixture
def clerk(db):
    return UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY])


@pytest.fixture
def second_clerk(db):
    return UserFactory(username="clerk2", is_staff=True, groups=[roles.DATA_ENTRY])


def contest_form(election, constituency, *, electorate, valid, invalid, candidates):
    """POST data for the admin's add form, with the candidacy inline."""
    lab, con = Party.objects.get(abbreviation="Lab"), Party.objects.get(abbreviation="Con")
    data = {
        "election": election.pk,
        "constituency": constituency.pk,
        "result": "",
        "declared_at_0": "",
        "declared_at_1": "",
        "electorate": electorate,
        "valid_votes": valid,
        "invalid_votes": invalid,
        "source": "Returning officer's declaration",
        "candidacies-TOTAL_FORMS": len(candidates),
        "candidacies-INITIAL_FORMS": 0,
        "candidacies-MIN_NUM_FORMS": 0,
        "candidacies-MAX_NUM_FORMS": 1000,
    }
    for i, (first, last, votes) in enumerate(candidates):
        data |= {
            f"candidacies-{i}-first_name": first,
            f"candidacies-{i}-surname": last,
            f"candidacies-{i}-party": (lab if i == 0 else con).pk,
            f"candidacies-{i}-party_label": "",
            f"candidacies-{i}-votes": votes,
        }
    return data


ADD_URL = reverse("admin:results_contest_add")


@pytest.mark.django_db
def test_a_result_typed_in_by_hand_is_pending_until_a_second_user_approves(
    client, clerk, second_clerk
):
    election, seat = ElectionFactory(), ConstituencyFactory(name="Hand Seat")
    client.force_login(clerk)
    response = client.post(
        ADD_URL,
        contest_form(
            election,
            seat,
            electorate=1000,
            valid=600,
            invalid=5,
            candidates=[("Ann", "Lee", 400), ("Bo", "Ray", 200)],
        ),  # fmt: skip
        follow=True,
    )
    assert response.status_code == 200
    contest = Contest.objects.get(constituency=seat)
    assert contest.status == Contest.Status.PENDING
    assert contest.entered_by == clerk
    assert b"not official until a second staff user approves it" in response.content
    # Not on the public page yet.
    assert client.get(contest.get_absolute_url()).status_code == 404

    changelist = reverse("admin:results_contest_changelist")
    action = {"action": "approve_results", "_selected_action": [contest.pk]}
    response = client.post(changelist, action, follow=True)
    assert b"you entered them" in response.content
    contest.refresh_from_db()
    assert contest.status == Contest.Status.PENDING

    client.force_login(second_clerk)
    client.post(changelist, action, follow=True)
    contest.refresh_from_db()
    assert contest.status == Contest.Status.OFFICIAL
    assert contest.approved_by == second_clerk
    assert client.get(contest.get_absolute_url()).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("valid", "invalid", "electorate", "candidates", "error"),
    [
        (600, 5, 1000, [("Ann", "Lee", 400), ("Bo", "Ray", 150)], "add up to 550"),
        (600, 5, 500, [("Ann", "Lee", 400), ("Bo", "Ray", 200)], "cannot exceed the electorate"),
        (600, 5, 1000, [("Ann", "Lee", 800), ("Bo", "Ray", -200)], "greater than or equal to 0"),
    ],
)
def test_admin_refuses_figures_that_do_not_add_up_and_keeps_what_was_typed(
    client, clerk, valid, invalid, electorate, candidates, error
):
    election, seat = ElectionFactory(), ConstituencyFactory()
    client.force_login(clerk)
    data = contest_form(
        election, seat, electorate=electorate, valid=valid, invalid=invalid, candidates=candidates
    )
    response = client.post(ADD_URL, data)
    assert response.status_code == 200  # the form again, not a redirect
    assert error in response.content.decode()
    assert f'value="{candidates[0][2]}"' in response.content.decode()  # kept what was typed
    assert not Contest.objects.filter(constituency=seat).exists()


@pytest.mark.django_db
def test_changing_an_official_figure_by_hand_keeps_history_and_needs_approval(client, clerk):
    contest = contest_with_votes([500, 300])
    candidacy = contest.ranked_candidacies[0]
    client.force_login(clerk)
    url = reverse("admin:results_contest_change", args=[contest.pk])
    data = {
        "election": contest.election_id,
        "constituency": contest.constituency_id,
        "result": "",
        "declared_at_0": "",
        "declared_at_1": "",
        "electorate": contest.electorate,
        "valid_votes": 810,
        "invalid_votes": contest.invalid_votes,
        "source": contest.source,
        "candidacies-TOTAL_FORMS": 2,
        "candidacies-INITIAL_FORMS": 2,
        "candidacies-MIN_NUM_FORMS": 0,
        "candidacies-MAX_NUM_FORMS": 1000,
    }
    for i, c in enumerate(contest.ranked_candidacies):
        data |= {
            f"candidacies-{i}-id": c.pk,
            f"candidacies-{i}-contest": contest.pk,
            f"candidacies-{i}-first_name": c.first_name,
            f"candidacies-{i}-surname": c.surname,
            f"candidacies-{i}-party": c.party_id,
            f"candidacies-{i}-party_label": "",
            f"candidacies-{i}-votes": c.votes + (10 if i == 0 else 0),
        }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    contest.refresh_from_db()
    assert contest.status == Contest.Status.PENDING
    history = Candidacy.history.filter(id=candidacy.pk).order_by("history_date")
    assert [h.votes for h in history] == [500, 510]
    assert history.last().history_user == clerk
    # The admin's history page shows the change.
    page = client.get(reverse("admin:results_contest_history", args=[contest.pk]))
    assert page.status_code == 200
    assert "clerk" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [1, 30])
def test_the_contest_list_costs_the_same_queries_however_many_rows(
    client, clerk, rows, django_assert_max_num_queries
):
    for _ in range(rows):
        contest_with_votes([300, 200, 100])
    client.force_login(clerk)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:results_contest_changelist"))
    assert response.status_code == 200
    assert response.content.decode().count('class="action-select"') == rows


@pytest.mark.django_db
def test_data_entry_can_search_contests_by_constituency(client, clerk):
    contest_with_votes([10, 5], constituency=ConstituencyFactory(name="Findable North"))
    contest_with_votes([10, 5], constituency=ConstituencyFactory(name="Hidden South"))
    client.force_login(clerk)
    page = client.get(reverse("admin:results_contest_changelist"), {"q": "findable"})
    assert "Findable North" in page.content.decode()
    assert "Hidden South" not in page.content.decode()
