"""The official figures the checker reads: a plain, read-only snapshot.

``factcheck.snapshot`` builds one ``OfficialFigures`` from the database (seven
queries, however many figures) and keeps it while the official data is
unchanged. Derived figures (majority, turnout, share, rank, age, terms won)
come from ``results.arithmetic``, the same functions the result pages use.
No Django import.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.vocabulary import SubjectKind
from results import arithmetic
from results.vocabulary import FactKind, LibraryParty


@dataclass(frozen=True)
class ElectionFig:
    slug: str
    name: str
    date: datetime.date
    previous: str | None


@dataclass
class CandidateFig:
    key: str
    full_name: str
    surname: str
    first_name: str
    party: str
    party_name: str
    is_independent: bool
    votes: int
    contest: ContestFig = field(repr=False)
    share: Decimal | None = None
    rank: int = 0
    elected: bool = False


@dataclass
class ContestFig:
    key: str
    election: str
    slug: str
    name: str
    contest_id: int
    electorate: int
    valid: int
    invalid: int
    source: str
    source_row: str
    predecessor_slug: str | None
    candidates: list[CandidateFig] = field(default_factory=list)

    @property
    def majority(self) -> int | None:
        """Winner's votes minus the runner-up's (``results.arithmetic.majority``)."""
        return arithmetic.majority(c.votes for c in self.candidates)

    @property
    def turnout(self) -> Decimal | None:
        """The Library's turnout, valid ÷ electorate, percent."""
        return arithmetic.turnout(valid_votes=self.valid, electorate=self.electorate)

    @property
    def turnout_declared(self) -> Decimal | None:
        """Turnout as declared, (valid + rejected) ÷ electorate, percent."""
        return arithmetic.turnout_declared(
            valid_votes=self.valid, rejected=self.invalid, electorate=self.electorate
        )

    def rank_candidates(self) -> None:
        """Order candidates by ``results.arithmetic.ranking_key``; set their rank and share."""
        self.candidates.sort(
            key=lambda c: arithmetic.ranking_key(
                c.votes, c.surname, c.first_name, elected=c.elected
            )
        )
        for rank, candidate in enumerate(self.candidates, start=1):
            candidate.rank = rank
            candidate.share = arithmetic.share(candidate.votes, self.valid)

    def candidate_for_party(self, party: str) -> CandidateFig | None:
        return next((c for c in self.candidates if c.party == party), None)

    def party_share(self, party: str) -> Decimal | None:
        shares = [c.share for c in self.candidates if c.party == party and c.share is not None]
        return sum(shares, Decimal(0)) if shares else None


@dataclass(frozen=True)
class TallyFig:
    party: str
    party_name: str
    seats: int
    votes: int
    share: Decimal  # percentage, two places
    source: str


@dataclass(frozen=True)
class ProjectionFig:
    label: str
    party: str | None
    seats: int
    source: str
    published_at: datetime.datetime


@dataclass(frozen=True)
class FactFig:
    kind: str
    subject: str
    party: str | None
    value: str
    detail: str
    continuous: bool
    source: str

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def date(self) -> datetime.date | None:
        return datetime.date.fromisoformat(self.value) if len(self.value) == 10 else None

    def age_on(self, day: datetime.date) -> int | None:
        born = self.date
        if born is None:
            return None
        return arithmetic.age_on(born, day)

    def terms_won_by(
        self, day: datetime.date, polling_days: tuple[datetime.date, ...] = ()
    ) -> int | None:
        """General elections won from the first win up to ``day``, if unbroken (else None)."""
        if not self.continuous:
            return None
        first = self.date or datetime.date(self.year, 1, 1)
        return arithmetic.terms_won(first, day, polling_days)


@dataclass
class OfficialFigures:
    elections: dict[str, ElectionFig]
    contests: dict[str, ContestFig]
    candidates: dict[str, CandidateFig]
    parties: dict[str, str]
    tallies: dict[tuple[str, str], TallyFig]
    projections: dict[str, list[ProjectionFig]]
    facts: dict[tuple[str, str], FactFig]
    by_name: dict[tuple[str, str], list[CandidateFig]] = field(default_factory=dict)
    by_seat: dict[tuple[str, str], ContestFig] = field(default_factory=dict)

    def contest(self, election: str | None, slug: str | None) -> ContestFig | None:
        if not election or not slug:
            return None
        return self.by_seat.get((election, slug))

    def previous_contest(self, contest: ContestFig) -> ContestFig | None:
        previous = self.elections[contest.election].previous
        if not previous:
            return None
        return self.contest(previous, contest.slug) or self.contest(
            previous, contest.predecessor_slug
        )

    def person_in(self, name: str, election: str | None) -> CandidateFig | None:
        """The same person (by full name) standing at another election."""
        found = self.by_name.get((name.casefold(), election or ""), [])
        return found[0] if len(found) == 1 else None

    def fact(self, kind: str, subject: str | None) -> FactFig | None:
        if not subject:
            return None
        return self.facts.get((kind, subject.casefold()))

    def resolve_subject(self, name: str, kind: str, election: str | None) -> str:
        """The key of a candidate, party or constituency an editor typed by name."""
        wanted = name.strip().casefold()
        if not wanted:
            return ""
        if kind == SubjectKind.CANDIDATE:
            found = [
                c
                for c in self.candidates.values()
                if c.contest.election == election
                and wanted in (c.full_name.casefold(), c.surname.casefold())
            ]
            return found[0].key if len(found) == 1 else ""
        if kind == SubjectKind.PARTY:
            for abbreviation, party_name in self.parties.items():
                if wanted in (abbreviation.casefold(), party_name.casefold()):
                    return abbreviation
            return ""
        if kind == SubjectKind.CONSTITUENCY:
            for contest in self.contests.values():
                if contest.name.casefold() == wanted:
                    return contest.slug
        return ""

    def speaker_former_party(self, election: str | None) -> str | None:
        """The party the elected Speaker belonged to before taking the chair, if on file.

        The Speaker stands under the Library's own party code (``LibraryParty.SPEAKER``)
        and is counted apart from every party; the party comes from the Speaker's
        ``first_elected`` reference fact.
        """
        for candidate in self.candidates.values():
            if (
                candidate.party == LibraryParty.SPEAKER
                and candidate.rank == 1
                and candidate.contest.election == election
            ):
                fact = self.fact(FactKind.FIRST_ELECTED, candidate.full_name)
                return fact.party if fact else None
        return None

    def polling_days(self) -> tuple[datetime.date, ...]:
        """The polling days of the elections loaded."""
        return tuple(e.date for e in self.elections.values())

    def total_seats(self, election: str) -> int:
        """Seats in the Commons: the national tallies' sum, else 650 (since 2010)."""
        seats = sum(t.seats for (slug, _), t in self.tallies.items() if slug == election)
        return seats or 650
