"""The official figures as the extractor and the checker read them, built once per change.

``current()`` returns a ``Snapshot``: the extractor's gazetteer and the
checker's ``OfficialFigures``, built from the database and kept in the process
while the official data is unchanged. Every change to an official figure bumps
``results.models.OfficialDataVersion`` (signals on row saves, the importer for
bulk writes); ``current()`` reads that number (one query) and rebuilds only
when it moved, so a stale snapshot is never used, in any process.
"""

from __future__ import annotations

import datetime
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from results.arithmetic import GENERAL_ELECTION_POLLING_DAYS
from results.models import (
    Candidacy,
    Constituency,
    Contest,
    Election,
    OfficialDataVersion,
    Party,
    Projection,
    ReferenceFact,
)

from .checking import (
    AwaitingFig,
    CandidateFig,
    ContestFig,
    ElectionFig,
    FactFig,
    OfficialFigures,
    ProjectionFig,
)
from .extraction import GazCandidate, GazConstituency, GazElection, Gazetteer, GazParty
from .vocabulary import general_election_id


@dataclass(frozen=True)
class Snapshot:
    """What checking an article reads: names for the extractor, figures for the checker."""

    version: tuple
    gazetteer: Gazetteer
    figures: OfficialFigures

    @property
    def has_figures(self) -> bool:
        """Whether any official figure is loaded to check against, or any seat awaits its
        declaration (a claim about it is then "awaiting declaration")."""
        figures = self.figures
        return bool(figures.contests or figures.tallies or figures.facts or figures.awaiting)


_lock = threading.Lock()
_cached: Snapshot | None = None


def current() -> Snapshot:
    """The snapshot for the official data as it is now: one query when nothing changed.

    The version is read before the figures, so a change committed while the
    snapshot is being built makes the next call build it again.
    """
    global _cached
    version = OfficialDataVersion.current()
    cached = _cached
    if cached is not None and cached.version == version:
        return cached
    with _lock:
        if _cached is not None and _cached.version == version:
            return _cached
        snapshot = Snapshot(
            version=version, gazetteer=build_gazetteer(), figures=load_official_figures()
        )
        _cached = snapshot
        return snapshot


def forget() -> None:
    """Drop the process's snapshot (tests that rewrite the database under it use this)."""
    global _cached
    with _lock:
        _cached = None


def candidate_key(candidacy_id: int) -> str:
    """The key a candidacy goes by in the gazetteer and the snapshot: ``candidacy:<pk>``."""
    return f"candidacy:{candidacy_id}"


def build_gazetteer() -> Gazetteer:
    """The extractor's names (candidates, parties, seats, elections): four queries.

    Notional elections (an earlier result re-estimated on new boundaries) are left out:
    an article's "2019" is the election held then, and a notional result names no one.
    The UK general elections since 1945 that are not loaded are added too, flagged
    ``loaded=False`` (``general_elections``), so "in 2017" marks a figure as 2017's.
    """
    loaded = [
        (e.slug, e.date, e.previous.slug if e.previous else None)
        for e in Election.objects.filter(is_notional=False)
        .select_related("previous")
        .order_by("date")
    ]
    elections = general_elections(loaded)
    parties = tuple(
        GazParty(key=p.abbreviation, name=p.name, aliases=p.aliases)
        for p in Party.objects.order_by("abbreviation")
    )
    constituencies = tuple(
        GazConstituency(key=slug, name=name)
        for slug, name in Constituency.objects.order_by("slug")
        .values_list("slug", "name")
        .distinct()
    )
    rows = (
        Candidacy.objects.filter(
            contest__status=Contest.Status.OFFICIAL, contest__election__is_notional=False
        )
        .values_list(
            "pk",
            "first_name",
            "surname",
            "party__abbreviation",
            "contest__constituency__slug",
            "contest__election__slug",
            "gender",
        )
        .order_by("contest__election__date", "pk")
    )
    candidates = tuple(
        GazCandidate(
            key=candidate_key(pk),
            full_name=f"{first} {surname}".strip(),
            surname=surname,
            party=party,
            constituency=seat,
            election=election,
            gender=gender,
        )
        for pk, first, surname, party, seat, election, gender in rows
    )
    return Gazetteer(
        candidates=candidates,
        parties=parties,
        constituencies=constituencies,
        elections=elections,
    )


def general_elections(
    loaded: list[tuple[str, datetime.date, str | None]],
    polling_days: tuple[datetime.date, ...] = GENERAL_ELECTION_POLLING_DAYS,
) -> tuple[GazElection, ...]:
    """The gazetteer's elections: the ``loaded`` ones as (slug, polling day, previous slug),
    and every general election of ``polling_days`` held on no loaded election's day, as
    ``loaded=False`` entries with ids from ``factcheck.vocabulary.general_election_id``
    ("ge2017"). Each general election's ``previous`` is the one before it; a loaded election
    without a previous one loaded gets the general election before its polling day, so
    "at the last election" in 2019 coverage is 2017's, not taken for 2019's. In date order."""
    loaded_days = {day for _slug, day, _previous in loaded}
    loaded_slugs = {slug for slug, _day, _previous in loaded}
    years = Counter(day.year for day in polling_days)
    ids = {day: general_election_id(day, shared_year=years[day.year] > 1) for day in polling_days}
    entries: list[tuple[datetime.date, GazElection]] = []
    for slug, day, previous in loaded:
        if previous is None:
            before = [d for d in polling_days if d < day]
            previous = _slug_on(max(before), loaded, ids) if before else None
        entries.append((day, GazElection(slug=slug, year=day.year, previous=previous)))
    for i, day in enumerate(polling_days):
        if day in loaded_days or ids[day] in loaded_slugs:
            continue
        previous = _slug_on(polling_days[i - 1], loaded, ids) if i else None
        entries.append(
            (day, GazElection(slug=ids[day], year=day.year, previous=previous, loaded=False))
        )
    entries.sort(key=lambda entry: entry[0])
    return tuple(election for _day, election in entries)


def _slug_on(
    day: datetime.date, loaded: list[tuple[str, datetime.date, str | None]], ids: dict
) -> str:
    """The slug of the general election held on ``day``: the loaded one's, else its id."""
    return next((slug for slug, held, _previous in loaded if held == day), ids[day])


def load_official_figures() -> OfficialFigures:
    """Every official figure as a plain snapshot, in seven queries however many there are,
    and the seats awaiting their declaration (``OfficialFigures.awaiting``).

    A seat whose hand-entered change awaits approval keeps its last official figures.

    National, nation and regional figures are derived from the seats
    (``OfficialFigures.derive_national``), never read from a typed-in table.
    """
    elections = {
        e.slug: ElectionFig(
            e.slug,
            e.name,
            e.date,
            e.previous.slug if e.previous else None,
            notional_baseline=e.notional_baseline.slug if e.notional_baseline else None,
            is_notional=e.is_notional,
        )
        for e in Election.objects.select_related("previous", "notional_baseline")
    }
    parties = dict(Party.objects.values_list("abbreviation", "name"))
    contests: dict[int, ContestFig] = {}
    # a seat's last official figures, kept while a hand change awaits approval
    kept: dict[int, dict] = {}
    for c in Contest.objects.declared().select_related(
        "election", "constituency", "constituency__predecessor"
    ):
        figures_of = {
            "electorate": c.electorate, "valid_votes": c.valid_votes,
            "invalid_votes": c.invalid_votes, "source": c.source, "source_row": c.source_row,
        }  # fmt: skip
        if c.status != Contest.Status.OFFICIAL:
            figures_of = kept[c.pk] = c.official_figures
        predecessor = c.constituency.predecessor
        contests[c.pk] = ContestFig(
            key=f"{c.election.slug}/{c.constituency.slug}",
            election=c.election.slug,
            slug=c.constituency.slug,
            name=c.constituency.name,
            contest_id=c.pk,
            electorate=figures_of["electorate"],
            valid=figures_of["valid_votes"],
            invalid=figures_of["invalid_votes"],
            source=figures_of["source"] or "Entered by hand and approved by a second editor",
            source_row=figures_of["source_row"],
            predecessor_slug=predecessor.slug if predecessor else None,
            ons_code=c.constituency.ons_code,
            nation=c.constituency.nation,
            region=c.constituency.region,
        )
    candidates: dict[str, CandidateFig] = {}
    by_name: dict[tuple[str, str], list[CandidateFig]] = defaultdict(list)
    rows = [
        (cand.contest_id, cand.pk, cand.first_name, cand.surname, cand.party.abbreviation,
         cand.party.name, cand.party.is_independent, cand.votes, cand.elected, cand.source_row,
         cand.library_share_change)
        for cand in Candidacy.objects.filter(
            contest__status=Contest.Status.OFFICIAL
        ).select_related("party")
    ]  # fmt: skip
    rows += [
        (contest_id, c["id"], c["first_name"], c["surname"], c["party"], c["party_name"],
         c["is_independent"], c["votes"], c["elected"], c.get("source_row", ""), None)
        for contest_id, figures_of in kept.items()
        for c in figures_of["candidates"]
    ]  # fmt: skip
    for (contest_id, pk, first, surname, party, party_name, independent, votes, elected, row,
         published_change) in rows:  # fmt: skip
        contest = contests[contest_id]
        fig = CandidateFig(
            key=candidate_key(pk),
            full_name=f"{first} {surname}".strip(),
            surname=surname,
            first_name=first,
            party=party,
            party_name=party_name,
            is_independent=independent,
            votes=votes,
            contest=contest,
            elected=elected,
            source_row=row,
            library_change=(None if published_change is None else Decimal(published_change) * 100),
        )
        contest.candidates.append(fig)
        candidates[fig.key] = fig
        by_name[(fig.full_name.casefold(), contest.election)].append(fig)
    for contest in contests.values():
        contest.rank_candidates()
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
        tallies={},
        projections=dict(projections),
        facts=facts,
        by_name=dict(by_name),
    )
    figures.by_seat = {(c.election, c.slug): c for c in contests.values()}
    figures.awaiting = {
        (election, slug): AwaitingFig(contest_id=pk, election=election, slug=slug, name=name)
        for pk, election, slug, name in Contest.objects.awaiting_declaration()
        .filter(election__is_notional=False)
        .values_list("pk", "election__slug", "constituency__slug", "constituency__name")
    }
    figures.derive_national()
    return figures
