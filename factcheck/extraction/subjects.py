"""Who or what a figure is about: a candidate, a party or a constituency.

The subject is the mention nearest before the figure in its clause, then in its sentence,
of the kind its claim type wants most (a majority wants a candidate before a party, a seat
count a party); else the nearest after it in its clause; else, for shares and seat counts,
a party or candidate named in the three sentences before (photo captions skipped); else,
for majorities, ages and terms, the person the article is about at that point. A majority
also names who it is over ("7,247 more votes than Nargund", "lost by 630 votes to
Labour's Terry Jermy"): ``Claim.compared_to``. A swing is to a party (its subject) from
another (``compared_to``): see ``swings``. A turnout, an electorate or a count of ballots
is a seat's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ..vocabulary import ClaimType, SubjectKind
from .claims import Claim
from .clauses import Clauses
from .context import ArticleContext
from .figures import ATTEMPT, Figure
from .gazetteer import GazCandidate, GazConstituency
from .mentions import (
    A_DIGIT,
    LOSER_LEFT,
    TAKEN_FROM,
    Mention,
    MentionKind,
    owns_the_party_after,
    second_of_a_pair,
)
from .numbers import NumberToken
from .sentences import Sentence
from .swings import swing_parties

__all__ = [
    "COMPARED_WITH",
    "FOR_THE_PARTY",
    "LISTED_ON",
    "LOSER_LEFT",
    "LOST_TO_LEFT",
    "NATIONAL_CUE",
    "attribute_subject",
    "named_in_sentence",
    "set_subject",
]

# Before a majority in its clause: the subject lost it ("Truss lost her seat by 630 votes").
LOST_TO_LEFT = re.compile(r"\b(?:lost|loses|lose|losing)\b")
# In a turnout's sentence: it is the national figure, not the article's seat.
NATIONAL_CUE = re.compile(
    r"\b(?:national(?:ly)?|nationwide|across[ \u00a0]+the[ \u00a0]+(?:country|UK)|UK-wide|"
    r"country)\b",
    re.IGNORECASE,
)
# A photo caption's credit or label.
_CAPTION_RE = re.compile(
    r"\([ \u00a0]*(?:PA|EPA|AP|AFP|Getty(?:[ \u00a0]+Images)?|Reuters|PA[ \u00a0]+Wire|"
    r"PA[ \u00a0]+Media|Alamy|Shutterstock|Bloomberg|[A-Z]{2,5})[ \u00a0]*\)[ \u00a0]*$"
    r"|^(?:Photograph|Image|Photo|Picture)[ \u00a0]*:"
)
# Between a majority and its winner: "by 630 votes to Labour's Terry Jermy".
_TO_TAIL = re.compile(r"\bto\b[^,;.]{0,30}$")

_CANDIDATE, _PARTY, _SEAT = SubjectKind.CANDIDATE, SubjectKind.PARTY, SubjectKind.CONSTITUENCY
_Groups = tuple[tuple[SubjectKind, ...], ...]


class _Preference(NamedTuple):
    """Which mentions a claim type takes as its subject."""

    groups: _Groups  # in its sentence: each group in turn, nearest mention first
    back_groups: _Groups  # in the three sentences before, when its own names none
    topic: bool  # else the person the article is about (or, for a majority, its seat)


_PERSON_FIRST = ((_CANDIDATE,), (_PARTY,))
_PREFERENCES: dict[ClaimType, _Preference] = {
    ClaimType.CANDIDATE_VOTES: _Preference(_PERSON_FIRST, (), False),
    ClaimType.MAJORITY: _Preference(_PERSON_FIRST, (), True),
    ClaimType.VOTE_SHARE: _Preference(_PERSON_FIRST, ((_PARTY,), (_CANDIDATE,)), False),
    ClaimType.VOTE_SHARE_CHANGE: _Preference(_PERSON_FIRST, ((_PARTY,), (_CANDIDATE,)), False),
    ClaimType.SEAT_COUNT: _Preference(((_PARTY,),), ((_PARTY,),), False),
    ClaimType.SEAT_PROJECTION: _Preference(((_PARTY,),), ((_PARTY,),), False),
    ClaimType.AGE: _Preference(((_CANDIDATE,),), (), True),
    ClaimType.TERM_COUNT: _Preference(((_CANDIDATE,),), (), True),
    ClaimType.RANK: _Preference(((_CANDIDATE, _PARTY),), (), False),
    ClaimType.YEAR: _Preference(((_CANDIDATE,), (_SEAT,), (_PARTY,)), (), False),
    ClaimType.OTHER: _Preference(((_CANDIDATE, _PARTY, _SEAT),), (), False),
}
# "the first independent MP elected in Islington North since 1937": the seat's history.
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]*\b(?:since|in)[ \u00a0]+(?:a[ \u00a0]+|the[ \u00a0]+)?$")
_SEAT_HISTORY = _Preference(((_SEAT,), (_CANDIDATE,), (_PARTY,)), (), False)
# After the figure, a year prefers a seat to a party ("since 1983 in Islington North").
_YEAR_AFTER_GROUPS = ((_CANDIDATE,), (_SEAT,), (_PARTY,))
# A seat's figures: the seat named in the sentence, else the article's (see _turnout_subject).
_TURNOUT_TYPES = frozenset([ClaimType.TURNOUT, ClaimType.TURNOUT_CHANGE, ClaimType.BALLOT_COUNT])
_YEAR_OR_OTHER = frozenset([ClaimType.YEAR, ClaimType.OTHER])


def attribute_subject(
    ctx: ArticleContext,
    sent: Sentence,
    clauses: Clauses,
    ents: list[Mention],
    fig: Figure,
    claim: Claim,
) -> None:
    """Set ``claim``'s subject, subject kind and subject key, and for a majority who it is
    over (``compared_to``, ``compared_to_key``); leave them None when nobody fits.

    ``sent`` is the figure's sentence, ``clauses`` that sentence's clauses, ``ents`` its
    resolved mentions in order, ``fig`` the figure and ``claim`` the claim built from it
    (its type and election already set)."""
    ctype = claim.claim_type
    if ctype in _TURNOUT_TYPES:
        _turnout_subject(ctx, ents, claim)
        return
    if ctype is ClaimType.SWING:
        _swing_subject(ctx, sent, ents, fig, claim)
        return
    tok = fig.tok
    described = _describing(ents, tok.start) if ctype is ClaimType.AGE else None
    if described is not None:  # "the 75-year-old" is the person the age is of
        set_subject(ctx, claim, described)
        return
    prefs = _preference(ctype, fig)
    in_sentence, losers = _contenders(ctx, sent, ents, fig, ctype)
    in_sentence = _not_a_partys_owner(ctx.text, in_sentence)
    if ctype in _NOT_WHO_IS_AHEAD:
        # "finishing 97 votes behind her former party in third place", "Reform UK's Tobias
        # McKenzie close behind her in third", "Tim Farron was only three votes behind her
        # on 21,472": the one ahead is not whose place or figure it is
        ahead = _AHEAD_LEFT if ctype is not ClaimType.OTHER else _BEHIND_LEFT
        kept = [
            m
            for m in in_sentence
            if not ahead.search(ctx.text, max(sent.start, m.start - 40), m.start)
        ]
        # a count of places has no one else to be ("came second in 40 constituencies, 39 of
        # them behind Labour"); a place or a figure of someone's, the one named
        in_sentence = kept if kept or ctype is ClaimType.OTHER else in_sentence
    clause_start, clause_end = _clause_around(sent, clauses, tok.start)
    in_sentence = [
        m
        for m in in_sentence
        if not (
            m.start >= tok.end
            and _possessive(ctx.text, m)
            and _TO_JUST_BEFORE.search(ctx.text, max(tok.end, m.start - 12), m.start)
        )
    ]  # "22,034 votes to Lucy Burke's 21,632": the first count is not hers
    named_for = _party_just_after(ctx.text, ctype, in_sentence, tok, ents)
    pick = named_for or _pick_in_sentence(
        ctype, prefs.groups, in_sentence, tok, clause_start, clause_end
    )
    if pick is not None and pick.kind is MentionKind.PARTY:
        pick = _not_taken_from(ctx.text, in_sentence, pick, tok.start)
    if pick is not None and (pick.kind is MentionKind.PARTY or pick.kind is _PARTY_REF):
        aside = _in_an_aside(ctx.text, sent.start, pick, tok.start) if pick.end <= tok.start else -1
        if aside >= 0:
            # the one the aside is about, named before it, else no one: "Lee Anderson, who
            # defected from the Tories earlier this year, wins by 5,508 votes"; not a party
            # named earlier in the same aside ("Angus MacNeil, who held the seat for the SNP
            # before falling out with the party, … came third")
            rest = [m for m in in_sentence if m.end <= aside]
            pick = _pick_in_sentence(ctype, prefs.groups, rest, tok, clause_start, clause_end)
    if pick is not None and pick.is_person and pick.end <= tok.start:
        pick = _outside_relative_clause(ctx.text, in_sentence, pick, tok.start)
        opened = _dash_aside_around(ctx.text, sent.start, pick, tok.start)
        if opened < 0:
            # "independent candidates, boosted by Ms Wright, more than 29,000": not the
            # person an aside between commas names (not ", 21, unseated the former minister")
            opened = _in_an_aside(ctx.text, sent.start, pick, tok.start, _BY_ASIDE_OPENS)
        if opened >= 0:
            # "Reform won two – Boston and Skegness and Lee Anderson's Ashfield – and came
            # second in five more, taking 18.9 per cent": not the person the aside names
            rest = [m for m in in_sentence if m.end <= opened]
            pick = _pick_in_sentence(ctype, prefs.groups, rest, tok, clause_start, clause_end)
    if (
        pick is not None
        and pick.is_person
        and pick.end <= tok.start
        and _NAMES_THE_NOUN_BEFORE.search(ctx.text, max(sent.start, pick.start - 40), pick.start)
        and _AND_AFTER_AN_ASIDE.search(ctx.text, pick.end, tok.start)
    ):
        # "Labour is now down to just one MP, Ian Murray in Edinburgh South, and a vote share
        # of 18.6%": the person names the MP; the figure is the sentence's subject's
        rest = [m for m in in_sentence if m.end <= pick.start and not m.is_person]
        pick = _pick_in_sentence(ctype, prefs.groups, rest, tok, clause_start, clause_end)
    if (
        pick is not None
        and pick is not named_for
        and pick.start >= tok.end
        and _BEATEN_BEFORE.search(ctx.text, max(0, pick.start - 30), pick.start)
    ):
        pick = None  # "polled 15,199 votes, beating Labour's Mary Wimbury": not Wimbury's
    if pick is None and _REFERS_BACK.match(ctx.text, sent.start):
        pick = _opening_party(ctx, sent)
    if (
        pick is None
        and prefs.back_groups
        and not _SOMEONE_UNNAMED.search(ctx.text, clause_start, tok.start)
    ):
        # (not past words for someone Tally does not name: "The nationalists' share was up
        # 14.4 points", after a sentence about the Conservative beaten)
        back = [
            m
            for m in _look_back(ctx, sent)
            if not (m.entity_kind is SubjectKind.PARTY and _ITS_PEOPLE.match(ctx.text, m.end))
        ]  # not a party named for its people ("where Conservative MPs were swept out")
        pick = _carried(prefs.back_groups, back)
    if ctype is ClaimType.MAJORITY and LOST_TO_LEFT.search(ctx.text, clause_start, tok.start):
        pick, losers = _lost_to(ctx, prefs.groups, in_sentence, fig, pick, losers)
    if pick is not None:
        set_subject(ctx, claim, pick)
    elif prefs.topic:
        _topic_subject(ctx, claim, tok.start)
    if losers:
        _set_compared_to(ctx, claim, losers, tok.start)


_PARTY_REF = MentionKind.PARTY_REF
_NOT_WHO_IS_AHEAD = frozenset(
    [ClaimType.RANK, ClaimType.CANDIDATE_VOTES, ClaimType.VOTE_SHARE, ClaimType.OTHER]
)
# Just before someone a place is measured from: "behind her", "votes behind Labour".
_AHEAD_LEFT = re.compile(r"\b(?:behind|trailing|after)[ \u00a0]+(?:the[ \u00a0]+)?$")
# The same for a count, where "after" is more often a conjunction ("after Labour won 411").
_BEHIND_LEFT = re.compile(r"\b(?:behind|trailing)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _preference(ctype: ClaimType, fig: Figure) -> _Preference:
    """The subject preference of a claim type; an attempt ("his third attempt") is a
    person's, like a term count; a year after "the first … since" is a seat's history
    ("the first independent MP elected in Islington North since 1937")."""
    if fig.measure == ATTEMPT:
        return _PREFERENCES[ClaimType.TERM_COUNT]
    if ctype is ClaimType.YEAR and _FIRST_SINCE.search(fig.left):
        return _SEAT_HISTORY
    return _PREFERENCES.get(ctype, _PREFERENCES[ClaimType.OTHER])


def _turnout_subject(ctx: ArticleContext, ents: list[Mention], claim: Claim) -> None:
    """A turnout (or an electorate, or a count of ballots) is a seat's: the one named in its
    sentence (nearest before it, else first after), else the article's main seat unless the
    sentence says the figure is national."""
    # a seat it is compared with is not its own ("Turnout in Stirling was 77 per cent, the
    # second-highest in Scotland after East Dunbartonshire, with 52,620 valid votes"; "Turnout
    # in the constituency was 68.4%, the second highest in Northern Ireland after Fermanagh
    # and South Tyrone": the article's seat)
    consts, compared = [], None
    for m in ents:
        if m.kind is not MentionKind.CONSTITUENCY:
            continue
        if COMPARED_WITH.search(ctx.text, max(0, m.start - 14), m.start) or (
            compared is not None and LISTED_ON.fullmatch(ctx.text, compared.end, m.start)
        ):
            compared = m  # "behind Fermanagh and South Tyrone and West Tyrone": both
            continue
        consts.append(m)
    # the seat named nearest before it ("from 41.7% in Leeds South to 69.5% in Leeds North
    # West, where 49,777 valid votes were cast"), else the first after, unless a comma
    # stands between and a figure after it is the seat's ("Turnout across the region was
    # 56.6 per cent, below the UK average, and lowest of all in Middlesbrough and Thornaby
    # East at 45.8%")
    before = [m for m in consts if m.end <= claim.start]
    after = [m for m in consts if m.start >= claim.end]
    if before:
        set_subject(ctx, claim, before[-1])
    elif after and not (
        "," in ctx.text[claim.end : after[0].start]
        and A_DIGIT.search(claim.sentence, after[0].end - claim.sentence_start)
    ):
        set_subject(ctx, claim, after[0])
    elif (seat := _seat_of_the_one_named(ctx, ents, claim.election)) is not None:
        _set_constituency(claim, seat)  # "an electorate of 65,745 in Karl Turner's seat"
    elif ctx.mentions.constituencies and not NATIONAL_CUE.search(claim.sentence):
        _set_constituency(claim, ctx.mentions.constituencies[0])


# After a party named for its people: "Conservative MPs", "Labour voters".
_ITS_PEOPLE = re.compile(
    r"[ \u00a0]+(?:MPs|voters|supporters|members|activists|candidates|councillors|ministers)\b"
)
# Words for a party or a side that Tally does not resolve to one: whose figure follows them,
# a party carried from the sentences before does not say.
_SOMEONE_UNNAMED = re.compile(
    r"\b(?:nationalists?|unionists?|republicans?|loyalists?|insurgents?|challengers?|"
    r"incumbents?|rivals?|opposition|opponents?)\b",
    re.IGNORECASE,
)
# Before the one whose count is the second of a score: "22,034 votes to Lucy Burke's".
_TO_JUST_BEFORE = re.compile(r"\bto[ \u00a0]+$")
# Between two seats of one list: ", ", " and ", ", and ", " or ".
LISTED_ON = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+|,[ \u00a0]+")
# Just before a seat a figure is compared with: "after East Dunbartonshire", "than Wansbeck".
COMPARED_WITH = re.compile(
    r"\b(?:after|behind|than|ahead[ \u00a0]+of|below|above|besides|except|bar|outside)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _seat_of_the_one_named(
    ctx: ArticleContext, ents: list[Mention], election: str | None
) -> GazConstituency | None:
    """The seat of the one person a sentence names by name, when they stood in one seat at
    ``election``; else None."""
    people = {m.person for m in ents if m.kind is MentionKind.CANDIDATE and m.person}
    if len(people) != 1:
        return None
    cands = ctx.mentions.people.get(next(iter(people)), ())
    seats = {c.constituency for c in cands if c.election == election}
    if len(seats) != 1:
        return None
    return ctx.index.const_by_key.get(seats.pop() or "")


def _swing_subject(
    ctx: ArticleContext, sent: Sentence, ents: list[Mention], fig: Figure, claim: Claim
) -> None:
    """A swing is to a party (the subject) from another (``compared_to``), as far as the
    words near it name them (``swings.swing_parties``)."""
    to_party, from_party = swing_parties(ctx.text, ctx.index, ents, fig.tok, sent.start, sent.end)
    if to_party is not None:
        claim.subject, claim.subject_kind, claim.subject_key = (
            to_party.name,
            SubjectKind.PARTY,
            to_party.key,
        )
    if from_party is not None:
        claim.compared_to, claim.compared_to_key = from_party.name, from_party.key


def _describing(ents: list[Mention], pos: int) -> Mention | None:
    """The description holding offset ``pos`` ("the 75-year-old"), if one does."""
    for m in ents:
        if m.kind is MentionKind.ANAPHOR and m.start <= pos < m.end:
            return m
    return None


def _contenders(
    ctx: ArticleContext, sent: Sentence, ents: list[Mention], fig: Figure, ctype: ClaimType
) -> tuple[list[Mention], list[Mention]]:
    """The sentence's mentions that may be the subject, and the losers of a majority.

    A majority's loser follows "beat", "ahead of", "than"… or, after "N more votes than",
    comes after the figure. A year's or other figure's subject is rarely a possessive: see
    ``_without_possessives``."""
    if ctype is ClaimType.MAJORITY:
        return _split_losers(ctx, sent, ents, fig)
    if ctype in _YEAR_OR_OTHER:
        return _without_possessives(ctx.text, ents), []
    if ctype in (ClaimType.VOTE_SHARE, ClaimType.CANDIDATE_VOTES):
        return _not_the_beaten(ctx.text, sent, ents, fig), []
    return ents, []


# Between one beaten and a figure that is still theirs: "ahead of Labour's Rhea Keehn, on
# 11,553", "over Reform (31.2%)".
_BEATEN_OWN_GAP = re.compile(r"[\s,]*(?:on|with[ \u00a0]+just|\(|polling|who[ \u00a0]+polled)?\s*")


def _not_the_beaten(text: str, sent: Sentence, ents: list[Mention], fig: Figure) -> list[Mention]:
    """``ents`` but those named as beaten ("won Great Yarmouth by 1,426 votes over Labour's
    Keir Cozens, with 35.3 per cent of the vote") before a figure in a later part of the
    sentence that is not theirs by its words (", on 11,553" is)."""
    start = fig.tok.start
    if second_of_a_pair(text, sent.start, start):
        return ents  # "unseated the former minister Shailesh Vara, 14,785 to 14,764": his
    kept = [
        m
        for m in ents
        if not (
            m.end <= start
            and (
                "," in text[m.end : start]
                and not _BEATEN_OWN_GAP.fullmatch(text, m.end, start)
                or _WINNERS_WITH.fullmatch(text, m.end, start)
            )
            and not _WHO_AFTER.match(text, m.end)  # "the Liberal Democrats, who won 72 seats"
            and LOSER_LEFT.search(text[max(sent.start, m.start - 45) : m.start])
        )
    ]
    return kept


# Between one beaten and the winner's figure: "edged Virginia Crosbie in Ynys Môn with
# 10,590 votes", "beat the Conservatives with " (not "with just", the one beaten's).
_WINNERS_WITH = re.compile(
    r"(?:[ \u00a0]+(?:in|at)[ \u00a0]+[A-Z][\w'\u2019\u00e2\u00f4 -]{0,40}?)?"
    r"[ \u00a0]+with[ \u00a0]+(?!just|only|a[ \u00a0]+mere)"
    r"(?:a[ \u00a0]+(?:total|tally)[ \u00a0]+of[ \u00a0]+)?"
)


def _split_losers(
    ctx: ArticleContext, sent: Sentence, ents: list[Mention], fig: Figure
) -> tuple[list[Mention], list[Mention]]:
    """A majority's mentions as (candidates for its subject, losers)."""
    kept: list[Mention] = []
    losers: list[Mention] = []
    start = fig.tok.start
    text = ctx.text
    for m in ents:
        if (
            m.start >= start
            and fig.compare_loser
            or LOSER_LEFT.search(text[max(sent.start, m.start - 45) : m.start])
        ):
            losers.append(m)
        else:
            kept.append(m)
    return kept, losers


def _without_possessives(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are not possessives, if there are any, else all of them: "his
    turbulent time", "Corbyn's victory" are rarely what a year is about."""
    strong = [m for m in mentions if not _possessive(text, m)]
    return strong or mentions


def _possessive(text: str, m: Mention) -> bool:
    """Whether a mention is a possessive: "his", "her", "Corbyn's", "Labour\u2019s"."""
    if m.kind is MentionKind.PRONOUN:
        return text[m.start : m.end].lower() in ("his", "her")
    return text.startswith(("\u2019s", "'s"), m.end) or text[m.end - 2 : m.end] in ("\u2019s", "'s")


def _clause_around(sent: Sentence, clauses: Clauses, pos: int) -> tuple[int, int]:
    """(start, end) text offsets of the clause holding offset ``pos`` (``clauses.bounds``,
    inlined: this runs for every claim)."""
    starts = clauses.starts
    ci = bisect_right(starts, pos - sent.start) - 1
    start = sent.start + starts[max(ci, 0)]
    end = sent.start + (starts[ci + 1] if ci + 1 < len(starts) else len(clauses.sentence))
    return start, end


# Counts whose party may stand just after them, as their noun: "14 Conservatives", "nine
# SNP MPs", "a 7,000 Labour majority".
_COUNTS_OF_A_PARTY_AFTER = frozenset(
    [ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION, ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY]
)


# Before a count of seats taken from the party named after it: "Tories take nine Labour
# seats".
_TAKEN_BEFORE = re.compile(
    r"\b(?:take|takes|taking|took|taken|gain\w*|won|wins?|winning|captur\w*|seiz\w*|"
    r"snatch\w*|flip\w*|claim\w*)[ \u00a0]+$",
    re.IGNORECASE,
)


# Between a figure and the party it is for: "against 19 for Labour", "38.2% for the
# Conservatives".
FOR_THE_PARTY = re.compile(r"[ \u00a0]+(?:seats[ \u00a0]+)?for[ \u00a0]+(?:the[ \u00a0]+)?")


# Between a party and its candidate: "Labour's Praful Nargund".
_PARTYS = re.compile(r".+['\u2019]s[ \u00a0]+")
# A list of parties and their counts written without commas: the party after a count
# opens the next item ("Labour 411 Conservative 121"; "Seats: Lab 411 Con 121").
_NEXT_IN_A_LIST = re.compile(r"(?:[ \u00a0]+seats)?:?[ \u00a0]*\d")
_LISTED_AFTER = re.compile(r"(?:[ \u00a0]+seats)?:?[ \u00a0]*")


def _party_just_after(
    text: str, ctype: ClaimType, mentions: list[Mention], tok: NumberToken, ents: list[Mention]
) -> Mention | None:
    """The party named just after a count, one space on, as its noun ("22 Labour MPs, 14
    Conservatives", "a 7,000 Labour majority"), or after "for" ("against 19 for Labour",
    a share too: "38.2% for the Conservatives"): the figure's subject. None otherwise, and
    for seats taken from that party ("Tories take nine Labour seats"). ``mentions`` are the
    subject's candidates, ``ents`` all the sentence's (a party's candidate after it: "16,873
    for Labour's Praful Nargund" is his)."""
    if ctype not in _COUNTS_OF_A_PARTY_AFTER and ctype is not ClaimType.VOTE_SHARE:
        return None
    after = next((m for m in mentions if m.start >= tok.end), None)
    if after is None or after.kind is not MentionKind.PARTY:
        return None
    if after.start != tok.end + 1 or ctype is ClaimType.VOTE_SHARE:
        # "against 19 for Labour", "42.6%, against 38.2% for the Conservatives"; not "a
        # majority of 174 for Labour", the Commons'
        if ctype is ClaimType.MAJORITY or not FOR_THE_PARTY.fullmatch(text, tok.end, after.start):
            return None
        person = next((m for m in ents if m.start > after.start), None)  # beaten or not
        if (
            person is not None
            and person.is_person
            and _PARTYS.fullmatch(text[after.start : person.start])
        ):
            return person  # "16,873 for Labour's Praful Nargund": the candidate's
        return after
    if _TAKEN_BEFORE.search(text, max(0, tok.start - 20), tok.start):
        return None
    if _NEXT_IN_A_LIST.match(text, after.end) or any(
        m.kind is MentionKind.PARTY and _LISTED_AFTER.fullmatch(text, m.end, tok.start)
        for m in mentions
        if m.end <= tok.start
    ):
        return None  # a list with no commas: "Labour 411 Conservative 121 Lib Dem 72"
    return after


def _pick_in_sentence(
    ctype: ClaimType,
    groups: _Groups,
    mentions: list[Mention],
    tok: NumberToken,
    clause_start: int,
    clause_end: int,
) -> Mention | None:
    """The subject named in the figure's sentence: the nearest mention before the figure
    (``_nearest_before``), else the first after it in its clause (for a year, a seat
    before a party). ``clause_start``/``clause_end`` are text offsets of its clause."""
    pick = _nearest_before(groups, mentions, tok.start, clause_start)
    if pick is None:
        after_groups = _YEAR_AFTER_GROUPS if ctype is ClaimType.YEAR else groups
        pick = _pick(after_groups, [m for m in mentions if tok.end <= m.start < clause_end])
    return pick


def _not_taken_from(text: str, mentions: list[Mention], pick: Mention, pos: int) -> Mention:
    """The party a figure at offset ``pos`` is said of, when ``pick`` (the party named
    nearest before it) is one something was taken from and another party is named before
    that in the sentence: "the Liberal Democrats gained 21 seats from the Conservatives
    and now hold 22" is the Liberal Democrats'; "… from the Conservatives, who won 12" is
    the Conservatives'."""
    if not TAKEN_FROM.search(text, max(0, pick.start - 10), pick.start):
        return pick
    if _WHO_AFTER.match(text, pick.end):
        return pick
    earlier = [
        m
        for m in mentions
        if m.end <= pick.start and m.kind is MentionKind.PARTY and m.party != pick.party
    ]
    return earlier[-1] if earlier else pick


def _not_a_partys_owner(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` but a person whose party is named just after them ("Sir Keir Starmer's
    party took 43.0 per cent across the capital", "Keir Starmer's Labour"): the party is
    who the sentence speaks of."""
    return [
        m
        for m, nxt in zip(mentions, [*mentions[1:], None], strict=False)
        if not owns_the_party_after(text, m, nxt)
    ]


# An aside set off by commas that opens on words before a party: ", expelled from the
# Conservative whip over Brexit,", ", who left Labour in 2019,", ", a former Labour
# candidate,", ", also a former Labour MP," (not ", a resurgent Liberal Democrat party,",
# which names the subject).
_ASIDE_OPENS = re.compile(
    r",[ \u00a0]+(?:(?:also|herself|himself|itself|themselves|still|previously)[ \u00a0]+)?"
    r"(?:[a-z]+ed|who|whose|which|once|formerly|now|then|an?|another|one-time)\b[^,]*$"
)
# An aside set off by commas that says who helped the subject: ", boosted by", ", backed
# by" (the person it names is not the subject).
_BY_ASIDE_OPENS = re.compile(
    r",[ \u00a0]+(?:boosted|backed|helped|endorsed|supported|led|buoyed|hampered|hit|hurt|"
    r"squeezed|dented|joined|fronted|championed|headed)[ \u00a0]+by\b[^,]*$"
)  # (not ", captured by Adrian Ramsay,": the one who won the seat has its votes)
# After a party named in an appositive that names the subject: "a resurgent Liberal Democrat
# party".
_PARTY_WORD_AFTER = re.compile(r"[ \u00a0]+party\b")


def _in_an_aside(
    text: str, sentence_start: int, pick: Mention, pos: int, opens: re.Pattern[str] | None = None
) -> int:
    """Where the aside party ``pick`` is named in opens, when it closed before the figure at
    ``pos`` (an offset), else -1: "The former justice secretary, expelled from the
    Conservative whip over Brexit, won more than a quarter of the vote but still finished a
    distant second" is not the party's. ``opens`` is how such an aside opens (default
    ``_ASIDE_OPENS``; ``_BY_ASIDE_OPENS`` for a person)."""
    opens = (opens or _ASIDE_OPENS).search(text, sentence_start, pick.start)
    if opens is None or "," not in text[pick.end : pos] or _PARTY_WORD_AFTER.match(text, pick.end):
        return -1
    return opens.start()


def _dash_aside_around(text: str, sentence_start: int, pick: Mention, pos: int) -> int:
    """Where an aside between dashes or brackets that holds ``pick`` opens, when it closed
    before the figure at offset ``pos``; else -1."""
    for opening, closing in _ASIDE_MARKS:
        opened = text.rfind(opening, sentence_start, pick.start)
        if opened >= 0 and text.find(closing, opened + len(opening), pick.start) < 0:
            closed = text.find(closing, pick.end, pos)
            if closed >= 0:
                return opened
    return -1


# The marks of an aside: dashes spaced, and brackets.
_ASIDE_MARKS = ((" \u2013 ", " \u2013 "), (" \u2014 ", " \u2014 "), (" - ", " - "), ("(", ")"))


def _outside_relative_clause(
    text: str, mentions: list[Mention], pick: Mention, pos: int
) -> Mention:
    """The person a figure at offset ``pos`` is said of, when ``pick`` (the person named
    nearest before it) stands in a relative clause closed before it: "Jason Zadrozny, who
    ran Anderson close five years ago, came third" is Zadrozny's, the clause's head; a
    party's when the clause follows its name, the sentence's first ("The Conservatives, who
    held the seat until Mr Anderson's defection, were pushed into fourth")."""
    clause = _RELATIVE_OPEN.search(text, max(0, pick.start - 80), pick.start)
    if clause is None or "," not in text[pick.end : pos]:
        return pick
    before = [m for m in mentions if m.end <= clause.start()]
    if (
        len(before) == 1
        and not before[0].is_person
        and not text[before[0].end : clause.start()].strip()
    ):  # "The Conservatives, who held the seat until Mr Anderson's defection, were pushed
        # into fourth": the party the clause is about (not "Jason Zadrozny of the Ashfield
        # Independents, who …", nor "Nigel Farage beat the Conservatives, whose MP …")
        return before[0]
    head = [m for m in before if m.is_person]
    return head[-1] if head else pick


# A person named in apposition to an MP or a seat's winner counted just before: "down to
# just one MP, Ian Murray", "its only survivor, Ian Murray".
_NAMES_THE_NOUN_BEFORE = re.compile(
    r"\b(?:MPs?|members?|seats?|survivors?|winners?|gains?)[ \u00a0]*[,:\u2013\u2014][ \u00a0]*$"
)
# The aside closed, then another thing the subject has: "…, Ian Murray in Edinburgh South,
# and a vote share of".
_AND_AFTER_AN_ASIDE = re.compile(r"[,\u2013\u2014][ \u00a0]+and\b[^,;]*$")
# A relative clause about a person, open at the end of a text: ", who ran Anderson close".
_RELATIVE_OPEN = re.compile(r",[ \u00a0]*(?:who|whom|whose)\b[^,;()]*$")
# Before someone beaten, named after a figure that is the winner's.
_BEATEN_BEFORE = re.compile(
    r"\b(?:beating|defeating|ousting|unseating|ahead[ \u00a0]+of|against)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[\w'\u2019-]+[ \u00a0]+){0,2}$",
    re.IGNORECASE,
)
# After a party a relative clause is about ("… from the Conservatives, who won 12").
_WHO_AFTER = re.compile(r"\W{0,3}(?:who|whose|which|whom)\b", re.IGNORECASE)


def _nearest_before(
    groups: _Groups, mentions: list[Mention], pos: int, clause_start: int
) -> Mention | None:
    """The nearest mention ending by offset ``pos`` of the first group that has one, in
    the clause starting at ``clause_start`` if it holds any, else anywhere before."""
    before = [m for m in mentions if m.end <= pos]
    if not before:
        return None
    pick = _pick_last(groups, before, clause_start)
    if pick is None:
        pick = _pick_last(groups, before)
    return pick


def _pick(groups: _Groups, mentions: list[Mention]) -> Mention | None:
    """The first mention (in the order given) of the first group that has one."""
    for group in groups:
        for m in mentions:
            if m.entity_kind in group:
                return m
    return None


def _pick_last(groups: _Groups, mentions: list[Mention], floor: int = -1) -> Mention | None:
    """``_pick(groups, reversed(mentions))`` over the mentions starting at offset ``floor``
    or later (``mentions`` in order of position)."""
    for group in groups:
        for m in reversed(mentions):
            if m.start < floor:
                break
            if m.entity_kind in group:
                return m
    return None


def _lost_to(
    ctx: ArticleContext,
    groups: _Groups,
    in_sentence: list[Mention],
    fig: Figure,
    pick: Mention | None,
    losers: list[Mention],
) -> tuple[Mention | None, list[Mention]]:
    """ "Truss lost her seat by 630 votes to Labour's Terry Jermy": the winner, the subject,
    follows "to"; whoever the sentence names first is the loser. Returns (subject, losers)
    given the subject and losers found so far."""
    text, end = ctx.text, fig.tok.end
    won_by = [m for m in in_sentence if m.start >= end and _TO_TAIL.search(text[end : m.start])]
    winner = _pick(groups, won_by)
    if winner is None:
        winner = pick
    if winner is not None and winner.is_person:
        # "Douglas Ross clung on in Moray, and Colin Clark lost Gordon to Richard Thomson
        # by 819": the loser stood where the winner did, at some election
        in_sentence = _stood_in(in_sentence, {c.constituency for c in winner.cands})
    loser = _pick(groups, in_sentence)
    if winner is not None and loser is not None and loser.person != winner.person:
        losers = [loser]
    return winner, losers


def _look_back(ctx: ArticleContext, sent: Sentence) -> list[Mention]:
    """Resolved mentions in the three sentences before ``sent`` (captions skipped),
    nearest first."""
    out: list[Mention] = []
    si = bisect_right(ctx.sentence_starts, sent.start) - 1
    seen = 0
    j = si - 1
    while j >= 0 and seen < 3:
        if not _is_caption(ctx, j):
            s = ctx.sentences[j]
            out.extend(reversed([m for m in ctx.mentions.between(s.start, s.end) if m.entity_kind]))
            seen += 1
        j -= 1
    return out


# A sentence opening on "It" or "They" speaks of the subject of the sentence before.
_REFERS_BACK = re.compile(r"(?:It|They)[ \u00a0]")
# How many words before it a sentence's subject may open on ("The party, which …",
# "The Brexit Party, which …").
_OPENING_WORDS = 3


def _opening_party(ctx: ArticleContext, sent: Sentence) -> Mention | None:
    """The party the sentence before ``sent`` (captions skipped) opens on, its subject, when
    it names no other party but in a relative clause about it ("The Brexit Party, which
    stood down its candidates in the 317 seats the Conservatives won in 2017, fielded 275
    candidates. It came second in just three seats"; "The party won 1.94 million votes …
    It also came second in 40 constituencies"); None when it opens on no party or names
    another too."""
    j = bisect_right(ctx.sentence_starts, sent.start) - 2
    while j >= 0 and _is_caption(ctx, j):
        j -= 1
    if j < 0:
        return None
    s = ctx.sentences[j]
    named = [m for m in ctx.mentions.between(s.start, s.end) if m.entity_kind]
    first = named[0] if named else None
    if (
        first is None
        or first.entity_kind is not SubjectKind.PARTY
        or ctx.text.count(" ", s.start, first.start) > _OPENING_WORDS
        or any(
            m.entity_kind is SubjectKind.PARTY
            and m.party is not first.party
            and not _in_its_relative_clause(ctx.text, first, m)
            for m in named
        )
    ):
        return None  # no party opens it, or it names another too ("Labour's landslide left
        # the Conservatives with 121 seats … They took just 23.7%": whose, unsaid)
    return first


def _carried(groups: _Groups, back: list[Mention]) -> Mention | None:
    """The subject carried from the sentences before (``back``, nearest first): the
    nearest of ``groups``, unless it is a party whose sentence names another party too
    ("Labour took 411 seats, and the Conservatives were left with 121. The share behind it
    was just 33.7%": whose, the words do not say)."""
    pick = _pick(groups, back)
    if (
        pick is not None
        and pick.entity_kind is SubjectKind.PARTY
        and any(
            m.sentence == pick.sentence
            and m.entity_kind is SubjectKind.PARTY
            and m.party is not pick.party
            for m in back
        )
    ):
        return None
    return pick


def _in_its_relative_clause(text: str, head: Mention, m: Mention) -> bool:
    """Whether ``m`` is named in a relative clause about ``head`` that opens just after it
    ("The Brexit Party, which stood down its candidates in the 317 seats the Conservatives
    won in 2017, fielded 275 candidates": the Conservatives are in it)."""
    opens = _WHO_AFTER.match(text, head.end)
    return opens is not None and "," not in text[opens.end() : m.start]


def _is_caption(ctx: ArticleContext, i: int) -> bool:
    """ "… won the seat, with Labour coming second ( PA )": whether sentence ``i`` is a
    photo caption, skipped when looking back for a subject because it interrupts the
    article's flow."""
    known = ctx.captions.get(i)
    if known is None:
        s = ctx.sentences[i]
        tail = ctx.text[max(s.start, s.end - 40) : s.end]
        head = ctx.text[s.start : min(s.end, s.start + 12)]
        known = ctx.captions[i] = bool(
            (tail.endswith(")") or head[:1] in "PI") and _CAPTION_RE.search(head + " " + tail)
        )
    return known


def _topic_subject(ctx: ArticleContext, claim: Claim, pos: int) -> None:
    """The person the article is about at offset ``pos``; for a majority with nobody
    named, the article's main seat ("Majority: 8,405" under a seat's results)."""
    mentions = ctx.mentions
    person = mentions.topic_at(pos)
    if person:
        _set_person(ctx, claim, person)
    elif claim.claim_type is ClaimType.MAJORITY and mentions.constituencies:
        _set_constituency(claim, mentions.constituencies[0])


def _stood_in(mentions: list[Mention], seats: set[str | None]) -> list[Mention]:
    """``mentions`` but the people who stood in none of ``seats`` (constituency keys), at
    any election: the ones a winner there can have beaten."""
    return [m for m in mentions if not m.is_person or any(c.constituency in seats for c in m.cands)]


def _set_compared_to(ctx: ArticleContext, claim: Claim, losers: list[Mention], pos: int) -> None:
    """Name the candidate or party (the nearest to offset ``pos``) a majority is over,
    unless it is the claim's own subject."""
    if claim.subject_kind is SubjectKind.CANDIDATE and claim.subject:
        # "Ian Paisley kept North Antrim by 12,721 over Robin Swann; Gregory Campbell won
        # East Londonderry by 9,607": a loser stood where the winner did
        mine = ctx.mentions.people.get(claim.subject) or ctx.index.full.get(claim.subject, ())
        seats = {c.constituency for c in mine}
        if seats:
            losers = _stood_in(losers, seats)
    nearest = sorted(losers, key=lambda m: abs(m.start - pos))
    loser = _pick(_PERSON_FIRST, nearest)
    if loser is not None:
        name, _kind, key = _describe(ctx, loser, claim.election)
        if name != claim.subject:
            claim.compared_to, claim.compared_to_key = name, key


def _describe(
    ctx: ArticleContext, m: Mention, election: str | None
) -> tuple[str, SubjectKind, str]:
    """(name, kind, key) of what a mention stands for; a person's candidacy is the one at
    ``election`` (see ``_candidacy``); key "" for a person the gazetteer cannot place."""
    if m.is_person:
        cand = _candidacy(ctx, m.person or "", election)
        if cand is not None:
            return cand.full_name, SubjectKind.CANDIDATE, cand.key
        return m.person or "", SubjectKind.CANDIDATE, ""
    if m.party is not None:
        return m.party.name, SubjectKind.PARTY, m.party.key
    assert m.const is not None
    return m.const.name, SubjectKind.CONSTITUENCY, m.const.key


def named_in_sentence(ctx: ArticleContext, ents: list[Mention], s_start: int) -> list[list]:
    """``Claim.named``: each resolved mention of a sentence as ``[start, end, subject_kind,
    subject_key, name]``, offsets into the sentence (which starts at text offset
    ``s_start``); a person the gazetteer cannot place is left out."""
    rows = []
    for m in ents:
        name, kind, key = _describe(ctx, m, ctx.election)
        if key:
            rows.append([m.start - s_start, m.end - s_start, str(kind), key, name])
    return rows


def set_subject(ctx: ArticleContext, claim: Claim, m: Mention) -> None:
    """Make what mention ``m`` stands for the claim's subject (an empty key as None)."""
    name, kind, key = _describe(ctx, m, claim.election)
    claim.subject, claim.subject_kind, claim.subject_key = name, kind, key or None


def _set_person(ctx: ArticleContext, claim: Claim, person: str) -> None:
    """Make a person (by normalised full name) the subject, if a candidacy is known."""
    cand = _candidacy(ctx, person, claim.election)
    if cand is not None:
        claim.subject, claim.subject_kind, claim.subject_key = (
            cand.full_name,
            SubjectKind.CANDIDATE,
            cand.key,
        )


def _set_constituency(claim: Claim, const: GazConstituency) -> None:
    """Make a seat the subject."""
    claim.subject, claim.subject_kind, claim.subject_key = (
        const.name,
        SubjectKind.CONSTITUENCY,
        const.key,
    )


def _candidacy(ctx: ArticleContext, person: str, election: str | None) -> GazCandidate | None:
    """The person's candidacy at the figure's election, else in the article's seat, else
    their first; of two people of one name standing at that election ("Gareth Thomas" in
    Harrow West and in Merthyr Tydfil and Aberdare), the one in a seat the article names."""
    cands = ctx.mentions.people.get(person) or tuple(ctx.index.full.get(person, ()))
    if not cands:
        return None
    then = [c for c in cands if c.election == election]
    if len(then) == 1:
        return then[0]
    local = {c.key for c in ctx.mentions.constituencies}
    for c in then or cands:
        if c.constituency in local:
            return c
    return (then or cands)[0]
