"""National, nation and regional figures: the Django-free arithmetic, the loader and the page."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from results.imports import import_results
from results.models import Contest, Election, Party, ReferenceFact
from results.national import (
    Area,
    AreaKind,
    CandidateRow,
    ContestRow,
    areas_of,
    commons_seats,
    figures_by_area,
    national_figures,
    seat_changes,
    speaker_names,
)
from results.totals import contest_rows, current_figures, election_figures, speaker_former_party
from tests.factories import (
    CandidacyFactory,
    ConstituencyFactory,
    ContestFactory,
    ElectionFactory,
    PartyFactory,
)
from tests.full_data import import_both_elections

REPO = Path(__file__).resolve().parents[2]


# -- plain rows, no database ------------------------------------------------------------

NAMES = {
    "Lab": "Labour", "Con": "Conservative", "LD": "Liberal Democrat", "SNP": "SNP",
    "Spk": "Speaker", "Ind": "Independent", "Green": "Green",
}  # fmt: skip


def seat(
    code: str,
    votes: dict[str, int] | list[tuple[str, int]],
    *,
    nation: str = "England",
    region: str = "London",
    electorate: int = 1000,
    invalid: int = 0,
    elected: str | None = None,
) -> ContestRow:
    """A seat whose valid votes are its candidates' votes; ``elected`` marks a winner by lot."""
    pairs = list(votes.items()) if isinstance(votes, dict) else votes
    candidates = tuple(
        CandidateRow(
            party=party, party_name=NAMES.get(party, party), votes=n,
            is_independent=party == "Ind", elected=party == elected,
            first_name="A", surname=f"{party}{i}",
        )
        for i, (party, n) in enumerate(pairs)
    )  # fmt: skip
    return ContestRow(
        slug=code.lower(), ons_code=code, name=code, nation=nation, region=region,
        electorate=electorate, valid=sum(n for _, n in pairs), invalid=invalid,
        candidates=candidates,
    )  # fmt: skip


def test_seats_votes_exact_shares_and_places_add_up():
    """Seats, votes and shares by party; share kept exact and rounded half-up by arithmetic."""
    rows = [
        seat("E1", {"Lab": 500, "Con": 300, "LD": 200}, electorate=2000, invalid=10),
        seat("E2", {"Con": 400, "Lab": 350, "LD": 250}, electorate=2000, invalid=5),
        seat("E3", {"Lab": 300, "LD": 200, "Con": 100}, electorate=1000),
    ]
    uk = national_figures(rows, seats_total=3)
    assert [(p.party, p.seats, p.votes) for p in uk.parties] == [
        ("Lab", 2, 1150), ("Con", 1, 800), ("LD", 0, 650),
    ]  # fmt: skip
    lab = uk.party("Lab")
    assert uk.valid == 2600
    assert lab.share_exact == Fraction(115000, 2600)  # 44.2307…%
    assert lab.share == Decimal("44.23")
    assert lab.places == (2, 1)  # first in two seats, second in one
    assert uk.party("Con").places == (1, 1, 1)
    assert uk.party("LD").place(3) == 2
    assert uk.party("LD").place(1) == 0
    assert uk.party("LD").place(9) == 0
    with pytest.raises(ValueError, match="start at 1"):
        lab.place(0)
    assert lab.candidates == 3
    assert (uk.electorate, uk.rejected, uk.seats_declared) == (5000, 15, 3)
    assert uk.turnout == Decimal("52.00")  # 2,600 ÷ 5,000
    assert uk.turnout_declared == Decimal("52.30")  # 2,615 ÷ 5,000
    assert uk.turnout_declared_exact == Fraction(2615 * 100, 5000)
    assert uk.complete
    assert uk.largest_party.party == "Lab"
    assert uk.majority("Lab").value == 1  # 2 − (3 − 2)
    assert uk.majority("Lab").working == "2 − (3 − 2) = 1"
    assert uk.majority("Con").value == -1


def test_the_speaker_is_counted_apart_and_with_the_former_party_only_on_request():
    """The Speaker's seat belongs to no party; with his former party on file, both counts."""
    rows = [
        seat("E1", {"Lab": 500, "Con": 300}),
        seat("E2", {"Spk": 600, "Green": 100}),
        seat("E3", {"Con": 500, "Lab": 400}),
        seat("E4", {"Lab": 500, "Con": 400}),
    ]
    plain = national_figures(rows, seats_total=4)
    assert plain.party("Lab").seats == 2
    assert plain.speaker_seats == 1
    assert plain.party("Spk").is_speaker
    assert plain.speaker_former_party is None
    assert plain.seats_with_speaker("Lab") == 2  # no fact on file: without only
    assert plain.largest_party.party == "Lab"  # never the Speaker
    assert "counted apart from every party" in plain.speaker_note
    assert "former party" not in plain.speaker_note
    figures = national_figures(rows, seats_total=4, speaker_former_party="Lab")
    assert figures.party("Lab").seats == 2
    assert figures.seats_with_speaker("Lab") == 3
    assert figures.seats_with_speaker("Con") == 1
    assert figures.majority("Lab").value == 0  # 2 − (4 − 2)
    with_speaker = figures.majority("Lab", with_speaker=True)
    assert (with_speaker.value, with_speaker.with_speaker) == (2, True)  # 3 − (4 − 3)
    assert "Labour has 3 seats" in figures.speaker_note
    assert speaker_names(rows) == ["A Spk0"]
    # A nation without the Speaker's seat does not count him.
    assert national_figures(rows[:1], speaker_former_party="Lab").speaker_former_party is None


def test_independents_are_summed_but_flagged_and_never_the_largest_party():
    rows = [
        seat("E1", [("Ind", 500), ("Ind", 400), ("Lab", 100)]),
        seat("E2", [("Ind", 300), ("Lab", 200)]),
        seat("E3", [("Lab", 300), ("Ind", 200)]),
    ]
    uk = national_figures(rows)
    independents = uk.party("Ind")
    assert independents.is_independent
    assert (independents.seats, independents.votes, independents.candidates) == (2, 1400, 4)
    assert independents.places == (2, 2)  # candidates, not seats, for independents
    assert uk.largest_party.party == "Lab"
    assert uk.majority("Lab") is None  # the total of seats was not given


def test_a_tie_goes_to_the_member_elected_and_a_seat_without_candidates_is_left_out():
    """Equal votes: the winner of the lot (``elected``) takes the seat, not the first name."""
    rows = [
        seat("E1", [("Con", 500), ("Lab", 500)], elected="Lab"),
        ContestRow("e2", "E2", "E2", "England", "London", 1000, 0, 0, ()),
    ]
    assert national_figures(rows[:1]).party("Lab").seats == 1
    # Unmarked (the importer refuses such a tie): the name order, only to be stable.
    assert national_figures([seat("E1", [("Con", 500), ("Lab", 500)])]).party("Con").seats == 1
    uk = national_figures(rows)
    assert uk.party("Lab").seats == 1
    assert uk.party("Con").places == (0, 1)
    assert uk.seats_declared == 1
    assert uk.unresolved == ("e2",)
    assert uk.electorate == 1000  # the empty seat's electorate is not counted


def test_a_seat_given_twice_is_refused():
    row = seat("E1", {"Lab": 1})
    with pytest.raises(ValueError, match="E1"):
        national_figures([row, row])


def test_areas_come_uk_first_then_nations_then_english_regions():
    rows = [
        seat("E1", {"Lab": 5}, region="South West"),
        seat("S1", {"SNP": 5}, nation="Scotland", region="Scotland"),
        seat("E2", {"Lab": 5}, region="North East"),
        seat("W1", {"Lab": 5}, nation="Wales", region="Wales"),
        seat("N1", {"SF": 5}, nation="Northern Ireland", region="Northern Ireland"),
    ]
    assert [a.slug for a in areas_of(rows)] == [
        "uk", "england", "scotland", "wales", "northern-ireland", "north-east", "south-west",
    ]  # fmt: skip
    figures = figures_by_area(rows, seats_total=5)
    assert figures.uk.seats_declared == 5
    scotland = figures.area("scotland")
    assert scotland.area == Area(AreaKind.NATION, "Scotland")
    assert (scotland.party("SNP").seats, scotland.seats_declared, scotland.seats_total) == (1, 1, 1)
    assert figures.area("north-east").party("Lab").seats == 1
    assert figures.area("atlantis") is None
    # Until every UK seat has declared, a nation's total of seats is not known.
    partial = figures_by_area(rows, seats_total=650)
    assert partial.area("england").seats_total is None
    assert partial.area("england").majority("Lab") is None
    assert partial.uk.majority("Lab").value == 3 - 647


def test_gains_and_losses_are_counted_seat_by_seat_against_the_baseline():
    """A gain is a seat won from another party's baseline winner; a loss, the reverse."""
    baseline = [
        seat("E1", {"Con": 500, "Lab": 400}),
        seat("E2", {"Con": 500, "LD": 400}),
        seat("E3", {"Lab": 500, "Con": 400}),
        seat("E4", {"Lab": 500, "Con": 400}),
        seat("E9", {"Lab": 500}),  # not (yet) declared now
    ]
    now = [
        seat("E1", {"Lab": 500, "Con": 400}),
        seat("E2", {"LD": 500, "Con": 400}),
        seat("E3", {"Con": 500, "Lab": 400}),
        seat("E4", {"Lab": 500, "Con": 400}),
        seat("E5", {"Green": 500}),  # no baseline row
    ]
    changes = seat_changes(now, baseline, label="notional 2019 result")
    assert changes.compared == 4
    assert changes.unmatched == ("e5",)
    assert changes.changed_hands == 3
    lab, con, ld = changes.party("Lab"), changes.party("Con"), changes.party("LD")
    assert (lab.gains, lab.losses, lab.net, lab.seats_then, lab.seats_now) == (1, 1, 0, 2, 2)
    assert (con.gains, con.losses, con.net) == (1, 2, -1)
    assert (ld.gains, ld.losses, ld.net) == (1, 0, 1)
    assert changes.party("Green") is None
    figures = national_figures(now, baseline=baseline, baseline_label="notional 2019 result")
    assert figures.changes == changes
    assert figures.changes.baseline == "notional 2019 result"


def test_commons_seats_by_polling_day():
    assert commons_seats(datetime.date(2024, 7, 4)) == 650
    assert commons_seats(datetime.date(2005, 5, 5)) == 646
    assert commons_seats(datetime.date(2024, 5, 2)) is None


def test_the_national_figures_load_without_django():
    code = (
        "import sys; import results.national; "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'django'); "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


# -- from the database ------------------------------------------------------------------


def party(abbreviation: str) -> Party:
    return PartyFactory(
        abbreviation=abbreviation, name=NAMES.get(abbreviation, abbreviation),
        is_independent=abbreviation == "Ind",
    )  # fmt: skip


def result(election: Election, constituency, votes: dict[str, int], **kwargs) -> Contest:
    contest = ContestFactory(
        election=election, constituency=constituency, valid_votes=sum(votes.values()), **kwargs
    )
    for abbreviation, n in votes.items():
        CandidacyFactory(contest=contest, party=party(abbreviation), votes=n)
    return contest


@pytest.fixture
def with_notional(db):
    """A 2024 election of four seats (one in Scotland) and its notional 2019 baseline."""
    notional = ElectionFactory(
        slug="ge2019-notional", name="notional 2019 result on the 2024 boundaries",
        date=datetime.date(2019, 12, 12), is_notional=True,
    )  # fmt: skip
    ge2024 = ElectionFactory(slug="ge2024")
    ge2024.notional_baseline = notional
    ge2024.save()
    seats = [
        ConstituencyFactory(name="Alpha"),
        ConstituencyFactory(name="Beta"),
        ConstituencyFactory(name="Gamma"),
        ConstituencyFactory(name="Delta", nation="Scotland", region="Scotland",
                            ons_code="S14000999"),
    ]  # fmt: skip
    then = [{"Con": 500, "Lab": 400}, {"Con": 500, "LD": 400}, {"Lab": 500}, {"SNP": 500}]
    now = [{"Lab": 500, "Con": 400}, {"Con": 500, "LD": 400}, {"Lab": 500}, {"Lab": 600}]
    for constituency, old, new in zip(seats, then, now, strict=True):
        result(notional, constituency, old)
        result(ge2024, constituency, new, electorate=2000, invalid_votes=10)
    return ge2024


@pytest.mark.django_db
def test_rows_come_from_official_contests_only(with_notional):
    pending = result(with_notional, ConstituencyFactory(name="Epsilon"), {"Con": 900})
    pending.status = Contest.Status.PENDING
    pending.save()
    rows = contest_rows(with_notional)
    assert [r.name for r in rows] == ["Alpha", "Beta", "Delta", "Gamma"]
    delta = rows[2]
    assert (delta.nation, delta.region, delta.electorate, delta.valid, delta.invalid) == (
        "Scotland", "Scotland", 2000, 600, 10,
    )  # fmt: skip
    assert [(c.party, c.party_name, c.votes) for c in delta.candidates] == [("Lab", "Labour", 600)]


@pytest.mark.django_db
def test_gains_and_losses_against_the_notional_baseline_from_the_database(
    with_notional, django_assert_num_queries
):
    """The notional baseline linked to the election gives each party's gains and losses.

    The same with the real files: ``test_gains_and_losses_against_the_notional_2019_result``.
    """
    election = Election.objects.select_related("notional_baseline").get(slug="ge2024")
    with django_assert_num_queries(4):  # two for each election's rows; no Speaker, no fact
        figures = election_figures(election)
    uk = figures.uk
    assert uk.seats_declared == 4
    assert uk.seats_total == 650
    assert uk.changes.baseline == "notional 2019 result on the 2024 boundaries"
    assert uk.changes.compared == 4
    lab = uk.changes.party("Lab")
    assert (lab.gains, lab.losses, lab.net, lab.seats_then, lab.seats_now) == (2, 0, 2, 1, 3)
    assert uk.changes.party("Con").net == -1
    assert uk.changes.party("SNP").losses == 1
    scotland = figures.area("scotland")
    assert scotland.changes.party("Lab").gains == 1
    assert scotland.changes.compared == 1


@pytest.mark.django_db
def test_the_speakers_former_party_comes_from_the_reference_fact(db):
    assert speaker_former_party([]) is None
    assert speaker_former_party(["Lindsay Hoyle"]) is None
    ReferenceFact.objects.create(
        kind="first_elected", subject="Lindsay Hoyle", party=party("Lab"), value="1997-05-01",
        source="UK Parliament, Members' data (MNIS 467)",
    )  # fmt: skip
    assert speaker_former_party(["lindsay hoyle"]) == "Lab"


@pytest.mark.django_db
def test_the_election_page_shows_the_national_summary_and_each_area(client, with_notional):
    html = client.get("/results/ge2024/").content.decode()
    assert "National figures" in html
    assert "4 of 650 seats" in html
    assert "the rest have not declared" in html
    assert "Seats, votes and share of the vote by party, United Kingdom" in html
    assert "against the notional 2019 result on the 2024 boundaries" in html
    assert '<th scope="col" class="num">Gains</th>' in html
    assert "Turnout (valid votes, the Library’s definition)" in html
    assert "Commons majority of the largest party" in html
    assert "Labour: −644" in html or "Labour: -644" in html  # 3 − (650 − 3)
    assert 'href="?area=scotland#figures-heading"' in html
    scotland = client.get("/results/ge2024/", {"area": "scotland"}).content.decode()
    assert "1 of 1 seat" not in scotland  # the UK has not finished declaring
    assert "1 seat</strong> in Scotland" in scotland
    assert 'aria-current="page">Scotland' in scotland
    assert "Commons majority" not in scotland
    assert "Seats in Scotland" in scotland
    assert ">Delta</a>" in scotland
    assert ">Alpha</a>" not in scotland  # the seat list follows the area
    assert client.get("/results/ge2024/", {"area": "atlantis"}).status_code == 404


@pytest.mark.django_db
def test_the_index_names_each_elections_largest_party(client, with_notional):
    html = client.get("/results/").content.decode()
    assert "Largest party: Labour, 3 seats of 650" in html
    assert "(notional)" in html


@pytest.mark.django_db
def test_the_figures_are_kept_until_an_official_figure_changes(
    with_notional, django_assert_num_queries
):
    election = Election.objects.get(slug="ge2024")
    first = current_figures(election)
    with django_assert_num_queries(1):
        assert current_figures(election) is first
    contest = Contest.objects.get(election=election, constituency__name="Beta")
    winner = contest.candidacies.get(party__abbreviation="Con")
    winner.votes = 100
    winner.save()
    contest.valid_votes = 500
    contest.save()
    again = current_figures(election)
    assert again is not first
    assert again.uk.party("LD").seats == 1


# -- the full House of Commons Library files --------------------------------------------


@pytest.fixture
def both_elections(db, shared_official):
    import_both_elections(shared_official)


@pytest.mark.full_data
@pytest.mark.django_db
def test_the_2024_and_2019_figures_from_the_full_library_files(
    both_elections, django_assert_max_num_queries
):
    ge2024 = Election.objects.get(slug="ge2024")
    with django_assert_max_num_queries(3):  # rows (2) and the Speaker's reference fact (1)
        figures = election_figures(ge2024)
    uk = figures.uk
    assert (uk.seats_declared, uk.seats_total) == (650, 650)
    seats = {p.party: p.seats for p in uk.parties if p.seats}
    assert seats == {
        "Lab": 411, "Con": 121, "LD": 72, "SNP": 9, "SF": 7, "Ind": 6, "RUK": 5, "DUP": 5,
        "Green": 4, "PC": 4, "SDLP": 2, "APNI": 1, "TUV": 1, "UUP": 1, "Spk": 1,
    }  # fmt: skip
    assert uk.party("Ind").is_independent
    shares = {p: uk.party(p).share for p in ("Lab", "Con", "RUK", "LD", "Green", "SNP")}
    assert shares == {
        "Lab": Decimal("33.70"), "Con": Decimal("23.70"), "RUK": Decimal("14.29"),
        "LD": Decimal("12.22"), "Green": Decimal("6.75"), "SNP": Decimal("2.52"),
    }  # fmt: skip
    assert (uk.electorate, uk.valid, uk.rejected) == (48_224_212, 28_809_340, 116_253)
    assert uk.turnout == Decimal("59.74")
    assert uk.turnout_declared == Decimal("59.98")
    assert sum(p.votes for p in uk.parties) == uk.valid
    assert uk.party("RUK").place(2) == 98  # Reform UK came second in 98 seats
    # The Speaker: apart from Labour unless his reference fact is loaded.
    assert uk.speaker_former_party is None
    assert uk.seats_with_speaker("Lab") == 411
    assert uk.majority("Lab").value == 172  # 2 × 411 − 650
    assert uk.largest_party.party == "Lab"
    scotland = figures.area("scotland")
    assert (scotland.party("SNP").seats, scotland.seats_declared, scotland.seats_total) == (
        9, 57, 57,
    )  # fmt: skip
    assert scotland.party("Lab").seats == 37
    assert [f.seats_declared for f in figures.nations] == [543, 57, 32, 18]
    assert sum(f.seats_declared for f in figures.regions) == 543
    ReferenceFact.objects.create(
        kind="first_elected", subject="Lindsay Hoyle", party=Party.objects.get(abbreviation="Lab"),
        value="1997-05-01", source="UK Parliament, Members' data (MNIS 467)",
    )  # fmt: skip
    uk = election_figures(ge2024).uk
    assert uk.speaker_former_party == "Lab"
    assert uk.party("Lab").seats == 411
    assert uk.seats_with_speaker("Lab") == 412
    assert uk.majority("Lab", with_speaker=True).value == 174

    ge2019 = election_figures(Election.objects.get(slug="ge2019")).uk
    assert (ge2019.party("Con").seats, ge2019.party("Lab").seats) == (365, 202)
    assert (ge2019.party("Lab").share, ge2019.party("Con").share) == (
        Decimal("32.08"), Decimal("43.63"),
    )  # fmt: skip
    assert ge2019.majority("Con").value == 80
    assert ge2019.seats_with_speaker("Lab") == 203


@pytest.mark.full_data
@pytest.mark.django_db
def test_the_2024_page_from_the_full_library_files(client, both_elections):
    html = client.get("/results/ge2024/").content.decode()
    for text in [
        "650 of 650 seats",
        "48,224,212",  # electorate
        "28,809,340",  # valid votes
        "116,253",  # rejected ballots
        "59.98%",
        "59.74%",
        "Labour: 172",
        "411 − (650 − 411) = 172",
        "33.70",
        "The Speaker’s seat is counted apart from every party",
    ]:
        assert text.replace("’", "&#x27;") in html or text in html, text
    wales = client.get("/results/ge2024/", {"area": "wales"}).content.decode()
    assert "32 of 32 seats" in wales


@pytest.mark.full_data
@pytest.mark.django_db
def test_gains_and_losses_against_the_notional_2019_result(
    client, both_elections, shared_official, django_assert_max_num_queries
):
    """2024 against Parliament's notional 2019 result on the 2024 boundaries, as the BBC and
    PA reported it: Labour +211, Conservatives −251, Liberal Democrats +64, SNP −39."""
    import_results(
        [shared_official / "candidate-level-results-notional-general-election-12-12-2019.csv"],
        election="ge2019-notional", date=datetime.date(2019, 12, 12), notional_for="ge2024",
    )  # fmt: skip
    ge2024 = Election.objects.select_related("notional_baseline").get(slug="ge2024")
    with django_assert_max_num_queries(5):  # rows (2), the Speaker's fact (1), baseline (2)
        figures = election_figures(ge2024)
    changes = figures.uk.changes
    assert changes.baseline == ge2024.notional_baseline.name
    assert (changes.compared, changes.unmatched, changes.changed_hands) == (650, (), 303)
    got = {c.party: (c.seats_then, c.seats_now, c.gains, c.losses, c.net) for c in changes.parties}
    assert got == {
        "Lab": (200, 411, 218, 7, 211), "Con": (372, 121, 1, 252, -251),
        "LD": (8, 72, 64, 0, 64), "SNP": (48, 9, 1, 40, -39), "SF": (7, 7, 0, 0, 0),
        "Ind": (0, 6, 6, 0, 6), "RUK": (0, 5, 5, 0, 5), "DUP": (8, 5, 0, 3, -3),
        "Green": (1, 4, 3, 0, 3), "PC": (2, 4, 2, 0, 2), "SDLP": (2, 2, 0, 0, 0),
        "APNI": (1, 1, 1, 1, 0), "UUP": (0, 1, 1, 0, 1), "TUV": (0, 1, 1, 0, 1),
        "Spk": (1, 1, 0, 0, 0),
    }  # fmt: skip
    scotland = figures.area("scotland").changes
    assert (scotland.party("Lab").gains, scotland.party("SNP").losses) == (36, 40)
    # The notional result is an election's figures too.
    notional = election_figures(ge2024.notional_baseline).uk
    assert (notional.party("Con").seats, notional.party("Lab").seats) == (372, 200)
    assert notional.changes is None
    html = client.get("/results/ge2024/").content.decode()
    assert f"against the {ge2024.notional_baseline.name}" in html
    assert '<td class="num">+211</td>' in html
    assert "650 seats compared; 303 changed hands" in html
