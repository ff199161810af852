"""Split an article's text into plain runs and highlighted claims, for the desk."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Claim


@dataclass(frozen=True)
class Segment:
    text: str
    claim: Claim | None = None


def highlight(body: str, claims: list[Claim]) -> list[Segment]:
    """Claims in text order; one that overlaps an earlier claim stays unmarked."""
    segments: list[Segment] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < position or claim.end > len(body):
            continue
        if claim.start > position:
            segments.append(Segment(body[position : claim.start]))
        segments.append(Segment(body[claim.start : claim.end], claim))
        position = claim.end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments
