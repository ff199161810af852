"""The words Tally's claims are described in: one enum each, plain Python.

Claim types, units, qualifiers, subject kinds, verdicts and statuses are named
here once. The models build their ``choices`` from these enums, the extractor
emits their values, the checker dispatches on them, and the templates compare
with them; nothing else spells them as literals. Every member is a ``str``
(``ClaimType.MAJORITY == "majority"``), so stored values and JSON stay plain
strings. No Django import: the extractor and the checker use this module too. The
base class ``Term`` comes from ``results.vocabulary`` (the lower layer).
"""

from __future__ import annotations

from results.vocabulary import Term

__all__ = [
    "ClaimOrigin",
    "ClaimStatus",
    "ClaimType",
    "Qualifier",
    "Relation",
    "ReviewStatus",
    "SubjectKind",
    "Term",
    "Unit",
    "Verdict",
]


class ClaimType(Term):
    """What official figure a claim speaks of."""

    CANDIDATE_VOTES = "candidate_votes", "Candidate votes"
    MAJORITY = "majority", "Majority"
    TURNOUT = "turnout", "Turnout"
    TURNOUT_CHANGE = "turnout_change", "Turnout change"
    VOTE_SHARE = "vote_share", "Vote share"
    VOTE_SHARE_CHANGE = "vote_share_change", "Vote share change"
    SEAT_COUNT = "seat_count", "Seat count"
    SEAT_PROJECTION = "seat_projection", "Seat projection"
    AGE = "age", "Age"
    YEAR = "year", "Year"
    TERM_COUNT = "term_count", "Term count"
    RANK = "rank", "Rank"
    OTHER = "other", "Other"


class Unit(Term):
    """The unit a figure is written in (percent and percentage points are not the same)."""

    VOTES = "votes", "votes"
    MAJORITY = "majority", "majority"
    PERCENT = "percent", "per cent"
    PERCENTAGE_POINTS = "percentage_points", "percentage points"
    SEATS = "seats", "seats"
    YEARS_OLD = "years_old", "years old"
    YEAR = "year", "year"
    COUNT = "count", "count"
    ORDINAL = "ordinal", "ordinal"
    OTHER = "other", "other"


class Qualifier(Term):
    """How exactly a figure is asserted ("more than", "around", a projection)."""

    EXACT = "exact", "Exact"
    APPROX = "approx", "Around"
    MORE_THAN = "more_than", "More than"
    LESS_THAN = "less_than", "Less than / almost"
    PROJECTION = "projection", "Projection"


class SubjectKind(Term):
    """What a claim is about."""

    CANDIDATE = "candidate", "Candidate"
    PARTY = "party", "Party"
    CONSTITUENCY = "constituency", "Constituency"


class Relation(Term):
    """How a figure relates to others: a plain level, or a gap between two figures."""

    DIFFERENCE = "difference", "Difference between two figures"


class Verdict(Term):
    """A check's rating. The checker suggests the first four; editors may also use the last two."""

    ACCURATE = "accurate", "Accurate"
    APPROXIMATELY_ACCURATE = "approximately_accurate", "Approximately accurate"
    INACCURATE = "inaccurate", "Inaccurate"
    NOT_CHECKABLE = "not_checkable", "Not checkable"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class ClaimOrigin(Term):
    """Who found a claim."""

    EXTRACTED = "extracted", "Found by the extractor"
    EDITOR = "editor", "Added by an editor"


class ClaimStatus(Term):
    """Whether a claim stands, or an editor rejected it as a false extraction."""

    OPEN = "open", "Open"
    REJECTED = "rejected", "Rejected: not a claim"


class ReviewStatus(Term):
    """Where a claim is in review, as the desk shows it."""

    TO_REVIEW = "to_review", "To review"
    AWAITING_SIGN_OFF = "awaiting_sign_off", "Awaiting sign-off"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
