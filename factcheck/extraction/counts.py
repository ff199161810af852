"""A contest's counts: the electorate, valid votes, rejected ballots, ballot papers issued.

"An electorate of 72,852", "189 ballots were rejected", "49,006 valid votes", "a turnout
of 49,195 voters": figures about the count rather than about a candidate. Each is a
``ClaimType.BALLOT_COUNT`` whose ``measure`` is a ``vocabulary.BallotMeasure``. "Votes
cast", "people voted" and "a turnout of N voters" do not say whether the rejected ballots
are in: they are ``VOTES_CAST``, checked against the valid votes and the ballot papers
issued. "20,000 votes were cast for Labour" and "12,000 people voted for her" are a
candidate's or party's votes, not a count of the contest; postal votes rejected before the
count ("1,200 postal votes were rejected") are not the count's rejected ballots.

The rules read the words just before the figure (``left``) and just after it (``right``),
inside its sentence, like every rule in ``figures``; a cheap substring test comes first, so
most figures cost one ``in`` per side.
"""

from __future__ import annotations

import re

from ..vocabulary import BallotMeasure
from .patterns import SPACE, reversed_regex
from .qualifiers import QUALS

__all__ = ["BALLOTS_LEFT", "BALLOTS_RIGHT", "ballot_measure"]

_S = SPACE
_PAPERS = rf"(?:votes?|ballots?|ballot{_S}+papers?|papers)"
# After the name of a count, before the figure: "an electorate of", "Electorate:", "valid
# votes were", "spoilt ballots totalled", "turnout was", then perhaps "just" or "more than".
_TAIL = (
    rf"(?:{_S}*:{_S}*|{_S}+(?:(?:of|was|is|were|stood{_S}+at|numbered|totall?ed|totaling|"
    rf"came{_S}+to|reached|at){_S}+)?)(?:(?:just|only|some){_S}+)?(?:{QUALS}{_S}+)?$"
)
BALLOTS_LEFT = re.compile(
    rf"\b(?:(?P<electorate>electorate|electors|registered{_S}+voters|eligible{_S}+voters)"
    rf"|(?P<valid>valid{_S}+{_PAPERS}(?:{_S}+cast)?|valid{_S}+vote)"
    rf"|(?P<rejected>(?:rejected|spoilt|spoiled|invalid){_S}+{_PAPERS}"
    rf"|{_PAPERS}{_S}+(?:rejected|spoilt|spoiled))"
    rf"|(?P<issued>(?:ballot{_S}+papers|ballots){_S}+issued)"
    rf"|(?P<cast>(?:votes|ballots){_S}+cast|turnout))"
    rf"{_TAIL}",
    re.IGNORECASE,
)
BALLOTS_RIGHT = re.compile(
    rf"^{_S}+(?:(?P<valid>valid{_S}+{_PAPERS})"
    rf"|(?P<rejected>(?:rejected|spoilt|spoiled|invalid){_S}+{_PAPERS}"
    rf"|{_PAPERS}{_S}+(?:were{_S}+|was{_S}+|had{_S}+been{_S}+)?(?:rejected|spoilt|spoiled|"
    rf"declared{_S}+invalid|discounted)\b)"
    rf"|(?P<issued>(?:ballots|ballot{_S}+papers|papers){_S}+(?:were{_S}+)?issued)"
    rf"|(?P<electorate>registered{_S}+voters|eligible{_S}+voters|electors"
    rf"|(?:voters|people){_S}+(?:were{_S}+)?(?:registered|eligible)\b)"
    rf"|(?P<cast>(?:votes|ballots){_S}+(?:were{_S}+|had{_S}+been{_S}+)?cast\b(?!{_S}+for)"
    rf"|(?:people|voters){_S}+(?:turned{_S}+out|went{_S}+to{_S}+the{_S}+polls|"
    rf"voted(?={_S}*(?:[,.;:)\u2013\u2014]|$|{_S}+(?:in|at|on|across|overall|altogether)\b))|"
    rf"cast{_S}+(?:a|their){_S}+(?:votes?|ballots?)\b(?!{_S}+for))))",
    re.IGNORECASE,
)
_BALLOTS_LEFT_REV = reversed_regex(BALLOTS_LEFT)  # for ``.match(left[::-1])``
# After a turnout "of N": "a turnout of 49,195 voters" (a count, not a percentage).
_TURNOUT_COUNT_RIGHT = re.compile(rf"^{_S}+(?:voters|people|votes|ballots)\b", re.IGNORECASE)
_GROUPS = {
    "electorate": BallotMeasure.ELECTORATE,
    "valid": BallotMeasure.VALID_VOTES,
    "rejected": BallotMeasure.REJECTED_BALLOTS,
    "issued": BallotMeasure.BALLOTS_ISSUED,
    "cast": BallotMeasure.VOTES_CAST,
}


def ballot_measure(left: str, right: str, value: float | int) -> BallotMeasure | None:
    """What count of the contest a plain number is, if the words around it name one.

    ``left``/``right`` are the text before and after the figure inside its sentence and
    ``value`` its value: a count is a whole number, and a bare "turnout was 67" is a
    percentage written without its sign, so a turnout count must exceed 100."""
    if not isinstance(value, int) or value < 0:
        return None
    if "ostal" in left[-40:] or "ostal" in right[:40] or "proxy" in right[:40]:
        return None  # postal votes rejected before the count are not the count's figures
    near_left = left[-60:]
    if _left_hint(near_left):
        m = _BALLOTS_LEFT_REV.match(near_left[::-1])
        if m is not None:
            cast = m.group("cast")  # read backwards, as the text was matched
            if (
                cast
                and cast[::-1].lower() == "turnout"
                and (value <= 100 or not _ends_or_counts(right))
            ):
                return None
            return _GROUPS[m.lastgroup or ""]
    if _right_hint(right[:60]):
        m = BALLOTS_RIGHT.match(right)
        if m is not None:
            return _GROUPS[m.lastgroup or ""]
    return None


def _left_hint(near: str) -> bool:
    """A part of a word ``BALLOTS_LEFT`` needs, in either case of its first letter: the
    cheap test first (plain substring tests are faster than one regex here)."""
    return (
        "lector" in near or "alid" in near or "eject" in near or "poil" in near
        or "ssued" in near or "cast" in near or "urnout" in near or "oters" in near
    )  # fmt: skip


def _right_hint(near: str) -> bool:
    """A part of a word ``BALLOTS_RIGHT`` needs, as ``_left_hint``."""
    return (
        "alid" in near or "eject" in near or "poil" in near or "iscounted" in near
        or "ssued" in near or "lector" in near or "egistered" in near or "ligible" in near
        or "cast" in near or "urned" in near or "olls" in near or "oted" in near
    )  # fmt: skip


def _ends_or_counts(right: str) -> bool:
    """After "turnout was N": the clause ends, or a noun of people or ballots follows."""
    tail = right.lstrip(" \u00a0")
    return not tail or tail[0] in ",.;:)(\u2013\u2014-" or bool(_TURNOUT_COUNT_RIGHT.match(right))
