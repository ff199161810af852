"""What a published check is: the documented, versioned shape of ``Publication.checks``.

``Publication.checks`` is a JSON list with one object per published check,
frozen when the seat was published so that every version stays readable as it
was. ``PublishedCheck`` is that object's schema; ``PublishedCheck.from_stored()``
reads it back and ``to_stored()`` writes it. Every stored object carries a
``schema`` number; objects written before the number was stored read as
schema 1. Schema 2 (issue 16) adds ``scope`` (a seat's check or a national one)
and replaces ``source_row`` (the seat's constituency-file row, whatever the
figure) with ``citation`` (the file and row, or the sum, that holds the figure);
a schema 1 object reads with ``scope`` "seat" and its ``source_row`` as the
citation, as it was published. Change a field and you must bump ``SCHEMA`` and
teach ``from_stored()`` to read the older shape, because old versions of every
page are still served from what was stored.

Plain Python, no Django: the views, the exports and ``publishing`` share it.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

SCHEMA = 2

# Where a check is shown: its seat's page, or its election's national page.
SEAT, NATIONAL = "seat", "national"

# The accounts `make run`'s demo review (``factcheck.demo``) writes, signs off and
# publishes verdicts as. No one logs in as them; a check they wrote is demo data.
DEMO_WRITER = "demo-writer"
DEMO_CHECKER = "demo-checker"
DEMO_ACCOUNTS = frozenset({DEMO_WRITER, DEMO_CHECKER})


class UnreadableCheck(ValueError):
    """A stored check this code cannot read: a newer schema, or a key missing."""


def _take(cls, data: Mapping[str, Any], **converted) -> Any:
    """``cls(**data)`` for the dataclass fields; a missing field without a default raises."""
    values = {}
    for field in dataclasses.fields(cls):
        if field.name in converted:
            values[field.name] = converted[field.name]
        elif field.name in data:
            values[field.name] = data[field.name]
        elif field.default is dataclasses.MISSING:
            raise UnreadableCheck(f"A stored {cls.__name__} has no {field.name!r}.")
    return cls(**values)


@dataclass(frozen=True)
class PublishedArticle:
    """One article that carried the checked claim, as it was when published."""

    claim_id: int  # the claim's pk in that article
    title: str
    outlet: str  # may be ""
    url: str  # may be ""
    published_on: str  # ISO date, or ""
    sentence: str  # the sentence in that article

    @property
    def published_date(self) -> datetime.date | None:
        """``published_on`` as a date (for "5 July 2024"), or None."""
        try:
            return datetime.date.fromisoformat(self.published_on) if self.published_on else None
        except ValueError:
            return None

    @classmethod
    def from_stored(cls, data: Mapping[str, Any]) -> PublishedArticle:
        """Read one stored article object; raises ``UnreadableCheck`` if a key is missing."""
        return _take(cls, data)


@dataclass(frozen=True)
class PublishedCheck:
    """One published check: a claim (or claim group), its verdict and the official figure.

    Every field is plain JSON (str, int, a tuple of articles). Strings that
    may be absent are "" rather than null.
    """

    id: int  # the first claim's pk: the page anchors it as #claim-<id>
    text: str  # the figure as written ("24,120", "67.5 per cent")
    quote: str  # the sentence it was written in (first article)
    summary: str  # ClaimReview's claimReviewed: what was claimed, no verdict, < 75 chars
    claim_type: str  # a factcheck.vocabulary.ClaimType value
    subject: str  # who or what the claim is about, or ""
    speaker: str  # who said it when it is a quote, or ""
    election: str  # the election's slug ("ge2017" for one with no data loaded), or ""
    verdict: str  # a factcheck.vocabulary.Verdict value
    verdict_label: str  # that verdict's label, as readers see it
    rating: int  # ClaimReview's ratingValue, 1 (worst) to 5 (best)
    explanation: str  # the public explanation
    official_value: str  # the official figure as a plain number ("7247", "67.53"), or ""
    official_display: str  # the same as a reader writes it ("7,247", "67.53%"), or ""
    official_source: str  # where the official figure comes from, or ""
    working: str  # the arithmetic, for readers to repeat
    reviewed_by: str  # username of the editor who wrote the verdict
    approved_by: str  # username of the second editor who signed it off
    articles: tuple[PublishedArticle, ...]  # every article that carried the claim
    date_published: str = ""  # ISO datetime this check was first published
    date_modified: str = ""  # ISO datetime its finding last changed
    # the file and row that hold the official figure ("HoC-GE2024-results-by-constituency.csv,
    # line 308"), or how it was summed ("sum over 650 seats' rows of the candidate file"), or ""
    citation: str = ""
    scope: str = SEAT  # SEAT: on its seat's page; NATIONAL: on its election's national page
    schema: int = SCHEMA

    @classmethod
    def from_stored(cls, data: Mapping[str, Any]) -> PublishedCheck:
        """Read one object of ``Publication.checks``.

        Accepts every schema up to ``SCHEMA`` (an object without ``schema``
        is schema 1). Keys it does not know are ignored. Raises
        ``UnreadableCheck`` for a newer schema or a missing key.
        """
        schema = data.get("schema", 1)
        if not isinstance(schema, int) or not 1 <= schema <= SCHEMA:
            raise UnreadableCheck(f"Stored check schema {schema!r}; this code reads 1 to {SCHEMA}.")
        articles = tuple(PublishedArticle.from_stored(a) for a in data.get("articles", ()))
        converted = {"articles": articles, "schema": SCHEMA}
        if schema == 1:
            converted |= {"citation": data.get("source_row", ""), "scope": SEAT}
        return _take(cls, data, **converted)

    def to_stored(self) -> dict[str, Any]:
        """The JSON object to store in ``Publication.checks`` (with ``schema``)."""
        data = dataclasses.asdict(self)
        data["articles"] = list(data["articles"])
        return data

    def to_export(self) -> dict[str, Any]:
        """The check as the public JSON export gives it (the stored fields, less ``schema``)."""
        data = self.to_stored()
        del data["schema"]
        return data

    @property
    def outlets(self) -> list[str]:
        """The outlets that carried it, each once, in the order published ("" skipped)."""
        return list(dict.fromkeys(a.outlet for a in self.articles if a.outlet))

    @property
    def dates_differ(self) -> bool:
        """Its articles were published on different dates: each outlet carries its own."""
        return len({a.published_on for a in self.articles if a.published_on}) > 1

    @property
    def reported_on(self) -> datetime.date | None:
        """The one date its articles were published on, when they share one (else None)."""
        dates = {a.published_date for a in self.articles if a.published_date}
        return dates.pop() if len(dates) == 1 else None

    @property
    def from_demo(self) -> bool:
        """Written by `make run`'s demo review (its author is a demo account), not by a person."""
        return self.reviewed_by in DEMO_ACCOUNTS

    def with_dates(self, *, date_published: str, date_modified: str) -> PublishedCheck:
        """A copy with its publication dates set."""
        return dataclasses.replace(self, date_published=date_published, date_modified=date_modified)

    def same_finding(self, other: PublishedCheck) -> bool:
        """True when a reader would see the same finding: verdict, explanation, figure, sources."""
        return (self.verdict, self.explanation, self.official_value, self.articles) == (
            other.verdict,
            other.explanation,
            other.official_value,
            other.articles,
        )


def read_checks(stored: Iterable[Mapping[str, Any]]) -> list[PublishedCheck]:
    """Every check of one publication (``publication.checks``), in published order.

    Raises ``UnreadableCheck`` if one cannot be read.
    """
    return [PublishedCheck.from_stored(check) for check in stored]
