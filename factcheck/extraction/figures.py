"""What kind of figure a number is: votes, a majority, a share, seats, an age, a year…

Every rule reads a short window left or right of the figure inside its own sentence, so
each figure costs a handful of anchored regex matches whatever the article's length. The
rules are phrased the way election copy is written ("a majority of", "N more votes than",
"turnout ... fell to", "came second", "his 11th term"), not the way any one article puts
it.

``classify_figure`` reads one number and gives it a ``Category``; ``resolve_bare`` and
``drop_plans`` then settle, per sentence, the figures that depend on their neighbours.
Years are settled in ``elections``. ``unit_and_type`` turns the final category into the
claim's unit and type.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum

from ..vocabulary import BallotMeasure, ClaimType, Qualifier, Relation, SubjectKind, Unit
from .clauses import clause_start
from .context import ArticleContext
from .counts import ballot_measure
from .exclusions import never_a_claim
from .mentions import Mention, MentionKind
from .nouns import NOUN_RE, Noun, noun_after
from .numbers import NumberToken, TokenKind, fraction_of
from .patterns import SPACE, reversed_regex
from .qualifiers import QUALS, qualifier_of
from .sentences import Sentence
from .tables import Column

__all__ = [
    "ATTEMPT",
    "MAY_PROJECT",
    "NOT_CLAIMS",
    "Category",
    "Figure",
    "PercentKind",
    "YEAR_NOUN_RIGHT",
    "classify_figure",
    "drop_plans",
    "named_by_year",
    "precision",
    "read_column",
    "resolve_bare",
    "unit_and_type",
]


class Category(StrEnum):
    """What a figure measures, as far as the words around it tell.

    Most are final and map to a claim's unit and type (``unit_and_type``). YEAR_CANDIDATE
    and BARE are provisional, settled per sentence (``elections.resolve_years``,
    ``resolve_bare``). YEAR_MARKER, BARE_WORD and DROP are final but not claims."""

    VOTES = "votes"  # "24,120 votes"
    MAJORITY = "majority"  # "a majority of 7,247", "7,247 more votes than"
    PERCENT = "pct"  # "67.5 per cent", "40%"
    POINTS = "pts"  # "4.1 points", "up 3 percentage points"
    SEATS = "seats"  # "411 seats", "a 170-seat majority"
    AGE = "age"  # "the 75-year-old", "aged 60", "Farage, 60,"
    YEAR = "year"  # "since 1983": a year that is itself a claim
    TERM = "term"  # "his 11th term", "won eight times"
    RANK = "rank"  # "came second", "the first Green MP"
    COUNT = "count"  # "three candidates", "for 40 years": ``Figure.measure`` says what
    MONEY = "money"  # "£20,000"
    FRACTION = "fraction"  # "a third of voters"
    SWING = "swing"  # "a 10.4% swing from Conservative to Labour", "swung 8.5 points"
    BALLOTS = "ballots"  # "an electorate of 72,852", "189 rejected ballots": ``measure`` says what
    ORDINAL = "ordinal_other"  # "11th" with no rank or term reading
    OTHER = "other"  # a number with no better reading
    YEAR_CANDIDATE = "year_cand"  # 1800-2100 written as four digits: a claim, a marker or a plan
    BARE = "bare"  # no unit of its own: may borrow one from the sentence
    YEAR_MARKER = "year_marker"  # "in 2019": says which election a figure belongs to
    BARE_WORD = "bare_word"  # a number word with nothing to count ("the two of them")
    DROP = "drop"  # a plan or a future ("plans to spend £20,000", "a bid in 2029")


# Final categories that are not claims: dropped before claims are built.
NOT_CLAIMS = frozenset([Category.DROP, Category.YEAR_MARKER, Category.BARE_WORD])
# Categories a forecast cue may turn into projections.
MAY_PROJECT = frozenset(
    [
        *(Category.VOTES, Category.MAJORITY, Category.PERCENT, Category.POINTS),
        *(Category.SEATS, Category.BARE, Category.OTHER, Category.COUNT, Category.FRACTION),
        Category.SWING,
    ]
)


# ``Figure.measure`` of an attempt ("his third attempt"): a person's, like a term count.
ATTEMPT = "attempt"


class PercentKind(StrEnum):
    """What a percentage (or points change, or fraction) is of."""

    TURNOUT = "turnout"
    SHARE = "share"  # a vote share
    OTHER = "other"


@dataclass(slots=True)
class Figure:
    """One number being classified: its token, its category and what the rules found.

    ``left``/``right`` are the text before and after the token inside its sentence (at
    most 60 and 80 characters). ``percent_kind`` is None until known (then a share if the
    sentence names a party or candidate). ``election`` and ``compared_election`` are
    election slugs; ``measure`` is what a COUNT counts ("years", "times", "attempt") or a
    BALLOTS figure measures (a ``vocabulary.BallotMeasure``)."""

    tok: NumberToken
    category: Category
    left: str
    right: str
    explicit: bool = True  # its unit is written, not borrowed
    percent_kind: PercentKind | None = None
    change: bool = False  # a rise or fall, not a level
    lead: bool = False  # a lead over another figure ("a 12-point lead")
    election: str | None = None
    relation: Relation | None = None
    compared_election: str | None = None
    compare_loser: bool = False  # "N more votes than X": X is the loser
    is_majority: bool = False  # a seat figure that is a Commons majority
    measure: str | None = None
    fixed_election: bool = False  # ``election`` set by a year naming it ("its 2019 vote of")
    column: Column | None = None  # the table column it stands in, when its heading was read
    column_subject: Mention | None = None  # the party or runner-up that column names


_S = SPACE
# -- what a figure measures ---------------------------------------------------------------
PCT_RIGHT_SHARE = re.compile(
    rf"^{_S}+(?:of{_S}+(?:the{_S}+|all{_S}+)?(?:popular{_S}+|national{_S}+|total{_S}+|valid{_S}+)?"
    r"(?:vote|votes|ballots)|(?:vote[ \u00a0]+)?share|of[ \u00a0]+those[ \u00a0]+voting)\b"
)
PCT_RIGHT_TURNOUT = re.compile(
    rf"^{_S}+(?:turnout\b|(?:of{_S}+(?:the{_S}+)?(?:voters|electors|electorate){_S}+)?"
    rf"(?:turned{_S}+out|went{_S}+to{_S}+the{_S}+polls|"
    rf"voted(?={_S}*(?:[,.;:)\u2013\u2014]|$|{_S}+(?:in|at|on|across|overall|altogether)\b"
    rf"(?!{_S}+(?:favou?r|support)\b)))))"
)  # "80.3% voted in the tight fight", "64% turned out"; not "45% voted Labour", "49.2% voted
# in favour of Jeremy Corbyn"
TURNOUT_CUE = re.compile(
    r"\b(?:turnout|turned[ \u00a0]+out|voter[ \u00a0]+participation)\b", re.IGNORECASE
)
SHARE_CUE = re.compile(
    r"\b(?:share|shares|of[ \u00a0]+the[ \u00a0]+vote|votes?|polled|support|backing|"
    r"swing|won|took|secured|got|received)\b",
    re.IGNORECASE,
)
_CHANGE_WORDS = (
    "up|down|rose|rise|risen|rising|fell|fall|fallen|falling|dropped|drop|drops|"
    "increased|increase|decreased|decrease|climbed|jumped|slumped|slipped|gained|gain|"
    "gains|lost|loss|swing|swung|grew|shrank|cut|boost|boosted|plunged|surged|slid|change"
)
# The rule: a change word before the figure ("rose by almost 5"). Applied read backwards.
CHANGE_LEFT = re.compile(
    rf"\b(?:{_CHANGE_WORDS}){_S}+(?:by{_S}+|of{_S}+)?(?:{QUALS}{_S}+)?(?:a{_S}+)?$",
    re.IGNORECASE,
)
_CHANGE_LEFT_REV = reversed_regex(CHANGE_LEFT)  # for ``.match(left[::-1])``
CHANGE_RIGHT = re.compile(
    rf"^{_S}+(?:rise|increase|drop|fall|decrease|swing|jump|slump|gain|loss|fall|"
    r"improvement|decline|boost)\b|^[ \u00a0]+(?:up|down|higher|lower)\b(?![ \u00a0]+from)"
)
LEAD_RIGHT = re.compile(rf"^{_S}+lead\b")
# A swing: "a 10.4% swing", "a 6% Con-to-Lab swing", "a 12-point Labour to Reform swing";
# "swing voters" and "swing seats" are not one.
_NOT_A_SWING = rf"(?!{_S}+(?:voters?|seats?|states?|constituenc(?:y|ies))\b)"
SWING_RIGHT = re.compile(
    rf"^(?:{_S}+(?:[A-Z][\w'\u2019-]*|to|the|and)){{0,4}}{_S}+swing\b{_NOT_A_SWING}"
)
# "a swing of 12 points", "swung 8.5 per cent", "the swing from the Conservatives to Labour
# was 10.4%", "a swing to Reform of almost 12 points", "Swing UUP to SF: 4.0 points", "the
# swing from the SNP to Labour peaked at 26.5 points": "swing"
# or "swung", then only party or place names and small words, up to the figure.
_SWING_GAP_WORDS = (
    "of", "was", "is", "at", "stood", "by", "to", "from", "towards", "against", "between",
    "and", "in", "the", "a", "an", "here", "there", "nationally", "overall", "this", "time",
    "seat", "constituency", "came", "just", "only", "some", "around", "about",
    "almost", "nearly", "over", "more", "than", "under", "roughly", "well",
    "peaked", "reached", "hit", "averaged", "topped", "exceeded", "touched",
    "needed", "required", "necessary", "would", "be",
)  # fmt: skip
SWING_LEFT = re.compile(
    rf"\b(?:[Ss]wings?|[Ss]wung){_NOT_A_SWING},?(?:{_S}+(?:{'|'.join(sorted(set(_SWING_GAP_WORDS)))}|"
    rf"[A-Z][\w'\u2019-]*)){{0,9}}:?{_S}+$"
)
MAJORITY_LEFT = re.compile(
    rf"\bmajority(?::{_S}*|{_S}+(?:of{_S}+|was{_S}+|is{_S}+|to{_S}+|from{_S}+|stood{_S}+at{_S}+|"
    rf"(?:cut|slashed|reduced|increased|fell|rose|down|up){_S}+to{_S}+))(?:just{_S}+|only{_S}+)?"
    rf"(?:{QUALS}{_S}+)?$",
    re.IGNORECASE,
)
MAJORITY_RIGHT = re.compile(rf"^(?:{_S}|-)+(?:vote{_S}+)?majority\b")
MORE_THAN_RIGHT = re.compile(
    rf"^{_S}+(?:more{_S}+votes?|votes?{_S}+more|votes?{_S}+ahead|more){_S}+(?:than|of)\b"
    rf"|^{_S}+votes?{_S}+ahead{_S}+of\b|^{_S}+votes?{_S}+clear{_S}+of\b"
)
# After a year that says whose figure follows: "its 2019 vote of 29,040", "her 2019
# majority of 18,304", "the 2019 turnout was 71.6%". The year marks that figure.
YEAR_NOUN_RIGHT = re.compile(
    rf"^(?:'s|\u2019s)?{_S}+(?:general{_S}+election{_S}+)?(?P<noun>vote{_S}+share|votes?|"
    rf"majority|share|result|turnout|tally|total|margin)(?:{_S}+(?:of|was|were|stood{_S}+at|at))?:?"
    rf"{_S}+(?:(?:just|only|some|a|an){_S}+)?(?:{QUALS}{_S}+)?(?=[0-9\u00a3])"
)
# "came 1,262 votes short of winning": the gap to the winner, a majority.
SHORT_RIGHT = re.compile(rf"^{_S}+votes?{_S}+short\b")
# "to within 1,500 votes", "came within 300 votes of": the gap between two candidates.
WITHIN_LEFT = re.compile(rf"\b(?:to|came|come|comes|coming|got|get|finished){_S}+within{_S}+$")
BY_LEFT = re.compile(rf"\b(?:by|margin{_S}+of){_S}+(?:just{_S}+|only{_S}+)?(?:{QUALS}{_S}+)?$")
WIN_CUE = re.compile(
    r"\b(?:beat|beating|beats|won|win|wins|winning|defeated|defeating|held|hold|holds|"
    r"holding|retained|retain|retaining|kept|ahead|victory|lead|leads|led|edged|margin|"
    r"lost|lose|loses|losing|trailed|trailing|took|taken|taking|take|takes|gained|gain|"
    r"gains|clung|cling|clinging|survived|survive|survives|surviving|scraped|scraping|beaten|"
    r"squeaked|sneaked|snatched|seized|captured|unseated|ousted|toppled)\b",
    re.IGNORECASE,
)
TIMES_WIN_CUE = re.compile(
    r"\b(?:won|win|winning|wins|elected|re-elected|returned|held|holding|retained|"
    r"victorious|stood|standing|contested|contesting)\b",
    re.IGNORECASE,
)
FUTURE_RIGHT = re.compile(r"^(?:'s|\u2019s|s'|s\u2019)?[ \u00a0]+time\b")
FUTURE_LEFT = re.compile(r"\b(?:next|coming|following|another)[ \u00a0]+$")
_PLAN_WORDS = (
    r"\b(?:plans?|planned|planning|pledged?|pledges|promised?|promises|vowed?|vows|will|"
    r"aims?|intends?|proposed?|proposes|wants?)[ \u00a0]"
)
PLAN_CUE = re.compile(_PLAN_WORDS + r"[ \u00a0]*(?:to[ \u00a0]+)?\w+[^,;.]*$")
# Where a PLAN_CUE can start: its first word.
_PLAN_WORD = re.compile(_PLAN_WORDS)
_OF_RIGHT = re.compile(r"^[ \u00a0]+of\b")
# "fell by a third", "collapsed by almost half": a fraction of what there was, not a share.
_RELATIVE_LEFT = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|collapsed|crashed|tumbled|shrunk|slashed|reduced|sank)"
    rf"{_S}+by{_S}+(?:{QUALS}{_S}+)?$",
    re.IGNORECASE,
)
_VOT = re.compile(r"\bvot")
_YEARS_OF_AGE = re.compile(r"^[ \u00a0]+years?[ \u00a0]+of[ \u00a0]+age\b")
_COMMONS = re.compile(r"\b(?:Commons|parliamentary|working|overall)\b")
_LEAD_OF = re.compile(r"\blead[ \u00a0]+of[ \u00a0]+$")
_VOTES_PAREN = re.compile(r"(?:votes?|[0-9])[ \u00a0]*\($")
_SEATS_WORD = re.compile(r"\b(?:seats|MPs)\b(?![ \u00a0]+(?:of|in|for|to)\b)", re.IGNORECASE)
_NAME_COMMA = re.compile(r"[A-Z][a-z][\w'\u2019-]*, $")
_COMMA_LIST = re.compile(r"^,[ \u00a0]*(?:[0-9]|and\b|or\b)")

# -- ordinals ----------------------------------------------------------------------------
TERM_RIGHT = re.compile(
    rf"^(?:{_S}+(?:consecutive|successive|straight|full|parliamentary))?{_S}+(?:term|terms|"
    r"time|victory|win|election[ \u00a0]+(?:win|victory)|successive)\b"
)
RANK_RIGHT_PLACE = re.compile(r"^(?:[ \u00a0]+|-)(?:place|placed)\b")
RANK_VERB_LEFT = re.compile(
    r"\b(?:came|come|comes|coming|finished|finish|finishes|finishing|placed|ended[ \u00a0]+up|"
    r"ending[ \u00a0]+up)(?:[ \u00a0]+(?:a|distant|close|strong|respectable|poor))*[ \u00a0]+$",
    re.IGNORECASE,
)
# "was fifth with 1,710 votes", "Keir Cozens second on 12,959": a place, then its votes.
RANK_RESULT_RIGHT = re.compile(
    r"^,?[ \u00a0]+(?:with|on)[ \u00a0]+(?:(?:just|only|around|about)[ \u00a0]+)?\d"
)
RANK_SUPERLATIVE = re.compile(r"^[ \u00a0-](?:largest|biggest|smallest|highest|lowest)\b")
FIRST_ROLE = re.compile(
    r"^(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:MP|MPs|woman|man|person|candidate|leader|member|"
    r"Member|politician|party|Muslim|black|independent|minister|seat|MEP)\b"
)
# "the first to be won by Nigel Farage's party", "the second to lose their seat".
_FIRST_TO = re.compile(r"^[ \u00a0]+to[ \u00a0]+(?:be|win|lose|have|take|hold|gain|fall)\b")
# Where a clause opens, before a place that opens it ("… and fourth was Reform").
_CLAUSE_OPENS = re.compile(r"(?:\band|,|;|:|\u2013|-)[ \u00a0]+$")
# "beating the Conservatives into fourth", "pushed into a distant third".
RANK_INTO_LEFT = re.compile(
    r"\binto[ \u00a0]+(?:a[ \u00a0]+)?(?:distant[ \u00a0]+|close[ \u00a0]+)?$"
)
# A place opening its line: "Fourth was Reform, with 1,338".
RANK_OPENS_RIGHT = re.compile(r"^[ \u00a0]+(?:was|were|came|went[ \u00a0]+to|place)\b")
ATTEMPT_RIGHT = re.compile(rf"^{_S}+(?:attempt|try|time{_S}+of{_S}+asking)\b")
IDIOM_RIGHT = re.compile(
    rf"^(?:{_S}+(?:past|of|and|foremost|hand|place{_S}+finish|step|steps|thing|things|time|"
    r"glance|sight|instance|half|minister|lady|reading|choice|class|rate|person|off)\b|-(?:hand|rate|class))",
    re.IGNORECASE,
)
_TIME_RIGHT = re.compile(r"^[ \u00a0]+time\b")
_A_DISTANT = re.compile(r"\ba[ \u00a0]+(?:distant|close|strong|respectable|poor)[ \u00a0]+$")


# -- one figure ----------------------------------------------------------------------------
def classify_figure(
    text: str, tok: NumberToken, left: str, right: str, sent: Sentence
) -> Figure | None:
    """What the number ``tok`` measures, or None when it is not a claim.

    ``text`` is the article, ``sent`` the sentence holding the token, ``left``/``right``
    the text of that sentence before and after the token (see ``Figure``). A money figure
    takes its currency sign: ``tok.start`` moves back one character."""
    if never_a_claim(tok, left, right):
        return None
    kind = tok.kind
    if kind is TokenKind.ORDINAL:
        digits = any("0" <= ch <= "9" for ch in text[tok.start : tok.core_end])
        return _classify_ordinal(tok, left, right, digits)
    if kind is TokenKind.FRACTION:
        if TERM_RIGHT.match(right) and _ordinal_article(text, tok):
            # "a fifth term", "a third time": an ordinal count of terms, not a fraction
            q = fraction_of(text[tok.start : tok.end])
            if q is not None and q[0] == 1:
                tok.value, tok.kind = q[1], TokenKind.ORDINAL
                return Figure(tok, Category.TERM, left, right)
        return _classify_fraction(tok, left, right)
    if tok.suffix:
        return _classify_suffix(tok, left, right, tok.suffix)
    if left.endswith(("\u00a3", "$", "\u20ac")):
        tok.start -= 1  # the currency is part of the figure as written
        return Figure(tok, Category.MONEY, left[:-1], right)
    if left.endswith(("aged ", "aged\u00a0")) and not left[-6:-5].isalpha():
        return Figure(tok, Category.AGE, left, right)  # (not "averaged 8,000")
    if kind is TokenKind.DIGITS:
        measure = ballot_measure(left, right, tok.value)
        if measure is not None:
            return Figure(tok, Category.BALLOTS, left, right, measure=measure)
    if _is_year(tok) and YEAR_NOUN_RIGHT.match(right):
        return Figure(tok, Category.YEAR_CANDIDATE, left, right)  # "its 2019 vote of 29,040"
    noun = noun_after(right)
    if kind is TokenKind.WORDS and tok.value == 1 and (noun is None or noun is Noun.COUNT):
        return None  # "a positive one", "one of the safest seats"
    if noun is not None:
        return _classify_noun(tok, left, right, noun)
    if _is_year(tok):
        return Figure(tok, Category.YEAR_CANDIDATE, left, right)
    return _classify_bare(text, tok, left, right, sent)


def _classify_fraction(tok: NumberToken, left: str, right: str) -> Figure | None:
    """ "a third of voters", "almost half": a fraction is a claim when it is of something or
    qualified; a share when votes follow, unless it is a change ("fell by a third")."""
    if _OF_RIGHT.match(right) or qualifier_of(left, right) is not Qualifier.EXACT:
        fig = Figure(tok, Category.FRACTION, left, right)
        share = _VOT.search(right[:40]) and not _RELATIVE_LEFT.search(left)
        fig.percent_kind = PercentKind.SHARE if share else PercentKind.OTHER
        return fig
    return None


def _classify_suffix(tok: NumberToken, left: str, right: str, suffix: str) -> Figure:
    """A unit written onto the number: "67.5 per cent", "4 points", "75-year-old",
    "170-seat", or a hyphenated word (``suffix`` is ``NumberToken.suffix``)."""
    if suffix == "pct":
        return _percent(Figure(tok, Category.PERCENT, left, right))
    if suffix == "pts":
        return _points(Figure(tok, Category.POINTS, left, right))
    if suffix == "age":
        return Figure(tok, Category.AGE, left, right)
    if suffix == "seat":
        return Figure(
            tok, Category.SEATS, left, right, is_majority=bool(MAJORITY_RIGHT.match(right))
        )
    return _classify_hyphenated(tok, left, right, suffix.removeprefix("hy:"))


def _classify_hyphenated(tok: NumberToken, left: str, right: str, word: str) -> Figure:
    """ "a 7,000-vote majority", "a 30-time winner", "a 2,000-strong crowd", "a 30-day
    campaign" (a count of days): ``word`` is what follows the hyphen, lower-cased."""
    if word in ("vote", "votes"):
        cat = Category.MAJORITY if MAJORITY_RIGHT.match(right) else Category.VOTES
        return Figure(tok, cat, left, right)
    if word == "time":
        return Figure(tok, Category.TERM, left, right)
    if word == "strong":
        return Figure(tok, Category.COUNT, left, right, measure="people")
    return Figure(tok, Category.COUNT, left, right, measure=word + "s")


def _classify_noun(tok: NumberToken, left: str, right: str, noun: Noun) -> Figure | None:
    """A number followed by what it counts: "24,120 votes", "411 seats", "eight times",
    "40 years", "three candidates". None for a duration that is a plan ("in five years'
    time", "the next four years")."""
    if noun is Noun.VOTES:
        return _votes(Figure(tok, Category.VOTES, left, right))
    if noun is Noun.SEATS:
        # "a majority of 170 seats": the Commons majority, not a party's seats
        majority = "ajority" in left and bool(MAJORITY_LEFT.search(left))
        return Figure(tok, Category.SEATS, left, right, is_majority=majority)
    if noun is Noun.TIMES:
        cs = clause_start(left, len(left))
        if TIMES_WIN_CUE.search(left[cs:]) or TIMES_WIN_CUE.search(right[:40]):
            return Figure(tok, Category.TERM, left, right)
        return Figure(tok, Category.COUNT, left, right, measure="times")
    if noun is Noun.TERMS:
        return Figure(tok, Category.TERM, left, right)
    if noun is Noun.DURATION:
        return _duration(tok, left, right)
    if noun is Noun.POINTS:
        return _points(Figure(tok, Category.POINTS, left, right))
    m = NOUN_RE.match(right)  # Noun.COUNT
    return Figure(tok, Category.COUNT, left, right, measure=m.group("n") if m else None)


def _duration(tok: NumberToken, left: str, right: str) -> Figure | None:
    """ "for 40 years", "after 19 days": a count of the unit, or an age ("75 years of
    age"); None for a span still to come."""
    if _YEARS_OF_AGE.match(right):
        return Figure(tok, Category.AGE, left, right)
    if FUTURE_RIGHT.match(right[right.find(" ", 1) :] if " " in right[1:] else "") or (
        FUTURE_LEFT.search(left)
    ):
        return None
    word = NOUN_RE.match(right)
    measure = word.group("n").lower() if word else None
    if measure and not measure.endswith("s"):
        measure += "s"
    return Figure(tok, Category.COUNT, left, right, measure=measure)


def _is_year(tok: NumberToken) -> bool:
    """Four plain digits from 1800 to 2100: perhaps a year."""
    v = tok.value
    return (
        tok.kind is TokenKind.DIGITS
        and isinstance(v, int)
        and 1800 <= v <= 2100
        and not tok.grouped
        and not tok.signed
        and tok.end - tok.start == 4
    )


# After "N more than": a candidate or party, so N is a margin over them.
_NAMED_AFTER_THAN = re.compile(r"^[ \u00a0]+more[ \u00a0]+than[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def _classify_bare(text: str, tok: NumberToken, left: str, right: str, sent: Sentence) -> Figure:
    """A number with no unit of its own: a majority if the words say so ("a majority of
    7,247", "a 170 majority"), else BARE, settled later from the rest of its sentence."""
    fig = Figure(tok, Category.BARE, left, right, explicit=False)
    if MORE_THAN_RIGHT.match(right) and _NAMED_AFTER_THAN.match(right):
        # "seven and a half thousand more than Labour candidate Praful Nargund"
        fig.category, fig.compare_loser, fig.explicit = Category.MAJORITY, True, True
        return fig
    if "ajority" in left and MAJORITY_LEFT.search(left) or MAJORITY_RIGHT.match(right):
        if _COMMONS.search(text[sent.start : sent.end]):
            fig.category, fig.is_majority = Category.SEATS, True
        else:
            fig.category = Category.MAJORITY
        fig.explicit = True
        if MORE_THAN_RIGHT.match(right):
            fig.compare_loser = True
    return fig


def _ordinal_article(text: str, tok: NumberToken) -> bool:
    """Whether a fraction token is "a <ordinal>" ("a fifth", not "one fifth", "a quarter")."""
    written = text[tok.start : tok.end].lower()
    return written.startswith("a ") and not written.endswith(("half", "quarter"))


def _classify_ordinal(tok: NumberToken, left: str, right: str, digits: bool) -> Figure | None:
    """ "his 11th term", "came second", "the first Green MP", "third attempt"; a digit
    ordinal with none of those readings is ORDINAL, a word ordinal is not a claim."""
    if TERM_RIGHT.match(right):
        if tok.value == 1 and _TIME_RIGHT.match(right):
            return None  # "for the first time": a figure of speech, the year carries the fact
        return Figure(tok, Category.TERM, left, right)
    if (
        RANK_VERB_LEFT.search(left)
        or RANK_RIGHT_PLACE.match(right)
        or RANK_SUPERLATIVE.match(right)
        or RANK_RESULT_RIGHT.match(right)
        or _A_DISTANT.search(left)
    ):
        return Figure(tok, Category.RANK, left, right)
    if ATTEMPT_RIGHT.match(right):
        return Figure(tok, Category.COUNT, left, right, measure=ATTEMPT)
    if (
        left.endswith(("the ", "the\u00a0", "'s ", "\u2019s ", "historic ", "ever "))
        and (FIRST_ROLE.match(right) or _FIRST_TO.match(right))
        and not (IDIOM_RIGHT.match(right))
    ):
        return Figure(tok, Category.RANK, left, right)  # "the first Green MP", "Reform's first MP"
    if RANK_INTO_LEFT.search(left) or (
        RANK_OPENS_RIGHT.match(right) and (not left.strip() or _CLAUSE_OPENS.search(left))
    ):
        return Figure(tok, Category.RANK, left, right)  # "beat the Tories into fourth"
    if digits:
        return Figure(tok, Category.ORDINAL, left, right)
    return None


def _points(fig: Figure) -> Figure:
    """A figure in points: a change unless it is a lead ("a 12-point lead")."""
    fig = _percent(fig)
    fig.change = not fig.lead
    return fig


# After a percentage: a probability, not a result ("a 19 per cent chance of winning").
_ODDS_RIGHT = re.compile(
    r"^[ \u00a0]+(?:chance|probability|likelihood|likely|odds|certain|certainty)\b", re.IGNORECASE
)


# A verb of totting up before a figure, whose "up" is no rise: "piles up 45%", "racked up
# 62.3 per cent", "notched up".
_TOTTED_UP = re.compile(
    rf"\b(?:piles?|piled|piling|racks?|racked|racking|notch(?:es|ed)?|notching|chalk(?:s|ed)?|"
    rf"chalking|stack(?:s|ed)?|stacking|clock(?:s|ed)?|clocking|mops?|mopped|hoover(?:s|ed)?|"
    rf"sweeps?|swept|end(?:s|ed)?|ending){_S}+up{_S}+(?:{QUALS}{_S}+)?(?:a{_S}+)?$",
    re.IGNORECASE,
)


def _percent(fig: Figure) -> Figure:
    """Set ``change``, ``lead`` and ``percent_kind`` of a percentage from its words: "rose
    by 5%", "a 12-point lead", "67.5% turnout", "40% of the vote"; else the nearer cue to
    the left wins ("Turnout fell to 58%, while Labour's share rose to 40%"). A swing ("a
    10.4% swing", "swung 8.5 per cent") is a SWING, a change in points."""
    left, right = fig.left, fig.right
    if _is_swing(left, right):
        fig.category, fig.change = Category.SWING, True
        return fig
    if (
        fig.tok.signed
        or (_CHANGE_LEFT_REV.match(left[::-1]) and not _TOTTED_UP.search(left[-30:]))
        or CHANGE_RIGHT.match(right)
    ):
        fig.change = True
    if LEAD_RIGHT.match(right) or _LEAD_OF.search(left):
        fig.lead, fig.change = True, False
    if PCT_RIGHT_TURNOUT.match(right):
        fig.percent_kind = PercentKind.TURNOUT
    elif _ODDS_RIGHT.match(right):
        fig.percent_kind = PercentKind.OTHER  # "a 19 per cent chance of winning"
    elif PCT_RIGHT_SHARE.match(right) or _VOTES_PAREN.search(left):
        fig.percent_kind = PercentKind.SHARE
    else:
        t = max((m.start() for m in TURNOUT_CUE.finditer(left)), default=-1)
        s = max((m.start() for m in SHARE_CUE.finditer(left)), default=-1)
        if t >= 0 and t > s:
            fig.percent_kind = PercentKind.TURNOUT
        elif s >= 0:
            fig.percent_kind = PercentKind.SHARE
        else:
            fig.percent_kind = None  # decided later: share if a party or candidate is named
    return fig


def _is_swing(left: str, right: str) -> bool:
    """Whether the words around a percentage make it a swing (``SWING_RIGHT``,
    ``SWING_LEFT``); ``left``/``right`` are the text before and after it in its sentence."""
    if "swing" in right[:60] and SWING_RIGHT.match(right):
        return True
    tail = left[-80:]
    return ("wing" in tail or "wung" in tail) and bool(SWING_LEFT.search(tail))


def _votes(fig: Figure) -> Figure:
    """A count of votes, or a majority: "a majority of 7,247 votes", "7,247 more votes than
    Nargund", "beating his rival by more than 7,000 votes", "came 1,262 votes short"."""
    left, right = fig.left, fig.right
    if "ajority" in left and MAJORITY_LEFT.search(left):
        fig.category = Category.MAJORITY
    elif MORE_THAN_RIGHT.match(right):
        fig.category, fig.compare_loser = Category.MAJORITY, True
    elif WITHIN_LEFT.search(left[-40:]):
        fig.category = Category.MAJORITY  # "took the party to within 1,500 votes"
    elif SHORT_RIGHT.match(right) or (
        (" by" in left[-30:] or "margin" in left) and BY_LEFT.search(left) and WIN_CUE.search(left)
    ):
        fig.category = Category.MAJORITY
    return fig


# -- figures of one sentence ------------------------------------------------------------------
# Categories that lend their unit to a BARE figure in the same sentence.
_LENDERS = frozenset([Category.VOTES, Category.SEATS, Category.PERCENT, Category.MAJORITY])
_PLANNABLE = frozenset([Category.MONEY, Category.COUNT, Category.OTHER])


# What a figure a year names is, by the noun between them ("its 2019 vote of 29,040").
_YEAR_NOUNS = {
    "vote": (Category.VOTES, None),
    "votes": (Category.VOTES, None),
    "tally": (Category.VOTES, None),
    "total": (Category.VOTES, None),
    "majority": (Category.MAJORITY, None),
    "margin": (Category.MAJORITY, None),
    "share": (Category.PERCENT, PercentKind.SHARE),
    "turnout": (Category.PERCENT, PercentKind.TURNOUT),
}


def named_by_year(fig: Figure, noun: str) -> None:
    """A figure a year names ("its 2019 vote of 29,040"): a bare one takes the noun's
    category ("vote" VOTES, "majority" MAJORITY, "share" and "turnout" a percentage)."""
    if fig.category is not Category.BARE:
        return
    found = _YEAR_NOUNS.get(noun.split()[-1].lower())
    if found is None:
        return
    category, kind = found
    if category is Category.PERCENT and not (
        isinstance(fig.tok.value, int | float) and 0 <= fig.tok.value <= 100
    ):
        return
    fig.category, fig.explicit = category, True
    if kind is not None:
        fig.percent_kind = kind


# Before a bare count after a name: "Rhea Keehn, on 11,553", "Tory James Clarke with 10,034".
_ON_LEFT = re.compile(r"(?:,|\b(?:on|with|polling|polled))[ \u00a0]+(?:just[ \u00a0]+)?$")
# Before a bare margin of victory: "re-elected in 2019 by 10,995", "won the seat by 3,000".
_WON_BY_LEFT = re.compile(
    r"\b(?:won|wins?|winning|(?:re-?)?elected|held|holds?|holding|retain(?:ed|s|ing)?|"
    r"kept|keeps?|beat|beating|defeat(?:ed|ing|s)?)\b[^,.;:]{0,40}?[ \u00a0]by[ \u00a0]+"
    r"(?:just[ \u00a0]+|only[ \u00a0]+|a[ \u00a0]+mere[ \u00a0]+)?$"
)
# A share in brackets after a bare number: the number is the votes it is a share of.
_SHARE_IN_BRACKETS = re.compile(r"\([ \u00a0]*\d{1,3}(?:\.\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent)")


def resolve_bare(ctx: ArticleContext, sent: Sentence, figs: list[Figure]) -> None:
    """Settle the BARE figures of sentence ``sent`` (``figs`` in order of position).

    An age in apposition ("Farage, 60,") is an age. Else a bare number borrows the unit of
    the nearest figure that has one: an earlier one ("its vote of 29,040 shrank to 10,836"),
    or a later one in the same list or range ("from 40 to 45%", "Labour 411, Conservative
    121 seats"; ``_listed_with``), never a later one across a verb ("Farage, 60, took 46
    per cent"). Else it is a majority after "won … by", seats after "Seats:", votes at the
    end of a named results line, or OTHER. A bare number word with nothing to borrow is not
    a claim."""
    # a table's column lends its unit to no other cell ("Majority | Majority change")
    explicit = [f for f in figs if f.explicit and f.category in _LENDERS and f.column is None]
    seats_word = None  # where the sentence's first "seats" or "MPs" ends
    for f in figs:
        if f.category is not Category.BARE:
            continue
        tail = f.right.lstrip(" \u00a0")
        ends_clause = not tail or tail[0] in ",.;:)("
        v = f.tok.value
        # a percentage lends its unit only to figures that could be one ("from 40 to 45%")
        fits = [
            e
            for e in explicit
            if e.category is not Category.PERCENT or (not f.tok.grouped and abs(v) <= 100)
        ]
        if _share_column(ctx, f, v):
            # "Tonia Antoniazzi\tLabour\t20,480\t43.4": a results row's share, in percent
            f.category, f.percent_kind = Category.PERCENT, PercentKind.SHARE
            _percent(f)
            f.percent_kind = PercentKind.SHARE
            continue
        if (
            f.tok.signed
            and isinstance(v, float)
            and abs(v) < 100
            or isinstance(v, float)
            and v < 100
            and _AFTER_A_SHARE_IN_BRACKETS.search(f.left[-24:])
        ):
            # "| 46.2 | +8.5", "(31.1%, -7.4)": a signed figure with decimals is a change in
            # points, whatever the counts beside it; so is one after a share in its
            # brackets, unsigned ("(0.5%, 0.0)")
            f.category, f.percent_kind = Category.POINTS, PercentKind.SHARE
            _points(f)
            continue
        if _SHARE_IN_BRACKETS.match(tail) and f.tok.kind is TokenKind.DIGITS and v >= 0:
            f.category = Category.VOTES  # "Craig Jamieson - Climate Party - 48 (0.1%)"
            continue
        if _OF_SOME_SEATS.match(f.right):
            # "the SNP swept 48 of the 59 constituencies on 45%": seats, whatever the
            # percentages beside them
            f.category = Category.SEATS
            continue
        if _apposition_age(ctx, f):
            # "Mr Farage, 60, took 46 per cent": an age, whatever figure follows
            f.category = Category.AGE
            continue
        # a later figure lends its unit back only along a list or a range ("60, 55 and 46
        # per cent", "between 40 and 46 per cent", "Labour 411, Conservative 121 seats"),
        # never across a verb ("Farage, 60, took 46 per cent"); an earlier one lends it on
        # ("its vote of 29,040 shrank to 10,836", "14,739 votes to Mr Ashworth's 13,760")
        fits = [e for e in fits if e.tok.start < f.tok.start or _listed_with(ctx.text, f, e)]
        if _A_COUNT_OF_ITS_OWN.match(f.right) or _MPS_TO_LEFT.search(f.left[-20:]):
            # "won 72 MPs and 11.1% of the Commons", "7 of 18 (38.9%)", "from one MP to
            # four, on 6.7%": a count with its own noun borrows no percentage
            fits = [e for e in fits if e.category is not Category.PERCENT]
        near = min(fits, key=lambda e: abs(e.tok.start - f.tok.start)) if fits else None
        if near is not None and (ends_clause or f.tok.kind is TokenKind.DIGITS):
            f.category = near.category
            if f.category is Category.MAJORITY and _ON_LEFT.search(f.left[-12:]):
                f.category = Category.VOTES  # "ahead of Labour's Rhea Keehn, on 11,553"
            f.percent_kind = near.percent_kind
            if f.category is Category.PERCENT:
                _percent(f)
                if f.tok.signed:
                    f.category = Category.POINTS  # "53.6% (-4.1)": a change in points
            continue
        if seats_word is None:  # looked for once a sentence: the work stays linear
            found = _SEATS_WORD.search(ctx.text, sent.start, sent.end)
            seats_word = found.end() if found else sent.end + 1
        if f.tok.kind is TokenKind.WORDS and not f.tok.decimals:
            # (decimals spoken in words, "fifty-nine point seven", are read as digits are)
            # "Labour won 22, the Conservatives 14 and Plaid Cymru four": a number word
            # just after a party, ending a list of seats, is seats too
            after_party = seats_word <= f.tok.start and ends_clause and _party_just_before(ctx, f)
            f.category = Category.SEATS if after_party else Category.BARE_WORD
            continue
        if seats_word <= f.tok.start:  # "Seats: Labour 411, Conservative 121"
            f.category = Category.SEATS
            continue
        if f.tok.kind is TokenKind.DIGITS and v >= 10 and _WON_BY_LEFT.search(f.left[-60:]):
            f.category = Category.MAJORITY  # "Shapps was re-elected in 2019 by 10,995"
            continue
        if _results_line(ctx, sent, f, tail) or _after_candidate(ctx, f, tail):
            f.category = Category.VOTES
            continue
        f.category = Category.OTHER


# After a count, its own noun: "72 MPs", "7 of 18".
_A_COUNT_OF_ITS_OWN = re.compile(
    r"[ \u00a0]+(?:MPs?|members|seats?|constituencies|councillors|candidates|"
    r"of[ \u00a0]+\d[\d,]*)\b"
)
# Before a count, the noun it counts: "from one MP to four".
_MPS_TO_LEFT = re.compile(r"\b(?:MPs?|seats?)[ \u00a0]+to[ \u00a0]+$")

_OF_SOME_SEATS = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|[A-Z][\w'\u2019]*)[ \u00a0]+)?[\d,]+[ \u00a0]+"
    r"(?:seats|constituencies)\b"
)


def _party_just_before(ctx: ArticleContext, f: Figure) -> bool:
    """Whether a party is named just before figure ``f`` ("… and Plaid Cymru four")."""
    mentions = ctx.mentions
    i = mentions.before(f.tok.start) - 1
    if i < 0:
        return False
    m = mentions.mentions[i]
    return m.kind is MentionKind.PARTY and 0 <= f.tok.start - m.end <= 2


# What may stand between two figures of one list or range: separators, joining words,
# qualifiers, other numbers and capitalised names ("Labour 411, Conservative 121 seats",
# "between 40 and 46 per cent", "60, 55 and 46 per cent", "from 40 to 45%", "9.7m-10m").
_LIST_GAP = re.compile(
    r"(?:[\s,;/&()\u2013\u2014\u2019'-]|\d[\d,.]*|"
    r"\b(?:and|or|nor|to|between|from|then|versus|vs|v|against|with|on|at|of|the|a|its|their|"
    r"his|her|"
    r"about|around|roughly|approximately|some|nearly|almost|just|over|under|up|down|"
    r"more|less|than|respectively|while|whilst|per|cent|percent|pc|points?|pts|seats?|"
    r"MPs?|votes?|share|majority|overall|total|lead|swing|turnout|respectively)\b\.?|"
    r"[A-Z][\w\u2019'.&-]*|%)*",
)


def _listed_with(text: str, f: Figure, lender: Figure) -> bool:
    """Whether bare figure ``f`` and ``lender`` stand in one list or range: only
    ``_LIST_GAP`` words between them (``text`` is the article's)."""
    first, second = sorted((f, lender), key=lambda e: e.tok.start)
    gap = text[first.tok.end : second.tok.start]
    return len(gap) <= 120 and _LIST_GAP.fullmatch(gap) is not None


def _apposition_age(ctx: ArticleContext, f: Figure) -> bool:
    """ "Farage, 60, won Clacton": a person's name, then a comma-fenced small number."""
    v = f.tok.value
    if not (isinstance(v, int) and 16 <= v <= 110) or not f.right.startswith(","):
        return False
    if not f.left.endswith((", ", ",\u00a0")):
        return False
    mentions = ctx.mentions
    i = mentions.before(f.tok.start) - 1
    if i >= 0:
        m = mentions.mentions[i]
        if f.tok.start - m.end <= 3:
            return m.is_person and m.kind is MentionKind.CANDIDATE
    # a name the gazetteer cannot pin down ("Corbyn, 75," with two Corbyns standing)
    return bool(_NAME_COMMA.search(f.left)) and not _COMMA_LIST.match(f.right)


# A count of votes, then a column break, just before a share: "20,480\t", "16,414 | ".
_COUNT_THEN_SHARE = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\t+| *\| *| {2,})$")
# "Lab majority 11,567 (24.5%)": the majority, then its share of the votes.
_MAJORITY_THEN_SHARE = re.compile(r"\bmajority[ \u00a0:]+\d[\d,]*[ \u00a0]*\($")
# A verb of polling just before a bare count: "polling 1,998", "garnered 4,105".
_POLLED_LEFT = re.compile(
    r"\b(?:poll(?:ed|ing)|garner(?:ed|ing)|gather(?:ed|ing)|receiv(?:ed|ing)|secur(?:ed|ing)|"
    r"attract(?:ed|ing))[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$"
)


# Before the second figure of "(0.5%, 0.0)": a share, in the same brackets.
_AFTER_A_SHARE_IN_BRACKETS = re.compile(
    r"\([ \u00a0]*\d[\d.]*[ \u00a0]*(?:%|per[ \u00a0]+cent|pc)[ \u00a0]*[,;][ \u00a0]*$"
)


def _share_column(ctx: ArticleContext, f: Figure, v) -> bool:
    """Whether a bare unsigned decimal under 100 follows a count of votes in its row
    ("Labour\t20,480\t43.4", "| 16,414 | 46.2 |"): the row's share of the vote."""
    if f.tok.signed or not isinstance(v, float) or not 0 <= v < 100:
        return False
    return bool(_COUNT_THEN_SHARE.search(f.left[-24:]))


def _results_line(ctx: ArticleContext, sent: Sentence, f: Figure, tail: str) -> bool:
    """ "Jeremy Corbyn – Independent – 24,120", "fourth was Reform with 1,338.", "a
    distant third polling 1,998 and…": a count of votes after a name, at the end of its
    line or clause or after a verb of polling (three digits or more, so "won two" or
    "aged 60." stay what they are)."""
    if tail and not tail.startswith(("(", "[", "votes")):
        counted = f.tok.value >= 100 and f.tok.kind is TokenKind.DIGITS
        column = tail[0] in "\t|" or f.right.startswith(("\t", "  "))  # a table's next column
        if not (counted and (tail[0] in ".,;" or column or _POLLED_LEFT.search(f.left[-30:]))):
            return False
    named = [m for m in ctx.mentions.between(sent.start, f.tok.start) if m.entity_kind]
    return bool(named)


# Between a candidate's name and a bare count of their votes: nothing, a bracket, a place
# ("was third with", "came second on", "a distant fourth on") or a verb of getting ("took",
# "got", "polled"), the party after the name allowed ("Ben Rend of Rejoin EU took 233").
_NAME_TO_COUNT = re.compile(
    r"(?:'s?|\u2019s?)?[ \u00a0]*(?:\([ \u00a0]*|,[ \u00a0]+)?"
    r"(?:(?:(?:was|came|finished|ended[ \u00a0]+up|is|comes|finishes)[ \u00a0]+)?"
    r"(?:a[ \u00a0]+(?:distant|close|strong|narrow|poor)[ \u00a0]+)?"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|runner-up)"
    r"[ \u00a0]+(?:with|on)[ \u00a0]+|"
    r"(?:took|takes|got|gets|had|has|scored|scores|managed|manages|collected|collects|"
    r"picked[ \u00a0]+up|picks[ \u00a0]+up|polled|polls|won|wins|received|receives|"
    r"attracted|secured|trailed[ \u00a0]+on|trailed[ \u00a0]+with|with|on)[ \u00a0]+)?"
    r"(?:just[ \u00a0]+|only[ \u00a0]+|a[ \u00a0]+mere[ \u00a0]+)?"
)
# After a party named after its candidate: "Imtiaz Palekar of the Workers Party (1,581)".
_OF_PARTY = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")
# What may follow such a count: the end of a clause, or a word that joins the next name.
_COUNT_TAIL = re.compile(
    r"(?:$|[,.;:)\u2013\u2014]|-[ \u00a0]|(?:and|while|whilst|but|to|ahead|behind|as|with)\b)"
)


def _after_candidate(ctx: ArticleContext, f: Figure, tail: str) -> bool:
    """ "Green Jen McCahon 445 and…", "Liberal Democrat Bridget Smith took 3,192",
    "Gabrielle Bailey (2,667)", "Labour's Jack Ferguson was second with 12,080": a count of
    three digits or more just after a candidate's name (the party they stand for may come
    between), at the end of its clause or before the next name: the candidate's votes.
    Parties are not enough ("Labour took 411" is seats), nor are pronouns."""
    v = f.tok.value
    if f.tok.kind is not TokenKind.DIGITS or not isinstance(v, int) or v < 100 or f.tok.signed:
        return False
    if not _COUNT_TAIL.match(tail):
        return False
    mentions = ctx.mentions
    i = mentions.before(f.tok.start) - 1
    if i < 0:
        return False
    m = mentions.mentions[i]
    text = ctx.text
    if m.kind is MentionKind.PARTY and i > 0:
        # "Ben Rend of Rejoin EU took 233": the person before "of (the) party"
        person = mentions.mentions[i - 1]
        if _OF_PARTY.fullmatch(text, person.end, m.start):
            m = person
    if m.kind is not MentionKind.CANDIDATE or f.tok.start - m.end > 60:
        return False
    gap_start = m.end
    if m is not mentions.mentions[i]:
        gap_start = mentions.mentions[i].end  # after the party
    return _NAME_TO_COUNT.fullmatch(text, gap_start, f.tok.start) is not None


def read_column(
    ctx: ArticleContext, f: Figure, found: tuple[Column, tuple[int, int], list[tuple[int, int]]]
) -> None:
    """Give figure ``f`` the measure and election its table column's heading names
    (``tables.column_at``'s ``found``), when the figure as written can be one: a count of
    votes or a majority is a whole number, a share or turnout a percentage, a change a
    signed or unsigned figure under 100. A heading's party is the party named in it, a
    runner-up's figure the person (else party) named in the row's runner-up cell. A year no
    loaded election was held in, a party or runner-up not found, or a figure of another
    unit, leaves the figure as its own words read it."""
    column, heading, cells = found
    subject = None
    if column.party is not None:
        subject = next(
            (m for m in ctx.mentions.between(*heading) if m.kind is MentionKind.PARTY), None
        )
        if subject is None:
            return
    elif column.runner_up is not None and column.kind in ("votes", "share", "change"):
        if column.runner_up >= len(cells):
            return
        named = ctx.mentions.between(*cells[column.runner_up])
        subject = next((m for m in named if m.kind is MentionKind.CANDIDATE), None) or next(
            (m for m in named if m.kind is MentionKind.PARTY), None
        )
        if subject is None:
            return
    election = None
    if column.year is not None:
        if column.year == ctx.year:
            election = ctx.election
        elif ctx.previous is not None and ctx.index.year_of(ctx.previous) == column.year:
            election = ctx.previous
        else:
            return
    v, cat, tok = f.tok.value, f.category, f.tok
    is_pct = cat is Category.PERCENT or (
        cat is Category.BARE and isinstance(v, float) and 0 <= v <= 100 and not tok.signed
    )
    kind = column.kind
    if kind == "level":  # "SNP 2024": a share if written as one, else a count of votes
        kind = "share" if cat is Category.PERCENT else "votes"
    if kind in ("share", "turnout"):
        if not is_pct or tok.signed or f.change:
            return
        f.category = Category.PERCENT
        f.percent_kind = PercentKind.SHARE if kind == "share" else PercentKind.TURNOUT
    elif kind == "change":
        if cat not in (Category.POINTS, Category.PERCENT, Category.BARE) or not abs(v) < 100:
            return
        f.category, f.percent_kind, f.change = Category.POINTS, PercentKind.SHARE, True
    else:  # votes or majority: a whole number written as one
        if cat not in (Category.BARE, Category.VOTES, Category.MAJORITY, Category.OTHER):
            return
        if not isinstance(v, int) or tok.kind is not TokenKind.DIGITS or tok.signed:
            return
        f.category = Category.MAJORITY if kind == "majority" else Category.VOTES
    f.explicit = True
    if election is not None:
        f.election, f.fixed_election = election, True
    f.column, f.column_subject = column, subject


def drop_plans(figs: list[Figure], sentence: str, sentence_start: int) -> None:
    """Mark DROP the money, counts and other figures that follow a plan or promise in
    their sentence ("plans to spend \u00a320,000"): a plan, not a fact.

    ``sentence`` is the sentence's text and ``sentence_start`` its offset in the article.
    A cue and its figure share a clause (no ",", ";" or "." between them), so each figure is
    looked for from the first plan word of its clause: linear in the sentence."""
    words = None
    for f in figs:
        if f.category not in _PLANNABLE:
            continue
        if words is None:
            words = [m.start() for m in _PLAN_WORD.finditer(sentence)]
        if not words:
            return
        pos = f.tok.start - sentence_start
        clause = max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos))
        clause = max(clause, sentence.rfind(".", 0, pos)) + 1
        k = bisect_left(words, clause)
        if k < len(words) and words[k] < pos and PLAN_CUE.search(sentence, words[k], pos):
            f.category = Category.DROP


# -- the claim's unit and type ---------------------------------------------------------------
_PERCENT_UNITS = {
    Category.PERCENT: Unit.PERCENT,
    Category.POINTS: Unit.PERCENTAGE_POINTS,
    Category.FRACTION: Unit.OTHER,
}
_NAMED = frozenset([SubjectKind.CANDIDATE, SubjectKind.PARTY])


# Categories whose unit and claim type are fixed.
_FIXED_UNIT_AND_TYPE = {
    Category.VOTES: (Unit.VOTES, ClaimType.CANDIDATE_VOTES),
    Category.MAJORITY: (Unit.MAJORITY, ClaimType.MAJORITY),
    Category.SEATS: (Unit.SEATS, ClaimType.SEAT_COUNT),
    Category.AGE: (Unit.YEARS_OLD, ClaimType.AGE),
    Category.YEAR: (Unit.YEAR, ClaimType.YEAR),
    Category.RANK: (Unit.ORDINAL, ClaimType.RANK),
    Category.ORDINAL: (Unit.ORDINAL, ClaimType.OTHER),
}


# A length of time in a sentence about holding a seat or office is a tenure: a term count
# ("MP for 19 years", "after 14 years in power", "his four-month stint as MP").
_SPANS = frozenset(["years", "months"])
# "Burnley's first Tory MP for more than 100 years": how long since, not a tenure.
_FIRST_FOR = re.compile(r"\bfirst\b[^,;.]*$")
_TENURE = re.compile(
    r"\b(?:MPs?|MEPs?|[Mm]ember|served|serving|serve|represent(?:ed|ing|s)?|held|holding|sat|sitting|"
    r"in[ \u00a0]+(?:power|office|government|parliament|Parliament|the[ \u00a0]+Commons)|"
    r"tenure|stint|career|seat)\b"
)


def unit_and_type(fig: Figure, ents: list[Mention]) -> tuple[Unit, ClaimType]:
    """The unit and claim type of a figure whose category is final.

    ``ents`` are the resolved mentions of its sentence: a percentage of nothing in
    particular is a vote share when a candidate or party is named there."""
    cat = fig.category
    fixed = _FIXED_UNIT_AND_TYPE.get(cat)
    if fixed is not None:
        return fixed
    if cat in _PERCENT_UNITS:
        return _percent_unit_and_type(fig, ents)
    if cat is Category.TERM:
        return _counted_unit(fig), ClaimType.TERM_COUNT
    if cat is Category.COUNT:
        if (
            fig.measure in _SPANS
            and (_TENURE.search(fig.left) or _TENURE.search(fig.right))
            and not _FIRST_FOR.search(fig.left)
        ):
            return _counted_unit(fig), ClaimType.TERM_COUNT  # "MP for 19 years"
        return _counted_unit(fig), ClaimType.OTHER
    if cat is Category.SWING:
        return Unit.PERCENTAGE_POINTS, ClaimType.SWING
    if cat is Category.BALLOTS:
        unit = Unit.COUNT if fig.measure == BallotMeasure.ELECTORATE else Unit.VOTES
        return unit, ClaimType.BALLOT_COUNT
    return Unit.OTHER, ClaimType.OTHER  # money, other


def _counted_unit(fig: Figure) -> Unit:
    """ORDINAL for "his 11th term", COUNT for "eight times"."""
    return Unit.ORDINAL if fig.tok.kind is TokenKind.ORDINAL else Unit.COUNT


def _percent_unit_and_type(fig: Figure, ents: list[Mention]) -> tuple[Unit, ClaimType]:
    """Turnout or vote share (or their change) for a percentage, points or a fraction."""
    unit = _PERCENT_UNITS[fig.category]
    kind = fig.percent_kind
    if (
        fig.category is Category.PERCENT
        and not fig.change
        and "ajority" in fig.left
        and (MAJORITY_LEFT.search(fig.left) or _MAJORITY_THEN_SHARE.search(fig.left[-40:]))
    ):
        return unit, ClaimType.MAJORITY  # "a majority of just over 10%": of the votes cast
    if not kind:
        named = any(m.entity_kind in _NAMED for m in ents)
        kind = PercentKind.SHARE if named else PercentKind.OTHER
    if kind is PercentKind.TURNOUT:
        return unit, ClaimType.TURNOUT_CHANGE if fig.change else ClaimType.TURNOUT
    if kind is PercentKind.SHARE and not fig.lead:
        return unit, ClaimType.VOTE_SHARE_CHANGE if fig.change else ClaimType.VOTE_SHARE
    return unit, ClaimType.OTHER


def precision(tok: NumberToken) -> dict[str, int]:
    """``{"decimals": n, "rounded_to": 10**k}``: the precision a figure is written to, so
    "26,000" (rounded_to 1000) can be checked against 26,188 as the writer meant it."""
    value = tok.value
    rounded = 1
    if isinstance(value, int) and value:
        v = abs(value)
        while v % 10 == 0 and rounded < 10**9:
            v //= 10
            rounded *= 10
    return {"decimals": tok.decimals, "rounded_to": rounded}
