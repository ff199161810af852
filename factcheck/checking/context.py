"""Which official figure a claim speaks of: the article's seat, a claim's contest and candidate.

No Django import.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.extraction.elections import ASIDE_MARK
from factcheck.vocabulary import Relation, SubjectKind

from .areas import area_positions, areas_named
from .claims import Claimed
from .figures import CandidateFig, ContestFig, OfficialFigures

NATIONAL_CUES = re.compile(
    r"\b(national(ly)?|nationwide|across the (country|uk|nation)|uk-wide|country|"
    r"overall|parliamentary majority|landslide|commons majority|of the national vote|"
    r"popular vote|general election vote)\b",
    re.IGNORECASE,
)
# "one of the lowest in England", "the smallest constituency in the country"
COMPARED_IN_AREA = re.compile(
    r"\b(?:(?:one|some)[ \u00a0]+of[ \u00a0]+the|among[ \u00a0]+the|the)[ \u00a0]+"
    r"(?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"[ \u00a0-])?"
    r"(?:highest|lowest|biggest|largest|smallest|safest|narrowest|closest|tightest|most|"
    r"least|fewest|higher|lower|bigger|smaller|better|worse|best|worst|longest|shortest|"
    r"oldest|youngest|newest|strongest|weakest|greatest|slimmest|thinnest|fullest|"
    r"[a-z]+iest)\b[^.;]{0,50}?\b(?:in|across|of)"
    r"[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:country|UK|Britain|Great[ \u00a0]+Britain|nation|England|Scotland|"
    r"Wales|Northern[ \u00a0]+Ireland|region|North|South|East|West|Midlands|London|"
    r"Yorkshire)\b",
    re.IGNORECASE,
)


def named_only_in_a_comparison(sentence: str, area: str) -> bool:
    """Whether ``sentence`` names the area ``area`` (``areas.area_named``'s name) only in
    a comparison across it ("Turnout was 52.5pc, one of the lower figures we have seen in
    Scotland") or with it ("almost five points higher than on the Scottish side"): the area
    is the comparison's, not the figure's."""
    compared = COMPARED_IN_AREA.search(sentence)
    positions = area_positions(sentence, area)
    if not positions:
        return compared is not None
    return all(
        (compared is not None and compared.start() <= p < compared.end())
        or _THAN_BEFORE.search(sentence, max(0, p - 30), p)
        for p in positions
    )


# Before an area a figure is compared with: "higher than on the Scottish side", "lower than
# in Wales", "than across England".
_THAN_BEFORE = re.compile(
    r"\bthan[ \u00a0]+(?:(?:on|in|at|across|for)[ \u00a0]+)?(?:the[ \u00a0]+)?$", re.IGNORECASE
)


FALL_WORDS = re.compile(
    r"\b(fell|fall(s|ing|en)?|drop(ped|ping|s)?|down|decline[sd]?|decrease[sd]?|lower|"
    r"slump(s|ed)?|plunge[sd]?|shr[ai]nks?|cut|reduced|lost|slip(s|ped)|tumbled?|dipped|"
    r"dips)\b",
    re.IGNORECASE,
)
RISE_WORDS = re.compile(
    r"\b(rose|rise[ns]?|rising|up|increase[sd]?|grew|grow(n|s)?|higher|jump(ed)?|"
    r"surge[sd]?|boost(ed)?|gain(ed|s)?|climb(ed)?|added|put\s+on|advance[sd]?|"
    r"(?:raised|lifted)(?=\s+(?:the|her|his|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}"
    r"(?:share|vote|support)\b))\b",
    re.IGNORECASE,
)
# Where one clause of a sentence ends and another, which may say the opposite, begins.
CLAUSE_BREAKS = re.compile(
    r";|\s+[-\u2013\u2014]\s+|,?\s+(?:while|whereas|but|although|though)\b|"
    r",\s+(?:and|with|as|where|which|despite)\b|\bdespite\b|\beven\s+as\b"
)
# The unit a change may be written with: "points", "percentage points", "pc", "%".
_CHANGE_UNIT = r"(?:(?:percentage[ \u00a0]+)?(?:points?|pts?|ppts?)|pc|per[ \u00a0]*cent|%)?"
# A direction said just after a change: "7.2 points higher", "3.9 percentage points down".
DIRECTION_AFTER = re.compile(
    rf"[ \u00a0]*{_CHANGE_UNIT}[ \u00a0]*(lower|higher|down|up|fewer|more|less)\b"
    r"(?![ \u00a0]+(?:in|at|the|to|from|there|here|by|north|south|east|west)\b)",
    re.IGNORECASE,
)
# The end of another figure, just before a direction word that is that figure's.
_AFTER_A_FIGURE = re.compile(rf"\d[ \u00a0]*{_CHANGE_UNIT}[ \u00a0]*$", re.IGNORECASE)
# How close a direction word before a change must stand to say its direction when its
# clause holds words of both ("fell by 9.9", "rose only 1.5"), in characters.
DIRECTION_NEAR = 20
# What must stand just before a year for it to state a first election
# ("first elected to Parliament in 1983", "the seat he has held since 1983")
# or a seat's history ("voting Labour since a 1937 by-election").
FIRST_ELECTED_BEFORE = re.compile(
    r"\b(elected|held|represented|served|MP|member|won the seat|entered Parliament)\b"
    r"[^.;]{0,60}\b(since|in)\s+(a\s+|the\s+)?$",
    re.IGNORECASE,
)
# Words that say a figure may be the previous election's though no year is given.
EARLIER_WORDS = re.compile(
    r"\b(?:defend\w*|previous(?:ly)?|last time|last election|had (?:won|held|a)|notional|"
    r"(?:went|going|gone) into (?:the|this) election|at dissolution|"
    r"former|overturn\w*|up from|down from|from a majority|then|before|since|"
    r"(?:\w+|\d+) years? (?:ago|earlier))\b",
    re.IGNORECASE,
)
HELD_SINCE_BEFORE = re.compile(r"\bsince\s+(a\s+|the\s+)?$", re.IGNORECASE)


@dataclass
class ArticleContext:
    """What a whole article tells about each claim: its election, its seat, its day."""

    election: str | None
    contest: ContestFig | None
    day: datetime.date | None
    # the seats the article's text names, by contest key (at its election)
    seats_named: frozenset[str] = frozenset()
    # the same, in the order they were found (what an article stores, ``Article.seats_named``)
    named: tuple[str, ...] = ()
    # the one nation or region the article's sentences name, when they name no other
    # (``Area.name``: "Scotland"), read for a party's figure no sentence or paragraph places
    area: str | None = None
    # the parties the claims' sentences name (keys), or whose figures the claims are
    parties_named: frozenset[str] = frozenset()
    # what the checker worked out once for this article and reads again (each sentence's
    # national cue, ``is_national``): never shared with another article
    memo: dict = field(default_factory=dict, repr=False, compare=False)


def infer_context(
    claims: list[Claimed], figures: OfficialFigures, *, election: str | None, text: str = "",
    day: datetime.date | None = None, seats_named: Iterable[str] | None = None,
) -> ArticleContext:  # fmt: skip
    """The article's seat: the one its claims' subjects and its text name most.

    ``seats_named``: the seats the text names (contest keys, ``ArticleContext.seats_named``)
    when they were found before and stored; the text is then not read again.
    """
    votes: Counter[str] = Counter()
    for claim in claims:
        contest = contest_of_subject(claim, figures, election or claim.election)
        if contest is not None and contest.election == election:
            votes[contest.key] += 2
    # in the order found: it breaks ties between seats named as often
    named: list[str] = []
    if seats_named is not None:
        named = [key for key in seats_named if key in figures.contests]
    elif text and election:
        named = list(dict.fromkeys(c.key for c in figures.contests_in(text.casefold(), election)))
    for key in named:
        votes[key] += 3
    contest = figures.contests[votes.most_common(1)[0][0]] if votes else None
    if day is None and election in figures.elections:
        day = figures.elections[election].date
    return ArticleContext(election=election, contest=contest, day=day,
                          seats_named=frozenset(named), named=tuple(named),
                          area=_one_area(claims) or _nation_of_seats(named, figures),
                          parties_named=_parties_named(claims))  # fmt: skip


def _parties_named(claims: list[Claimed]) -> frozenset[str]:
    """The keys of the parties the claims' sentences name or are said of."""
    found = {c.subject_key for c in claims if c.subject_kind == SubjectKind.PARTY}
    for claim in claims:
        found.update(
            key for _s, _e, kind, key, _n in claim.details.get("named") or () if kind == "party"
        )
    found.discard(None)
    return frozenset(found)


# The nations whose seats, all an article names, make the article that nation's: a party's
# share there is far from its UK-wide one (England's seats are named in UK-wide pieces too).
_SEATS_MAKE_A_NATION = frozenset(["Scotland", "Wales", "Northern Ireland"])
# Seats an article names at least for their one nation to be its area.
_SEATS_OF_A_NATION = 3


def _nation_of_seats(named: list[str], figures: OfficialFigures) -> str | None:
    """Scotland, Wales or Northern Ireland, when every seat the article names (contest keys,
    three at least) is in it ("Dodds falls in North Belfast …", naming only Northern
    Ireland's seats); else None."""
    if len(named) < _SEATS_OF_A_NATION:
        return None
    nations = {figures.contests[key].nation for key in named}
    if len(nations) == 1 and (nation := nations.pop()) in _SEATS_MAKE_A_NATION:
        return nation
    return None


def _one_area(claims: list[Claimed]) -> str | None:
    """The one nation or English region the claims' sentences name (twice at least, in
    different sentences), when they name no other; else None."""
    seen: Counter[str] = Counter()
    for sentence in dict.fromkeys(c.sentence for c in claims):
        for name in {name for _at, name in areas_named(sentence)}:
            seen[name] += 1
            if len(seen) > 1:
                return None
    return next((name for name, n in seen.items() if n >= 2), None)


def contest_of_subject(
    claim: Claimed, figures: OfficialFigures, election: str | None
) -> ContestFig | None:
    if claim.subject_kind == SubjectKind.CANDIDATE and claim.subject_key in figures.candidates:
        candidate = candidate_at(claim, figures, election)
        return candidate.contest if candidate else None
    if claim.subject_kind == SubjectKind.CONSTITUENCY:
        return figures.contest(election, claim.subject_key)
    return None


def candidate_at(
    claim: Claimed, figures: OfficialFigures, election: str | None
) -> CandidateFig | None:
    """The subject candidate, at the claim's election (the same person then)."""
    found = figures.candidates.get(claim.subject_key or "")
    if found is None:
        return None
    if election and found.contest.election != election:
        return figures.person_in(found.full_name, election)
    return found


def claim_contest(claim, figures, context, election) -> ContestFig | None:
    """The contest a claim is about: its own subject's, else the article's seat then. A
    person the Library's files name otherwise at ``election`` ("Preet Kaur Gill" in 2019,
    "Preet Gill" in 2024; "Elizabeth" and "Liz Truss"), or who did not stand then, is read
    in the seat of the candidacy named, at ``election``."""
    contest = contest_of_subject(claim, figures, election)
    if (
        contest is None
        and claim.subject_kind == SubjectKind.CANDIDATE
        and claim.subject_key in figures.candidates
        and election
    ):
        # the same person named otherwise then, or someone who did not stand then: their
        # seat, then ("Terry Jermy overturned a notional majority of 24,180", "Dominic
        # Raab's former seat fell … by 12,003"); where the sentence names another seat
        # ("Raab, campaigning in Clacton, said the majority of 8,405"), the readings are
        # not confident of it and weigh that seat too
        return _at_election(figures, figures.candidates[claim.subject_key].contest, election)
    if (
        contest is None
        and claim.subject_kind == SubjectKind.PARTY
        and context.contest is not None
        and not is_national(claim, context)
    ):
        # in an article about seats; in one about the country, a leader named is no seat;
        # the seat the words place it in (``seat_placed``), else the one seat of the people
        # the sentence names
        placed = seat_placed(claim)
        contest = figures.contest(election, placed) if placed else None
        contest = contest or _seat_of_people_named(claim, figures, election)
    if contest is None and context.contest is not None:
        contest = context.contest
    if contest is not None and contest.election != election:
        contest = _at_election(figures, contest, election)  # the article's seat, then
    return contest


def seat_about(claim: Claimed, figures: OfficialFigures, election: str | None) -> ContestFig | None:
    """For a figure with no subject (a seat's count: "There were 13 candidates; Count Binface
    got 308 votes"): the one seat of the people its sentence names before it, or after it
    in its own clause ("Twelve candidates stood, against six in Jeremy Corbyn's seat": not
    Corbyn's), at ``election``; else None."""
    at = figure_at(claim)
    own = [
        r
        for r in claim.details.get("named") or ()
        if r[1] <= at or not _NOT_ITS_OWN.search(claim.sentence, at, r[0])
    ]  # not "Twelve candidates stood, against six in Jeremy Corbyn's seat"
    seat = _seat_of_people_named(claim, figures, election, own)
    if seat is None and claim.details.get("seat_before"):
        # someone named in another clause, whose seat is the one named last before the
        # sentence ("… Richmond and Northallerton. There were 13 candidates; Count Binface got
        # 308 votes"), not another ("Thirteen candidates stood; Keir Starmer faced 11 rivals")
        theirs = _seat_of_people_named(claim, figures, election)
        if theirs is not None and theirs.slug == claim.details["seat_before"]:
            seat = theirs
    return seat


# Between a figure and someone named after it in another clause or a comparison.
_NOT_ITS_OWN = re.compile(
    r"[;:]|\b(?:against|than|compared|while|whereas|but|faced)\b|,[ \u00a0]+and\b"
)


def _seat_of_people_named(claim, figures, election, rows=None) -> ContestFig | None:
    """The one seat every candidate the claim's sentence names (or ``rows`` of
    ``Claim.named``) stood in (at ``election``, or its seat then), when it names no seat
    ("Labour's share there dropped 17.1 points, and the Brexit Party's David Bull collected
    3,518 votes": Sedgefield's); else None."""
    rows = claim.details.get("named") or () if rows is None else rows
    if any(r[2] == SubjectKind.CONSTITUENCY for r in rows):
        return None
    seats: dict[str, ContestFig] = {}
    for row in rows:
        if row[2] == SubjectKind.CANDIDATE:
            candidate = figures.candidates.get(row[3])
            # one named otherwise at another election ("Preet Kaur Gill", 2019's name):
            # the seat they stood in then, at ``election``
            seat = _at_election(figures, candidate.contest, election) if candidate else None
            if seat is None:
                return None
            seats[seat.key] = seat
    return next(iter(seats.values())) if len(seats) == 1 else None


def _at_election(figures, contest: ContestFig, election: str | None) -> ContestFig | None:
    """``contest``'s seat at ``election``: the same slug, else the seat it became, else
    the seat it came from."""
    if contest.election == election:
        return contest
    then = figures.contest(election, contest.slug)
    if then is None:
        successor = next(
            (
                c
                for c in figures.contests.values()
                if c.election == election and c.predecessor_slug == contest.slug
            ),
            None,
        )
        then = successor or predecessor_at(figures, contest, election)
    return then


def predecessor_at(figures, contest: ContestFig, election: str) -> ContestFig | None:
    if contest.predecessor_slug:
        return figures.contest(election, contest.predecessor_slug)
    return None


def is_national(claim: Claimed, context: ArticleContext) -> bool:
    """Whether the claim is a UK-wide one: scoped so, or its sentence says so
    (``NATIONAL_CUES``, looked for once per sentence of the article)."""
    if claim.details.get("scope") == "national":
        return True
    memo = context.memo
    key = ("national", claim.sentence)
    found = memo.get(key)
    if found is None:
        found = memo[key] = bool(NATIONAL_CUES.search(claim.sentence))
    return found


def subject_candidate(claim, figures, context, election) -> CandidateFig | None:
    if claim.subject_kind == SubjectKind.CANDIDATE:
        return candidate_at(claim, figures, election)
    if claim.subject_kind == SubjectKind.PARTY:
        contest = claim_contest(claim, figures, context, election)
        if contest is not None:
            return contest.candidate_for_party(claim.subject_key or "")
    return None


def person_named(claim, figures, context, election) -> str | None:
    if claim.subject_kind == SubjectKind.CANDIDATE:
        candidate = figures.candidates.get(claim.subject_key or "")
        return candidate.full_name if candidate else claim.subject
    if context.contest is not None and context.contest.candidates:
        return context.contest.candidates[0].full_name  # the seat's winner
    return None


def claimed_direction(claim: Claimed) -> int:
    """+1 for a rise, -1 for a fall, 0 when the text does not say."""
    direction = claim.details.get("direction")
    if direction in (1, -1):
        return direction
    if direction in ("up", "rise"):
        return 1
    if direction in ("down", "fall"):
        return -1
    if claim.details.get("relation") == Relation.DIFFERENCE:
        # "X more than this year": the claim's figure is the larger one.
        around = claim.sentence
        if re.search(r"\b(more|higher|bigger|larger|greater|up)\b", around, re.IGNORECASE):
            return 1
        if re.search(r"\b(less|fewer|lower|smaller|down)\b", around, re.IGNORECASE):
            return -1
        return 0
    sentence = claim.sentence
    at = figure_at(claim)
    if at < 0:
        rise, fall = RISE_WORDS.search(sentence), FALL_WORDS.search(sentence)
        return 1 if rise and not fall else -1 if fall and not rise else 0
    end = at + len(claim.text)
    # the words of the figure's own clause ("Creagh's share fell by 9.9 points, while the
    # Conservatives added 2.3 points": 2.3 is a rise): one just before the figure first
    # ("fell by 27.4 points up in Bishop Auckland"), then one just after it ("19.5 points
    # lower and Reform's 7.2 points higher"), then the clause's if it says one way only
    start = max((m.end() for m in CLAUSE_BREAKS.finditer(sentence, 0, at)), default=0)
    after = CLAUSE_BREAKS.search(sentence, end)
    stop = after.start() if after else len(sentence)
    words = [
        (m.start(), m.end(), sign)
        for pattern, sign in ((RISE_WORDS, 1), (FALL_WORDS, -1))
        for m in pattern.finditer(sentence, start, stop)
    ]
    before = [
        w
        for w in words
        if w[1] <= at and not _AFTER_A_FIGURE.search(sentence, max(0, w[0] - 30), w[0])
    ]  # not "lower" in "19.5 points lower and Reform's 7.2 points higher": 19.5's
    if before and at - max(before)[1] <= DIRECTION_NEAR:
        return max(before)[2]
    said = DIRECTION_AFTER.match(sentence, end)
    if said:
        return -1 if said.group(1).lower() in ("lower", "down", "fewer", "less") else 1
    signs = {sign for _s, _e, sign in words}
    return signs.pop() if len(signs) == 1 else 0


def figure_at(claim: Claimed) -> int:
    """Where the claim's figure stands in its sentence (an offset), -1 when not found: from
    the extractor's offsets, not the first place its text stands ("one of seven parties …
    with seven of the 18 constituencies")."""
    start, sentence_start = claim.details.get("start"), claim.details.get("sentence_start")
    if isinstance(start, int) and isinstance(sentence_start, int):
        return start - sentence_start
    return claim.sentence.find(claim.text)


# Between a figure and the seat it is placed in: "2,539 in Wansbeck", "2,151 votes in
# Blyth Valley", "9.8% at Hexham".
_PLACED_IN = re.compile(
    r"[ \u00a0]+(?:(?:votes?|per[ \u00a0]+cent|points?|seats?)[ \u00a0]+)?(?:in|at)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$"
)


def seat_placed(claim: Claimed) -> str | None:
    """The key of the seat the words place the figure in, when its sentence names more than
    one, or None: the seat named just after it ("The Lib Dems took 2,151 votes in Blyth
    Valley and 2,539 in Wansbeck": Wansbeck's), else, when several seats are named, the one
    named last before it when no clause break or aside stands between ("… peaked in Alloa
    and Grangemouth, while in East Renfrewshire Labour's share rose by 31.3 points"); never
    one ending a list or standing in an aside ("In Blyth Valley and Wansbeck the Lib Dems
    took 2,151 and 2,539"; "held Godalming and Ash, next door to Farnham and Bordon, with
    42.6 per cent")."""
    at = figure_at(claim)
    if at < 0:
        return None
    end = at + len(claim.text)
    sentence = claim.sentence
    seats = [r for r in claim.details.get("named") or () if r[2] == SubjectKind.CONSTITUENCY]
    for start, _end, _kind, key, _name in seats:
        if end <= start <= end + 24:
            if _PLACED_IN.fullmatch(sentence, end, start) and not any(
                r[1] <= at and r[3] != key and _LEADS.fullmatch(sentence, 0, r[0]) for r in seats
            ):  # not against a seat the sentence opens on ("In Wrexham, …, ahead of the
                # Conservatives on 24.5 per cent in Ynys Môn")
                return key
            break
    before = [r for r in seats if r[1] <= at]
    if len(seats) < 2 or not before:
        return None
    last = before[-1]
    if _BREAK_BETWEEN.search(sentence, last[1], at):
        return None  # "in Hexham, where turnout was high; Labour took 20,000"
    lead = before[-2][1] if len(before) > 1 else 0
    for brk in _BREAK_BETWEEN.finditer(sentence, lead, last[0]):
        lead = brk.end()  # from the start of the seat's own clause
    opened = ASIDE_MARK.search(sentence, lead, last[0])
    if (
        opened
        and not _IN_ALONE.fullmatch(sentence, opened.start(), last[0])
        and ASIDE_MARK.search(sentence, last[1], at)
        and not _WHERE_IT.match(sentence, last[1])
        and not _WON_JUST_BEFORE.search(sentence, max(0, last[0] - 20), last[0])
    ):
        # the seat in an aside ("held Godalming and Ash, next door to Farnham and Bordon,
        # with 42.6 per cent"); not a clause about the seat itself ("…, and taking
        # Stratford-on-Avon, where Manuela Perteghella won by 7,212"), nor the seat a verb
        # of winning takes ("…, Gill Furniss held Brightside and Hillsborough by 12,274 …,
        # with the Brexit Party third on 3,855")
        return None
    if one_of_a_pair(claim):
        return None  # "won Hexham and held Blyth and Ashington, with 46.3 and 49.6 per cent"
    # nor one ending a list
    if len(before) > 1 and _LISTED_WITH.fullmatch(sentence, before[-2][1], last[0]):
        return None
    return last[3]


# A clause break between a seat and a figure after it.
_BREAK_BETWEEN = re.compile(r";|\b(?:while|whereas|but|although|though)\b|,[ \u00a0]+and\b")
# Between two seats of one list: "Blyth Valley and Wansbeck", "Bootle, Knowsley".
_LISTED_WITH = re.compile(
    r"[ \u00a0]*(?:,|&|and|or|,[ \u00a0]*and|as[ \u00a0]+well[ \u00a0]+as)[ \u00a0]*"
    r"(?:in[ \u00a0]+)?"
)
# The words before a seat a sentence opens on: "In ", "At ".
_LEADS = re.compile(r"\W*(?:In|At)[ \u00a0]+")
# An aside that only says where: ", in " ("Near the cricket ground, in Birmingham Ladywood,
# Labour won 79.2 per cent").
_IN_ALONE = re.compile(r",[ \u00a0]*(?:in|at)[ \u00a0]+")
# A verb of winning or holding just before the seat it takes: "held ", "won ".
_WON_JUST_BEFORE = re.compile(
    r"\b(?:held|holds?|won|wins?|took|takes?|kept|keeps?|gained|gains?|retained|retains?|"
    r"captured|seized|lost|loses?|defended)[ \u00a0]+$"
)
# A clause about the seat itself, after it: ", where Manuela Perteghella won by ".
_WHERE_IT = re.compile(r",[ \u00a0]+where\b")
# Before a figure, another joined to it: "46.3 per cent and ".
_AND_ANOTHER_BEFORE = re.compile(
    r"\d(?:[ \u00a0]*(?:%|per[ \u00a0]+cent|pc|votes|points))?[ \u00a0]+and[ \u00a0]+$"
)
# After a figure, another joined to it: "46.3 per cent and 49.6 per cent", "1,000 and 2,000".
_AND_ANOTHER_AFTER = re.compile(
    r"(?:[ \u00a0]*(?:%|per[ \u00a0]+cent|pc|votes|points))?[ \u00a0]+and[ \u00a0]+\d"
)


def by_name(written: str) -> bool:
    """Whether ``written``, a span ``Claim.named`` gives, names someone by name, not by a
    pronoun or a description the extractor resolved ("her", "The party's co-leader")."""
    first = written.split()[:1]
    return bool(first) and first[0].lower() not in _NOT_A_NAME


_NOT_A_NAME = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "the", "a", "an"]
)


def one_of_a_pair(claim: Claimed) -> bool:
    """Whether the figure is joined by "and" to another just before or after it ("with 46.3
    per cent and 49.6 per cent"): which of the seats named each is, is the order's guess."""
    at = figure_at(claim)
    if at < 0:
        return False
    return bool(
        _AND_ANOTHER_AFTER.match(claim.sentence, at + len(claim.text))
        or _AND_ANOTHER_BEFORE.search(claim.sentence, max(0, at - 40), at)
    )


def text_before(claim: Claimed) -> str:
    """The sentence up to the claim's figure."""
    at = figure_at(claim)
    return claim.sentence[:at] if at >= 0 else ""


class EndPattern:
    """A regex anchored at the end of the text (``$``), searched only where it can match.

    ``words``: the most runs of non-whitespace a match spans (the rest of it is
    whitespace, ``\\s``, which is ``str.isspace``), so a match lies in the text's last
    ``words`` runs; ``needs``: words one of which every match has as a whole run (lower
    case; the pattern ignores case), or None. ``search(text)`` is ``pattern.search`` on
    the end of ``text`` from one character before those runs (``\\b`` reads it): a match
    or none as in the whole text, with the same groups (at other offsets), without
    trying every place in a long sentence."""

    __slots__ = ("pattern", "words", "needs")

    def __init__(self, pattern: re.Pattern, *, words: int, needs: frozenset | None = None) -> None:
        self.pattern, self.words, self.needs = pattern, words, needs

    def search(self, text: str) -> re.Match | None:
        runs = text.rsplit(None, self.words)  # what stands before the last runs, and they
        last = runs
        if len(runs) > self.words:
            last = runs[1:]
            start = len(runs[0]) - 1
            if start > 0:
                text = text[start:]
        if self.needs is not None and not any(run.lower() in self.needs for run in last):
            return None
        return self.pattern.search(text)
