import csv
import datetime

import pytest
from django.core.management import CommandError, call_command

from results.imports import ImportFailed, import_results
from results.models import Candidacy, Constituency, Contest, Election, ReferenceFact

from .library_files import candidate_file, constituency_file, make_seats, replace_cell

GE2024 = datetime.date(2024, 7, 4)
GE2019 = datetime.date(2019, 12, 12)


def snapshot() -> dict[str, int]:
    """Every table an import writes to, history included."""
    return {
        "elections": Election.objects.count(),
        "constituencies": Constituency.objects.count(),
        "contests": Contest.objects.count(),
        "candidacies": Candidacy.objects.count(),
        "contest_history": Contest.history.count(),
        "candidacy_history": Candidacy.history.count(),
        "facts": ReferenceFact.objects.count(),
    }


def do_import(files, **kwargs):
    return import_results(files, election=kwargs.pop("election", "ge2024"), date=GE2024, **kwargs)


@pytest.fixture
def seats():
    return make_seats(60)  # 60 seats × 5 candidates: 300 candidate lines


@pytest.mark.django_db
def test_good_files_import_every_seat_and_candidate(seats):
    report = do_import(
        [("cands.csv", candidate_file(seats)), ("seats.csv", constituency_file(seats))]
    )
    assert report.files == {"cands.csv": "candidates", "seats.csv": "constituencies"}
    assert Contest.objects.filter(election__slug="ge2024").count() == 60
    assert Candidacy.objects.count() == 300
    contest = Contest.objects.with_figures().get(constituency__ons_code=seats[0].ons)
    assert contest.is_official
    assert contest.valid_votes == seats[0].valid
    assert contest.majority == seats[0].majority
    assert contest.source == "House of Commons Library, GE2024 results"
    assert contest.source_row == "seats.csv, line 2"


@pytest.mark.django_db
def test_importing_the_same_files_again_changes_nothing(seats):
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    do_import(files)
    before = snapshot()
    report = do_import(files)
    assert not report.changed
    assert snapshot() == before


@pytest.mark.django_db
def test_byte_order_mark_and_crlf_are_both_handled(seats):
    files = [
        ("c.csv", candidate_file(seats, bom=False)),
        ("s.csv", constituency_file(seats, bom=True)),
    ]
    assert candidate_file(seats).startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in files[0][1]
    do_import(files)
    assert Contest.objects.count() == 60


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("which", "line", "column", "value", "message"),
    [
        ("cands", 17, "Votes", "12a", "'12a' is not a whole number"),
        ("cands", 40, "Votes", "-5", "is negative"),
        ("cands", 9, "ONS ID", "E14999999", "unknown seat E14999999"),
        ("seats", 5, "Valid votes", "1", "add up to"),
        ("seats", 12, "Electorate", "ten", "'ten' is not a whole number"),
        ("seats", 30, "Majority", "1", "does not match the candidates' votes"),
        ("cands", 100, "Share", "abc", "'abc' is not a number"),
    ],
)
def test_one_bad_cell_refuses_the_whole_import_and_names_it(
    seats, which, line, column, value, message
):
    files = {"cands": candidate_file(seats), "seats": constituency_file(seats)}
    files[which] = replace_cell(files[which], line=line, column=column, value=value)
    before = snapshot()
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("cands.csv", files["cands"]), ("seats.csv", files["seats"])])
    text = str(excinfo.value)
    assert message in text
    assert f"{which}.csv, line {line}" in text
    if column != "ONS ID" and column != "Valid votes":
        assert f'column "{column}"' in text
    assert snapshot() == before


@pytest.mark.django_db
def test_a_failed_reimport_leaves_the_earlier_figures_in_place(seats):
    good = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    do_import(good)
    before = snapshot()
    votes_before = sorted(Candidacy.objects.values_list("votes", flat=True))
    bad = replace_cell(good[0][1], line=250, column="Votes", value="n/a")
    with pytest.raises(ImportFailed):
        do_import([("c.csv", bad), good[1]])
    assert snapshot() == before
    assert sorted(Candidacy.objects.values_list("votes", flat=True)) == votes_before


@pytest.mark.django_db
def test_valid_plus_invalid_above_electorate_is_refused(seats):
    data = replace_cell(constituency_file(seats), line=3, column="Electorate", value="100")
    with pytest.raises(ImportFailed, match="exceed the electorate"):
        do_import([("c.csv", candidate_file(seats)), ("s.csv", data)])


@pytest.mark.django_db
def test_a_file_that_is_not_a_library_file_is_refused():
    with pytest.raises(ImportFailed, match="header not recognised"):
        do_import([("notes.csv", b"Name,Age\r\nBob,3\r\n")])
    assert Election.objects.count() == 0


@pytest.mark.django_db
def test_a_changed_figure_updates_the_row_and_is_kept_in_history(seats):
    files = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    do_import(files)
    seat = seats[2]
    # Move 10 votes from the first candidate to the second: totals still add up.
    first, second = seat.candidates[0], seat.candidates[1]
    seat.candidates[0] = (*first[:4], first[4] - 10)
    seat.candidates[1] = (*second[:4], second[4] + 10)
    report = do_import([("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))])
    assert report.updated["candidacies"] == 2
    candidacy = Candidacy.objects.get(contest__constituency__ons_code=seat.ons, surname=first[1])
    assert candidacy.votes == first[4] - 10
    old, new = candidacy.history.order_by("history_date")[:2]
    assert (old.votes, new.votes) == (first[4], first[4] - 10)


@pytest.mark.django_db
def test_dry_run_counts_and_writes_nothing(seats):
    report = do_import(
        [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))], dry_run=True
    )
    assert report.created["contests"] == 60
    assert Contest.objects.count() == 0
    assert Election.objects.count() == 0


@pytest.mark.django_db
def test_the_command_names_the_bad_line_and_writes_nothing(tmp_path, seats):
    cands = tmp_path / "cands.csv"
    cands.write_bytes(replace_cell(candidate_file(seats), line=77, column="Votes", value="x"))
    (tmp_path / "seats.csv").write_bytes(constituency_file(seats))
    with pytest.raises(CommandError) as excinfo:
        call_command(
            "import_results", "--election", "ge2024", "--date", "2024-07-04",
            str(cands), str(tmp_path / "seats.csv"),
        )  # fmt: skip
    assert 'cands.csv, line 77, column "Votes"' in str(excinfo.value)
    assert Contest.objects.count() == 0


@pytest.mark.django_db
def test_the_command_refuses_a_bad_date(tmp_path):
    with pytest.raises(CommandError, match="not a date"):
        call_command("import_results", "--election", "x", "--date", "4/7/24", "f.csv")


@pytest.mark.django_db
def test_seed_files_load_islington_north_both_years(seeds_dir):
    official = seeds_dir / "official"
    call_command(
        "import_results", "--election", "ge2019", "--date", "2019-12-12",
        *map(str, sorted(official.glob("ge2019-*.csv"))),
    )  # fmt: skip
    call_command(
        "import_results", "--election", "ge2024", "--date", "2024-07-04",
        *map(str, sorted(official.glob("ge2024-*.csv"))), str(official / "reference-facts.csv"),
    )  # fmt: skip
    ge2024 = Election.objects.get(slug="ge2024")
    assert ge2024.previous.slug == "ge2019"
    contest = Contest.objects.with_figures().get(
        election=ge2024, constituency__slug="islington-north"
    )
    assert contest.majority == 7247
    assert contest.winner.full_name == "Jeremy Corbyn"
    assert [c.votes for c in contest.ranked_candidacies] == [
        24120, 16873, 2660, 1950, 1710, 1661, 32,
    ]  # fmt: skip
    assert str(contest.turnout) == "67.27"
    assert str(contest.turnout_declared) == "67.53"
    previous = contest.previous_contest
    assert previous.election.slug == "ge2019"
    assert previous.majority == 26188
    assert contest.constituency.predecessor == previous.constituency
    assert ge2024.projections.get(label="Labour").seats == 410
    assert ge2024.tallies.get(party__abbreviation="Lab").seats == 411
    born = ReferenceFact.objects.get(kind="born_on", subject="Jeremy Corbyn")
    assert born.age_on(datetime.date(2024, 7, 5)) == 75
    first = ReferenceFact.objects.get(kind="first_elected", subject="Jeremy Corbyn")
    assert first.terms_won_by(ge2024.date) == 11


def library_majorities(path) -> dict[str, int]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {row["ONS ID"]: int(row["Majority"]) for row in csv.DictReader(handle)}


@pytest.mark.full_data
@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "day"), [("ge2024", GE2024), ("ge2019", GE2019)])
def test_full_library_files_give_650_seats_and_the_librarys_majorities(shared_official, slug, day):
    year = slug[2:]
    files = [
        shared_official / f"HoC-GE{year}-results-by-candidate.csv",
        shared_official / f"HoC-GE{year}-results-by-constituency.csv",
    ]
    import_results(files, election=slug, date=day)
    contests = Contest.objects.filter(election__slug=slug).with_figures()
    assert contests.count() == 650
    expected = library_majorities(files[1])
    derived = {c.constituency.ons_code: c.majority for c in contests}
    assert derived == expected
    assert Candidacy.objects.filter(contest__election__slug=slug).count() == (
        4515 if slug == "ge2024" else 3320
    )
