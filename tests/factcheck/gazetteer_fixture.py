"""Gazetteers for the extraction tests, built from House of Commons Library CSVs.

``seed_gazetteer()`` uses only the small files in ``tests/data/official`` (Islington North in
2019 and 2024, and the 2024 national party list). ``full_gazetteer(path)`` reads the full
2024 candidate file the way the app will hand it over: 4,515 candidacies, every party,
650 seats. Party keys are the Library's abbreviations; the press nicknames come from the
extractor's own table, so the aliases here are only what the data itself says.
"""

from __future__ import annotations

import csv
from pathlib import Path

from factcheck.extraction import (
    GazCandidate,
    GazConstituency,
    GazElection,
    Gazetteer,
    GazParty,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
OFFICIAL = REPO / "tests" / "data" / "official"
SHARED_CANDIDATES = (
    REPO.parent / "shared" / "data" / "official" / ("HoC-GE2024-results-by-candidate.csv")
)
ELECTIONS = (GazElection("ge2019", 2019, None), GazElection("ge2024", 2024, "ge2019"))


def slugify(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _build(
    rows_by_election: dict[str, list[dict[str, str]]], extra_parties: list[tuple[str, str]]
) -> Gazetteer:
    candidates: list[GazCandidate] = []
    party_names: dict[str, set[str]] = {}
    constituencies: dict[str, GazConstituency] = {}
    n = 0
    for slug, rows in rows_by_election.items():
        for row in rows:
            n += 1
            const = row["Constituency name"].strip()
            ckey = slugify(const)
            constituencies.setdefault(ckey, GazConstituency(ckey, const))
            pkey = row["Party abbreviation"].strip()
            party_names.setdefault(pkey, set()).add(row["Party name"].strip())
            first = row["Candidate first name"].strip()
            surname = row["Candidate surname"].strip()
            candidates.append(
                GazCandidate(
                    key=f"candidacy:{n}",
                    full_name=f"{first} {surname}",
                    surname=surname,
                    party=pkey,
                    constituency=ckey,
                    election=slug,
                )
            )
    for name, key in extra_parties:
        party_names.setdefault(key, set()).add(name)
    parties = []
    for key, names in sorted(party_names.items()):
        ordered = sorted(names, key=len)
        parties.append(GazParty(key=key, name=ordered[0], aliases=tuple(ordered[1:])))
    return Gazetteer(
        candidates=tuple(candidates),
        parties=tuple(parties),
        constituencies=tuple(constituencies.values()),
        elections=ELECTIONS,
    )


def seed_gazetteer() -> Gazetteer:
    """Islington North 2019 and 2024 candidacies, every party standing nationally in 2024."""
    national = [
        (r["Party name"], r["Party abbreviation"])
        for r in _rows(OFFICIAL / "ge2024-national-totals.csv")
        if r["Party abbreviation"] != "Total"
    ]
    return _build(
        {
            "ge2019": _rows(OFFICIAL / "ge2019-islington-north-candidates.csv"),
            "ge2024": _rows(OFFICIAL / "ge2024-islington-north-candidates.csv"),
        },
        national,
    )


def full_gazetteer(path: Path = SHARED_CANDIDATES) -> Gazetteer:
    """All 2024 candidacies from the Library's full file (not kept in the repository)."""
    return _build({"ge2024": _rows(path)}, [])


def seed_articles() -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((SEEDS / "articles").glob("*.txt"))
    }
