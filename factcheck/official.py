"""A read-only snapshot of the official figures, loaded once for a batch.

The matcher works on these plain objects, not on querysets, so checking a
hundred articles costs the same seven queries as checking one.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from results.models import (
    GENERAL_ELECTION_DATES,
    Candidacy,
    Contest,
    Election,
    NationalTally,
    Party,
    Projection,
    ReferenceFact,
    percent,
)

from .gazetteer import candidate_key


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
    party: str
    party_name: str
    is_independent: bool
    votes: int
    contest: ContestFig = field(repr=False)
    share: Decimal | None = None
    rank: int = 0


@dataclass
class ContestFig:
    key: str
    election: str
    slug: str
    name: str
    electorate: int
    valid: int
    invalid: int
    source: str
    source_row: str
    predecessor_slug: str | None
    candidates: list[CandidateFig] = field(default_factory=list)

    @property
    def majority(self) -> int | None:
        if not self.candidates:
            return None
        if len(self.candidates) == 1:
            return self.candidates[0].votes
        return self.candidates[0].votes - self.candidates[1].votes

    @property
    def turnout(self) -> Decimal | None:
        return percent(self.valid, self.electorate)

    @property
    def turnout_declared(self) -> Decimal | None:
        return percent(self.valid + self.invalid, self.electorate)

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
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def terms_won_by(self, day: datetime.date) -> int | None:
        if not self.continuous:
            return None
        first = self.date or datetime.date(self.year, 1, 1)
        return sum(1 for d in GENERAL_ELECTION_DATES if first <= d <= day)


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
        if kind == "candidate":
            found = [
                c
                for c in self.candidates.values()
                if c.contest.election == election
                and wanted in (c.full_name.casefold(), c.surname.casefold())
            ]
            return found[0].key if len(found) == 1 else ""
        if kind == "party":
            for abbreviation, party_name in self.parties.items():
                if wanted in (abbreviation.casefold(), party_name.casefold()):
                    return abbreviation
            return ""
        if kind == "constituency":
            for contest in self.contests.values():
                if contest.name.casefold() == wanted:
                    return contest.slug
        return ""

    def total_seats(self, election: str) -> int:
        """Seats in the Commons: the national tallies' sum, else 650 (since 2010)."""
        seats = sum(t.seats for (slug, _), t in self.tallies.items() if slug == election)
        return seats or 650


def load_official_figures() -> OfficialFigures:
    """Every official figure, in seven queries however many there are."""
    elections = {
        e.slug: ElectionFig(e.slug, e.name, e.date, e.previous.slug if e.previous else None)
        for e in Election.objects.select_related("previous")
    }
    parties = dict(Party.objects.values_list("abbreviation", "name"))
    contests: dict[int, ContestFig] = {}
    for c in Contest.objects.official().select_related(
        "election", "constituency", "constituency__predecessor"
    ):
        predecessor = c.constituency.predecessor
        contests[c.pk] = ContestFig(
            key=f"{c.election.slug}/{c.constituency.slug}",
            election=c.election.slug,
            slug=c.constituency.slug,
            name=c.constituency.name,
            electorate=c.electorate,
            valid=c.valid_votes,
            invalid=c.invalid_votes,
            source=c.source or "Entered by hand and approved by a second editor",
            source_row=c.source_row,
            predecessor_slug=predecessor.slug if predecessor else None,
        )
    candidates: dict[str, CandidateFig] = {}
    by_name: dict[tuple[str, str], list[CandidateFig]] = defaultdict(list)
    for cand in Candidacy.objects.filter(contest__status=Contest.Status.OFFICIAL).select_related(
        "party"
    ):
        contest = contests[cand.contest_id]
        fig = CandidateFig(
            key=candidate_key(cand.pk),
            full_name=cand.full_name,
            surname=cand.surname,
            party=cand.party.abbreviation,
            party_name=cand.party.name,
            is_independent=cand.party.is_independent,
            votes=cand.votes,
            contest=contest,
        )
        contest.candidates.append(fig)
        candidates[fig.key] = fig
        by_name[(fig.full_name.casefold(), contest.election)].append(fig)
    for contest in contests.values():
        contest.candidates.sort(key=lambda c: (-c.votes, c.surname))
        for rank, cand in enumerate(contest.candidates, start=1):
            cand.rank = rank
            cand.share = percent(cand.votes, contest.valid)
    tallies = {
        (t.election.slug, t.party.abbreviation): TallyFig(
            party=t.party.abbreviation,
            party_name=t.party.name,
            seats=t.seats,
            votes=t.votes,
            share=t.share_percent,
            source=t.source,
        )
        for t in NationalTally.objects.select_related("election", "party")
    }
    projections: dict[str, list[ProjectionFig]] = defaultdict(list)
    for p in Projection.objects.select_related("election", "party"):
        projections[p.election.slug].append(
            ProjectionFig(
                label=p.label,
                party=p.party.abbreviation if p.party else None,
                seats=p.seats,
                source=p.source,
                published_at=timezone.localtime(p.published_at),
            )
        )
    facts = {
        (f.kind, f.subject.casefold()): FactFig(
            kind=f.kind,
            subject=f.subject,
            party=f.party.abbreviation if f.party else None,
            value=f.value,
            detail=f.detail,
            continuous=f.continuous,
            source=f.source,
        )
        for f in ReferenceFact.objects.select_related("party")
    }
    figures = OfficialFigures(
        elections=elections,
        contests={c.key: c for c in contests.values()},
        candidates=candidates,
        parties=parties,
        tallies=tallies,
        projections=dict(projections),
        facts=facts,
        by_name=dict(by_name),
    )
    figures.by_seat = {(c.election, c.slug): c for c in contests.values()}
    return figures
