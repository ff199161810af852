"""Import official figures from House of Commons Library CSV files.

``import_results()`` reads any mix of these files, each recognised by its
header row (a byte-order mark and CRLF line ends are fine):

* the Library's candidate file (one row per candidate),
* the Library's constituency file (one row per seat, wide by party; it names
  the member elected),
* Parliament's notional results file (the long export of
  electionresults.parliament.uk, one row per candidate or party): an earlier
  election re-estimated on new boundaries, imported on its own into a notional
  election (``notional_for`` names the election on those boundaries),
* Tally's exit-poll and reference-fact files (``seeds/official``).

It runs in two phases. First every file is parsed and checked, within itself
and against the others (a control character in a cell, a header lacking a
column, a candidate file and a constituency file that cover different seats,
votes that do not add up to the valid votes, a majority that disagrees with
the votes, a named member who did not top the poll); any problem is reported
with its file, line and column and nothing is written. Then one transaction
writes what changed. Rows that are already as the file says are left alone, so
importing the same file twice changes nothing, not even history.

Every value is checked against what the database can hold before anything is
written (text lengths, counts up to 2,147,483,647, no NUL), so SQLite and
PostgreSQL refuse the same files with the same messages.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from .models import (
    Candidacy,
    Constituency,
    Contest,
    Election,
    OfficialDataVersion,
    Party,
    Projection,
    ReferenceFact,
    send_official_figures_changed,
)
from .official import CANDIDATE_ROW, figure_changes, figures_from_rows, figures_of
from .official import CONTEST_FIELDS as CONTEST_FIGURE_FIELDS
from .text import fold
from .vocabulary import LibraryParty

MAX_PROBLEMS = 50
# The largest count every supported database keeps in a PositiveIntegerField
# (PostgreSQL's ``integer``).
MAX_COUNT = 2_147_483_647
# The C0 control characters and DEL, other than tab, CR and LF, which a CSV cell
# may need. PostgreSQL cannot store NUL in text at all. The C1 range (U+0080 to
# U+009F) is let through: the Library's own 2024 candidate file holds U+0081 in a
# mis-encoded name (line 258, "Ã\x81ine" for "Áine" Groogan), and both databases
# store it.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
ONS_CODE = re.compile(r"^[EWSN]\d{8}$")
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


SOURCE_ROW_LENGTH = _max_length(Contest, "source_row")

CANDIDATE_COLUMNS = (
    "ONS ID", "Constituency name", "Party name", "Party abbreviation",
    "Candidate first name", "Candidate surname", "Votes",
)  # fmt: skip
CONSTITUENCY_COLUMNS = (
    "ONS ID", "Constituency name", "Region name", "Country name",
    "Electorate", "Valid votes", "Invalid votes", "Majority",
    "Member first name", "Member surname",
)  # fmt: skip
NOTIONAL_COLUMNS = (
    "General election is notional", "Election polling date", "Constituency geographic code",
    "Constituency name", "Electorate", "Election valid vote count",
    "Election invalid vote count", "Main party name", "Main party abbreviation",
    "Candidate is standing as Commons Speaker", "Candidate is standing as independent",
    "Candidate is notional political party aggregate", "Candidate vote count",
    "Candidate result position", "Majority",
)  # fmt: skip
PROJECTION_COLUMNS = (
    "Election", "Party name", "Party abbreviation", "Projected seats", "Source", "Published at",
)  # fmt: skip
REFERENCE_COLUMNS = ("Kind", "Subject", "Party", "Value", "Detail", "Source")

# Checked in this order: the first whose columns are all present wins.
FILE_KINDS = (
    ("candidates", CANDIDATE_COLUMNS),
    ("constituencies", CONSTITUENCY_COLUMNS),
    ("notional", NOTIONAL_COLUMNS),
    ("projections", PROJECTION_COLUMNS),
    ("reference", REFERENCE_COLUMNS),
)
KIND_NAMES = {
    "candidates": "the House of Commons Library's candidate file",
    "constituencies": "the House of Commons Library's constituency file",
    "notional": "Parliament's notional results file",
    "projections": "Tally's exit-poll file",
    "reference": "Tally's reference-facts file",
}


@dataclass(frozen=True)
class Problem:
    """One reason to refuse an import: where (file, line, column) and what.

    ``line`` counts physical lines from 1 (the header); 0 means the whole file,
    or a command-line option when ``file`` is one (``--date``).
    """

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = self.file if not self.line else f"{self.file}, line {self.line}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


class ImportFailed(Exception):
    """The files were refused; nothing was written. ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:MAX_PROBLEMS])
        more = len(self.problems) - MAX_PROBLEMS
        if more > 0:
            shown += f"\n  …and {more} more"
        super().__init__(f"Import refused, nothing was written:\n{shown}")


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do), counted by table."""

    election: str
    dry_run: bool
    files: dict[str, str] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return (
            any(self.created.values()) or any(self.updated.values()) or any(self.deleted.values())
        )

    def summary(self) -> str:
        lines = [f"{'Dry run: would import' if self.dry_run else 'Imported'} into {self.election}:"]
        for name, kind in self.files.items():
            lines.append(f"  {name}: {kind} file")
        models = sorted(
            set(self.created) | set(self.updated) | set(self.deleted) | set(self.unchanged)
        )
        for model in models:
            lines.append(
                f"  {model}: {self.created.get(model, 0)} created, {self.updated.get(model, 0)} "
                f"updated, {self.deleted.get(model, 0)} deleted, "
                f"{self.unchanged.get(model, 0)} unchanged"
            )
        lines.extend(f"  {note}" for note in self.notes)
        return "\n".join(lines)


# -- parsing ------------------------------------------------------------------


@dataclass
class Row:
    """One data row: its file, the physical line it starts on, and its cells by column."""

    file: str
    line: int
    cells: dict[str, str]

    def where(self) -> str:
        return f"{self.file}, line {self.line}"


class Reader:
    """Reads cells with error collection, so one pass reports every bad cell."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems

    def problem(self, row: Row, column: str, message: str) -> None:
        self.problems.append(Problem(row.file, row.line, column, message))

    def text(
        self, row: Row, column: str, *, required: bool = True, max_length: int | None = None
    ) -> str:
        """The cell without surrounding spaces; a problem if empty (when required) or too long."""
        value = row.cells.get(column, "").strip()
        if required and not value:
            self.problem(row, column, "is empty")
        if max_length is not None and len(value) > max_length:
            self.problem(
                row, column, f"is {len(value)} characters long; at most {max_length} are kept"
            )
        return value

    def ons_code(self, row: Row, column: str) -> str:
        """An ONS constituency code (E14001305): a letter E, W, S or N and eight digits."""
        value = self.text(row, column)
        if value and not ONS_CODE.match(value):
            self.problem(
                row, column, f"{value!r} is not an ONS code (E, W, S or N and eight digits)"
            )
        return value

    def count(self, row: Row, column: str, *, required: bool = True) -> int | None:
        """A whole number ≥ 0 (thousands commas allowed), at most ``MAX_COUNT``."""
        raw = row.cells.get(column, "").strip()
        if not raw:
            if required:
                self.problem(row, column, "is empty; expected a whole number")
            return None
        cleaned = raw.replace(",", "")
        if not (cleaned.isascii() and cleaned.isdigit()):
            if cleaned.startswith("-") and cleaned[1:].isascii() and cleaned[1:].isdigit():
                self.problem(row, column, f"{raw!r} is negative; expected a whole number ≥ 0")
            else:
                self.problem(row, column, f"{raw!r} is not a whole number")
            return None
        value = int(cleaned)
        if value > MAX_COUNT:
            self.problem(row, column, f"{raw!r} is larger than any count ({MAX_COUNT:,})")
            return None
        return value

    def fraction(self, row: Row, column: str, *, required: bool = True) -> Decimal | None:
        """A number between -1 and 1, as the Library writes shares (0.492185)."""
        raw = row.cells.get(column, "").strip()
        if not raw:
            if required:
                self.problem(row, column, "is empty; expected a fraction such as 0.492185")
            return None
        try:
            value = Decimal(raw)
        except InvalidOperation:
            self.problem(row, column, f"{raw!r} is not a number")
            return None
        if not value.is_finite() or abs(value) > 1:
            self.problem(row, column, f"{raw!r} is not a fraction between -1 and 1")
            return None
        return value

    def yes_no(self, row: Row, column: str) -> bool:
        """Yes/No, true/false, Y/N or 1/0 (any case); an empty cell is No."""
        raw = row.cells.get(column, "").strip().lower()
        if raw in {"yes", "true", "y", "1"}:
            return True
        if raw in {"no", "false", "n", "0", ""}:
            return False
        self.problem(row, column, f"{raw!r} is not Yes or No")
        return False


def _decode(name: str, data: bytes, problems: list[Problem]) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, line, "", "is not UTF-8 text"))
        return None


def _control_characters(
    name: str, line: int, header: list[str], cells: list[str], problems: list[Problem]
) -> None:
    """A problem for every cell holding a control character, at the physical line it is on."""
    for index, cell in enumerate(cells):
        found = CONTROL_CHARACTER.search(cell)
        if found is not None:
            column = header[index] if index < len(header) else f"cell {index + 1}"
            at = line + len(LINE_BREAK.findall(cell, 0, found.start()))
            problems.append(
                Problem(
                    name,
                    at,
                    column,
                    f"holds the control character U+{ord(found.group()):04X}"
                    f"{' (NUL)' if found.group() == chr(0) else ''}; only tab, CR and LF "
                    "may appear in a cell",
                )
            )
        line += len(LINE_BREAK.findall(cell))


def recognise(name: str, header: Sequence[str], problems: list[Problem]) -> str | None:
    """The kind of file a header belongs to (a key of ``KIND_NAMES``), or None with a problem.

    A header with every column of a kind is that kind (``FILE_KINDS`` order). Otherwise
    the problem names the columns missing from the closest kind: the one with the
    largest part of its columns present.
    """
    present = set(header)
    for kind, columns in FILE_KINDS:
        if set(columns) <= present:
            return kind
    kind, columns = max(FILE_KINDS, key=lambda kc: len(present & set(kc[1])) / len(kc[1]))
    if not present & set(columns):
        problems.append(
            Problem(
                name,
                0,
                "",
                "header not recognised: it has none of the columns of the House of Commons "
                "Library's candidate or constituency file, Parliament's notional results "
                "file, or Tally's exit-poll or reference file",
            )
        )
        return None
    missing = [c for c in columns if c not in present]
    plural = "s" if len(missing) > 1 else ""
    problems.append(
        Problem(
            name,
            0,
            "",
            f"the header lacks column{plural} {', '.join(repr(c) for c in missing)} "
            f"(its other columns are those of {KIND_NAMES[kind]})",
        )
    )
    return None


def read_table(name: str, data: bytes, problems: list[Problem]) -> tuple[str, list[Row]] | None:
    """Recognise a file by its header and return ``(kind, rows)``; None if it cannot be read.

    Each row's ``line`` is the physical line it starts on (a quoted cell may span
    lines). Blank rows are skipped. Control characters, rows of the wrong width and
    malformed CSV are added to ``problems``.
    """
    text = _decode(name, data, problems)
    if text is None:
        return None
    if len(name) + len(", line 1234567") > SOURCE_ROW_LENGTH:
        problems.append(Problem(name, 0, "", "the file name is too long to cite as a source"))
        return None
    has_control = CONTROL_CHARACTER.search(text) is not None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header_cells = next(reader)
    except StopIteration:
        problems.append(Problem(name, 1, "", "is empty"))
        return None
    except csv.Error as exc:
        problems.append(Problem(name, 1, "", f"is not valid CSV ({exc})"))
        return None
    header = [h.strip() for h in header_cells]
    if has_control:
        _control_characters(name, 1, header, header_cells, problems)
    kind = recognise(name, header, problems)
    if kind is None:
        return None
    rows = []
    end = reader.line_num
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if has_control:
                _control_characters(name, start, header, cells, problems)
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        name, start, "", f"has {len(cells)} cells; the header has {len(header)}"
                    )
                )
                continue
            rows.append(Row(name, start, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        problems.append(Problem(name, end + 1, "", f"is not valid CSV ({exc})"))
    return kind, rows


# -- parsed records -------------------------------------------------------------


@dataclass
class SeatRecord:
    """One seat's figures from a constituency file (or a notional file's rows for it)."""

    row: Row
    ons_code: str
    name: str
    region: str
    nation: str
    county: str
    constituency_type: str
    electorate: int
    valid_votes: int
    invalid_votes: int
    majority: int | None
    result: str
    declared_at: datetime.datetime | None
    member_first_name: str = ""
    member_surname: str = ""
    first_party: str = ""


@dataclass
class CandidateRecord:
    """One candidate (or, in a notional file, one party's notional votes) in one seat."""

    row: Row
    ons_code: str
    constituency_name: str
    region: str
    nation: str
    county: str
    constituency_type: str
    party_abbreviation: str
    party_name: str
    first_name: str
    surname: str
    votes: int
    sitting_mp: bool
    former_mp: bool
    gender: str
    share_change: Decimal | None
    dc_person_id: str
    elected_in_file: bool = False  # a notional file's result position 1

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.first_name, self.surname, self.party_abbreviation)

    @property
    def label(self) -> str:
        return f"{self.first_name} {self.surname}".strip()


def _declared_at(reader: Reader, row: Row) -> datetime.datetime | None:
    raw = row.cells.get("Declaration time", "").strip()
    if not raw:
        return None
    for fmt in ("%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            naive = datetime.datetime.strptime(raw, fmt)
        except ValueError:
            continue
        return timezone.make_aware(naive, timezone.get_default_timezone())
    reader.problem(row, "Declaration time", f"{raw!r} is not a date and time (DD/MM/YYYY HH:MM)")
    return None


def _check_ballots(reader: Reader, record: SeatRecord, electorate: str, valid: str) -> None:
    if None in (record.electorate, record.valid_votes, record.invalid_votes):
        return
    if record.electorate == 0:
        reader.problem(record.row, electorate, "is 0")
    elif record.valid_votes + record.invalid_votes > record.electorate:
        reader.problem(
            record.row,
            valid,
            f"valid ({record.valid_votes:,}) plus invalid ({record.invalid_votes:,}) "
            f"votes exceed the electorate ({record.electorate:,})",
        )


def parse_seats(reader: Reader, rows: Iterable[Row]) -> dict[str, SeatRecord]:
    """The Library constituency file's rows by ONS code; bad cells become problems."""
    seats: dict[str, SeatRecord] = {}
    for row in rows:
        ons = reader.ons_code(row, "ONS ID")
        record = SeatRecord(
            row=row,
            ons_code=ons,
            name=reader.text(
                row, "Constituency name", max_length=_max_length(Constituency, "name")
            ),
            region=_place(reader, row, "Region name", "region"),
            nation=_place(reader, row, "Country name", "nation"),
            county=_place(reader, row, "County name", "county"),
            constituency_type=_place(reader, row, "Constituency type", "constituency_type"),
            electorate=reader.count(row, "Electorate"),
            valid_votes=reader.count(row, "Valid votes"),
            invalid_votes=reader.count(row, "Invalid votes"),
            majority=reader.count(row, "Majority", required=False),
            result=reader.text(
                row, "Result", required=False, max_length=_max_length(Contest, "result")
            ),
            declared_at=_declared_at(reader, row),
            member_first_name=reader.text(row, "Member first name", required=False),
            member_surname=reader.text(row, "Member surname"),
            first_party=reader.text(row, "First party", required=False),
        )
        if ons in seats:
            reader.problem(
                row, "ONS ID", f"{ons} appears twice (first on line {seats[ons].row.line})"
            )
            continue
        _check_ballots(reader, record, "Electorate", "Valid votes")
        if ons:
            seats[ons] = record
    return seats


def _place(reader: Reader, row: Row, column: str, field_name: str) -> str:
    return reader.text(
        row, column, required=False, max_length=_max_length(Constituency, field_name)
    )


def _name(reader: Reader, row: Row, column: str, field_name: str, *, required: bool) -> str:
    return reader.text(
        row, column, required=required, max_length=_max_length(Candidacy, field_name)
    )


def _party(reader: Reader, row: Row, abbreviation: str, name: str) -> tuple[str, str]:
    return (
        reader.text(row, abbreviation, max_length=_max_length(Party, "abbreviation")),
        reader.text(row, name, max_length=_max_length(Party, "name")),
    )


def parse_candidates(reader: Reader, rows: Iterable[Row]) -> list[CandidateRecord]:
    """The Library candidate file's rows, in file order; bad cells become problems."""
    records = []
    for row in rows:
        abbreviation, party_name = _party(reader, row, "Party abbreviation", "Party name")
        records.append(
            CandidateRecord(
                row=row,
                ons_code=reader.ons_code(row, "ONS ID"),
                constituency_name=reader.text(
                    row, "Constituency name", max_length=_max_length(Constituency, "name")
                ),
                region=_place(reader, row, "Region name", "region"),
                nation=_place(reader, row, "Country name", "nation"),
                county=_place(reader, row, "County name", "county"),
                constituency_type=_place(reader, row, "Constituency type", "constituency_type"),
                party_abbreviation=abbreviation,
                party_name=party_name,
                first_name=_name(reader, row, "Candidate first name", "first_name", required=False),
                surname=_name(reader, row, "Candidate surname", "surname", required=True),
                votes=reader.count(row, "Votes"),
                sitting_mp=reader.yes_no(row, "Sitting MP"),
                former_mp=reader.yes_no(row, "Former MP"),
                gender=_name(reader, row, "Candidate gender", "gender", required=False),
                share_change=reader.fraction(row, "Change", required=False),
                dc_person_id=_name(
                    reader, row, "Democracy Club person ID", "dc_person_id", required=False
                ),
            )
        )
        reader.fraction(row, "Share", required=False)  # checked, not stored: it is derived
    return records


# -- Parliament's notional results file ---------------------------------------------

SPEAKER = (str(LibraryParty.SPEAKER), "Speaker")
INDEPENDENT = (str(LibraryParty.INDEPENDENT), "Independent")
# A vote share as published (0.5292078) may differ from votes ÷ valid votes by rounding
# alone: at most 5.6e-8 in the 2019 notional file.
SHARE_TOLERANCE = Decimal("0.000001")
# Whole-election totals the file repeats on every row, and the seat figure each sums.
NOTIONAL_TOTALS = {
    "Total electorate in general election": ("electorate", "electorates"),
    "Total valid votes in general election": ("valid_votes", "valid votes"),
}


@dataclass
class NotionalFile:
    """A notional file's seats and rows, and the boundaries it is on (a year, if given)."""

    seats: dict[str, SeatRecord]
    candidates: list[CandidateRecord]
    boundaries: str = ""


def parse_notional(reader: Reader, rows: list[Row], day: datetime.date) -> NotionalFile:
    """Seats and candidates from Parliament's notional results file (the long export).

    Every row must say ``General election is notional`` = true and be polled on ``day``.
    The seat's figures come from its first row and must agree on every other. Rows
    without a candidate name (every row of the 2019 notional file) are named after
    their party (``first_name`` "", ``surname`` "Labour"; "Independent" and "Speaker"),
    numbered in result order when a seat has several ("Independent 1", "Independent 2").
    The Speaker's row is party ``Spk``; an independent's ``Ind``. The row in result
    position 1 is the notional winner; positions run 1, 2, … with votes never rising, and
    the file's ``Majority`` (on position 1) must be the first two's difference. Blank
    invalid votes are stored as 0. Where the file gives the whole election's totals of
    electorate and valid votes, the seats must add up to them: a file cut short, or a
    seat missing, is refused.
    """
    seats: dict[str, SeatRecord] = {}
    by_seat: dict[str, list[tuple[CandidateRecord, int | None]]] = defaultdict(list)
    totals: dict[tuple[str, str], tuple[int, Row]] = {}
    boundaries = ""
    for row in rows:
        if not reader.yes_no(row, "General election is notional"):
            reader.problem(
                row,
                "General election is notional",
                "is not true: only notional results are read from this file; import actual "
                "results from the Library's candidate and constituency files",
            )
        polled = row.cells.get("Election polling date", "").strip()
        if polled != day.isoformat():
            reader.problem(row, "Election polling date", f"{polled!r} is not the polling day {day}")
        boundaries = boundaries or row.cells.get("Boundary set start date", "").strip()[:4]
        for column in NOTIONAL_TOTALS:
            value = reader.count(row, column, required=False)
            if value is not None:
                first = totals.setdefault((row.file, column), (value, row))
                if first[0] != value:
                    reader.problem(
                        row, column, f"is {value:,}; line {first[1].line} says {first[0]:,}"
                    )
        ons = reader.ons_code(row, "Constituency geographic code")
        country = _place(reader, row, "Country name", "nation")
        seat = SeatRecord(
            row=row,
            ons_code=ons,
            name=reader.text(
                row, "Constituency name", max_length=_max_length(Constituency, "name")
            ),
            region=_place(reader, row, "English region name", "region") or country,
            nation=country,
            county="",
            constituency_type=_place(reader, row, "Constituency designation", "constituency_type"),
            electorate=reader.count(row, "Electorate"),
            valid_votes=reader.count(row, "Election valid vote count"),
            invalid_votes=reader.count(row, "Election invalid vote count", required=False) or 0,
            majority=None,
            result=reader.text(
                row,
                "Election result summary",
                required=False,
                max_length=_max_length(Contest, "result"),
            ),
            declared_at=_declared_at(reader, row),
        )
        first = seats.setdefault(ons, seat) if ons else seat
        if first is not seat:
            for column, attribute in (
                ("Constituency name", "name"),
                ("Electorate", "electorate"),
                ("Election valid vote count", "valid_votes"),
                ("Election invalid vote count", "invalid_votes"),
            ):
                if getattr(seat, attribute) != getattr(first, attribute):
                    reader.problem(
                        row,
                        column,
                        f"is {getattr(seat, attribute)!r}; line {first.row.line} of the same seat "
                        f"says {getattr(first, attribute)!r}",
                    )
        else:
            _check_ballots(reader, seat, "Electorate", "Election valid vote count")
        speaker = reader.yes_no(row, "Candidate is standing as Commons Speaker")
        independent = reader.yes_no(row, "Candidate is standing as independent")
        reader.yes_no(row, "Candidate is notional political party aggregate")
        abbreviation = reader.text(
            row,
            "Main party abbreviation",
            required=False,
            max_length=_max_length(Party, "abbreviation"),
        )
        party_name = reader.text(
            row, "Main party name", required=False, max_length=_max_length(Party, "name")
        )
        if speaker:
            abbreviation, party_name = SPEAKER
        elif not abbreviation and independent:
            abbreviation, party_name = INDEPENDENT
        elif not abbreviation:
            reader.problem(
                row,
                "Main party abbreviation",
                "is empty, and the row stands neither as an independent nor as the Speaker",
            )
        record = CandidateRecord(
            row=row,
            ons_code=ons,
            constituency_name=seat.name,
            region=seat.region,
            nation=seat.nation,
            county="",
            constituency_type=seat.constituency_type,
            party_abbreviation=abbreviation,
            party_name=party_name or abbreviation,
            first_name=_name(reader, row, "Candidate given name", "first_name", required=False),
            surname=_name(reader, row, "Candidate family name", "surname", required=False),
            votes=reader.count(row, "Candidate vote count"),
            sitting_mp=reader.yes_no(row, "Candidate is sitting MP"),
            former_mp=reader.yes_no(row, "Candidate is former MP"),
            gender="",
            share_change=reader.fraction(row, "Candidate vote change", required=False),
            dc_person_id="",
        )
        share = reader.fraction(row, "Candidate vote share", required=False)
        if share is not None and record.votes is not None and seat.valid_votes:
            exact = Decimal(record.votes) / Decimal(seat.valid_votes)
            if abs(exact - share) > SHARE_TOLERANCE:
                reader.problem(
                    row,
                    "Candidate vote share",
                    f"{share} is not {record.votes:,} ÷ {seat.valid_votes:,} valid votes "
                    f"({exact:.6f})",
                )
        position = reader.count(row, "Candidate result position")
        if position == 1 and ons:
            first.majority = reader.count(row, "Majority")
        record.elected_in_file = position == 1
        by_seat[ons].append((record, position))
    candidates = []
    for entries in by_seat.values():
        _check_positions(reader, entries)
        _name_after_parties([record for record, _ in entries])
        candidates.extend(record for record, _ in entries)
    _check_totals(reader, seats, totals)
    return NotionalFile(seats=seats, candidates=candidates, boundaries=boundaries)


def _check_positions(reader: Reader, entries: list[tuple[CandidateRecord, int | None]]) -> None:
    if any(position is None or record.votes is None for record, position in entries):
        return
    ordered = sorted(entries, key=lambda entry: entry[1])
    expected = list(range(1, len(entries) + 1))
    if [position for _, position in ordered] != expected:
        reader.problem(
            ordered[0][0].row,
            "Candidate result position",
            f"the seat's positions are {', '.join(str(p) for _, p in ordered)}, "
            f"not 1 to {len(entries)}",
        )
        return
    for (above, _), (below, position) in zip(ordered, ordered[1:], strict=False):
        if below.votes > above.votes:
            reader.problem(
                below.row,
                "Candidate result position",
                f"position {position} has {below.votes:,} votes, more than position "
                f"{position - 1} on line {above.row.line} ({above.votes:,})",
            )


def _name_after_parties(records: list[CandidateRecord]) -> None:
    unnamed = [r for r in records if not r.first_name and not r.surname]
    labels: dict[tuple[str, str], list[CandidateRecord]] = defaultdict(list)
    for record in unnamed:
        labels[(record.party_name, record.party_abbreviation)].append(record)
    limit = _max_length(Candidacy, "surname")
    for (label, _), group in labels.items():
        for number, record in enumerate(group, start=1):
            record.surname = (f"{label} {number}" if len(group) > 1 else label)[:limit]


def _check_totals(
    reader: Reader, seats: dict[str, SeatRecord], totals: dict[tuple[str, str], tuple[int, Row]]
) -> None:
    for (file, column), (total, row) in totals.items():
        name, words = NOTIONAL_TOTALS[column]
        values = [getattr(s, name) for s in seats.values() if s.row.file == file]
        if None in values:
            continue
        if sum(values) != total:
            reader.problem(
                row,
                column,
                f"is {total:,}, but the {len(values)} seats' {words} add up to "
                f"{sum(values):,}: a seat is missing or the file is cut short",
            )


# -- checks across files ----------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """Who a seat elected, as ``(first name, surname, party abbreviation)``, and whether by lot."""

    elected: tuple[str, str, str]
    decided_by_lot: bool


@dataclass
class Entry:
    """A candidate as the winner check sees them: from a file row, or from the database."""

    key: tuple[str, str, str]
    votes: int
    row: Row | None = None
    flagged: bool = False  # named elected by the notional file, or already in the database

    @property
    def label(self) -> str:
        name = f"{self.key[0]} {self.key[1]}".strip()
        return f"{name} ({self.key[2]})"


def _seat_list(records: Iterable[SeatRecord | CandidateRecord]) -> str:
    return "; ".join(
        f"{r.ons_code} {getattr(r, 'name', None) or r.constituency_name} ({r.row.where()})"
        for r in records
    )


def _files(records: Iterable[SeatRecord | CandidateRecord]) -> str:
    return ", ".join(sorted({r.row.file for r in records}))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def check_results(
    reader: Reader,
    seats: dict[str, SeatRecord],
    candidates: list[CandidateRecord],
    existing: dict[str, Contest],
    *,
    election: str,
) -> dict[str, Decision]:
    """Check seats and candidates against each other (and the database); decide each winner.

    * A candidate file and a constituency file imported together must cover the same
      seats: every seat either lacks is named in one problem per file.
    * Candidates alone must stand in seats this election already has; a constituency
      file alone, in seats that already have candidates.
    * A seat's candidates add up to its valid votes; nobody is listed twice; the
      file's majority is the first two's difference (0 in a tie).
    * The winner is the member the constituency file names (``Member first name``,
      ``Member surname``; ``First party`` tells namesakes apart), or the notional file's
      position 1. A named member without the most votes is refused unless tied for
      the most: a tie is decided by lot (Representation of the People Act 1983,
      Schedule 1, rule 49), never by name. A candidate file alone keeps the winner
      already stored while they still have the most votes; a tie for the most with
      no one named is refused.

    Returns the decision for every seat checked, by ONS code.
    """
    first_row: dict[str, CandidateRecord] = {}
    for cand in candidates:
        first_row.setdefault(cand.ons_code, cand)
    if seats and candidates:
        missing = [s for ons, s in seats.items() if ons not in first_row]
        if missing:
            reader.problems.append(
                Problem(
                    _files(candidates),
                    0,
                    "",
                    f"lacks {_plural(len(missing), 'seat')} that {_files(seats.values())} "
                    f"has: {_seat_list(missing)}",
                )
            )
        extra = [c for ons, c in first_row.items() if ons not in seats]
        if extra:
            reader.problems.append(
                Problem(
                    _files(seats.values()),
                    0,
                    "",
                    f"lacks {_plural(len(extra), 'seat')} that {_files(candidates)} has: "
                    f"{_seat_list(extra)}",
                )
            )
    elif candidates:
        for ons, cand in first_row.items():
            if ons not in existing:
                reader.problem(
                    cand.row,
                    "ONS ID",
                    f"candidates stand in an unknown seat {ons} ({cand.constituency_name}): "
                    f"it is in no constituency file of this import and not in the database "
                    f"for {election}",
                )
    elif seats:
        empty = [
            s
            for ons, s in seats.items()
            if ons not in existing or not existing[ons].candidacies.all()
        ]
        if empty:
            reader.problems.append(
                Problem(
                    _files(seats.values()),
                    0,
                    "",
                    f"has {_plural(len(empty), 'seat')} with no candidates, in this import or in "
                    f"the database for {election} (import the candidate file with it): "
                    f"{_seat_list(empty)}",
                )
            )

    by_seat: dict[str, list[CandidateRecord]] = defaultdict(list)
    for cand in candidates:
        if cand.ons_code in (seats if seats else existing):
            by_seat[cand.ons_code].append(cand)
    decisions: dict[str, Decision] = {}
    for ons in list(seats) + [o for o in by_seat if o not in seats]:
        seat, contest, cands = seats.get(ons), existing.get(ons), by_seat.get(ons)
        if cands:
            if _listed_twice(reader, cands):
                continue
            stored = {
                (c.first_name, c.surname, c.party.abbreviation)
                for c in (contest.candidacies.all() if contest and not seat else ())
                if c.elected
            }
            entries = [
                Entry(c.key, c.votes, c.row, c.elected_in_file or c.key in stored) for c in cands
            ]
        elif seat is not None and not candidates and contest is not None:
            entries = [
                Entry((c.first_name, c.surname, c.party.abbreviation), c.votes)
                for c in contest.candidacies.all()
            ]
        else:
            continue
        if not entries:
            continue
        valid = seat.valid_votes if seat else contest.valid_votes
        total = sum(e.votes for e in entries)
        if total != valid:
            name = seat.name if seat else cands[0].constituency_name
            reader.problem(
                seat.row if seat else cands[0].row,
                _valid_column(seat) if seat else "Votes",
                f"the candidates' votes in {name} add up to {total:,}, not the {valid:,} "
                "valid votes",
            )
            continue
        majority = _majority(e.votes for e in entries)
        if seat and seat.majority is not None and seat.majority != majority:
            reader.problem(
                seat.row,
                "Majority",
                f"{seat.majority:,} does not match the candidates' votes ({majority:,})",
            )
        decision = _decide(reader, seat, entries)
        if decision is not None:
            decisions[ons] = decision
    return decisions


def _valid_column(seat: SeatRecord) -> str:
    return "Valid votes" if "Valid votes" in seat.row.cells else "Election valid vote count"


def _majority(votes: Iterable[int]) -> int:
    ranked = sorted(votes, reverse=True)
    return ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0]


def _listed_twice(reader: Reader, cands: list[CandidateRecord]) -> bool:
    first_seen: dict[tuple[str, str, str], int] = {}
    twice = False
    for cand in cands:
        if cand.key in first_seen:
            reader.problem(
                cand.row,
                "Candidate surname",
                f"{cand.label} ({cand.party_abbreviation}) is listed twice in "
                f"{cand.constituency_name} (first on line {first_seen[cand.key]})",
            )
            twice = True
        first_seen.setdefault(cand.key, cand.row.line)
    return twice


def _same_person(key: tuple[str, str, str], first: str, surname: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    return norm(key[0]) == norm(first) and norm(key[1]) == norm(surname)


def _decide(reader: Reader, seat: SeatRecord | None, entries: list[Entry]) -> Decision | None:
    top = max(e.votes for e in entries)
    leaders = [e for e in entries if e.votes == top]
    named: Entry | None = None
    where: tuple[Row, str] | None = None
    if seat is not None and seat.member_surname:
        matches = [
            e for e in entries if _same_person(e.key, seat.member_first_name, seat.member_surname)
        ]
        if len(matches) > 1 and seat.first_party:
            matches = [e for e in matches if e.key[2] == seat.first_party] or matches
        member = f"{seat.member_first_name} {seat.member_surname}".strip()
        if len(matches) != 1:
            reader.problem(
                seat.row,
                "Member surname",
                f"names {member} as the member elected, but "
                + (
                    f"no candidate in {seat.name} has that name"
                    if not matches
                    else f"{len(matches)} candidates in {seat.name} have that name"
                ),
            )
            return None
        named, where = matches[0], (seat.row, "Member surname")
    else:
        # The notional file's position 1 (its positions are checked to run 1, 2, …), or,
        # for a candidate file alone, the winner already stored.
        flagged = [e for e in entries if e.flagged]
        if len(flagged) == 1:
            named = flagged[0]
            if seat is not None and named.row is not None:
                where = (named.row, "Candidate result position")
    if named is not None and named.votes == top:
        return Decision(named.key, decided_by_lot=len(leaders) > 1)
    if named is not None and where is not None and seat is not None:
        leader = leaders[0]
        reader.problem(
            *where,
            f"names {named.label}, with {named.votes:,} votes, as elected, but {leader.label} "
            f"has more ({leader.votes:,}); only a tie for the most votes, decided by lot, "
            "elects anyone else",
        )
        return None
    if len(leaders) == 1:
        return Decision(leaders[0].key, decided_by_lot=False)
    row = seat.row if seat is not None else next(e.row for e in leaders if e.row is not None)
    reader.problem(
        row,
        "Votes" if seat is None else "",
        f"{' and '.join(e.label for e in leaders)} tie with {top:,} votes, and no file names "
        "the member elected (import the constituency file with it)",
    )
    return None


# -- the import -------------------------------------------------------------------


def _open_all(files: Sequence[str | os.PathLike | tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    opened = []
    for item in files:
        if isinstance(item, tuple):
            opened.append(item)
        else:
            path = Path(item)
            opened.append((path.name, path.read_bytes()))
    return opened


def import_results(
    files: Sequence[str | os.PathLike | tuple[str, bytes]],
    *,
    election: str,
    date: datetime.date,
    name: str | None = None,
    source: str | None = None,
    notional_for: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Import Library CSV files into ``election``; all or nothing.

    ``files`` are paths, or ``(name, bytes)`` pairs for uploads; each is recognised
    by its header. ``date`` is the polling day. A notional results file is imported
    on its own into a notional election (``is_notional``, no ``previous``), and
    ``notional_for`` (required then) is the slug of the election on its boundaries:
    that election's ``notional_baseline`` is set to it now, or when it is imported.
    Returns an ``ImportReport``. Raises ``ImportFailed`` listing every problem found,
    with file, line and column; nothing is written then.

    Each contest's official figures are stored with it (``Contest.official_figures``,
    see ``results.official``). Once committed, ``results.signals.official_figures_changed``
    is sent for the contests whose figures changed: reason "import" for seats with no
    official result before, "revision" for official figures the files changed (their
    ``revised_at`` is set); and once with no contests, reason "import", when exit polls,
    reference facts or the election itself changed. Nothing is sent for a dry run, or
    when the files change nothing.
    """
    problems: list[Problem] = []
    reader = Reader(problems)
    tables: dict[str, list[Row]] = defaultdict(list)
    report = ImportReport(election=election, dry_run=dry_run)
    for file_name, data in _open_all(files):
        parsed = read_table(file_name, data, problems)
        if parsed:
            kind, rows = parsed
            tables[kind].extend(rows)
            report.files[file_name] = kind
    notional_files = [f for f, kind in report.files.items() if kind == "notional"]
    existing_election = Election.objects.filter(slug=election).first()
    target = Election.objects.filter(slug=notional_for).first() if notional_for else None
    _check_options(
        problems,
        report.files,
        election=election,
        date=date,
        name=name,
        source=source,
        notional_for=notional_for,
        existing=existing_election,
        target=target,
    )
    boundaries = ""
    if notional_files:
        notional = parse_notional(reader, tables["notional"], date)
        seats, candidates, boundaries = notional.seats, notional.candidates, notional.boundaries
        if target is not None:
            _check_target_seats(problems, notional_files, target, seats)
    else:
        seats = parse_seats(reader, tables["constituencies"])
        candidates = parse_candidates(reader, tables["candidates"])
    if problems:
        raise ImportFailed(problems)

    if notional_files:
        boundaries = boundaries or (str(target.date.year) if target else "new")
        source = source or (
            f"House of Commons Library, notional {date.year} results on the {boundaries} boundaries"
        )
        name = name or f"{date.year} general election (notional, {boundaries} boundaries)"
    source = source or f"House of Commons Library, {election.upper()} results"
    existing_contests = {}
    if existing_election:
        existing_contests = {
            c.constituency.ons_code: c
            for c in Contest.objects.filter(election=existing_election)
            .select_related("constituency")
            .prefetch_related("candidacies__party")
        }
    decisions = check_results(reader, seats, candidates, existing_contests, election=election)
    if problems:
        raise ImportFailed(problems)

    with transaction.atomic():
        writer = _Writer(
            report=report,
            election_slug=election,
            date=date,
            name=name,
            source=source,
            notional=bool(notional_files),
            notional_for=notional_for,
        )
        writer.write_election()
        writer.write_results(seats, candidates, existing_contests, decisions)
        writer.link_baseline()
        writer.write_projections(reader, tables["projections"])
        writer.write_reference(reader, tables["reference"])
        if report.changed:
            # Bulk writes send no signals: mark the official figures as changed here.
            OfficialDataVersion.bump()
        if problems:
            # Problems found while writing (an unknown party in a reference
            # file, say) still refuse the whole import.
            transaction.set_rollback(True)
            raise ImportFailed(problems)
        if dry_run:
            transaction.set_rollback(True)
        else:
            writer.tell_the_layers_above()
    return report


def _check_options(
    problems: list[Problem],
    files: dict[str, str],
    *,
    election: str,
    date: datetime.date,
    name: str | None,
    source: str | None,
    notional_for: str | None,
    existing: Election | None,
    target: Election | None,
) -> None:
    """Problems with the options, alone or against the files and the database."""

    def refuse(option: str, message: str) -> None:
        problems.append(Problem(option, 0, "", message))

    slug_length = _max_length(Election, "slug")
    if not SLUG.match(election) or len(election) > slug_length:
        refuse(
            "--election",
            f"{election!r} is not a slug (letters, digits, - and _, at most {slug_length})",
        )
    if name and len(name) > _max_length(Election, "name"):
        refuse("--name", f"is longer than {_max_length(Election, 'name')} characters")
    if source and len(source) > _max_length(Contest, "source"):
        refuse("--source", f"is longer than {_max_length(Contest, 'source')} characters")
    if existing and existing.date != date:
        refuse("--date", f"{election} already exists with polling day {existing.date}, not {date}")
    notional = [f for f, kind in files.items() if kind == "notional"]
    others = [f for f, kind in files.items() if kind != "notional"]
    if notional and others:
        refuse(
            notional[0],
            f"is a notional results file: import it on its own, not with {', '.join(others)}",
        )
    if notional and not notional_for:
        refuse(
            "--notional-for",
            f"{notional[0]} holds notional results (an earlier election re-estimated on new "
            "boundaries): name the election on those boundaries, e.g. --notional-for ge2024",
        )
    if notional_for and not notional:
        refuse("--notional-for", "is only for a notional results file, and none was given")
    if notional and existing and not existing.is_notional:
        refuse(
            "--election",
            f"{election} holds actual results: import the notional file into an election "
            f"of its own, e.g. --election {election}-notional",
        )
    if others and existing and existing.is_notional:
        refuse("--election", f"{election} is a notional election: it takes only a notional file")
    if notional_for and notional_for == election:
        refuse("--notional-for", "names the notional election itself")
    elif target is not None:
        if target.is_notional:
            refuse("--notional-for", f"{notional_for} is itself a notional election")
        elif target.date <= date:
            refuse(
                "--notional-for",
                f"{notional_for} was held on {target.date}, not after the notional "
                f"election's polling day {date}",
            )


def _check_target_seats(
    problems: list[Problem], files: list[str], target: Election, seats: dict[str, SeatRecord]
) -> None:
    """Every seat the target election has must have a notional result in the file."""
    missing = (
        Constituency.objects.filter(contests__election=target)
        .exclude(ons_code__in=list(seats))
        .order_by("name")
    )
    if missing:
        problems.append(
            Problem(
                ", ".join(files),
                0,
                "",
                f"lacks {_plural(len(missing), 'seat')} of {target.slug}, so it cannot be its "
                f"baseline: {'; '.join(f'{c.ons_code} {c.name}' for c in missing)}",
            )
        )


class _Writer:
    """The write phase; every method only touches rows that differ."""

    def __init__(
        self,
        *,
        report: ImportReport,
        election_slug: str,
        date,
        name,
        source,
        notional: bool = False,
        notional_for: str | None = None,
    ):
        self.report = report
        self.slug = election_slug
        self.date = date
        self.name = name
        self.source = source
        self.notional = notional
        self.notional_for = notional_for
        self.parties = {p.abbreviation: p for p in Party.objects.all()}
        # Contest ids whose official figures changed, by the reason sent for them.
        self.changed: dict[str, list[int]] = {"import": [], "revision": []}
        # Existing contests whose rows this import changed (new contests are all new).
        self.touched: set[int] = set()
        # Slugs of elections whose election-wide figures changed (previous election, baseline).
        self.election_wide: set[str] = set()

    def count(self, model: str, outcome: str, n: int = 1) -> None:
        getattr(self.report, outcome)[model] += n

    def write_election(self) -> None:
        """Create or update the election; link it to the previous one by date.

        A notional election is never any election's ``previous`` and has none itself.
        """
        default_name = self.name or f"{self.date.year} general election"
        election, created = Election.objects.get_or_create(
            slug=self.slug,
            defaults={"date": self.date, "name": default_name, "is_notional": self.notional},
        )
        changed = False
        if self.name and election.name != self.name:
            election.name, changed = self.name, True
        if self.notional:
            if election.previous_id is not None:
                election.previous, changed = None, True
        elif election.previous_id is None:
            previous = (
                Election.objects.filter(date__lt=self.date, is_notional=False)
                .order_by("-date")
                .first()
            )
            if previous:
                election.previous, changed = previous, True
        if changed:
            election.save()
            if not created:
                self.election_wide.add(self.slug)
        if not self.notional:
            # A later election already imported now follows this one.
            Election.objects.filter(
                date__gt=self.date, previous__isnull=True, is_notional=False
            ).exclude(pk=election.pk).update(previous=election)
        self.count("elections", "created" if created else ("updated" if changed else "unchanged"))
        self.election = election
        self.election_created = created

    def link_baseline(self) -> None:
        """Link an election to its notional baseline, whichever was imported first.

        A notional import sets ``notional_baseline`` on the ``notional_for`` election if
        it is loaded. An actual election without a baseline takes the notional election
        held before it (and not before its previous election) that shares the most seats
        with it, if any.
        """
        if self.notional:
            target = Election.objects.filter(slug=self.notional_for, is_notional=False).first()
            if target is None:
                self.report.notes.append(
                    f"{self.notional_for} is not loaded yet: it takes {self.slug} as its "
                    "notional baseline when it is imported."
                )
                return
            if target.notional_baseline_id != self.election.pk:
                target.notional_baseline = self.election
                target.save(update_fields=["notional_baseline"])
                self.count("elections", "updated")
                self.election_wide.add(target.slug)
            self.report.notes.append(f"{target.slug} measures change from {self.slug}.")
            return
        election = self.election
        if election.notional_baseline_id is not None:
            return
        candidates = Election.objects.filter(is_notional=True, date__lt=election.date)
        if election.previous_id is not None:
            candidates = candidates.filter(date__gte=election.previous.date)
        seats = Contest.objects.filter(election=election).values("constituency_id")
        baseline = (
            candidates.annotate(
                shared=Count("contests", filter=Q(contests__constituency_id__in=seats))
            )
            .filter(shared__gt=0)
            .order_by("-shared", "-date")
            .first()
        )
        if baseline is not None:
            election.notional_baseline = baseline
            election.save(update_fields=["notional_baseline"])
            if not self.election_created:
                self.election_wide.add(election.slug)
                self.count("elections", "updated")
            self.report.notes.append(f"{election.slug} measures change from {baseline.slug}.")

    def party(self, abbreviation: str, name: str) -> Party:
        party = self.parties.get(abbreviation)
        if party is None:
            party = Party.objects.create(
                abbreviation=abbreviation,
                name=name or abbreviation,
                is_independent=abbreviation == LibraryParty.INDEPENDENT,
            )
            self.parties[abbreviation] = party
            self.count("parties", "created")
        return party

    def constituencies(self, seats: dict[str, SeatRecord], candidates) -> dict[str, Constituency]:
        """The seats by ONS code, created where missing.

        The Library's files also update an existing seat's name and place; a notional
        file only creates missing seats, so the Library's spelling always stands.
        """
        wanted: dict[str, dict] = {}
        for rec in list(seats.values()) + list(candidates):
            ons = rec.ons_code
            name = getattr(rec, "name", None) or rec.constituency_name
            wanted.setdefault(
                ons,
                {
                    "name": name,
                    "region": rec.region,
                    "nation": rec.nation,
                    "county": rec.county,
                    "constituency_type": rec.constituency_type,
                },
            )
        existing = {c.ons_code: c for c in Constituency.objects.filter(ons_code__in=wanted)}
        new = []
        for ons, values in wanted.items():
            seat = existing.get(ons)
            if seat is None:
                new.append(
                    Constituency(
                        ons_code=ons,
                        slug=slugify(values["name"]),
                        search_name=fold(values["name"])[:400],
                        **values,
                    )
                )
                continue
            changes = {k: v for k, v in values.items() if v and getattr(seat, k) != v}
            if changes and not self.notional:
                for k, v in changes.items():
                    setattr(seat, k, v)
                seat.save()
                self.count("constituencies", "updated")
            else:
                self.count("constituencies", "unchanged")
        if new:
            Constituency.objects.bulk_create(new)
            self.count("constituencies", "created", len(new))
            existing.update({c.ons_code: c for c in new})
        return existing

    def link_predecessors(self) -> None:
        """Seats renumbered by a boundary change follow the same-named old seat.

        Runs for this election against the previous one and for the next
        election against this one, so the order of imports does not matter.
        """
        pairs = [(self.election.previous_id, self.election.pk)]
        pairs += [(self.election.pk, e.pk) for e in self.election.next_elections.all()]
        for earlier, later in pairs:
            if earlier is None:
                continue
            old = {c.slug: c for c in Constituency.objects.filter(contests__election_id=earlier)}
            linked = []
            for seat in Constituency.objects.filter(
                contests__election_id=later, predecessor__isnull=True
            ):
                match = old.get(seat.slug)
                if match is not None and match.pk != seat.pk:
                    seat.predecessor = match
                    linked.append(seat)
            Constituency.objects.bulk_update(linked, ["predecessor"])

    def write_results(self, seats, candidates, existing_contests, decisions) -> None:
        """Contests and candidacies as the files say, with each seat's winner marked."""
        if not seats and not candidates:
            return
        before = self._official_before(existing_contests)
        constituencies = self.constituencies(seats, candidates)
        contests = dict(existing_contests)
        new_contests = []
        for ons, seat in seats.items():
            values = {
                "electorate": seat.electorate,
                "valid_votes": seat.valid_votes,
                "invalid_votes": seat.invalid_votes,
                "declared_at": seat.declared_at,
                "result": seat.result,
                "decided_by_lot": decisions[ons].decided_by_lot,
                "source": self.source,
                "source_row": seat.row.where(),
                "origin": Contest.Origin.IMPORT,
                "status": Contest.Status.OFFICIAL,
            }
            contest = contests.get(ons)
            if contest is None:
                contest = Contest(
                    election=self.election, constituency=constituencies[ons], **values
                )
                new_contests.append(contest)
                contests[ons] = contest
                continue
            self._update_contest(contest, values)
        if not seats:
            # Candidates alone: a seat's winner may change with its votes.
            for ons in {c.ons_code for c in candidates}:
                self._update_contest(
                    contests[ons], {"decided_by_lot": decisions[ons].decided_by_lot}
                )
        if new_contests:
            bulk_create_with_history(new_contests, Contest, batch_size=500)
            # bulk_create_with_history may not set pks on every backend.
            fresh = Contest.objects.filter(election=self.election).select_related("constituency")
            for contest in fresh:
                contests[contest.constituency.ons_code] = contest
            self.count("contests", "created", len(new_contests))
        self._write_candidacies(candidates, contests, existing_contests, decisions)
        if not candidates:
            # A constituency file alone names the winner among the stored candidates.
            for ons in seats:
                for candidacy in existing_contests[ons].candidacies.all():
                    key = (candidacy.first_name, candidacy.surname, candidacy.party.abbreviation)
                    self._update(candidacy, {"elected": key == decisions[ons].elected})
        self.link_predecessors()
        self._store_official_figures(set(seats) | {c.ons_code for c in candidates}, before)

    @staticmethod
    def _official_before(existing_contests) -> dict[int, dict | None]:
        """Each existing contest's official figures before this import (None: none yet)."""
        before = {}
        for contest in existing_contests.values():
            if contest.official_figures is not None:
                before[contest.pk] = contest.official_figures
            elif contest.is_official:
                before[contest.pk] = figures_of(contest, contest.candidacies.all())
            else:
                before[contest.pk] = None
        return before

    def _store_official_figures(self, seats: set[str], before: dict[int, dict | None]) -> None:
        """Store the imported seats' official figures where they differ, and note which
        contests changed and why ("import": no official result before; "revision").

        Only contests this import created or changed, or that have no official
        figures stored, are read again: importing unchanged files costs one query.
        """
        existing = set(before)
        contests = list(
            Contest.objects.filter(election=self.election, constituency__ons_code__in=seats)
            .filter(Q(pk__in=self.touched) | ~Q(pk__in=existing) | Q(official_figures__isnull=True))
            .only("pk", *CONTEST_FIGURE_FIELDS, "declared_at", "official_figures")
        )
        rows: dict[int, list[tuple]] = defaultdict(list)
        candidacies = Candidacy.objects.filter(contest__in=[c.pk for c in contests])
        for row in candidacies.values_list(*CANDIDATE_ROW):
            rows[row[0]].append(row)
        now = timezone.now()
        for contest in contests:
            figures = figures_from_rows(contest, rows[contest.pk])
            if contest.official_figures == figures:
                continue
            then = before.get(contest.pk)
            update = {"official_figures": figures}
            if then is None:
                self.changed["import"].append(contest.pk)
            elif figure_changes(then, figures):
                update["revised_at"] = now
                self.changed["revision"].append(contest.pk)
            # One UPDATE a row: bulk_update's CASE over hundreds of JSON values is slower.
            Contest.objects.filter(pk=contest.pk).update(**update)

    def tell_the_layers_above(self) -> None:
        """Send ``official_figures_changed`` on commit for what this import changed."""
        for reason, contests in self.changed.items():
            if contests:
                send_official_figures_changed(self.slug, sorted(contests), reason)
        report = self.report
        if any(
            report.created.get(m) or report.updated.get(m) or report.deleted.get(m)
            for m in ("projections", "reference facts")
        ):
            self.election_wide.add(self.slug)
        for slug in sorted(self.election_wide):
            send_official_figures_changed(slug, [], "import")

    def _update_contest(self, contest: Contest, values: dict) -> None:
        changes = {k: v for k, v in values.items() if getattr(contest, k) != v}
        if changes:
            self.touched.add(contest.pk)
            for k, v in changes.items():
                setattr(contest, k, v)
            contest.approved_by = None
            contest.approved_at = None
            contest.save()
            self.count("contests", "updated")
        else:
            self.count("contests", "unchanged")

    def _update(self, candidacy: Candidacy, values: dict) -> None:
        changes = {k: v for k, v in values.items() if getattr(candidacy, k) != v}
        if changes:
            self.touched.add(candidacy.contest_id)
            for k, v in changes.items():
                setattr(candidacy, k, v)
            candidacy.save()
            self.count("candidacies", "updated")
        else:
            self.count("candidacies", "unchanged")

    def _write_candidacies(self, candidates, contests, existing_contests, decisions) -> None:
        by_seat: dict[str, list[CandidateRecord]] = defaultdict(list)
        for cand in candidates:
            by_seat[cand.ons_code].append(cand)
        new = []
        for ons, cands in by_seat.items():
            contest = contests[ons]
            current = {}
            if ons in existing_contests:
                current = {
                    (c.first_name, c.surname, c.party.abbreviation): c
                    for c in existing_contests[ons].candidacies.all()
                }
            seen = set()
            for cand in cands:
                party = self.party(cand.party_abbreviation, cand.party_name)
                key = (cand.first_name, cand.surname, party.abbreviation)
                seen.add(key)
                values = {
                    "party_label": cand.party_name,
                    "votes": cand.votes,
                    "elected": key == decisions[ons].elected,
                    "sitting_mp": cand.sitting_mp,
                    "former_mp": cand.former_mp,
                    "gender": cand.gender,
                    "library_share_change": cand.share_change,
                    "dc_person_id": cand.dc_person_id,
                    # the row cited for this candidate's own figures (votes, share)
                    "source_row": cand.row.where(),
                }
                existing = current.get(key)
                if existing is None:
                    self.touched.add(contest.pk)
                    new.append(
                        Candidacy(
                            contest=contest,
                            first_name=cand.first_name,
                            surname=cand.surname,
                            party=party,
                            search_name=fold(f"{cand.first_name} {cand.surname}")[:400],
                            **values,
                        )
                    )
                    continue
                self._update(existing, values)
            gone = [c for k, c in current.items() if k not in seen]
            for candidacy in gone:
                self.touched.add(candidacy.contest_id)
                candidacy.delete()  # through the model, so history records it
            self.count("candidacies", "deleted", len(gone))
        if new:
            bulk_create_with_history(new, Candidacy, batch_size=1000)
            self.count("candidacies", "created", len(new))

    def write_projections(self, reader: Reader, rows: list[Row]) -> None:
        for row in rows:
            before = len(reader.problems)
            if not self._same_election(reader, row):
                continue
            abbreviation = reader.text(
                row,
                "Party abbreviation",
                required=False,
                max_length=_max_length(Party, "abbreviation"),
            )
            label = reader.text(row, "Party name", max_length=_max_length(Projection, "label"))
            seats = reader.count(row, "Projected seats")
            source = reader.text(row, "Source", max_length=_max_length(Projection, "source"))
            published = _parse_datetime(reader, row, "Published at")
            if len(reader.problems) > before:
                continue
            party = self.parties.get(abbreviation)
            if party is None and abbreviation and abbreviation not in {"Oth", "Others"}:
                party = self.party(abbreviation, label)
            self._upsert(
                Projection,
                {"election": self.election, "source": source, "label": label},
                {"party": party, "seats": seats, "published_at": published},
            )

    def write_reference(self, reader: Reader, rows: list[Row]) -> None:
        kinds = set(ReferenceFact.Kind.values)
        for row in rows:
            before = len(reader.problems)
            kind = reader.text(row, "Kind")
            if kind not in kinds:
                reader.problem(row, "Kind", f"{kind!r} is not one of {', '.join(sorted(kinds))}")
                continue
            value = reader.text(row, "Value")
            if not (len(value) in (4, 10) and value[:4].isdigit()):
                reader.problem(row, "Value", f"{value!r} is not a year or a YYYY-MM-DD date")
                continue
            abbreviation = reader.text(row, "Party", required=False)
            party = None
            if abbreviation:
                party = self.parties.get(abbreviation)
                if party is None:
                    reader.problem(row, "Party", f"unknown party abbreviation {abbreviation!r}")
                    continue
            subject = reader.text(row, "Subject", max_length=_max_length(ReferenceFact, "subject"))
            detail = reader.text(
                row, "Detail", required=False, max_length=_max_length(ReferenceFact, "detail")
            )
            source = reader.text(row, "Source", max_length=_max_length(ReferenceFact, "source"))
            if len(reader.problems) > before:
                continue
            self._upsert(
                ReferenceFact,
                {"kind": kind, "subject": subject},
                {"party": party, "value": value, "detail": detail, "source": source},
            )

    def _same_election(self, reader: Reader, row: Row) -> bool:
        slug = row.cells.get("Election", "").strip()
        if slug != self.slug:
            reader.problem(row, "Election", f"{slug!r} does not match --election {self.slug}")
            return False
        return True

    def _upsert(self, model, keys: dict, values: dict) -> None:
        label = model._meta.verbose_name_plural
        obj = model.objects.filter(**keys).first()
        if obj is None:
            model.objects.create(**keys, **values)
            self.count(label, "created")
            return
        changes = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if not changes:
            self.count(label, "unchanged")
            return
        for k, v in changes.items():
            setattr(obj, k, v)
        obj.save()
        self.count(label, "updated")


def _parse_datetime(reader: Reader, row: Row, column: str) -> datetime.datetime | None:
    raw = reader.text(row, column)
    if not raw:
        return None
    try:
        value = datetime.datetime.fromisoformat(raw)
    except ValueError:
        reader.problem(row, column, f"{raw!r} is not an ISO date and time")
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_default_timezone())
    return value
