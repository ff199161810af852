"""``official_figures_changed`` is sent, once committed, from every path that changes official
figures, naming the contests whose figures changed and why."""

import datetime

import pytest
from django.urls import reverse

from results import roles
from results.imports import ImportFailed, import_results
from results.models import Contest, Projection
from results.signals import official_figures_changed
from tests.factories import ContestFactory, ElectionFactory, UserFactory, contest_with_votes

from .library_files import candidate_file, constituency_file, make_seats, replace_cell
from .test_declarations import approve, enter_by_hand

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 7, 4)


@pytest.fixture
def sent():
    """Every signal sent, as ``(election, contests, reason)``."""
    calls = []

    def receiver(sender, *, election, contests, reason, **kwargs):
        calls.append((election, list(contests), reason))

    official_figures_changed.connect(receiver, weak=False)
    yield calls
    official_figures_changed.disconnect(receiver)


@pytest.fixture
def clerks():
    return (
        UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY]),
        UserFactory(username="clerk2", is_staff=True, groups=[roles.DATA_ENTRY]),
    )


def files(seats):
    return [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]


def ids(*seats) -> list[int]:
    return sorted(
        Contest.objects.filter(constituency__ons_code__in=[s.ons for s in seats]).values_list(
            "pk", flat=True
        )
    )


def test_an_import_tells_which_contests_are_new_and_which_were_revised(
    sent, django_capture_on_commit_callbacks
):
    seats = make_seats(4)
    with django_capture_on_commit_callbacks(execute=True):
        import_results(files(seats), election="ge2024", date=DAY)
    assert sent == [("ge2024", ids(*seats), "import")]

    sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_results(files(seats), election="ge2024", date=DAY)
    assert sent == []  # the same files again: nothing changed

    # One vote moves between two candidates in the third seat.
    first, second = seats[2].candidates[0], seats[2].candidates[1]
    seats[2].candidates[0] = (*first[:4], first[4] - 1)
    seats[2].candidates[1] = (*second[:4], second[4] + 1)
    with django_capture_on_commit_callbacks(execute=True):
        import_results(files(seats), election="ge2024", date=DAY, dry_run=True)
    assert sent == []  # a dry run changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        import_results(files(seats), election="ge2024", date=DAY)
    assert sent == [("ge2024", ids(seats[2]), "revision")]


def test_a_refused_import_sends_nothing(sent, django_capture_on_commit_callbacks):
    seats = make_seats(2)
    bad = replace_cell(candidate_file(seats), line=2, column="Votes", value="lots")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ImportFailed):
        import_results(
            [("c.csv", bad), ("s.csv", constituency_file(seats))], election="ge2024", date=DAY
        )
    assert sent == []


def test_an_import_over_a_hand_entered_result_awaiting_approval_is_its_first_official_result(
    sent, django_capture_on_commit_callbacks
):
    seats = make_seats(2)
    import_results(files(seats[:1]), election="ge2024", date=DAY)
    with django_capture_on_commit_callbacks(execute=True):
        import_results(files(seats), election="ge2024", date=DAY)
    assert sent == [("ge2024", ids(seats[1]), "import")]


def test_approving_a_declaration_then_a_correction(
    client, clerks, sent, django_capture_on_commit_callbacks
):
    clerk, second = clerks
    contest = contest_with_votes([600, 400], status=Contest.Status.PENDING, entered_by=clerk)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, second, contest)
    assert sent == [("ge2024", [contest.pk], "declaration")]

    sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        enter_by_hand(client, clerk, contest, votes=[601, 400])
    assert sent == []  # awaiting approval: no official figure changed yet
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, second, contest)
    assert sent == [("ge2024", [contest.pk], "revision")]

    sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        enter_by_hand(client, clerk, contest, votes=[601, 400], source="Typed again")
        approve(client, second, contest)
    assert sent == []  # approved, but no figure differs from the official ones


def test_the_signal_waits_for_the_commit(client, clerks, sent, django_capture_on_commit_callbacks):
    clerk, second = clerks
    contest = contest_with_votes([600, 400], status=Contest.Status.PENDING, entered_by=clerk)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        contest.approve(user=second)
    assert sent == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert sent == [("ge2024", [contest.pk], "declaration")]


def test_deleting_an_official_result_in_the_admin(client, sent, django_capture_on_commit_callbacks):
    admin = UserFactory(username="boss", is_staff=True, is_superuser=True)
    official = contest_with_votes([10, 5])
    pending = contest_with_votes([10, 5], status=Contest.Status.PENDING)
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:results_contest_changelist"),
            {
                "action": "delete_selected",
                "_selected_action": [official.pk, pending.pk],
                "post": "yes",
            },  # fmt: skip
        )
    assert response.status_code == 302
    assert not Contest.objects.exists()
    assert sent == [("ge2024", [official.pk], "revision")]


def test_an_exit_poll_changed_in_the_admin_changes_election_wide_figures(
    client, sent, django_capture_on_commit_callbacks
):
    admin = UserFactory(username="boss", is_staff=True, is_superuser=True)
    election = ElectionFactory()
    ContestFactory(election=election)
    projection = Projection.objects.create(
        election=election, label="Labour", seats=410, source="Exit poll",
        published_at=datetime.datetime(2024, 7, 4, 21, tzinfo=datetime.UTC),
    )  # fmt: skip
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:results_projection_change", args=[projection.pk]),
            {
                "election": election.pk, "party": "", "label": "Labour", "seats": 411,
                "source": "Exit poll", "published_at_0": "2024-07-04", "published_at_1": "22:00:00",
            },
        )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert sent == [("ge2024", [], "revision")]
