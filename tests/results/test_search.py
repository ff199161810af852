"""The seat search finds names however they are typed: without accents, case or punctuation."""

import datetime

import pytest
from django.urls import reverse

from results import roles
from results.imports import import_results
from results.models import Candidacy, Constituency, Party
from results.text import fold
from tests.factories import CandidacyFactory, ConstituencyFactory, UserFactory, contest_with_votes

from .library_files import candidate_file, constituency_file, make_seats

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Ynys Môn", "ynys mon"),
        ("YNYS MÔN", "ynys mon"),
        ("Sinn Féin", "sinn fein"),
        ("Weston-super-Mare", "weston super mare"),
        ("O'Neill", "o neill"),
        ("  Dwyfor   Meirionnydd ", "dwyfor meirionnydd"),
        ("Øystein Æsir", "oystein aesir"),
        ("", ""),
    ],
)
def test_fold(written, folded):
    assert fold(written) == folded


@pytest.fixture
def seats():
    ynys_mon = contest_with_votes(
        [20000, 15000],
        constituency=ConstituencyFactory(
            name="Ynys Môn", slug="ynys-mon", ons_code="W07000112", nation="Wales", region="Wales"
        ),
    )  # fmt: skip
    sinn_fein = Party.objects.get(abbreviation="SF")
    sinn_fein.press_names = ""  # so only the folded name can match "Sinn Fein"
    sinn_fein.save()
    belfast = contest_with_votes([1000, 500], constituency=ConstituencyFactory(name="Belfast West"))
    CandidacyFactory(
        contest=belfast, first_name="Páidí", surname="Ó Dónaill", party=sinn_fein, votes=0
    )
    contest_with_votes([30, 20], constituency=ConstituencyFactory(name="Elsewhere"))
    return ynys_mon, belfast


@pytest.mark.parametrize("url", [reverse("results:index"), "/results/ge2024/"])
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ynys mon", "Ynys Môn"),
        ("YNYS MON", "Ynys Môn"),
        ("ynys môn", "Ynys Môn"),
        ("Sinn Fein", "Belfast West"),
        ("sinn féin", "Belfast West"),
        ("paidi o donaill", "Belfast West"),
    ],
)
def test_search_on_results_finds_a_name_without_its_accents(client, seats, url, query, found):
    html = client.get(url, {"q": query}).content.decode()
    assert f">{found}</a>" in html
    assert ">Elsewhere</a>" not in html
    assert "1 seat matching" in html


def test_the_admin_finds_a_seat_and_a_party_without_their_accents(client, seats):
    clerk = UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY])
    client.force_login(clerk)
    html = client.get(reverse("admin:results_constituency_changelist"), {"q": "ynys mon"})
    assert "Ynys Môn" in html.content.decode()
    html = client.get(reverse("admin:results_party_changelist"), {"q": "sinn fein"})
    assert "Sinn Féin" in html.content.decode()


def test_imported_seats_and_candidates_are_found_without_accents(client):
    seats = make_seats(2)
    seats[0].name = "Ynys Môn"
    first = seats[0].candidates[0]
    seats[0].candidates[0] = ("Llinos", "Medi Huws-Jones", *first[2:])
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    import_results(files, election="ge2024", date=datetime.date(2024, 7, 4))
    assert Constituency.objects.get(ons_code=seats[0].ons).search_name == "ynys mon"
    assert Candidacy.objects.filter(search_name="llinos medi huws jones").count() == 1
    html = client.get(reverse("results:index"), {"q": "ynys mon"}).content.decode()
    assert ">Ynys Môn</a>" in html
    html = client.get(reverse("results:index"), {"q": "huws jones"}).content.decode()
    assert ">Ynys Môn</a>" in html
    assert f">{seats[1].name}</a>" not in html
