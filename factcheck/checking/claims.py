"""What the checker takes (``Claimed``) and gives back (``Suggestion``). No Django import."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.vocabulary import ELECTION_NOT_LOADED, Qualifier, Suggested, Verdict

from . import rules
from .frozen import fast_init


@fast_init
@dataclass(frozen=True)
class Claimed:
    """What the checker needs to know of a claim, from the extractor or the database."""

    text: str
    value: Decimal
    unit: str
    claim_type: str
    subject: str | None
    subject_kind: str | None
    subject_key: str | None
    election: str | None
    qualifier: str
    sentence: str
    details: dict = field(default_factory=dict)

    @classmethod
    def from_extracted(cls, claim) -> Claimed:
        """An ``extraction.Claim``; its fields without one here go into ``details``
        (shared, not copied: the checker only reads them)."""
        details_of = _DETAILS_OF.get(type(claim))
        if details_of is None:
            details_of = _DETAILS_OF[type(claim)] = _details_getter(type(claim))
        value = claim.value
        return cls(  # positional, in the order of the fields above (a few times faster)
            claim.text,
            Decimal(value) if type(value) is int else rules.as_decimal(value),  # the same
            claim.unit,
            claim.claim_type,
            claim.subject,
            claim.subject_kind,
            claim.subject_key,
            claim.election,
            claim.qualifier or Qualifier.EXACT,
            claim.sentence or "",
            details_of(claim),
        )

    @classmethod
    def from_model(cls, claim) -> Claimed:
        """A stored ``factcheck.models.Claim``; an election it names that no row holds comes
        back from ``details["election_not_loaded"]`` (see ``factcheck.claims``)."""
        details = claim.details or {}
        return cls(
            text=claim.text,
            value=claim.value,
            unit=claim.unit,
            claim_type=claim.claim_type,
            subject=claim.subject or None,
            subject_kind=claim.subject_kind or None,
            subject_key=claim.subject_key or None,
            election=(
                claim.election.slug if claim.election_id else details.get(ELECTION_NOT_LOADED)
            ),
            qualifier=claim.qualifier,
            sentence=claim.sentence,
            details=details,
        )


# A kind of extracted claim -> a function giving its fields Claimed has not, by name, in a
# new dict: what ``Claimed.from_extracted`` puts in ``details``.
_DETAILS_OF: dict[type, Callable[[object], dict]] = {}


def _details_getter(kind: type) -> Callable[[object], dict]:
    """``lambda claim: {"start": claim.start, …}`` for the fields of the dataclass ``kind``
    that ``Claimed`` has not, in their order (built from its field names: a dict display
    is several times faster than ``dict(zip(names, attrgetter(*names)(claim)))``)."""
    known = Claimed.__dataclass_fields__
    names = [name for name in kind.__dataclass_fields__ if name not in known]
    items = ", ".join(f"{name!r}: claim.{name}" for name in names)
    return eval(f"lambda claim: {{{items}}}")  # noqa: S307  (field names only)


@dataclass
class Suggestion:
    """A suggested verdict with its official figure, source, explanation and working."""

    verdict: str
    explanation: str  # or a function that words it (``_worded_when_read``)
    official_value: Decimal | None = None
    official_source: str = ""
    working: str = ""
    conflicts_with: list[int] = field(default_factory=list)
    # The readings weighed (``readings.Weighed.to_dict``), best first; the one taken when
    # it is not the claim's own; whether the reading rests on explicit cues.
    readings: list[dict] = field(default_factory=list)
    reading: dict | None = None
    confident: bool = False
    # Where the official figures it used come from, as ``(election slug, contest id)``
    # pairs, sorted: a seat's result (``ContestFig.contest_id``), or ``0`` for figures
    # summed over the election's seats (UK, nation, region) and its projections. A claim
    # awaiting a seat's declaration names that seat. Empty when it used no figure.
    evidence: tuple[tuple[str, int], ...] = ()
    # What a count of seats was checked as, when not as seats held: ``SEATS_CHANGED``
    # (gained, lost or the net change, ``checkers.check_seat_change``) or ``SEATS_PLACED``
    # (where a party finished second, third…, ``checkers.check_places``); read by
    # ``doubts``, not stored.
    counted: str = ""

    @property
    def evidence_hash(self) -> str:
        """``evidence_hash`` of what this suggestion publishes as its official figure."""
        return evidence_hash(
            self.official_value,
            self.official_source,
            self.working,
            awaiting=self.verdict == Suggested.AWAITING_DECLARATION,
        )

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "official_value": None if self.official_value is None else str(self.official_value),
            "official_source": self.official_source,
            "explanation": self.explanation,
            "working": self.working,
            "conflicts_with": self.conflicts_with,
            "readings": self.readings,
            "reading": self.reading,
            "confident": self.confident,
            "evidence": [list(key) for key in self.evidence],
            "evidence_hash": self.evidence_hash,
        }


def _worded_when_read() -> property:
    """``Suggestion.explanation``: given as a string, or as a function that words it (a
    checker's ``official_suggestion``), worded when first read; most readings weighed are
    never shown."""

    def get(self) -> str:
        explanation = self.__dict__["_explanation"]
        if not isinstance(explanation, str):
            explanation = self.__dict__["_explanation"] = explanation()
        return explanation

    def put(self, explanation: str | Callable[[], str]) -> None:
        self.__dict__["_explanation"] = explanation

    return property(get, put, doc="The one-line explanation, worded when first read.")


Suggestion.explanation = _worded_when_read()


# ``Suggestion.counted``: seats gained, lost or changed; seats where a party finished in a place.
SEATS_CHANGED = "seats changed"
SEATS_PLACED = "seats placed"


def not_checkable(reason: str) -> Suggestion:
    """A suggestion that no official figure applies, with the reason in ``explanation``."""
    return Suggestion(verdict=Verdict.NOT_CHECKABLE, explanation=reason)


# Where a figure is written, as the working cites it in brackets: a file's row (or rows)
# ("HoC-GE2024-results-by-candidate.csv, line 1234", "…, lines 1230–1236") or a hand entry
# ("entered by hand, approved by Ann Lee"), several joined by "; ".
_CITED_PART = (
    r"(?:[^();]*\.csv(?:\.gz)?, lines? \d+(?:[–-]\d+)?(?:, \d+(?:[–-]\d+)?)*"
    r"|[Ee]ntered by hand[^();]*)"
)
CITATION_IN_WORKING = re.compile(rf"\s*\({_CITED_PART}(?:; {_CITED_PART})*\)")


def cite(working: str, *rows: str) -> str:
    """``working`` with the rows its figures were read from in brackets at the end:
    ``cite("24,120 votes", "HoC-GE2024-results-by-candidate.csv, line 1234")`` is
    "24,120 votes (HoC-GE2024-results-by-candidate.csv, line 1234)". Blank and repeated
    rows are left out; no rows, no brackets."""
    rows = tuple(dict.fromkeys(r for r in rows if r))
    return f"{working} ({'; '.join(rows)})" if rows else working


def uncited(working: str) -> str:
    """``working`` without the file rows and hand entries it cites (``cite``): its figures
    and arithmetic alone."""
    return CITATION_IN_WORKING.sub("", working or "").strip()


def evidence_hash(
    official_value: Decimal | None, official_source: str, working: str, *, awaiting: bool = False
) -> str:
    """A hash of the official figures a check rests on: the value (normalised, so 21225 and
    21225.000000 hash alike), its source and the working that derives it, without the
    rows the working cites (``uncited``: a row that moved in a revised file, or a citation
    made more precise, is not a change of figures); ``awaiting`` for a claim still waiting
    for its seat to declare. 64 hex characters. Two checks with the same hash published
    the same official figures; a re-check whose hash differs from the stored one found
    the evidence changed."""
    value = "" if official_value is None else f"{Decimal(official_value).normalize():f}"
    parts = [value, official_source or "", uncited(working)]
    if awaiting:
        parts.append(Suggested.AWAITING_DECLARATION)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
