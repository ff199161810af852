"""Doubts: why a figure the checker would call inaccurate may be a correct one read wrongly.

No Django import. "Inaccurate" on a correct figure is the costliest suggestion the desk
can make, so one the readings (``readings.read_claim``) leave standing is tested once
more against the ways real coverage frames a figure that the readings may have missed.
Votes said as a margin ("won by 5,929 votes") are first checked as the seat's majority
(``majority_meant``), a party's figure as its candidate's in the seat named last
before it (``seat_meant``), and a party's seats or share, or a turnout, in the nation or
region its paragraph or heading names (``area_meant``), each when that matches. Then
each test below, in this order, may
give a reason; the first one makes the suggestion not checkable, "Unclear which figure
this is: <reason>", with what the reading said and the readings kept for the editor
(``unsure``):

- **denied**: "did not even finish second", "failed to reach 5 per cent"; **a
  supposition**: seats that "would have" been won, "on a proportional system"; **a
  target**: a swing needed, seats that "would fall on a swing of", seats a party "must
  win"; **every seat**: "All 18 seats declared", "the 650-member House"; **said
  again**: "fell 11.5 points, or almost twelve"; **in order**: figures given
  "respectively"; **when it was**: "down from 43.6 per cent when Boris Johnson won his
  80-seat majority";
- **part of the country**: a figure read UK-wide (or for a nation) in a sentence that
  speaks of a region, county or city ("25 of Greater Manchester's 27 seats", "all six
  Glasgow seats"), is headed by a label ("North West: …"), counts from a subset of
  seats ("26 of the 27 seats"), or follows a nation or region named earlier in its
  paragraph, the one above or a heading (the extractor's ``Claim.area_before``; not
  "Speaking in London");
- **a comparison's area**: "one of the lowest in England" compares a seat with it;
- **too large for a seat**: a seat's or candidate's figure in millions;
- **which seat**: a seat's figure whose sentence names no seat and no candidate,
  checked against another seat than the last one named (``Claim.seat_before``), or,
  when none was named before it, in an article that names several;
- **another election**: "two years ago", "last time" when that election is not loaded;
- **the Commons majority**: a "majority" near a party's majority in the Commons;
- **the whole counted from**: "54,336 out of 72,242"; **a share across some seats**
  ("Across the nine constituencies …, 50.2%"); **seats of others or of part** ("285 for
  everyone else combined", "the Liberal Democrats 32 of 72", "second in 40 seats");
- **a margin or a change**: "won by 150 votes", "losing 7.1m votes", "8,000 more than
  the winner" or votes "together" read as a total, or the first of a pair after one who
  lost ("lost … by 214 votes, 16,468 to 16,254");
- **notional**: a sentence about the notional result on new boundaries (the word in the
  figure's clause, the phrase the sentence opens on, a "when" clause after it, or any
  place in such a sentence);
- **another year**: a year of another election, the nearest before the figure in its
  clause or within 30 characters after it (no other figure between);
- **a swing** of the right direction: swings are worked out in more than one way;
- **a turnout** read as a share ("40.3% of voters went to the polls");
- **a table row**, whose column headings were not read;
- **a year with no data** ("since 1935, when it won 154 seats");
- **an election named after the figure**, belonging to another ("6,791, up from a
  notional 4,689"), or "this time" after an earlier year;
- **the paragraph's year**: a sentence before it in its paragraph opens on another
  year ("In December 2019 …"), and its own names none;
- **exactly another figure**: a round count that is exactly another reading's
  official figure ("7,200", the seat's majority, read as its winner's votes); a
  percentage no word near calls a share that is the seat's turnout ("topped the
  table at 75.2%"); a majority's percentage that is the winner's share ("majority
  6,934 (41.1%)");
- **a supposition** in a quotation that names nobody ("if it's 57 or 5,700"), or a
  speaker's "we" in one ("We got almost 7 per cent of the vote");
- **places in many seats** ("came second in 98 seats");
- **a party's seats** read as votes or as the exit poll's, or more seats than exist;
- **seats together or changed** ("Together, … nine seats", "lost … 251 seats");
- **people not named** ("two independents 517 and 470"); **MPs of a kind** ("just 29
  of the 121 Conservatives are women") read as a party's seats;
- **a share of seats or people** ("44% of their 72-strong parliamentary party"), in a
  sentence that never says share or "of the vote";
- **the party named after the figure** only ("with 41 seats to the Conservatives' 32"),
  or "the party" before it and the party it was read as after it, as another; **a bar**
  seats are counted by ("the 5% deposit threshold", "20% in only nine of the 32 seats");
- **a majority** spoken of earlier in the sentence than votes ("Priti Patel's majority
  in Witham was 5,145, Suella Braverman's … 6,079"); **some of them** ("four
  candidates who");
- **an average or an estimate** ("Averaged across the three seats", "an estimated
  23,884");
- **a part of a figure**: "a quarter of one per cent", a majority's share of the votes,
  a place "in the popular vote", "six of the Conservative gains", "six seats from
  Labour", "seize nine seats", "the city had 73 seats", "Seven seats in all were won
  by fewer than 100 votes", "three further candidates";
- **a seat named after a semicolon** only ("at 78.4 per cent; the lowest was Kingston
  upon Hull East");
- **another seat named** in the sentence than the one checked;
- **the other side of a score** named last ("…, to Labour's 10.3m, and won 365 seats");
- **Great Britain's**: "or 34.6% in Great Britain"; **their own share**: a change in the
  share of someone who stood for another party before;
- **a round-up's party**: a party's share or change its sentence places in no seat, in a
  piece naming several ("The Conservative share fell by 29.7 points" of Kent's seats);
- **far from it**: more than ``FAR`` times the official figure or less than its
  ``FAR``th part, unless a digit was dropped or added ("41 seats" for 411): a report
  that gets a figure wrong does not write another size of figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extraction.figures import BY_LEFT
from factcheck.extraction.mentions import PARTY_REF_RE
from factcheck.extraction.subjects import FOR_THE_PARTY
from factcheck.vocabulary import ClaimType, Qualifier, SubjectKind, Unit, Verdict

from . import rules
from .areas import area_named, area_of, areas_named
from .checkers import (
    CHECKERS,
    COUNT_WORDS,
    ITS_OWN_SEATS_AFTER,
    SOME_SEATS,
    check_in_area,
    check_places,
    seats_stood_in,
)
from .claims import SEATS_CHANGED, SEATS_PLACED, Claimed, Suggestion
from .context import (
    COMPARED_IN_AREA,
    NATIONAL_CUES,
    ArticleContext,
    candidate_at,
    claim_contest,
    figure_at,
    is_national,
    named_only_in_a_comparison,
    one_of_a_pair,
)
from .figures import OfficialFigures, evidence_of, recording
from .frozen import replace
from .readings import (
    COMMONS_WORDS,
    FAMILIES,
    FROM_BEFORE,
    LOCAL_WORDS,
    MOST_IN_A_SEAT,
    NAMED_ELSEWHERE,
    PLAUSIBLE_WITHIN,
    Reading,
    by_name,
)
from .swing import OTHER_WAY

__all__ = ["doubt", "majority_meant", "seat_meant", "unsure"]

# Kinds of figure a party has UK-wide, or a nation or region has, that a sentence about a
# smaller area may give instead.
AREA_KINDS = frozenset(
    [
        ClaimType.SEAT_COUNT,
        ClaimType.SEAT_PROJECTION,
        ClaimType.VOTE_SHARE,
        ClaimType.VOTE_SHARE_CHANGE,
        ClaimType.CANDIDATE_VOTES,
        ClaimType.TURNOUT,
        ClaimType.TURNOUT_CHANGE,
        ClaimType.BALLOT_COUNT,
        ClaimType.OTHER,
        ClaimType.SWING,
    ]
)
# Words that place a figure in part of the country the checker has no figures for.
LOCAL_AREA = re.compile(
    r"\b(?:regions?|regional|county|counties|county's|city's|heartlands?|the area|the area's)\b"
    r"|\b(?!(?:Britain|Scotland|Wales|England|Ireland|London|Wall)['\u2019])"
    r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,3}['\u2019]s[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(?:seats|constituencies|MPs|voters|electorate)\b"
    r"|\b(?:across|throughout)[ \u00a0]+(?!the[ \u00a0]+(?:UK|country|nation|board)\b)"
    r"(?!(?:Britain|Great|England|Scotland|Wales|Northern|the[ \u00a0]+North|the[ \u00a0]+South|"
    r"the[ \u00a0]+East|the[ \u00a0]+West|London)\b)(?:the[ \u00a0]+)?[A-Z][\w'\u2019-]*",
)
# "all six Glasgow seats": a place's seats (unless the word is a party the sentence names).
PLACE_SEATS = re.compile(
    r"(?<=[a-z,] )(?!(?:Westminster|Commons|Parliament|Labour|Tory|Tories|Conservative|Liberal|"
    r"Green|Reform|Plaid|Independent|Speaker|Lib|Dem|Wall|Blue)\b)([A-Z][a-z]+)[ \u00a0]+"
    r"(?:seats|constituencies|MPs)\b"
)
# "four candidates who campaigned on Gaza": some of them, not all.
SOME_OF_THEM = re.compile(r"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:who|that|which|whose)\b")
# "26 of the 27 seats", "three of its four constituencies": a subset of seats.
OF_SEATS = re.compile(
    r"\bof[ \u00a0]+(?:(?:the|its|their|his|her|[A-Z][\w'\u2019]*)[ \u00a0]+)?"
    r"(?:[a-z]+(?:['\u2019]s)?[ \u00a0]+)?"
    rf"([\d,]*\d|{COUNT_WORDS})[ \u00a0]+(?:[A-Z]\w+[ \u00a0]+)?(?:seats|constituencies|MPs)\b"
)
# "North West: Labour took 65 of 73 seats.": a sentence headed by a label.
LABEL = re.compile(
    r"^\s*((?:[A-Z][\w'\u2019-]*[ \u00a0]+(?:of[ \u00a0]+|and[ \u00a0]+|the[ \u00a0]+)?){0,4}"
    r"(?:North|South|East|West|Midlands|Scotland|Wales|England|London|Yorkshire|Humber|"
    r"Ireland|[A-Z]\w*shire|Cornwall|Kent|Essex|Region|County)(?:[ \u00a0]+[A-Z][\w-]*){0,3}):"
    r"[ \u00a0]"
)
# "the lowest share for a majority government in UK history": a record, not a ranking.
IN_HISTORY = re.compile(r"[ \u00a0]+(?:history|ever)\b", re.IGNORECASE)
# No seat has an electorate near this (the largest in 2024: about 110,000).
IN_MILLIONS = re.compile(r"(?:m|bn|million|billion)\b", re.IGNORECASE)
SEAT_KINDS = frozenset(
    [
        ClaimType.CANDIDATE_VOTES,
        ClaimType.MAJORITY,
        ClaimType.TURNOUT,
        ClaimType.TURNOUT_CHANGE,
        ClaimType.VOTE_SHARE,
        ClaimType.VOTE_SHARE_CHANGE,
        ClaimType.RANK,
        ClaimType.BALLOT_COUNT,
        ClaimType.SWING,
    ]
)
# "two years ago", "last time", "at the previous election": an earlier election, unnamed.
EARLIER_TIME = re.compile(
    r"\b(?:\w+[ \u00a0]+years?[ \u00a0]+(?:ago|earlier|before|previously)|"
    r"\w+[ \u00a0]+years?[ \u00a0]+later|last[ \u00a0]+time|"
    r"(?:the|that)[ \u00a0]+(?:last|previous|prior)[ \u00a0]+(?:general[ \u00a0]+)?election|"
    r"previously|had[ \u00a0]+(?:won|held|taken|been)|was[ \u00a0]+defending|"
    r"at[ \u00a0]+that[ \u00a0]+time|at[ \u00a0]+dissolution|"
    r"(?:went|going|gone)[ \u00a0]+into[ \u00a0]+(?:the|this)[ \u00a0]+election)\b",
    re.IGNORECASE,
)
# How far a "majority" may be from a party's Commons majority and still be it, as a share
# of it: reports give it with or without the Speaker, Sinn Féin's abstentions, rounded.
COMMONS_WITHIN = Decimal("0.1")
# "losing 7.1m votes", "shed 3,000 votes", "up 2,000": a change, not a total.
CHANGE_BEFORE = re.compile(
    r"\b(?:los(?:ing|t|es?)|shed(?:ding|s)?|down(?:[ \u00a0]+by)?|up[ \u00a0]+by|"
    r"fell[ \u00a0]+by|rose[ \u00a0]+by|"
    r"increase[ \u00a0]+of|fall[ \u00a0]+of|drop[ \u00a0]+of)"
    r"[ \u00a0]+(?:(?:almost|nearly|about|around|some|over|more[ \u00a0]+than|just|only)"
    r"[ \u00a0]+)?$",
    re.IGNORECASE,
)
# A gap short of another's figure: "1,889 votes short of victory", "3,952 votes off the top".
_SHORT_OF = (
    r"short[ \u00a0]+of|shy[ \u00a0]+of|off[ \u00a0]+the[ \u00a0]+(?:top|pace|lead)|adrift|behind"
)
SHORT_OF_AFTER = re.compile(rf"(?:[ \u00a0]+votes?)?[ \u00a0]+(?:{_SHORT_OF})\b", re.IGNORECASE)
# Just before a count of votes, a verb that makes it the total: "polled 18,873 votes
# behind Jeremy Corbyn's 24,120".
POLLED_BEFORE = re.compile(
    r"\b(?:polled|polling|took|won|got|secured|received|gained|with|on)[ \u00a0]+$", re.I
)
# A place below second: "in third place", "finished fourth".
LOWER_PLACE = re.compile(r"\b(?:third|fourth|fifth|sixth)\b", re.IGNORECASE)
# After a count of votes, words making it a difference: "8,000 more than the winner",
# "leaving him 4,861 short of the winner".
DIFFERENCE_AFTER = re.compile(
    rf"(?:[ \u00a0]+votes?)?[ \u00a0]+(?:(?:more|fewer|less)[ \u00a0]+than|{_SHORT_OF})\b",
    re.IGNORECASE,
)
# A percentage of the voters who voted: a turnout, not a share of the vote.
TURNOUT_WORDS = re.compile(
    r"\b(?:turnout|turned[ \u00a0]+out|went[ \u00a0]+to[ \u00a0]+the[ \u00a0]+polls|"
    r"took[ \u00a0]+part|cast[ \u00a0]+(?:a|their)[ \u00a0]+(?:valid[ \u00a0]+)?(?:vote|ballot)s?|"
    r"of[ \u00a0]+(?:the[ \u00a0]+)?(?:[\d,]+[ \u00a0]+)?(?:electorate|eligible|registered))\b",
    re.IGNORECASE,
)
# How near before a percentage a word for turnout makes it one ("turnout was 58.9%").
TURNOUT_NEAR = 40
TURNOUT_AFTER = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?(?:voters|electorate|those[ \u00a0]+eligible)|"
    r"turned[ \u00a0]+out|turnout)\b",
    re.IGNORECASE,
)
# "Nigel Farage won 56.2% on a turnout of 58.9%": a share, whatever else the sentence says.
SHARE_VERB_BEFORE = re.compile(
    r"\b(?:won|wins|took|takes|polled|polling|secured|received|got|winning|taking|on)"
    r"[ \u00a0]+(?:(?:just|only|over|almost|nearly|about|around)[ \u00a0]+)?$",
    re.IGNORECASE,
)
# "share", but not in "the lion's share" (pattern text)
A_SHARE = r"(?<!lion's )(?<!lion\u2019s )\bshare\b"
SHARE_WORDS = re.compile(rf"{A_SHARE}|\bof[ \u00a0]+the[ \u00a0]+vote\b", re.IGNORECASE)
# Cells of a table pasted as text: a tab, a bar, or a wide gap between two figures or words.
TABLE_ROW = re.compile(r"\t|\s\|\s|\S {3,}\S")


def doubt(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> str | None:
    """Why ``found``, an inaccurate suggestion for ``claim`` (under the reading it took,
    ``found.reading``), may be a correct figure read wrongly; None when no test doubts it.
    The tests are this module's docstring's, in its order."""
    if found.verdict != Verdict.INACCURATE:
        return None
    read = _as_read(claim, found)
    for test in _TESTS:
        reason = test(read, found, figures, context)
        if reason:
            return reason
    return None


def majority_meant(claim: Claimed, found: Suggestion, figures: OfficialFigures) -> dict | None:
    """The seat's majority among ``found.readings`` when votes called inaccurate are said
    as a margin ("won by 5,929 votes", "Keir Starmer's majority … was 11.6k") and the
    seat or its winner is the last one the sentence names before the figure, or is named
    before it with only a candidate of that seat after ("Max Wilkinson defeated the justice
    secretary, Alex Chalk, by 7,120"): the reading to check instead (as stored,
    ``Reading.as_dict``); None otherwise."""
    if claim.claim_type != ClaimType.CANDIDATE_VOTES or found.reading:
        return None
    before = claim.sentence[: max(figure_at(claim), 0)]
    if not (BY_LEFT.search(before) or MAJORITY_BEFORE.search(before)):
        return None
    at = len(before)
    nearest = [
        key
        for start, _e, kind, key, _n in claim.details.get("named") or ()
        if start < at and kind in (SubjectKind.CANDIDATE, SubjectKind.CONSTITUENCY)
    ]
    if not nearest:
        return None
    if BY_LEFT.search(before) and _beaten_last(claim, figures) not in (None, 1, 2):
        return None  # "defeated the Conservative candidate, Debbie Soloman, by 13,791": third
    for reading in found.readings:
        if reading.get("claim_type") != ClaimType.MAJORITY or not reading.get("whole_seat"):
            continue
        winner = figures.candidates.get(reading.get("subject_key") or "")
        if winner is None:
            continue
        seat = (winner.key, winner.contest.slug)
        if nearest[-1] in seat:
            return reading  # the seat, or its winner, named last before the figure
        last = figures.candidates.get(nearest[-1])
        if last is not None and last.contest is winner.contest and seat[0] in nearest:
            return reading  # the winner, then the one beaten in the seat
    return None


# "defeated the justice secretary, Alex Chalk, by ", "beat Labour's Tom Wilson by just ".
BEATEN_BY_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|unseat(?:s|ed|ing)|oust(?:s|ed|ing)|"
    r"topple[sd]|toppling|edged[ \u00a0]+out|pipped)\b[^.;:]{0,80}\bby[ \u00a0]+"
    r"(?:just[ \u00a0]+|only[ \u00a0]+)?$",
    re.IGNORECASE,
)


def beaten_by(claim: Claimed, figures: OfficialFigures) -> bool:
    """Whether the words before the figure say the seat's runner-up was beaten "by" it ("Max
    Wilkinson defeated the justice secretary, Alex Chalk, by 7,120"): the seat's majority.
    Not when the one named last before it came lower ("… and beat Reform's Charles Dodman
    by 8,921": a margin over the third)."""
    at = figure_at(claim)
    if at <= 0 or not BEATEN_BY_BEFORE.search(claim.sentence, max(0, at - 100), at):
        return False
    return _beaten_last(claim, figures) in (None, 2)


def _beaten_last(claim: Claimed, figures: OfficialFigures) -> int | None:
    """The place of the candidate named last before the figure, or of the party's candidate
    in the seat of the people named ("Jonathan Bartley came second …, beating the
    Conservative candidate by just 51": third), or None when none is."""
    at = figure_at(claim)
    rows = [
        r
        for r in claim.details.get("named") or ()
        if r[1] <= at
        and (
            r[2] == SubjectKind.CANDIDATE
            and r[3] in figures.candidates
            or r[2] == SubjectKind.PARTY
        )
    ]
    people = [r for r in rows if r[2] == SubjectKind.CANDIDATE]
    if not people:
        return None
    if rows[-1][2] == SubjectKind.PARTY:
        theirs = figures.candidates[people[0][3]].contest.candidate_for_party(rows[-1][3])
        return theirs.rank if theirs is not None else None
    return figures.candidates[rows[-1][3]].rank


# Kinds of figure a party has through its candidate in a seat (a majority only through
# the seat's winner).
CANDIDATES_FIGURES = frozenset(
    [ClaimType.CANDIDATE_VOTES, ClaimType.VOTE_SHARE, ClaimType.RANK, ClaimType.MAJORITY]
)


def seat_meant(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> dict | None:
    """The party's candidate in the seat named last before the claim's sentence
    (``Claim.seat_before``), as a reading to check (``Reading.as_dict``), when a party's
    figure was checked against another seat and its sentence names no other seat and no
    candidate of another seat: a round-up moves on ("… held Houghton and Sunderland South
    by 3,115 votes. The Brexit Party came third with 6,165 votes."; under the heading
    "Gillian Keegan (Chichester)", "… Jess Brown-Fuller, who took a 12,172 majority in a
    seat the Tories had won by 21,490 in 2019"). A majority is the party's only when its
    candidate won the seat. So is a turnout whose sentence names no seat, that seat's
    ("… a majority of 981. Turnout was high at 72.1%."). None otherwise."""
    turnout = claim.claim_type == ClaimType.TURNOUT and claim.subject_kind in (
        SubjectKind.CONSTITUENCY,
        None,
        "",
    )
    if not turnout and (
        claim.subject_kind != SubjectKind.PARTY or claim.claim_type not in CANDIDATES_FIGURES
    ):
        return None
    before = claim.details.get("seat_before")
    if not before or _wide(found):
        return None
    for _s, _e, kind, key, _name in claim.details.get("named") or ():
        if kind == SubjectKind.CONSTITUENCY and key != before:
            return None
        if kind == SubjectKind.CANDIDATE:
            named = figures.candidates.get(key or "")
            if named is None or named.contest.slug != before:
                return None
    seat = figures.contest(claim.election or context.election, before)
    if seat is None or (seat.election, seat.contest_id) in found.evidence:
        return None
    if claim.claim_type == ClaimType.TURNOUT:
        reading = Reading(ClaimType.TURNOUT, seat.name, SubjectKind.CONSTITUENCY, seat.slug,
                          seat.election, NAMED_ELSEWHERE, "the seat named last")  # fmt: skip
        return {**reading.as_dict(), "prior": reading.prior, "cue": reading.cue}
    candidate = seat.candidate_for_party(claim.subject_key or "")
    if candidate is None or (claim.claim_type == ClaimType.MAJORITY and candidate.rank != 1):
        return None
    reading = Reading(
        claim.claim_type,
        candidate.full_name,
        SubjectKind.CANDIDATE,
        candidate.key,
        seat.election,
        NAMED_ELSEWHERE,
        f"the party's candidate in {seat.name}, the seat named last",
    )
    return {**reading.as_dict(), "prior": reading.prior, "cue": reading.cue}


# Kinds of figure a seat's notional previous result has.
NOTIONAL_FIGURES = frozenset(
    [ClaimType.VOTE_SHARE, ClaimType.CANDIDATE_VOTES, ClaimType.RANK, ClaimType.TURNOUT]
)


def notional_meant(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> dict | None:
    """The seat's notional previous result on its new boundaries (the Library's notional
    file) as a reading to check (``Reading.as_dict``), when a figure the sentence gives as
    notional (``notional``: "Saqib Bhatti's share fell from a notional 62.4pc", "On the
    notional 2019 result … the DUP had taken 43.4%") was checked against another result:
    the party's share, votes or place there, or the seat's turnout; or a party's figure
    read at the election before, which in a seat on new boundaries the notional result may
    be ("The Greens had taken just 8.8 per cent there in 2019"). The seat is the one the
    claim was read in, at the article's election. None when the article's election is
    measured from no notional result or the party had no candidate in it."""
    read = _as_read(claim, found)
    if read.claim_type not in NOTIONAL_FIGURES:
        return None
    now = figures.elections.get(context.election or "")
    if now is None or not now.notional_baseline or read.election == now.notional_baseline:
        return None
    previous_of_party = (
        read.subject_kind == SubjectKind.PARTY and read.election and read.election == now.previous
    )  # "The Greens had taken just 8.8 per cent there in 2019": the seat as it is now
    said = notional(read, found, figures, context)
    if said == NOTIONAL_PARAGRAPH:
        return None  # the paragraph's frame may have moved on: doubted, never re-read
    if said is None and not previous_of_party:
        return None
    seat = claim_contest(read, figures, context, context.election)
    base = figures.notional_contest(seat) if seat is not None else None
    if base is None:
        return None
    if read.claim_type == ClaimType.TURNOUT:
        subject = (base.name, SubjectKind.CONSTITUENCY, base.slug)
    else:
        party = read.subject_key if read.subject_kind == SubjectKind.PARTY else None
        if read.subject_kind == SubjectKind.CANDIDATE:
            candidate = figures.candidates.get(read.subject_key or "")
            party = candidate.party if candidate is not None else None
        notional_candidate = base.candidate_for_party(party) if party else None
        if notional_candidate is None:
            return None
        subject = (
            notional_candidate.full_name,
            SubjectKind.CANDIDATE,
            notional_candidate.key,
        )
    reading = Reading(
        read.claim_type,
        *subject,
        base.election,
        NAMED_ELSEWHERE,
        f"the notional result in {seat.name}, "
        + ("which its sentence speaks of" if said else "on the boundaries it has now"),
    )
    return {**reading.as_dict(), "prior": reading.prior, "cue": reading.cue}


# Words that make a figure the whole country's, whatever the article speaks of.
UK_WIDE = re.compile(
    r"\b(?:(?<!Reform )(?<!Reform\u00a0)UK|Britain|British|nationally|nationwide|national)\b"
)  # (not the party's name: "Reform UK came third in the popular vote")


# Seats an article names at least when it is a round-up, not a report on a seat or two.
ROUND_UP_SEATS = 3


def area_meant(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> Suggestion | None:
    """A party's seats or share read UK-wide, a party's share read in a seat its sentence
    does not name, or a turnout with no seat named in its sentence or before it
    (``Claim.seat_before``), whose sentence names no area but whose paragraph or heading does
    (``Claim.area_before``: "SOUTH EAST / … the Liberal Democrats 24"), checked in that
    area (``checkers.check_in_area``) when that matches, saying so; None otherwise (the
    doubt stands: ``part_of_the_country``, ``which_seat``). With no area before it, the one
    area the whole article names (``ArticleContext.area``) for a figure read UK-wide."""
    before = claim.details.get("area_before")
    said = "its paragraph speaks of"
    # a party's share read in a seat its sentence does not name ("• Sinn Féin: 7 seats, no
    # change. 27.0% of the vote, up 4.3 points", in an article about Northern Ireland)
    seats_share = (
        not _wide(found)
        and claim.claim_type in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE)
        and claim.subject_kind == SubjectKind.PARTY
        and not _names_a_seat(claim)
        and len(context.seats_named) >= ROUND_UP_SEATS
    )  # (in a report on a seat or two, the seat's: "In Foyle, … Sinn Féin's share rose 8.8")
    if (
        not before
        and context.area
        and (_wide(found) or seats_share)
        and claim.claim_type
        in (ClaimType.SEAT_COUNT, ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE)
        and (not is_national(claim, context) or _national_only_as_its_own(claim, context))
        and not UK_WIDE.search(claim.sentence)
    ):
        before, said = context.area, "the article speaks of"  # "The final count / … Lib Dems 4"
    if not before or area_named(claim.sentence) is not None or UK_WIDE.search(claim.sentence):
        return None  # (not "Overall the Conservatives' share fell 17.9 points across the UK")
    read = _as_read(claim, found)
    if seats_share:
        read = claim  # the party's, not its candidate's in the seat it was read in
    elif not _wide(found) and (
        read.claim_type != ClaimType.TURNOUT
        or _names_a_seat(claim)
        or claim.details.get("seat_before")
    ):
        return None  # a seat's turnout, unless no seat is named in or before its sentence
    name = area_named(before) or area_named(f"the {before}")  # a heading: "South East"
    if name is None:
        return None
    with recording() as used:
        there = check_in_area(read, figures, read.election or context.election, name)
    if there is None or there.verdict not in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE):
        return None
    there.explanation = f"Read in {name}, which {said}. {there.explanation}"
    there.reading, there.readings = found.reading, found.readings
    there.evidence = evidence_of(used)
    return there


# Words that make a figure a whole country's, which in an article about one nation may be
# that nation's: "Labour still won the popular vote comfortably" in Wales.
A_NATIONS_OWN = frozenset(["popular vote", "overall", "country", "nation"])


def _national_only_as_its_own(claim: Claimed, context: ArticleContext) -> bool:
    """Whether a sentence of an article about one nation (``ArticleContext.area``) is the
    country's only by words that may mean that nation's ("the popular vote", "overall")."""
    if context.area not in ("Scotland", "Wales", "Northern Ireland", "England"):
        return False
    if claim.details.get("scope") == "national":
        return False
    cues = [m.group(0).lower() for m in NATIONAL_CUES.finditer(claim.sentence)]
    return bool(cues) and all(cue in A_NATIONS_OWN for cue in cues)


def unsure(found: Suggestion, reason: str) -> Suggestion:
    """``found`` turned into a not-checkable suggestion giving ``reason`` and what the
    reading it took would have said; its readings and evidence kept, its official value,
    source and working dropped (the explanation still gives them)."""
    said = found.explanation
    found.verdict = Verdict.NOT_CHECKABLE
    found.confident = False
    # no official figure is suggested, so a re-check weighs the readings again
    # (``processing.check_again``) rather than checking this one reading as stored
    found.official_value, found.official_source, found.working = None, "", ""
    found.explanation = (
        f"Unclear which figure this is: {reason}. Read as the checker first read it: {said}"
    )
    return found


def _as_read(claim: Claimed, found: Suggestion) -> Claimed:
    """``claim`` under the reading ``found`` took (its kind, subject and election)."""
    taken = found.reading
    return Reading.from_dict(taken).applied_to(claim) if taken else claim


def _wide(found: Suggestion) -> bool:
    """Whether the check used only figures summed over many seats (UK, nation, region)."""
    return bool(found.evidence) and all(contest == 0 for _e, contest in found.evidence)


def another_area_in_an_aside(claim, found, figures, context) -> str | None:
    """A figure read in the area named nearest it when that area stands in an aside closed
    by a comma before it and the sentence names another ("In the South East, Labour won 36
    seats, while the Liberal Democrats, dominant in the South West, won 24")."""
    if claim.claim_type not in AREA_KINDS:
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    named = areas_named(sentence)
    nearest = area_named(sentence, at)
    if nearest is None or nearest not in found.explanation or len({n for _p, n in named}) < 2:
        return None
    last = max((p for p, name in named if name == nearest and p < at), default=None)
    if last is not None and "," in sentence[last:at]:
        return "the area named nearest it is in an aside, and the sentence names another"
    return None


def a_seat_in_an_aside(claim, found, figures, context) -> str | None:
    """A party's figure checked in a seat its sentence names only in an aside closed before
    it ("Labour is now down to just one MP, Ian Murray in Edinburgh South, and a vote share
    of 18.6%": not Labour's share in Edinburgh South)."""
    if claim.subject_kind != SubjectKind.PARTY or _wide(found):
        return None
    sentence, at = claim.sentence, figure_at(claim)
    seats = [r for r in claim.details.get("named") or () if r[2] == SubjectKind.CONSTITUENCY]
    if at < 0 or not seats:
        return None
    for start, stop, *_rest in seats:
        opened = sentence.rfind(",", 0, start)
        if stop > at or opened < 0 or "," not in sentence[stop:at]:
            return None  # placed after it, or not set off by commas
        if start - opened > 40:
            return None
    return "the seat it was checked in is named only in an aside"


def one_of_a_pair_of_seats(claim, found, figures, context) -> str | None:
    """A party's figure joined by "and" to another in a sentence naming several seats ("Labour
    won Hexham and held Blyth and Ashington, with 49.6 per cent and 46.3 per cent"): which
    seat's each is, only the order says."""
    if claim.subject_kind != SubjectKind.PARTY or _wide(found) or not one_of_a_pair(claim):
        return None
    seats = {r[3] for r in claim.details.get("named") or () if r[2] == SubjectKind.CONSTITUENCY}
    return "it is one of two figures for the seats its sentence names" if len(seats) > 1 else None


def part_of_the_country(claim, found, figures, context) -> str | None:
    """A figure read UK-wide (or for a nation or region) that its sentence, or the
    paragraph before it, places in a smaller or another part of the country."""
    if claim.claim_type not in AREA_KINDS or not _wide(found):
        return None
    if claim.subject_kind in (SubjectKind.CANDIDATE, SubjectKind.CONSTITUENCY):
        return None  # a candidate's or a seat's figure is no area's
    sentence = claim.sentence
    named = claim.details.get("named") or ()
    # a sentence naming a nation or region read for it ("Labour won 47 of Scotland's 57";
    # of two, a party's figure's is the one named nearest it: "The South East returned 24
    # Lib Dem MPs and the South West 21")
    near = max(figure_at(claim), 0) if claim.subject_kind == SubjectKind.PARTY else None
    area = area_named(sentence, near)
    areas = (area is None or area not in found.explanation) and not (
        claim.claim_type == ClaimType.VOTE_SHARE_CHANGE
        and any(f" in {name} " in found.explanation for _at, name in areas_named(sentence))
    )  # (a change read in an area the sentence names: "In the North West, … the only English
    # region")
    for local in LOCAL_AREA.finditer(sentence) if areas else ():
        if not any(
            s <= local.start() < e and kind == SubjectKind.PARTY for s, e, kind, *_r in named
        ):  # "Labour's 421 seats" is the party's
            return f"the sentence places it in part of the country (\u201c{local.group(0)}\u201d)"
    for place in PLACE_SEATS.finditer(sentence) if areas else ():
        if not any(
            s <= place.start() < e and kind == SubjectKind.PARTY for s, e, kind, *_r in named
        ):
            return f"the sentence speaks of {place.group(1)}'s seats"
    label = LABEL.match(sentence)
    if label and not any(
        kind == SubjectKind.PARTY and start < label.end(1)
        for start, _e, kind, _k, _n in claim.details.get("named") or ()
    ):  # "Liberal Democrats: 13 seats" is the party's line
        return f"the sentence is headed \u201c{label.group(1)}\u201d"
    at = max(figure_at(claim), 0)
    for subset in OF_SEATS.finditer(sentence):
        if subset.start(1) <= at < subset.end(1):
            return "it is the number of seats the sentence counts from, not a party's"
    subset = OF_SEATS.search(sentence) if area is None else None
    if subset:
        total = figures.total_seats(claim.election or context.election)
        seats = subset.group(1).replace(",", "")
        if not seats.isdigit() or int(seats) != total:
            return "it is one of a number of seats, not the whole country's"
    before = claim.details.get("area_before")
    if before and area is None:
        return f"its paragraph speaks of {before}, and the UK-wide figure may not be meant"
    return None


def compared_with_area(claim, found, figures, context) -> str | None:
    """ "one of the lowest in England": the area is the comparison's, not the figure's."""
    if not _wide(found) or claim.claim_type == ClaimType.SEAT_COUNT:
        return None
    compared = COMPARED_IN_AREA.search(claim.sentence)
    if compared and not IN_HISTORY.match(claim.sentence, compared.end()):
        return f"the sentence compares it across an area (\u201c{compared.group(0)}\u201d)"
    return None


# A seat's kinds of figure that a nation or region has too.
AREA_TOO = frozenset(
    [ClaimType.TURNOUT, ClaimType.TURNOUT_CHANGE, ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE]
)


def an_area_not_a_seat(claim, found, figures, context) -> str | None:
    """A figure checked in a seat whose sentence names a nation or region and no seat or
    candidate: "Wales had the lowest turnout of all, at 56.2 per cent, a fall of 10.4
    points" is Wales's."""
    if claim.claim_type not in AREA_TOO or _wide(found) or _names_a_seat(claim):
        return None
    area = area_named(claim.sentence, max(figure_at(claim), 0))
    if area is None:
        return None
    if named_only_in_a_comparison(claim.sentence, area):
        return None  # "one of the lower figures we have seen in Scotland": the seat's
    return f"its sentence speaks of {area}, not a seat"


# Words that make a figure a whole area's: "across the region", "the regional vote", "the
# county's", "county-wide".
WHOLE_AREA = re.compile(
    r"\b(?:(?:across|throughout)[ \u00a0]+the[ \u00a0]+(?:region|county|nation|area|patch)|"
    r"(?:region|county)(?:al|-wide|wide)[ \u00a0]+(?:vote|share|total|turnout|poll|electorate)|"
    r"(?:the[ \u00a0]+)?(?:region|county)(?:'s|\u2019s)[ \u00a0]+"
    r"(?:vote|voters|electorate|turnout))\b",
    re.IGNORECASE,
)


def across_an_area(claim, found, figures, context) -> str | None:
    """A figure checked in one seat whose sentence gives it for a whole region or county
    ("taking 18.9 per cent of the vote across the region", "its 17.5pc share of the regional
    vote")."""
    if claim.claim_type not in AREA_TOO or _wide(found):
        return None
    said = WHOLE_AREA.search(claim.sentence)
    return f"its sentence gives it for a whole area (\u201c{said.group(0)}\u201d)" if said else None


def across_some_seats(claim, found, figures, context) -> str | None:
    """A share read for the UK or a nation whose sentence gives it across some seats
    ("Across the nine constituencies the Conservatives took just over half of the votes
    cast, 50.2%"), or a share, count of votes or turnout read anywhere whose sentence sums it
    over a city or county ("Turnout across the 13 seats was 64.2%", "Across the capital the
    SNP won 104,567 votes, or 39.7%", "taking 9.6 per cent overall" "in the city"): their
    sum, which Tally does not work out."""
    if claim.claim_type not in SUMMED_KINDS:
        return None
    some = SOME_SEATS.search(claim.sentence)
    if (
        some is not None
        and some.group(1) != "650"
        and (
            _wide(found)
            or claim.claim_type not in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE)
        )
    ):
        return f"its sentence gives it across some seats (\u201c{some.group(0)}\u201d)"
    city = None if _names_a_seat(claim) else _summed_over_a_city(claim.sentence)
    if city is not None:  # (not "Across the capital …, and in Hornsey … Catherine West won")
        return f"its sentence sums it over an area (\u201c{city}\u201d)"
    return None


def _summed_over_a_city(sentence: str) -> str | None:
    """The words by which a sentence sums its figures over a city or county: opening on the
    area ("Across the capital the SNP won 104,567 votes"), "across" it not after a word
    comparing ("the best result across the city"), or "overall" with the area named ("taking
    9.6 per cent overall" "in the city"); None when it does not."""
    opening = OPENS_ON_A_CITY.match(sentence)
    if opening:
        return opening.group(1)
    for found in ACROSS_A_CITY.finditer(sentence):
        compared = COMPARING_BEFORE.search(sentence, max(0, found.start() - 40), found.start())
        summed = found.group(0).lower().startswith(("across", "throughout"))
        if not compared and (summed or OVERALL.search(sentence)):
            return found.group(0)
    return None


# Kinds of figure a piece on a city or county sums over its seats.
SUMMED_KINDS = frozenset(
    [
        ClaimType.VOTE_SHARE,
        ClaimType.VOTE_SHARE_CHANGE,
        ClaimType.TURNOUT,
        ClaimType.TURNOUT_CHANGE,
        ClaimType.CANDIDATE_VOTES,
    ]
)
OPENS_ON_A_CITY = re.compile(
    r"(?:[A-Z][^,]{0,30},[ \u00a0]+)?((?:Across|Throughout|In|Over)[ \u00a0]+the[ \u00a0]+"
    r"(?:city|capital|county|borough|conurbation)\b)"
)
# Words comparing a seat with the rest of the area: "the most … in the city", "among the
# lowest in the county", "the best result across the city".
COMPARING_BEFORE = re.compile(
    r"\b(?:most|least|best|worst|highest|lowest|biggest|largest|smallest|any|among|only|"
    r"second|third|[a-z]+est)\b[^,;.]*$",
    re.IGNORECASE,
)
OVERALL = re.compile(r"\b(?:overall|in[ \u00a0]+total|combined|altogether)\b", re.IGNORECASE)
# A city, county or patch a figure is summed over: "Across the capital", "in the city",
# "countywide", "across the county's 12 seats".
ACROSS_A_CITY = re.compile(
    r"\b(?:(?:across|in|throughout|over)[ \u00a0]+(?:the|this|our)[ \u00a0]+(?:city|capital|county|"
    r"borough|patch|conurbation|city[ \u00a0]+region)\b"
    r"(?![ \u00a0]+(?:centre|center|council|hall)\b)|city-?wide|county-?wide)",
    re.IGNORECASE,
)


# After a seat count, those it counts together: "285 for everyone else combined", "the rest".
OTHERS_TOGETHER_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:(?:everyone|everybody|all)[ \u00a0]+else|the[ \u00a0]+rest|"
    r"(?:all[ \u00a0]+)?(?:the[ \u00a0]+)?other[ \u00a0]+parties|combined|between[ \u00a0]+them)\b",
    re.IGNORECASE,
)
# After a seat count, the party's own total it is part of: "the Liberal Democrats 32 of 72".
OF_A_TOTAL_AFTER = re.compile(
    r"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:its[ \u00a0]+|their[ \u00a0]+)?(\d+)\b"
)
# After a count, the places it counts: "40 second places".
PLACES_AFTER = re.compile(
    r"[ \u00a0]+(?:second|third|fourth|fifth|runner-up)[ \u00a0]+(?:places?|finishes)\b", re.I
)
# Beside a figure, a step of a sum: "365 minus 285 is 80", "411 - 121 = 290".
A_SUM_AROUND = re.compile(
    r"[ \u00a0]+(?:minus|plus|less|take[ \u00a0]+away|divided[ \u00a0]+by|times|"
    r"[-+\u2212\u00d7=])"
    r"[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?:minus|plus|divided[ \u00a0]+by|times|"
    r"[-+\u2212\u00d7=]|is|equals|makes|leaves)[ \u00a0]+$",
    re.IGNORECASE,
)
# Before a seat count, a place it counts seats by: "They were also second in 40 seats".
A_PLACE_IN_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|runners?-up)[ \u00a0]+in[ \u00a0]+"
    r"(?:(?:just|only|some|another|a[ \u00a0]+further)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def a_count_of_others_or_part(claim, found, figures, context) -> str | None:
    """A seat count of everyone else ("leaving 285 for everyone else combined"), of part of
    the party's own total ("the Conservatives 30 of 121, and the Liberal Democrats 32 of
    72"), or of the seats where a place was taken ("They were also second in 40 seats"),
    read as a party's seats."""
    if claim.claim_type != ClaimType.SEAT_COUNT:
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    end = at + len(claim.text)
    if OTHERS_TOGETHER_AFTER.match(sentence, end):
        return "it may count the seats of everyone else together"
    if A_SUM_AROUND.search(sentence, max(0, at - 12), at) or A_SUM_AROUND.match(sentence, end):
        return "it is a step of a sum the article works out"
    of = OF_A_TOTAL_AFTER.match(sentence, end)
    if of and found.official_value is not None and Decimal(of.group(1)) == found.official_value:
        return f"it is part of the party's {of.group(1)}, not its total"
    place = A_PLACE_IN_BEFORE.search(sentence, max(0, at - 40), at) or PLACES_AFTER.match(
        sentence, end
    )
    if place and _places_match(claim, figures, context, place.group(0)):
        return "it counts the seats where a place was taken, not seats won"
    return None


PLACE_NUMBERS = {"first": 1, "second": 2, "runner-up": 2, "runners-up": 2, "third": 3}
PLACE_NUMBERS.update(fourth=4, fifth=5)


def _places_match(claim, figures, context, said: str) -> bool:
    """Whether the party's count of seats where it took the place ``said`` names ("second
    in", "second places"), in the area the sentence names or the UK, is the figure."""
    election = claim.election or context.election
    summed = figures.national.get(election or "")
    word = re.search(r"first|second|third|fourth|fifth|runners?-up", said, re.IGNORECASE)
    if summed is None or word is None or claim.subject_kind != SubjectKind.PARTY:
        return False
    area = area_named(claim.sentence)
    party = area_of(summed, area).party(claim.subject_key or "") if area else None
    party = party or summed.uk.party(claim.subject_key or "")
    place = PLACE_NUMBERS[word.group(0).lower()]
    return (
        party is not None
        and len(party.places) >= place
        and Decimal(party.places[place - 1]) == rules.as_decimal(claim.value)
    )


# A place said to be a seat: "Stoke Central was the only seat in the county where …".
CALLED_A_SEAT = re.compile(
    r"\b(?P<name>[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+)*)[ \u00a0]+(?:was|is|became|"
    r"remains|remained|stayed)[ \u00a0]+(?:the|one[ \u00a0]+of[ \u00a0]+the|among[ \u00a0]+the)"
    r"(?:[ \u00a0]+(?!(?:of|with|for|in|to|by|from)\b)[\w-]+){0,3}?[ \u00a0]+"
    r"(?:seats?|constituenc(?:y|ies))\b"
)


def a_seat_not_known_by_that_name(claim, found, figures, context) -> str | None:
    """A seat's or candidate's figure in a sentence that calls a place Tally does not know
    by that name a seat ("But Stoke Central was the only seat in the county where the party
    came second": Stoke-on-Trent Central): the seat meant may not be the one checked."""
    if _wide(found):
        return None
    called = CALLED_A_SEAT.search(claim.sentence)
    if called is None:
        return None
    start, end = called.span("name")
    name = _OPENING_WORD.sub("", called.group("name"))
    if not name:
        return None
    for row_start, row_end, _kind, _key, _name in claim.details.get("named") or ():
        if row_start < end and start < row_end:
            return None  # a seat, a party or a person Tally knows
    if any(start <= at < end for at, _area in areas_named(claim.sentence)):
        return None  # "The North East was the region with fewest seats …"
    return f"its sentence calls \u201c{name}\u201d a seat, which Tally does not know by that name"


# A word that opens a sentence before the name of a place.
_OPENING_WORD = re.compile(
    r"^(?:(?:But|And|So|Yet|Still|Now|Meanwhile|However|Then)(?:[ \u00a0]|$))+"
)


# Just before the second count of "28 seats to 26" (not "from 59 to 57", "fell by 244 seats
# to 121").
N_TO_BEFORE = re.compile(
    r"(?<!\bfrom[ \u00a0])(?<!\bby[ \u00a0])\b\d[\d,]*(?:[ \u00a0]+(?:seats|MPs))?[ \u00a0]+to"
    r"[ \u00a0]+$"
)


def the_other_side_of_a_score(claim, found, figures, context) -> str | None:
    """The second count of a score ("Labour has only a narrow lead, 28 seats to 26"): the
    other side's, which the sentence may not name."""
    at = figure_at(claim)
    if at < 0 or claim.claim_type != ClaimType.SEAT_COUNT:
        return None  # votes: the extractor gives the second to the one beaten
    if N_TO_BEFORE.search(claim.sentence, max(0, at - 24), at):
        return "it is the other side's count in a score (\u201cN to M\u201d)"
    return None


# "216 of 635 (": a count out of another, then a bracket the percentage opens.
OUT_OF_BEFORE = re.compile(
    r"\b(\d[\d,]*)[ \u00a0]+(?:of|out[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?(\d[\d,]*)\b"
    r"[^()\d]{0,20}\([ \u00a0]*$"
)


def a_ratio_of_the_count_before(claim, found, figures, context) -> str | None:
    """A percentage in brackets that is the count before it out of its total ("Conservative
    216 of 635 (34.0%)": women among its candidates), not a share of the vote."""
    if claim.unit != Unit.PERCENT:
        return None
    at = figure_at(claim)
    out_of = OUT_OF_BEFORE.search(claim.sentence, max(0, at - 40), max(at, 0)) if at > 0 else None
    if out_of is None:
        return None
    part, whole = (Decimal(g.replace(",", "")) for g in out_of.groups())
    if not whole:
        return None
    ratio = rules.compare(
        written=claim.text,
        value=claim.value,
        official=part * 100 / whole,
        qualifier=claim.qualifier,
        is_percent=True,
    )
    if ratio.verdict == Verdict.INACCURATE:
        return None
    return f"it is {out_of.group(1)} of {out_of.group(2)} as a percentage, not a share of the vote"


# Before a figure of a time compared with: "172 votes more than it received when it came ".
THAN_WHEN_BEFORE = re.compile(r"\bthan\b[^.;]*\bwhen\b[^.;,]*$", re.IGNORECASE)
# Before the end of a change within one year's figure: "nudges the 2019 turnout from 70.4
# per cent down to ".
A_YEARS_FIGURE_TO = re.compile(
    r"\b(?:19|20)\d\d(?:['\u2019]s)?[ \u00a0]+[a-z]+[ \u00a0]+from\b(?:[^.;]|\.\d)*\bto[ \u00a0]+$"
)


def a_time_compared_with(claim, found, figures, context) -> str | None:
    """A figure of another time the sentence compares with ("only 172 votes more than it
    received when it came third"), or the end of a change within an earlier year's figure
    ("nudges the 2019 turnout from 70.4 per cent down to 69.7 per cent")."""
    before = claim.sentence[: max(figure_at(claim), 0)]
    if THAN_WHEN_BEFORE.search(before[-80:]):
        return "it is a figure of a time the sentence compares with"
    if A_YEARS_FIGURE_TO.search(before[-80:]):
        return "it is the end of a change within an earlier year's figure"
    return None


# A sentence going on from one that named a projection: "It puts Labour on 410 seats".
PROJECTION_GOES_ON = re.compile(
    r"\W*(?:It|This|That|The[ \u00a0]+(?:exit[ \u00a0]+)?poll|The[ \u00a0]+projection|The[ \u00a0]+"
    r"forecast)[ \u00a0]+(?:puts|put|gives|gave|projects|projected|predicts|predicted|forecasts|"
    r"suggests|suggested|shows|showed)\b"
)
# After a count a projection made: " the exit poll suggested", " that the poll predicted".
PROJECTED_AFTER = re.compile(
    r"[ \u00a0]+(?:seats[ \u00a0]+)?(?:(?:that|which)[ \u00a0]+)?(?:the|an?)[ \u00a0]+"
    r"(?:exit[ \u00a0]+poll|poll|projection|forecast|MRP|prediction)[ \u00a0]+(?:had[ \u00a0]+)?"
    r"(?:suggested|predicted|forecast|projected|said|gave|promised|pointed[ \u00a0]+to|put)",
    re.IGNORECASE,
)


def a_projection_named_after(claim, found, figures, context) -> str | None:
    """A count the words after it give to a projection ("Reform finished with five seats,
    not the 13 the exit poll suggested"), or a count in a sentence that goes on from one
    naming it ("… the exit poll is out. It puts Labour on 410 seats, … and Reform UK on
    13"), checked as a result."""
    if claim.claim_type not in (ClaimType.SEAT_COUNT, ClaimType.MAJORITY):
        return None
    at = figure_at(claim)
    if at >= 0 and PROJECTED_AFTER.match(claim.sentence, at + len(claim.text)):
        return "it is the figure a projection gave, not the result"
    if PROJECTION_GOES_ON.match(claim.sentence):
        return "its sentence goes on from a projection, and this may be the projection's"
    return None


# After a share, words that make it the share of those who did not vote for someone.
DID_NOT_VOTE_FOR_AFTER = re.compile(
    r"^[^.;]{0,60}\b(?:did[ \u00a0]+not|didn['\u2019]t)[ \u00a0]+vote[ \u00a0]+for\b|"
    r"^[^.;]{0,60}\bvoted[ \u00a0]+(?:against|for[ \u00a0]+(?:someone|other|another))\b",
    re.IGNORECASE,
)


def those_who_did_not(claim, found, figures, context) -> str | None:
    """A share of the voters who did not vote for someone ("more than half of those who
    voted did not vote for him"), checked as the share who did."""
    if claim.claim_type != ClaimType.VOTE_SHARE:
        return None
    at = figure_at(claim)
    if at >= 0 and DID_NOT_VOTE_FOR_AFTER.match(claim.sentence[at + len(claim.text) :]):
        return "it is the share of those who did not vote for them"
    return None


# A count in the sentence before a percentage: "21,983 (", "by 12,185 votes, a margin of ".
A_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d.,]*\d)")


# Words that make a percentage a share of the votes cast, not of the electorate.
OF_THE_VOTE = re.compile(
    r"\b(?:of[ \u00a0]+the[ \u00a0]+(?:vote|votes|poll|ballots)|vote[ \u00a0]+share|"
    r"share[ \u00a0]+of[ \u00a0]+the[ \u00a0]+vote|votes[ \u00a0]+cast)\b",
    re.IGNORECASE,
)


def a_count_as_a_share(claim, found, figures, context) -> str | None:
    """A percentage that is a count before it in its sentence as a share of the votes cast
    in the seat it was checked in, or that seat's majority as one ("Bootle – Peter Dowd (Lab),
    21,983 (56.5%)" in a table of majorities; "by 12,185 votes, a margin of 25.1 per cent"),
    or a candidate's votes there as a share of its electorate ("Jess Phillips … on 15.4%"),
    not a candidate's share."""
    if claim.claim_type != ClaimType.VOTE_SHARE or claim.unit != Unit.PERCENT or _wide(found):
        return None
    at = figure_at(claim)
    counts = [int(c.replace(",", "")) for c in A_COUNT.findall(claim.sentence[: max(at, 0)])]
    seats = {(e, c) for e, c in found.evidence if c}
    for contest in figures.contests.values():
        if (contest.election, contest.contest_id) not in seats or not contest.valid:
            continue
        own = candidate_at(_as_read(claim, found), figures, contest.election)
        mine = [own] if own is not None and own.contest is contest else []
        for candidate in (
            mine if contest.electorate and not OF_THE_VOTE.search(claim.sentence) else ()
        ):
            # "Jess Phillips … comes fifth from the bottom on 15.4%", in a piece on the
            # winners' shares of their electorates
            of_electors = rules.compare(
                written=claim.text,
                value=claim.value,
                official=Decimal(candidate.votes) * 100 / contest.electorate,
                qualifier=claim.qualifier,
                is_percent=True,
            )
            if of_electors.verdict != Verdict.INACCURATE and candidate.votes:
                return (
                    f"it is {candidate.full_name}'s votes as a share of the electorate, not "
                    "of the votes cast"
                )
        for count in (*counts, contest.majority or 0) if counts else ():
            ratio = rules.compare(
                written=claim.text,
                value=claim.value,
                official=Decimal(count) * 100 / contest.valid,
                qualifier=claim.qualifier,
                is_percent=True,
            )
            if ratio.verdict != Verdict.INACCURATE and count:
                return f"it is {count:,} as a share of the votes cast, not a candidate's share"
    return None


# Before a figure that is the condition of a count: "54 MPs who were elected with less than
# ", "the 98 seats where Farage's party finished ".
CONDITION_OF_A_COUNT = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)[ \u00a0]+(?:MPs|seats|constituencies|candidates|winners|members)"
    r"[ \u00a0]+(?:who|that|where|which|in[ \u00a0]+which)\b[^.;]*$"
)


# Before a share that is the bar a count of MPs or seats cleared: "Nineteen Liberal Democrat
# MPs won more than ".
COUNT_OVER_A_BAR = re.compile(
    r"\b(?:\d[\d,]*|[A-Za-z]+)[ \u00a0]+(?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,3}"
    r"(?:MPs|candidates|winners|members)[ \u00a0]+"
    r"(?:won|took|got|polled|secured|had)[ \u00a0]+(?:(?:more|less|fewer)[ \u00a0]+than|"
    r"over|under|above|below|at[ \u00a0]+least)[ \u00a0]+$"
)


def a_condition_of_a_count(claim, found, figures, context) -> str | None:
    """A place or share that says which were counted ("the 98 seats where Farage's party
    finished second", "one of 54 MPs who were elected with less than a third of the vote",
    "Nineteen Liberal Democrat MPs won more than 50% of the vote"), not one seat's figure."""
    if claim.claim_type not in (ClaimType.RANK, ClaimType.VOTE_SHARE):
        return None
    at = figure_at(claim)
    if at > 0 and (
        CONDITION_OF_A_COUNT.search(claim.sentence, max(0, at - 90), at)
        or COUNT_OVER_A_BAR.search(claim.sentence, max(0, at - 90), at)
    ):
        return "it says which were counted, not one seat's figure"
    return None


# Before a count that is the whole another is taken from: "54,336 out of ", "54,336 valid
# votes out of ", "12,713 of the".
WHOLE_AFTER_A_COUNT = re.compile(
    r"(?<![\d,])\d{1,3}(?:,\d{3})+(?:[ \u00a0]+(?:valid|votes?|ballots?|electors?|people|"
    r"voters))*[ \u00a0]+(?:out[ \u00a0]+of|of)[ \u00a0]+"
    r"(?:the[ \u00a0]+|a[ \u00a0]+possible[ \u00a0]+)?$"
)


def the_whole_counted_from(claim, found, figures, context) -> str | None:
    """A count after another and "out of" ("54,336 out of 72,242" electors), the whole the
    first is taken from, not a candidate's votes or a majority."""
    if claim.claim_type not in (ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY):
        return None
    at = figure_at(claim)
    if at > 0 and WHOLE_AFTER_A_COUNT.search(claim.sentence, max(0, at - 30), at):
        return "it is the whole the count before it is taken from"
    return None


# After a change, a comparison with another figure: "more than 15 points above the national".
ABOVE_ANOTHER_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:percentage[ \u00a0]+)?points?)?[ \u00a0]+(?:above|below|higher[ \u00a0]+than|"
    r"lower[ \u00a0]+than|ahead[ \u00a0]+of|behind|short[ \u00a0]+of)[ \u00a0]+"
    r"(?:(?:on|in|at|across|for)[ \u00a0]+)?(?:the|its|their)\b"
    r"(?![ \u00a0]+(?:last|previous|notional|20\d\d|19\d\d)\b)"
)  # ("almost five points higher than on the Scottish side"; not "than at the last election")


def a_gap_from_another(claim, found, figures, context) -> str | None:
    """A change in points that is a gap from another figure ("a turnout of 75.47% – more than
    15 points above the national figure of 60.0%"), not a change since an election."""
    if claim.claim_type not in (ClaimType.TURNOUT_CHANGE, ClaimType.VOTE_SHARE_CHANGE):
        return None
    at = figure_at(claim)
    if at >= 0 and ABOVE_ANOTHER_AFTER.match(claim.sentence, at + len(claim.text)):
        return "it is a gap from another figure, not a change since an election"
    return None


# Before a figure that goes on a list the sentences before set out: "followed with ".
FOLLOWED_WITH_BEFORE = re.compile(
    r"\b(?:followed|came[ \u00a0]+next|next[ \u00a0]+came|was[ \u00a0]+next)[ \u00a0]+"
    r"(?:with|by|on|at)[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$",
    re.IGNORECASE,
)


def next_on_a_list(claim, found, figures, context) -> str | None:
    """A figure that goes on a list the sentences before set out ("The third-largest swing,
    15.7 points, came in Dudley North. Mansfield … followed with 15.5 points"): of the kind
    the list counts, which its own sentence does not say."""
    at = figure_at(claim)
    if at > 0 and FOLLOWED_WITH_BEFORE.search(claim.sentence, max(0, at - 40), at):
        return "it goes on a list the sentences before set out, of a kind its sentence does not say"
    return None


# A figure that is one end of a range: "between 18.7 and 26.9 per cent".
RANGE_START = re.compile(r"\bbetween[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$", re.IGNORECASE)
RANGE_END = re.compile(
    r"\bbetween[ \u00a0]+[\d.,]+(?:[ \u00a0]*(?:%|per[ \u00a0]+cent|pc))?[ \u00a0]+and[ \u00a0]+$",
    re.IGNORECASE,
)


def one_end_of_a_range(claim, found, figures, context) -> str | None:
    """A figure that is one end of a range ("it took between 18.7 and 26.9 per cent"): the
    least or most of several figures, not one of its own."""
    at = figure_at(claim)
    if at < 0:
        return None
    before = claim.sentence[max(0, at - 40) : at]
    after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 6]
    if (RANGE_START.search(before) and after.lstrip().startswith("and")) or RANGE_END.search(
        before
    ):
        return "it is one end of a range, not a figure of its own"
    return None


# "The gap between the highest and lowest turnout", "the difference between them".
GAP_BETWEEN = re.compile(r"\b(?:gap|difference|spread|range)[ \u00a0]+between\b", re.I)


def a_gap_between(claim, found, figures, context) -> str | None:
    """A change checked as one figure's rise or fall that its sentence gives as the gap
    between two others ("The gap between the highest and lowest turnout in the country was
    35.2 points")."""
    if claim.claim_type not in (ClaimType.TURNOUT_CHANGE, ClaimType.VOTE_SHARE_CHANGE):
        return None
    gap = GAP_BETWEEN.search(claim.sentence, 0, max(figure_at(claim), 0))
    return "it is the gap between two figures, not a change in one" if gap else None


def too_large_for_a_seat(claim, found, figures, context) -> str | None:
    """A seat's or candidate's figure in millions, or larger than any seat's electorate."""
    if claim.claim_type not in SEAT_KINDS or _wide(found):
        return None
    after = claim.text.lstrip("0123456789.,\u00a0 ")
    if IN_MILLIONS.match(after) or abs(rules.as_decimal(claim.value)) > MOST_IN_A_SEAT:
        return "it is larger than any one seat's figure, so it may be a UK-wide one"
    return None


def _names_a_seat(claim: Claimed) -> bool:
    """Whether the claim's sentence names a seat or a candidate by name (not by a pronoun or
    a description the extractor resolved: "The party's co-leader won in a new seat")."""
    return any(
        kind == SubjectKind.CONSTITUENCY
        or kind == SubjectKind.CANDIDATE
        and by_name(claim.sentence[start:stop])
        for start, stop, kind, _key, _name in claim.details.get("named") or ()
    )


def which_seat(claim, found, figures, context) -> str | None:
    """A seat's figure whose sentence names no seat and no candidate, checked against a
    seat other than the last one named before it (``Claim.seat_before``), or, when none
    was (or a nation or region was named after it: ``frames.frame_before``), in an
    article that names several seats."""
    counts_candidates = (claim.details.get("measure") or "").lower() in ("candidates", "candidate")
    if _wide(found) or _names_a_seat(claim):
        return None
    if claim.claim_type not in SEAT_KINDS and not counts_candidates:
        return None
    before = claim.details.get("seat_before")
    if before is None:
        if len(context.seats_named) < 2:
            return "the article names its seat only after it" if context.seats_named else None
        return "the article names several seats, and this sentence does not say which"
    used = [(e, c) for e, c in found.evidence if c]
    if not used:
        return None
    for election, contest_id in used:
        seat = figures.contest(election, before)
        if seat is not None and seat.contest_id == contest_id:
            return None
    return "the seat named last before it is not the one it was checked against"


def another_election(claim, found, figures, context) -> str | None:
    """ "two years ago", "last time": an earlier election whose figures are not loaded; for
    a kind of figure the readings do not weigh at the election before (seats), "went into
    the election with eight MPs" too."""
    if claim.election and claim.election != context.election:
        return None  # placed at an earlier election already ("in 2019")
    election = context.election
    held = figures.elections.get(election) if election else None
    if held is None:
        return None
    previous = held.previous
    if previous and previous in figures.elections and claim.claim_type in FAMILIES:
        return None  # the readings weighed that election's figures already
    earlier = EARLIER_TIME.search(_clause(claim))
    if earlier and previous in figures.elections:
        # "The DUP, which went into the election with eight MPs, came out with five"
        what = (
            "the seats held going into this election"
            if claim.claim_type == ClaimType.SEAT_COUNT
            else "a figure from before this election"
        )
        return f"\u201c{earlier.group(0)}\u201d may mean {what}"
    if earlier:
        return (
            f"\u201c{earlier.group(0)}\u201d may mean an earlier election, whose figures "
            "are not loaded"
        )
    return None


def commons_majority(claim, found, figures, context) -> str | None:
    """A "majority" close to a party's majority in the Commons at a loaded election."""
    if claim.claim_type != ClaimType.MAJORITY:
        return None
    value = abs(rules.as_decimal(claim.value))
    if not value or value >= 650:
        return None
    seat = abs(Decimal(found.official_value)) if found.official_value is not None else None
    if not COMMONS_WORDS.search(claim.sentence) and (seat is None or seat <= value * FAR):
        return None  # a seat's majority near the figure: "a majority of 164" (214)
    for election in figures.elections:
        total = figures.total_seats(election)
        holder = figures.commons_majority_holder(election, total)
        if holder is None:
            continue
        # the Speaker counted with his former party or apart; "about 80", "a working 87"
        majority = 2 * holder.seats - total
        widest = 2 * max(holder.seats, holder.seats_with_speaker or 0) - total
        if majority - majority * COMMONS_WITHIN <= value <= widest + widest * COMMONS_WITHIN:
            return (
                f"it may be {holder.party_name}'s majority in the Commons after "
                f"{figures.elections[election].name} ({majority:,})"
            )
    return None


# After a count of votes that is a rate: "48,900 votes per MP", "a seat", "for each seat".
PER_SEAT_AFTER = re.compile(
    r"(?:[ \u00a0]+votes?)?[ \u00a0]+(?:per|a|an|for[ \u00a0]+(?:each|every))[ \u00a0]+"
    r"(?:MP|seat|member|candidate|constituency|winner)\b"
)


AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?)[ \u00a0]+$", re.IGNORECASE)
FOR_SOMEONE_AFTER = re.compile(
    r"[ \u00a0]+(?:votes?[ \u00a0]+)?for[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
)
ELECTORATE_WORDS = re.compile(
    r"\b(?:electorates?|registered[ \u00a0]+voters|voters[ \u00a0]+registered|"
    r"on[ \u00a0]+the[ \u00a0]+(?:electoral[ \u00a0]+)?register)\b",
    re.IGNORECASE,
)
VOTES_AFTER = re.compile(r"[ \u00a0]+(?:more[ \u00a0]+)?votes?\b", re.IGNORECASE)
TO_WIN_AFTER = re.compile(
    r"(?:[ \u00a0]+votes?)?[ \u00a0]+to[ \u00a0]+(?:win|take|hold|keep|gain|capture)\b", re.I
)
NEEDED_BEFORE = re.compile(
    r"\bneed(?:ed|s)?[ \u00a0]+(?:(?:just|only|about|around|some|almost|nearly)[ \u00a0]+)?$",
    re.IGNORECASE,
)
# The first of a pair of counts ("16,468 to 16,254") after someone who lost: the winner's.
FIRST_OF_A_PAIR_AFTER = re.compile(
    r"[ \u00a0]+(?:votes[ \u00a0]+)?to[ \u00a0]+"
    r"(?:(?:his|her|their|[A-Z][\w'\u2019-]*)[ \u00a0]+)?\d"
)
LOST_BEFORE = re.compile(
    r"\b(?:lost|loses|losing|was[ \u00a0]+(?:beaten|defeated|ousted|unseated|toppled)|"
    r"went[ \u00a0]+down|fell[ \u00a0]+short|conceded)\b",
    re.IGNORECASE,
)


def _count_at(text: str, at: int) -> Decimal | None:
    """The count written with digits from offset ``at`` of ``text`` ("16,254"), or None."""
    digits = re.match(r"\d[\d,]*", text[at:])
    return Decimal(digits.group(0).replace(",", "")) if digits else None


def _someone_elses(claim: Claimed, found: Suggestion) -> bool:
    """Whether a reading of ``found`` finds the claim's figure exactly another's count."""
    written = rules.as_decimal(claim.value)
    return any(
        r.get("official_value") is not None and rules.as_decimal(r["official_value"]) == written
        for r in found.readings or ()
    )


def _the_one_who_lost(claim: Claimed, before: str) -> bool:
    """Whether the claim's subject is the person named last before a word of losing in
    ``before`` (its sentence up to the figure): "Simon Clarke lost …"."""
    lost = LOST_BEFORE.search(before)
    if lost is None:
        return False
    people = [
        key
        for start, _e, kind, key, _n in claim.details.get("named") or ()
        if kind == SubjectKind.CANDIDATE and start < lost.start()
    ]
    return bool(people) and people[-1] == claim.subject_key


def margin_or_change(claim, found, figures, context) -> str | None:
    """ "won by 150 votes", "losing 7.1m votes", "8,000 more than the winner", "4,861 short
    of the winner", "48,900 votes per MP" or "Together Labour and Dr Shaheen polled almost
    25,000" read as someone's total votes (or a gap short of victory read as a majority, or
    a difference of seats, "outperformed the projection by 11 seats", as a total)."""
    if claim.claim_type == ClaimType.MAJORITY:
        end = max(figure_at(claim), 0) + len(claim.text)
        if SHORT_OF_AFTER.match(claim.sentence, end) and LOWER_PLACE.search(claim.sentence):
            # "McKenzie was 1,889 votes short of victory in third place": not the runner-up's
            # gap, which is the majority ("Paul Follows fell 891 votes short of victory")
            return "it is a gap short of the winner from a lower place, not the majority"
        return None
    if claim.claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        before = claim.sentence[: max(figure_at(claim), 0)]
        if BY_LEFT.search(before[-40:]):
            # "Sir Ed Davey's party outperformed the projection by 11 seats"
            return "\u201cby\u201d a number of seats is a difference, not a total"
        if SEAT_CHANGE_AFTER.match(claim.sentence, len(before) + len(claim.text)):
            # "Labour ended up 11 seats better than the exit poll suggested"
            return "it is a difference of seats, not a total"
        return None
    if claim.claim_type != ClaimType.CANDIDATE_VOTES:
        return None
    before = claim.sentence[: max(figure_at(claim), 0)]
    if PER_SEAT_AFTER.match(claim.sentence, len(before) + len(claim.text)):
        return "it is votes for each seat or MP, an average, not a total"
    if AGAINST_BEFORE.search(before[-12:]) and FOR_SOMEONE_AFTER.match(
        claim.sentence, len(before) + len(claim.text)
    ):  # "the Tories won 13,966,454 votes … against 10,269,051 for Jeremy Corbyn's party"
        return "the other side of a score, given for the one named after it"
    if ELECTORATE_WORDS.search(claim.sentence) and not VOTES_AFTER.match(
        claim.sentence, len(before) + len(claim.text)
    ):  # "Arfon, with 42,215 registered voters, …; Brecon and Radnorshire … had 55,490"
        return "its sentence counts electorates, and this may be one"
    if NEEDED_BEFORE.search(before[-30:]) and not TO_WIN_AFTER.match(
        claim.sentence, len(before) + len(claim.text)
    ):  # (not "Plaid Cymru needed just 10,950 votes to win": what it took)
        # "the same party needed 50,837", after "needed just 23,622 votes for every MP"
        return "it is what was needed, not a total"
    if BY_LEFT.search(before):
        return "\u201cby\u201d a number of votes is a margin, not a total"
    pair = FIRST_OF_A_PAIR_AFTER.match(claim.sentence, len(before) + len(claim.text))
    if (
        pair is not None
        and _the_one_who_lost(claim, before)
        and not POLLED_BEFORE.search(before[-30:])
        and abs(rules.as_decimal(claim.value)) > (_count_at(claim.sentence, pair.end() - 1) or 0)
        and _someone_elses(claim, found)
    ):  # "Simon Clarke lost Middlesbrough South … by 214 votes, 16,468 to 16,254"
        return "the first of a pair of counts after one who lost may be the winner's"
    if CHANGE_BEFORE.search(before):
        return "it may be a change in votes, not a total"
    if DIFFERENCE_AFTER.match(
        claim.sentence, len(before) + len(claim.text)
    ) and not POLLED_BEFORE.search(before[-30:]):
        return "it is a difference between figures, not a total"
    named = {k for _s, _e, kind, k, _n in claim.details.get("named") or ()}
    if TOGETHER.search(claim.sentence) and len(named) > 1:
        return "it may be several candidates' or parties' votes together"
    return None


def turnout_as_share(claim, found, figures, context) -> str | None:
    """A percentage of voters who voted, read as a share of the vote."""
    if claim.claim_type not in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE):
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    end = at + len(claim.text)
    near = sentence[max(at - TURNOUT_NEAR, 0) : at]
    if "%" not in near and TURNOUT_WORDS.search(near) or TURNOUT_AFTER.match(sentence, end):
        return "the sentence speaks of turnout, and this may be one"
    if TURNOUT_WORDS.search(sentence) and not (
        SHARE_WORDS.search(sentence) or SHARE_VERB_BEFORE.search(sentence, 0, at)
    ):  # "just 40.3% of voters went to the polls, against 69.8% in Altrincham"
        return "the sentence speaks of turnout, and this may be one"
    return None


def a_seats_figure_then_its_winner(claim, found, figures, context) -> str | None:
    """A percentage after a seat's name, its person or party only in brackets after it,
    and no word of a share: "1. Manchester Rusholme, 40 per cent (Afzal Khan)" in a list
    of turnouts is the seat's figure, whoever won it."""
    if claim.claim_type != ClaimType.VOTE_SHARE or SHARE_WORDS.search(claim.sentence):
        return None
    at = max(figure_at(claim), 0)
    end = at + len(claim.text)
    rows = claim.details.get("named") or ()
    seat_before = any(r[2] == SubjectKind.CONSTITUENCY and r[1] <= at for r in rows)
    whose = [r for r in rows if r[2] in (SubjectKind.CANDIDATE, SubjectKind.PARTY)]
    bracketed = "(" in claim.sentence[end : end + 4]
    if seat_before and bracketed and whose and all(r[0] >= end for r in whose):
        return "it follows a seat's name, whose winner is named after it in brackets"
    return None


# Figures whose column in a table may be another of the same unit.
TABLE_AMBIGUOUS = frozenset(
    [ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE, ClaimType.CANDIDATE_VOTES]
)


def in_a_table_row(claim, found, figures, context) -> str | None:
    """A share or a count of votes in a row of a table pasted as text whose column (a share
    or the turnout, votes or the majority) was not read from its heading
    (``Claim.column``)."""
    if claim.claim_type not in TABLE_AMBIGUOUS or claim.details.get("column"):
        return None
    if TABLE_ROW.search(claim.sentence):
        return "it is in a table, whose column headings were not read"
    return None


# A year that is no loaded election's: "since 1935, when it won 154 seats".
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
WHEN_AFTER = re.compile(r",?[ \u00a0]+when\b")
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|[ \u00a0]-[ \u00a0]")
# "from 365 seats in 2019 to 141": the figure a change ends at is now's.
TO_BEFORE = re.compile(r"\bto[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$", re.IGNORECASE)
# "its most since 1997": a record over the years, not the figure's year.
SINCE_YEAR = re.compile(r"\bsince[ \u00a0]+(?:1[89]|20)\d\d$", re.IGNORECASE)
YEAR_IN_CLAUSE = re.compile(r"[^.;,:()\d]{0,30}?\b(1[89]\d\d|20\d\d)\b")
# Words that make a quoted figure a supposition: "if it's 57 or 5,700".
HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless|matter|suppose|imagine|say)\b", re.I)
# How far off a figure may be and still be the official one written wrong (the readings'
# measure of a plausible figure).
FAR = PLAUSIBLE_WITHIN
FAR_KINDS = frozenset(
    [
        ClaimType.SEAT_COUNT,
        ClaimType.SEAT_PROJECTION,
        ClaimType.CANDIDATE_VOTES,
        ClaimType.MAJORITY,
        ClaimType.VOTE_SHARE,
        ClaimType.TURNOUT,
        ClaimType.BALLOT_COUNT,
    ]
)
# The notional result named: "notional", "notionally", what would have been "on the new
# boundaries" (not "won 401 seats on the new boundaries": every 2024 result is on them).
_NOTIONAL_WORDS = (
    r"\bnotional(?:ly)?\b|\bwould[ \u00a0]+have[ \u00a0]+[a-z]+[^.;,]{0,30}?[ \u00a0]"
    r"(?:on|under)[ \u00a0]+the[ \u00a0]+new[ \u00a0]+(?:[A-Z][\w'\u2019-]*[ \u00a0]+)?boundaries\b"
)
NOTIONAL = re.compile(_NOTIONAL_WORDS, re.IGNORECASE)
# "when" (or "in which", "where") between a notional result and the figure, in one
# sentence's stretch free of ".;:()" ("… the notional 2019 level, when more than 53,000
# valid votes were cast"; "… on the notional 2019 result for the seat, in which he was
# estimated to have taken almost 60%").
WHEN_BETWEEN = re.compile(r"\b(?:when|in[ \u00a0]+which|at[ \u00a0]+which|where)\b[^.;:()]*$")
NOTIONAL_OPENING = re.compile(
    r"(?:On|In|Under|By|From|According[ \u00a0]+to|Based[ \u00a0]+on)\b[^.;:]{0,40}?"
    r"\bnotional(?:ly)?\b"
)
NOTIONAL_AFTER = re.compile(rf"[^.;,:()]{{0,50}}?(?:{_NOTIONAL_WORDS})", re.IGNORECASE)
# A pair's notional result named just after it: "21,394 votes to the Conservatives' 21,004,
# a notional Labour majority of 390" (commas only inside numbers before the apposition).
NOTIONAL_APPOSED = re.compile(
    r"(?:[^.;:(),]|,(?=\d)){0,45}?,[ \u00a0]+(?:an?|the)[ \u00a0]+notional[ \u00a0]+"
    r"(?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,3}(?:majority|lead|margin|share|total|result|tally)\b"
)  # (not "won 14,590 votes, a notional gain from the Conservatives")
# Why a party's figure after a paragraph's notional opening may be notional (``notional``).
NOTIONAL_PARAGRAPH = "its paragraph opens on a notional result, and this may be one"
# Words that bring a sentence back to the article's election.
THIS_TIME = re.compile(r"\b(?:this[ \u00a0]+(?:time|year)|on[ \u00a0]+Thursday)\b", re.I)
# Words before a figure that place it at an earlier election themselves.
EARLIER_BEFORE = re.compile(
    r"\b(?:notional|previous|last|earlier|then|had|former|was|were|from)\b", re.IGNORECASE
)
# An earlier election named after a figure, and a figure of its own just after it.
ELECTION_AFTER = re.compile(
    r"\b(?:notional|previous|last|earlier|in[ \u00a0]+(?:1[89]|20)\d\d)\b", re.IGNORECASE
)
OWN_FIGURE = re.compile(r"[^.;,\d]{0,20}?\d")
# "came second in 98 seats": a place in many seats.
PLACE_IN_SEATS = re.compile(
    r"^[ \u00a0]+in[ \u00a0]+(?:[\w,'\u2019]+[ \u00a0]+){0,5}(?:seats|constituencies)\b"
)
# Figures of several parties or people summed: "Together, the two parties won".
TOGETHER = re.compile(r"\b(?:together|combined|between them|altogether)\b", re.I)
# A count of seats taken from a party earlier in the sentence, which the counts after it
# may go on with: "Labour took 182 seats from the Conservatives, the Liberal Democrats 60".
SEATS_FROM_BEFORE = re.compile(
    r"\d[\d,]*[ \u00a0]+(?:seats?[ \u00a0]+|constituencies[ \u00a0]+)?(?:off|from)[ \u00a0]",
    re.IGNORECASE,
)
# Seats a party held before: "Labour took 182 Conservative-held seats".
HELD_BY_ANOTHER = re.compile(
    r"[ \u00a0]+[\w'\u2019 ]{1,30}?-held[ \u00a0]+(?:seats|constituencies)"
)
# After another party's name just after a seat count: "seats", "constituencies" ("took 182
# Conservative seats").
SEATS_AFTER_A_PARTY = re.compile(r"(?:['\u2019]s)?[ \u00a0]+(?:seats|constituencies|MPs)\b")


def _another_partys_seats(claim: Claimed, end: int) -> bool:
    """Whether the seats counted are another party's, named just after the figure ending at
    offset ``end`` ("Labour took 182 Conservative seats"): seats taken, not a total."""
    for start, stop, kind, key, _name in claim.details.get("named") or ():
        if kind == SubjectKind.PARTY and start >= end and not claim.sentence[end:start].strip():
            return key != claim.subject_key and bool(
                SEATS_AFTER_A_PARTY.match(claim.sentence, stop)
            )
    return False


# Seats counted where something happened: "In 266 seats, … the winner had less than 40%".
IN_SEATS_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross)[ \u00a0]+(?:(?:just|only|some)[ \u00a0]+)?$")
# Seats counted as changing hands, whoever took them: "Seats changing hands in Scotland: 15".
CHANGING_HANDS = re.compile(
    r"\b(?:chang|switch|swapp?)(?:e|es|ed|ing)?[ \u00a0]+hands\b", re.IGNORECASE
)
# "two independents 517 and 470": figures of people the sentence does not name.
UNNAMED_GROUP = re.compile(
    r"\b(?:two|three|four|five|six|several|other|the other|the remaining|\d+)[ \u00a0]+"
    r"(?:\w+[ \u00a0]+)?(?:independents|candidates|others|parties|hopefuls|rivals)\b"
    r"[^.;,]{0,30}$",
    re.IGNORECASE,
)
# A word for a change in seats: "lost 251 seats", "down 30".
SEAT_CHANGE_WORDS = re.compile(
    r"\b(?:lost|losing|lose|loses|gained|gaining|gains|captur(?:ed|ing|es?)|down|up|fell|"
    r"fallen|falling|rose|risen|net|more|fewer|surrender\w*|ceded?|conceded?)\b"
    r"[^.,;:()\d]{0,40}$",
    re.IGNORECASE,
)
# Just before a count of seats a party held: "holding its", "kept their", "retained both of
# its".
HELD_ITS_BEFORE = re.compile(
    r"\b(?:held|holding|holds|kept|keeping|keeps|retain(?:ed|ing|s)|defend(?:ed|ing|s)|"
    r"(?:clung|hung|holding|held)[ \u00a0]+on[ \u00a0]+to)[ \u00a0]+(?:on[ \u00a0]+to[ \u00a0]+)?"
    r"(?:both[ \u00a0]+of[ \u00a0]+|all[ \u00a0]+)?(?:its|their|the[ \u00a0]+party(?:'s|\u2019s))"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
# Seats gained in the same sentence: "taking Ynys Môn … from the Conservatives", "gained".
GAINED = re.compile(
    r"\b(?:gain(?:ed|ing|s)?|captur(?:ed|ing|es)|seiz(?:ed|ing)|(?:took|taking|takes|won|"
    r"winning|wins)\b[^.;:]{0,60}\bfrom)\b",
    re.IGNORECASE,
)
# "209 more seats than in 2019", "the 326 seats needed for a majority": not a total.
SEAT_CHANGE_AFTER = re.compile(
    r"[ \u00a0]+(?:seats?[ \u00a0]+)?(?:more|fewer|extra|additional|net|needed|required|"
    r"necessary|short|better|worse|higher|lower|ahead|behind|up|down)\b",
    re.IGNORECASE,
)
# "the sentence speaks of a majority": "Keir Starmer's majority ... was 11.6k".
MAJORITY_BEFORE = re.compile(r"\bmajorit(?:y|ies)\b[^;,:()]{0,60}$", re.IGNORECASE)
# ... or earlier in the sentence, the word left out after it: "Priti Patel's majority in
# Witham was 5,145, Suella Braverman's in Fareham and Waterlooville 6,079".
MAJORITY_EARLIER = re.compile(r"\bmajorit(?:y|ies)\b[^;]{0,120}$", re.IGNORECASE)
# Words that make a percentage a share of the vote.
VOTE_WORDS = re.compile(rf"{A_SHARE}|\b(?:vote\w*|poll\w*|support|backing|ballots?)\b", re.I)
# MPs of a kind, not all a party's: women, newcomers, those returning.
MPS_OF_A_KIND = re.compile(
    r"\b(?:women|woman|female|men|male|newcomers|new[ \u00a0]+(?:MPs|members|intake)|"
    r"first-time|never[ \u00a0]+(?:sat|served|been)|returning(?![ \u00a0]+officer)|"
    r"former[ \u00a0]+MPs|"
    r"ethnic|black|Asian|LGBT\w*|gay|under[ \u00a0]+\d\d|aged)\b",
    re.IGNORECASE,
)
# Words for people counted: "32 women, 44% of their 72-strong parliamentary party".
PEOPLE_WORDS = re.compile(r"\b(?:women|men|MPs|candidates|members|people)\b")
# "won only five seats, less than 1% of the total": the seats just before, or a share of
# them after.
SEATS_JUST_BEFORE = re.compile(r"\bseats,[^.;,\d]{0,25}$", re.IGNORECASE)
OF_THE_TOTAL = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[\d,]+[ \u00a0]+)?"
    r"(?:total|seats|them|House|Commons|MPs)\b"
)


def _measured_from(claim: Claimed, year: str) -> bool:
    """Whether ``year`` is the election a change is measured from ("up 12.3 points on
    2017"), not the one the figure is of."""
    return (claim.details.get("compared_election") or "").endswith(year)


def year_not_loaded(claim, found, figures, context) -> str | None:
    """A year no loaded election was held in, the nearest before the figure in its clause
    or just after it, or one the figure's clause looks back to ("since 1935, when it won
    154 seats"): the figure may be that year's."""
    if claim.claim_type in (ClaimType.YEAR, ClaimType.AGE, ClaimType.TERM_COUNT):
        return None
    held = {str(e.date.year) for e in figures.elections.values()}
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    before = list(YEAR.finditer(sentence, 0, at))
    if before:
        nearest = before[-1]
        if nearest.group(1) not in held and (
            WHEN_AFTER.match(sentence, nearest.end())
            or not CLAUSE_BREAK.search(sentence, nearest.end(), at)
        ):
            return f"the sentence names {nearest.group(1)}, and the figure may be that year's"
    end = at + len(claim.text)
    after = YEAR_IN_CLAUSE.match(sentence, end)
    if after and after.group(1) not in held and not SINCE_YEAR.search(after.group(0)):
        if _measured_from(claim, after.group(1)):
            return None
        return f"the sentence names {after.group(1)}, and the figure may be that year's"
    return None


def election_named_after(claim, found, figures, context) -> str | None:
    """A figure given an election other than the article's by words that come after it
    and belong to another figure ("a majority of 6,791, up from a notional 4,689")."""
    if not claim.election or claim.election == context.election:
        return None
    if claim.claim_type not in SEAT_KINDS:
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    before = sentence[:at]
    if YEAR.search(before) or EARLIER_BEFORE.search(before):
        return None
    marker = ELECTION_AFTER.search(sentence, at + len(claim.text))
    if marker and OWN_FIGURE.match(sentence, marker.end()):
        return "the other election its sentence names is another figure's"
    return None


def this_time(claim, found, figures, context) -> str | None:
    """A figure placed at an earlier election though "this time" (or "now") stands
    between that election's words and it: "In 2019 she increased her majority to 1,836,
    and this time she won by 8,653"."""
    if not claim.election or claim.election == context.election:
        return None
    now = THIS_TIME.search(claim.sentence, 0, max(figure_at(claim), 0))
    if now:
        return f"\u201c{now.group(0)}\u201d may mean this election, not an earlier one"
    return None


def paragraph_year(claim, found, figures, context) -> str | None:
    """A figure read at the article's election in a sentence that names no year before it or
    in its clause, after a sentence of its paragraph that opens on another ("In December
    2019 Mordaunt won 28,172 votes. Her majority was 15,780 on a turnout of 64.4%":
    ``Claim.year_before``)."""
    year = claim.details.get("year_before")
    election = figures.elections.get(claim.election or "")
    if not year or election is None or election.date.year == year:
        return None
    if claim.election != context.election or THIS_TIME.search(claim.sentence):
        return None
    if YEAR.search(claim.sentence, 0, max(figure_at(claim), 0)) or YEAR.search(_clause(claim)):
        return None
    if any(int(y) != election.date.year for y in YEAR.findall(claim.sentence)):
        return None  # ("The party won 112 seats, its worst result since 1906"; but the year of
        # the figure's own election after its clause is a comparison: "Labour won 411 seats
        # on 9,708,716 votes, fewer than Jeremy Corbyn polled in 2019")
    return f"its paragraph speaks of {year}"


def _clause(claim: Claimed, breaking: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The clause holding the claim's figure: its sentence between the clause breaks
    (commas, semicolons, colons, brackets, dashes; or ``breaking``'s) either side of it."""
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    end = at + len(claim.text)
    breaks = [m.end() for m in breaking.finditer(sentence, 0, at)]
    after = breaking.search(sentence, end)
    return sentence[breaks[-1] if breaks else 0 : after.start() if after else len(sentence)]


# Words that say a percentage is a share of the vote.
SAID_A_SHARE = re.compile(
    r"\b(?:shares?|shared|between[ \u00a0]+them|of[ \u00a0]+the[ \u00a0]+(?:vote|poll)|votes?|"
    r"voted|backed|favou?r|polled|won|wins?|took|takes|secured|got|gets|received|backing|"
    r"support|majority|swing|points?|finished|ended|held|retained|gained|clung|on)\b",
    re.IGNORECASE,
)


def perhaps_the_turnout(claim, found, figures, context) -> str | None:
    """A percentage read as a share that is exactly the seat's turnout, whose words near it
    never say it is a share ("Harpenden and Berkhamsted, won from the Conservatives by the
    Lib Dems' Victoria Collins, topped the table at 75.2%", in a piece on turnout): the
    words may mean the turnout. Never taken as it, for a share written as the turnout is a
    mistake reports make."""
    read = _as_read(claim, found)
    at = figure_at(claim)
    if read.claim_type != ClaimType.VOTE_SHARE or at < 0 or claim.qualifier != Qualifier.EXACT:
        return None  # "more than 30%" would match too much
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(claim.sentence, max(0, at - 40), at)]
    start = breaks[-1] if breaks else max(0, at - 40)  # its clause: not "… with 34,559 votes,"
    if SAID_A_SHARE.search(claim.sentence, start, at + len(claim.text) + 20):
        return None
    seat = claim_contest(read, figures, context, read.election or context.election)
    if seat is None:
        return None
    as_turnout = replace(
        read, claim_type=ClaimType.TURNOUT, subject=seat.name,
        subject_kind=SubjectKind.CONSTITUENCY, subject_key=seat.slug,
    )  # fmt: skip
    found_there = CHECKERS[ClaimType.TURNOUT](as_turnout, figures, context, seat.election)
    if found_there.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE):
        return f"it is the turnout in {seat.name}, and the words do not say it is a share"
    return None


# A percentage in brackets just after a count: "majority 6,934 (41.1%)".
BESIDE_A_COUNT = re.compile(r"\d[\d,]*[ \u00a0]*\($")


def perhaps_the_winners_share(claim, found, figures, context) -> str | None:
    """A percentage read as a majority's share of the votes that is the winner's share
    ("Dewsbury and Batley — Iqbal Mohamed, majority 6,934 (41.1%)": his share, 41.08%):
    which it is, the words do not say."""
    read = _as_read(claim, found)
    at = figure_at(claim)
    if read.claim_type != ClaimType.MAJORITY or read.unit != Unit.PERCENT or at < 0:
        return None
    if not BESIDE_A_COUNT.search(claim.sentence, 0, at):
        return None  # "with a majority of 41%" says it is the majority's
    seat = claim_contest(read, figures, context, read.election or context.election)
    if seat is None or not seat.candidates:
        return None
    winner = seat.candidates[0]
    share = rules.compare(
        written=claim.text,
        value=claim.value,
        official=winner.share_exact,
        qualifier=claim.qualifier,
        is_percent=True,
    )
    if share.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE):
        return f"it is {winner.full_name}'s share of the vote, beside the majority"
    return None


# A party and the one it grew from, as the Library's changes treat them: Reform UK's 2024
# change is against the Brexit Party's 2019 share.
SAME_PARTY = {"RUK": {"RUK", "BRX"}, "BRX": {"RUK", "BRX"}}
# Great Britain, not the UK: "or 34.6% in Great Britain, the measure most pollsters report".
GREAT_BRITAIN = re.compile(r"\b(?:(?:in|across)[ \u00a0]+Great[ \u00a0]+Britain|GB-wide)\b")


def great_britain(claim, found, figures, context) -> str | None:
    """A figure read UK-wide that its clause gives for Great Britain ("It took 33.7% across
    the UK, or 34.6% in Great Britain"): Northern Ireland left out, which Tally does not sum."""
    if not _wide(found):
        return None
    at = figure_at(claim)
    end = at + len(claim.text)
    clause = claim.sentence[max(0, at - 40) : end + 30] if at >= 0 else claim.sentence
    return (
        "it is Great Britain's figure, without Northern Ireland"
        if GREAT_BRITAIN.search(clause)
        else None
    )


def own_share_for_another_party(claim, found, figures, context) -> str | None:
    """A candidate's change in share when they stood for another party at the election
    before ("Lee Anderson's … share rose by three and a half points", Conservative in 2019,
    Reform UK in 2024) and the figure is that change of their own (within a point): not
    their party's."""
    if claim.claim_type != ClaimType.VOTE_SHARE_CHANGE:
        return None
    person = None
    if claim.subject_kind == SubjectKind.CANDIDATE:
        person = figures.candidates.get(claim.subject_key or "")
    for _s, _e, kind, key, _n in claim.details.get("named") or ():
        if person is None and kind == SubjectKind.CANDIDATE:
            person = figures.candidates.get(key or "")
    election = figures.elections.get(claim.election or context.election or "")
    if person is None or election is None or not election.previous:
        return None
    then = figures.person_in(person.full_name, election.previous)
    if then is None or {then.party, person.party} <= SAME_PARTY.get(person.party, {person.party}):
        return None
    if person.share_exact is None or then.share_exact is None:
        return None
    own = abs(person.share_exact - then.share_exact)
    if abs(abs(rules.as_decimal(claim.value)) - own) > 1:
        return None  # (not someone else of the name, nor a figure that is not their own change)
    return (
        f"{person.full_name} stood for another party before: the change may be in their own share"
    )


def the_other_side_named_last(claim, found, figures, context) -> str | None:
    """A party's figure whose party the sentence names last only as the other side of a
    score, after another party or person ("Boris Johnson's party polled almost 14m votes, to
    Labour's 10.3m, and won 365 seats"): the sentence's subject is the one named first."""
    if claim.subject_kind != SubjectKind.PARTY:
        return None
    at = figure_at(claim)
    named = [
        (start, kind, key)
        for start, _e, kind, key, _n in claim.details.get("named") or ()
        if start < at and kind in (SubjectKind.PARTY, SubjectKind.CANDIDATE)
    ]
    if len(named) < 2 or named[-1][2] != claim.subject_key:
        return None
    start = named[-1][0]
    if TO_BEFORE.search(claim.sentence, max(0, start - 6), start):  # ", to Labour's 10.3m"
        return "the party named just before it is the other side of a score"
    return None


def a_round_ups_party(claim, found, figures, context) -> str | None:
    """A party's share or change read in one seat, in a round-up of a patch (``A_PATCHS_SEATS``
    seats named at least), whose sentence names no seat, no candidate and no word for a seat
    ("The Conservative share fell by 29.7 points, while Labour's rose by 5.0 points", of
    Kent's seats together): it may be summed over them."""
    if claim.claim_type not in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE):
        return None
    if claim.subject_kind != SubjectKind.PARTY or _wide(found) or _names_a_seat(claim):
        return None
    if len(context.seats_named) < A_PATCHS_SEATS or LOCAL_WORDS.search(claim.sentence):
        return None
    if REFERS_BACK.search(claim.sentence):
        return None  # "The Greens won 33.7% there", "Their share rose": the seat just named
    return "in a piece on several seats, a party's figure placed in none may be their sum"


# Seats a piece names at least when it covers a patch (a county, a city) rather than one
# seat and its neighbours.
A_PATCHS_SEATS = 10
# Words that refer back to the seat or the party just named.
REFERS_BACK = re.compile(r"\b(?:there|their|its|his|her|this[ \u00a0]+seat)\b", re.IGNORECASE)


def far_from_it(claim, found, figures, context) -> str | None:
    """A figure nowhere near the official one it was read as (more than ``FAR`` times
    larger or smaller): reports get a figure wrong by a digit or a rounding, so one this
    far off is another figure (a region's seats, a count of some seats, another year's)."""
    if claim.claim_type not in FAR_KINDS or found.official_value is None:
        return None
    if claim.details.get("relation"):
        return None  # a difference between two figures may be anything: the words said which
    value, official = abs(rules.as_decimal(claim.value)), abs(Decimal(found.official_value))
    if not value and (claim.claim_type != ClaimType.SEAT_COUNT or official < FAR):
        return None  # none of a party's many seats ("Con 0" in a nation's box) is far
    if value * FAR >= official and official * FAR >= value:
        return None
    if _a_digit_apart(claim.text, official):
        return None  # "41 seats" for 411, "4.3%" for 14.29%: a digit dropped or added
    return f"it is far from {rules.fmt(found.official_value)}, so it may be another figure"


def _a_digit_apart(written: str, official: Decimal) -> bool:
    """Whether the digits of ``written`` are those of ``official`` (rounded to as many
    decimal places) with one dropped, added or changed: a typing slip, not another
    figure."""
    number = written.split()[0] if written.split() else written
    mine = "".join(ch for ch in number if ch.isdigit())
    places = len(number.partition(".")[2].rstrip("%pctsk")) if "." in number else 0
    theirs = "".join(ch for ch in f"{round(official, places):f}" if ch.isdigit())
    if len(mine) == len(theirs):  # one digit typed wrong: 41,572 for 11,572
        return sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1
    short, long = sorted((mine, theirs), key=len)
    if not short or len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A notional figure's noun, then the figure set off by a comma: "The notional turnout, at
# 72.1 per cent".
NOTIONAL_NOUN_SET_OFF = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:turnout|majority|share|lead|votes?|electorate|tally)"
    r"[ \u00a0]*,[ \u00a0]*(?:(?:at|of|on|was|is|just|only|some|about|around)[ \u00a0]+)*"
)


def notional(claim, found, figures, context) -> str | None:
    """A figure the sentence gives as a notional result on new boundaries (the word in its
    clause before it, in the phrase opening the sentence, or just after it), or one a change
    starts from ("from 71.9pc") in an
    article about an election measured from notional results, checked against another."""
    if (claim.election or "").endswith("notional"):
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    before = list(NOTIONAL.finditer(sentence, 0, at))
    if before and not CLAUSE_BREAK.search(sentence, before[-1].end(), at):
        return "the sentence speaks of a notional result, and this may be one"
    if before and NOTIONAL_NOUN_SET_OFF.fullmatch(sentence, before[-1].end(), at):
        return "the sentence speaks of a notional result, and this may be one"  # "The
        # notional turnout, at 72.1 per cent"
    if before and WHEN_BETWEEN.search(sentence, before[-1].end(), at):
        # "down on the notional 2019 level, when more than 53,000 valid votes were cast"
        return "it is in a clause about a notional result"
    if claim.claim_type == ClaimType.RANK and before:
        # "had been notionally 19,622 votes ahead; … the Liberal Democrats had started in
        # second place": a place in a sentence about the notional result may be its
        return "the sentence speaks of a notional result, and this place may be in it"
    opening = NOTIONAL_OPENING.match(sentence)
    if opening and opening.end() <= at:  # "On the notional 2019 result, …, the DUP had 43.4%"
        return "the sentence opens on a notional result, and this may be one"
    if NOTIONAL_AFTER.match(sentence, at + len(claim.text)) or NOTIONAL_APPOSED.match(
        sentence, at + len(claim.text)
    ):
        return "the sentence speaks of a notional result, and this may be one"
    now = figures.elections.get(context.election or "")
    if now is not None and now.notional_baseline and FROM_BEFORE.search(sentence[:at]):
        return "a figure a change starts from may be the notional result on new boundaries"
    if (
        claim.details.get("notional_before")
        and not THIS_TIME.search(sentence)
        and not any(
            kind == SubjectKind.CANDIDATE
            for _s, _e, kind, _k, _n in claim.details.get("named") or ()
        )
    ):
        # "On the notional figures, the Conservatives would have won Clacton … The Liberal
        # Democrats were a distant third on 2,829": the paragraph may still speak of that
        # result (a doubt only: ``notional_meant`` never takes it)
        return NOTIONAL_PARAGRAPH
    return None


def other_year_in_clause(claim, found, figures, context) -> str | None:
    """A year other than the claim's election's (loaded or not), the nearest before the
    figure in its clause (not "from 365 seats in 2019 to 141") or within 30 characters
    after it (not "since 1997"): "the SNP, which won 48 seats in 2019" may be that year's."""
    if claim.claim_type in (ClaimType.YEAR, ClaimType.AGE, ClaimType.TERM_COUNT):
        return None
    election = figures.elections.get(claim.election or context.election or "")
    if election is None:
        return None
    own = str(election.date.year)
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    before = list(YEAR.finditer(sentence, 0, at))
    nearest = before[-1] if before else None
    if (
        nearest
        and nearest.group(1) != own
        and not CLAUSE_BREAK.search(sentence, nearest.end(), at)
        and not TO_BEFORE.search(sentence, 0, at)
    ):
        return f"the sentence names {nearest.group(1)} just before it"
    after = YEAR_IN_CLAUSE.match(sentence, at + len(claim.text))
    if after and after.group(1) != own and not SINCE_YEAR.search(after.group(0)):
        if _measured_from(claim, after.group(1)):
            return None
        return f"the sentence names {after.group(1)} just after it"
    return None


def a_swing(claim, found, figures, context) -> str | None:
    """A swing: worked out more than one way (two-party, Butler's, from notional results,
    a seat's or the country's), so one that matches none may follow another; one said to
    go the wrong way (``swing.OTHER_WAY``) is wrong whichever way it is worked out."""
    if claim.claim_type != ClaimType.SWING or OTHER_WAY in found.explanation:
        return None  # every way of working it out agrees on which way it went
    return "a swing is worked out in more than one way, and this may follow another"


def quoted_without_subject(claim, found, figures, context) -> str | None:
    """A figure a speaker supposes ("It doesn't matter if it's 57 or 5,700"), inside a
    quotation that names nobody: it may be anything. A figure a speaker states ("around
    37 per cent of the vote") is theirs to be checked."""
    quoted = _quotation_naming_nobody(claim)
    if quoted is not None and HYPOTHETICAL.search(claim.sentence, quoted, max(figure_at(claim), 0)):
        return "it is a hypothetical figure in a quotation that does not say whose it is"
    return None


def our_own(claim, found, figures, context) -> str | None:
    """A figure a speaker gives of "we" or "our", in a quotation that names nobody ("We got
    almost 7 per cent of the vote", the Greens' co-leader), checked as a seat's or a
    candidate's: the speaker's party may mean its figure across the country."""
    if _wide(found):
        return None
    quoted = _quotation_naming_nobody(claim)
    if quoted is not None and WE.search(claim.sentence, quoted, max(figure_at(claim), 0)):
        return "a speaker's \u201cwe\u201d may be their party across the country"
    return None


def _quotation_naming_nobody(claim: Claimed) -> int | None:
    """Where the quotation the figure stands in opens, in its sentence, when it names no
    candidate, party or seat; else None."""
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    opens = max(sentence.rfind("\u201c", 0, at), sentence.rfind("\u2018", 0, at))
    if opens < 0 or max(sentence.rfind("\u201d", 0, at), sentence.rfind("\u2019 ", 0, at)) > opens:
        opens = sentence.rfind('"', 0, at) if sentence.count('"', 0, at) % 2 else -1
    if opens < 0:
        return None
    closes = [i for i in (sentence.find(q, at) for q in ('"', "\u201d", "\u2019")) if i >= 0]
    end = min(closes) if closes else len(sentence)
    for start, stop, _kind, _key, _name in claim.details.get("named") or ():
        if opens <= start and stop <= end:
            return None
    return opens


def exactly_another(claim, found, figures, context) -> str | None:
    """A count written as exactly the official figure of a reading of another kind, a round
    one the readings do not choose by ("Gateshead — Ian Mearns (Lab): 53.6%, -11.5; 7,200", the
    seat's majority 7,200, read as his votes): the words do not say which it is."""
    if claim.claim_type not in (ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY):
        return None
    written = rules.as_decimal(claim.value)
    if written % 100:
        return None  # "a majority of 24,120", his votes: the readings chose, and it is wrong
    for reading in found.readings[1:]:
        official = reading.get("official_value")
        if reading.get("claim_type") == claim.claim_type:
            continue  # someone else's figure of this kind: a misattribution, said so
        if official is not None and rules.as_decimal(official) == written:
            return f"it is exactly {reading.get('label')}, {claim.text}"
    return None


# "We got almost 7 per cent", "our share": a speaker for a party.
WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def place_in_many_seats(claim, found, figures, context) -> str | None:
    """ "came second in 98 seats": a party's place in many seats, not one candidate's."""
    if claim.claim_type != ClaimType.RANK:
        return None
    after = claim.sentence[max(figure_at(claim), 0) + len(claim.text) :]
    if PLACE_IN_SEATS.match(after):
        return "it is a place in many seats, not in one"
    return None


# Kinds of figure a party's number of seats is misread as.
OWN_SEATS_MISREAD = frozenset(
    [ClaimType.CANDIDATE_VOTES, ClaimType.SEAT_PROJECTION, ClaimType.MAJORITY]
)


def party_seats_elsewhere(claim, found, figures, context) -> str | None:
    """A party's figure, or its candidate's, that is its number of seats ("finished on
    121", an exit poll's "131" beside the result), or a seat count that cannot be one
    (more than the Commons has)."""
    election = claim.election or context.election
    value = abs(rules.as_decimal(claim.value))
    seats = claim.claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION)
    if seats and election in figures.elections and value > figures.total_seats(election):
        return "it is more than the seats in the Commons, so it is no party's seat count"
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    if party is None and claim.subject_kind == SubjectKind.CANDIDATE:
        candidate = figures.candidates.get(claim.subject_key or "")
        party = candidate.party if candidate else None
    if not party or not value or value >= 650 or claim.claim_type not in OWN_SEATS_MISREAD:
        return None
    tally = figures.tallies.get((election, party))
    if tally is None or claim.claim_type == ClaimType.SEAT_COUNT:
        return None
    if value in (tally.seats, tally.seats_with_speaker):
        return f"it is {tally.party_name}'s number of seats"
    return None


# Words of a league table of seats: "the biggest majority", "the lowest turnout".
SEAT_LEAGUE = re.compile(
    r"\b(?:majorit(?:y|ies)|turnouts?|biggest|largest|smallest|highest|lowest|closest|"
    r"narrowest|safest)\b",
    re.IGNORECASE,
)
PLACE_ON_A_FIGURE = re.compile(r"[ \u00a0]+(?:on|with)[ \u00a0]+[\d,.]+")


def a_winners_place_in_a_league(claim, found, figures, context) -> str | None:
    """A place below first given to a seat's winner, just before a figure or a word of
    majorities, turnouts or superlatives ("Catherine West in Hornsey and Friern Barnet
    came second on 21,475", after "The biggest majority …"; "the second-biggest
    majority"): a place among seats, not in the count."""
    if claim.claim_type != ClaimType.RANK or found.official_value != 1:
        return None
    end = max(figure_at(claim), 0) + len(claim.text)
    if PLACE_ON_A_FIGURE.match(claim.sentence, end) or SEAT_LEAGUE.match(
        claim.sentence[end : end + 25].lstrip(" -\u00a0")
    ):  # "came second on 21,475", "the second-biggest majority"; not "came second in
        # Holborn and St Pancras, the constituency with the largest field"
        return "it may be a place among seats (by majority or turnout), not in the count"
    return None


def shares_together(claim, found, figures, context) -> str | None:
    """A share or count of several candidates or parties summed, or a margin of their sum:
    "two independents … shared more than 30% between them", "together they polled 9,000",
    "Between them the two women polled 24,969 votes - 7,688 more than Sir Iain"."""
    if claim.claim_type not in (
        ClaimType.VOTE_SHARE,
        ClaimType.CANDIDATE_VOTES,
        ClaimType.MAJORITY,
    ):
        return None
    return (
        "it may be several candidates' figures together"
        if TOGETHER.search(claim.sentence)
        else None
    )


def seats_together_or_changed(claim, found, figures, context) -> str | None:
    """A seat count of several parties summed ("Together, … only nine seats"), of seats
    changing hands ("Seats changing hands in Scotland: 15"), stood in ("Of the 611 seats it
    contested"), where something happened ("In 266 seats, …"), or one in a sentence of
    seats lost or won ("lost … 251 seats"): not one party's total."""
    if claim.claim_type not in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        return None
    if CHANGING_HANDS.search(claim.sentence):
        return "it may count the seats that changed hands, whoever took them"
    if seats_stood_in(claim):
        return "it may count the seats the party stood in, not those it won"
    at = max(figure_at(claim), 0)
    if HELD_BY_ANOTHER.match(claim.sentence, at + len(claim.text)) or _another_partys_seats(
        claim, at + len(claim.text)
    ):
        return "it counts seats another party held, not a party's total"
    tally = figures.tallies.get((claim.election or context.election, claim.subject_key or ""))
    if tally is None or found.official_value not in (tally.seats, tally.seats_with_speaker):
        return None  # checked as a change, or as an area's seats: the checker read the words
    if IN_SEATS_BEFORE.search(claim.sentence, max(0, at - 20), at):
        # "In 266 seats, more than two in five, the winner had less than 40% of the vote"
        return "it counts the seats where something happened, not a party's"
    parties = {k for _s, _e, kind, k, _n in claim.details.get("named") or () if kind == "party"}
    if TOGETHER.search(claim.sentence) and len(parties) > 1:
        return "it may be several parties' seats together"
    if SEATS_FROM_BEFORE.search(claim.sentence, 0, at):
        # "Labour took 182 seats from the Conservatives, the Liberal Democrats 60 and …"
        return "it may be seats taken from another party, as the sentence's count before it is"
    if HELD_ITS_BEFORE.search(claim.sentence, max(0, at - 40), at) and GAINED.search(
        claim.sentence
    ):
        # "after taking Ynys Môn and Caerfyrddin from the Conservatives and holding its two
        # seats in the west"
        return "it may count the seats the party held, beside those it gained, not its total"
    if TO_BEFORE.search(claim.sentence, 0, at):
        return None  # "fell to 141 seats": the total a change ends at
    if SEAT_CHANGE_WORDS.search(claim.sentence[:at]) or SEAT_CHANGE_AFTER.match(
        claim.sentence, at + len(claim.text)
    ):
        return "it may be a change in seats, or a number needed, not a total"
    return None


def of_people_unnamed(claim, found, figures, context) -> str | None:
    """ "two independents 517 and 470": figures of people the sentence does not name."""
    if claim.claim_type not in (ClaimType.CANDIDATE_VOTES, ClaimType.VOTE_SHARE):
        return None
    if UNNAMED_GROUP.search(claim.sentence[: max(figure_at(claim), 0)]):
        return "it is the figure of someone the sentence does not name"
    return None


# A sentence opening on a count the figure is some of: "Of the 270 Conservative MPs who …, ".
OF_THE_MANY_OPENING = re.compile(
    r"\W*Of[ \u00a0]+(?:the|its|their|those)[ \u00a0]+[\d,]+\b[^;:.]*,[ \u00a0]*$"
)


def some_of_the_mps(claim, found, figures, context) -> str | None:
    """A count of MPs of a kind ("just 29 of the 121 Conservatives are women", "335 MPs
    have never sat in the Commons before") read as a party's seats."""
    if claim.claim_type != ClaimType.SEAT_COUNT:
        return None
    at = max(figure_at(claim), 0)
    near = claim.sentence[max(0, at - 60) : at + len(claim.text) + 80]
    if MPS_OF_A_KIND.search(near):
        return "it may count some MPs (women, newcomers), not a party's seats"
    if OF_THE_MANY_OPENING.match(claim.sentence[:at]):
        # "Of the 270 Conservative MPs who asked voters for another term, 175 were turned out"
        return "it counts some of those the sentence opens on, not a party's seats"
    return None


# A share of the seats beside a share of the vote: "33.7% of the vote translated into 63.4%
# of the seats, a bonus of almost 30 percentage points".
SEATS_SHARE_WORDS = re.compile(
    r"\b(?:of[ \u00a0]+(?:the[ \u00a0]+)?(?:seats|MPs|Commons|House)|seat[ \u00a0]+share|"
    r"share[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?seats)\b",
    re.IGNORECASE,
)


# Words before a figure that make it a gap between two shares: "a bonus of", "a gap of".
GAP_BEFORE = re.compile(
    r"\b(?:bonus|gap|difference|premium|mismatch|disparity|excess|boost)\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def seats_against_votes(claim, found, figures, context) -> str | None:
    """A change in points in a sentence setting a share of the seats against one of the
    vote: the gap between them ("a bonus of almost 30 percentage points"), not a change
    since the last election."""
    if claim.claim_type != ClaimType.VOTE_SHARE_CHANGE:
        return None
    at = max(figure_at(claim), 0)
    if SEATS_SHARE_WORDS.search(claim.sentence) and GAP_BEFORE.search(
        claim.sentence, max(0, at - 40), at
    ):
        return "it may be the gap between a share of the seats and of the vote"
    return None


# A pronoun that may stand for a party: "it won 39 seats", "gave them 25".
PRONOUN_BEFORE = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)


def an_areas_seats(claim, found, figures, context) -> str | None:
    """A party's seats carried from the sentences before into one that counts a nation's or
    region's seats and names no party ("The number of Welsh MPs fell from 40 to 32, and
    Scotland's from 59 to 57")."""
    if claim.claim_type != ClaimType.SEAT_COUNT or claim.subject_kind != SubjectKind.PARTY:
        return None
    if found.counted:
        return None  # places or changes counted: "In Wales it was second in 31 seats"
    named = claim.details.get("named") or ()
    if any(kind == SubjectKind.PARTY for _s, _e, kind, _k, _n in named):
        return None
    if PRONOUN_BEFORE.search(claim.sentence, 0, max(figure_at(claim), 0)):
        return None  # "In Scotland, it won 39 seats": the party the pronoun stands for
    if areas_named(claim.sentence):
        return "it may count the seats of the area the sentence names, not a party's"
    return None


def share_of_seats(claim, found, figures, context) -> str | None:
    """ "won only five seats, less than 1% of the total", "32 women, 44% of their 72-strong
    parliamentary party": a share of seats or of people, in a sentence that never says
    vote, share or poll."""
    if claim.claim_type != ClaimType.VOTE_SHARE or SHARE_WORDS.search(claim.sentence):
        return None
    at = max(figure_at(claim), 0)
    if SEATS_JUST_BEFORE.search(claim.sentence, 0, at) or OF_THE_TOTAL.match(
        claim.sentence, at + len(claim.text)
    ):
        return "it may be a share of seats, not of the vote"
    if PEOPLE_WORDS.search(claim.sentence) and not VOTE_WORDS.search(claim.sentence):
        return "it may be a share of people, not of the vote"
    return None


def votes_of_a_majority(claim, found, figures, context) -> str | None:
    """Votes in a sentence that speaks of a majority just before them."""
    if claim.claim_type != ClaimType.CANDIDATE_VOTES:
        return None
    if MAJORITY_EARLIER.search(claim.sentence[: max(figure_at(claim), 0)]):
        return "the sentence speaks of a majority, and this may be one"
    return None


# After a share that is a bar some seats are counted by: "the 5% deposit threshold",
# "reached 20% in only nine of the 32 Welsh seats", "over 50 per cent in 12 seats".
A_BAR_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:deposit|election|electoral)[ \u00a0]+)?(?:threshold|mark|barrier|hurdle|"
    r"cut-?off|line)\b|(?:[ \u00a0]+of[ \u00a0]+the[ \u00a0]+vote)?"
    r"[ \u00a0]+(?:in|across)[ \u00a0]+"
    r"(?:(?:only|just|some|another|a[ \u00a0]+further|all|every)[ \u00a0]+)?(?:\d+|[a-z]+)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:the|its|their)[ \u00a0]+\d+)?(?:[ \u00a0]+[A-Z][\w'\u2019-]*)?"
    r"[ \u00a0]+(?:seats|constituencies)\b"
)


def a_bar_for_seats(claim, found, figures, context) -> str | None:
    """A share that is a bar seats are counted by ("fell below the 5% deposit threshold",
    "reached 20% in only nine of the 32 Welsh seats"), not a party's or candidate's share."""
    if claim.claim_type not in (ClaimType.VOTE_SHARE, ClaimType.TURNOUT):
        return None
    at = figure_at(claim)
    if at >= 0 and A_BAR_AFTER.match(claim.sentence, at + len(claim.text)):
        return "it is a bar that seats are counted by, not a share won"
    return None


def the_party_unnamed(claim, found, figures, context) -> str | None:
    """A party's figure whose sentence names the party only as "the party" before it, and
    by name after it, as another ("The party finished second in 293 constituencies, most of
    them behind Labour", after "as the Labour vote split"): "the party" is not that one."""
    if claim.subject_kind != SubjectKind.PARTY:
        return None
    at = figure_at(claim)
    rows = [
        (start, claim.sentence[start:end])
        for start, end, kind, key, _n in claim.details.get("named") or ()
        if kind == SubjectKind.PARTY and key == claim.subject_key
    ]
    before = [span for start, span in rows if start < at]
    after = [span for start, span in rows if start > at]
    if not before or not all(PARTY_REF_RE.match(span.lower()) for span in before):
        return None
    if any(not PARTY_REF_RE.match(span.lower()) for span in after):
        return "the sentence names the party it was read as after the figure, as another"
    theirs = _another_partys_seats_match(claim, figures, context)
    if theirs:
        return f"“the party” may mean {theirs}, whose figure it is"
    return None


def _another_partys_seats_match(claim, figures, context) -> str | None:
    """The name of another party whose seats, in the area the sentence names or the UK,
    are the figure ("The party won 48 of Scotland's 59 seats", read as the Liberal
    Democrats' after "the Liberal Democrat leader": the SNP's 48); None when none's are."""
    election = claim.election or context.election
    if election not in figures.national:
        return None
    places = check_places(claim, figures, context, election) is not None
    if claim.claim_type != ClaimType.SEAT_COUNT and not places:
        return None
    area = area_named(claim.sentence, figure_at(claim))
    for (at, party), tally in figures.tallies.items():
        if at != election or party == claim.subject_key:
            continue
        if places and party not in context.parties_named:
            continue  # a party the article never names is not what "the party" means
        other = replace(claim, subject=tally.party_name, subject_key=party)
        if places:  # "The party finished second in 98 constituencies"
            there = check_places(other, figures, context, election)
        elif area is not None:
            there = check_in_area(other, figures, election, area)
        else:
            there = CHECKERS[ClaimType.SEAT_COUNT](other, figures, context, election)
        if there is not None and there.verdict in (
            Verdict.ACCURATE,
            Verdict.APPROXIMATELY_ACCURATE,
        ):
            return tally.party_name
    return None


def party_named_after(claim, found, figures, context) -> str | None:
    """A party's figure whose party the sentence names only after it ("the largest party
    in the North West, with 41 seats to the Conservatives' 32"): the figure before is
    another's; not a count the party just after it is the noun of ("22 Labour MPs, 13
    Conservatives") or is for ("against 19 for Labour")."""
    if claim.subject_kind != SubjectKind.PARTY or claim.claim_type not in OWN_SEATS_MISREAD | {
        ClaimType.SEAT_COUNT,
        ClaimType.VOTE_SHARE,
    }:
        return None  # a swing names its parties after it: "a 4% swing from Labour to …"
    at = max(figure_at(claim), 0)
    starts = [
        start
        for start, _e, kind, key, _n in claim.details.get("named") or ()
        if kind == SubjectKind.PARTY and key == claim.subject_key
    ]
    end = at + len(claim.text)
    if (
        starts
        and min(starts) > at
        and min(starts) != end + 1
        and not FOR_THE_PARTY.fullmatch(claim.sentence, end, min(starts))
    ):  # "13 Conservatives", "against 19 for Labour": the party the count is of
        return "the party the sentence names comes after it, and may not be whose it is"
    return None


def some_of_them(claim, found, figures, context) -> str | None:
    """ "four candidates who campaigned on Gaza": a count of some of them, not all; so are
    seats "of them" or "a further" few ("Labour alone took 182 of them, and the Liberal
    Democrats a further 64"), and seats or MPs of a kind ("the 27 seats that got away",
    "25 Lib Dem MPs have majorities of more than 10,000")."""
    at = max(figure_at(claim), 0)
    end = at + len(claim.text)
    if claim.claim_type == ClaimType.SEAT_COUNT and (
        OF_THEM.match(claim.sentence, end) or A_FURTHER.search(claim.sentence, 0, at)
    ):
        return "it counts some of the seats its sentence speaks of, not a party's total"
    kind = (
        SEATS_OF_A_KIND.match(claim.sentence, end)
        if claim.claim_type == ClaimType.SEAT_COUNT
        else None
    )
    if kind and (THE_BEFORE.search(claim.sentence, 0, at) or "majorit" in kind.group(0)):
        return "it counts the seats or MPs of a kind, not a party's total"
    if claim.claim_type != ClaimType.OTHER:
        return None
    if SOME_OF_THEM.match(claim.sentence, end):
        return "it counts only some of them"
    return None


OF_THEM = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|(?:the|its|their)[ \u00a0]+"
    r"(?:party['\u2019]s[ \u00a0]+)?(?:MPs|members|candidates|winners))\b",
    re.IGNORECASE,
)  # ("280 of the party's MPs won more than half the vote")
THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)
# After a count, the seats or MPs it counts and what makes them counted: "the 27 seats that
# got away", "25 Lib Dem MPs have majorities of more than 10,000".
SEATS_OF_A_KIND = re.compile(
    r"(?:[ \u00a0]+[\w'\u2019-]+){0,3}?[ \u00a0]+(?:seats|constituencies|MPs|members)[ \u00a0]+"
    r"(?:that|which|where|who|whose|in[ \u00a0]+which|(?:have|had|has|with)[ \u00a0]+"
    r"(?:majorities|a[ \u00a0]+majority|majority))\b"
)
A_FURTHER = re.compile(
    r"\b(?:a[ \u00a0]+further|another|an[ \u00a0]+extra|a[ \u00a0]+more)[ \u00a0]+$", re.I
)


# "Averaged across the three seats", "on average", "the mean": a figure worked out from
# several, which the Library does not publish.
AVERAGE = re.compile(r"\b(?:averag(?:e|ed|es|ing)|the[ \u00a0]+mean|median)\b", re.IGNORECASE)
# "an estimated 23,884", "estimated at 40,000": an estimate, not a declared figure.
ESTIMATED_BEFORE = re.compile(
    r"\b(?:estimated|estimate[ \u00a0]+of|an[ \u00a0]+estimate[ \u00a0]+of)[ \u00a0]+"
    r"(?:at[ \u00a0]+)?(?:just[ \u00a0]+|some[ \u00a0]+|about[ \u00a0]+|around[ \u00a0]+)?$",
    re.IGNORECASE,
)


def averaged_or_estimated(claim, found, figures, context) -> str | None:
    """ "Averaged across the three seats, the Conservative share fell by 25.7 points", "an
    estimated 23,884": an average of several figures, or an estimate, read as one
    official figure."""
    at = max(figure_at(claim), 0)
    if AVERAGE.search(claim.sentence, 0, at):
        return "it may be an average of several figures"
    if ESTIMATED_BEFORE.search(claim.sentence[max(at - 40, 0) : at]):
        return "it is an estimate, not a declared figure"
    return None


# "less than a quarter of one per cent", "a fraction of a percentage point": a part of
# one per cent, not a share.
OF_ONE_PERCENT = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:one|a|1)[ \u00a0]*(?:per[ \u00a0]?cent|percent|%|"
    r"percentage[ \u00a0]+point)",
    re.IGNORECASE,
)
# "a majority of 11,266, almost a fifth of all the votes cast": the majority's share.
MAJORITY_THEN_SHARE = re.compile(r"\bmajority\b[^.;:()]{0,40}$", re.IGNORECASE)
# What a figure is said to come to: "equal to 21.7% of the vote", "worth almost a fifth".
EQUAL_TO_BEFORE = re.compile(
    r"\b(?:equal[ \u00a0]+to|equivalent[ \u00a0]+to|worth)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
# "came third in the popular vote", "third on votes": a place by votes, not by seats.
PLACE_BY_VOTES = re.compile(
    r"[ \u00a0]+(?:place[ \u00a0]+)?(?:in|on|by)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:popular[ \u00a0]+vote|votes?|vote[ \u00a0]+share|"
    r"share[ \u00a0]+of[ \u00a0]+the[ \u00a0]+vote)\b",
    re.IGNORECASE,
)
# "All six of the Conservative gains", "three of its losses": seats changing hands.
OF_THE_GAINS = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
    r"(?:[A-Z][\w'\u2019]*[ \u00a0]+){0,2}(?:gains|losses)\b"
)
# "take six Welsh seats from Labour": seats taken from a party, not all a party holds.
SEATS_FROM = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w'\u2019]*[ \u00a0]+)?(?:seats|constituencies)[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?(?:from|off)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z]|(?:it|them)\b)"
)  # ("took six seats from it", the party named before)
# "when the city had 73 seats", "Scotland has 57 constituencies": all of an area's seats.
AREA_HAD = re.compile(
    r"\b(?:the[ \u00a0]+(?:city|capital|region|county|nation|country|area|province)|"
    r"London|Scotland|Wales|England|Northern[ \u00a0]+Ireland|Britain)[ \u00a0]+"
    r"(?:had|has|have|then[ \u00a0]+had|now[ \u00a0]+has|elects|elected|returns|returned)"
    r"[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$",
    re.IGNORECASE,
)
# "Tories seize nine seats", "snatched three seats": seats taken, not all a party holds.
SEIZED_BEFORE = re.compile(
    r"\b(?:seiz(?:e|es|ed|ing)|snatch(?:es|ed|ing)?|grabb?(?:s|ed|ing)?|captur(?:e|es|ed|ing)|"
    r"gain(?:s|ed|ing)?)[ \u00a0]+(?:another[ \u00a0]+|a[ \u00a0]+further[ \u00a0]+)?$",
    re.IGNORECASE,
)
# "Seven seats in all were won by fewer than 100 votes": seats counted by a condition.
SEATS_WON_BY = re.compile(
    r"[ \u00a0]+(?:seats|constituencies)?[ \u00a0]*(?:in[ \u00a0]+all[ \u00a0]+)?"
    r"(?:(?:(?:were|was)[ \u00a0]+)?(?:won|held|decided|lost|taken|settled)[ \u00a0]+(?:by|with)\b|"
    r"(?:had|recorded|saw|posted)[ \u00a0]+(?:a[ \u00a0]+)?(?:turnouts?|majorities|majority)\b)"
)  # ("the three seats decided by fewer than 25 votes", "219 seats had turnouts of 70%")
# "Three further candidates", "two other candidates": some of the ballot, not all of it.
SOME_CANDIDATES = re.compile(
    r"[ \u00a0]+(?:further|other|more|remaining|additional|minor)[ \u00a0]+"
    r"(?:\w+[ \u00a0]+)?(?:candidates|hopefuls|contenders)\b",
    re.IGNORECASE,
)


# What a sentence's seats count before a list goes on: gains, losses, places.
COUNTED_OTHERWISE_BEFORE = re.compile(
    r"\b(?:gain(?:ed|s)?|lost|los(?:ses|ing)|(?:second|third|fourth|fifth|runners?-up)"
    r"(?:[ \u00a0]+place)?[ \u00a0]+in)\b[^.;]*$",
    re.IGNORECASE,
)


def part_of_a_figure(claim, found, figures, context) -> str | None:
    """A figure read as a whole official one that the words make a part or another
    measure of it: "a quarter of one per cent", a majority's share of the votes ("a
    majority of 11,266, almost a fifth of all the votes cast"), a place "in the popular
    vote" read by seats, "six of the Conservative gains", "take six Welsh seats from
    Labour" or "Tories seize nine seats" read as seats held, "when the city had 73
    seats" or "Seven seats in all were won by fewer than 100 votes" read as a party's,
    "three further candidates" read as the whole ballot."""
    at = max(figure_at(claim), 0)
    end = at + len(claim.text)
    sentence = claim.sentence
    if OF_ONE_PERCENT.match(sentence, end):
        return "it is a part of one per cent"
    if claim.claim_type == ClaimType.VOTE_SHARE and (
        MAJORITY_THEN_SHARE.search(sentence[max(at - 60, 0) : at])
        or EQUAL_TO_BEFORE.search(sentence, max(at - 30, 0), at)
        and "majorit" in sentence[:at].lower()
    ):  # "His majority of 7,698 was more than double Mr Hill's, and equal to 21.7% of the vote"
        return "it may be the majority's share of the votes"
    if claim.claim_type == ClaimType.RANK and PLACE_BY_VOTES.match(sentence, end):
        return "it is a place by votes, which the Library does not rank"
    read_as_change = found.counted == SEATS_CHANGED
    if (
        claim.claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION)
        and not read_as_change  # "The Conservatives gained 251 seats": checked as gains
        and (
            OF_THE_GAINS.match(sentence, end)
            or SEATS_FROM.match(sentence, end)
            or SEIZED_BEFORE.search(sentence[max(at - 30, 0) : at])
        )
    ):
        return "it counts seats that changed hands, not seats held"
    if claim.claim_type == ClaimType.SEAT_COUNT and AREA_HAD.search(sentence[max(at - 40, 0) : at]):
        return "it counts all the area's seats, not a party's"
    if (
        claim.claim_type == ClaimType.SEAT_COUNT
        and not read_as_change
        and found.counted != SEATS_PLACED  # checked as places: "second in 31 seats"
        and COUNTED_OTHERWISE_BEFORE.search(sentence, 0, at)
    ):
        # "Labour gained 211 seats, the Liberal Democrats 64 and the Greens three", "Reform
        # came second in 98 seats and the Greens 40": the list goes on counting the same
        return "the sentence counts seats gained, lost or finished in a place, and this may be one"
    if claim.claim_type == ClaimType.SEAT_COUNT and SEATS_WON_BY.match(sentence, end):
        return "it counts the seats won by some margin, not a party's"
    if SOME_CANDIDATES.match(sentence, end):
        return "it counts only some of the candidates"
    return None


_A_DIGIT = re.compile(r"[0-9]")


def seat_named_after_a_break(claim, found, figures, context) -> str | None:
    """A seat's figure checked against the only seat its sentence names, named after it
    beyond a semicolon ("Hallam also had the region's highest turnout, at 78.4 per cent;
    the lowest was Kingston upon Hull East"), or beyond a comma with a figure of its own
    after it ("Turnout across the region was 56.6 per cent, below the UK average, and
    lowest of all in Middlesbrough and Thornaby East at 45.8%"): that seat's figure is the
    next clause's."""
    used = {(e, c) for e, c in found.evidence if c}
    if not used:
        return None
    at = max(figure_at(claim), 0)
    end = at + len(claim.text)
    for start, seat_end, kind, key, _n in claim.details.get("named") or ():
        if kind != SubjectKind.CONSTITUENCY:
            continue
        if start < at:
            return None  # a seat named before it: that one
        between = claim.sentence[end:start]
        own_figure_after = "," in between and _A_DIGIT.search(claim.sentence, seat_end)
        if ";" not in between and not own_figure_after:
            continue
        for election, _c in used:
            seat = figures.contest(election, key)
            if seat is not None and (election, seat.contest_id) in used:
                return "the seat it was checked in is named after it, in another clause"
    return None


def another_seat_named(claim, found, figures, context) -> str | None:
    """A figure checked against a seat when its sentence names only other seats ("a Green
    candidate of the same name took 3,690 in Bradford West")."""
    used = {(e, c) for e, c in found.evidence if c}
    if not used:
        return None
    named = [
        key
        for _s, _e, kind, key, _n in claim.details.get("named") or ()
        if kind == SubjectKind.CONSTITUENCY
    ]
    if not named:
        return None
    for election, _c in used:
        for key in named:
            seat = figures.contest(election, key)
            if seat is not None and (election, seat.contest_id) in used:
                return None
    return "the sentence names another seat than the one it was checked against"


# Just before a figure, words that deny it: "did not even finish second", "never came
# third", "failed to reach 5 per cent".
DENIED_BEFORE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bnever|\bno[ \u00a0]+longer|\bfail(?:ed|ing|s)?[ \u00a0]+to)"
    r"(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+$",
    re.IGNORECASE,
)


# What would have been: "would have won 44 seats", "on a proportional system", "Had turnout
# matched 2019".
SUPPOSED = re.compile(
    r"\b(?:would|could|might)[ \u00a0]+have[ \u00a0]+(?:[a-z]+ed|won|taken|held|had|been|got|"
    r"kept|lost|seen)\b|\b(?:on|under)[ \u00a0]+(?:a[ \u00a0]+)?(?:proportional|PR)\b|"
    r"^(?:Had|Were)\b",
)


def a_supposition(claim, found, figures, context) -> str | None:
    """Seats said as what would have been ("On a proportional system, the Greens would have
    won 44 seats and Reform 93"), neither the result nor a projection."""
    if claim.claim_type not in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        return None
    sentence, at = claim.sentence, max(figure_at(claim), 0)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)]
    end = at + len(claim.text)
    after = re.match(r"[^,;.]{0,40}", sentence[end:]).group(0)
    if SUPPOSED.search(sentence, breaks[-1] if breaks else 0, at) or SUPPOSED.search(after):
        # (not "reduced to 122 seats, …, down from the 372 they would have won in 2019")
        return "it is what would have been, not a result or a projection"
    return None


# What a party needs, or what a seat would do on a swing: "the swing required is 0.1
# points", "both need swings of about one point", "25 would fall on a swing of under one
# point", "the 124 seats the party must win".
TARGET = re.compile(
    r"\bswings?[ \u00a0]+(?:needed|required|necessary)\b|"
    r"\bneed(?:s|ed|ing)?[ \u00a0]+(?:(?:a|an|only|just)[ \u00a0]+)?swings?\b|"
    r"\b(?:would|could|will|might)[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,3}?"
    r"on[ \u00a0]+a[ \u00a0]+swing\b|"
    r"\bneeded[ \u00a0]+(?:(?:just|only)[ \u00a0]+)?\d[\d,]*[ \u00a0]+seats[ \u00a0]+for\b|"
    r"\b(?:must|needs?[ \u00a0]+to|has[ \u00a0]+to|have[ \u00a0]+to|"
    r"would[ \u00a0]+need[ \u00a0]+to)"
    r"[ \u00a0]+(?:win|gain|take|capture)\b",
    re.IGNORECASE,
)
# Where the part of a clause a target speaks of ends: "won six seats and will need to win
# many more" (six is a result).
TARGET_SEGMENT_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|[ \u00a0]-[ \u00a0]|\b(?:and|but|while|whereas|though|although)\b"
)
TARGET_KINDS = frozenset(
    [ClaimType.SWING, ClaimType.VOTE_SHARE_CHANGE, ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION]
)


def a_target(claim, found, figures, context) -> str | None:
    """A swing, change or count the part of its clause it stands in says is needed, or would
    take a seat ("the swing required is 0.1 points", "25 would fall on a swing of under one
    point", "the 124 seats the party must win"): a target, not a result (not "won six seats
    and will need to win many more")."""
    if claim.claim_type not in TARGET_KINDS:
        return None
    if TARGET.search(_clause(claim, TARGET_SEGMENT_BREAK)):
        return "it is what a party needs, or a seat would take, not a result"
    return None


# "All 18 seats declared", "in the 650-member House of Commons": every seat, not a party's.
ALL_BEFORE = re.compile(
    r"\ball[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$", re.I
)
# "topped the poll across the eighteen seats": the seats a figure is summed over.
ACROSS_THE_BEFORE = re.compile(
    r"\b(?:across|over|throughout)[ \u00a0]+(?:all[ \u00a0]+)?(?:the|its|their)[ \u00a0]+$", re.I
)
THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)
A_HOUSE_SUFFIX = re.compile(r"-(?:member|seat|strong)$")  # "650-seat", written with the figure
_A_HOUSE = r"[ \u00a0]+(?:House|Commons|chamber|[Pp]arliament|legislature|assembly)\b"
THE_HOUSE_AFTER = re.compile(_A_HOUSE)
A_HOUSE_AFTER = re.compile(rf"(?:-|[ \u00a0]+)(?:member|seat|strong){_A_HOUSE}")


def every_seat(claim, found, figures, context) -> str | None:
    """A count of seats that is every seat of the House or an area ("All 18 seats declared",
    "the 650-member House of Commons") read as a party's seats."""
    if claim.claim_type not in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        return None
    at = figure_at(claim)
    if at < 0:
        return None
    end = at + len(claim.text)
    the = THE_BEFORE.search(claim.sentence, max(0, at - 8), at)  # not "a 131-seat rump"
    if the and (
        A_HOUSE_AFTER.match(claim.sentence, end)
        or (A_HOUSE_SUFFIX.search(claim.text) and THE_HOUSE_AFTER.match(claim.sentence, end))
    ):
        return "it may be every seat of the House or an area, not a party's"
    if claim.subject_kind != SubjectKind.PARTY:
        return None  # ("All 59 Scottish seats have now declared": Scotland's, checked so)
    if ACROSS_THE_BEFORE.search(claim.sentence, max(0, at - 24), at) and not (
        ITS_OWN_SEATS_AFTER.match(claim.sentence, end)
    ):  # (not "across the six seats it won")
        return "it may be every seat of the House or an area, not a party's"
    partys = any(
        start < at and kind == SubjectKind.PARTY
        for start, _e, kind, _k, _n in claim.details.get("named") or ()
    )  # not "Labour won all 12 seats in Cardiff"
    if not partys and ALL_BEFORE.search(claim.sentence, max(0, at - 20), at):
        return "it may be every seat of the House or an area, not a party's"
    return None


# A figure said again in other words just after another: "fell 11.5 points, or almost
# twelve, to 31.9%", "4,870 votes, or nearly 5,000".
RESTATED_BEFORE = re.compile(
    r"(\d(?:[\d.,]*\d)?)(?:[ \u00a0]*(?:%|per[ \u00a0]+cent|percent|pc|points?|pts?|votes|seats))?"
    r",?[ \u00a0]+or[ \u00a0]+(?:(?:about|almost|nearly|roughly|around|some|approximately|"
    r"just|over|under|more[ \u00a0]+than|less[ \u00a0]+than)[ \u00a0]+)*$",
    re.IGNORECASE,
)


def restated(claim, found, figures, context) -> str | None:
    """A figure that says the one just before it again, rounded or in words ("fell 11.5
    points, or almost twelve"): of that one's kind, whatever its own words say. Only when
    it is that one at its own precision ("14,500 votes, or 44.2%" is another figure, and
    "15.8 points, or about 17" a wrong rounding)."""
    at = figure_at(claim)
    said = RESTATED_BEFORE.search(claim.sentence, max(0, at - 40), at) if at > 0 else None
    if said is None:
        return None
    digits = said.group(1).replace(",", "")
    first = Decimal(digits) if digits.count(".") <= 1 else Decimal(0)
    value = abs(rules.as_decimal(claim.value))
    if first and abs(value - first) <= rules.precision_of(claim.text, value):
        # "11.5 points, or almost twelve" (not "14,500 votes, or 44.2%"; not "15.8 points,
        # or about 17", a wrong rounding)
        return "it says the figure just before it again, in other words"
    return None


# "… 33.7 and 23.7 per cent respectively", with no break between the figure and the word.
RESPECTIVELY_AFTER = re.compile(r"[^,;:.]*\brespectively\b", re.IGNORECASE)
# The first of two figures joined by "and", the unit after the second only: "took 14.3 and
# 12.2 % of the vote" (not "5,438 votes and 17.0 per cent", two of one person's figures).
BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+$", re.IGNORECASE)
FIRST_OF_TWO_AFTER = re.compile(r"[ \u00a0]+and[ \u00a0]+\d")


def paired_in_order(claim, found, figures, context) -> str | None:
    """Figures given "respectively" ("Labour and the Conservatives finished on 33.7 and 23.7
    per cent respectively"), or the first of two joined by "and" after two parties or
    people ("Reform UK and the Lib Dems took 14.3 and 12.2 %"): each is the name's in the
    same place of its list, which the readings do not pair."""
    at = figure_at(claim)
    if at < 0:
        return None
    end = at + len(claim.text)
    if RESPECTIVELY_AFTER.match(claim.sentence, end):
        return "figures given \u201crespectively\u201d go with the names in the same order"
    named = [
        start
        for start, _e, kind, _k, _n in claim.details.get("named") or ()
        if start < at and kind in (SubjectKind.PARTY, SubjectKind.CANDIDATE)
    ]
    if (
        len(named) >= 2
        and FIRST_OF_TWO_AFTER.match(claim.sentence, end)
        and not BETWEEN_BEFORE.search(claim.sentence, max(0, at - 10), at)
    ):  # (not "between 18.7 and 26.9 per cent": a range)
        return "the first of two figures after two names may be the first name's"
    return None


# "down from 43.6 per cent when Boris Johnson won his 80-seat majority": a "when" clause
# dating the figure a change runs from, open up to the figure.
WHEN_OF_THE_FROM = re.compile(
    r"\bfrom[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}\d[\d.,]*[^.;:\d]{0,20}?[ \u00a0]+when\b[^.;,\d]*$",
    re.IGNORECASE,
)


def when_of_the_figure_before(claim, found, figures, context) -> str | None:
    """A figure in a "when" clause after the figure a change runs from ("down from 43.6 per
    cent when Boris Johnson won his 80-seat majority"): of that earlier election."""
    at = figure_at(claim)
    if at <= 0 or TO_BEFORE.search(claim.sentence, max(0, at - 12), at):
        return None  # ("fell from 365 seats when Boris Johnson led them to just 112": now's)
    if WHEN_OF_THE_FROM.search(claim.sentence, max(0, at - 120), at):
        return "it is in a clause about the earlier figure a change runs from"
    return None


def denied(claim, found, figures, context) -> str | None:
    """A figure its clause denies ("Mr Hart did not even finish second"): it says what the
    figure is not."""
    at = figure_at(claim)
    if at > 0 and DENIED_BEFORE.search(claim.sentence, max(0, at - 40), at):
        return "the sentence says it is not so"
    return None


# Words of a count still going on: "With 649 of 650 seats declared (St Ives is still
# counting)", "so far", "with 40 results in" (not "with all 650 seats declared").
RUNNING_TOTAL = re.compile(
    r"\b(?:so[ \u00a0]+far|still[ \u00a0]+counting|(?:left|yet|still)[ \u00a0]+to[ \u00a0]+"
    r"(?:declare|be[ \u00a0]+declared|come|report)|with[ \u00a0]+(?:(?:just|only)[ \u00a0]+)?"
    r"\d[\d,]*[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?\d[\d,]*[ \u00a0]+)?"
    r"(?:seats|results|constituencies)(?:[ \u00a0]+now)?[ \u00a0]+(?:declared|in|counted)|"
    r"\d[\d,]*[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?\d[\d,]*[ \u00a0]+)?"
    r"(?:seats|results|constituencies)[ \u00a0]+(?:(?:have|had|has)[ \u00a0]+(?:now[ \u00a0]+)?)?"
    r"(?:declared|been[ \u00a0]+declared|reported|come[ \u00a0]+in)(?:[ \u00a0]+so[ \u00a0]+far)?"
    r"[ \u00a0]*[:,(\u2013-])",
    re.IGNORECASE,
)
# A count of every seat declared: "All 650 seats have now declared" (not "649 of 650 seats").
ALL_DECLARED = re.compile(
    r"(?<!\bof[ \u00a0])\b650[ \u00a0]+(?:seats|results|constituencies)|\ball[ \u00a0]+650\b",
    re.IGNORECASE,
)
# Running totals are of the country's, a nation's or a party's figures summed so far.
RUNNING_KINDS = frozenset([ClaimType.SEAT_COUNT, ClaimType.VOTE_SHARE, ClaimType.CANDIDATE_VOTES])


def a_running_total(claim, found, figures, context) -> str | None:
    """A party's seats, share or votes while the count goes on ("With 649 of 650 seats
    declared …, the Conservatives have 364 seats"): a total so far, not the final one."""
    if claim.claim_type not in RUNNING_KINDS or claim.subject_kind != SubjectKind.PARTY:
        return None
    running = RUNNING_TOTAL.search(claim.sentence)
    if running and not ALL_DECLARED.search(running.group(0)):
        return "it may be a total so far, before every seat declared"
    return None


_TESTS = (
    denied,
    a_supposition,
    a_target,
    every_seat,
    restated,
    paired_in_order,
    when_of_the_figure_before,
    a_running_total,
    another_area_in_an_aside,
    a_seat_in_an_aside,
    one_of_a_pair_of_seats,
    seats_against_votes,
    part_of_the_country,
    compared_with_area,
    an_area_not_a_seat,
    across_an_area,
    across_some_seats,
    one_end_of_a_range,
    those_who_did_not,
    a_projection_named_after,
    a_time_compared_with,
    a_ratio_of_the_count_before,
    a_seat_not_known_by_that_name,
    a_gap_between,
    too_large_for_a_seat,
    which_seat,
    another_election,
    commons_majority,
    margin_or_change,
    notional,
    other_year_in_clause,
    a_swing,
    turnout_as_share,
    a_seats_figure_then_its_winner,
    in_a_table_row,
    year_not_loaded,
    election_named_after,
    this_time,
    paragraph_year,
    quoted_without_subject,
    our_own,
    exactly_another,
    perhaps_the_turnout,
    perhaps_the_winners_share,
    place_in_many_seats,
    party_seats_elsewhere,
    seats_together_or_changed,
    shares_together,
    a_winners_place_in_a_league,
    of_people_unnamed,
    some_of_the_mps,
    share_of_seats,
    votes_of_a_majority,
    some_of_them,
    a_count_of_others_or_part,
    averaged_or_estimated,
    part_of_a_figure,
    seat_named_after_a_break,
    party_named_after,
    the_party_unnamed,
    a_bar_for_seats,
    another_seat_named,
    an_areas_seats,
    the_other_side_of_a_score,
    next_on_a_list,
    a_count_as_a_share,
    a_condition_of_a_count,
    the_whole_counted_from,
    a_gap_from_another,
    great_britain,
    own_share_for_another_party,
    the_other_side_named_last,
    a_round_ups_party,
    far_from_it,  # last: the least specific reason
)
