import csv
import datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from results import arithmetic
from results.imports import ImportFailed, import_results
from results.models import Candidacy, Constituency, Contest, Election, ReferenceFact
from tests.seed_data import islington_files

from .library_files import (
    candidate_file,
    constituency_file,
    drop_column,
    make_seats,
    notional_file,
    replace_cell,
)

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
        ("cands", 9, "ONS ID", "E1499999", "'E1499999' is not an ONS code"),
        ("cands", 12, "Votes", "99999999999", "larger than any count"),
        ("cands", 13, "Votes", "\u00b2", "is not a whole number"),
        ("cands", 14, "Candidate surname", "x" * 101, "at most 100 are kept"),
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
def test_seed_files_load_islington_north_both_years(full_seeds_dir):
    official = full_seeds_dir / "official"
    call_command(
        "import_results", "--election", "ge2019", "--date", "2019-12-12",
        *map(str, islington_files("2019")),
    )  # fmt: skip
    call_command(
        "import_results", "--election", "ge2024", "--date", "2024-07-04",
        *map(str, islington_files("2024")), str(official / "reference-facts.csv"),
        str(official / "ge2024-exit-poll.csv"),
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


# -- ties: the member the constituency file names ---------------------------------------


def tie_at_the_top(seat) -> None:
    """Give the seat's second-placed candidate as many votes as its first."""
    ranked = seat.ranked
    top, second = ranked[0], ranked[1]
    index = seat.candidates.index(second)
    seat.candidates[index] = (*second[:4], top[4])


@pytest.mark.django_db
def test_a_tie_decided_by_lot_elects_the_member_named(client, seats):
    seat = seats[4]
    tie_at_the_top(seat)
    # Name the tied candidate whose surname sorts last, so a name tie-break would lose.
    tied = [c for c in seat.candidates if c[4] == seat.ranked[0][4]]
    named = max(tied, key=lambda c: (c[1], c[0]))
    members = {seat.ons: seat.candidates.index(named)}
    do_import(
        [
            ("c.csv", candidate_file(seats)),
            ("s.csv", constituency_file(seats, members=members)),
        ]
    )
    contest = Contest.objects.with_figures().get(constituency__ons_code=seat.ons)
    assert contest.decided_by_lot
    assert contest.majority == 0
    assert (contest.winner.first_name, contest.winner.surname) == named[:2]
    assert [c.surname for c in contest.candidacies.filter(elected=True)] == [named[1]]
    # Every other seat: one member elected, the top vote-getter, no lot.
    assert Candidacy.objects.filter(elected=True).count() == 60
    assert Contest.objects.filter(decided_by_lot=True).count() == 1
    # The checker ranks the same way as the page.
    from factcheck.snapshot import load_official_figures

    fig = load_official_figures().by_seat[("ge2024", contest.constituency.slug)]
    assert (fig.candidates[0].first_name, fig.candidates[0].surname, fig.candidates[0].rank) == (
        *named[:2],
        1,
    )
    html = client.get(contest.get_absolute_url()).content.decode()
    assert f"{named[0]} {named[1]} elected after drawing lots" in html
    other = Contest.objects.exclude(pk=contest.pk).first()
    assert "drawing lots" not in client.get(other.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_named_member_without_the_most_votes_is_refused(seats):
    seat = seats[7]
    runner_up = seat.candidates.index(seat.ranked[1])
    files = [
        ("c.csv", candidate_file(seats)),
        ("s.csv", constituency_file(seats, members={seat.ons: runner_up})),
    ]
    before = snapshot()
    with pytest.raises(ImportFailed) as excinfo:
        do_import(files)
    text = str(excinfo.value)
    assert 's.csv, line 9, column "Member surname": names' in text
    assert "has more" in text
    assert snapshot() == before


@pytest.mark.django_db
def test_a_named_member_who_is_not_a_candidate_is_refused(seats):
    data = replace_cell(constituency_file(seats), line=6, column="Member surname", value="Nobody")
    with pytest.raises(ImportFailed, match='s.csv, line 6, column "Member surname"'):
        do_import([("c.csv", candidate_file(seats)), ("s.csv", data)])


@pytest.mark.django_db
def test_a_tie_in_a_candidate_file_alone_keeps_the_member_stored(seats):
    do_import([("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))])
    seat = seats[3]
    winner, second, third = seat.ranked[:3]
    # A recount: the runner-up draws level with the member, the total unchanged. The
    # member stays elected: the candidate file alone names no one else.
    level, spare = divmod(winner[4] + second[4], 2)
    for cand, votes in ((winner, level), (second, level), (third, third[4] + spare)):
        seat.candidates[seat.candidates.index(cand)] = (*cand[:4], votes)
    report = do_import([("c.csv", candidate_file(seats))])
    assert report.updated["candidacies"] == (3 if spare else 2)
    contest = Contest.objects.with_figures().get(constituency__ons_code=seat.ons)
    assert contest.decided_by_lot
    assert contest.winner.surname == winner[1]


# -- seat sets: candidate and constituency files cover the same seats ---------------------


@pytest.mark.django_db
def test_a_candidate_file_missing_seats_is_refused_naming_every_seat(seats):
    before = snapshot()
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("c.csv", candidate_file(seats[:57])), ("s.csv", constituency_file(seats))])
    text = str(excinfo.value)
    assert "c.csv: lacks 3 seats that s.csv has:" in text
    for line, seat in enumerate(seats[57:], start=59):
        assert f"{seat.ons} {seat.name} (s.csv, line {line})" in text
    assert snapshot() == before


@pytest.mark.django_db
def test_a_constituency_file_missing_seats_is_refused_naming_every_seat(seats):
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats[:58]))])
    text = str(excinfo.value)
    assert "s.csv: lacks 2 seats that c.csv has:" in text
    assert f"{seats[58].ons} {seats[58].name} (c.csv, line {58 * 5 + 2})" in text
    assert f"{seats[59].ons} {seats[59].name} (c.csv, line {59 * 5 + 2})" in text
    assert Contest.objects.count() == 0


@pytest.mark.django_db
def test_a_constituency_file_alone_checks_against_the_stored_candidates(seats):
    with pytest.raises(ImportFailed, match="has 60 seats with no candidates"):
        do_import([("s.csv", constituency_file(seats))])
    do_import([("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))])
    before = snapshot()
    assert not do_import([("s.csv", constituency_file(seats))]).changed
    assert not do_import([("c.csv", candidate_file(seats))]).changed
    assert snapshot() == before
    # The stored candidates' votes must still add up to the file's valid votes.
    data = replace_cell(constituency_file(seats), line=3, column="Valid votes", value="5")
    with pytest.raises(ImportFailed, match="add up to"):
        do_import([("s.csv", data)])
    # A candidate file alone must name seats this election already has.
    data = replace_cell(candidate_file(seats), line=2, column="ONS ID", value="E14999999")
    with pytest.raises(ImportFailed, match="unknown seat E14999999"):
        do_import([("c.csv", data)])


# -- what the database could not store, refused first -------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f"])
def test_a_control_character_is_refused_with_file_line_and_column(seats, character):
    data = replace_cell(
        candidate_file(seats), line=17, column="Candidate first name", value=f"Al{character}ex"
    )
    before = snapshot()
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("c.csv", data), ("s.csv", constituency_file(seats))])
    text = str(excinfo.value)
    where = 'c.csv, line 17, column "Candidate first name"'
    assert f"{where}: holds the control character U+{ord(character):04X}" in text
    assert snapshot() == before


@pytest.mark.django_db
def test_a_control_character_in_a_multi_line_cell_names_its_own_line(seats):
    data = replace_cell(constituency_file(seats), line=4, column="Result", value="Lab\r\nhold\x00")
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("c.csv", candidate_file(seats)), ("s.csv", data)])
    assert 's.csv, line 5, column "Result": holds the control character U+0000 (NUL)' in str(
        excinfo.value
    )


@pytest.mark.django_db
def test_tab_and_line_breaks_inside_a_quoted_cell_are_kept(seats):
    data = replace_cell(constituency_file(seats), line=2, column="Result", value="Lab\thold\r\n")
    do_import([("c.csv", candidate_file(seats)), ("s.csv", data)])
    assert Contest.objects.get(constituency__ons_code=seats[0].ons).result == "Lab\thold"


@pytest.mark.django_db
def test_line_numbers_stay_right_after_a_cell_that_spans_lines(seats):
    seat_file = replace_cell(
        constituency_file(seats), line=3, column="Result", value="Lab\r\nhold\r\nafter a recount"
    )
    # Record 6 now starts on physical line 8; its bad cell must say so.
    bad = replace_cell(seat_file, line=6, column="Electorate", value="many")
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("c.csv", candidate_file(seats)), ("s.csv", bad)])
    assert 's.csv, line 8, column "Electorate"' in str(excinfo.value)
    # The spanning row itself starts on its first line; the rows after cite their own.
    do_import([("c.csv", candidate_file(seats)), ("s.csv", seat_file)])
    rows = dict(
        Contest.objects.values_list("constituency__ons_code", "source_row")
    )  # fmt: skip
    assert rows[seats[1].ons] == "s.csv, line 3"
    assert rows[seats[2].ons] == "s.csv, line 6"
    assert rows[seats[3].ons] == "s.csv, line 7"


@pytest.mark.django_db
def test_a_header_lacking_a_column_names_it(seats):
    data = drop_column(candidate_file(seats), "Votes")
    with pytest.raises(ImportFailed) as excinfo:
        do_import(
            [("HoC-GE2024-results-by-candidate.csv", data), ("s.csv", constituency_file(seats))]
        )
    assert "HoC-GE2024-results-by-candidate.csv: the header lacks column 'Votes'" in str(
        excinfo.value
    )
    assert Election.objects.count() == 0


@pytest.mark.django_db
def test_an_unrecognised_header_names_what_the_closest_file_lacks():
    with pytest.raises(ImportFailed) as excinfo:
        do_import([("odd.csv", b"ONS ID,Constituency name,Votes\r\nE14000001,X,3\r\n")])
    text = str(excinfo.value)
    assert "odd.csv: the header lacks columns 'Party name', 'Party abbreviation'" in text
    assert "the House of Commons Library's candidate file" in text


# -- Parliament's notional results file ---------------------------------------------------


def notional_seats(seats):
    """The same seats, re-estimated: other votes, a second independent in one seat."""
    notional = make_seats(len(seats), seed=11)
    for seat, then in zip(seats, notional, strict=True):
        then.ons, then.name = seat.ons, seat.name
    then = notional[0]
    then.candidates[3:] = [
        ("", "", "Independent", "Ind", 700), ("", "", "Independent", "Ind", 650),
    ]  # fmt: skip
    return notional


def import_notional(data, **kwargs):
    kwargs.setdefault("notional_for", "ge2024")
    return import_results(
        [("notional.csv", data)], election="ge2019-notional", date=GE2019, **kwargs
    )


@pytest.mark.django_db
@pytest.mark.parametrize("notional_first", [False, True])
def test_a_notional_file_is_the_baseline_whichever_order(seats, notional_first):
    actual = [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))]
    notional = notional_file(notional_seats(seats))
    if notional_first:
        report = import_notional(notional)
        assert "ge2024 is not loaded yet" in report.summary()
        do_import(actual)
    else:
        do_import(actual)
        import_notional(notional)
    baseline = Election.objects.get(slug="ge2019-notional")
    assert baseline.is_notional
    assert baseline.previous is None
    assert baseline.name == "2019 general election (notional, 2024 boundaries)"
    ge2024 = Election.objects.get(slug="ge2024")
    assert ge2024.notional_baseline == baseline
    assert ge2024.previous is None  # a notional election is never the previous one
    assert baseline.contests.count() == 60
    assert Constituency.objects.count() == 60  # the same seats, not copies
    contest = baseline.contests.with_figures().get(constituency__ons_code=seats[0].ons)
    assert (
        contest.source == "House of Commons Library, notional 2019 results on the 2024 boundaries"
    )
    assert contest.source_row == "notional.csv, line 2"
    assert contest.invalid_votes == 0
    assert contest.is_official
    names = [(c.first_name, c.surname, c.party.abbreviation) for c in contest.ranked_candidacies]
    assert ("", "Labour", "Lab") in names
    assert ("", "Independent 1", "Ind") in names
    assert ("", "Independent 2", "Ind") in names
    assert [c.elected for c in contest.ranked_candidacies].count(True) == 1
    assert contest.winner.elected
    # The actual 2019 election, imported later, becomes 2024's previous one.
    import_results(
        [("c19.csv", candidate_file(seats)), ("s19.csv", constituency_file(seats))],
        election="ge2019",
        date=GE2019,
    )
    ge2024.refresh_from_db()
    assert ge2024.previous.slug == "ge2019"
    assert ge2024.notional_baseline == baseline


@pytest.mark.django_db
def test_importing_the_notional_file_again_changes_nothing(seats):
    do_import([("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))])
    data = notional_file(notional_seats(seats))
    import_notional(data)
    before = snapshot()
    report = import_notional(data)
    assert not report.changed
    assert snapshot() == before


@pytest.mark.django_db
def test_a_notional_file_cut_short_is_refused(seats):
    data = notional_file(notional_seats(seats))
    lines = data.split(b"\n")
    cut = b"\n".join(lines[: 1 + 5 * 59]) + b"\n"  # the last seat's rows are gone
    with pytest.raises(ImportFailed) as excinfo:
        import_notional(cut)
    assert 'column "Total electorate in general election"' in str(excinfo.value)
    assert "a seat is missing or the file is cut short" in str(excinfo.value)
    assert Election.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kwargs", "extra", "message"),
    [
        ({"notional_for": None}, [], "--notional-for: notional.csv holds notional results"),
        ({}, ["cands"], "notional.csv: is a notional results file: import it on its own"),
        ({"notional_for": "ge2019-notional"}, [], "names the notional election itself"),
    ],
)
def test_a_notional_file_needs_an_election_of_its_own(seats, kwargs, extra, message):
    files = [("notional.csv", notional_file(notional_seats(seats)))]
    if extra:
        files.append(("c.csv", candidate_file(seats)))
    with pytest.raises(ImportFailed, match=message):
        import_results(
            files,
            election="ge2019-notional",
            date=GE2019,
            **{"notional_for": "ge2024", **kwargs},
        )


@pytest.mark.django_db
def test_a_notional_file_is_refused_into_an_actual_election(seats):
    import_results(
        [("c.csv", candidate_file(seats)), ("s.csv", constituency_file(seats))],
        election="ge2019",
        date=GE2019,
    )
    with pytest.raises(ImportFailed, match="ge2019 holds actual results"):
        import_results(
            [("n.csv", notional_file(notional_seats(seats)))],
            election="ge2019",
            date=GE2019,
            notional_for="ge2024",
        )


@pytest.mark.django_db
def test_a_notional_winner_without_the_most_votes_is_refused(seats):
    data = notional_file(notional_seats(seats))
    # Swap positions 1 and 2 of the first seat (lines 2 and 3), majority and all.
    for line, position, majority in ((2, "2", ""), (3, "1", "10")):
        data = replace_cell(data, line=line, column="Candidate result position", value=position)
        data = replace_cell(data, line=line, column="Majority", value=majority)
    with pytest.raises(ImportFailed) as excinfo:
        import_notional(data)
    text = str(excinfo.value)
    assert 'notional.csv, line 2, column "Candidate result position": position 2 has' in text
    assert "more than position 1 on line 3" in text


@pytest.mark.django_db
def test_the_command_imports_a_notional_file(tmp_path, seats):
    path = tmp_path / "notional.csv"
    path.write_bytes(notional_file(notional_seats(seats)))
    call_command(
        "import_results", "--election", "ge2019-notional", "--date", "2019-12-12",
        "--notional-for", "ge2024", str(path),
    )  # fmt: skip
    assert Election.objects.get(slug="ge2019-notional").is_notional


# -- the full files -------------------------------------------------------------------------

NOTIONAL_2019 = "candidate-level-results-notional-general-election-12-12-2019.csv"


def import_library(shared_official, year: str) -> None:
    import_results(
        [
            shared_official / f"HoC-GE{year}-results-by-candidate.csv",
            shared_official / f"HoC-GE{year}-results-by-constituency.csv",
        ],
        election=f"ge{year}",
        date=GE2024 if year == "2024" else GE2019,
    )


@pytest.mark.full_data
@pytest.mark.django_db
def test_the_real_notional_file_is_2024s_baseline(shared_official):
    report = import_results(
        [shared_official / NOTIONAL_2019],
        election="ge2019-notional",
        date=GE2019,
        notional_for="ge2024",
    )
    assert report.created["contests"] == 650
    assert report.created["candidacies"] == 3529
    import_library(shared_official, "2024")
    import_library(shared_official, "2019")
    baseline = Election.objects.get(slug="ge2019-notional")
    ge2024 = Election.objects.get(slug="ge2024")
    assert (ge2024.notional_baseline, ge2024.previous.slug) == (baseline, "ge2019")
    assert baseline.previous is None
    assert baseline.contests.count() == 650
    seats = set(baseline.contests.values_list("constituency", flat=True))
    assert seats == set(ge2024.contests.values_list("constituency", flat=True))
    assert Candidacy.objects.filter(contest__election=baseline, elected=True).count() == 650

    hendon_now = Contest.objects.with_figures().get(election=ge2024, constituency__name="Hendon")
    hendon_then = Contest.objects.with_figures().get(
        election=baseline, constituency=hendon_now.constituency
    )
    con_now = next(c for c in hendon_now.candidacies.all() if c.party.abbreviation == "Con")
    con_then = next(c for c in hendon_then.candidacies.all() if c.party.abbreviation == "Con")
    share_change = arithmetic.change(
        arithmetic.share(con_now.votes, hendon_now.valid_votes),
        arithmetic.share(con_then.votes, hendon_then.valid_votes),
    )
    turnout_change = arithmetic.change(hendon_now.turnout, hendon_then.turnout)
    assert round(share_change, 1) == Decimal("-10.5")
    assert round(turnout_change, 1) == Decimal("-8.7")
    # The Library's own Change column is measured from the same baseline.
    assert round(con_now.library_share_change * 100, 1) == Decimal("-10.5")

    report = import_results(
        [shared_official / NOTIONAL_2019],
        election="ge2019-notional",
        date=GE2019,
        notional_for="ge2024",
    )
    assert not report.changed


@pytest.mark.full_data
@pytest.mark.django_db
def test_chorleys_speaker_is_elected_in_every_file(shared_official):
    import_library(shared_official, "2019")
    import_library(shared_official, "2024")
    import_results(
        [shared_official / NOTIONAL_2019],
        election="ge2019-notional",
        date=GE2019,
        notional_for="ge2024",
    )
    for slug in ("ge2019", "ge2024", "ge2019-notional"):
        contest = Contest.objects.with_figures().get(
            election__slug=slug, constituency__name="Chorley"
        )
        elected = [c for c in contest.candidacies.all() if c.elected]
        assert len(elected) == 1
        assert elected[0] == contest.winner
        assert elected[0].party.abbreviation == "Spk"
        assert not contest.decided_by_lot
        if slug != "ge2019-notional":
            assert elected[0].full_name == "Lindsay Hoyle"
    assert not Contest.objects.filter(decided_by_lot=True).exists()
