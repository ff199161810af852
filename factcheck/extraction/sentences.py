"""Sentence and paragraph boundaries, and spans that never hold claims.

Context for every figure is read inside its sentence, so sentences must be cheap to find
and tolerant of newsroom copy: headlines and results lines have no full stop (a line break
always ends a sentence), bullets ("•", "-") lead lines, and "Mr." or "St." do not end one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "mask_spans", "in_spans", "paren_levels", "level_at"]

# One character class first (so ``re`` skips ahead): a line break, or a run of [.!?] before
# closing quotes and the next sentence's first character.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)|[.!?]*[\u201d\u2019\"')\]]*"
    r"(?=[ \t\u00a0]+[\u201c\u2018\"'(\[]?[A-Z0-9\u00a3\u2022]))"
)
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "prof",
        "sr",
        "jr",
        "no",
        "vs",
        "gen",
        "col",
        "rev",
        "sen",
        "rep",
        "gov",
        "inc",
        "ltd",
        "co",
        "mt",
        "cllr",
        "capt",
        "lt",
        "sgt",
        "hon",
        "rt",
        "esq",
        "approx",
        "c",
        "v",
    ]
)
_LEAD = " \t\u00a0\u2022\u00b7\u25aa\u25cf*>\u2013\u2014-"
# HTML tags and entities, URLs, ISO and numeric dates, clock times. Each regex starts with
# a literal or a character class so ``re`` can skip ahead; word boundaries are checked in code.
_MASKS = (
    re.compile(r"<[^<>]{0,400}>|&#?[A-Za-z0-9]{1,8};"),
    re.compile(r"(?:https?://|www\.)[^\s<>\"]+"),
    re.compile(
        # what every branch needs within its first characters, tested first (a digit is
        # mostly followed by more digits, a comma or a space and a word)
        r"[0-9](?=[0-9]{3}-|[0-9]?(?:[/.:][0-9]|[ \u00a0]?[ap]|[ \u00a0]o))"
        r"(?:[0-9]{3}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])|[0-9]?[/.][0-9]{1,2}[/.][0-9]{2,4}(?![0-9])"
        r"|[0-9]?:[0-9]{2}(?::[0-9]{2})?(?:[ \u00a0]?(?:[ap]\.?m\.?|BST|GMT))?"
        r"|[0-9]?(?:[.:][0-9]{2})?[ \u00a0]?(?:[ap]\.m\.|[ap]m\b)"
        r"|[0-9]?[ \u00a0]o[\u2019']clock\b)",
        re.IGNORECASE,
    ),
)
_EMAIL_LEFT = re.compile(r"[\w.+-]+$")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")


@dataclass(slots=True)
class Sentence:
    """A sentence as offsets into the text: ``start``/``end``, trimmed of bullets and spaces."""

    start: int
    end: int
    para_start: int  # start of the line it is in, for quotes spanning sentences

    def text(self, source: str) -> str:
        """The sentence's text in ``source``, the text it was found in."""
        return source[self.start : self.end]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as (start, end) spans of ``text``, bullets and spaces trimmed."""
    out: list[Sentence] = []
    start = 0
    para = 0
    for m in _BOUNDARY.finditer(text):
        j = m.start()
        if text[j] == "\n":  # the boundary is a line break (a [.!?] run never holds one)
            if j > start:  # not an empty line
                if text[start] in _LEAD or text[j - 1].isspace():
                    _add(out, text, start, j, para)
                else:  # nothing to trim: ``_add``'s work done here
                    out.append(Sentence(start, j, para))
            start = para = j + 1
            continue
        # The word before the stop: only an abbreviation (at most six letters) or a lone
        # capital keeps the sentence going, so look at most seven letters back.
        seg = text[max(start, j - 7) : j]
        if len(seg) < 7 or not seg.isalpha():  # else a long word: "elections."
            k = len(seg)
            while k and seg[k - 1].isalpha():
                k -= 1
            word = seg[k:]
            if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
                continue
        end = m.end()
        if start < end and (text[start] in _LEAD or text[end - 1].isspace()):
            _add(out, text, start, end, para)
        elif start < end:  # nothing to trim: ``_add``'s work done here
            out.append(Sentence(start, end, para))
        start = end
    _add(out, text, start, len(text), para)
    if any(s.end - s.start > MAX_SENTENCE for s in out):
        out = [piece for s in out for piece in _pieces(text, s)]
    return out


# No real sentence comes near this (the dev set's longest is under 400 characters); a
# "sentence" longer is a run-on line (a pasted table, a feed's body on one line), read in
# pieces so the work per figure, which looks across its sentence, stays bounded and
# extraction stays linear in the text.
MAX_SENTENCE = 1_000
_SPACES = " \t\u00a0"


def _pieces(text: str, s: Sentence) -> list[Sentence]:
    """``s`` itself, or consecutive pieces of it of at most ``MAX_SENTENCE`` characters,
    each ending at the last break in its window (``_clause_break``); a window with no
    break is cut at the limit."""
    if s.end - s.start <= MAX_SENTENCE:
        return [s]
    out: list[Sentence] = []
    start = s.start
    while s.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = _clause_break(text, start + 1, limit)
        if cut is None:
            # no break at all: cut at the limit, but not inside a number ("…1234|5 12…")
            back = limit
            while back > start + 1 and text[back - 1].isdigit() and text[back].isdigit():
                back -= 1
            cut = (back, back) if back > start + 1 else (limit, limit)
        end, after = cut
        out.append(Sentence(start, end, s.para_start))
        start = after
    out.append(Sentence(start, s.end, s.para_start))
    return out


# A clause mark before spaces, and a run of spaces.
_MARK_BREAK = re.compile(r"[,;:][ \t\u00a0]+")
_SPACE_RUN = re.compile(r"[ \t\u00a0]+")


def _clause_break(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last break in ``text[lo:hi]`` as (end of the piece before it, start of the
    next): a clause mark (",", ";", ":") before spaces, else a run of spaces not between
    two digits (which may group a number's digits: "24 120"); None when there is none.
    One forward scan of the window for each kind."""
    mark = None
    for found in _MARK_BREAK.finditer(text, lo, hi):
        mark = found
    if mark is not None:
        return mark.start() + 1, mark.end()
    space = None
    for m in _SPACE_RUN.finditer(text, lo, hi):
        if not (text[m.start() - 1].isdigit() and text[m.end() : m.end() + 1].isdigit()):
            space = m
    return (space.start(), space.end()) if space is not None else None


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    if start < end and text[start] in _LEAD:
        while start < end and text[start] in _LEAD:
            # a lone "-" or "•" leads a bullet; a "-" glued to a word ("-4.1") does not
            if text[start] in "-\u2013\u2014*" and start + 1 < end and text[start + 1] not in " \t":
                break
            start += 1
    if end > start and text[end - 1].isspace():
        while end > start and text[end - 1].isspace():
            end -= 1
    if end > start:
        out.append(Sentence(start, end, para))


def mask_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (tags, URLs, dates, times) whose digits are not figures."""
    spans: list[tuple[int, int]] = []
    tags, urls, times = _MASKS
    # ``in`` is much faster than a regex scan; most copy has no tags, entities or URLs
    if "<" in text or "&" in text:
        spans.extend(m.span() for m in tags.finditer(text))
    if "://" in text or "www." in text:
        spans.extend(m.span() for m in urls.finditer(text))
    for m in times.finditer(text):
        a = m.start()
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in ",."):
            continue
        spans.append(m.span())
    at = text.find("@")
    while at >= 0:
        left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls inside one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_PAREN = re.compile(r"[()]|[ \u00a0][\u2013\u2014-][ \u00a0]")


def paren_levels(sentence: str) -> list[tuple[int, int]]:
    """(offset, depth) change points: inside "( ... )" or a " – ... – " pair depth is 1."""
    points: list[tuple[int, int]] = [(0, 0)]
    depth = 0
    dash_open = False
    dashes = [m.start() for m in _PAREN.finditer(sentence) if m.group() not in "()"]
    n_dash = len(dashes)
    seen_dash = 0
    for m in _PAREN.finditer(sentence):
        g = m.group()
        if g == "(":
            depth += 1
        elif g == ")":
            depth = max(0, depth - 1)
        else:
            seen_dash += 1
            if dash_open:
                dash_open = False
                depth = max(0, depth - 1)
            elif seen_dash < n_dash:  # only a dash that has a partner opens an aside
                dash_open = True
                depth += 1
        points.append((m.end(), depth))
    return points


def level_at(points: list[tuple[int, int]], offset: int) -> int:
    """The bracket depth at ``offset``, from ``paren_levels``'s change points."""
    level = 0
    for pos, depth in points:
        if pos > offset:
            break
        level = depth
    return level
