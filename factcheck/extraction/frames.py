"""What frames a sentence from before it: the last seat named, its paragraph's area and year.

Plain Python. A round-up moves from seat to seat ("Chi Onwurah held Newcastle upon Tyne
Central by 12,278 votes. Bridget Phillipson held Houghton and Sunderland South by 3,115.
The Brexit Party came third with 6,165 votes."), and an overview from nation to nation
("In Wales, Labour won 27 of the 32 seats. Reform UK came third with 16.9%."): the
sentence holding a figure may not name the seat or the area it speaks of. The checker
reads these (``Claim.seat_before``, ``Claim.area_before``, ``Claim.year_before``) before
it calls such a figure inaccurate (``factcheck.checking.doubts``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .elections import MONTHS
from .mentions import MentionIndex, owns_the_party_after

__all__ = ["area_before", "frame_before", "notional_before", "year_before"]

# A nation, an English region, or a word for part of the country, not inside a name
# ("South West Norfolk", "London Road": a capitalised word follows).
_AREA = re.compile(
    r"\b(?:Scotland|Scottish(?![ \u00a0]+National)|Wales|Welsh|Northern[ \u00a0]+Ireland|"
    r"England|London|Yorkshire|"
    r"(?:the[ \u00a0]+|^)(?:North[ \u00a0]+East|North[ \u00a0]+West|East[ \u00a0]+Midlands|"
    r"West[ \u00a0]+Midlands|East[ \u00a0]+of[ \u00a0]+England|South[ \u00a0]+East|"
    r"South[ \u00a0]+West)|[Rr]egion|[Cc]ounty)\b(?![ \u00a0]+[A-Z])"
)
# A sentence that opens on a year: "In December 2019 …", "Back in 2019, …", "At the 2017
# election …".
_OPENS_ON_A_YEAR = re.compile(
    r"(?:^|(?<=[.!?])[ \u00a0]+)(?:[A-Z][^.!?\n:]{0,40}:[ \u00a0]+)?(?:(?:Back[ \u00a0]+in|In|"
    r"At|in|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:actual|real|original|last)[ \u00a0]+)?"
    rf"(?:(?:{MONTHS})[ \u00a0]+)?((?:19|20)\d\d)\b|When\b[^.!?\n,]{{0,80}}?\b(?:in|at)"
    rf"[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:{MONTHS})[ \u00a0]+)?((?:19|20)\d\d),|"
    r"(?:(?:Compare|Contrast)[ \u00a0]+(?:that|this|it)[ \u00a0]+with[ \u00a0]+the|The)[ \u00a0]+"
    r"(?:actual|real|original)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+"
    r"(?:contest|election|result|race|poll)\b|"
    rf"[A-Z][^.!?\n\d,;:]{{0,40}}\b(?:in|by)[ \u00a0]+(?:(?:{MONTHS})[ \u00a0]+)?"
    r"((?:19|20)\d\d)\.)",
    re.MULTILINE,
)  # "The old seat: in the actual 2019 election, …", "The real 2019 contest, …" too, and a
# short sentence that only dates what follows: "The reckoning came in July 2024."
# Words a heading in capitals writes that are lower-case in a name.
# The words of areas' names (and of names holding one): in a heading in capitals, only
# these keep a capital ("WALES AT A GLANCE" is "Wales at a glance", framing Wales).
_AREA_WORDS = frozenset([
    "SCOTLAND", "SCOTTISH", "NATIONAL", "WALES", "WELSH", "NORTHERN", "IRELAND", "ENGLAND",
    "LONDON", "YORKSHIRE", "NORTH", "SOUTH", "EAST", "WEST", "MIDLANDS", "HUMBER",
])  # fmt: skip
# The longest line of a box or table whose heading frames it ("Labour: 37 seats, 35.3%").
_BOX_LINE = 80
# How much of the paragraph above is read (its end: the sentences nearest), and of the
# sentence's own paragraph.
_PARAGRAPH_MOST = 600
_PARAGRAPH_LONGEST = 3000
# What makes an area named no frame: "Speaking in London", "the Bank of England".
_NOT_A_FRAME = re.compile(r"(?:\b\w+ing[ \u00a0]+(?:in|to|from)|\bBank[ \u00a0]+of)[ \u00a0]+$")
# Before a party's leader named as such: "won under Jeremy Corbyn".
_AS_LEADER = re.compile(r"\bunder[ \u00a0]+$")
# How far back a seat named before a sentence is looked for (mentions).
_SEATS_BACK = 400


def frame_before(
    text: str,
    mentions: MentionIndex,
    pos: int,
    election: str | None,
    years: frozenset[int] = frozenset(),
) -> tuple[str | None, str | None, int | None, bool]:
    """``(seat_before, area_before, year_before, notional_before)`` of the sentence starting
    at offset ``pos``: the last seat named before it (``_last_seat``), the area its
    paragraph names (``area_before``), the year an earlier sentence of its paragraph opens
    on (``year_before``; ``years``: the years of the loaded elections) and whether one opens
    on a notional result (``notional_before``).
    When the area is named after that seat, the text has moved on from the seat ("… in
    Brecon, Radnor and Cwm Tawe. / Labour's Welsh share fell. Turnout fell to 56.2%"): no
    seat frames it."""
    seat = _last_seat(text, mentions, pos, election)
    area = _area_at(text, pos)
    if seat is not None and area is not None and area[1] >= seat[1]:
        seat = None
    return (
        seat[0] if seat else None,
        area[0] if area else None,
        year_before(text, pos, years),
        notional_before(text, pos),
    )


def year_before(text: str, pos: int, years: frozenset[int] = frozenset()) -> int | None:
    """The year a sentence of the paragraph before offset ``pos`` (a sentence's start; its
    last ``_PARAGRAPH_MOST`` characters) opens on, the last such: "In December 2019
    Mordaunt won 28,172 votes. Her majority was 15,780" speaks of 2019 in both; so does a
    "When …" clause opening on one ("When Labour's Mike Hill held Hartlepool in December
    2019, it felt like a narrow escape."), or a short sentence ending in the year of a loaded
    election (``years``: "The reckoning came in July 2024.", "The Conservatives held it in
    2019."), or the year of the heading line above it ("AND THEN
    2024"; not "Worst since 1906"), or, when it opens on "That contest", "That
    election" and the like, the year of the last election the paragraph before names as
    one ("the 2019 result"; not "its best since 1997"). None when none does."""
    start = _paragraph_start(text, pos)
    year = None
    for opening in _OPENS_ON_A_YEAR.finditer(text, start, pos):
        if opening.group(4) and int(opening.group(4)) not in years:
            continue  # a short sentence ending in a year of no loaded election ("Mike Hill
            # won Hartlepool in 2017.", "Keir Starmer became Labour leader in 2020.")
        year = int(opening.group(1) or opening.group(2) or opening.group(3) or opening.group(4))
    if year is None:
        year = _heading_year(text, pos)
    if year is None and start and _OPENS_ON_THAT.match(text, start):
        # "… is simply the 2019 result.\n\nThat contest was a straight four-way fight"
        years = _THE_YEARS_CONTEST.findall(text, max(0, start - 200), start)
        return int(years[-1]) if years else None
    return year


# A heading's line: a few words and at most a year, no other figure, no full stop ("AND THEN
# 2024", "The 2019 result", "THE TALLY").
_A_HEADING = re.compile(
    r"^[ \t]*(?=[^\n]{1,40}$)(?:[A-Za-z'\u2019&: -]*?\b((?:19|20)\d\d)\b[A-Za-z'\u2019&: -]*|"
    r"[A-Za-z][A-Za-z'\u2019&: -]*[A-Za-z:])[ \t]*$",
    re.MULTILINE,
)


_A_HEADINGS_COMPARISON = re.compile(
    r"\b(?:since|before|after|until|than)[ \u00a0]+(?:the[ \u00a0]+)?(?:19|20)\d\d", re.IGNORECASE
)


@lru_cache(maxsize=8)
def _headings(text: str) -> tuple[list[int], list[int | None]]:
    """Where each heading line of ``text`` ends, and the year it names (None if none): read
    once for a text (a ``str`` keeps its hash, so the cache finds it again at once)."""
    ends, years = [], []
    for m in _A_HEADING.finditer(text):
        if not m.start():
            continue  # the title, which frames no part ("Five years on from 2019")
        if m.group(1) and _A_HEADINGS_COMPARISON.search(m.group(0)):
            continue  # "Worst since 1906", "Lessons from 2019": no part's year
        ends.append(m.end())
        years.append(int(m.group(1)) if m.group(1) else None)
    return ends, years


def _heading_year(text: str, pos: int) -> int | None:
    """The year the last heading line before offset ``pos`` names ("AND THEN 2024" over the
    paragraphs below it), within ``_PARAGRAPH_LONGEST`` characters; None when that heading
    names none (a new part: "THE TALLY") or none stands there."""
    ends, years = _headings(text)
    i = bisect_right(ends, pos) - 1
    if i < 0 or pos - ends[i] > _PARAGRAPH_LONGEST:
        return None
    return years[i]


# A paragraph opening on the election the one before named last: "That contest was …".
_OPENS_ON_THAT = re.compile(r"That[ \u00a0]+(?:contest|election|race|poll|vote)\b")
# An election the paragraph before names as such: "the 2019 result", "the 2019 election".
_THE_YEARS_CONTEST = re.compile(
    r"\b(?:the|that)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+(?:general[ \u00a0]+)?"
    r"(?:election|result|contest|race|poll|vote)\b"
)


# A sentence opening on a notional result: "On the notional figures, the Conservatives would
# have won Clacton …", "Notionally, Labour had 41.2%".
_OPENS_ON_NOTIONAL = re.compile(
    r"(?:^|(?<=[.!?])[ \u00a0]+)(?:(?:On|Under|By|From|According[ \u00a0]+to|Based[ \u00a0]+on)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:Library's[ \u00a0]+|Library\u2019s[ \u00a0]+)?"
    r"notional\b|Notionally\b)",
    re.MULTILINE,
)


def notional_before(text: str, pos: int) -> bool:
    """Whether a sentence of the paragraph before offset ``pos`` (a sentence's start; its
    last ``_PARAGRAPH_MOST`` characters) opens on a notional result ("On the notional
    figures, the Conservatives would have won Clacton with 32,825 votes. The Liberal
    Democrats were a distant third on 2,829"): its figures may be that result's."""
    return _OPENS_ON_NOTIONAL.search(text, _paragraph_start(text, pos), pos) is not None


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph before offset ``pos`` opens, looking back ``_PARAGRAPH_MOST``
    characters at most (``year_before``, ``notional_before``)."""
    floor = max(pos - _PARAGRAPH_MOST, 0)
    return text.rfind("\n", floor, pos) + 1 or floor


def _last_seat(
    text: str, mentions: MentionIndex, pos: int, election: str | None
) -> tuple[str, int] | None:
    """The key of the last seat named before offset ``pos``, by its name or by a candidate
    who stood in one seat only at ``election`` (not a party's leader named as such: "the
    10.3 million it notionally won under Jeremy Corbyn", "Keir Starmer's Labour"), and the
    offset its mention ends at; None when none is."""
    found = mentions.mentions
    i = mentions.before(pos)
    stop = max(i - _SEATS_BACK, 0)
    while i > stop:
        i -= 1
        m = found[i]
        if (m.const is not None or m.is_person) and _a_heading_between(text, mentions, m.end, pos):
            return None  # "… 6. Lagan Valley: … / THE TALLY / Across the six seats …"
        if m.const is not None:
            return m.const.key, m.end
        if m.is_person and m.cands and not _AS_LEADER.search(text, max(0, m.start - 8), m.start):
            if owns_the_party_after(text, m, found[i + 1] if i + 1 < len(found) else None):
                continue  # "Keir Starmer's Labour", "Rishi Sunak's party"
            seats = {c.constituency for c in m.cands if c.election == election}
            if len(seats) == 1 and None not in seats:
                return seats.pop(), m.end
    return None


def _a_heading_between(text: str, mentions: MentionIndex, start: int, end: int) -> bool:
    """Whether a heading that names no one opens a new part of the text between offsets
    ``start`` and ``end``: a line of its own of a few words, no figure and no full stop
    ("THE TALLY", "The final count")."""
    at = text.find("\n", start, end)
    while at >= 0:
        stop = text.find("\n", at + 1, end)
        if stop < 0:
            return False
        line = text[at + 1 : stop].strip()
        if (
            line
            and len(line) <= 40
            and _HEADING_LINE.fullmatch(line)
            and not mentions.between(at + 1, stop)
        ):
            return True
        at = stop
    return False


# A heading's line: words, no digits, no full stop at its end.
_HEADING_LINE = re.compile(r"[A-Za-z][A-Za-z'\u2019&: -]*[A-Za-z:]")


def area_before(text: str, pos: int) -> str | None:
    """A nation, region or other area (as written) named before offset ``pos`` (a
    sentence's start) in its paragraph (its last ``_PARAGRAPH_LONGEST`` characters) or the
    paragraph above (its last ``_PARAGRAPH_MOST``), or in a heading line; None when none is. An area
    where someone was ("Speaking in London") or a name that holds one ("the Bank of
    England") is no frame."""
    found = _area_at(text, pos)
    return found[0] if found else None


def _area_at(text: str, pos: int) -> tuple[str, int] | None:
    """``area_before``'s area and the offset it is named at. Its own paragraph is read back
    ``_PARAGRAPH_LONGEST`` characters at most, the one above ``_PARAGRAPH_MOST``: a text
    on one line of a megabyte is read once, not once a sentence."""
    floor = max(pos - _PARAGRAPH_LONGEST, 0)
    newline = text.rfind("\n", floor, pos)
    start = newline + 1 if newline >= 0 else floor
    found = _framing_area(text[start:pos])
    if found is None and newline >= 0:
        end = start - 1
        while end > 0 and text[end - 1] in "\r\n":
            end -= 1  # past blank lines, "\r\n" or "\n"
        above = max(end - _PARAGRAPH_MOST, 0)
        while found is None and end > above:
            start = max(text.rfind("\n", above, end) + 1, above)
            found = _framing_area(text[start:end])
            # the lines of a box or table go on to its heading ("THE SCOTTISH RESULT /
            # Labour: 37 seats … / SNP: 9 seats …"); a blank line ends them
            if end - start > _BOX_LINE:
                break  # a paragraph of prose, not a box's line
            end = start - 1  # the newline ending the line above
            if end > 0 and text[end - 1] == "\r":
                end -= 1
            if start <= above or end <= 0 or text[end - 1] == "\n":
                break
    if found is None:
        return None
    name, at = found
    return name.replace("\u00a0", " "), start + at


def _framing_area(passage: str) -> tuple[str, int] | None:
    if passage.isupper():  # a heading in capitals: "SOUTH EAST", "EAST OF ENGLAND"
        passage = " ".join(
            w.capitalize() if w in _AREA_WORDS else w.lower() for w in passage.split(" ")
        )
    for found in _AREA.finditer(passage):
        if not _NOT_A_FRAME.search(passage, 0, found.start()):
            return found.group(0), found.start()
    return None
