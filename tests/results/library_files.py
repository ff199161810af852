"""Write small files in the House of Commons Library format for import tests.

The seats are invented (random but reproducible); the columns, the byte-order
mark, CRLF line ends and the fraction-valued Share are the Library's.
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


def constituency_file(seats: list[Seat], *, bom: bool = False) -> bytes:
    rows: list[list] = [CONSTITUENCY_HEADER]
    for seat in seats:
        ranked = sorted(seat.candidates, key=lambda c: -c[4])
        winner = ranked[0]
        rows.append([
            seat.ons, "E12000007", seat.name, "", "London", "England", "Borough",
            "05/07/2024 02:10", winner[0], winner[1], "Female", f"{winner[3]} gain",
            winner[3], ranked[1][3], seat.electorate, seat.valid, seat.invalid, seat.majority,
            *([0] * 12), 0, 0,
        ])  # fmt: skip
    return _csv(rows, bom=bom)


def replace_cell(data: bytes, *, line: int, column: str, value: str) -> bytes:
    """Return the file with one cell changed (line numbers count the header as 1)."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows[line - 1][rows[0].index(column)] = value
    return _csv(rows, bom=data.startswith(b"\xef\xbb\xbf"))
