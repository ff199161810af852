"""What a figure counts, read from the noun after it: "24,120 votes", "three candidates"."""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["NOUN_RE", "NOUN_UNITS", "Noun", "noun_after"]


class Noun(StrEnum):
    """The kinds of noun that say what a figure counts."""

    VOTES = "votes"  # votes, ballots
    SEATS = "seats"  # seats, MPs
    TIMES = "times"  # "won eight times"
    TERMS = "terms"  # "three terms"
    DURATION = "duration"  # years, days, weeks, months, decades, hours
    POINTS = "pts"  # "five points"
    COUNT = "count"  # any other plural: "three candidates"


# Nouns that say what a figure counts. Anything else plural reads as a plain count.
NOUN_UNITS = {
    "votes": Noun.VOTES,
    "vote": Noun.VOTES,
    "ballots": Noun.VOTES,
    "ballot": Noun.VOTES,
    "seats": Noun.SEATS,
    "seat": Noun.SEATS,
    "mps": Noun.SEATS,
    "mp": Noun.SEATS,
    "times": Noun.TIMES,
    "terms": Noun.TERMS,
    "term": Noun.TERMS,
    "years": Noun.DURATION,
    "year": Noun.DURATION,
    "days": Noun.DURATION,
    "day": Noun.DURATION,
    "weeks": Noun.DURATION,
    "week": Noun.DURATION,
    "months": Noun.DURATION,
    "month": Noun.DURATION,
    "decades": Noun.DURATION,
    "decade": Noun.DURATION,
    "hours": Noun.DURATION,
    "hour": Noun.DURATION,
    "points": Noun.POINTS,
    "point": Noun.POINTS,
}
# Words ending in "s" that are not plural nouns.
_NOT_PLURAL = frozenset(
    [
        *("this", "thus", "less", "across", "unless", "always", "perhaps", "besides", "plus"),
        *("minus", "towards", "afterwards", "its", "his", "hers", "ours", "yours", "theirs"),
        *("news", "does", "goes", "was", "has", "is", "as", "yes", "bus", "gas", "us"),
    ]
)
# The noun after a figure, past at most two adjectives ("valid postal votes"); group "n".
NOUN_RE = re.compile(
    r"^[ \u00a0]+(?:(?:more|fewer|less|extra|additional|further|new|consecutive|successive|"
    r"straight|separate|valid|postal|spoilt|rejected|local|full|[A-Z][\w\-]+)[ \u00a0]+){0,2}"
    r"(?P<n>[A-Za-z]+)"
)


def noun_after(right: str) -> Noun | None:
    """What a figure counts, from the noun at the start of ``right`` (the text after it).

    "24,120 votes" -> VOTES, "61 MPs" -> SEATS, "three candidates" -> COUNT; None when no
    noun follows or it is not one that counts ("5 per cent", "two of them")."""
    m = NOUN_RE.match(right)
    if not m:
        return None
    noun = m.group("n")
    unit = NOUN_UNITS.get(noun.lower())
    if unit is not None:
        if noun == "MP" or noun == "mp":
            return Noun.SEATS if noun == "MP" else None
        return unit
    if noun.islower() and noun.endswith("s") and len(noun) > 3 and noun not in _NOT_PLURAL:
        return Noun.COUNT
    return None
