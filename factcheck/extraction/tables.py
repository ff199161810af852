"""Results tables pasted as text: what each column of figures holds, read from its heading.

A table is a run of lines split into cells by tabs or by " | " (Markdown's "|---|" rule
lines skipped), the first of them a row of headings: words, with no figure but a year.
"Majority", "Turnout %", "Votes", "Share", "Con share", "Change (pts)", "SNP 2024": a
heading names what its column measures, and may name a party and an election. A column
of votes or shares after a "Runner-up" or "Second" column is the runner-up's.

``column_at`` gives the ``Column`` a figure stands in, or None: outside a table, under a
heading that names nothing Tally reads (a notional result, an electorate, a "+/-" whose
measure the table leaves open), or when the row is not as wide as its heading row. Plain
Python; the heading rows are read once per table (``ArticleContext.tables``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Column", "column_at", "is_row"]

# Cells: split on tabs or on a bar with a space beside it ("Edgbaston | Preet Gill | 16,599").
_CELL_SPLIT = re.compile(r"\t+|[ \u00a0]*\|[ \u00a0]*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# What a heading says its column measures, in the order they are tried.
_KINDS = (
    ("change", re.compile(r"\bchange\b|\bchg\b|\+/-|\+/\u2212|\u00b1", re.IGNORECASE)),
    ("majority", re.compile(r"\bmaj(?:ority|\.)?\b", re.IGNORECASE)),
    ("turnout", re.compile(r"\bturnout\b", re.IGNORECASE)),
    ("share", re.compile(r"\bshare\b|%|\bper[ \u00a0]?cent\b|\bpc\b", re.IGNORECASE)),
    ("votes", re.compile(r"\bvotes?\b", re.IGNORECASE)),
)
_RUNNER_UP = re.compile(r"\b(?:runner-?up|second|beat|defeated)\b", re.IGNORECASE)
_WINNER = re.compile(r"\b(?:winner|elected|mp|won)\b", re.IGNORECASE)
# A column of people that ends a runner-up's run of columns: "Winner", "Elected", "Third".
_OTHER_PERSON = re.compile(r"\b(?:winner|elected|mp|third|fourth|incumbent)\b", re.IGNORECASE)
# What a change may be a change in, other than a share: not read from a column ("Majority
# change", "Turnout change (pts)", "Seats +/-"; "Votes change", but "Vote share change" is
# a share's).
_OTHER_CHANGE = re.compile(r"\bmaj(?:ority|\.)?\b|\bturnout\b|\bseats\b|\bMPs\b", re.I)
_VOTES_CHANGE = re.compile(r"\bvotes?\b(?![ \u00a0]+share)", re.IGNORECASE)
_SEATS = re.compile(r"\b(?:seats|MPs|won)\b", re.IGNORECASE)
# A change the heading says is in share: "Share change", "Change (pts)", "+/- %".
_SHARE_CHANGE = re.compile(r"\bshare\b|\bpts\b|\bpoints\b|\bppts?\b|%", re.IGNORECASE)
_NOT_READ = re.compile(r"\bnotional\b|\belectorate\b|\bswing\b|\bseats?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of figures: ``kind`` ("majority", "turnout", "change", "share" or
    "votes"), the party its heading names as written (None: the row's winner, or the
    runner-up), the year it names (None: none), and the heading. ``runner_up`` is the
    place of the "Runner-up" column its figures belong to, else None."""

    kind: str
    party: str | None
    year: int | None
    runner_up: int | None
    heading: str
    index: int  # the column's place in its row, from 0


@dataclass(frozen=True, slots=True)
class _Table:
    columns: tuple[Column | None, ...]
    width: int
    cell_spans: tuple[tuple[int, int], ...] = ()  # the heading row's cells (text offsets)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of the cells of line ``text[start:end]``, the empty ones
    a leading or closing bar leaves dropped (a closing carriage return too)."""
    while end > start and text[end - 1] in "\r \u00a0":
        end -= 1
    spans = []
    pos = start
    for m in _CELL_SPLIT.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    while spans and spans[0][0] >= spans[0][1]:
        spans.pop(0)
    while spans and spans[-1][0] >= spans[-1][1]:
        spans.pop()
    return spans


# A Markdown rule between the heading row and the rows: "|---|---|", "---|---", ":--|--:".
_RULE = re.compile(r"[ \t|:+-]*-{3,}[ \t|:+-]*\r?")


def is_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` may be a table's row: cells split by a tab or
    " | ", or a line opening on a bar, or a Markdown rule."""
    line = text[start:end]
    return (
        "\t" in line
        or " | " in line
        or line.lstrip().startswith("|")
        or ("-" in line and _RULE.fullmatch(line) is not None)
    )


def _column(heading: str, index: int, runner_up: int | None, turnout_table: bool) -> Column | None:
    """What a heading says its column holds, or None when it names nothing Tally reads."""
    if _NOT_READ.search(heading):
        return None
    years = [int(y) for y in _YEAR.findall(heading)]
    year = years[0] if len(years) == 1 else None
    if len(years) > 1:
        return None  # "2019 v 2024": a change between the two
    kind = next((k for k, pattern in _KINDS if pattern.search(heading)), "")
    if kind == "change" and (
        turnout_table or _OTHER_CHANGE.search(heading) or _VOTES_CHANGE.search(heading)
    ):
        return None  # a change in turnout, a majority, votes or seats: not read
    if kind in ("majority", "votes") and "%" in heading:
        return None  # "Majority %": a share of the votes, not a count
    words = _YEAR.sub("", heading)
    for _kind, pattern in _KINDS:
        words = pattern.sub("", words)
    words = re.sub(
        r"[()%+/\u2212\u00b1.:-]|\b(?:pts|points|ppts|pp|in|of|the|vote|won)\b", " ", words
    )
    party = " ".join(words.split()) or None
    if party and (_RUNNER_UP.search(party) or _WINNER.search(party)):
        party = None
    if not kind:
        if party is None or year is None:
            return None
        kind = "level"  # "SNP 2024": the party's figure, its unit the cell's
    return Column(kind, party, year, runner_up if party is None else None, heading, index)


def _change_column(
    column: Column, before: list[Column | None], seats_table: bool, has_share: bool
) -> Column | None:
    """A "Change" column as a change in share, when the table says so: its heading says
    share or points ("Share change", "Change (pts)"), or names a party in a table of
    shares ("Lab change"), or it follows a column of shares, whose party or runner-up it
    takes ("Share % | Change"). A bare change beside seats ("Seats | +/-") is not read."""
    said = _SHARE_CHANGE.search(column.heading)
    if seats_table and not said:
        return None
    if said or (column.party is not None and has_share):
        return column
    previous = before[-1] if before else None
    if previous is None or previous.kind not in ("share", "level"):
        return None
    return Column(
        "change",
        previous.party,
        column.year,
        previous.runner_up,
        column.heading,
        column.index,
    )


def _read_table(text: str, start: int, end: int) -> _Table | None:
    """The columns a heading row (the line ``text[start:end]``) names, or None when it is
    no heading row (a figure in it, or nothing Tally reads)."""
    cells = _cells(text, start, end)
    headings = [text[a:b].strip() for a, b in cells]
    if len(headings) < 2 or any(_DIGIT.search(_YEAR.sub("", h)) for h in headings):
        return None
    turnout_table = any("turnout" in h.lower() for h in headings) and not any(
        "share" in h.lower() or "votes" in h.lower() for h in headings
    )
    # "Party | Seats | Change | Votes | Share %": a change beside seats may be in seats
    seats_table = any(_SEATS.search(h) for h in headings)
    has_share = any(p.search(h) for h in headings for k, p in _KINDS if k == "share")
    columns: list[Column | None] = []
    runner_up = None
    for i, heading in enumerate(headings):
        measured = any(p.search(heading) for _k, p in _KINDS)
        if _RUNNER_UP.search(heading) and not measured:
            runner_up = i
            columns.append(None)
            continue
        if _OTHER_PERSON.search(heading) and not measured:
            runner_up = None  # "Runner-up | Votes | Winner | Votes": the winner's now
            columns.append(None)
            continue
        column = _column(heading, i, runner_up, turnout_table)
        if column is not None and column.kind == "change":
            column = _change_column(column, columns, seats_table, has_share)
        columns.append(column)
    if not any(columns):
        return None
    # "SNP 2019 | SNP 2024 | Change": a change beside one party's columns is that party's
    parties = {c.party for c in columns if c is not None and c.kind in ("level", "share")}
    parties.discard(None)
    if len(parties) == 1 and all(c is None or c.kind != "share" or c.party for c in columns):
        (party,) = parties
        columns = [
            Column(c.kind, party, c.year, None, c.heading, c.index)
            if c is not None and c.kind == "change" and c.party is None and c.runner_up is None
            else c
            for c in columns
        ]
    return _Table(tuple(columns), len(headings), tuple(cells))


def column_at(
    text: str, pos: int, cache: dict[object, object]
) -> tuple[Column, tuple[int, int], list[tuple[int, int]]] | None:
    """The column of the table row holding offset ``pos`` of ``text``, with its heading
    cell's (start, end) offsets and the row's cells' (start, end) offsets, or None (see
    the module's docstring). ``cache`` holds, per article, each row's heading row (by line
    offset) and what was read of each heading row (by ``("table", offset)``): every line
    is looked at once."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if line_end < 0:
        line_end = len(text)
    if not is_row(text, line_start, line_end):
        return None
    start = _heading_row(text, line_start, cache)
    key = ("table", start)
    if key not in cache:
        end = text.find("\n", start)
        cache[key] = _read_table(text, start, end if end >= 0 else len(text))
    table = cache[key]
    if not isinstance(table, _Table) or start == line_start:
        return None
    key = ("cells", line_start)  # a long row's figures split it once
    cells = cache.get(key)
    if cells is None:
        cells = cache[key] = _cells(text, line_start, line_end)
    if len(cells) != table.width:
        return None
    for i, (a, b) in enumerate(cells):
        if a <= pos <= b:
            column = table.columns[i]
            return (column, table.cell_spans[i], cells) if column is not None else None
    return None


def _heading_row(text: str, line_start: int, cache: dict[object, object]) -> int:
    """The offset of the first line of the block of rows holding the line at
    ``line_start``; remembered for every line walked over."""
    walked = []
    start = line_start
    while True:
        known = cache.get(start)
        if isinstance(known, int):
            start = known
            break
        walked.append(start)
        if start == 0:
            break
        prev_start = text.rfind("\n", 0, start - 1) + 1
        if not is_row(text, prev_start, start - 1):
            break
        start = prev_start
    for line in walked:
        cache[line] = start
    return start
