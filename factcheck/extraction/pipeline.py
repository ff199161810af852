"""``extract_claims``: numbers in, checkable claims out.

The steps, each in its own module: find sentences and spans to ignore (``sentences``), find
numbers (``numbers``), find names and resolve "he"/"the party" (``mentions``), find quotes
and speakers (``quotes``), then decide per sentence what each figure measures, which
election it belongs to, who it is about and how firmly it is stated (``classify`` holds the
cue words; this module applies them).

Decisions worth knowing (the rules, so the desk can predict the output):

- A year that says which election a figure belongs to ("71.6 per cent in 2019", "at the
  last general election in 2019") sets that figure's ``election`` and is not a claim. It
  attaches to the nearest figure before it at the same bracket level (figures inside
  "( … )" or a " – … – " aside are skipped), else to the next figure. A year naming an
  election ("the 2017 snap general election") is never a claim. Other years ("since 1983",
  "in March 2023", "since a 1937 by-election") are ``year`` claims. Years after the
  article's election ("a bid in 2029") are plans and are dropped.
- A gap between two figures ("26,000 – 1,180 more than this year –") takes the type and
  election of the figure it qualifies and is marked ``relation="difference"`` with
  ``compared_election``. "N more votes than X" is a majority over X (``compared_to``).
- Durations ("for 40 years", "After 19 days") and plain counts ("three candidates") are
  claims of type ``other`` with unit ``count`` and ``measure`` set, because "represented
  for 40 years" is checkable; durations that are plans ("in five years' time", "the next
  four years") are dropped. Money is type ``other``, unit ``other``.
- Number words are claims only with a counted noun ("two seats") or as the bare object of
  a figure already counted in the sentence ("… 61 MPs, while the Greens … return two"); a
  lone "one" is a pronoun. Word ordinals are claims only as ranks ("came second"), term
  counts ("eleventh consecutive time"), attempts, or "the first … MP"; digit ordinals
  ("11th") always are.
- Never claims: clock times, day-and-month dates, ISO dates, addresses, numbers inside
  names (party names, "Channel 4", "Covid-19"), HTML tags, URLs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields
from operator import attrgetter

from . import classify as C
from . import mentions as M
from . import numbers as N
from .claims import Claim
from .gazetteer import GazCandidate, Gazetteer, GazIndex
from .mentions import Mention, MentionIndex, find_mentions
from .numbers import NumberToken, scan_numbers
from .patterns import trie
from .quotes import Speakers
from .sentences import (
    Sentence,
    in_spans,
    level_at,
    mask_spans,
    paren_levels,
    split_sentences,
)

__all__ = ["extract_claims"]

_EMPTY = Gazetteer()
_SEATS_WORD = re.compile(r"\b(?:seats|MPs)\b(?![ \u00a0]+(?:of|in|for|to)\b)", re.IGNORECASE)
_WINDOW = 80
_LEFT_TAIL = 60
_ENTITY_KINDS = ("party", "constituency", "candidate")
# one-off cues, compiled once
_OF_RIGHT = re.compile(r"^[ \u00a0]+of\b")
_VOT = re.compile(r"\bvot")
_YEARS_OF_AGE = re.compile(r"^[ \u00a0]+years?[ \u00a0]+of[ \u00a0]+age\b")
_COMMONS = re.compile(r"\b(?:Commons|parliamentary|working|overall)\b")
_TIME_RIGHT = re.compile(r"^[ \u00a0]+time\b")
_A_DISTANT = re.compile(r"\ba[ \u00a0]+(?:distant|close|strong|respectable|poor)[ \u00a0]+$")
_LEAD_OF = re.compile(r"\blead[ \u00a0]+of[ \u00a0]+$")
_VOTES_PAREN = re.compile(r"(?:votes?|[0-9])[ \u00a0]*\($")
_NAME_COMMA = re.compile(r"[A-Z][a-z][\w'\u2019-]*, $")
_TO_TAIL = re.compile(r"\bto\b[^,;.]{0,30}$")
_COMMA_LIST = re.compile(r"^,[ \u00a0]*(?:[0-9]|and\b|or\b)")
# claim type -> (preference groups in sentence, groups when looking back, fallback)
_PREFS: dict[str, tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], str]] = {
    "candidate_votes": ((("candidate",), ("party",)), (), ""),
    "majority": ((("candidate",), ("party",)), (), "topic"),
    "vote_share": ((("candidate",), ("party",)), (("party",), ("candidate",)), ""),
    "vote_share_change": ((("candidate",), ("party",)), (("party",), ("candidate",)), ""),
    "seat_count": ((("party",),), (("party",),), ""),
    "seat_projection": ((("party",),), (("party",),), ""),
    "age": ((("candidate",),), (), "topic"),
    "term_count": ((("candidate",),), (), "topic"),
    "rank": ((("candidate", "party"),), (), ""),
    "year": ((("candidate", "constituency"), ("party",)), (), ""),
    "other": ((("candidate", "party", "constituency"),), (), ""),
}


@dataclass(slots=True)
class _Fig:
    tok: NumberToken
    cat: str  # votes majority pct pts seats age year year_cand term rank count money bare...
    left: str
    right: str
    explicit: bool = True
    pct_kind: str = ""  # turnout | share | other
    change: bool = False
    lead: bool = False
    election: str | None = None
    relation: str | None = None
    compared_election: str | None = None
    compare_loser: bool = False
    is_majority: bool = False
    measure: str | None = None
    anaphor_person: str | None = None


@dataclass(slots=True)
class _Context:
    text: str
    index: GazIndex
    election: str | None
    previous: str | None
    year: int | None
    sentences: list[Sentence]
    mi: MentionIndex
    speakers: Speakers
    captions: dict[int, bool]  # sentence index -> is a photo caption, filled on demand
    sent_starts: list[int]


def extract_claims(
    text: str, *, gazetteer: Gazetteer | None = None, election: str | None = None
) -> list[Claim]:
    """Every checkable figure in ``text``, in order of position."""
    if not text or not isinstance(text, str):
        return []
    word_spans, pronoun_spans = _words_and_pronouns(text)
    tokens = scan_numbers(text, word_spans)
    if not tokens:
        return []
    index = (gazetteer or _EMPTY).index
    election = election or index.latest
    sentences = split_sentences(text)
    masks = mask_spans(text)
    mask_starts = [a for a, _ in masks]
    mi = find_mentions(text, index, sentences, pronoun_spans)
    ctx = _Context(
        text=text,
        index=index,
        election=election,
        previous=index.previous_of(election),
        year=index.year_of(election),
        sentences=sentences,
        mi=mi,
        speakers=Speakers(text, mi),
        captions={},
        sent_starts=[s.start for s in sentences],
    )
    sent_starts = ctx.sent_starts
    by_sentence: dict[int, list[NumberToken]] = {}
    for tok in tokens:
        if masks and in_spans(masks, mask_starts, tok.start):
            continue
        si = bisect_right(sent_starts, tok.start) - 1
        if si < 0 or tok.end > sentences[si].end:
            continue
        by_sentence.setdefault(si, []).append(tok)
    claims: list[Claim] = []
    for si, toks in by_sentence.items():
        claims.extend(_sentence_claims(ctx, si, toks))
    claims.sort(key=attrgetter("start"))
    return claims


# Number words and pronouns in one scan: both follow a character that is not a letter, and
# a scan that opens with a character class costs the same per character whatever it then
# looks for. Their matches cannot overlap (no number word is a pronoun or holds one), so
# the one scan finds what WORDS_RE and PRONOUN_RE each would.
_WORD_OR_PRONOUN = re.compile(
    rf"[^A-Za-z](?=[{''.join(sorted(set(N.WORD_FIRSTS) | {w[0] for w in M.PRONOUNS}))}])"
    rf"(?:({N.WORDS_BODY})|({trie(M.PRONOUNS)}\b))"
)


def _words_and_pronouns(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``WORDS_RE.finditer(text)`` and of ``PRONOUN_RE.finditer(text)``."""
    words: list[tuple[int, int]] = []
    pronouns: list[tuple[int, int]] = []
    pos = 0
    m = N.WORDS_RE.match(text) or M.PRONOUN_RE.match(text)  # nothing before: test there
    if m is not None:
        (words if m.re is N.WORDS_RE else pronouns).append(m.span())
        pos = m.end()  # it ends in a letter, so the next cannot start at its end
    for m in _WORD_OR_PRONOUN.finditer(text, pos):
        if m.start(1) >= 0:
            words.append(m.span(1))
        else:
            pronouns.append(m.span(2))
    return words, pronouns


# -- per sentence ------------------------------------------------------------------------
def _sentence_claims(ctx: _Context, si: int, toks: list[NumberToken]) -> list[Claim]:
    text = ctx.text
    sent = ctx.sentences[si]
    s_start, s_end = sent.start, sent.end
    stext = text[s_start:s_end]
    figs: list[_Fig] = []
    mi = ctx.mi
    m_starts, mentions = mi.starts, mi.mentions
    cats = set()
    for tok in toks:
        t_start = tok.start
        # Digits inside a name ("The Mitre TW9"): the last mention starting at or before the
        # figure would still be open. Mentions do not overlap, so one look-up suffices.
        i = bisect_right(m_starts, t_start) - 1
        if i >= 0:
            m = mentions[i]
            if m.end > t_start and m.kind in _ENTITY_KINDS:
                continue
        # every left-hand rule is anchored at the figure and reads at most _LEFT_TAIL
        lo = t_start - _LEFT_TAIL
        left = text[lo if lo > s_start else s_start : t_start]
        t_end = tok.end
        hi = t_end + _WINDOW
        right = text[t_end : hi if hi < s_end else s_end]
        fig = _classify(ctx, tok, left, right, sent)
        if fig is not None:
            figs.append(fig)
            cats.add(fig.cat)
    if not figs:
        return []
    if "year_cand" in cats:
        _resolve_years(ctx, sent, stext, figs)
    if "bare" in cats:
        _resolve_bare(ctx, sent, figs)
    for f in figs:
        if f.cat in ("money", "count", "other") and C.PLAN_CUE.search(
            stext, 0, f.tok.start - sent.start
        ):
            f.cat = "drop"  # "plans to spend £20,000": a plan, not a fact
    figs = [f for f in figs if f.cat not in ("drop", "year_marker", "bare_word")]
    if not figs:
        return []
    _attach_markers(ctx, sent, stext, figs)
    _differences(ctx, figs)
    clauses = C.Clauses(stext)
    ents = [m for m in ctx.mi.between(sent.start, sent.end) if m.entity_kind]
    return [_to_claim(ctx, sent, clauses, ents, f) for f in figs]


def _classify(
    ctx: _Context, tok: NumberToken, left: str, right: str, sent: Sentence
) -> _Fig | None:
    """Decide what one figure measures, or None when it is not a claim."""
    v = tok.value
    small_int = isinstance(v, int) and 1 <= v <= 31
    # Dates, addresses and names all need a capital letter next to the figure: test that
    # with plain string methods first, since most figures sit between lower-case words.
    near = left[-24:]
    cap_left = near.lower() != near  # holds a capital letter
    near = right[:12]
    cap_right = near.lower() != near
    if (
        tok.kind in ("digits", "ordinal")
        and not tok.suffix
        and small_int
        and (
            cap_right
            and C.DATE_RIGHT.match(right)
            or cap_left
            and C.MONTH_HINT.search(left)
            and C.DATE_LEFT.search(left)
        )
    ):
        return None
    if (
        tok.kind == "digits"
        and not tok.suffix
        and (
            cap_left
            and (
                C.MONTH_HINT.search(left)
                and C.FULL_DATE_LEFT.search(left)
                or C.NAME_HEAD_LEFT.search(left[-C.NAME_HEAD_SPAN - 1 :])
            )
            or cap_right
            and C.ADDRESS_RIGHT.match(right)
        )
    ):
        return None
    if tok.kind == "ordinal":
        digits = any("0" <= ch <= "9" for ch in ctx.text[tok.start : tok.core_end])
        return _classify_ordinal(tok, left, right, digits)
    if tok.kind == "fraction":
        if _OF_RIGHT.match(right) or C.qualifier_of(left, right) != "exact":
            fig = _Fig(tok, "fraction", left, right)
            fig.pct_kind = "share" if _VOT.search(right[:40]) else "other"
            return fig
        return None
    suffix = tok.suffix
    if suffix == "pct":
        return _pct(_Fig(tok, "pct", left, right))
    if suffix == "pts":
        fig = _pct(_Fig(tok, "pts", left, right))
        fig.change = not fig.lead
        return fig
    if suffix == "age":
        return _Fig(tok, "age", left, right)
    if suffix == "seat":
        return _Fig(tok, "seats", left, right, is_majority=bool(C.MAJORITY_RIGHT.match(right)))
    if suffix.startswith("hy:"):
        word = suffix[3:]
        if word in ("vote", "votes"):
            cat = "majority" if C.MAJORITY_RIGHT.match(right) else "votes"
            return _Fig(tok, cat, left, right)
        if word == "time":
            return _Fig(tok, "term", left, right)
        if word == "strong":
            return _Fig(tok, "count", left, right, measure="people")
        return _Fig(tok, "count", left, right, measure=word + "s")
    if left.endswith(("\u00a3", "$", "\u20ac")):
        tok.start -= 1  # the currency is part of the figure as written
        return _Fig(tok, "money", left[:-1], right)
    if left.endswith(("aged ", "aged\u00a0")):
        return _Fig(tok, "age", left, right)
    noun = C.noun_after(right)
    if tok.kind == "words" and tok.value == 1 and (noun is None or noun == "count"):
        return None  # "a positive one", "one of the safest seats"
    if noun == "votes":
        return _votes(_Fig(tok, "votes", left, right))
    if noun == "seats":
        return _Fig(tok, "seats", left, right)
    if noun == "times":
        cs = C.clause_start(left, len(left))
        if C.TIMES_WIN_CUE.search(left[cs:]) or C.TIMES_WIN_CUE.search(right[:40]):
            return _Fig(tok, "term", left, right)
        return _Fig(tok, "count", left, right, measure="times")
    if noun == "terms":
        return _Fig(tok, "term", left, right)
    if noun == "duration":
        if _YEARS_OF_AGE.match(right):
            return _Fig(tok, "age", left, right)
        if C.FUTURE_RIGHT.match(right[right.find(" ", 1) :] if " " in right[1:] else "") or (
            C.FUTURE_LEFT.search(left)
        ):
            return None
        word = C.NOUN_RE.match(right)
        measure = word.group("n").lower() if word else None
        if measure and not measure.endswith("s"):
            measure += "s"
        return _Fig(tok, "count", left, right, measure=measure)
    if noun == "pts":
        fig = _pct(_Fig(tok, "pts", left, right))
        fig.change = not fig.lead
        return fig
    if noun == "count":
        m = C.NOUN_RE.match(right)
        return _Fig(tok, "count", left, right, measure=m.group("n") if m else None)
    if (
        tok.kind == "digits"
        and isinstance(v, int)
        and 1800 <= v <= 2100
        and not tok.grouped
        and not tok.signed
        and tok.end - tok.start == 4
    ):
        return _Fig(tok, "year_cand", left, right)
    fig = _Fig(tok, "bare", left, right, explicit=False)
    if "ajority" in left and C.MAJORITY_LEFT.search(left) or C.MAJORITY_RIGHT.match(right):
        sentence_text = ctx.text[sent.start : sent.end]
        if _COMMONS.search(sentence_text):
            fig.cat, fig.is_majority = "seats", True
        else:
            fig.cat = "majority"
        fig.explicit = True
        if C.MORE_THAN_RIGHT.match(right):
            fig.compare_loser = True
    return fig


def _classify_ordinal(tok: NumberToken, left: str, right: str, digits: bool) -> _Fig | None:
    if C.TERM_RIGHT.match(right):
        if tok.value == 1 and _TIME_RIGHT.match(right):
            return None  # "for the first time": a figure of speech, the year carries the fact
        return _Fig(tok, "term", left, right)
    if (
        C.RANK_VERB_LEFT.search(left)
        or C.RANK_RIGHT_PLACE.match(right)
        or C.RANK_SUPERLATIVE.match(right)
        or _A_DISTANT.search(left)
    ):
        return _Fig(tok, "rank", left, right)
    if C.ATTEMPT_RIGHT.match(right):
        return _Fig(tok, "count", left, right, measure="attempt")
    if (
        left.endswith(("the ", "the\u00a0"))
        and C.FIRST_ROLE.match(right)
        and not (C.IDIOM_RIGHT.match(right))
    ):
        return _Fig(tok, "rank", left, right)
    if digits:
        return _Fig(tok, "ordinal_other", left, right)
    return None


def _pct(fig: _Fig) -> _Fig:
    left, right = fig.left, fig.right
    if fig.tok.signed or C.CHANGE_LEFT_REV.match(left[::-1]) or C.CHANGE_RIGHT.match(right):
        fig.change = True
    if C.LEAD_RIGHT.match(right) or _LEAD_OF.search(left):
        fig.lead, fig.change = True, False
    if C.PCT_RIGHT_TURNOUT.match(right):
        fig.pct_kind = "turnout"
    elif C.PCT_RIGHT_SHARE.match(right) or _VOTES_PAREN.search(left):
        fig.pct_kind = "share"
    else:
        # the nearer cue wins: "Turnout fell to 58%, while Labour's share rose to 40%"
        t = max((m.start() for m in C.TURNOUT_CUE.finditer(left)), default=-1)
        s = max((m.start() for m in C.SHARE_CUE.finditer(left)), default=-1)
        if t >= 0 and t > s:
            fig.pct_kind = "turnout"
        elif s >= 0:
            fig.pct_kind = "share"
        else:
            fig.pct_kind = ""  # decided later: share if a party or candidate is named
    return fig


def _votes(fig: _Fig) -> _Fig:
    left, right = fig.left, fig.right
    if "ajority" in left and C.MAJORITY_LEFT.search(left):
        fig.cat = "majority"
    elif C.MORE_THAN_RIGHT.match(right):
        fig.cat, fig.compare_loser = "majority", True
    elif (
        (" by" in left[-30:] or "margin" in left)
        and C.BY_LEFT.search(left)
        and (C.WIN_CUE.search(left))
    ):
        fig.cat = "majority"  # "beating his rival by more than 7,000 votes"
    return fig


# -- years, bare numbers, markers ---------------------------------------------------------
def _resolve_years(ctx: _Context, sent: Sentence, stext: str, figs: list[_Fig]) -> None:
    has_change = any(f.change for f in figs)
    for i, f in enumerate(figs):
        if f.cat != "year_cand":
            continue
        year = int(f.tok.value)
        word = C.last_word(f.left)
        since = word in _SINCE_WORDS and C.SINCE_LEFT_REV.match(f.left[::-1])
        if C.YEAR_DESIGNATOR_RIGHT.match(f.right) and not since:
            f.cat = "year_marker" if year in ctx.index.election_by_year else "drop"
            continue
        if "lection" in f.left and _ELECTION_LEFT.search(f.left):
            f.cat = "year_marker" if year in ctx.index.election_by_year else "drop"
            continue
        if ctx.year is not None and year > ctx.year:
            f.cat = "drop"  # a plan or a future contest, not a fact yet
            continue
        if year in ctx.index.election_by_year:
            marker_left = word in _MARKER_WORDS and _MARKER_LEFT_REV.match(f.left[::-1])
            on_left = word == "on"
            if ((since or on_left) and has_change) or (
                marker_left and (i + 1 < len(figs) or any(o.cat != "year_marker" for o in figs[:i]))
            ):
                f.cat = "year_marker"
                continue
        f.cat = "year"


def _resolve_bare(ctx: _Context, sent: Sentence, figs: list[_Fig]) -> None:
    explicit = [f for f in figs if f.explicit and f.cat in ("votes", "seats", "pct", "majority")]
    for f in figs:
        if f.cat != "bare":
            continue
        tail = f.right.lstrip(" \u00a0")
        ends_clause = not tail or tail[0] in ",.;:)("
        v = f.tok.value
        # a percentage lends its unit only to figures that could be one ("from 40 to 45%")
        fits = [e for e in explicit if e.cat != "pct" or (not f.tok.grouped and abs(v) <= 100)]
        if fits and (ends_clause or f.tok.kind == "digits"):
            near = min(fits, key=lambda e: abs(e.tok.start - f.tok.start))
            f.cat = near.cat
            f.pct_kind = near.pct_kind
            if f.cat == "pct":
                _pct(f)
                if f.tok.signed:
                    f.cat = "pts"  # "53.6% (-4.1)": a change in points
            continue
        if f.tok.kind == "words":
            f.cat = "bare_word"
            continue
        if _apposition_age(ctx, f):
            f.cat = "age"
            continue
        head = ctx.text[sent.start : f.tok.start]
        if _SEATS_WORD.search(head):  # "Seats: Labour 411, Conservative 121"
            f.cat = "seats"
            continue
        if _results_line(ctx, sent, f, tail):
            f.cat = "votes"
            continue
        f.cat = "other"


def _apposition_age(ctx: _Context, f: _Fig) -> bool:
    """ "Farage, 60, won Clacton": a person's name, then a comma-fenced small number."""
    v = f.tok.value
    if not (isinstance(v, int) and 16 <= v <= 110) or not f.right.startswith(","):
        return False
    if not f.left.endswith((", ", ",\u00a0")):
        return False
    i = ctx.mi.before(f.tok.start) - 1
    if i >= 0:
        m = ctx.mi.mentions[i]
        if f.tok.start - m.end <= 3:
            return m.is_person and m.kind == "candidate"
    # a name the gazetteer cannot pin down ("Corbyn, 75," with two Corbyns standing)
    return bool(_NAME_COMMA.search(f.left)) and not _COMMA_LIST.match(f.right)


def _results_line(ctx: _Context, sent: Sentence, f: _Fig, tail: str) -> bool:
    """ "Jeremy Corbyn – Independent – 24,120": a named line ending in a count."""
    if tail and not tail.startswith(("(", "[", "votes")):
        return False
    named = [m for m in ctx.mi.between(sent.start, f.tok.start) if m.entity_kind]
    return bool(named)


_SINCE_WORDS = frozenset(["since", "until", "till", "before", "after", "the", "a"])
_MARKER_WORDS = frozenset(
    ["in", "at", "during", "than", "with", "to", "versus", "vs", "vs.", "from", "the"]
)
_ELECTION_LEFT = re.compile(r"\belections?[ \u00a0]+(?:of[ \u00a0]+|in[ \u00a0]+)?$", re.I)
# (the rule; applied as _MARKER_LEFT_REV, the same read backwards)
_MARKER_LEFT = re.compile(
    r"\b(?:in|at|during|than|than[ \u00a0]+in|compared[ \u00a0]+(?:with|to)|versus|vs\.?|from)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.I,
)
# _MARKER_LEFT read backwards, for ``.match(left[::-1])`` (see C.SINCE_LEFT_REV)
_MARKER_LEFT_REV = re.compile(
    r"(?:[ \u00a0]+eht)?[ \u00a0]+(?:ni|ta|gnirud|naht|ni[ \u00a0]+naht"
    r"|(?:htiw|ot)[ \u00a0]+derapmoc|susrev|\.?sv|morf)\b",
    re.I,
)
# every branch literal-led, so ``re`` skips ahead to a "1", "2", "L", "l", "P" or "p"
_MARKER_HINT = re.compile(r"19[0-9]{2}|20[0-9]{2}|Last|last|Previous|previous")


def _attach_markers(ctx: _Context, sent: Sentence, stext: str, figs: list[_Fig]) -> None:
    for f in figs:
        f.election = ctx.election
    hint = _MARKER_HINT.search(stext)
    if hint is None:
        return
    levels: list[tuple[int, int]] | None = None
    for m in C.markers(stext, hint.start()):
        if m.group("this"):
            continue
        slug = _marker_slug(ctx, m)
        if slug is None:
            continue
        if m.group("y") and any(f.tok.start == sent.start + m.start("y") for f in figs):
            continue  # the year is a claim of its own here, not a marker
        if m.group(0).lower().startswith(("since", "on")):
            for f in figs:
                if f.change:
                    f.compared_election = slug
            continue
        pos = m.start()
        if levels is None:
            levels = paren_levels(stext)
        lvl = level_at(levels, pos)
        before = [f for f in figs if f.tok.end - sent.start <= pos]
        same = [f for f in before if level_at(levels, f.tok.start - sent.start) == lvl]
        target: list[_Fig]
        if pos <= 3:
            target = [f for f in figs if f.cat != "year"]
        elif same:
            target = [same[-1]]
        elif before:
            target = [before[-1]]
        else:
            after = [f for f in figs if f.tok.start - sent.start >= m.end() and f.cat != "year"]
            target = after[:1]
        for f in target:
            f.election = slug


def _marker_slug(ctx: _Context, m: re.Match[str]) -> str | None:
    if m.group("last") or m.group("lt"):
        return ctx.previous
    if m.group("y"):
        return ctx.index.election_by_year.get(int(m.group("y")))
    return None


def _differences(ctx: _Context, figs: list[_Fig]) -> None:
    for i in range(1, len(figs)):  # the first figure has nothing before it to differ from
        f = figs[i]
        d = C.DIFF_RIGHT.match(f.right)
        if not d:
            continue
        parent = figs[i - 1]
        if parent.cat in ("year", "age"):
            continue
        f.relation = "difference"
        f.cat = parent.cat if f.cat in ("bare", "other", "votes", "majority") else f.cat
        f.pct_kind = parent.pct_kind or f.pct_kind
        f.election = parent.election
        if d.group("this"):
            f.compared_election = ctx.election
        elif d.group("last"):
            f.compared_election = ctx.previous
        elif d.group("y"):
            f.compared_election = ctx.index.election_by_year.get(int(d.group("y")))


# -- the record ------------------------------------------------------------------------
_CLAIM_FIELDS = (
    *("start", "end", "text", "sentence", "sentence_start", "value", "unit", "claim_type"),
    *("subject", "subject_kind", "subject_key", "election", "qualifier", "speaker"),
    *("compared_to", "compared_to_key", "relation", "compared_election", "is_majority"),
    *("measure", "precision"),
)
if tuple(f.name for f in fields(Claim)) != _CLAIM_FIELDS:  # ``_to_claim`` passes them in order
    raise ImportError("Claim's fields changed: update _to_claim and _CLAIM_FIELDS")
_MAY_PROJECT = frozenset(
    ["votes", "majority", "pct", "pts", "seats", "bare", "other", "count", "fraction"]
)


def _to_claim(
    ctx: _Context, sent: Sentence, clauses: C.Clauses, ents: list[Mention], f: _Fig
) -> Claim:
    tok = f.tok
    offset = tok.start - sent.start
    stext = clauses.sentence
    unit, ctype = _unit_and_type(f, ents)
    qualifier = C.qualifier_of(f.left, f.right)
    if f.cat in _MAY_PROJECT and clauses.is_projection(offset):
        qualifier = "projection"
    if ctype == "seat_count" and qualifier == "projection":
        ctype = "seat_projection"
    start, end = tok.start, tok.end
    # positional, in the order of ``Claim``'s fields (checked against _CLAIM_FIELDS above)
    claim = Claim(
        start,
        end,
        ctx.text[start:end],
        stext,
        sent.start,
        tok.value,
        unit,
        ctype,
        None,  # subject
        None,  # subject_kind
        None,  # subject_key
        f.election if f.cat != "year" else (f.election or ctx.election),
        qualifier,
        None,  # speaker
        None,  # compared_to
        None,  # compared_to_key
        f.relation,
        f.compared_election,
        f.is_majority,
        f.measure,
        _precision(tok),
    )
    _subject(ctx, sent, clauses, ents, f, claim)
    claim.speaker = ctx.speakers.speaker_at(tok.start, sent.start, sent.end)
    return claim


def _unit_and_type(f: _Fig, ents: list[Mention]) -> tuple[str, str]:
    cat = f.cat
    if cat == "votes":
        return "votes", "candidate_votes"
    if cat == "majority":
        return "majority", "majority"
    if cat in ("pct", "pts", "fraction"):
        unit = {"pct": "percent", "pts": "percentage_points", "fraction": "other"}[cat]
        kind = f.pct_kind
        if not kind:
            named = any(m.entity_kind in ("candidate", "party") for m in ents)
            kind = "share" if named else "other"
        if kind == "turnout":
            return unit, "turnout_change" if f.change else "turnout"
        if kind == "share" and not f.lead:
            return unit, "vote_share_change" if f.change else "vote_share"
        return unit, "other"
    if cat == "seats":
        return "seats", "seat_count"
    if cat == "age":
        return "years_old", "age"
    if cat == "year":
        return "year", "year"
    if cat == "term":
        return ("ordinal" if f.tok.kind == "ordinal" else "count"), "term_count"
    if cat == "rank":
        return "ordinal", "rank"
    if cat == "ordinal_other":
        return "ordinal", "other"
    if cat == "count":
        return ("ordinal" if f.tok.kind == "ordinal" else "count"), "other"
    return "other", "other"


def _precision(tok: NumberToken) -> dict[str, int]:
    value = tok.value
    rounded = 1
    if isinstance(value, int) and value:
        v = abs(value)
        while v % 10 == 0 and rounded < 10**9:
            v //= 10
            rounded *= 10
    return {"decimals": tok.decimals, "rounded_to": rounded}


# -- subjects --------------------------------------------------------------------------
def _subject(
    ctx: _Context, sent: Sentence, clauses: C.Clauses, ents: list[Mention], f: _Fig, claim: Claim
) -> None:
    ctype = claim.claim_type
    mi = ctx.mi
    if ctype in ("turnout", "turnout_change"):
        consts = [m for m in ents if m.kind == "constituency"]
        if consts:
            _set_subject(ctx, claim, consts[0])
        elif mi.constituencies and not C.NATIONAL_CUE.search(claim.sentence):
            c = mi.constituencies[0]
            claim.subject, claim.subject_kind, claim.subject_key = c.name, "constituency", c.key
        return
    groups, back_groups, fallback = _PREFS.get(ctype, _PREFS["other"])
    if f.measure == "attempt":
        groups, back_groups, fallback = _PREFS["term_count"]
    in_sentence = ents
    tok = f.tok
    if ctype == "age":
        for m in in_sentence:
            if m.kind == "anaphor" and m.start <= tok.start < m.end:
                _set_subject(ctx, claim, m)
                return
    losers: list[Mention] = []
    if ctype == "majority":
        kept = []
        for m in in_sentence:
            if (
                m.start >= tok.start
                and f.compare_loser
                or C.LOSER_LEFT.search(ctx.text[max(sent.start, m.start - 45) : m.start])
            ):
                losers.append(m)
            else:
                kept.append(m)
        in_sentence = kept
    if ctype in ("year", "other"):
        # "his turbulent time", "Corbyn's victory": a possessive is rarely what a year is about
        strong = [m for m in in_sentence if not _possessive(ctx.text, m)]
        if strong:
            in_sentence = strong
    # mentions are in order and do not overlap, so those ending before the figure come first
    t_start = tok.start
    before = [m for m in in_sentence if m.end <= t_start]
    # the clause holding the figure (``clauses.bounds``, inlined: this runs for every claim)
    starts = clauses.starts
    ci = bisect_right(starts, t_start - sent.start) - 1
    cstart = sent.start + starts[max(ci, 0)]
    pick = None
    if before:
        # nearest first, in the figure's clause, then anywhere before it (``_pick_last``)
        for group in groups:
            for m in reversed(before):
                if m.start < cstart:
                    break
                if m.entity_kind in group:
                    pick = m
                    break
            if pick is not None:
                break
        else:
            pick = _pick_last(groups, before)
    after: list[Mention] | None = None
    if pick is None:
        after = [m for m in in_sentence if m.start >= tok.end]
        after_groups = groups
        if ctype == "year":
            after_groups = (("candidate",), ("constituency",), ("party",))
        cend = sent.start + (starts[ci + 1] if ci + 1 < len(starts) else len(clauses.sentence))
        pick = _pick(after_groups, [m for m in after if m.start < cend])
    if pick is None and back_groups:
        pick = _pick(back_groups, _look_back(ctx, sent, tok.start))
    if ctype == "majority" and C.LOST_TO_LEFT.search(ctx.text, cstart, tok.start):
        # "Truss lost her seat by 630 votes to Labour's Terry Jermy": the winner follows "to"
        if after is None:
            after = [m for m in in_sentence if m.start >= tok.end]
        won_by = [m for m in after if _TO_TAIL.search(ctx.text[tok.end : m.start])]
        winner = _pick(groups, won_by) or pick
        loser = _pick(groups, in_sentence)
        if winner is not None and loser is not None and loser.person != winner.person:
            losers = [loser]
        pick = winner
    if pick is not None:
        _set_subject(ctx, claim, pick)
    elif fallback == "topic":
        person = mi.topic_at(tok.start)
        if person:
            _set_person(ctx, claim, person)
        elif ctype == "majority" and mi.constituencies:
            c = mi.constituencies[0]  # "Majority: 8,405" under a seat's results
            claim.subject, claim.subject_kind, claim.subject_key = c.name, "constituency", c.key
    if losers:
        loser = _pick(
            (("candidate",), ("party",)), sorted(losers, key=lambda m: abs(m.start - tok.start))
        )
        if loser is not None:
            name, _kind, key = _describe(ctx, loser, claim.election)
            if name != claim.subject:
                claim.compared_to, claim.compared_to_key = name, key


def _possessive(text: str, m: Mention) -> bool:
    if m.kind == "pronoun":
        return text[m.start : m.end].lower() in ("his", "her")
    return text.startswith(("\u2019s", "'s"), m.end) or text[m.end - 2 : m.end] in ("\u2019s", "'s")


def _pick(groups: tuple[tuple[str, ...], ...], mentions) -> Mention | None:
    items = list(mentions)
    for group in groups:
        for m in items:
            if m.entity_kind in group:
                return m
    return None


def _pick_last(
    groups: tuple[tuple[str, ...], ...], mentions: list[Mention], floor: int = -1
) -> Mention | None:
    """``_pick(groups, reversed(mentions))`` over the mentions starting at ``floor`` or later
    (``mentions`` in order of position)."""
    for group in groups:
        for m in reversed(mentions):
            if m.start < floor:
                break
            if m.entity_kind in group:
                return m
    return None


def _look_back(ctx: _Context, sent: Sentence, pos: int) -> list[Mention]:
    """Mentions in the previous three sentences (captions skipped), nearest first."""
    out: list[Mention] = []
    si = bisect_right(ctx.sent_starts, sent.start) - 1
    seen = 0
    j = si - 1
    while j >= 0 and seen < 3:
        if not _is_caption(ctx, j):
            s = ctx.sentences[j]
            out.extend(reversed([m for m in ctx.mi.between(s.start, s.end) if m.entity_kind]))
            seen += 1
        j -= 1
    return out


def _is_caption(ctx: _Context, i: int) -> bool:
    """ "… won the seat, with Labour coming second ( PA )": a photo caption, skipped when
    looking back for a subject because it interrupts the article's flow."""
    known = ctx.captions.get(i)
    if known is None:
        s = ctx.sentences[i]
        tail = ctx.text[max(s.start, s.end - 40) : s.end]
        head = ctx.text[s.start : min(s.end, s.start + 12)]
        known = ctx.captions[i] = bool(
            (tail.endswith(")") or head[:1] in "PI") and C.CAPTION_RE.search(head + " " + tail)
        )
    return known


def _describe(ctx: _Context, m: Mention, election: str | None) -> tuple[str, str, str]:
    if m.is_person:
        cand = _candidacy(ctx, m.person or "", election)
        if cand is not None:
            return cand.full_name, "candidate", cand.key
        return m.person or "", "candidate", ""
    if m.party is not None:
        return m.party.name, "party", m.party.key
    assert m.const is not None
    return m.const.name, "constituency", m.const.key


def _set_subject(ctx: _Context, claim: Claim, m: Mention) -> None:
    if m.is_person:  # ``_describe``, inlined for the common case
        cand = _candidacy(ctx, m.person or "", claim.election)
        if cand is not None:
            claim.subject, claim.subject_kind, claim.subject_key = (
                cand.full_name,
                "candidate",
                cand.key or None,
            )
            return
    name, kind, key = _describe(ctx, m, claim.election)
    claim.subject, claim.subject_kind, claim.subject_key = name, kind, key or None


def _set_person(ctx: _Context, claim: Claim, person: str) -> None:
    cand = _candidacy(ctx, person, claim.election)
    if cand is not None:
        claim.subject, claim.subject_kind, claim.subject_key = cand.full_name, "candidate", cand.key


def _candidacy(ctx: _Context, person: str, election: str | None) -> GazCandidate | None:
    """The person's candidacy at the figure's election, else in the article's seat."""
    cands = ctx.mi.people.get(person) or tuple(ctx.index.full.get(person, ()))
    for c in cands:
        if c.election == election:
            return c
    if not cands:
        return None
    local = {c.key for c in ctx.mi.constituencies}
    for c in cands:
        if c.constituency in local:
            return c
    return cands[0]
