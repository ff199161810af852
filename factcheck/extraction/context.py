"""What every rule may read about the article being processed, gathered once."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import GazIndex
from .mentions import MentionIndex
from .quotes import Speakers
from .sentences import Sentence

__all__ = ["ArticleContext"]


@dataclass(slots=True)
class ArticleContext:
    """One article and what was found in it before its figures are read.

    ``election`` is the article's election slug (the caller's, else the gazetteer's latest),
    ``previous`` the one before it and ``year`` the year it was held (None when unknown).
    ``sentences`` are in order and ``sentence_starts`` their start offsets, for bisecting.
    ``captions`` caches, per sentence index, whether that sentence is a photo caption;
    ``tables`` what was read of the article's tables (``tables.column_at``)."""

    text: str
    index: GazIndex
    election: str | None
    previous: str | None
    year: int | None
    sentences: list[Sentence]
    mentions: MentionIndex
    speakers: Speakers
    captions: dict[int, bool]
    sentence_starts: list[int]
    tables: dict[object, object] = field(default_factory=dict)
