"""Derived figures that compare a contest with the previous election.

The baseline of every change is the same seat at the previous election, or,
where boundaries changed, its predecessor seat (``Constituency.predecessor``)
as actually fought then. This is what the press compares with on the night;
the Library's own ``Change`` column, kept on ``Candidacy``, is measured from a
notional result on the new boundaries instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from . import arithmetic
from .models import Candidacy, Contest


@dataclass(frozen=True)
class PartyChange:
    candidacy: Candidacy
    previous_share: Decimal | None

    @property
    def share_change(self) -> Decimal | None:
        return arithmetic.change(self.candidacy.share, self.previous_share)


@dataclass(frozen=True)
class ContestChanges:
    previous: Contest
    same_boundaries: bool
    turnout_change: Decimal | None
    turnout_declared_change: Decimal | None
    majority_change: int | None
    electorate_change: int
    parties: list[PartyChange]

    @property
    def majority_direction(self) -> str:
        if not self.majority_change:
            return "unchanged"
        return "up" if self.majority_change > 0 else "down"

    @property
    def majority_change_size(self) -> int:
        return abs(self.majority_change or 0)

    @property
    def baseline(self) -> str:
        seat = self.previous.constituency.name
        note = "" if self.same_boundaries else " (the predecessor seat, on the old boundaries)"
        return f"{seat} at the {self.previous.election.name}{note}"


def changes_since_previous(contest: Contest) -> ContestChanges | None:
    """Change in turnout, majority and each party's share, or None without a baseline."""
    previous = contest.previous_contest
    if previous is None:
        return None
    shares_then: dict[int, Decimal] = {}
    for candidacy in previous.ranked_candidacies:
        if candidacy.party.is_independent:
            continue  # independents are people, not a party with a share to compare
        shares_then[candidacy.party_id] = shares_then.get(candidacy.party_id, Decimal(0)) + (
            candidacy.share or Decimal(0)
        )
    parties = []
    for candidacy in contest.ranked_candidacies:
        then = None if candidacy.party.is_independent else shares_then.get(candidacy.party_id)
        parties.append(PartyChange(candidacy=candidacy, previous_share=then))
    return ContestChanges(
        previous=previous,
        same_boundaries=contest.same_boundaries_as_previous,
        turnout_change=arithmetic.change(contest.turnout, previous.turnout),
        turnout_declared_change=arithmetic.change(
            contest.turnout_declared, previous.turnout_declared
        ),
        majority_change=arithmetic.change(contest.majority, previous.majority),
        electorate_change=contest.electorate - previous.electorate,
        parties=parties,
    )
