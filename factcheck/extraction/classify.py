"""What a number is about, read from the words around it.

Every rule reads a short window left or right of the figure inside its own sentence, so
each figure costs a handful of anchored regex matches whatever the article's length. The
rules are phrased the way election copy is written ("a majority of", "N more votes than",
"turnout ... fell to", "came second", "his 11th term", "expected to win"), not the way
any one article puts it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .numbers import MONTHS
from .patterns import trie

__all__ = [
    "qualifier_of",
    "Clauses",
    "last_word",
    "noun_after",
    "NOUN_UNITS",
]

_S = r"[ \u00a0]"
_QUAL_MORE = r"(?:more than|over|above|upwards of|in excess of|at least|exceeding|north of)"
_QUAL_LESS = (
    r"(?:almost|nearly|just under|under|less than|fewer than|below|up to|just shy of|"
    r"short of|not quite|shy of)"
)
_QUAL_APPROX = (
    r"(?:around|about|some|roughly|approximately|approx\.?|circa|c\.|an estimated|estimated|"
    r"close to|in the region of|an approximate)"
)
QUALS = (
    rf"(?:(?:just|only|well|slightly|a little|comfortably){_S}+)?"
    rf"(?:{_QUAL_MORE}|{_QUAL_LESS}|{_QUAL_APPROX})"
)
# (the rule; ``qualifier_of`` applies it as _QUAL_LEFT_REV, the same read backwards)
_QUAL_LEFT = re.compile(
    rf"\b(?:(?:just|only|well|slightly|a little|comfortably){_S}+)?"
    rf"(?:(?P<more>{_QUAL_MORE})|(?P<less>{_QUAL_LESS})|(?P<approx>{_QUAL_APPROX})){_S}+"
    r"(?:[\u00a3$\u20ac]|a[ \u00a0]+)?$",
    re.IGNORECASE,
)
# _QUAL_LEFT read backwards: matched at the start of the reversed text instead of searched
# for at every position (the qualifier is always the last thing before the figure).
_QUAL_MODS_REV = "|".join(
    re.escape(w[::-1]) for w in ("just", "only", "well", "slightly", "a little", "comfortably")
)


def _rev_alts(words: str) -> str:
    """The reversed alternatives of one of the _QUAL_* patterns (plain words and the two
    abbreviations "approx." and "c.")."""
    alts = []
    for w in words[3:-1].split("|"):  # "(?:a|b|c)"
        if w == r"approx\.?":
            alts.append(r"\.?xorppa")
        elif w == r"c\.":
            alts.append(r"\.c")
        else:
            alts.append(re.escape(w[::-1]))
    return "|".join(alts)


_QUAL_LEFT_REV = re.compile(
    rf"(?:[\u00a3$\u20ac]|[ \u00a0]+a)?{_S}+"
    rf"(?:(?P<more>{_rev_alts(_QUAL_MORE)})|(?P<less>{_rev_alts(_QUAL_LESS)})"
    rf"|(?P<approx>{_rev_alts(_QUAL_APPROX)}))(?:{_S}+(?:{_QUAL_MODS_REV}))?\b",
    re.IGNORECASE,
)
_QUAL_RIGHT = re.compile(rf"^(?:{_S}*(?:or{_S}+so|-odd|{_S}odd)\b)|^(?P<plus>-?plus\b|\+)")
_PROJECTION = re.compile(
    r"\b(?:exit[ \u00a0]+polls?|expected[ \u00a0]+to|on[ \u00a0]+course|projected|projections?|"
    r"projecting|forecasts?|forecast(?:ed|ing)?|predicted|predicting|predicts?|"
    r"poised[ \u00a0]+to|set[ \u00a0]+to[ \u00a0]+(?:win|take|lose|gain|return|secure|become|be|"
    r"hold|pick)|MRP|on[ \u00a0]+track[ \u00a0]+(?:to|for)|polls?[ \u00a0]+"
    r"(?:suggest|show|put|give|indicate)\w*|(?:will|would|could|might)[ \u00a0]+"
    r"(?:win|take|get|secure|return|gain|lose|pick[ \u00a0]+up|be[ \u00a0]+reduced|hold|"
    r"retain|have))\b",
    re.IGNORECASE,
)
# Where a _PROJECTION match can begin: after a non-word character (its leading \b), a word
# whose first letters start one of its branches, matched as case-insensitively as (?i) does
# ("\u017f" is an "s", "\u0130" and "\u0131" are an "i"). The match is the character before
# the candidate: opening with a character class lets ``re`` skip ahead.
_PROJECTION_FIRSTS = (
    ("eE", "[xX][iI\u0130\u0131pP]"),  # exit, expected
    ("oO", "[nN][ \u00a0]"),  # on course, on track
    ("pP", "[rR][oOeE]|[oO][iI\u0130\u0131lL]"),  # pro…, pre…, poised, poll…
    ("fF", "[oO][rR][eE]"),  # forecast…
    ("sS\u017f", "[eE][tT]"),  # set
    ("mM", "[rR][pP]|[iI\u0130\u0131][gG]"),  # MRP, might
    ("wW", "[iI\u0130\u0131][lL]|[oO][uU]"),  # will, would
    ("cC", "[oO][uU][lL]"),  # could
)
_PROJECTION_START = re.compile(
    rf"\W(?=[{''.join(f for f, _ in _PROJECTION_FIRSTS)}])(?="
    + "|".join(rf"[{firsts}](?:{rest})" for firsts, rest in _PROJECTION_FIRSTS)
    + ")"
)


def projection_cues(sentence: str) -> list[int]:
    """``[m.start() for m in _PROJECTION.finditer(sentence)]``, without trying the regex at
    every position."""
    out: list[int] = []
    search, match = _PROJECTION_START.search, _PROJECTION.match
    m = match(sentence, 0)  # no character before the start: try the regex itself there
    if m is None:
        pos = 1
    else:
        out.append(0)
        pos = m.end()
    while True:
        c = search(sentence, pos - 1)  # a candidate at pos or later, after c's character
        if c is None:
            return out
        start = c.start() + 1
        m = match(sentence, start)
        if m is None:
            pos = start + 1
        else:
            out.append(start)
            pos = m.end()


# Cheap substring tests before the costly cue regex: most sentences hold no forecast. They
# run on the lower-cased sentence: a case-insensitive regex cannot skip ahead.
_PROJECTION_HINTS = (
    *("poll", "expect", "course", "project", "forecast", "predict", "poised", "set to", "mrp"),
    *("track", "will ", "would ", "could ", "might "),
)
_RESULT_VERB = re.compile(
    r"\b(?:won|secured|took|gained|lost|held|retained|received|polled|got|actually|final|"
    r"declared|returned)\b"
)
# Where a clause ends. Every branch starts from one character class so ``re`` can skip
# ahead (a leading \b or branch of groups would make it try every position).
CLAUSE_SPLIT = re.compile(
    r"[;:(),\u00a0 ](?:(?<=[;:()])|(?<=,)(?=[ \u00a0]+(?:while|whereas|but|although|though|"
    r"compared|with|and|who|which|a[ \u00a0]|an[ \u00a0]|down|up|the)\b)"
    r"|(?<=[ \u00a0])(?:[\u2013\u2014-][ \u00a0]|(?:while|whereas)\b))"
)
# The same ends, scanned from rarer characters (see ``clause_ends``): every space is a
# candidate for CLAUSE_SPLIT, while this starts at the punctuation, the dash or the "w".
_CLAUSE_RARE = re.compile(
    r"[;:(),\u2013\u2014\-w](?:(?<=[;:()])|(?<=,)(?=[ \u00a0]+(?:while|whereas|but|although|"
    r"though|compared|with|and|who|which|a[ \u00a0]|an[ \u00a0]|down|up|the)\b)"
    r"|(?<=[\u2013\u2014-])(?<=[ \u00a0].)[ \u00a0]|(?<=w)(?<=[ \u00a0]w)h(?:ile|ereas)\b)"
)
# The same without the "while" branch, for sentences with no "while" or "whereas": no "w"
# to stop at (a common letter)
_CLAUSE_RARE_NO_WHILE = re.compile(
    r"[;:(),\u2013\u2014\-](?:(?<=[;:()])|(?<=,)(?=[ \u00a0]+(?:while|whereas|but|although|"
    r"though|compared|with|and|who|which|a[ \u00a0]|an[ \u00a0]|down|up|the)\b)"
    r"|(?<=[\u2013\u2014-])(?<=[ \u00a0].)[ \u00a0])"
)


def clause_ends(sentence: str) -> list[int]:
    """``[m.end() for m in CLAUSE_SPLIT.finditer(sentence)]``.

    CLAUSE_SPLIT's dash and "while" branches start at the space before them; ``_CLAUSE_RARE``
    starts one character later, so one of its matches whose space was already taken by the
    previous match is one CLAUSE_SPLIT never makes, and is skipped."""
    ends: list[int] = []
    last = 0
    scan = _CLAUSE_RARE if "while" in sentence or "whereas" in sentence else _CLAUSE_RARE_NO_WHILE
    for m in scan.finditer(sentence):
        start = m.start()
        if sentence[start] in "\u2013\u2014-w":
            start -= 1  # where CLAUSE_SPLIT's match starts: the space
            if start < last:
                continue
        last = m.end()
        ends.append(last)
    return ends


# Nouns that say what a figure counts. Anything else plural reads as a plain count.
NOUN_UNITS = {
    "votes": "votes",
    "vote": "votes",
    "ballots": "votes",
    "ballot": "votes",
    "seats": "seats",
    "seat": "seats",
    "mps": "seats",
    "mp": "seats",
    "times": "times",
    "terms": "terms",
    "term": "terms",
    "years": "duration",
    "year": "duration",
    "days": "duration",
    "day": "duration",
    "weeks": "duration",
    "week": "duration",
    "months": "duration",
    "month": "duration",
    "decades": "duration",
    "decade": "duration",
    "hours": "duration",
    "hour": "duration",
    "points": "pts",
    "point": "pts",
}
_NOT_PLURAL = frozenset(
    [
        "this",
        "thus",
        "less",
        "across",
        "unless",
        "always",
        "perhaps",
        "besides",
        "plus",
        "minus",
        "towards",
        "afterwards",
        "its",
        "his",
        "hers",
        "ours",
        "yours",
        "theirs",
        "news",
        "does",
        "goes",
        "was",
        "has",
        "is",
        "as",
        "yes",
        "bus",
        "gas",
        "us",
    ]
)
NOUN_RE = re.compile(
    r"^[ \u00a0]+(?:(?:more|fewer|less|extra|additional|further|new|consecutive|successive|"
    r"straight|separate|valid|postal|spoilt|rejected|local|full|[A-Z][\w\-]+)[ \u00a0]+){0,2}"
    r"(?P<n>[A-Za-z]+)"
)


def noun_after(right: str) -> str | None:
    """The unit a figure counts, from the noun after it: "votes", "seats", "count"…"""
    m = NOUN_RE.match(right)
    if not m:
        return None
    noun = m.group("n")
    unit = NOUN_UNITS.get(noun.lower())
    if unit is not None:
        if noun == "MP" or noun == "mp":
            return "seats" if noun == "MP" else None
        return unit
    if noun.islower() and noun.endswith("s") and len(noun) > 3 and noun not in _NOT_PLURAL:
        return "count"
    return None


_QUAL_LAST = frozenset(
    [
        "than",
        "over",
        "above",
        "of",
        "least",
        "exceeding",
        "almost",
        "nearly",
        "under",
        "below",
        "to",
        "around",
        "about",
        "some",
        "roughly",
        "approximately",
        "approx",
        "approx.",
        "circa",
        "c.",
        "estimated",
        "a",
        "an",
    ]
)


def last_word(left: str) -> str:
    """The word just before a figure, lower-cased, currency signs dropped."""
    tail = left[-24:].rstrip(" \u00a0\u00a3$\u20ac")
    cut = max(tail.rfind(" "), tail.rfind("\u00a0"))
    return tail[cut + 1 :].lower()


def qualifier_of(left: str, right: str) -> str:
    """exact | approx | more_than | less_than, from the words hugging the figure."""
    tail = left[-24:].rstrip(" \u00a0\u00a3$\u20ac")  # ``last_word``, inlined
    word = tail[max(tail.rfind(" "), tail.rfind("\u00a0")) + 1 :].lower()
    m = _QUAL_LEFT_REV.match(left[-32:][::-1]) if word in _QUAL_LAST else None
    if m:
        if m.group("more"):
            return "more_than"
        if m.group("less"):
            return "less_than"
        return "approx"
    # _QUAL_RIGHT needs "+", "-plus" or "plus" at once, or "or so" / "odd" / "-odd" after the
    # spaces: most figures are followed by neither, so skip the call
    if right[:1] in ("+", "-", "p") or right.lstrip(" \u00a0")[:1] in ("o", "-"):
        r = _QUAL_RIGHT.match(right)
        if r:
            return "more_than" if r.group("plus") else "approx"
    return "exact"


class Clauses:
    """Clause boundaries and forecast cues of one sentence, computed once for its figures."""

    __slots__ = ("sentence", "starts", "_cues")

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.starts = [0, *clause_ends(sentence)]
        self._cues: list[int] | None = None  # found when a figure first asks

    @property
    def cues(self) -> list[int]:
        """Where the forecast cues start, if the sentence has a forecast hint at all."""
        if self._cues is None:
            self._cues = []
            low = self.sentence.lower()
            for hint in _PROJECTION_HINTS:
                if hint in low:
                    self._cues = projection_cues(self.sentence)
                    break
        return self._cues

    def bounds(self, offset: int) -> tuple[int, int]:
        """(start, end) of the clause holding ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        lo = self.starts[max(i, 0)]
        hi = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.sentence)
        return lo, hi

    def is_projection(self, offset: int) -> bool:
        """Whether the figure at ``offset`` is a forecast, not a result."""
        cues = self.cues
        if not cues:
            return False
        lo, hi = self.bounds(offset)
        if any(lo <= c < hi for c in cues):
            return True
        if cues[0] < lo:
            return not _RESULT_VERB.search(self.sentence, lo, hi)
        return False


def clause_start(sentence: str, offset: int) -> int:
    """Offset where the clause holding ``offset`` begins (for a left-context string)."""
    start = 0
    for m in CLAUSE_SPLIT.finditer(sentence, 0, offset):
        start = m.end()
    return start


# -- filters: figures that are never claims ------------------------------------------------
DATE_RIGHT = re.compile(rf"^(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?(?:{MONTHS})\b\.?")
DATE_LEFT = re.compile(rf"\b(?:{MONTHS})\.?{_S}+(?:the{_S}+)?$")
FULL_DATE_LEFT = re.compile(
    rf"(?:\b[0-9]{{1,2}}(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?(?:{MONTHS}),?{_S}+"
    rf"|\b(?:{MONTHS}){_S}+[0-9]{{1,2}}(?:st|nd|rd|th)?,?{_S}+)$"
)
ADDRESS_RIGHT = re.compile(
    rf"^{_S}+(?:[A-Z][a-z]+{_S}+){{1,3}}(?:Street|Road|Avenue|Lane|Square|Place|Gardens|"
    r"Terrace|Crescent|Close|Drive|Way|Row|Court|Mews|Walk|Grove)\b"
)
_NAME_HEADS = (
    r"Channel|Radio|Article|Section|Clause|Chapter|Number|No\.?|Room|Tier|Level|Page|"
    r"Platform|Route|Flight|Formula|Apollo|Windows|Version|Series|Season|Episode|Part|Stage|"
    r"Band|Grade|Ward|Book|Table|Figure|Fig\.?|Line|Bus|Vol\.?|Volume|Issue|Key Stage|Year|"
    r"Group of|G|Pope|King|Queen|Henry|George|Edward|Elizabeth|Charles"
)
NAME_HEAD_LEFT = re.compile(rf"\b(?:{_NAME_HEADS})[ \u00a0]?$")
# A NAME_HEAD_LEFT match is at most this long (the longest head, its dot, a space); search
# the last NAME_HEAD_SPAN + 1 characters only, so the \b before a match sees real text.
NAME_HEAD_SPAN = max(len(h.replace("\\.?", ".")) for h in _NAME_HEADS.split("|")) + 1
# Every month, whole or cut short, starts with one of these: a cheap test before the date
# patterns, which can only match where a month is written.
MONTH_HINT = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
FUTURE_RIGHT = re.compile(r"^(?:'s|\u2019s|s'|s\u2019)?[ \u00a0]+time\b")
FUTURE_LEFT = re.compile(r"\b(?:next|coming|following|another)[ \u00a0]+$")

# -- what a figure measures -------------------------------------------------------------
PCT_RIGHT_SHARE = re.compile(
    rf"^{_S}+(?:of{_S}+(?:the{_S}+|all{_S}+)?(?:popular{_S}+|national{_S}+|total{_S}+|valid{_S}+)?"
    r"(?:vote|votes|ballots)|(?:vote[ \u00a0]+)?share|of[ \u00a0]+those[ \u00a0]+voting)\b"
)
PCT_RIGHT_TURNOUT = re.compile(rf"^{_S}+turnout\b")
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
# (the rule; applied as CHANGE_LEFT_REV, the same read backwards)
CHANGE_LEFT = re.compile(
    rf"\b(?:{_CHANGE_WORDS}){_S}+(?:by{_S}+|of{_S}+)?(?:{QUALS}{_S}+)?(?:a{_S}+)?$",
    re.IGNORECASE,
)
# CHANGE_LEFT read backwards, for ``.match(left[::-1])`` (see _QUAL_LEFT_REV)
CHANGE_LEFT_REV = re.compile(
    rf"(?:{_S}+a)?(?:{_S}+(?:{_rev_alts(_QUAL_MORE)}|{_rev_alts(_QUAL_LESS)}"
    rf"|{_rev_alts(_QUAL_APPROX)})(?:{_S}+(?:{_QUAL_MODS_REV}))?)?(?:{_S}+yb|{_S}+fo)?"
    rf"{_S}+(?:{'|'.join(w[::-1] for w in _CHANGE_WORDS.split('|'))})\b",
    re.IGNORECASE,
)
CHANGE_RIGHT = re.compile(
    rf"^{_S}+(?:rise|increase|drop|fall|decrease|swing|jump|slump|gain|loss|fall|"
    r"improvement|decline|boost)\b|^[ \u00a0]+(?:up|down|higher|lower)\b(?![ \u00a0]+from)"
)
LEAD_RIGHT = re.compile(rf"^{_S}+lead\b")
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
DIFF_RIGHT = re.compile(
    rf"^{_S}+(?:more|fewer|less|higher|lower|up|down|bigger|smaller){_S}+(?:than|on){_S}+"
    rf"(?:(?P<this>this{_S}+(?:year|time))|(?P<last>last{_S}+time|(?:at{_S}+)?the{_S}+"
    rf"(?:last|previous){_S}+(?:general{_S}+)?election)|in{_S}+(?P<y>(?:19|20)[0-9]{{2}}))"
)
BY_LEFT = re.compile(rf"\b(?:by|margin{_S}+of){_S}+(?:just{_S}+|only{_S}+)?(?:{QUALS}{_S}+)?$")
WIN_CUE = re.compile(
    r"\b(?:beat|beating|beats|won|win|wins|winning|defeated|defeating|held|hold|holds|"
    r"holding|retained|retain|retaining|kept|ahead|victory|lead|leads|led|edged|margin|"
    r"lost|lose|loses|losing|trailed|trailing)\b",
    re.IGNORECASE,
)
TIMES_WIN_CUE = re.compile(
    r"\b(?:won|win|winning|wins|elected|re-elected|returned|held|holding|retained|"
    r"victorious|stood|standing|contested|contesting)\b",
    re.IGNORECASE,
)
LOSER_LEFT = re.compile(
    r"\b(?:beat|beating|beats|defeated|defeating|defeat|over|than|ahead[ \u00a0]+of|against|"
    r"unseated|unseating|ousted|ousting|toppled|toppling|clear[ \u00a0]+of)\b[^,.;\u2013]*$"
)

# -- ordinals --------------------------------------------------------------------------
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
RANK_SUPERLATIVE = re.compile(r"^[ \u00a0-](?:largest|biggest|smallest|highest|lowest)\b")
FIRST_ROLE = re.compile(
    r"^(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:MP|MPs|woman|man|person|candidate|leader|member|"
    r"politician|party|Muslim|black|independent)\b"
)
ATTEMPT_RIGHT = re.compile(rf"^{_S}+(?:attempt|try|time{_S}+of{_S}+asking)\b")
IDIOM_RIGHT = re.compile(
    rf"^(?:{_S}+(?:past|of|and|foremost|hand|place{_S}+finish|step|steps|thing|things|time|"
    r"glance|sight|instance|half|minister|lady|reading|choice|class|rate|person|off)\b|-(?:hand|rate|class))",
    re.IGNORECASE,
)

# -- years and elections ----------------------------------------------------------------
YEAR_DESIGNATOR_RIGHT = re.compile(
    rf"^(?:'s|\u2019s)?{_S}+(?:(?:snap|general|local|European|Westminster|UK|parliamentary|"
    r"Scottish|Welsh)[ \u00a0]+)*(?:elections?|polls?|contest|campaign|manifesto)\b",
    re.IGNORECASE,
)
# (the rule; applied as SINCE_LEFT_REV, the same read backwards)
SINCE_LEFT = re.compile(
    rf"\b(?:since|until|till|before|after){_S}+(?:the{_S}+|a{_S}+)?$", re.IGNORECASE
)
# SINCE_LEFT read backwards, for ``.match(left[::-1])``: one try at the figure instead of a
# search from every position of the left context
SINCE_LEFT_REV = re.compile(
    rf"(?:{_S}+eht|{_S}+a)?{_S}+(?:ecnis|litnu|llit|erofeb|retfa)\b", re.IGNORECASE
)
# Phrases that say which election a figure belongs to. Case is spelled out for the first
# letter only ("In 2019, …"): re.IGNORECASE would make every sentence scan slow.
MARKER_RE = re.compile(
    rf"\b(?:[Aa]t|[Ii]n|[Dd]uring|[Tt]han|[Ff]rom|[Cc]ompared{_S}+(?:with|to)|[Vv]ersus|vs\.?|"
    rf"[Ss]ince|[Oo]n){_S}+(?:(?:in|at){_S}+)?(?:the{_S}+)?(?:(?P<last>(?:last|previous){_S}+"
    rf"(?:general{_S}+)?election)|(?P<y>(?:19|20)[0-9]{{2}})(?![0-9,])(?:(?:'s|\u2019s)?{_S}+"
    rf"(?:general{_S}+)?election)?)|\b(?P<lt>[Ll]ast{_S}+time|[Ll]ast{_S}+year's{_S}+election|"
    rf"[Pp]revious{_S}+election)\b|\b(?P<this>[Tt]his{_S}+(?:year|time))\b"
)
# Where a MARKER_RE match other than "this year"/"this time" (which callers skip) can begin:
# after a non-word character (its leading \b), one of its first words and what that branch
# needs next (a necessary condition only: MARKER_RE decides). The match is the character
# before the candidate: opening with a character class lets ``re`` skip ahead, and \W is
# rarer than the words' first letters.
_MARKER_WORDS = [
    *(
        w
        for word in ("at", "in", "during", "than", "from", "compared", "versus", "since", "on")
        for w in (word, word.capitalize())
    ),
    *("vs", "vs."),
]
_MARKER_START = re.compile(
    rf"\W(?=[{''.join(sorted({w[0] for w in _MARKER_WORDS} | set('LlPp')))}])"
    rf"(?={trie(_MARKER_WORDS)}[ \u00a0]+(?:(?:with|to)[ \u00a0]+)?(?:(?:in|at)[ \u00a0]+)?"
    r"(?:the[ \u00a0]+)?(?:last|previous|19[0-9]{2}|20[0-9]{2})"
    r"|[Ll]ast[ \u00a0]+(?:time|year)|[Pp]revious[ \u00a0]+election)"
)


_NOT_MARKER_CHAR = re.compile(r"[^A-Za-z. \u00a0]")


def markers(sentence: str, hint: int = 0) -> Iterator[re.Match[str]]:
    """``MARKER_RE.finditer(sentence)``, without trying the regex at every position, except
    that matches of the ``this`` branch may be left out (no other match can start inside
    one, so leaving them out changes nothing else).

    ``hint`` is where the first "19xx", "20xx", "last" or "previous" is. Every other match
    holds one, with only words, dots and spaces before it; so when something else stands in
    the 30 characters before ``hint``, no such match starts before them."""
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


PLAN_CUE = re.compile(
    r"\b(?:plans?|planned|planning|pledged?|pledges|promised?|promises|vowed?|vows|will|"
    r"aims?|intends?|proposed?|proposes|wants?)[ \u00a0]+(?:to[ \u00a0]+)?\w+[^,;.]*$"
)
LOST_TO_LEFT = re.compile(r"\b(?:lost|loses|lose|losing)\b")
NATIONAL_CUE = re.compile(
    r"\b(?:national(?:ly)?|nationwide|across[ \u00a0]+the[ \u00a0]+(?:country|UK)|UK-wide|"
    r"country)\b",
    re.IGNORECASE,
)
CAPTION_RE = re.compile(
    r"\([ \u00a0]*(?:PA|EPA|AP|AFP|Getty(?:[ \u00a0]+Images)?|Reuters|PA[ \u00a0]+Wire|"
    r"PA[ \u00a0]+Media|Alamy|Shutterstock|Bloomberg|[A-Z]{2,5})[ \u00a0]*\)[ \u00a0]*$"
    r"|^(?:Photograph|Image|Photo|Picture)[ \u00a0]*:"
)
