"""Which seats have declared, who won each, and whether it was a gain or a hold.

For the lists on ``/results/`` and each election's page. A seat has declared
when it has an official result (``ContestQuerySet.declared``); its winner and
party come from its official figures (the last official ones while a hand
change awaits approval).

Gain or hold is measured seat by seat, as the national gains and losses are
(``results.national.seat_changes``): against the election's notional baseline
(the earlier result re-estimated on these boundaries) when it has one and it
covers the seat, else against the same seat at the previous election. A seat
with neither (new boundaries and no notional result) has no gain or hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from simple_history.utils import bulk_create_with_history

from .models import Constituency, Contest, Election, OfficialDataVersion
from .national import CandidateRow, commons_seats
from .totals import official_rows
from .vocabulary import Declaration

__all__ = [
    "LIST_RELATED",
    "DeclarationCount",
    "SeatLine",
    "await_declarations",
    "declaration_count",
    "seat_lines",
]

# What a list of contests needs loaded for ``seat_lines`` (``select_related``).
LIST_RELATED = ("election__previous", "election__notional_baseline", "constituency")


@dataclass(frozen=True)
class DeclarationCount:
    """How many of an election's seats have declared.

    ``declared`` have an official result; ``being_checked`` were typed in by
    hand and await a second person's approval (not yet public);
    ``total`` is every seat (``commons_seats`` of the polling day, or the
    election's contests when more or unknown).
    """

    declared: int
    being_checked: int
    total: int

    @property
    def complete(self) -> bool:
        return self.declared >= self.total


def declaration_count(election: Election) -> DeclarationCount:
    """The election's ``DeclarationCount``. One query."""
    counts = Contest.objects.filter(election=election).aggregate(
        all=Count("pk"),
        declared=Count(
            "pk", filter=Q(status=Contest.Status.OFFICIAL) | Q(official_figures__isnull=False)
        ),
        being_checked=Count(
            "pk", filter=Q(status=Contest.Status.PENDING, official_figures__isnull=True)
        ),
    )
    total = max(commons_seats(election.date) or 0, counts["all"])
    return DeclarationCount(
        declared=counts["declared"], being_checked=counts["being_checked"], total=total
    )


@dataclass(frozen=True)
class SeatLine:
    """One seat in a list: its contest and, once declared, its winner and gain or hold.

    ``winner`` is a ``results.national.CandidateRow`` (None until declared);
    ``outcome`` is "gain", "hold" or "" (not declared, or nothing to compare
    with); ``previous_party`` the baseline winner's party name for a gain;
    ``baseline`` names what was compared with ("2019 general election (notional,
    2024 boundaries)").
    """

    contest: Contest
    declaration: Declaration
    winner: CandidateRow | None = None
    outcome: str = ""
    previous_party: str = ""
    baseline: str = ""

    @property
    def declared(self) -> bool:
        return self.winner is not None

    @property
    def outcome_text(self) -> str:
        """ "Gain from Labour", "Hold", or ""."""
        if self.outcome == "gain":
            return f"Gain from {self.previous_party}"
        return "Hold" if self.outcome == "hold" else ""


def seat_lines(contests: Iterable[Contest]) -> list[SeatLine]:
    """A ``SeatLine`` for each contest, in the order given.

    Load the contests with ``LIST_RELATED`` (``select_related``). Queries: two
    for the winners (two more while a hand change is pending), and two for
    each baseline election (the notional one and the previous one).
    """
    contests = list(contests)
    declared = [c for c in contests if c.has_official_figures]
    rows = official_rows(Contest.objects.filter(pk__in=[c.pk for c in declared]))
    by_election: dict[int, list[Contest]] = defaultdict(list)
    for contest in declared:
        by_election[contest.election_id].append(contest)
    # (election id, ONS code) -> (the baseline's winner, the baseline's name); the notional
    # baseline first, so it stands where both cover a seat.
    then: dict[tuple[int, str], tuple[CandidateRow | None, str]] = {}
    for contests_here in by_election.values():
        election = contests_here[0].election
        seats = [c.constituency_id for c in contests_here]
        for baseline in (election.notional_baseline, election.previous):
            if baseline is None:
                continue
            found = Contest.objects.filter(election=baseline, constituency_id__in=seats)
            for row in official_rows(found).values():
                then.setdefault((election.pk, row.ons_code), (row.winner, baseline.name))
    lines = []
    for contest in contests:
        row = rows.get(contest.pk)
        if row is None:
            lines.append(SeatLine(contest=contest, declaration=contest.declaration))
            continue
        winner = row.winner
        was, label = then.get((contest.election_id, row.ons_code), (None, ""))
        outcome = previous = ""
        if winner is not None and was is not None:
            outcome = "hold" if was.party == winner.party else "gain"
            previous = was.party_name if outcome == "gain" else ""
        lines.append(
            SeatLine(
                contest=contest,
                declaration=contest.declaration,
                winner=winner,
                outcome=outcome,
                previous_party=previous,
                baseline=label if outcome else "",
            )
        )
    return lines


def await_declarations(election: Election, constituencies: Iterable[Constituency]) -> int:
    """Open ``election`` for results night: a contest awaiting declaration for each seat in
    ``constituencies`` that has none in it yet. Returns how many were made.

    The contests have no figures (no electorate, no votes) until a clerk types
    the declaration in (then a second person approves it) or the Library's
    file is imported. Seats the election already has are left as they are.
    One transaction; raises ``ValueError`` for a notional election.
    """
    if election.is_notional:
        raise ValueError(f"{election.slug} is a notional result: no seat declares in it.")
    with transaction.atomic():
        have = set(election.contests.values_list("constituency_id", flat=True))
        new = [
            Contest(
                election=election,
                constituency=seat,
                status=Contest.Status.AWAITING,
                origin=Contest.Origin.MANUAL,
                electorate=None,
                valid_votes=0,
                invalid_votes=0,
            )
            for seat in constituencies
            if seat.pk not in have
        ]
        if new:
            bulk_create_with_history(new, Contest, batch_size=500)
            # Bulk writes send no signals: readers of the awaiting seats rebuild.
            OfficialDataVersion.bump()
    return len(new)
