"""``extract_claims``: numbers in, checkable claims out.

The steps, each in its own module: find sentences and spans to ignore (``sentences``),
find numbers (``numbers``), find names and resolve "he"/"the party" (``mentions``), find
quotes and speakers (``quotes``); then, per sentence, decide what each figure measures
(``figures``, with ``exclusions``, ``nouns`` and ``qualifiers``), which election it
belongs to (``elections``), whether its clause is a forecast (``clauses``) and who it is
about (``subjects``). This module only runs those steps in order.

Decisions worth knowing (the rules, so the desk can predict the output):

- A year that says which election a figure belongs to ("71.6 per cent in 2019", "at the
  last general election in 2019") sets that figure's ``election`` and is not a claim. It
  attaches to the nearest figure before it at the same bracket level (figures inside
  "( … )" or a " – … – " aside are skipped), else to the next figure; but one in a
  clause of its own after a semicolon or "while", "but", ", and" marks that clause's
  figures after it ("…, but at the last election he had 17,008"), or none when it stands
  deeper in the clause ("…, while Labour, second last time, slipped to third"). "Five
  years ago" names the election held that many years before the article's, and "then"
  closing a clause ("was third then, on 28.5%") the election named last before it; a
  change "on" either is measured from it. A year naming an
  election ("the 2017 snap general election") is never a claim. Other years ("since 1983",
  "in March 2023", "since a 1937 by-election") are ``year`` claims. Years after the
  article's election ("a bid in 2029") are plans and are dropped.
- An election Tally holds no figures for still marks its figures ("26,897 votes in 2017",
  "at the 2015 election", "the 2010 general election", "a 2016 by-election", "at a recent
  by-election"), with an id the checker answers "No official data for 2017 is loaded."
  to: a general election's "ge2017" (the gazetteer lists every one since 1945, flagged
  not loaded), a by-election's "by-election-2016" or "by-election" (``vocabulary``). A
  year that is a claim of its own stays one ("first elected in 2005", "MP since 2017"),
  and marks only the figures joined to it ("… in 2015 with a majority of 5,000"). The
  figures of a "when" clause after a marker are its election's ("in 2017, when turnout
  was 70.1%").
- A swing ("a 10.4% swing from Conservative to Labour", "swung 8.5 per cent", "a 6%
  Con-to-Lab swing") is a ``swing`` claim in points: its subject is the party it went to,
  ``compared_to`` the party it came from (``swings``).
- A count of the contest ("an electorate of 72,852", "189 ballots were rejected", "49,006
  valid votes", "a turnout of 49,195 voters") is a ``ballot_count`` claim, ``measure``
  saying which (``counts``); it is the seat's, like a turnout.
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
- A candidate's name misspelt ("Vikkas Aggarwal" for Vikas Aggarwal, a candidate in a seat
  the article names) is a ``name`` claim without a figure (value 0), whether or not the
  text holds any number; only near misses, never a name someone has (``names``).
- Never claims: clock times, day-and-month dates, ISO dates, addresses, numbers inside
  names (party names, "Channel 4", "Covid-19"), HTML tags, URLs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import fields
from operator import attrgetter

from ..vocabulary import ClaimType, Qualifier
from .claims import Claim
from .clauses import Clauses
from .context import ArticleContext
from .elections import attach_markers, differences, resolve_years, year_election
from .figures import (
    MAY_PROJECT,
    NOT_CLAIMS,
    TURNOUT_CUE,
    Category,
    Figure,
    PercentKind,
    classify_figure,
    drop_plans,
    precision,
    read_column,
    resolve_bare,
    unit_and_type,
)
from .frames import frame_before
from .gazetteer import Gazetteer
from .mentions import PRONOUN_RE, PRONOUNS, Mention, MentionKind, find_mentions
from .names import name_claims
from .numbers import WORD_FIRSTS, WORDS_BODY, WORDS_RE, NumberToken, scan_numbers
from .patterns import trie
from .qualifiers import qualifier_of
from .quotes import Speakers
from .sentences import Sentence, in_spans, mask_spans, split_sentences
from .subjects import attribute_subject, named_in_sentence, set_subject
from .tables import column_at, is_row

__all__ = ["extract_claims", "words_and_pronouns"]

_EMPTY = Gazetteer()
_WINDOW = 80  # characters of a figure's sentence read after it
_LEFT_TAIL = 60  # and before it: every left-hand rule is anchored at the figure
_NAME_KINDS = frozenset([MentionKind.PARTY, MentionKind.CONSTITUENCY, MentionKind.CANDIDATE])


class TooManyFigures(ValueError):
    """More numbers in one text than ``max_figures`` allows: not an article."""

    def __init__(self, found: int, limit: int) -> None:
        super().__init__(
            f"The text holds {found:,} numbers; Tally reads at most {limit:,} in one article "
            "(a results article has a few hundred)."
        )
        self.found, self.limit = found, limit


def extract_claims(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    election: str | None = None,
    max_figures: int | None = None,
) -> list[Claim]:
    """Every checkable figure in ``text``, in order of position (``Claim.start``).

    ``gazetteer`` holds the names subjects and speakers resolve to (none: no subjects);
    ``election`` is the article's election slug, by default the gazetteer's latest. Offsets
    index ``text`` as given (no newline translation): ``text[c.start:c.end] == c.text``.
    Raises ``TooManyFigures`` when the text holds more than ``max_figures`` numbers (found
    in one quick scan, before any reading)."""
    if not text or not isinstance(text, str):
        return []
    word_spans, pronoun_spans = words_and_pronouns(text)
    tokens = scan_numbers(text, word_spans)
    if max_figures is not None and len(tokens) > max_figures:
        raise TooManyFigures(len(tokens), max_figures)
    index = (gazetteer or _EMPTY).index
    if not tokens and not index.full:
        return []
    election = election or index.latest
    sentences = split_sentences(text)
    masks = mask_spans(text)
    mask_starts = [a for a, _ in masks]
    mentions = find_mentions(text, index, sentences, pronoun_spans, election)
    # candidates' names misspelt (``names``): claims without a figure
    names = name_claims(text, index, mentions, sentences, election, masks)
    if not tokens:
        return names
    ctx = ArticleContext(
        text=text,
        index=index,
        election=election,
        previous=index.previous_of(election),
        year=index.year_of(election),
        sentences=sentences,
        mentions=mentions,
        speakers=Speakers(text, mentions),
        captions={},
        sentence_starts=[s.start for s in sentences],
    )
    sent_starts = ctx.sentence_starts
    by_sentence: dict[int, list[NumberToken]] = {}
    for tok in tokens:
        if masks and in_spans(masks, mask_starts, tok.start):
            continue
        si = bisect_right(sent_starts, tok.start) - 1
        if si < 0 or tok.end > sentences[si].end:
            continue
        by_sentence.setdefault(si, []).append(tok)
    claims: list[Claim] = names
    for si, toks in by_sentence.items():
        claims.extend(_sentence_claims(ctx, si, toks))
    claims.sort(key=attrgetter("start"))
    return claims


# Number words and pronouns in one scan: both follow a character that is not a letter, and
# a scan that opens with a character class costs the same per character whatever it then
# looks for. Their matches cannot overlap (no number word is a pronoun or holds one), so
# the one scan finds what WORDS_RE and PRONOUN_RE each would.
_WORD_OR_PRONOUN = re.compile(
    rf"[^A-Za-z](?=[{''.join(sorted(set(WORD_FIRSTS) | {w[0] for w in PRONOUNS}))}])"
    rf"(?:({WORDS_BODY})|({trie(PRONOUNS)}\b))"
)


def words_and_pronouns(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) spans of ``numbers.WORDS_RE.finditer(text)`` and of
    ``mentions.PRONOUN_RE.finditer(text)``, in order, from one scan of ``text``."""
    words: list[tuple[int, int]] = []
    pronouns: list[tuple[int, int]] = []
    pos = 0
    m = WORDS_RE.match(text) or PRONOUN_RE.match(text)  # nothing before: test there
    if m is not None:
        (words if m.re is WORDS_RE else pronouns).append(m.span())
        pos = m.end()  # it ends in a letter, so the next cannot start at its end
    for m in _WORD_OR_PRONOUN.finditer(text, pos):
        if m.start(1) >= 0:
            words.append(m.span(1))
        else:
            pronouns.append(m.span(2))
    return words, pronouns


# -- per sentence ------------------------------------------------------------------------
def _sentence_claims(ctx: ArticleContext, si: int, toks: list[NumberToken]) -> list[Claim]:
    """The claims of sentence ``si`` from its number tokens ``toks`` (in order)."""
    sent = ctx.sentences[si]
    s_start = sent.start
    stext = ctx.text[s_start : sent.end]
    figs = _figures(ctx, sent, toks)
    if not figs:
        return []
    categories = {f.category for f in figs}
    if Category.YEAR_CANDIDATE in categories:
        resolve_years(ctx, figs)
    if Category.BARE in categories:
        resolve_bare(ctx, sent, figs)
    drop_plans(figs, stext, s_start)
    figs = [f for f in figs if f.category not in NOT_CLAIMS]
    if not figs:
        return []
    attach_markers(ctx, sent, stext, figs)
    differences(ctx, figs)
    clauses = Clauses(stext)
    ents = [m for m in ctx.mentions.between(s_start, sent.end) if m.entity_kind]
    named = named_in_sentence(ctx, ents, s_start)
    frame = frame_before(ctx.text, ctx.mentions, s_start, ctx.election, ctx.index.loaded_years)
    claims = [_to_claim(ctx, sent, clauses, ents, f, named, frame) for f in figs]
    _changes_of_their_share(ctx.text, claims)
    _compared_with_a_count(ctx.text, claims)
    return claims


# Between a count of ballots and the one it is compared with: "35,151 valid votes were
# cast compared with 41,037 in 2019", "an electorate of 74,367, against 72,954".
_COMPARED_WITH = re.compile(
    r"[\s,]*(?:(?:valid\s+)?(?:votes|ballots|papers)\s+)?(?:(?:were|was)\s+(?:cast|counted|"
    r"issued|rejected),?\s+)?(?:compared\s+(?:with|to)|against|versus|down\s+from|up\s+from|"
    r"from)(?:\s+(?:just|only|some|about|around))?\s*",
    re.IGNORECASE,
)


def _compared_with_a_count(text: str, claims: list[Claim]) -> None:
    """A figure written as what a count of ballots or voters is compared with is the same
    count, at its own election ("35,151 valid votes were cast compared with 41,037 in
    2019": the valid votes of 2019, not a candidate's); in place."""
    for count, other in _joined_by(text, claims, _COMPARED_WITH):
        if (
            count.claim_type is ClaimType.BALLOT_COUNT
            and other.claim_type is not ClaimType.BALLOT_COUNT
        ):
            other.claim_type, other.unit, other.measure = (
                count.claim_type,
                count.unit,
                count.measure,
            )
            _same_subject(other, count)


# Between a share and the change in it written just after: "slumped to 37.4%, down 18.1
# points", "46.1% (+6.9)", "38.3 per cent, a fall of 21.2 points".
_CHANGE_AFTER_SHARE = re.compile(
    r"[\s,;(]*(?:(?:up|down|rising|falling|dropping)(?:\s+by)?|a\s+(?:rise|fall|drop|gain|"
    r"increase|decrease)\s+of)?\s*",
    re.IGNORECASE,
)


def _changes_of_their_share(text: str, claims: list[Claim]) -> None:
    """A change in share written just after a share is the change in that share, whoever
    the words before both name ("His share was 46.1%, up 12.3 points, while Labour's
    slumped to 37.4%, down 18.1 points": 18.1 is Labour's); in place."""
    for share, change in _joined_by(text, claims, _CHANGE_AFTER_SHARE):
        if (
            change.claim_type is ClaimType.VOTE_SHARE_CHANGE
            and share.claim_type is ClaimType.VOTE_SHARE
            and share.subject_key
            and change.subject_key != share.subject_key
        ):
            _same_subject(change, share)


def _joined_by(text: str, claims: list[Claim], gap: re.Pattern[str]) -> Iterator[tuple]:
    """Each pair of neighbouring claims (in order) whose figures only ``gap`` stands between
    in ``text``."""
    for first, second in zip(claims, claims[1:], strict=False):
        if gap.fullmatch(text, first.end, second.start):
            yield first, second


def _same_subject(claim: Claim, like: Claim) -> None:
    """Give ``claim`` the subject of ``like``; in place."""
    claim.subject, claim.subject_kind, claim.subject_key = (
        like.subject,
        like.subject_kind,
        like.subject_key,
    )


def _figures(ctx: ArticleContext, sent: Sentence, toks: list[NumberToken]) -> list[Figure]:
    """``classify_figure`` for each token of a sentence, skipping digits inside a name."""
    text = ctx.text
    s_start, s_end = sent.start, sent.end
    mentions = ctx.mentions
    m_starts, found = mentions.starts, mentions.mentions
    figs: list[Figure] = []
    # whether its line may be a table's row: read once a line (one long line holds many
    # sentences)
    row = ctx.tables.get(("row", sent.para_start))
    if row is None:
        line_end = text.find("\n", sent.para_start)
        row = is_row(text, sent.para_start, line_end if line_end >= 0 else len(text))
        ctx.tables[("row", sent.para_start)] = row
    for tok in toks:
        t_start = tok.start
        # Digits inside a name ("The Mitre TW9"): the last mention starting at or before the
        # figure would still be open. Mentions do not overlap, so one look-up suffices.
        i = bisect_right(m_starts, t_start) - 1
        if i >= 0:
            m = found[i]
            if m.end > t_start and m.kind in _NAME_KINDS:
                continue
        lo = t_start - _LEFT_TAIL
        left = text[lo if lo > s_start else s_start : t_start]
        t_end = tok.end
        hi = t_end + _WINDOW
        right = text[t_end : hi if hi < s_end else s_end]
        fig = classify_figure(text, tok, left, right, sent)
        if fig is None:
            continue
        if (
            fig.category is Category.PERCENT
            and fig.percent_kind is None
            and _IT_WAS.match(text, s_start)
            and _turnout_before(ctx, sent)
        ):
            # "Turnout across the county was 62.6%. It was highest in Cheadle, at 75.0%,
            # where Mary Robinson held on": "it" is the turnout
            fig.percent_kind = PercentKind.TURNOUT
        if row:
            column = column_at(text, t_start, ctx.tables)
            if column is not None:
                read_column(ctx, fig, column)
        figs.append(fig)
    return figs


# A sentence opening on "It" said of a measure: "It was highest in …", "It fell to …".
_IT_WAS = re.compile(
    r"It[ \u00a0]+(?:(?:was|is)[ \u00a0]+(?:highest|lowest|higher|lower|up|down|above|below|at"
    r"|(?:(?:just|only|around|about|nearly|almost|roughly|some)[ \u00a0]+)?(?=\d))"
    r"|fell|rose|dropped|ranged)\b"
)  # "It was 67.5%, against 71.9% five years earlier"; not "It was a good night for Reform, on
# 14.3 per cent"


def _turnout_before(ctx: ArticleContext, sent: Sentence) -> bool:
    """Whether the sentence before ``sent`` speaks of turnout (``TURNOUT_CUE``)."""
    i = bisect_right(ctx.sentence_starts, sent.start) - 2
    if i < 0:
        return False
    before = ctx.sentences[i]
    return TURNOUT_CUE.search(ctx.text, before.start, before.end) is not None


# -- the record ------------------------------------------------------------------------
_CLAIM_FIELDS = (
    *("start", "end", "text", "sentence", "sentence_start", "value", "unit", "claim_type"),
    *("subject", "subject_kind", "subject_key", "election", "qualifier", "speaker"),
    *("compared_to", "compared_to_key", "relation", "compared_election", "is_majority"),
    *("measure", "precision", "named", "extracted_as", "scope", "seat_before", "area_before"),
    "year_before",
    "notional_before",
    "column",
)
if tuple(f.name for f in fields(Claim)) != _CLAIM_FIELDS:  # ``_to_claim`` passes them in order
    raise ImportError("Claim's fields changed: update _to_claim and _CLAIM_FIELDS")


def _to_claim(
    ctx: ArticleContext,
    sent: Sentence,
    clauses: Clauses,
    ents: list[Mention],
    f: Figure,
    named: list[list],
    frame: tuple[str | None, str | None, int | None],
) -> Claim:
    """The claim for figure ``f`` of sentence ``sent``: unit, type, qualifier, election,
    subject and speaker. ``ents`` are the sentence's resolved mentions, ``named`` the
    same as ``Claim.named`` rows (shared by the sentence's claims, never mutated),
    ``frame`` its ``seat_before``, ``area_before``, ``year_before`` and ``notional_before``."""
    tok = f.tok
    unit, ctype = unit_and_type(f, ents)
    qualifier = qualifier_of(f.left, f.right)
    if f.category in MAY_PROJECT and clauses.is_projection(tok.start - sent.start):
        qualifier = Qualifier.PROJECTION
    if ctype is ClaimType.SEAT_COUNT and qualifier is Qualifier.PROJECTION:
        ctype = ClaimType.SEAT_PROJECTION
    start, end = tok.start, tok.end
    # positional, in the order of ``Claim``'s fields (checked against _CLAIM_FIELDS above)
    claim = Claim(
        start,
        end,
        ctx.text[start:end],
        clauses.sentence,
        sent.start,
        tok.value,
        unit,
        ctype,
        None,  # subject
        None,  # subject_kind
        None,  # subject_key
        f.election
        if f.category is not Category.YEAR
        else (year_election(ctx, tok.value, f.right) or f.election or ctx.election),
        qualifier,
        None,  # speaker
        None,  # compared_to
        None,  # compared_to_key
        f.relation,
        f.compared_election,
        f.is_majority,
        f.measure,
        precision(tok),
        named,
        None,  # extracted_as
        None,  # scope
        frame[0],  # seat_before
        frame[1],  # area_before
        frame[2],  # year_before
        frame[3],  # notional_before
        None,  # column
    )
    attribute_subject(ctx, sent, clauses, ents, f, claim)
    if f.column is not None:  # a table's column: its heading says whose figure it is
        claim.column = f.column.heading
        if f.column_subject is not None:
            set_subject(ctx, claim, f.column_subject)
    claim.speaker = ctx.speakers.speaker_at(tok.start, sent.start, sent.end)
    return claim
