"""Which two parties a swing is between: "from Conservative to Labour", "a Con-to-Lab swing".

A swing's subject is the party it went to, and ``compared_to`` the party it came from, so
the checker can take the two-party (Butler) swing between them. Either may be missing ("a
swing to Reform of 12 points"): the checker then gives the readings rather than a verdict.

Roles are read from the words before a party's name, near the figure: "from" and
"against" name the party the swing left, "to" and "towards" the one it went to; and from a
pair written "X-to-Y" or "X to Y" ("a 6% Con-to-Lab swing", "the Conservative to Labour
swing"), where the press's short names ("Con", "Lab", "LD", "Ref") are understood too.
"""

from __future__ import annotations

import re

from ..vocabulary import SubjectKind
from .gazetteer import GazIndex, GazParty, norm_key
from .mentions import Mention
from .numbers import NumberToken
from .patterns import SPACE

__all__ = ["SHORT_NAMES", "swing_parties"]

_S = SPACE
_WINDOW = 90  # characters either side of the figure a party may be named in
# Before a party's name: the party the swing came from, or went to.
_ROLE_LEFT = re.compile(rf"\b(?P<role>from|against|to|towards){_S}+(?:the{_S}+)?$", re.I)
_NAME = r"[A-Z][\w'\u2019]*(?:[ \u00a0][A-Z][\w'\u2019]*)?"
# "Con-to-Lab", "Conservative to Labour", "Lib Dem-to-Reform".
_PAIR = re.compile(rf"\b(?P<a>{_NAME})(?:-to-|{_S}+to{_S}+)(?P<b>{_NAME})")
# The press's short names for parties, as the name the gazetteer knows them by.
SHORT_NAMES = {
    "con": "Conservative",
    "cons": "Conservative",
    "lab": "Labour",
    "ld": "Liberal Democrat",
    "lib": "Liberal Democrat",
    "libdem": "Liberal Democrat",
    "lib dem": "Liberal Democrat",
    "ref": "Reform UK",
    "grn": "Green",
    "pc": "Plaid Cymru",
    "brx": "Brexit Party",
    "sf": "Sinn Fein",  # as ``norm_key`` folds it
}


def swing_parties(
    text: str, index: GazIndex, ents: list[Mention], tok: NumberToken, start: int, end: int
) -> tuple[GazParty | None, GazParty | None]:
    """(the party a swing went to, the party it came from) for the swing figure ``tok``,
    either None when not named. ``text`` is the article, ``ents`` the resolved mentions of
    the figure's sentence, which runs from offset ``start`` to ``end``."""
    lo, hi = max(start, tok.start - _WINDOW), min(end, tok.end + _WINDOW)
    to_party = from_party = None
    pairs = sorted(_PAIR.finditer(text, lo, hi), key=lambda m: _distance(m, tok))
    for pair in pairs:
        a, b = _party(index, pair.group("a")), _party(index, pair.group("b"))
        if a is not None and b is not None and a.key != b.key:
            from_party, to_party = a, b
            break
    if to_party is None or from_party is None:
        found = _by_role(text, ents, tok, lo, hi)
        to_party = to_party or found.get("to")
        from_party = from_party or found.get("from")
    if to_party is not None and from_party is not None and to_party.key == from_party.key:
        from_party = None
    return to_party, from_party


def _by_role(
    text: str, ents: list[Mention], tok: NumberToken, lo: int, hi: int
) -> dict[str, GazParty]:
    """The party nearest the figure named after "to"/"towards" ("to") and after
    "from"/"against" ("from"), among the mentions between offsets ``lo`` and ``hi``."""
    found: dict[str, tuple[int, GazParty]] = {}
    for m in ents:
        if m.entity_kind is not SubjectKind.PARTY or m.party is None or not lo <= m.start < hi:
            continue
        role = _ROLE_LEFT.search(text, max(lo, m.start - 14), m.start)
        if role is None:
            continue
        key = "to" if role.group("role").lower() in ("to", "towards") else "from"
        distance = abs(m.start - tok.start)
        if key not in found or distance < found[key][0]:
            found[key] = (distance, m.party)
    return {key: party for key, (_distance, party) in found.items()}


def _party(index: GazIndex, name: str) -> GazParty | None:
    """The party ``name`` stands for: a name or alias the gazetteer knows, or a short name
    of ``SHORT_NAMES``; a name of two words may be a party's name and a word after it."""
    for candidate in (name, name.split()[0]):
        key = norm_key(candidate)
        party = index.party.get(key) or index.party.get(SHORT_NAMES.get(key.lower(), ""))
        if party is not None:
            return party
    return None


def _distance(m: re.Match[str], tok: NumberToken) -> int:
    """How far a match lies from the figure, in characters."""
    return min(abs(m.start() - tok.end), abs(tok.start - m.end()))
