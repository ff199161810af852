"""Write small files in the House of Commons Library format for import tests.

The seats are invented (random but reproducible); the columns, the byte-order
mark, CRLF line ends and the fraction-valued Share are the Library's, and the
notional file's 53 columns, "true"/"false" cells and LF line ends are those of
Parliament's long export (``candidate-level-results-notional-general-election-
12-12-2019.csv``).
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field

CANDIDATE_HEADER = [
    "ONS ID", "ONS region ID", "Constituency name", "County name", "Region name", "Country name",
    "Constituency type", "Party name", "Party abbreviation", "Electoral Commission party ID",
    "MNIS party ID", "Electoral Commission adjunct party ID", "Candidate first name",
    "Candidate surname", "Candidate gender", "Sitting MP", "Former MP", "Member MNIS ID", "Votes",
    "Share", "Change", "Democracy Club person ID",
]  # fmt: skip
CONSTITUENCY_HEADER = [
    "ONS ID", "ONS region ID", "Constituency name", "County name", "Region name", "Country name",
    "Constituency type", "Declaration time", "Member first name", "Member surname",
    "Member gender", "Result", "First party", "Second party", "Electorate", "Valid votes",
    "Invalid votes", "Majority", "Con", "Lab", "LD", "RUK", "Green", "SNP", "PC", "DUP", "SF",
    "SDLP", "UUP", "APNI", "All other candidates", "Of which other winner",
]  # fmt: skip
PARTIES = [
    ("Labour", "Lab"), ("Conservative", "Con"), ("Liberal Democrat", "LD"),
    ("Reform UK", "RUK"), ("Green", "Green"), ("Independent", "Ind"),
]  # fmt: skip
FIRST = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Gareth", "Mei", "Olu", "Rosa", "Iain"]
LAST = ["Hughes", "Patel", "Okafor", "Lewis", "MacLeod", "Nowak", "Begum", "Evans", "Shah", "Reid"]


@dataclass
class Seat:
    ons: str
    name: str
    electorate: int
    invalid: int
    candidates: list[tuple[str, str, str, str, int]] = field(default_factory=list)

    @property
    def valid(self) -> int:
        return sum(c[4] for c in self.candidates)

    @property
    def majority(self) -> int:
        votes = sorted((c[4] for c in self.candidates), reverse=True)
        return votes[0] - votes[1]

    @property
    def ranked(self) -> list[tuple[str, str, str, str, int]]:
        """Candidates by votes, highest first; equal votes in the order listed."""
        return sorted(self.candidates, key=lambda c: -c[4])


def make_seats(count: int, *, seed: int = 7, per_seat: int = 5) -> list[Seat]:
    rng = random.Random(seed)
    seats = []
    for i in range(count):
        seat = Seat(
            ons=f"E14{900000 + i:06d}",
            name=f"Testshire {LAST[i % len(LAST)]} {i}",
            electorate=rng.randint(60_000, 80_000),
            invalid=rng.randint(50, 300),
        )
        used = set()
        for j in range(per_seat):
            party, abbr = PARTIES[j % len(PARTIES)]
            first, last = FIRST[(i + j) % len(FIRST)], LAST[(i * 3 + j) % len(LAST)]
            while (first, last, abbr) in used:
                last += "e"
            used.add((first, last, abbr))
            seat.candidates.append((first, last, party, abbr, rng.randint(500, 9_000)))
        # Unique top two, so the majority is never 0.
        top = max(c[4] for c in seat.candidates)
        first = seat.candidates[0]
        seat.candidates[0] = (*first[:4], top + rng.randint(1, 5_000))
        seats.append(seat)
    return seats


def _csv(rows: list[list], *, bom: bool) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def candidate_file(seats: list[Seat], *, bom: bool = True) -> bytes:
    rows: list[list] = [CANDIDATE_HEADER]
    for seat in seats:
        for first, last, party, abbr, votes in seat.candidates:
            share = f"{votes / seat.valid:.6f}"
            rows.append([
                seat.ons, "E12000007", seat.name, "", "London", "England", "Borough", party, abbr,
                "", "", "", first, last, "Female", "No", "No", "", votes, share, "", "",
            ])  # fmt: skip
    return _csv(rows, bom=bom)


def constituency_file(
    seats: list[Seat], *, bom: bool = False, members: dict[str, int] | None = None
) -> bytes:
    """One row per seat. The member named is the top vote-getter, or, for a seat in
    ``members`` (ONS code to index in ``seat.candidates``), that candidate."""
    rows: list[list] = [CONSTITUENCY_HEADER]
    for seat in seats:
        ranked = seat.ranked
        winner = ranked[0]
        if members and seat.ons in members:
            winner = seat.candidates[members[seat.ons]]
        second = next(c for c in ranked if c is not winner)
        rows.append([
            seat.ons, "E12000007", seat.name, "", "London", "England", "Borough",
            "05/07/2024 02:10", winner[0], winner[1], "Female", f"{winner[3]} gain",
            winner[3], second[3], seat.electorate, seat.valid, seat.invalid, seat.majority,
            *([0] * 12), 0, 0,
        ])  # fmt: skip
    return _csv(rows, bom=bom)


NOTIONAL_HEADER = [
    "Parliament number", "Parliament summoned on", "Parliament dissolved on",
    "Parliament Wikidata ID", "Parliament London Gazette citation", "Parliament URL",
    "General election polling date", "General election is notional",
    "Total electorate in general election", "Total valid votes in general election",
    "Total invalid votes in general election", "General election URL", "Country name",
    "Country geographic code", "Country URL", "English region name",
    "English region geographic code", "English region URL", "Constituency name",
    "Constituency geographic code", "Constituency designation", "Constituency URL",
    "Boundary set start date", "Boundary set end date", "Boundary set URL", "Electorate",
    "Election polling date", "Election is by-election", "Declaration time",
    "Election valid vote count", "Election invalid vote count", "Election URL",
    "Election result summary", "Candidate family name", "Candidate given name",
    "Candidate MNIS ID", "Candidate is sitting MP", "Candidate is former MP",
    "Candidate Member URL", "Main party name", "Main party abbreviation", "Main party MNIS ID",
    "Main party URL", "Adjunct party name", "Adjunct party abbreviation",
    "Candidate is standing as Commons Speaker", "Candidate is standing as independent",
    "Candidate is notional political party aggregate", "Candidate vote count",
    "Candidate vote share", "Candidate vote change", "Majority", "Candidate result position",
]  # fmt: skip


def notional_file(seats: list[Seat], *, day: str = "2019-12-12", bom: bool = True) -> bytes:
    """Parliament's long export of a notional result: one unnamed row per candidate.

    Party ``Ind`` rows stand as independents and ``Spk`` as the Speaker (both with a
    blank party, as Parliament writes them); rows in result order, the majority on
    position 1, the election's total electorate and valid votes on every row.
    """
    electorate = sum(s.electorate for s in seats)
    valid = sum(s.valid for s in seats)
    rows: list[list] = [NOTIONAL_HEADER]
    for seat in seats:
        for position, (_, _, party, abbr, votes) in enumerate(seat.ranked, start=1):
            independent, speaker = abbr == "Ind", abbr == "Spk"
            if independent or speaker:
                party = abbr = ""
            cells = dict.fromkeys(NOTIONAL_HEADER, "")
            cells.update({
                "Parliament number": 58, "General election polling date": day,
                "General election is notional": "true",
                "Total electorate in general election": electorate,
                "Total valid votes in general election": valid, "Country name": "England",
                "English region name": "London", "Constituency name": seat.name,
                "Constituency geographic code": seat.ons, "Constituency designation": "Borough",
                "Boundary set start date": "2024-05-31", "Electorate": seat.electorate,
                "Election polling date": day, "Election is by-election": "false",
                "Election valid vote count": seat.valid, "Candidate is sitting MP": "false",
                "Candidate is former MP": "false", "Main party name": party,
                "Main party abbreviation": abbr,
                "Candidate is standing as Commons Speaker": str(speaker).lower(),
                "Candidate is standing as independent": str(independent).lower(),
                "Candidate is notional political party aggregate": "false",
                "Candidate vote count": votes, "Candidate vote share": f"{votes / seat.valid:.7f}",
                "Majority": seat.majority if position == 1 else "",
                "Candidate result position": position,
            })  # fmt: skip
            rows.append([cells[column] for column in NOTIONAL_HEADER])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def drop_column(data: bytes, column: str) -> bytes:
    """Return the file without one column."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    index = rows[0].index(column)
    return _csv([row[:index] + row[index + 1 :] for row in rows], bom=data.startswith(BOM))


def replace_cell(data: bytes, *, line: int, column: str, value: str) -> bytes:
    """Return the file with one cell changed.

    ``line`` counts records, the header as 1: the physical line while no cell
    spans lines. A value holding a line break is written quoted, over several lines.
    """
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows[line - 1][rows[0].index(column)] = value
    return _csv(rows, bom=data.startswith(BOM))


BOM = b"\xef\xbb\xbf"
