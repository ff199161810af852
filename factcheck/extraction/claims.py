"""The Claim record handed back to the app.

Kept apart from the extraction rules so the app can import the type without the rules and
so ``to_dict`` stays the one place that decides the JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..vocabulary import ClaimType, Qualifier, Relation, SubjectKind, Unit

__all__ = ["Claim"]


@dataclass
class Claim:
    """One checkable figure: where it is, what it says and about whom.

    ``start``/``end`` are offsets into the article's text, and ``text[start:end] ==
    claim.text`` always holds for the text it was extracted from; ``sentence`` is the
    sentence holding the figure, starting at offset ``sentence_start``. ``value`` is the
    number as written ("9.7m" -> 9700000, "a third" -> 0.3333), in ``unit``. ``election``
    and ``compared_election`` are election slugs; ``subject_key`` is the gazetteer's key
    (a candidacy, party or constituency key). The enum fields are ``str`` members of
    ``factcheck.vocabulary``, so ``to_dict`` output dumps to JSON as plain strings.

    Extra fields beyond the contract:

    - ``compared_to`` / ``compared_to_key``: the loser in a majority ("7,247 more votes
      than Nargund") or the other side of a difference.
    - ``relation``: ``Relation.DIFFERENCE`` when the figure is a gap between two figures of its
      type ("26,000 – 1,180 more than this year –"); ``None`` for a plain level.
    - ``compared_election``: the election the difference is taken against ("this year").
    - ``is_majority``: a seat figure that is a Commons majority ("a 170-seat majority").
    - ``precision``: ``{"decimals": n, "rounded_to": 10**k}`` as written, so "26,000" can
      be checked against 26,188 at the precision the writer used.
    - ``measure``: for ``count`` figures, what was counted ("years", "days", "times"); for
      ``ballot_count`` claims, a ``vocabulary.BallotMeasure`` ("electorate", "votes_cast").
    - ``named``: the candidates, parties and seats its sentence names (pronouns and
      descriptions resolved), in order, as ``[start, end, subject_kind, subject_key,
      name]`` with offsets into ``sentence``: the checker weighs every reading of the
      figure by how near its subject is named (``factcheck.checking.readings``).
    - ``extracted_as``: the extractor's own type, subject and election, kept when the
      checker took another reading of the figure (set by ``factcheck.processing``).
    - ``scope``: "national" when the checker read the figure as a party's UK-wide one.
    - ``seat_before`` / ``area_before``: the last seat named before its sentence (a key;
      None when an area is named after it), and a nation, region or area its paragraph, or
      the heading above it, names before it (as written): what may frame a sentence that
      names neither (``frames.frame_before``); ``year_before``: the year an earlier
      sentence of its paragraph opens on ("In December 2019 …"), if one does;
      ``notional_before``: whether one opens on a notional result ("On the notional
      figures, …").
    - ``column``: the heading of the table column the figure stands in, when Tally read
      its type, party or election from it ("Con share", "Majority"; ``tables``).
    - for a ``swing``, ``subject`` is the party it went to and ``compared_to`` the party it
      came from; ``election`` may name an election Tally holds no figures for ("ge2017",
      "by-election-2016": ``vocabulary.general_election_id``, ``by_election_id``).
    """

    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    value: float | int
    unit: Unit
    claim_type: ClaimType
    subject: str | None = None
    subject_kind: SubjectKind | None = None
    subject_key: str | None = None
    election: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    speaker: str | None = None
    compared_to: str | None = None
    compared_to_key: str | None = None
    relation: Relation | None = None
    compared_election: str | None = None
    is_majority: bool = False
    measure: str | None = None
    precision: dict[str, int] = field(default_factory=dict)
    named: list[list] = field(default_factory=list)
    extracted_as: dict[str, Any] | None = None
    scope: str | None = None
    seat_before: str | None = None
    area_before: str | None = None
    year_before: int | None = None
    notional_before: bool = False
    column: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """All fields by name, as JSON-able values (enum members are ``str``)."""
        return asdict(self)
