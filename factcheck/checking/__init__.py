"""The checker: match each claim to the official figure it speaks of and suggest a verdict.

Plain Python, no Django import (a test guards this). ``check_claims()`` takes
one article's claims and a snapshot of official figures and returns a
``Suggestion`` per claim: the verdict, the official value and its source, a
one-line explanation, and the working a reader needs to repeat the check.

- ``rules``: how a figure as written is compared with the official one;
- ``figures``: the snapshot of official figures it reads;
- ``context``: which seat, candidate and election a claim speaks of;
- ``checkers``: one checker per claim type;
- ``explanations``: how a suggestion is worded.

How a claim finds its figure:
- ``claim_type`` says which figure (a candidacy's votes, a contest's majority,
  turnout, share or rank, a national tally, an exit-poll projection, or a
  reference fact);
- ``subject`` says whose: a candidate leads to their own contest, a
  constituency to its contest, a party to its candidate in the article's seat
  or, when the sentence speaks of the country, to its national tally;
- ``election`` says when; "in 2019" resolves to the 2019 figure. An election
  that is not loaded ("in 2017", "a 2016 by-election") is not_checkable, "No
  official data for 2017 is loaded.", never compared with another election's
  figure; so is a change measured from one ("up 5 points since 2017").
The article's seat, for claims without a subject of their own, is the seat
its claims and text name most.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from factcheck.vocabulary import (
    BallotMeasure,
    ClaimType,
    Qualifier,
    SubjectKind,
    Suggested,
    Verdict,
    election_name,
)
from results.arithmetic import GENERAL_ELECTION_POLLING_DAYS

from . import context as _context
from . import doubts, readings
from .checkers import CHECKERS
from .claims import Claimed, Suggestion, cite, evidence_hash, not_checkable, uncited
from .context import ArticleContext, is_national
from .figures import (
    AwaitingFig,
    CandidateFig,
    ContestFig,
    ElectionFig,
    FactFig,
    OfficialFigures,
    ProjectionFig,
    TallyFig,
    evidence_of,
    recording,
)
from .readings import frame_of, read_claim, read_nationally, readings_for

__all__ = [
    "CHECKERS",
    "ArticleContext",
    "AwaitingFig",
    "CandidateFig",
    "Claimed",
    "ContestFig",
    "ElectionFig",
    "FactFig",
    "OfficialFigures",
    "ProjectionFig",
    "Suggestion",
    "TallyFig",
    "awaiting_seat",
    "check_claim",
    "check_claims",
    "check_reading",
    "cite",
    "doubted",
    "evidence_hash",
    "read_nationally",
    "readings_for",
    "frame_of",
    "infer_context",
    "uncited",
]

# Kinds of figure a seat's result gives: a claim of one of them about a seat that has not
# declared awaits its declaration.
SEAT_FIGURES = frozenset([
    ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY, ClaimType.TURNOUT, ClaimType.TURNOUT_CHANGE,
    ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE, ClaimType.RANK, ClaimType.SWING,
    ClaimType.BALLOT_COUNT, ClaimType.OTHER,
])  # fmt: skip


def infer_context(
    claims: list[Claimed], figures: OfficialFigures, *, election: str | None, text: str = "",
    day: datetime.date | None = None, seats_named: Iterable[str] | None = None,
) -> ArticleContext:  # fmt: skip
    """``context.infer_context``; when the article's text names no declared seat but names
    one awaiting its declaration, the context's ``awaiting`` is that seat (else None; and
    None when ``seats_named`` stands for the text, which is then not given)."""
    found = _context.infer_context(
        claims, figures, election=election, text=text, day=day, seats_named=seats_named
    )
    found.awaiting = (
        figures.awaiting_named_in(text, election)
        if found.contest is None and figures.awaiting and text
        else None
    )
    return found


_NOT_CONTRADICTED = frozenset([ClaimType.YEAR, ClaimType.OTHER, ClaimType.SWING])


def check_claims(
    claims: list[Claimed],
    figures: OfficialFigures,
    *,
    election: str | None,
    text: str = "",
    day: datetime.date | None = None,
    context: ArticleContext | None = None,
) -> list[Suggestion]:
    """One suggestion per claim, in order; contradictions inside the article flagged.

    Pass ``context`` when the caller has already inferred it, so the article
    is not scanned for seat names twice.
    """
    if context is None:
        context = infer_context(claims, figures, election=election, text=text, day=day)
    suggestions = [check_claim(claim, figures, context) for claim in claims]
    read = [
        readings.Reading.from_dict(s.reading).applied_to(c) if s.reading else c
        for c, s in zip(claims, suggestions, strict=True)
    ]
    flag_contradictions(read, suggestions)
    return suggestions


def check_claim(claim: Claimed, figures: OfficialFigures, context: ArticleContext) -> Suggestion:
    """One claim's suggestion, its readings weighed (``readings.read_claim``), without the
    article-wide contradiction check.

    A claim about a seat that has not declared is "awaiting declaration" (see
    ``check_reading``), not read as another figure. The suggestion's ``evidence`` is its
    own reading's; when that used no official figure (no reading placed it), the
    figures every reading weighed, and the article's seat.
    """
    if figures.awaiting:
        own = check_reading(claim, figures, context)
        if own.verdict == Suggested.AWAITING_DECLARATION:
            return own
    with recording() as weighed:
        found = read_claim(claim, figures, context, check_reading)
    if found.verdict == Verdict.INACCURATE:
        found = doubted(claim, found, figures, context)
    elif found.explanation.startswith(readings.NO_READING_MATCHES):
        # no reading of the sentence placed it: votes said as a margin may be the seat's
        # majority ("held off Labour's Stefanie Harvey, …, by 92 votes"), and the seat
        # named last, the area the paragraph speaks of and the notional result may
        # ("Turnout was high at 72.1%" in a live blog, after the declaration it reports)
        found = (
            _margin_meant(claim, found, figures, context)
            or _meant(claim, found, figures, context)
            or found
        )
    if not found.evidence:
        found.evidence = evidence_of(weighed)
        if context.contest is not None:
            seat = (context.contest.election, context.contest.contest_id)
            found.evidence = tuple(sorted({*found.evidence, seat}))
    return found


def doubted(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> Suggestion:
    """An inaccurate suggestion tested by ``doubts``: votes said as a margin checked as the
    seat's majority (``doubts.majority_meant``); a party's figure matching its candidate
    in the seat named last before it taken so (``doubts.seat_meant``), and a party's seats
    or share matching the area its paragraph names (``doubts.area_meant``), and a figure
    its sentence calls notional matching the seat's notional result
    (``doubts.notional_meant``); then, if still
    inaccurate, not checkable with the reason a frame of the figure leaves it in doubt
    (``doubts.doubt``), or as it is when nothing doubts it."""
    meant = doubts.majority_meant(claim, found, figures)
    if meant is not None:
        found = _read_as(meant, "a margin of votes", claim, found, figures, context)
        found.confident = found.verdict == Verdict.INACCURATE
        if found.verdict != Verdict.INACCURATE:
            return found
    meant = _meant(claim, found, figures, context)
    if meant is not None:
        return meant
    reason = doubts.doubt(claim, found, figures, context)
    return doubts.unsure(found, reason) if reason else found


def _margin_meant(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> Suggestion | None:
    """The seat's majority, when votes no reading placed are said as a margin
    (``doubts.majority_meant``) and that reading matches, or the words say the winner beat
    someone "by" it (``doubts.beaten_by``); None otherwise."""
    meant = doubts.majority_meant(claim, found, figures)
    if meant is not None and doubts.beaten_by(claim, figures):
        # "Max Wilkinson defeated the justice secretary, Alex Chalk, by 7,120": the words
        # say it is the margin of the winner over the one beaten, matching or not
        read = _read_as(meant, "a margin of votes", claim, found, figures, context)
        read.confident = read.verdict == Verdict.INACCURATE
        return read
    return _if_it_matches(meant, "a margin of votes", claim, found, figures, context)


def _meant(
    claim: Claimed, found: Suggestion, figures: OfficialFigures, context: ArticleContext
) -> Suggestion | None:
    """The first of the readings the frame of a figure suggests that matches: the party's
    candidate in the seat named last (``doubts.seat_meant``), the area its paragraph
    speaks of (``doubts.area_meant``), the seat's notional result (``doubts.notional_meant``);
    None when none does."""
    meant = doubts.seat_meant(claim, found, figures, context)
    in_the_seat = _if_it_matches(meant, None, claim, found, figures, context)
    if in_the_seat is not None:
        return in_the_seat
    in_area = doubts.area_meant(claim, found, figures, context)
    if in_area is not None:
        return in_area
    meant = doubts.notional_meant(claim, found, figures, context)
    return _if_it_matches(meant, None, claim, found, figures, context)


def _if_it_matches(
    meant: dict | None,
    why: str | None,
    claim: Claimed,
    found: Suggestion,
    figures: OfficialFigures,
    context: ArticleContext,
) -> Suggestion | None:
    """``claim`` checked under the reading ``meant`` (``_read_as``; ``why`` defaults to the
    reading's own cue) when that is accurate or approximately so; None otherwise, or when
    there is no reading."""
    if meant is None:
        return None
    again = _read_as(meant, why or meant["cue"], claim, found, figures, context)
    return again if again.verdict in (Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE) else None


def _read_as(
    meant: dict,
    why: str,
    claim: Claimed,
    found: Suggestion,
    figures: OfficialFigures,
    context: ArticleContext,
) -> Suggestion:
    """``claim`` checked under the reading ``meant`` (``Reading.as_dict``), saying so and
    why, with that reading taken and ``found``'s readings kept."""
    reading = readings.Reading.from_dict(meant)
    again = check_reading(reading.applied_to(claim), figures, context)
    again.explanation = f"Read as {reading.label()} ({why}). {again.explanation}"
    again.reading, again.readings = meant, found.readings
    return again


def check_reading(claim: Claimed, figures: OfficialFigures, context: ArticleContext) -> Suggestion:
    """The suggestion for one reading of a claim: its type, subject and election as given.

    Its ``evidence`` is where the figures it read come from (``figures.recording``). A
    figure of a seat that has not declared (``awaiting_seat``) is "awaiting declaration",
    with that seat as its evidence, rather than not checkable.
    """
    with recording() as used:
        found = _check_reading(claim, figures, context)
    if found.verdict == Verdict.NOT_CHECKABLE and found.official_value is None:
        seat = awaiting_seat(claim, figures, context)
        if seat is not None:
            return Suggestion(
                verdict=Suggested.AWAITING_DECLARATION,
                explanation=(
                    f"{seat.name} has not declared yet: this is checked as soon as its "
                    "result is official."
                ),
                evidence=((seat.election, seat.contest_id),),
            )
    found.evidence = evidence_of(used)
    return found


def awaiting_seat(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext
) -> AwaitingFig | None:
    """The seat that has not declared yet which a seat's figure (``SEAT_FIGURES``) speaks
    of: the seat it is about, else the one its sentence names (when the sentence names
    no declared seat), else the one the article names when it names no declared seat.
    None for a UK-wide figure, a candidate of a declared seat, or when no seat awaits."""
    if not figures.awaiting or claim.claim_type not in SEAT_FIGURES:
        return None
    election = claim.election or context.election
    if not election:
        return None
    if claim.subject_kind == SubjectKind.CONSTITUENCY and claim.subject_key:
        seat = figures.awaiting.get((election, claim.subject_key))
        if seat is not None:
            return seat
    if read_nationally(claim, context) or is_national(claim, context):
        return None
    candidate = figures.candidates.get(claim.subject_key or "")
    if candidate is not None and candidate.contest.election == election:
        return None  # a candidate of a seat that has declared
    seat = figures.awaiting_named_in(claim.sentence, election)
    if seat is not None and figures.contest_named_in(claim.sentence, election) is None:
        return seat
    return getattr(context, "awaiting", None) if context.contest is None else None


def _check_reading(claim: Claimed, figures: OfficialFigures, context: ArticleContext) -> Suggestion:
    checker = CHECKERS.get(claim.claim_type)
    if checker is None:
        return not_checkable("No official figure applies to this kind of figure.")
    if claim.claim_type == ClaimType.YEAR:
        # a year is its own election's ("first elected in 1983"): its facts are the
        # people and seats of the article's election, whatever is loaded for 1983
        return checker(claim, figures, context, context.election)
    election = claim.election or context.election
    if election and election not in figures.elections:
        return not_checkable(f"No official data for {election_name(election)} is loaded.")
    compared = claim.details.get("compared_election")
    if (
        compared
        and compared not in figures.elections
        and not _published_change_from(compared, claim, figures, election)
    ):
        return not_checkable(
            f"Compared with {election_name(compared)}: no official data for "
            f"{election_name(compared)} is loaded."
        )
    return checker(claim, figures, context, election)


# Claims the Library's own published changes (its candidate files' "Change" column, against
# the previous general election on the same boundaries) may check.
_PUBLISHED_CHANGES = frozenset([ClaimType.VOTE_SHARE_CHANGE, ClaimType.SWING])


def _published_change_from(compared: str, claim: Claimed, figures, election) -> bool:
    """Whether a change measured from ``compared``, an election not loaded, is one the
    Library's published changes give: a change in share or a swing, from the general
    election just before ``election`` (``GENERAL_ELECTION_POLLING_DAYS``): "fell by 9.9
    points compared with 2017" in coverage of 2019."""
    if claim.claim_type not in _PUBLISHED_CHANGES or election not in figures.elections:
        return False
    day = figures.elections[election].date
    earlier = [d for d in GENERAL_ELECTION_POLLING_DAYS if d < day]
    return bool(earlier) and compared.endswith(str(earlier[-1].year))


def flag_contradictions(claims: list[Claimed], suggestions: list[Suggestion]) -> None:
    """Two exact figures read with confidence (``Suggestion.confident``, under the reading
    taken) as one figure: one kind (and, for a count of a contest, one measure), about one
    subject and election, that differ. Swings are left out: a seat's and the country's,
    or swings from different parties, differ as a rule; so are "votes cast", which may be
    the valid votes or every ballot paper issued."""
    seen: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.qualifier != Qualifier.EXACT or claim.claim_type in _NOT_CONTRADICTED:
            continue
        if not suggestions[i].confident:
            continue
        if claim.details.get("relation") or not claim.subject_key:
            continue
        if claim.details.get("measure") == BallotMeasure.VOTES_CAST:
            continue  # two figures may both be right: the valid votes and the ballots issued
        key = (
            claim.claim_type,
            claim.subject_key,
            claim.election,
            claim.unit,
            claim.details.get("measure"),
            bool(claim.details.get("is_majority")),
            claim.details.get("scope"),
            # one reading is one official figure: Scotland's turnout and England's, or a
            # seat's and its region's, are two figures, however the claims are keyed
            suggestions[i].official_value,
        )
        seen.setdefault(key, []).append(i)
    for indexes in seen.values():
        values = {claims[i].value for i in indexes}
        if len(values) < 2:
            continue
        for i in indexes:
            others = [j for j in indexes if claims[j].value != claims[i].value]
            suggestions[i].conflicts_with = others
            listed = ", ".join(f"“{claims[j].text}”" for j in others)
            suggestions[i].explanation += f" Contradicts {listed} elsewhere in this article."
