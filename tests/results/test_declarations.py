"""Results night: which seats have declared, and official figures that stay put until approved.

A contest moves through awaiting declaration → declared (typed in by hand,
awaiting a second person) → official → revised. The public pages count and
list the declared seats, and a hand change awaiting approval never changes
what they show.
"""

import datetime
import re
from html import unescape

import pytest
from django.urls import reverse

from results import roles
from results.declarations import declaration_count
from results.models import Contest, Election, Party
from results.totals import election_figures
from results.views import official_contest, official_result
from results.vocabulary import Declaration
from tests.factories import (
    CandidacyFactory,
    ConstituencyFactory,
    ContestFactory,
    ElectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:results_contest_changelist")


@pytest.fixture
def clerk():
    return UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY])


@pytest.fixture
def second_clerk():
    return UserFactory(
        username="clerk2", first_name="Bea", last_name="Second", is_staff=True,
        groups=[roles.DATA_ENTRY],
    )  # fmt: skip


def party(abbreviation: str) -> Party:
    return Party.objects.get(abbreviation=abbreviation)


def result(election, seat, votes: dict[str, int], **kwargs) -> Contest:
    """An official result: ``votes`` by party abbreviation, highest first."""
    contest = ContestFactory(
        election=election, constituency=seat, valid_votes=sum(votes.values()), **kwargs
    )
    for i, (abbreviation, count) in enumerate(votes.items()):
        CandidacyFactory(
            contest=contest, first_name=f"{abbreviation}First", surname=f"Cand{i}",
            party=party(abbreviation), votes=count, elected=i == 0,
        )  # fmt: skip
    return contest


def change_form(contest: Contest, *, votes: list[int] | None = None, **fields) -> dict:
    """The admin's change form for ``contest`` as it is, with ``votes`` and ``fields`` changed."""
    ranked = contest.ranked_candidacies
    votes = votes if votes is not None else [c.votes for c in ranked]
    data = {
        "election": contest.election_id,
        "constituency": contest.constituency_id,
        "result": contest.result,
        "declared_at_0": "",
        "declared_at_1": "",
        "electorate": contest.electorate or "",
        "valid_votes": sum(votes),
        "invalid_votes": contest.invalid_votes,
        "source": contest.source,
        "candidacies-TOTAL_FORMS": len(ranked),
        "candidacies-INITIAL_FORMS": len(ranked),
        "candidacies-MIN_NUM_FORMS": 0,
        "candidacies-MAX_NUM_FORMS": 1000,
    } | fields
    for i, (c, v) in enumerate(zip(ranked, votes, strict=True)):
        data |= {
            f"candidacies-{i}-id": c.pk,
            f"candidacies-{i}-contest": contest.pk,
            f"candidacies-{i}-first_name": c.first_name,
            f"candidacies-{i}-surname": c.surname,
            f"candidacies-{i}-party": c.party_id,
            f"candidacies-{i}-party_label": "",
            f"candidacies-{i}-votes": v,
        }
    return data


def enter_by_hand(client, user, contest: Contest, **kwargs) -> None:
    client.force_login(user)
    contest = Contest.objects.with_figures().get(pk=contest.pk)
    url = reverse("admin:results_contest_change", args=[contest.pk])
    response = client.post(url, change_form(contest, **kwargs))
    assert response.status_code == 302, response.content.decode()[:2000]


def approve(client, user, contest: Contest) -> None:
    client.force_login(user)
    action = {"action": "approve_results", "_selected_action": [contest.pk]}
    response = client.post(CHANGELIST, action, follow=True)
    assert "Approved 1 result" in response.content.decode()


def text(html: str) -> str:
    """The page's text, tags dropped and spaces collapsed, as a reader sees it."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def results_seat_page(rf, contest: Contest) -> str:
    """``results``' own seat page (the project serves factcheck's, which extends it and caches
    it for anonymous readers until factcheck clears it), as text."""
    from results.views import contest_detail

    request = rf.get(contest.get_absolute_url())
    response = contest_detail(
        request, election=contest.election.slug, constituency=contest.constituency.slug
    )
    return text(response.content.decode())


# -- the states ---------------------------------------------------------------------------


def test_a_seat_moves_from_awaiting_to_declared_to_official_to_revised(client, clerk, second_clerk):
    seat = ConstituencyFactory(name="Results Night North")
    contest = ContestFactory(
        constituency=seat, status=Contest.Status.AWAITING, electorate=None, valid_votes=0,
        invalid_votes=0, source="",
    )  # fmt: skip
    for i, abbreviation in enumerate(["Lab", "Con"]):
        CandidacyFactory(
            contest=contest, first_name="Ann" if i == 0 else "Bo", surname=f"Lee{i}",
            party=party(abbreviation), votes=0,
        )  # fmt: skip
    assert contest.declaration == Declaration.AWAITING
    assert list(Contest.objects.awaiting_declaration()) == [contest]
    assert client.get(contest.get_absolute_url()).status_code == 404

    # The returning officer declares; a clerk types it in: declared, not yet official.
    enter_by_hand(client, clerk, contest, votes=[600, 400], electorate=2000)
    contest.refresh_from_db()
    assert contest.declaration == Declaration.DECLARED
    assert list(Contest.objects.awaiting_declaration()) == [contest]
    assert client.get(contest.get_absolute_url()).status_code == 404

    # A second person approves it: official, off the awaiting list, public.
    approve(client, second_clerk, contest)
    contest.refresh_from_db()
    assert contest.declaration == Declaration.OFFICIAL
    assert not Contest.objects.awaiting_declaration().exists()
    assert list(Contest.objects.declared()) == [contest]
    page = text(client.get(contest.get_absolute_url()).content.decode())
    assert "600" in page
    assert "All figures entered by hand, by clerk; approved by Bea Second on" in page

    # A correction, approved: revised.
    enter_by_hand(client, clerk, contest, votes=[601, 400])
    contest.refresh_from_db()
    assert contest.declaration == Declaration.OFFICIAL  # the official figures still stand
    assert contest.change_pending
    approve(client, second_clerk, contest)
    contest.refresh_from_db()
    assert contest.declaration == Declaration.REVISED
    assert contest.revised_at is not None
    assert not contest.change_pending


def test_the_library_import_makes_a_seat_official_and_a_changed_file_revises_it(db):
    from results.imports import import_results

    from .library_files import candidate_file, constituency_file, make_seats

    seats = make_seats(3)
    day = datetime.date(2024, 7, 4)
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    import_results(files, election="ge2024", date=day)
    states = {c.declaration for c in Contest.objects.all()}
    assert states == {Declaration.OFFICIAL}
    first = seats[0].candidates[0]
    seats[0].candidates[0] = (*first[:4], first[4] + 1)
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    import_results(files, election="ge2024", date=day)
    revised = Contest.objects.get(constituency__ons_code=seats[0].ons)
    assert revised.declaration == Declaration.REVISED
    assert Contest.objects.get(constituency__ons_code=seats[1].ons).declaration == (
        Declaration.OFFICIAL
    )


# -- the public counts and the seat lists --------------------------------------------------


@pytest.fixture
def night():
    """2019: two seats. 2024 (after 2019): one hold, one gain, one awaiting, one being checked."""
    ge2019 = ElectionFactory(
        slug="ge2019", name="2019 general election", date=datetime.date(2019, 12, 12)
    )
    ge2024 = ElectionFactory(slug="ge2024", name="2024 general election", previous=ge2019)
    held = ConstituencyFactory(name="Holdham")
    gained = ConstituencyFactory(name="Gainsworth")
    awaiting = ConstituencyFactory(name="Waitby")
    checking = ConstituencyFactory(name="Checkley")
    result(ge2019, held, {"Lab": 500, "Con": 300})
    result(ge2019, gained, {"Con": 500, "Lab": 300})
    result(ge2024, held, {"Lab": 450, "Con": 350})
    result(ge2024, gained, {"Lab": 520, "Con": 480})
    ContestFactory(
        election=ge2024, constituency=awaiting, status=Contest.Status.AWAITING,
        electorate=None, valid_votes=0, invalid_votes=0,
    )  # fmt: skip
    result(ge2024, checking, {"LD": 700, "Lab": 100}, status=Contest.Status.PENDING)
    return ge2024


def test_the_index_says_how_many_seats_have_declared_and_lists_them(client, night):
    page = text(client.get(reverse("results:index")).content.decode())
    assert "2 of 650 declared (1 more being checked)" in page
    assert "2 of 650 declared" in page  # 2019: both seats
    # Each declared seat with its winner, party and gain or hold.
    assert "Gainsworth 2024 general election LabFirst Cand0 Labour Gain from Conservative" in page
    assert "Holdham 2024 general election LabFirst Cand0 Labour Hold" in page
    # Nothing of the seats with no official result.
    assert "Checkley" not in page
    assert "Waitby" not in page


def test_the_election_page_lists_every_seat_with_its_declaration(client, night):
    html = client.get(night.get_absolute_url()).content.decode()
    page = text(html)
    assert "2 of 650 declared (1 more being checked)" in page
    # National figures from the declared seats only, saying how many they cover.
    assert "Computed from the official results of 2 of 650 seats" in page
    figures = election_figures(night).uk
    assert figures.seats_declared == 2
    assert figures.party("Lab").seats == 2
    assert figures.party("LD") is None  # the seat being checked counts for nothing yet
    assert "Checkley Declared; the result is being checked" in page
    assert "Waitby Awaiting declaration" in page
    assert "Gainsworth LabFirst Cand0 Labour Gain from Conservative" in page
    assert "Holdham LabFirst Cand0 Labour Hold" in page
    assert f'href="{night.contests.get(constituency__name="Holdham").get_absolute_url()}"' in html
    assert 'href="/results/ge2024/waitby/"' not in html
    assert declaration_count(night).declared == 2


def test_gain_or_hold_is_against_the_notional_baseline_when_boundaries_changed(client):
    from results.imports import import_results

    from .library_files import candidate_file, constituency_file, make_seats, notional_file

    seats = make_seats(2)
    day = datetime.date(2024, 7, 4)
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    import_results(files, election="ge2024", date=day)
    notional = make_seats(2, seed=11)
    for seat, then in zip(seats, notional, strict=True):
        then.ons, then.name = seat.ons, seat.name
    # In the notional result the Conservatives won the second seat.
    lab, con = notional[1].candidates[0], notional[1].candidates[1]
    notional[1].candidates[0], notional[1].candidates[1] = (*lab[:4], 100), (*con[:4], 20_000)
    import_results(
        [("n.csv", notional_file(notional))], election="ge2019-notional",
        date=datetime.date(2019, 12, 12), notional_for="ge2024",
    )  # fmt: skip
    page = text(client.get("/results/ge2024/").content.decode())
    held, gained = (f"{s.name} {s.candidates[0][0]} {s.candidates[0][1]} Labour" for s in seats)
    assert f"{held} Hold" in page
    assert f"{gained} Gain from Conservative" in page


@pytest.mark.parametrize("more_seats", [0, 30])
def test_the_seat_lists_cost_the_same_queries_however_many_seats(
    client, night, more_seats, django_assert_max_num_queries
):
    for _ in range(more_seats):
        result(night, ConstituencyFactory(), {"Lab": 10, "Con": 5})
    # The index computes both elections' national figures (then kept until a figure changes).
    with django_assert_max_num_queries(15):
        assert client.get(reverse("results:index")).status_code == 200
    # the national page adds its published checks (issue 16): the official data version
    # its cache is keyed by, the page's publications and the chart's party colours
    with django_assert_max_num_queries(12):
        assert client.get(night.get_absolute_url()).status_code == 200


# -- a hand change awaiting approval leaves the public pages as they were -----------------


def test_a_hand_change_awaiting_approval_leaves_the_public_pages_as_they_were(
    client, rf, clerk, second_clerk, night
):
    contest = night.contests.get(constituency__name="Holdham")
    url = contest.get_absolute_url()
    assert "LabFirst Cand0 (Labour) won with a majority of 100" in results_seat_page(rf, contest)
    national_before = text(client.get(night.get_absolute_url()).content.decode())
    assert "Holdham LabFirst Cand0 Labour Hold" in national_before

    # Labour's 450 becomes 350 and the Conservatives' 350 becomes 451: a different winner.
    enter_by_hand(client, clerk, contest, votes=[350, 451])
    contest.refresh_from_db()
    assert contest.status == Contest.Status.PENDING
    client.logout()
    after = client.get(url)
    assert after.status_code == 200
    page = text(after.content.decode())
    assert "LabFirst Cand0 (Labour) won with a majority of 100" in page
    assert "451" not in page
    assert "Entered by hand" not in page
    # The election page, the national figures and the JSON keep the official figures too.
    assert "Holdham LabFirst Cand0 Labour Hold" in text(
        client.get(night.get_absolute_url()).content.decode()
    )
    assert election_figures(night).uk.party("Lab").votes == 450 + 520
    official = official_contest("ge2024", contest.constituency.slug)
    assert official_result(official)["candidates"][0]["votes"] == 450
    assert contest in Contest.objects.declared()
    assert contest not in Contest.objects.awaiting_declaration()

    # Approved by a second person: the new figures, and who entered and approved them.
    approve(client, second_clerk, contest)
    client.logout()
    page = results_seat_page(rf, contest)
    assert "ConFirst Cand1 (Conservative) won with a majority of 101" in page
    assert (
        "Entered by hand: valid votes: 800 → 801; ConFirst Cand1's votes: 350 → 451; "
        "LabFirst Cand0's votes: 450 → 350; LabFirst Cand0 no longer elected, by clerk; "
        "approved by Bea Second on"
    ) in page
    assert "Revised" in page
    assert "Holdham ConFirst Cand1 Conservative Gain from Labour" in text(
        client.get(night.get_absolute_url()).content.decode()
    )
    assert election_figures(night).uk.party("Lab").votes == 350 + 520


def test_an_official_result_without_stored_figures_keeps_them_through_a_hand_change(
    client, clerk, night
):
    """Results loaded before official figures were stored are kept when first changed."""
    contest = night.contests.get(constituency__name="Gainsworth")
    assert contest.official_figures is None
    enter_by_hand(client, clerk, contest, votes=[100, 900])
    page = text(client.get(contest.get_absolute_url()).content.decode())
    assert "LabFirst Cand0 (Labour) won with a majority of 40" in page


def test_the_contest_history_shows_a_candidates_vote_change(client, clerk, second_clerk, night):
    contest = night.contests.get(constituency__name="Holdham")
    enter_by_hand(client, clerk, contest, votes=[460, 350])
    approve(client, second_clerk, contest)
    client.force_login(clerk)
    page = text(
        client.get(reverse("admin:results_contest_history", args=[contest.pk])).content.decode()
    )
    assert "Changes to the figures, candidates included" in page
    assert "LabFirst Cand0's votes: 450 → 460" in page
    assert "Valid votes: 800 → 810" in page
    assert "Status: Awaiting second approval → Official" in page
    assert "clerk2" in page


# -- opening an election for results night ------------------------------------------------


def test_an_election_opens_with_every_seat_awaiting_declaration(
    client, django_capture_on_commit_callbacks
):
    from django.core.management import CommandError, call_command

    from results.imports import import_results
    from results.signals import official_figures_changed

    from .library_files import candidate_file, constituency_file, make_seats

    seats = make_seats(3)
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    import_results(files, election="ge2024", date=datetime.date(2024, 7, 4))
    with pytest.raises(CommandError, match="give --date"):
        call_command("await_declarations", "--election", "ge2029", "--seats-of", "ge2024")
    opening = ["--seats-of", "ge2024", "--date", "2029-05-03"]
    with pytest.raises(CommandError, match="valid"):
        call_command("await_declarations", "--election", "ge 2029", *opening)
    assert not Election.objects.filter(date=datetime.date(2029, 5, 3)).exists()
    call_command("await_declarations", "--election", "ge2029", *opening)
    ge2029 = Election.objects.get(slug="ge2029")
    assert ge2029.previous.slug == "ge2024"
    assert ge2029.contests.awaiting_declaration().count() == 3
    call_command("await_declarations", "--election", "ge2029", "--seats-of", "ge2024")
    assert ge2029.contests.count() == 3  # again: nothing new

    page = text(client.get("/results/ge2029/").content.decode())
    assert "0 of 3 declared" in page  # seats in the Commons unknown for 2029: its contests
    assert page.count("Awaiting declaration") == 3

    # The Library's file for one seat arrives: its first official result.
    sent = []
    official_figures_changed.connect(
        lambda sender, **kw: sent.append((kw["election"], kw["contests"], kw["reason"])),
        weak=False,
        dispatch_uid="test-await",
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            files = [("c.csv", candidate_file(seats[:1])), ("s.csv", constituency_file(seats[:1]))]
            import_results(files, election="ge2029", date=datetime.date(2029, 5, 3))
    finally:
        official_figures_changed.disconnect(dispatch_uid="test-await")
    declared = ge2029.contests.get(constituency__ons_code=seats[0].ons)
    assert sent == [("ge2029", [declared.pk], "import")]
    assert declared.declaration == Declaration.OFFICIAL
    assert ge2029.contests.awaiting_declaration().count() == 2
    page = text(client.get("/results/ge2029/").content.decode())
    assert "1 of 3 declared" in page
    assert (
        f"{seats[0].name} {seats[0].candidates[0][0]} {seats[0].candidates[0][1]} Labour Hold"
        in page
    )
