"""The Claim record handed back to the app.

Kept apart from the extraction rules so the app can import the type without the rules and
so ``to_dict`` stays the one place that decides the JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Claim", "UNITS", "CLAIM_TYPES", "QUALIFIERS"]

UNITS = (
    "votes",
    "majority",
    "percent",
    "percentage_points",
    "seats",
    "years_old",
    "year",
    "count",
    "ordinal",
    "other",
)
CLAIM_TYPES = (
    "candidate_votes",
    "majority",
    "turnout",
    "turnout_change",
    "vote_share",
    "vote_share_change",
    "seat_count",
    "seat_projection",
    "age",
    "year",
    "term_count",
    "rank",
    "other",
)
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "projection")


@dataclass
class Claim:
    """One checkable figure: where it is, what it says and about whom.

    ``text[start:end] == claim.text`` always holds for the text it was extracted from.
    Extra fields beyond the contract:

    - ``compared_to`` / ``compared_to_key``: the loser in a majority ("7,247 more votes
      than Nargund") or the other side of a difference.
    - ``relation``: ``"difference"`` when the figure is a gap between two figures of its
      type ("26,000 – 1,180 more than this year –"); ``None`` for a plain level.
    - ``compared_election``: the election the difference is taken against ("this year").
    - ``is_majority``: a seat figure that is a Commons majority ("a 170-seat majority").
    - ``precision``: ``{"decimals": n, "rounded_to": 10**k}`` as written, so "26,000" can
      be checked against 26,188 at the precision the writer used.
    - ``measure``: for ``count`` figures, what was counted ("years", "days", "times").
    """

    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    value: float | int
    unit: str
    claim_type: str
    subject: str | None = None
    subject_kind: str | None = None
    subject_key: str | None = None
    election: str | None = None
    qualifier: str = "exact"
    speaker: str | None = None
    compared_to: str | None = None
    compared_to_key: str | None = None
    relation: str | None = None
    compared_election: str | None = None
    is_majority: bool = False
    measure: str | None = None
    precision: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """All fields as JSON-able values."""
        return asdict(self)
