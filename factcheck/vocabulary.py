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

import datetime
import re

from results.vocabulary import Term

__all__ = [
    "BY_ELECTION",
    "BallotMeasure",
    "ClaimOrigin",
    "ClaimStatus",
    "ClaimType",
    "ELECTION_NOT_LOADED",
    "Qualifier",
    "Relation",
    "ReviewStatus",
    "SubjectKind",
    "Term",
    "Unit",
    "Verdict",
    "SUGGESTION_CHOICES",
    "Suggested",
    "by_election_id",
    "election_name",
    "general_election_id",
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
    SWING = "swing", "Swing"
    BALLOT_COUNT = "ballot_count", "Electorate or ballot count"
    # A candidate's name written close to, but not as, the official spelling ("Vikkas
    # Aggarwal" for Vikas Aggarwal): the claim's text is the name as written.
    NAME = "name", "Candidate's name"
    OTHER = "other", "Other"


class BallotMeasure(Term):
    """What a ``ClaimType.BALLOT_COUNT`` figure counts (the claim's ``details["measure"]``).

    "Votes cast" and "voters" are ambiguous: the valid votes, or every ballot paper
    issued (valid + rejected); the checker reads them both ways."""

    ELECTORATE = "electorate", "Electorate"
    VALID_VOTES = "valid_votes", "Valid votes"
    REJECTED_BALLOTS = "rejected_ballots", "Rejected ballots"
    BALLOTS_ISSUED = "ballots_issued", "Ballot papers issued (valid + rejected)"
    VOTES_CAST = "votes_cast", "Votes cast (valid votes or ballot papers issued)"


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
    AT_MOST = "at_most", "Within / at most"
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


# Inaccurate first: what readers most need to know, and what the desk answers first.
INACCURATE_FIRST = (
    Verdict.INACCURATE,
    Verdict.MISLEADING,
    Verdict.APPROXIMATELY_ACCURATE,
    Verdict.ACCURATE,
    Verdict.UNVERIFIABLE,
    Verdict.NOT_CHECKABLE,
)


class Suggested(Term):
    """What the checker may suggest instead of a verdict: the official figure is not in yet.

    Never an editor's verdict: a claim about a seat that has not declared is checked
    again, by itself, the moment the seat's result becomes official.
    """

    AWAITING_DECLARATION = "awaiting_declaration", "Awaiting declaration"


# What ``Claim.suggested_verdict`` may hold: a verdict, or "awaiting declaration".
SUGGESTION_CHOICES = [*Verdict.choices, *Suggested.choices]


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


# -- election ids ----------------------------------------------------------------------
# A claim names its election by slug. Loaded elections keep the slug they were imported
# under ("ge2024"). An election an article names but Tally holds no data for gets an id
# made here, so the checker can say "No official data for 2017 is loaded." rather than
# compare the figure with another election's:
#
# - a UK general election: "ge" and its year ("ge2017"), or "ge" and year-month when two
#   were held that year ("ge1974-02", "ge1974-10");
# - a by-election: "by-election-" and its year ("by-election-2016"), or "by-election"
#   when the article gives no year. The id does not say which seat.
BY_ELECTION = "by-election"
# The ``Claim.details`` key that keeps the id of an election a stored claim names when no
# ``Election`` row holds it (the claim's ``election`` is then empty).
ELECTION_NOT_LOADED = "election_not_loaded"
_GENERAL_ID = re.compile(r"^ge(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2}))?$")
_BY_ID = re.compile(rf"^{BY_ELECTION}(?:-(?P<year>[0-9]{{4}}))?$")


def general_election_id(day: datetime.date, *, shared_year: bool = False) -> str:
    """The id of the UK general election held on ``day``: "ge2017", or "ge1974-02" when
    another general election was held the same year (``shared_year``)."""
    return f"ge{day:%Y-%m}" if shared_year else f"ge{day.year}"


def by_election_id(year: int | None) -> str:
    """The id of a by-election held in ``year`` ("by-election-2016"), or of one whose year
    the article does not give ("by-election")."""
    return f"{BY_ELECTION}-{year}" if year else BY_ELECTION


def election_name(slug: str) -> str:
    """An election id as a sentence names it: "ge2017" -> "2017", "ge1974-02" -> "February
    1974", "by-election-2016" -> "the 2016 by-election", "by-election" -> "that
    by-election"; any other slug as it is."""
    general = _GENERAL_ID.match(slug)
    if general:
        month = general.group("month")
        if month:
            return f"{datetime.date(2000, int(month), 1):%B} {general.group('year')}"
        return general.group("year")
    by = _BY_ID.match(slug)
    if by:
        return f"the {by.group('year')} by-election" if by.group("year") else "that by-election"
    return slug
