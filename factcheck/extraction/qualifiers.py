"""How firmly a figure is stated: "more than 7,000", "almost 40%", "around 26,000".

The qualifier is read from the words hugging the figure: a phrase just before it ("more
than", "just under", "an estimated") or just after it ("or so", "-odd", "+"). The phrases
are listed once, here; the rules that need them (``qualifier_of``, and the change and
majority cues in ``figures``) are built from these lists.
"""

from __future__ import annotations

import re

from ..vocabulary import Qualifier
from .patterns import SPACE, reversed_regex, words

__all__ = [
    "APPROX_PHRASES",
    "AT_MOST_PHRASES",
    "LESS_THAN_PHRASES",
    "MODIFIERS",
    "MORE_THAN_PHRASES",
    "QUALIFIER_LEFT",
    "QUALS",
    "last_word",
    "qualifier_of",
]

_S = SPACE
# Phrases before a figure, by what they make of it. A space is one plain space.
MORE_THAN_PHRASES = (
    *("more than", "over", "above", "upwards of", "in excess of", "at least", "exceeding"),
    *("north of", "passed", "surpassed", "exceeded"),  # "Labour have passed 410 seats"
)
LESS_THAN_PHRASES = (
    *("almost", "nearly", "just under", "under", "less than", "fewer than", "below", "up to"),
    *("just shy of", "short of", "not quite", "shy of"),
)
# "came within 9,000 votes of": at most that many (the gap may be far smaller).
AT_MOST_PHRASES = ("within", "no more than", "at most")
APPROX_PHRASES = (
    *("around", "about", "some", "roughly", "approximately", "approx.", "approx", "circa"),
    *("c.", "an estimated", "estimated", "close to", "in the region of", "an approximate"),
)
# Words that may come before any of those phrases ("just over", "well under").
MODIFIERS = ("just", "only", "well", "slightly", "a little", "comfortably")

# Any qualifying phrase, with its modifier, as pattern text for other rules to embed.
QUALS = (
    rf"(?:{words(MODIFIERS)}{_S}+)?"
    rf"(?:{words(AT_MOST_PHRASES)}|{words(MORE_THAN_PHRASES)}|{words(LESS_THAN_PHRASES)}"
    rf"|{words(APPROX_PHRASES)})"
)
# The rule: a qualifying phrase that ends the text before a figure (then perhaps a currency
# sign or "a"). ``qualifier_of`` applies it read backwards (``_QUALIFIER_LEFT_REV``), where
# the first alternative that fits wins: "no more than" comes before its tail "more than".
QUALIFIER_LEFT = re.compile(
    rf"\b(?:{words(MODIFIERS)}{_S}+)?"
    rf"(?:(?P<atmost>{words(AT_MOST_PHRASES)})|(?P<more>{words(MORE_THAN_PHRASES)})"
    rf"|(?P<less>{words(LESS_THAN_PHRASES)})|(?P<approx>{words(APPROX_PHRASES)})){_S}+"
    r"(?:[\u00a3$\u20ac]|a[ \u00a0]+)?$",
    re.IGNORECASE,
)
# Matched at the start of the reversed text instead of searched for at every position (the
# qualifier is always the last thing before the figure).
_QUALIFIER_LEFT_REV = reversed_regex(QUALIFIER_LEFT)
# The last word of a phrase, lower-cased: ``qualifier_of`` runs the rule only when the word
# before the figure is one of these (or "a", as in "more than a 10-point lead").
# Known gap, kept because closing it changes the output: "quite" and "approximate" have
# never been let through, so "not quite 50" and "an approximate 5,000" read as exact.
_QUALIFIER_LAST_WORDS = frozenset(
    {
        p.split()[-1]
        for p in (*MORE_THAN_PHRASES, *LESS_THAN_PHRASES, *APPROX_PHRASES, *AT_MOST_PHRASES)
    }
    - {"quite", "approximate"}
    | {"a"}
)
# A verb of moving, in the past, before "up to": "moved up to second", "climbed up to 40%"
# report a move; "could climb up to 80 seats" is still a cap.
_MOVED_UP_TO = re.compile(
    r"\b(?:moved|went|climbed|rose|jumped|came|shot|surged|pushed|bumped|edged|stepped)"
    rf"{_S}+up{_S}+to{_S}+$",
    re.IGNORECASE,
)
_QUALIFIER_RIGHT = re.compile(rf"^(?:{_S}*(?:or{_S}+so|-odd|{_S}odd)\b)|^(?P<plus>-?plus\b|\+)")


def last_word(left: str) -> str:
    """The word just before a figure, lower-cased, currency signs dropped.

    ``left`` is the text before the figure (its sentence, up to the figure); only its last
    24 characters are read. "won more than \u00a3" -> "than"."""
    tail = left[-24:].rstrip(" \u00a0\u00a3$\u20ac")
    cut = max(tail.rfind(" "), tail.rfind("\u00a0"))
    return tail[cut + 1 :].lower()


def qualifier_of(left: str, right: str) -> Qualifier:
    """EXACT, APPROX, MORE_THAN or LESS_THAN, from the words hugging a figure.

    ``left`` is the text before the figure and ``right`` the text after it, both inside its
    sentence. Never PROJECTION: that depends on the clause (``clauses.Clauses``)."""
    tail = left[-24:].rstrip(" \u00a0\u00a3$\u20ac")  # ``last_word``, inlined
    word = tail[max(tail.rfind(" "), tail.rfind("\u00a0")) + 1 :].lower()
    m = _QUALIFIER_LEFT_REV.match(left[-32:][::-1]) if word in _QUALIFIER_LAST_WORDS else None
    if m:
        if m.group("more"):
            return Qualifier.MORE_THAN
        if m.group("less"):
            if m.group("less").lower() == "ot pu" and _MOVED_UP_TO.search(left[-40:]):
                # read backwards: "up to"; "Alliance moved up to second" is a move, not a cap
                return Qualifier.EXACT
            return Qualifier.LESS_THAN
        if m.group("atmost"):
            return Qualifier.AT_MOST
        return Qualifier.APPROX
    # _QUALIFIER_RIGHT needs "+", "-plus" or "plus" at once, or "or so" / "odd" / "-odd"
    # after the spaces: most figures are followed by neither, so skip the call
    if right[:1] in ("+", "-", "p") or right.lstrip(" \u00a0")[:1] in ("o", "-"):
        r = _QUALIFIER_RIGHT.match(right)
        if r:
            return Qualifier.MORE_THAN if r.group("plus") else Qualifier.APPROX
    return Qualifier.EXACT
