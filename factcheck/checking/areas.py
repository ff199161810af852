"""Which part of the country a sentence speaks of: the UK, a nation or an English region.

No Django import. "Labour won 37 of the 57 seats in Scotland" is Scotland's count,
"In London, Labour won 59 of the 75 seats" London's; a name inside a seat's or a
party's name ("South West Norfolk", "the Scottish National Party") is not one.
Areas are those ``results.national`` sums (the Library's ``nation`` and ``region``
columns).
"""

from __future__ import annotations

import re

from results.national import AreaFigures, ElectionFigures

__all__ = ["area_named", "area_of", "area_placed_after", "area_positions", "areas_named"]

# An English region's name opens with "the", or stands where no capitalised word is just
# before it (a heading, "South West - …", "across North West England"), as one would in a
# seat's name ("Sheffield South East"; ``_matches`` looks).
_THE = r"(?:[Tt]he[ \u00a0]+)?"
# (pattern, the area's name as results.national names it; "The South East" opening a
# sentence too)
_AREAS = [
    (r"Scotland|Scottish(?![ \u00a0]+National)", "Scotland"),
    (r"Wales|Welsh", "Wales"),
    (r"Northern[ \u00a0]+Ireland", "Northern Ireland"),
    (r"England|English(?![ \u00a0]+Democrats?)", "England"),
    (r"London(?![ \u00a0]+(?:Road|Bridge))", "London"),
    (rf"{_THE}North[ \u00a0]+East", "North East"),
    (rf"{_THE}North[ \u00a0]+West", "North West"),
    (r"Yorkshire(?:[ \u00a0]+and[ \u00a0]+the[ \u00a0]+Humber)?", "Yorkshire and The Humber"),
    (rf"{_THE}East[ \u00a0]+Midlands", "East Midlands"),
    (rf"{_THE}West[ \u00a0]+Midlands", "West Midlands"),
    (rf"{_THE}East[ \u00a0]+of[ \u00a0]+England", "East of England"),
    (rf"{_THE}South[ \u00a0]+East", "South East"),
    (rf"{_THE}South[ \u00a0]+West", "South West"),
]
# A capitalised word straight after makes it part of a seat's name ("London Road", "the
# South West Norfolk seat" is caught by this too).
_AREA_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_AREAS)) + r")\b"
    r"(?![ \u00a0]+(?!Labour|Conservatives?|Tor(?:y|ies)|Liberal|Lib|Greens?|Reform|Plaid|SNP|"
    r"Sinn|DUP|SDLP|UUP|TUV|Alliance|Independents?)[A-Z])"
)


# A word each of ``_AREAS`` has in it: a sentence without one names no area (searched for
# first, as it is several times faster than ``_AREA_RE``).
_AREA_WORD = re.compile(r"Scot|Wales|Welsh|North|Engl|London|Yorkshire|East|West|South")


def _matches(sentence: str) -> list[re.Match[str]]:
    """``_AREA_RE``'s matches in ``sentence``, but a region named without "the" just after a
    capitalised word: part of a seat's name ("Sheffield South East")."""
    return [
        m
        for m in _AREA_RE.finditer(sentence)
        if _AREAS[int(m.lastgroup[1:])][1] not in _COMPASS
        or sentence.startswith(("the", "The"), m.start())
        or not _CAPITALISED_BEFORE.search(sentence, 0, m.start())
    ]


# English regions named by the points of the compass.
_COMPASS = frozenset(
    ["North East", "North West", "East Midlands", "West Midlands", "East of England",
     "South East", "South West"]
)  # fmt: skip
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*[ \u00a0]$")


def area_named(sentence: str, at: int | None = None) -> str | None:
    """The name of the nation or English region ``sentence`` speaks of, or None, as
    ``results.national.Area.name`` has it ("Scotland", "North East"): the one named
    just after offset ``at`` (a figure's: "38 of 46 seats in the East Midlands and 44 of 59
    in the West Midlands"), else nearest it, when given; else the first ("26 of the North
    East's 27 seats, and 65 of the 73 in the North West")."""
    if _AREA_WORD.search(sentence) is None:
        return None
    found = _matches(sentence)
    if not found:
        return None
    nearest = found[0]
    if at is not None:
        placed = _placed_after(sentence, found, at)
        if placed is not None:
            nearest = placed  # "38 of 46 in the East Midlands and 44 of 59 in the West…"
        else:
            # in the figure's own part of the sentence, if named there ("In the South West
            # the party won 22 seats; in the South East, 24")
            lo, hi = sentence.rfind(";", 0, at) + 1, sentence.find(";", at)
            own = [m for m in found if lo <= m.start() and (hi < 0 or m.start() < hi)]
            nearest = min(own or found, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
            if nearest.start() > at and _A_FIGURE_OF_ITS_OWN.match(sentence, nearest.end()):
                # "at 65.8 per cent, still close to the Welsh average of 66.6": Wales's is
                # the figure after it; this one is the area named before it, if any
                before = [m for m in found if m.end() <= at]
                if not before:
                    return None
                nearest = before[-1]
    return _AREAS[int(nearest.lastgroup[1:])][1]


# After an area's name, a figure that is the area's own: "Welsh average of 66.6",
# "Scotland's 63.2%", "Wales, where it was 61.2%".
_A_FIGURE_OF_ITS_OWN = re.compile(
    r"(?:(?:'s|\u2019s)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}|[ \u00a0]+(?:average|figure|total|rate|"
    r"turnout|share|mean)[^,;.\d]{0,12}|,[ \u00a0]+where\b[^,;.\d]{0,30})(?!(?:19|20)\d\d\b)\d"
)


# From a figure to the area it is placed in, named just after it: "44 of 59 in ", "44 seats
# across ", "33.7 per cent in ", "47 of Scotland's", "12 Welsh seats".
_PLACED_IN = re.compile(
    r"\S+(?:[ \u00a0]+(?:per[ \u00a0]+cent|points?|seats?|constituencies|MPs|of|out|the|its|"
    r"their|votes?|share|[\d,]+))*(?:[ \u00a0]+(?:in|across|of))?[ \u00a0]+"
)


def area_placed_after(sentence: str, at: int) -> str | None:
    """The nation or region named just after the figure at offset ``at``, placing it there
    ("44 of 59 in the West Midlands", "47 of Scotland's 59", "12 Welsh seats"), or None."""
    if _AREA_WORD.search(sentence, at) is None:
        return None
    placed = _placed_after(sentence, _matches(sentence), at)
    return _AREAS[int(placed.lastgroup[1:])][1] if placed is not None else None


def _placed_after(sentence: str, found: list[re.Match[str]], at: int) -> re.Match[str] | None:
    """Of ``found`` (``_matches``), the area named just after offset ``at`` that the words
    between place the figure in (``_PLACED_IN``), or None."""
    placed = next((m for m in found if at < m.start() <= at + 48), None)
    if placed is not None and _PLACED_IN.fullmatch(sentence, at, placed.start()):
        return placed
    return None


def areas_named(sentence: str) -> list[tuple[int, str]]:
    """``(offset, name)`` of every nation or region ``sentence`` names, in order."""
    if _AREA_WORD.search(sentence) is None:
        return []
    return [(m.start(), _AREAS[int(m.lastgroup[1:])][1]) for m in _matches(sentence)]


def area_positions(sentence: str, name: str) -> list[int]:
    """Where ``sentence`` names the area ``name`` (as ``area_named`` gives it)."""
    return [at for at, named in areas_named(sentence) if named == name]


def area_of(summed: ElectionFigures, name: str | None) -> AreaFigures:
    """The figures of the area named (``area_named``), else the UK's."""
    if name:
        for area in (*summed.nations, *summed.regions):
            if area.area.name == name:
                return area
    return summed.uk
