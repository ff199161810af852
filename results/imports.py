"""Import official figures from House of Commons Library CSV files.

``import_results()`` reads any mix of these files, each recognised by its
header row (a byte-order mark and CRLF line ends are fine):

* the Library's candidate file (one row per candidate),
* the Library's constituency file (one row per seat, wide by party),
* Tally's national totals, exit-poll and reference-fact files (``seeds/official``).

It runs in two phases. First every file is parsed and checked, within itself
and against the others (a candidate in an unknown seat, votes that do not add
up to the valid votes, a majority that disagrees with the votes); any problem
is reported with its file, line and column and nothing is written. Then one
transaction writes what changed. Rows that are already as the file says are
left alone, so importing the same file twice changes nothing, not even history.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from .models import (
    Candidacy,
    Constituency,
    Contest,
    Election,
    NationalTally,
    OfficialDataVersion,
    Party,
    Projection,
    ReferenceFact,
)
from .vocabulary import LibraryParty

MAX_PROBLEMS = 50

CANDIDATE_COLUMNS = (
    "ONS ID", "Constituency name", "Party name", "Party abbreviation",
    "Candidate first name", "Candidate surname", "Votes",
)  # fmt: skip
CONSTITUENCY_COLUMNS = (
    "ONS ID", "Constituency name", "Region name", "Country name",
    "Electorate", "Valid votes", "Invalid votes", "Majority",
)  # fmt: skip
NATIONAL_COLUMNS = ("Election", "Party name", "Party abbreviation", "Seats", "Votes", "Share")
PROJECTION_COLUMNS = (
    "Election", "Party name", "Party abbreviation", "Projected seats", "Source", "Published at",
)  # fmt: skip
REFERENCE_COLUMNS = ("Kind", "Subject", "Party", "Value", "Detail", "Source")

# Checked in this order: the first whose columns are all present wins.
FILE_KINDS = (
    ("candidates", CANDIDATE_COLUMNS),
    ("constituencies", CONSTITUENCY_COLUMNS),
    ("projections", PROJECTION_COLUMNS),
    ("national", NATIONAL_COLUMNS),
    ("reference", REFERENCE_COLUMNS),
)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


class ImportFailed(Exception):
    """The files were refused; nothing was written."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:MAX_PROBLEMS])
        more = len(self.problems) - MAX_PROBLEMS
        if more > 0:
            shown += f"\n  …and {more} more"
        super().__init__(f"Import refused, nothing was written:\n{shown}")


@dataclass
class ImportReport:
    election: str
    dry_run: bool
    files: dict[str, str] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))

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
        return "\n".join(lines)


# -- parsing ------------------------------------------------------------------


@dataclass
class Row:
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

    def text(self, row: Row, column: str, *, required: bool = True) -> str:
        value = row.cells.get(column, "").strip()
        if required and not value:
            self.problem(row, column, "is empty")
        return value

    def count(self, row: Row, column: str, *, required: bool = True) -> int | None:
        raw = row.cells.get(column, "").strip()
        if not raw:
            if required:
                self.problem(row, column, "is empty; expected a whole number")
            return None
        cleaned = raw.replace(",", "")
        if not cleaned.isdigit():
            if cleaned.startswith("-") and cleaned[1:].isdigit():
                self.problem(row, column, f"{raw!r} is negative; expected a whole number ≥ 0")
            else:
                self.problem(row, column, f"{raw!r} is not a whole number")
            return None
        return int(cleaned)

    def fraction(self, row: Row, column: str, *, required: bool = True) -> Decimal | None:
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


def read_table(name: str, data: bytes, problems: list[Problem]) -> tuple[str, list[Row]] | None:
    """Recognise a file by its header and return (kind, rows)."""
    text = _decode(name, data, problems)
    if text is None:
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        problems.append(Problem(name, 1, "", "is empty"))
        return None
    except csv.Error as exc:
        problems.append(Problem(name, 1, "", f"is not valid CSV ({exc})"))
        return None
    kind = next((k for k, cols in FILE_KINDS if set(cols) <= set(header)), None)
    if kind is None:
        problems.append(
            Problem(
                name,
                1,
                "",
                "header not recognised: expected the House of Commons Library candidate or "
                "constituency file (or a Tally national, exit-poll or reference file)",
            )
        )
        return None
    rows = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            line = reader.line_num
            if len(cells) != len(header):
                problems.append(
                    Problem(name, line, "", f"has {len(cells)} cells; the header has {len(header)}")
                )
                continue
            rows.append(Row(name, line, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, "", f"is not valid CSV ({exc})"))
    return kind, rows


# -- parsed records -------------------------------------------------------------


@dataclass
class SeatRecord:
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


@dataclass
class CandidateRecord:
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


def parse_seats(reader: Reader, rows: Iterable[Row]) -> dict[str, SeatRecord]:
    seats: dict[str, SeatRecord] = {}
    for row in rows:
        ons = reader.text(row, "ONS ID")
        record = SeatRecord(
            row=row,
            ons_code=ons,
            name=reader.text(row, "Constituency name"),
            region=reader.text(row, "Region name", required=False),
            nation=reader.text(row, "Country name", required=False),
            county=reader.text(row, "County name", required=False),
            constituency_type=reader.text(row, "Constituency type", required=False),
            electorate=reader.count(row, "Electorate"),
            valid_votes=reader.count(row, "Valid votes"),
            invalid_votes=reader.count(row, "Invalid votes"),
            majority=reader.count(row, "Majority", required=False),
            result=reader.text(row, "Result", required=False),
            declared_at=_declared_at(reader, row),
        )
        if ons in seats:
            reader.problem(
                row, "ONS ID", f"{ons} appears twice (first on line {seats[ons].row.line})"
            )
            continue
        if None not in (record.electorate, record.valid_votes, record.invalid_votes):
            if record.electorate == 0:
                reader.problem(row, "Electorate", "is 0")
            elif record.valid_votes + record.invalid_votes > record.electorate:
                reader.problem(
                    row,
                    "Valid votes",
                    f"valid ({record.valid_votes:,}) plus invalid ({record.invalid_votes:,}) "
                    f"votes exceed the electorate ({record.electorate:,})",
                )
        if ons:
            seats[ons] = record
    return seats


def parse_candidates(reader: Reader, rows: Iterable[Row]) -> list[CandidateRecord]:
    records = []
    for row in rows:
        records.append(
            CandidateRecord(
                row=row,
                ons_code=reader.text(row, "ONS ID"),
                constituency_name=reader.text(row, "Constituency name"),
                region=reader.text(row, "Region name", required=False),
                nation=reader.text(row, "Country name", required=False),
                county=reader.text(row, "County name", required=False),
                constituency_type=reader.text(row, "Constituency type", required=False),
                party_abbreviation=reader.text(row, "Party abbreviation"),
                party_name=reader.text(row, "Party name"),
                first_name=reader.text(row, "Candidate first name", required=False),
                surname=reader.text(row, "Candidate surname"),
                votes=reader.count(row, "Votes"),
                sitting_mp=reader.yes_no(row, "Sitting MP"),
                former_mp=reader.yes_no(row, "Former MP"),
                gender=reader.text(row, "Candidate gender", required=False),
                share_change=reader.fraction(row, "Change", required=False),
                dc_person_id=reader.text(row, "Democracy Club person ID", required=False),
            )
        )
        reader.fraction(row, "Share", required=False)  # checked, not stored: it is derived
    return records


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
    dry_run: bool = False,
) -> ImportReport:
    """Import Library CSV files into ``election``; all or nothing.

    ``files`` are paths, or ``(name, bytes)`` pairs for uploads. Raises
    ``ImportFailed`` listing every problem found, with file, line and column.
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
    seats = parse_seats(reader, tables["constituencies"])
    candidates = parse_candidates(reader, tables["candidates"])
    if problems:
        raise ImportFailed(problems)

    source = source or f"House of Commons Library, {election.upper()} results"
    existing_election = Election.objects.filter(slug=election).first()
    if existing_election and existing_election.date != date:
        raise ImportFailed(
            [
                Problem(
                    "--date",
                    0,
                    "",
                    f"{election} already exists with polling day {existing_election.date}, "
                    f"not {date}",
                )
            ]
        )
    existing_contests = {}
    if existing_election:
        existing_contests = {
            c.constituency.ons_code: c
            for c in Contest.objects.filter(election=existing_election)
            .select_related("constituency")
            .prefetch_related("candidacies__party")
        }
    _check_seats_add_up(reader, seats, candidates, existing_contests)
    if problems:
        raise ImportFailed(problems)

    with transaction.atomic():
        writer = _Writer(report=report, election_slug=election, date=date, name=name, source=source)
        writer.write_election()
        writer.write_results(seats, candidates, existing_contests)
        writer.write_national(reader, tables["national"])
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
    return report


def _check_seats_add_up(
    reader: Reader,
    seats: dict[str, SeatRecord],
    candidates: list[CandidateRecord],
    existing: dict[str, Contest],
) -> None:
    by_seat: dict[str, list[CandidateRecord]] = defaultdict(list)
    for cand in candidates:
        if cand.ons_code not in seats and cand.ons_code not in existing:
            reader.problem(
                cand.row,
                "ONS ID",
                f"candidate {cand.first_name} {cand.surname} stands in an unknown seat "
                f"{cand.ons_code} ({cand.constituency_name}): it is in no constituency file of "
                "this import and not in the database for this election",
            )
            continue
        by_seat[cand.ons_code].append(cand)
    for ons, cands in by_seat.items():
        first_seen: dict[tuple[str, str, str], int] = {}
        for cand in cands:
            key = (cand.first_name, cand.surname, cand.party_abbreviation)
            if key in first_seen:
                reader.problem(
                    cand.row,
                    "Candidate surname",
                    f"{cand.first_name} {cand.surname} ({cand.party_abbreviation}) is listed "
                    f"twice in {cand.constituency_name} (first on line {first_seen[key]})",
                )
            first_seen.setdefault(key, cand.row.line)
        seat = seats.get(ons)
        valid = seat.valid_votes if seat else existing[ons].valid_votes
        total = sum(c.votes for c in cands)
        if total != valid:
            where = seat.row if seat else cands[0].row
            reader.problem(
                where,
                "Valid votes",
                f"the candidates' votes in {cands[0].constituency_name} add up to {total:,}, "
                f"not the {valid:,} valid votes",
            )
            continue
        ranked = sorted((c.votes for c in cands), reverse=True)
        majority = ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0]
        if seat and seat.majority is not None and seat.majority != majority:
            reader.problem(
                seat.row,
                "Majority",
                f"{seat.majority:,} does not match the candidates' votes ({majority:,})",
            )


class _Writer:
    """The write phase; every method only touches rows that differ."""

    def __init__(self, *, report: ImportReport, election_slug: str, date, name, source):
        self.report = report
        self.slug = election_slug
        self.date = date
        self.name = name
        self.source = source
        self.parties = {p.abbreviation: p for p in Party.objects.all()}

    def count(self, model: str, outcome: str, n: int = 1) -> None:
        getattr(self.report, outcome)[model] += n

    def write_election(self) -> None:
        default_name = self.name or f"{self.date.year} general election"
        election, created = Election.objects.get_or_create(
            slug=self.slug, defaults={"date": self.date, "name": default_name}
        )
        changed = False
        if self.name and election.name != self.name:
            election.name, changed = self.name, True
        if election.previous_id is None:
            previous = Election.objects.filter(date__lt=self.date).order_by("-date").first()
            if previous:
                election.previous, changed = previous, True
        if changed:
            election.save()
        # A later election already imported now follows this one.
        Election.objects.filter(date__gt=self.date, previous__isnull=True).exclude(
            pk=election.pk
        ).update(previous=election)
        self.count("elections", "created" if created else ("updated" if changed else "unchanged"))
        self.election = election

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
                new.append(Constituency(ons_code=ons, slug=slugify(values["name"]), **values))
                continue
            changes = {k: v for k, v in values.items() if v and getattr(seat, k) != v}
            if changes:
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

    def write_results(self, seats, candidates, existing_contests) -> None:
        if not seats and not candidates:
            return
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
            changes = {k: v for k, v in values.items() if getattr(contest, k) != v}
            if changes:
                for k, v in changes.items():
                    setattr(contest, k, v)
                contest.approved_by = None
                contest.approved_at = None
                contest.save()
                self.count("contests", "updated")
            else:
                self.count("contests", "unchanged")
        if new_contests:
            bulk_create_with_history(new_contests, Contest, batch_size=500)
            # bulk_create_with_history may not set pks on every backend.
            fresh = Contest.objects.filter(election=self.election).select_related("constituency")
            for contest in fresh:
                contests[contest.constituency.ons_code] = contest
            self.count("contests", "created", len(new_contests))
        self._write_candidacies(candidates, contests, existing_contests)
        self.link_predecessors()

    def _write_candidacies(self, candidates, contests, existing_contests) -> None:
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
                    "sitting_mp": cand.sitting_mp,
                    "former_mp": cand.former_mp,
                    "gender": cand.gender,
                    "library_share_change": cand.share_change,
                    "dc_person_id": cand.dc_person_id,
                }
                existing = current.get(key)
                if existing is None:
                    new.append(
                        Candidacy(
                            contest=contest,
                            first_name=cand.first_name,
                            surname=cand.surname,
                            party=party,
                            **values,
                        )
                    )
                    continue
                changes = {k: v for k, v in values.items() if getattr(existing, k) != v}
                if changes:
                    for k, v in changes.items():
                        setattr(existing, k, v)
                    existing.save()
                    self.count("candidacies", "updated")
                else:
                    self.count("candidacies", "unchanged")
            gone = [c for k, c in current.items() if k not in seen]
            for candidacy in gone:
                candidacy.delete()  # through the model, so history records it
            self.count("candidacies", "deleted", len(gone))
        if new:
            bulk_create_with_history(new, Candidacy, batch_size=1000)
            self.count("candidacies", "created", len(new))

    def write_national(self, reader: Reader, rows: list[Row]) -> None:
        for row in rows:
            if not self._same_election(reader, row):
                continue
            abbreviation = reader.text(row, "Party abbreviation")
            values = {
                "seats": reader.count(row, "Seats"),
                "votes": reader.count(row, "Votes"),
                "share": reader.fraction(row, "Share"),
            }
            if abbreviation == "Total" or None in values.values():
                continue
            party = self.party(abbreviation, reader.text(row, "Party name"))
            values["source"] = row.cells.get("Source", "").strip() or self.source
            self._upsert(NationalTally, {"election": self.election, "party": party}, values)

    def write_projections(self, reader: Reader, rows: list[Row]) -> None:
        for row in rows:
            if not self._same_election(reader, row):
                continue
            abbreviation = reader.text(row, "Party abbreviation", required=False)
            label = reader.text(row, "Party name")
            seats = reader.count(row, "Projected seats")
            source = reader.text(row, "Source")
            published = _parse_datetime(reader, row, "Published at")
            if seats is None or published is None:
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
            self._upsert(
                ReferenceFact,
                {"kind": kind, "subject": reader.text(row, "Subject")},
                {
                    "party": party,
                    "value": value,
                    "detail": reader.text(row, "Detail", required=False),
                    "source": reader.text(row, "Source"),
                },
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
