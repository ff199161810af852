"""Which election a figure belongs to, and which years are claims.

- A year that says which election a figure belongs to ("71.6 per cent in 2019", "at the
  last general election in 2019") sets that figure's ``election`` and is not a claim
  (``resolve_years`` makes it a YEAR_MARKER, ``attach_markers`` reads the markers). It
  attaches to the nearest figure before it at the same bracket level (figures inside
  "( … )" or a " – … – " aside are skipped), else to the next figure; but one in a
  clause of its own after a semicolon or "while", "but", ", and" marks that clause's
  figures after it ("…, but at the last election he had 17,008"), or none when it stands
  deeper in the clause ("…, while Labour, second last time, slipped to third"). A year naming an
  election ("the 2017 snap general election") is never a claim. Other years ("since 1983",
  "in March 2023") are YEAR claims; years after the article's election are plans.
- The gazetteer also knows the general elections that are not loaded ("ge2017"), and a
  by-election is named by ``vocabulary.by_election_id`` ("a 2016 by-election", "at a recent
  by-election"): their years mark figures the same way, so the checker says no data is
  loaded instead of comparing them with another election's. A year of such an election
  after words that make it a claim ("first elected in 2005", "MP since 2017") stays a YEAR
  claim; it marks only the figures joined to it ("… with a majority of 5,000").
- A "when" clause after a marker belongs to its election ("in 2017, when turnout was
  70.1%"); an election named without "in"/"at" marks figures too ("The 2010 general
  election saw turnout of 65.1%").
- A gap between two figures ("26,000 – 1,180 more than this year –") takes the type and
  election of the figure it qualifies and is marked a difference, with the election it is
  taken against (``differences``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..vocabulary import Relation, by_election_id
from .context import ArticleContext
from .figures import YEAR_NOUN_RIGHT, Category, Figure, named_by_year
from .patterns import SPACE, reversed_regex, spaced, trie, words
from .qualifiers import QUALS, last_word
from .sentences import Sentence, level_at, paren_levels

__all__ = [
    "ASIDE_MARK",
    "BY_ELECTION_RIGHT",
    "CLAIMED_YEAR_LEFT",
    "DESIGNATOR_RE",
    "DIFF_RIGHT",
    "FROM_CHANGE_LEFT",
    "MARKER_LEADS",
    "MARKER_LEFT",
    "MARKER_RE",
    "RECORD_SINCE_LEFT",
    "SINCE_LEFT",
    "YEARLESS_BY_ELECTION_RE",
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
# After a year that names an election's results: "the 2019 result", "the notional 2019
# figures", "the 2019 baseline", "2019 boundaries".
_A_RESULTS_YEAR_RIGHT = re.compile(
    rf"^(?:'s|\u2019s)?{_S}+(?:notional{_S}+)?(?:results?|figures|baseline|boundaries|count)\b"
)
_ELECTION_LEFT = re.compile(r"\belections?[ \u00a0]+(?:of[ \u00a0]+|in[ \u00a0]+)?$", re.I)
# "a 2016 by-election", "the 2024 byelection": a year naming a by-election (never loaded:
# its figures are marked with ``vocabulary.by_election_id``).
_BY_ELECTION = r"[Bb]y[- \u00a0]?[Ee]lections?\b"
# The seat's name a by-election may carry: "the 2012 Bradford West by-election".
_BY_PLACE = (
    rf"(?:{_S}+[A-Z][\w'\u2019-]*(?:{_S}+(?:[A-Z][\w'\u2019-]*|and|upon|under|on|of|the)){{0,4}})?"
)
BY_ELECTION_RIGHT = re.compile(rf"^(?:'s|\u2019s)?{_BY_PLACE}{_S}+{_BY_ELECTION}")
# Before a year that is itself a claim, though it is an election's year: "first elected in
# 2005", "MP since 2017", "held since its creation in 1955", "stood as a candidate in The
# Cotswolds in 1997". No figure stands between ("the MP won 45% in 2017" marks the 45%).
# Such a year of an election that is not loaded stays a YEAR claim (see ``resolve_years``).
CLAIMED_YEAR_LEFT = re.compile(
    r"\b(?:since|elected|re-elected|first|originally|held|represented|served|sat|MP|member|"
    r"created|creation|formed|founded|established|born|joined|entered|candidate|stood|"
    r"standing|contested|fought|ran)\b"
    rf"[^,;:.()\u2013\u2014%0-9]{{0,40}}?\b(?:in|since|from|at){_S}+(?:the{_S}+|a{_S}+)?$"
)
# Before "since" a year that bounds a record, not a change: "its lowest since 2001", "the
# best result since 1997", "for the first time since 1992". Such a year is a YEAR claim.
RECORD_SINCE_LEFT = re.compile(
    r"\b(?:lowest|highest|worst|best|biggest|largest|smallest|fewest|most|least|first|"
    r"strongest|weakest|closest|narrowest|widest|heaviest|poorest)\b[^,;:.()\u2013\u2014]{0,40}"
    rf"\bsince{_S}+(?:the{_S}+|a{_S}+)?$",
    re.IGNORECASE,
)
# Between a claimed year and a figure of that election: "first elected in 2015 with a
# majority of 5,000", "elected in 2017 by 20,000 votes", "…in 1997, finishing fourth".
_CLAIMED_YEAR_JOIN = re.compile(
    rf"^,?{_S}+(?:with|by|winning|taking|polling|securing|finishing|coming|placing|placed|"
    rf"finished|came)\b[^,;:.()\u2013\u2014]*$"
)
# Between a marker and a figure its clause joins to it: " as a DUP candidate, with ", ", a
# Commons majority of ".
_JOINED_AFTER = re.compile(
    rf"^(?:(?:{_S}+as{_S}+[^,;:.()\u2013\u2014\d]{{0,40}})?,?{_S}+(?:with|on|polling|taking)\b"
    rf"[^,;:.()\u2013\u2014\d]{{0,20}}|,{_S}+(?:a|an){_S}+[^,;:.()\u2013\u2014\d]{{0,30}}\bof{_S}+)$"
)
# An apposition just after a marker: ", a Commons majority of", ", an 80-seat majority".
_APPOSITION = re.compile(rf",{_S}+(?:a|an){_S}")
# Before a majority that was the previous election's: "defending a majority of", "overturned
# a 15,000 majority", "overturning Labour's majority of".
DEFENDED_LEFT = re.compile(
    rf"\b(?:defend(?:ing|ed|s)?|overturn(?:ing|ed|s)?|overc(?:ame|oming)|wip(?:ed|ing){_S}+out|"
    rf"eras(?:ed|ing)|overhaul(?:ed|ing)?|sitting{_S}+on){_S}+(?:a|an|his|her|their|its|the|"
    rf"[A-Z][\w'\u2019-]*(?:'s|\u2019s)){_S}+(?:(?:[\w-]+){_S}+){{0,2}}?"
    rf"(?:majority(?:{_S}+of)?{_S}+(?:just{_S}+|only{_S}+|some{_S}+|almost{_S}+|nearly{_S}+|"
    rf"more{_S}+than{_S}+|over{_S}+)?)?$"
)
# Before a figure a change started from: "down from 365", "fell from 48 seats to 9", "cut
# from 26,188 to 7,247", "a collapse from over half the vote". Without a year, it is the
# previous election's figure.
FROM_CHANGE_LEFT = re.compile(
    rf"\b(?:down|up|fell|fall(?:en|ing)?|rose|risen|rising|dropped|dropping|slipped|slumped|"
    rf"climbed|jumped|cut|reduced|increased|grew|shrank|shrunk|plunged|plummeted|tumbled|"
    rf"collapsed|surged|sank|slid|doubled|trebled|tripled|halved|"
    rf"(?:a|the|its|their){_S}+(?:[a-z]+{_S}+)?(?:collapse|fall|drop|slump|decline|slide|"
    rf"plunge|retreat|rise|climb|surge|jump)),?{_S}+"
    rf"(?:sharply{_S}+|steeply{_S}+)?from{_S}+"
    rf"(?:(?:a|an|just|only){_S}+)?(?:{QUALS}{_S}+)?$",
    re.IGNORECASE,
)
# "ranged from 33.7% to 60%", "anywhere from": a range, not a change.
RANGE_LEFT = re.compile(
    r"\b(?:rang(?:e|ed|es|ing)|ran|run(?:s|ning)?|anywhere|var(?:y|ied|ies|ying))\b"
    rf"[^.;:]*?\bfrom{_S}+(?:\S+{_S}+)?$",
    re.I,
)
# "from 18.6% to 35.3%", "from 365 seats to 121": a change from one level to another.
FROM_LEFT = re.compile(rf"\bfrom{_S}+(?:(?:a|an|just|only){_S}+)?(?:{QUALS}{_S}+)?$", re.I)
TO_RIGHT = re.compile(
    rf"^(?:{_S}*(?:%|per{_S}?cent|pc|seats|MPs|votes))?(?:{_S}+of{_S}+(?:the{_S}+)?(?:vote|votes|"
    rf"seats))?{_S}+to{_S}+"
    rf"(?:(?:a|an|just|only){_S}+)?(?:{QUALS}{_S}+)?[\d£]",
    re.I,
)
# After a majority that was the previous election's: "… majority of 18,304 vanished".
LOST_MAJORITY_RIGHT = re.compile(
    rf"^(?:(?:-vote|{_S}+votes?)?{_S}+majority)?(?:{_S}+(?:in|at){_S}+(?:[A-Z][\w'\u2019-]*"
    rf"(?:{_S}+(?:and|upon|on|the|of){_S}+|{_S}+)?)+?)?(?:{_S}+also)?{_S}+(?:vanished|evaporated|"
    rf"disappeared|collapsed|crumbled|was{_S}+(?:wiped{_S}+out|overturned|swept{_S}+away|"
    rf"erased))\b"
)  # "its majority of 6,059 in Sedgefield vanished"
# After a marker: a "when" clause, whose figures are that election's too ("in 2017, when
# turnout was 70.1%").
_WHEN_RIGHT = re.compile(rf"^,?{_S}+when\b")
# What may stand before a marker that still opens its sentence ("The 2017 general election").
_OPENING = re.compile(r"\W*(?:(?:the|a|an|at|in|during)\W+)*", re.IGNORECASE)
# An election named without a lead word ("The 2010 general election saw…", "a 2016
# by-election", "the 2012 Bradford West by-election"): group ``y`` is the year, ``by`` set
# for a by-election. It opens with the year's digits so ``re`` skips ahead to a "1" or "2";
# that no letter or digit stands before it is checked in code.
DESIGNATOR_RE = re.compile(
    rf"(?P<y>(?:19|20)[0-9]{{2}})(?:'s|\u2019s)?(?:(?P<by>{_BY_PLACE}{_S}+{_BY_ELECTION})|"
    rf"(?:{_S}+(?:[Ss]nap|[Gg]eneral|UK|Westminster|[Pp]arliamentary))*{_S}+[Ee]lections?\b)"
)
# A by-election named without a year after "in"/"at" ("at a recent by-election"), looked
# for only in sentences that say "by-election". Group ``y`` never matches (there is no year).
YEARLESS_BY_ELECTION_RE = re.compile(
    rf"(?:[Ii]n|[Aa]t|[Dd]uring){_S}+(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ll]ast)"
    rf"(?:{_S}+(?![Bb]y[- \u00a0]?[Ee]lection)[A-Za-z'\u2019-]+){{0,2}}"
    rf"{_S}+{_BY_ELECTION}(?P<y>(?!))?"
)
_BY_ELECTION_HINT = re.compile(r"[Bb]y[- \u00a0]?[Ee]lection")
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
# The month of a polling day, between a lead word and the year ("in December 2019").
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MARKER_LEFT = re.compile(
    rf"\b{spaced(MARKER_LEFT_PHRASES)}{_S}+(?:the{_S}+)?(?:(?:{MONTHS}){_S}+)?$",
    re.IGNORECASE,
)
_MARKER_LEFT_REV = reversed_regex(MARKER_LEFT)  # for ``.match(left[::-1])``
_MARKER_LEFT_LAST_WORDS = frozenset(
    [*(p.split()[-1] for p in MARKER_LEFT_PHRASES), "the", *MONTHS.lower().split("|")]
)
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


# "five years ago": the election that many years before the article's ("five years before
# that" counts from another time)
# (group ``y`` never matches: callers read it as MARKER_RE's).
YEARS_AGO_RE = re.compile(
    rf"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[2-7]){_S}+years{_S}+"
    rf"ago\b(?P<y>(?!))?(?P<this>(?!))?"
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Just before a time compared with: "than ", "as it did ", "up on ", "from ", "the same as ".
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:than|as|from|on|since|like|versus|vs\.?|compared[ \u00a0]+(?:with|to))"
    r"(?:[ \u00a0]+(?:it|he|she|they|we|the[ \u00a0]+party)[ \u00a0]+(?:did|was|were|had|managed))?"
    r"[ \u00a0]+$"
)
# Between a change and the time it is measured from: "on the Brexit Party's showing".
_MEASURED_FROM = re.compile(r"\b(?:on|since|from|than|compared[ \u00a0]+with)\b")
# "then" closing a clause after a word, back to a time named before: "was third then, on
# 28.5%" (not ", then," or "since then"; groups ``y`` and ``this`` never match: callers read
# it as MARKER_RE's).
THEN_RE = re.compile(
    r"(?<=[A-Za-z0-9%][ \u00a0])(?<!\band[ \u00a0])(?<!\bbut[ \u00a0])(?<!\bsince[ \u00a0])"
    r"(?<!\buntil[ \u00a0])(?<!\bjust[ \u00a0])(?<!\beven[ \u00a0])"
    r"(?:back[ \u00a0]+)?then(?=[ \u00a0]*[,.;:)]|$)(?P<y>(?!))?(?P<this>(?!))?"
)
# Phrases that say which election a figure belongs to. Case is spelled out for the first
# letter only ("In 2019, …"): re.IGNORECASE would make every sentence scan slow.
MARKER_RE = re.compile(
    rf"\b(?:{'|'.join(_either_case(p) for p in MARKER_LEADS)})"
    rf"{_S}+(?:(?:in|at){_S}+)?(?:the{_S}+)?(?:(?P<last>(?:last|previous){_S}+"
    rf"(?:general{_S}+)?election)|(?:(?:{MONTHS}){_S}+)?"
    rf"(?P<y>(?:19|20)[0-9]{{2}})(?![0-9]|,[0-9])(?:(?:'s|\u2019s)?{_S}+"
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
    rf"(?:the[ \u00a0]+)?(?:(?:{MONTHS})[ \u00a0]+)?(?:last|previous|19[0-9]{{2}}|20[0-9]{{2}})"
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

    A year naming an election or its results ("the 2019 result"), or after "the election
    of", is a YEAR_MARKER if the
    gazetteer holds an election that year, else DROP; a year naming a by-election ("a 2016
    by-election") is a YEAR_MARKER; a year after the article's election is DROP (a plan).
    An election year the gazetteer knows is a YEAR_MARKER after "in"/"at"/"than"… when
    there is another figure for it to mark, or after "since"/"on" in a sentence with a
    change; but the year of an election that is not loaded stays a YEAR claim after words
    that make it one ("first elected in 2005", "MP since 2017": ``CLAIMED_YEAR_LEFT``).
    Any other is a YEAR claim."""
    has_change = any(f.change for f in figs)
    index = ctx.index
    by_year = index.election_by_year
    for i, f in enumerate(figs):
        if f.category is not Category.YEAR_CANDIDATE:
            continue
        year = int(f.tok.value)
        word = last_word(f.left)
        since = word in _SINCE_LAST_WORDS and _SINCE_LEFT_REV.match(f.left[::-1])
        if YEAR_DESIGNATOR_RIGHT.match(f.right) and not since:
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            continue
        noun = YEAR_NOUN_RIGHT.match(f.right)
        if noun is not None and not since:  # "its 2019 vote of 29,040": that figure's year
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            _mark_next(figs, i, noun, by_year.get(year))
            continue
        if _A_RESULTS_YEAR_RIGHT.match(f.right) and not since:
            # "on the notional 2019 result", "the 2019 figures": an election named, no claim
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            continue
        if "lection" in f.left and _ELECTION_LEFT.search(f.left):
            f.category = Category.YEAR_MARKER if year in by_year else Category.DROP
            continue
        if ctx.year is not None and year > ctx.year:
            f.category = Category.DROP  # a plan or a future contest, not a fact yet
            continue
        if not since and "lection" in f.right[:64] and BY_ELECTION_RIGHT.match(f.right):
            f.category = Category.YEAR_MARKER
            continue
        if since and RECORD_SINCE_LEFT.search(f.left):
            f.category = Category.YEAR  # "its lowest since 2001": a record, not a baseline
            continue
        slug = by_year.get(year)
        if (
            slug is not None
            and _marks_election(figs, i, word, bool(since), has_change)
            and (index.is_loaded(slug) or not CLAIMED_YEAR_LEFT.search(f.left))
        ):
            f.category = Category.YEAR_MARKER
            continue
        f.category = Category.YEAR


def _mark_next(figs: list[Figure], i: int, noun: re.Match[str], slug: str | None) -> None:
    """The figure a year names (``figs[i]``, its YEAR_NOUN_RIGHT match ``noun``: "its 2019
    vote of 29,040") takes the noun's category if it had none (``named_by_year``) and that
    year's election, which ``attach_markers`` keeps."""
    at = figs[i].tok.end + noun.end()
    for f in figs[i + 1 :]:
        if f.tok.start == at:
            named_by_year(f, noun.group("noun"))
            if slug is not None:
                f.election, f.fixed_election = slug, True
            return


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
    otherwise ("in 2019", "at the last election", "the 2017 general election", "a 2016
    by-election"; see the module docstring for which figure a marker attaches to). After
    "since"/"on" a marker sets ``compared_election`` of the sentence's changes instead
    ("up 5 points since 2019"). The figures of a "when" clause after a marker are its
    election's too ("in 2017, when turnout was 70.1%").

    A year of an election that is not loaded, kept as a claim ("first elected in 2015"),
    still marks the figures joined to it by "with" or "by" ("… with a majority of 5,000").

    ``stext`` is the text of sentence ``sent``; ``figs`` its figures, in order."""
    fixed = [(f, f.election) for f in figs if f.fixed_election]
    for f in figs:
        f.election = ctx.election
    _previous_levels(ctx, figs)
    _previous_majorities(ctx, figs)
    levels: list[tuple[int, int]] | None = None
    for m, slug in _sentence_markers(ctx, stext) + _then_markers(ctx, sent, stext):
        if m.group("y") and any(f.tok.start == sent.start + m.start("y") for f in figs):
            # the year is a claim of its own here, not a marker; but a "when" clause after
            # it is that year's ("its best since 1997, when it won 418 seats")
            joined = _when_clause(sent, stext, figs, m.end())
            if not ctx.index.is_loaded(slug):
                joined += _joined_to_claimed_year(sent, stext, figs, m.end())
            for f in joined:
                f.election = slug
            continue
        when = _when_clause(sent, stext, figs, m.end())
        if m.group(0).lower().startswith(("since", "on", "than")) or (
            m.re is not MARKER_RE
            and _COMPARED_WITH_BEFORE.search(stext, max(0, m.start() - 40), m.start())
        ):
            # "up 5 points since 2019"; "33.7 per cent, barely higher than five years ago",
            # "the same share as five years ago", "a far cry from five years ago": the
            # earlier election is what the sentence compares with, not the figures' own
            _compare_changes(figs, slug)
            marked = when
        else:
            if levels is None:
                levels = paren_levels(stext)
            marked = _marked_figures(sent, stext, figs, m, levels) + when
            if m.group(0).lower().startswith(("compared", "versus")):
                # "fell by 9.9 points compared with 2017": a change measured from 2017,
                # not a change at 2017; a level beside it is that year's
                _compare_changes(marked, slug)
                marked = [f for f in marked if not f.change]
        if m.re is YEARS_AGO_RE or m.re is THEN_RE:
            # "up 5.9 points on the Brexit Party's showing five years ago": a change is
            # measured from that election, not one at it ("Five years ago Ms Crosbie's lead
            # was 5.4 points" is that election's)
            measured = [
                f
                for f in marked
                if f.change
                and _MEASURED_FROM.search(stext, f.tok.end - sent.start, max(m.start(), 0))
            ]
            _compare_changes(measured, slug)
            marked = [f for f in marked if f not in measured]
        for f in marked:
            f.election = slug
    for f, slug in fixed:
        f.election = slug


# Figures a change can start from (a level: a count, a majority, a share or turnout, seats).
_LEVELS = frozenset(
    [
        *(Category.VOTES, Category.MAJORITY, Category.PERCENT, Category.SEATS),
        *(Category.BALLOTS, Category.FRACTION),  # "from nearly two thirds of the vote to 26.7%"
    ]
)


def _previous_levels(ctx: ArticleContext, figs: list[Figure]) -> None:
    """The figure a change started from is the previous election's when no year says
    otherwise ("down from 365", "the SNP fell from 48 seats to 9", "Labour's almost
    doubled, from 18.6% to 35.3%"); a marker in the
    sentence ("up from 202 in 2019") still decides."""
    if ctx.previous is None:
        return
    for f in figs:
        if (
            f.category in _LEVELS
            and not f.change
            and "from" in f.left[-24:]
            and (
                FROM_CHANGE_LEFT.search(f.left[-60:])
                or (
                    FROM_LEFT.search(f.left[-30:])
                    and TO_RIGHT.match(f.right)
                    and not RANGE_LEFT.search(f.left[-40:])
                )
            )
        ):
            f.election = ctx.previous


def _previous_majorities(ctx: ArticleContext, figs: list[Figure]) -> None:
    """A majority defended, overturned or lost is the previous election's ("was defending
    a majority of 26,195", "Mrs Hollern's majority of 18,304 vanished"); so is a notional
    one ("a notional majority of 24,180": the previous result on new boundaries, which the
    checker reads too)."""
    if ctx.previous is None:
        return
    for f in figs:
        if f.category is not Category.MAJORITY:
            continue
        left = f.left[-60:]
        if (
            "notional" in left[-40:]
            or "notional" in f.right[:24]
            or DEFENDED_LEFT.search(left)
            or LOST_MAJORITY_RIGHT.match(f.right)
        ):
            f.election = ctx.previous


def _then_markers(
    ctx: ArticleContext, sent: Sentence, stext: str
) -> list[tuple[re.Match[str], str]]:
    """ "then" closing a clause ("Plaid's Aled ap Dafydd was third then, on 28.5%"), with the
    election named last before it in its sentence or the two before: that election's."""
    if "then" not in stext:
        return []
    found = []
    for m in THEN_RE.finditer(stext):
        slug = _named_before(ctx, sent, stext, m.start())
        if slug is not None:
            found.append((m, slug))
    return found


def _named_before(ctx: ArticleContext, sent: Sentence, stext: str, at: int) -> str | None:
    """The election other than the article's named last before offset ``at`` of ``stext``
    (the text of ``sent``), in it or in the two sentences before it; None if none is."""
    i = bisect_right(ctx.sentence_starts, sent.start) - 1
    texts = [stext[:at]]
    for back in (i - 1, i - 2):
        if back >= 0:
            before = ctx.sentences[back]
            texts.append(ctx.text[before.start : before.end])
    for text in texts:
        named = [slug for _m, slug in _sentence_markers(ctx, text) if slug != ctx.election]
        if named:
            return named[-1]
    return None


def _sentence_markers(ctx: ArticleContext, stext: str) -> list[tuple[re.Match[str], str]]:
    """The election markers of sentence ``stext`` with the slug each names, in order: the
    MARKER_RE matches (but "this year"), then the elections named without a lead word
    outside them (``_designators``)."""
    found = []
    matched = []
    for m in election_markers(stext):
        if m.group("this"):
            continue
        matched.append(m)
        slug = _marker_slug(ctx, m, stext)
        if slug is not None:
            found.append((m, slug))
    if "years" in stext and ctx.year is not None:
        # "five years ago": the election held that many years before the article's
        for m in YEARS_AGO_RE.finditer(stext):
            n = m.group("n").lower()
            slug = ctx.index.election_by_year.get(
                ctx.year - _SMALL.get(n, int(n) if n.isdigit() else 0)
            )
            if slug is not None and slug != ctx.election:
                found.append((m, slug))
                matched.append(m)
        found.sort(key=lambda pair: pair[0].start())
    if "lection" not in stext:
        return found
    added = False
    for d in _designators(stext):
        if any(m.start() < d.end() and d.start() < m.end() for m in matched):
            continue
        slug = _designated_slug(ctx, d)
        if slug is not None:
            found.append((d, slug))
            added = True
    if added:
        found.sort(key=lambda pair: pair[0].start())
    return found


def _designators(stext: str) -> list[re.Match[str]]:
    """The DESIGNATOR_RE and YEARLESS_BY_ELECTION_RE matches of ``stext`` that start a word."""
    found = [m for m in DESIGNATOR_RE.finditer(stext) if _starts_word(stext, m.start())]
    if _BY_ELECTION_HINT.search(stext):
        found += [
            m for m in YEARLESS_BY_ELECTION_RE.finditer(stext) if _starts_word(stext, m.start())
        ]
    return found


def _starts_word(text: str, at: int) -> bool:
    """Whether no letter or digit stands just before offset ``at``."""
    return at == 0 or not text[at - 1].isalnum()


def _designated_slug(ctx: ArticleContext, m: re.Match[str]) -> str | None:
    """The slug a DESIGNATOR_RE or YEARLESS_BY_ELECTION_RE match names: a by-election's
    id, or the election held in its year (None when the gazetteer knows none)."""
    if m.re is YEARLESS_BY_ELECTION_RE:
        return by_election_id(None)
    year = int(m.group("y"))
    if m.group("by"):
        return by_election_id(year)
    return ctx.index.election_by_year.get(year)


def _joined_to_claimed_year(
    sent: Sentence, stext: str, figs: list[Figure], year_end: int
) -> list[Figure]:
    """The figures after a claimed year's marker (ending at offset ``year_end`` of
    ``stext``) joined to it by "with"/"by"… in its clause: "first elected in 2015 with a
    majority of 5,000"."""
    return _joined_after(sent, stext, figs, year_end, _CLAIMED_YEAR_JOIN)


def _joined_after(
    sent: Sentence, stext: str, figs: list[Figure], end: int, join: re.Pattern[str] | None = None
) -> list[Figure]:
    """The figures (but years) after a marker (ending at offset ``end`` of ``stext``), in
    order, each joined to it by the words between as ``join`` (default ``_JOINED_AFTER``:
    "with", "on", "polling" or an apposition) matches them: "… in 2019 as a DUP
    candidate, with 15,390 votes"."""
    join = join or _JOINED_AFTER
    out = []
    for f in figs:
        at = f.tok.start - sent.start
        if at < end or f.category is Category.YEAR:
            continue
        if not join.match(stext[end:at]):
            break
        out.append(f)
    return out


def _when_clause(sent: Sentence, stext: str, figs: list[Figure], end: int) -> list[Figure]:
    """The figures (but years) after offset ``end`` of ``stext`` when a "when" clause opens
    there ("in 2017, when turnout was 70.1%"); else none."""
    after = stext[end : end + 12]
    if "when" not in after or not _WHEN_RIGHT.match(after):
        return []
    return [f for f in figs if f.tok.start - sent.start >= end and f.category is not Category.YEAR]


def _compare_changes(figs: list[Figure], slug: str) -> None:
    """ "up 5 points since 2019": the sentence's changes are taken against ``slug``."""
    for f in figs:
        if f.change:
            f.compared_election = slug


def _marked_figures(
    sent: Sentence,
    stext: str,
    figs: list[Figure],
    m: re.Match[str],
    levels: list[tuple[int, int]],
) -> list[Figure]:
    """The figures marker ``m`` (a match in sentence ``sent``, whose text is ``stext``)
    attaches to: all but years when it opens the sentence ("In 2019, …", "The 2017 general
    election …"); else the nearest figure before it at its bracket level, or
    the nearest before it at all, unless a clause break stands between (then the figures
    of its own clause after it, when it leads that clause, else none); or the first
    non-year figure after it."""
    pos = m.start()
    if pos <= 3 or _OPENING.fullmatch(stext[:pos]):
        # all the sentence's figures, up to words that return to the article's own time
        # ("Five years ago Labour was reduced to 202 seats, but now it has 411")
        now = _NOW.search(stext, m.end())
        stop = now.start() if now else len(stext)
        return [
            f for f in figs if f.category is not Category.YEAR and f.tok.start - sent.start < stop
        ]
    lvl = level_at(levels, pos)
    before = [f for f in figs if f.tok.end - sent.start <= pos and not _apposition_age(f)]
    same = [f for f in before if level_at(levels, f.tok.start - sent.start) == lvl]
    nearest = same[-1] if same else before[-1] if before else None
    if nearest is not None:
        if _IN_AN_ASIDE_BEFORE.search(
            stext, nearest.tok.end - sent.start, pos
        ) and ASIDE_MARK.search(stext, m.end(), _next_figure_at(sent, figs, m.end())):
            return []  # "came second in Wrexham, having won the seat five years ago, with …"
        if _FROM_UNCLAIMED.search(stext, nearest.tok.end - sent.start, pos):
            return []  # "five seats, down from eight in 2019", "eight candidates, double the
            # four who stood five years ago": the marker is that number's
        breaks = list(_CLAUSE_BREAK.finditer(stext, nearest.tok.end - sent.start, pos))
        if not breaks or (
            _ENDS_THE_SENTENCE.fullmatch(stext, m.end())
            and stext[: m.start()].rstrip().endswith(",")
        ):
            # no break; or the marker ends the sentence after the comma closing an aside
            # ("Labour won 202 seats and 32.1 per cent, while Jeremy Corbyn was leader, at
            # the 2019 election");
            # a place with the figures joined to it after ("finished second to Farry here in
            # 2019 as a DUP candidate, with 15,390 votes")
            joined = _joined_after(sent, stext, figs, m.end())
            if _NOT_ONE_PHRASE.search(stext, nearest.tok.end - sent.start, pos) or any(
                f.tok.end <= nearest.tok.start and f.category is not Category.YEAR for f in figs
            ):
                # "came second in Wrexham, having won it in 2019, with 9,888 votes": the
                # marker is in an aside, and what follows it is the place's own; "came third,
                # …, after finishing second for Labour in 2019, with 12,445 votes": the
                # clause's first figure's
                joined = []
            if nearest.category is not Category.RANK:
                # only an apposition joins another kind: "won 365 seats in 2019, a Commons
                # majority of 80"
                joined = [f for f in joined if _APPOSITION.match(stext, m.end())]
            return [nearest, *joined]
        if breaks[-1].group(0).strip(", ").lower() in ("although", "though") and ASIDE_MARK.search(
            stext, m.end(), _next_figure_at(sent, figs, m.end())
        ):
            return [nearest]  # "Labour's 202 seats, although a disaster at the last election,"
        # "He won 17,838, but at the last election he had 17,008": the marker is in a
        # clause of its own, and marks that clause's figures after it when it leads the
        # clause (its subject apart); one deeper in ("…, while Labour, second on the island
        # last time, slipped to third"; "…, and Gordon, which she had lost in 2017 with …")
        # dates that clause's words, not a figure
        if ASIDE_MARK.search(stext, breaks[-1].end(), pos):
            return []
        end = _CLAUSE_BREAK.search(stext, m.end())
        stop = end.start() if end else len(stext)
        now = _NOW.search(stext, m.end(), stop)
        stop = now.start() if now else stop  # "… and it has now won with a majority of 3,713"
        return [
            f
            for f in figs
            if m.end() <= f.tok.start - sent.start < stop and f.category is not Category.YEAR
        ]
    after = [
        f for f in figs if f.tok.start - sent.start >= m.end() and f.category is not Category.YEAR
    ]
    if after and "," in stext[m.end() : after[0].tok.start - sent.start]:
        if _IN_RELATIVE_CLAUSE.search(stext, 0, pos):
            return []  # "The former MP, who lost this seat in 2019, has won it with 14,950"
        opened = stext.rfind(",", 0, pos)
        if opened >= 0 and _WORDS_OF_AN_ASIDE.search(stext, opened, pos):
            # "Lee Anderson, elected as a Conservative here in 2019 and a Reform UK defector
            # since March, keeps Ashfield with 17,062 votes"; "Jason Zadrozny, runner-up five
            # years ago, slips to third": an aside about someone (not ", in 2019,")
            return []
    if after:
        end = _CLAUSE_BREAK.search(stext, m.end())
        now = _NOW.search(stext, m.end())
        stop = min(x.start() if x else len(stext) for x in (end, now))
        if after[0].tok.start - sent.start >= stop:
            return []  # "Giles Watling won here five years ago; he is second now, on 12,820"
        return _chained(sent, stext, after, stop)
    return after[:1]


# Between a figure and the next in one phrase of its own: "with a majority of 5,733, with
# Zadrozny second on 11,535".
_CHAINED = re.compile(
    rf"^(?:,?{_S}+with(?:{_S}+(?:the{_S}+)?[A-Z][\w'\u2019-]*){{1,4}}{_S}+|{_S}+(?:on|with){_S}+)$"
)  # (not ", with a majority of 14,290" or ", with Sian Berry holding it on": this time's)


def _chained(sent: Sentence, stext: str, after: list[Figure], stop: int) -> list[Figure]:
    """The first of ``after`` (the figures after a marker), and those that follow it each
    joined to the one before by "with" or "on" (``_CHAINED``) before offset ``stop``:
    "Anderson won the seat as a Conservative in 2019 with a majority of 5,733, with Zadrozny
    second on 11,535" is 2019's throughout."""
    out = after[:1]
    for f in after[1:]:
        at = f.tok.start - sent.start
        if at >= stop or not _CHAINED.match(stext[out[-1].tok.end - sent.start : at]):
            break
        out.append(f)
    return out


# An aside opened between a figure and a marker: ", having won the seat ", ", who won ".
_IN_AN_ASIDE_BEFORE = re.compile(r",[ \u00a0]+(?:having|who|which|after|before|when)\b[^,;()]*$")
# Between a place and a marker, words that make them two phrases: a comma, or a relative or
# comparing word ("second, having won it in 2019", "first, as Mike Hill did in 2019").
_NOT_ONE_PHRASE = re.compile(r",|\b(?:as|where|which|who|whom|than|from|like|after|since)\b")


# Where one clause of a sentence ends and another, with its own subject, begins: a semicolon,
# or a conjunction that sets two statements side by side ("…, while …", "…, but …").
_CLAUSE_BREAK = re.compile(
    rf";|,?{_S}+(?:while|whereas|but|although|though|yet){_S}|,{_S}+and{_S}", re.IGNORECASE
)
# The rest of a sentence after a marker that ends it: punctuation only.
_ENDS_THE_SENTENCE = re.compile(r"[\s.!?\"'\u201d\u2019)]*")
# Words that return to the article's own election after an earlier one: "now", "this time".
_NOW = re.compile(
    r"\b(?:now|this[ \u00a0]+time|today|currently|this[ \u00a0]+year|on[ \u00a0]+Thursday)\b",
    re.IGNORECASE,
)
# The marks of an aside: a comma, a bracket or a spaced dash (what ends a clause's lead
# before a marker; the checker's seats in an aside, ``checking.context.seat_placed``).
ASIDE_MARK = re.compile(r"[,()\u2013\u2014]| - ")
# Words of an aside before its marker, more than the marker's own lead ("in", "at"): ",
# runner-up ", ", elected as a Conservative here ".
_WORDS_OF_AN_ASIDE = re.compile(r",[ \u00a0]*(?!(?:in|at|during|on)[ \u00a0]*$)[A-Za-z][^,;()\d]*$")
# A relative clause a marker stands in, open at the marker ("…, who lost it in 2019").
_IN_RELATIVE_CLAUSE = re.compile(r",[ \u00a0]*(?:who|whom|whose|which)\b[^,;()]*$")
# A number a change started from, or a figure is compared with, that is no figure of its
# own ("down from eight in 2019", "up from a single seat in 2019", "compared with one in
# 2019"), between a figure and the marker after it.
_FROM_UNCLAIMED = re.compile(
    rf"\b(?:from|the|(?:compared|set){_S}+(?:with|against)|than){_S}+"
    rf"(?:(?:a|an|just|only|a{_S}+single|one{_S}+single){_S}+)?"
    rf"(?:\d[\d,.]*|first|second|third|fourth|fifth|one|single|none|zero|two|three|four|five|"
    rf"six|seven|"
    rf"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    rf"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a{_S}+dozen)\b",
    re.IGNORECASE,
)


def _next_figure_at(sent: Sentence, figs: list[Figure], after: int) -> int:
    """The offset in the sentence of the first figure starting at or after ``after``, else
    the sentence's length."""
    return next(
        (f.tok.start - sent.start for f in figs if f.tok.start - sent.start >= after),
        sent.end - sent.start,
    )


def _apposition_age(f: Figure) -> bool:
    """ "Mr Lowe, 66, stood … in 1997": an age between commas describes the person now."""
    return f.category is Category.AGE and f.right.startswith(",") and f.left.endswith(", ")


def _marker_slug(ctx: ArticleContext, m: re.Match[str], stext: str) -> str | None:
    """The election slug a MARKER_RE match in sentence ``stext`` names: the previous
    election for "last time" or "the last election", the one held in a year for "in 2019",
    a by-election's id for "in the 2016 by-election"."""
    if m.group("last") or m.group("lt"):
        return ctx.previous
    if m.group("y"):
        year = int(m.group("y"))
        after = stext[m.end() : m.end() + 64]
        if "lection" in after and BY_ELECTION_RIGHT.match(after):
            return by_election_id(year)
        return ctx.index.election_by_year.get(year)
    return None


def year_election(ctx: ArticleContext, year: int, right: str) -> str | None:
    """The election a year that is a claim names ("first elected in 1983": "ge1983"; "the
    2011 Leicester South by-election": "by-election-2011"), or None for a year in which no
    general election was held and no by-election is said. ``right`` is the text after it."""
    if "lection" in right[:64] and BY_ELECTION_RIGHT.match(right[:64]):
        return by_election_id(year)
    return ctx.index.election_by_year.get(year)


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
