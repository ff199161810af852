"""Which election a figure belongs to, and which years are claims.

- A year that says which election a figure belongs to ("71.6 per cent in 2019", "at the
  last general election in 2019") sets that figure's ``election`` and is not a claim
  (``resolve_years`` makes it a YEAR_MARKER, ``attach_markers`` reads the markers). It
  attaches to the nearest figure before it at the same bracket level (figures inside
  "( … )" or a " – … – " aside are skipped), else to the next figure. A year naming an
  election ("the 2017 snap general election") is never a claim. Other years ("since 1983",
  "in March 2023") are YEAR claims; years after the article's election are plans.
- A gap between two figures ("26,000 – 1,180 more than this year –") takes the type and
  election of the figure it qualifies and is marked a difference, with the election it is
  taken against (``differences``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocabulary import Relation
from .context import ArticleContext
from .figures import Category, Figure
from .patterns import SPACE, reversed_regex, spaced, trie, words
from .qualifiers import last_word
from .sentences import Sentence, level_at, paren_levels

__all__ = [
    "DIFF_RIGHT",
    "MARKER_LEADS",
    "MARKER_LEFT",
    "MARKER_RE",
    "SINCE_LEFT",
    "YEAR_DESIGNATOR_RIGHT",
    "attach_markers",
    "differences",
    "election_markers",
    "markers",
    "resolve_years",
]

_S = SPACE
# "the 2017 snap general election", "2019's election": a year naming an election.
YEAR_DESIGNATOR_RIGHT = re.compile(
    rf"^(?:'s|\u2019s)?{_S}+(?:(?:snap|general|local|European|Westminster|UK|parliamentary|"
    r"Scottish|Welsh)[ \u00a0]+)*(?:elections?|polls?|contest|campaign|manifesto)\b",
    re.IGNORECASE,
)
_ELECTION_LEFT = re.compile(r"\belections?[ \u00a0]+(?:of[ \u00a0]+|in[ \u00a0]+)?$", re.I)
# "since 1983", "until the 2015": a year bounding a span. The rule, applied read backwards.
SINCE_WORDS = ("since", "until", "till", "before", "after")
SINCE_LEFT = re.compile(rf"\b{words(SINCE_WORDS)}{_S}+(?:the{_S}+|a{_S}+)?$", re.IGNORECASE)
_SINCE_LEFT_REV = reversed_regex(SINCE_LEFT)  # for ``.match(left[::-1])``
_SINCE_LAST_WORDS = frozenset([*SINCE_WORDS, "the", "a"])  # the word before such a year
# "in 2019", "compared with the 2017": a year that may mark a figure's election. The rule,
# applied read backwards.
MARKER_LEFT_PHRASES = (
    *("in", "at", "during", "than", "than in", "compared with", "compared to", "versus"),
    *("vs.", "vs", "from"),
)
MARKER_LEFT = re.compile(
    rf"\b{spaced(MARKER_LEFT_PHRASES)}{_S}+(?:the{_S}+)?$",
    re.IGNORECASE,
)
_MARKER_LEFT_REV = reversed_regex(MARKER_LEFT)  # for ``.match(left[::-1])``
_MARKER_LEFT_LAST_WORDS = frozenset([*(p.split()[-1] for p in MARKER_LEFT_PHRASES), "the"])
# "than last time", "more than this year", "fewer than in 2019": what a difference is
# taken against.
DIFF_RIGHT = re.compile(
    rf"^{_S}+(?:more|fewer|less|higher|lower|up|down|bigger|smaller){_S}+(?:than|on){_S}+"
    rf"(?:(?P<this>this{_S}+(?:year|time))|(?P<last>last{_S}+time|(?:at{_S}+)?the{_S}+"
    rf"(?:last|previous){_S}+(?:general{_S}+)?election)|in{_S}+(?P<y>(?:19|20)[0-9]{{2}}))"
)

# The words that open a marker ("in 2019", "compared with the last election"), as written
# and Capitalised (but "vs"). MARKER_RE and the scan for where it may match
# (``_MARKER_START``) are both built from this list.
MARKER_LEADS = (
    *("at", "in", "during", "than", "from", "compared with", "compared to", "versus"),
    *("vs.", "vs", "since", "on"),
)
_LOWER_CASE_ONLY = frozenset(["vs.", "vs"])


def _either_case(phrase: str) -> str:
    """Pattern text for ``phrase`` with its first letter in either case: "[Cc]ompared…"."""
    body = spaced([phrase])[3:-1]
    if phrase in _LOWER_CASE_ONLY:
        return body
    return f"[{phrase[0].upper()}{phrase[0]}]{body[1:]}"


# Phrases that say which election a figure belongs to. Case is spelled out for the first
# letter only ("In 2019, …"): re.IGNORECASE would make every sentence scan slow.
MARKER_RE = re.compile(
    rf"\b(?:{'|'.join(_either_case(p) for p in MARKER_LEADS)})"
    rf"{_S}+(?:(?:in|at){_S}+)?(?:the{_S}+)?(?:(?P<last>(?:last|previous){_S}+"
    rf"(?:general{_S}+)?election)|(?P<y>(?:19|20)[0-9]{{2}})(?![0-9,])(?:(?:'s|\u2019s)?{_S}+"
    rf"(?:general{_S}+)?election)?)|\b(?P<lt>[Ll]ast{_S}+time|[Ll]ast{_S}+year's{_S}+election|"
    rf"[Pp]revious{_S}+election)\b|\b(?P<this>[Tt]his{_S}+(?:year|time))\b"
)
# Where a MARKER_RE match other than "this year"/"this time" (which callers skip) can begin:
# after a non-word character (its leading \b), one of its first words and what that branch
# needs next (a necessary condition only: MARKER_RE decides). The match is the character
# before the candidate: opening with a character class lets ``re`` skip ahead, and \W is
# rarer than the words' first letters. A branch added to MARKER_RE other than a lead word
# needs adding here (a test checks the two agree).
_MARKER_START_WORDS = sorted(
    {
        w
        for p in MARKER_LEADS
        for w in ((p,) if p in _LOWER_CASE_ONLY else (p.split()[0], p.split()[0].capitalize()))
    }
)
_MARKER_START = re.compile(
    rf"\W(?=[{''.join(sorted({w[0] for w in _MARKER_START_WORDS} | set('LlPp')))}])"
    rf"(?={trie(_MARKER_START_WORDS)}[ \u00a0]+(?:(?:with|to)[ \u00a0]+)?(?:(?:in|at)[ \u00a0]+)?"
    r"(?:the[ \u00a0]+)?(?:last|previous|19[0-9]{2}|20[0-9]{2})"
    r"|[Ll]ast[ \u00a0]+(?:time|year)|[Pp]revious[ \u00a0]+election)"
)
_NOT_MARKER_CHAR = re.compile(r"[^A-Za-z. \u00a0]")
# What every MARKER_RE match but "this year"/"this time" holds; every branch literal-led,
# so ``re`` skips ahead to a "1", "2", "L", "l", "P" or "p"
_MARKER_HINT = re.compile(r"19[0-9]{2}|20[0-9]{2}|Last|last|Previous|previous")


def markers(sentence: str, hint: int = 0) -> Iterator[re.Match[str]]:
    """``MARKER_RE.finditer(sentence)``, without trying the regex at every position, except
    that matches of the ``this`` branch may be left out (no other match can start inside
    one, so leaving them out changes nothing else).

    ``hint`` is the offset of the first "19xx", "20xx", "last" or "previous". Every other
    match holds one, with only words, dots and spaces before it; so when something else
    stands in the 30 characters before ``hint``, no such match starts before them."""
    pos = 0
    if hint > 30 and _NOT_MARKER_CHAR.search(sentence, hint - 30, hint):
        pos = hint - 30
    search, match = _MARKER_START.search, MARKER_RE.match
    if pos == 0:  # no character before the start: try the regex itself there
        m = match(sentence, 0)
        if m is None:
            pos = 1
        else:
            yield m
            pos = m.end()
    while True:
        c = search(sentence, pos - 1)  # a candidate at pos or later, after c's character
        if c is None:
            return
        start = c.start() + 1
        m = match(sentence, start)
        if m is None:
            pos = start + 1
        else:
            yield m
            pos = m.end()


def election_markers(sentence: str) -> Iterator[re.Match[str]]:
    """The MARKER_RE matches in ``sentence`` other than "this year"/"this time", in order
    (those may be yielded too: callers skip them)."""
    hint = _MARKER_HINT.search(sentence)
    if hint is None:
        return iter(())
    return markers(sentence, hint.start())


# -- years ---------------------------------------------------------------------------------
def resolve_years(ctx: ArticleContext, figs: list[Figure]) -> None:
    """Settle the YEAR_CANDIDATE figures of one sentence (``figs``, in order).

    A year naming an election, or after "the election of", is a YEAR_MARKER if the
    gazetteer holds an election that year, else DROP; a year after the article's election
    is DROP (a plan). A known election year is a YEAR_MARKER after "in"/"at"/"than"…
    when there is another figure for it to mark, or after "since"/"on" in a sentence with
    a change. Any other is a YEAR claim."""
    has_change = any(f.change for f in figs)
    by_year = ctx.index.election_by_year
    for i, f in enumerate(figs):
        if f.category is not Category.YEAR_CANDIDATE:
            continue
        year = int(f.tok.value)
        word = last_word(f.left)
        since = word in _SINCE_LAST_WORDS and _SINCE_LEFT_REV.match(f.left[::-1])
        if YEAR_DESIGNATOR_RIGHT.match(f.right) and not since:
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            continue
        if "lection" in f.left and _ELECTION_LEFT.search(f.left):
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            continue
        if ctx.year is not None and year > ctx.year:
            f.category = Category.DROP  # a plan or a future contest, not a fact yet
            continue
        if year in by_year and _marks_election(figs, i, word, bool(since), has_change):
            f.category = Category.YEAR_MARKER
            continue
        f.category = Category.YEAR


def _marks_election(figs: list[Figure], i: int, word: str, since: bool, has_change: bool) -> bool:
    """Whether the election year ``figs[i]`` (``word`` the word before it) marks another
    figure's election rather than being a claim itself."""
    f = figs[i]
    marker_left = word in _MARKER_LEFT_LAST_WORDS and _MARKER_LEFT_REV.match(f.left[::-1])
    on_left = word == "on"
    return bool(
        ((since or on_left) and has_change)
        or (
            marker_left
            and (i + 1 < len(figs) or any(o.category is not Category.YEAR_MARKER for o in figs[:i]))
        )
    )


# -- markers ---------------------------------------------------------------------------------
def attach_markers(ctx: ArticleContext, sent: Sentence, stext: str, figs: list[Figure]) -> None:
    """Set each figure's ``election``: the article's, unless a marker in its sentence says
    otherwise ("in 2019", "at the last election"; see the module docstring for which figure
    a marker attaches to). After "since"/"on" a marker sets ``compared_election`` of the
    sentence's changes instead ("up 5 points since 2019").

    ``stext`` is the text of sentence ``sent``; ``figs`` its figures, in order."""
    for f in figs:
        f.election = ctx.election
    levels: list[tuple[int, int]] | None = None
    for m in election_markers(stext):
        if m.group("this"):
            continue
        slug = _marker_slug(ctx, m)
        if slug is None:
            continue
        if m.group("y") and any(f.tok.start == sent.start + m.start("y") for f in figs):
            continue  # the year is a claim of its own here, not a marker
        if m.group(0).lower().startswith(("since", "on")):
            _compare_changes(figs, slug)
            continue
        if levels is None:
            levels = paren_levels(stext)
        for f in _marked_figures(sent, figs, m, levels):
            f.election = slug


def _compare_changes(figs: list[Figure], slug: str) -> None:
    """ "up 5 points since 2019": the sentence's changes are taken against ``slug``."""
    for f in figs:
        if f.change:
            f.compared_election = slug


def _marked_figures(
    sent: Sentence, figs: list[Figure], m: re.Match[str], levels: list[tuple[int, int]]
) -> list[Figure]:
    """The figures marker ``m`` (a match in sentence ``sent``) attaches to: all but years
    when it opens the sentence; else the nearest figure before it at its bracket level, or
    the nearest before it at all, or the first non-year figure after it."""
    pos = m.start()
    if pos <= 3:
        return [f for f in figs if f.category is not Category.YEAR]
    lvl = level_at(levels, pos)
    before = [f for f in figs if f.tok.end - sent.start <= pos]
    same = [f for f in before if level_at(levels, f.tok.start - sent.start) == lvl]
    if same:
        return [same[-1]]
    if before:
        return [before[-1]]
    after = [
        f for f in figs if f.tok.start - sent.start >= m.end() and f.category is not Category.YEAR
    ]
    return after[:1]


def _marker_slug(ctx: ArticleContext, m: re.Match[str]) -> str | None:
    """The election slug a MARKER_RE match names: the previous election for "last time" or
    "the last election", the one held in a year for "in 2019"."""
    if m.group("last") or m.group("lt"):
        return ctx.previous
    if m.group("y"):
        return ctx.index.election_by_year.get(int(m.group("y")))
    return None


# -- differences -------------------------------------------------------------------------------
_GIVES_WAY = frozenset([Category.BARE, Category.OTHER, Category.VOTES, Category.MAJORITY])
_NOT_DIFFERED = frozenset([Category.YEAR, Category.AGE])


def differences(ctx: ArticleContext, figs: list[Figure]) -> None:
    """Mark the figures of one sentence that are a gap from the figure before them
    ("26,000 – 1,180 more than this year –"): relation DIFFERENCE, the category (unless
    their own is more specific), percent kind and election of that figure, and
    ``compared_election`` from the words ("this year", "last time", "in 2019")."""
    for i in range(1, len(figs)):  # the first figure has nothing before it to differ from
        f = figs[i]
        d = DIFF_RIGHT.match(f.right)
        if not d:
            continue
        parent = figs[i - 1]
        if parent.category in _NOT_DIFFERED:
            continue
        f.relation = Relation.DIFFERENCE
        if f.category in _GIVES_WAY:
            f.category = parent.category
        f.percent_kind = parent.percent_kind or f.percent_kind
        f.election = parent.election
        if d.group("this"):
            f.compared_election = ctx.election
        elif d.group("last"):
            f.compared_election = ctx.previous
        elif d.group("y"):
            f.compared_election = ctx.index.election_by_year.get(int(d.group("y")))
