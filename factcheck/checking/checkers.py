"""One checker per claim type: find the official figure and compare. No Django import.

Each checker takes ``(claim, figures, context, election)`` and returns a
``Suggestion``. Sources: the House of Commons Library's results files for
votes, majorities, turnouts and shares; the loaded exit poll for projections;
reference facts (UK Parliament members' data) for ages, first elections and
seats' histories.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from factcheck.extraction.names import fold_name
from factcheck.vocabulary import ClaimType, Qualifier, Relation, SubjectKind, Unit
from results import arithmetic
from results.vocabulary import RENAMED_FROM, FactKind

from . import rules as v
from .areas import area_named, area_of, area_placed_after, area_positions, areas_named
from .claims import SEATS_CHANGED, SEATS_PLACED, Claimed, Suggestion, cite, not_checkable
from .context import (
    CLAUSE_BREAKS,
    COMPARED_IN_AREA,
    EARLIER_WORDS,
    FIRST_ELECTED_BEFORE,
    HELD_SINCE_BEFORE,
    NATIONAL_CUES,
    ArticleContext,
    EndPattern,
    by_name,
    candidate_at,
    claim_contest,
    claimed_direction,
    figure_at,
    is_national,
    named_only_in_a_comparison,
    person_named,
    seat_about,
    subject_candidate,
    text_before,
)
from .counts import check_ballot_count
from .explanations import (
    QUALIFIER_WORDS,
    best_reading,
    candidate_row,
    candidate_rows,
    official_suggestion,
    ordinal,
    points,
    short_source,
)
from .figures import OfficialFigures
from .swing import check_swing

Checker = Callable[[Claimed, OfficialFigures, ArticleContext, "str | None"], Suggestion]


def check_candidate_votes(claim, figures, context, election) -> Suggestion:
    """A candidate's votes in their seat, or a party's UK-wide votes when the sentence says so."""
    if claim.subject_kind == SubjectKind.PARTY and is_national(claim, context):
        tally = figures.tallies.get((election, claim.subject_key or ""))
        if tally is None:
            return not_checkable("No national vote total is loaded for this party.")
        return official_suggestion(
            claim,
            tally.votes,
            unit_label="votes",
            source=tally.source,
            working=f"{tally.party_name}: {tally.votes:,} votes in {tally.seats_declared} seats",
            extra="(UK-wide votes.)",
        )
    candidate = subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose votes these are: no candidate matched.")
    contest = candidate.contest
    return official_suggestion(
        claim,
        candidate.votes,
        unit_label="votes",
        source=contest.source,
        working=cite(
            f"{candidate.full_name}, {contest.name}: {candidate.votes:,} votes",
            candidate_row(candidate),
        ),
    )


def check_majority(claim, figures, context, election) -> Suggestion:
    if claim.details.get("relation") == Relation.DIFFERENCE:
        return _check_majority_difference(claim, figures, context, election)
    contest = claim_contest(claim, figures, context, election)
    if contest is None or contest.majority is None:
        return not_checkable("No official result for this seat to take a majority from.")
    winner = contest.candidates[0]
    other_key = claim.details.get("compared_to_key")
    other = figures.candidates.get(other_key) if other_key else None
    if other is not None and other.contest.key != contest.key:
        other = figures.person_in(other.full_name, contest.election)
    subject = (
        candidate_at(claim, figures, election)
        if claim.subject_kind == SubjectKind.CANDIDATE
        else contest.candidate_for_party(claim.subject_key or "")
        if claim.subject_kind == SubjectKind.PARTY
        else None
    )  # a party's: its candidate's ("Labour … beat Reform's Charles Dodman by 8,921")
    if (
        other is not None
        and subject is not None
        and other.key != subject.key
        and other.key != contest.candidates[1].key
    ):
        if subject.votes < other.votes:
            subject, other = other, subject  # "beat … by": the difference, whoever said first
        gap = subject.votes - other.votes
        working = cite(
            f"{subject.full_name} {subject.votes:,} − {other.full_name} {other.votes:,} = {gap:,}",
            *((subject.source_row, other.source_row) if subject.source_row and other.source_row
              else ()),
        )  # fmt: skip
        return official_suggestion(
            claim, gap, unit_label="votes more", source=contest.source, working=working
        )
    runner_up = contest.candidates[1] if len(contest.candidates) > 1 else None
    working = (
        f"majority = {winner.votes:,} − {runner_up.votes:,} = {contest.majority:,}"
        if (runner_up)
        else f"unopposed: {winner.votes:,}"
    )
    if claim.details.get("is_majority") is False and claim.unit == Unit.SEATS:
        return not_checkable("A seat majority is checked as a seat count.")
    if claim.unit == Unit.PERCENT and contest.valid:
        # "a majority of just over 10%": the majority as a share of the valid votes
        share = arithmetic.exact_percent(contest.majority, contest.valid)
        return official_suggestion(
            claim, share, unit_label="", source=contest.source, is_percent=True,
            working=f"{contest.name}: majority {contest.majority:,} ÷ {contest.valid:,} valid "
            f"votes = {v.fmt(share, places=2)}%",
            extra="(The majority as a share of the votes.)",
        )  # fmt: skip
    found = official_suggestion(
        claim,
        contest.majority,
        unit_label="majority",
        source=contest.source,
        working=cite(
            f"{contest.name} {figures.elections[contest.election].date.year}: {working}",
            contest.source_row,  # the constituency file holds each seat's majority
        ),
    )
    if found.verdict == v.INACCURATE:
        notional = _notional_majority(claim, figures, context, election)
        if notional is not None and notional.verdict != v.INACCURATE:
            return notional
    return found


def _notional_majority(claim, figures, context, election) -> Suggestion | None:
    """A majority at the previous election may be quoted on the new boundaries: the
    notional result the article's election is measured from (the BBC and PA basis). The
    notional majority of the subject's seat now, when that baseline is of ``election``'s
    year; None when there is none."""
    now = context.election
    if not now or now == election or now not in figures.elections or not election:
        return None
    baseline = figures.elections[now].notional_baseline
    if not baseline or figures.elections[baseline].date.year != (
        figures.elections[election].date.year
    ):
        return None
    seat = claim_contest(claim, figures, context, now)
    notional = figures.notional_contest(seat) if seat is not None else None
    if notional is None or notional.majority is None or len(notional.candidates) < 2:
        return None
    first, second = notional.candidates[0], notional.candidates[1]
    year = figures.elections[baseline].date.year
    return official_suggestion(
        claim,
        notional.majority,
        unit_label="majority",
        source=notional.source,
        working=f"{notional.name}, notional {year} result on the new boundaries: majority = "
        f"{first.votes:,} − {second.votes:,} = {notional.majority:,}",
        extra=f"(The notional {year} majority on the new boundaries, not the one declared "
        f"in {year}.)",
    )


# The figures written earlier in a sentence than a difference ("26,000" in "26,000 – 1,180 more").
WRITTEN_NUMBER = re.compile(r"\d[\d,]*\d|\d")


def _check_majority_difference(claim, figures, context, election) -> Suggestion:
    """'A majority of 26,000 – 1,180 more than this year – in 2019'."""
    this = claim_contest(claim, figures, context, election)
    other_election = claim.details.get("compared_election") or context.election
    other = claim_contest(claim, figures, context, other_election) if other_election else None
    if this is None or other is None or this.key == other.key:
        return not_checkable("Needs two official majorities to compare; one is missing.")
    change = Decimal(this.majority - other.majority)
    direction_claimed = claimed_direction(claim)
    result = v.compare_change(
        written=claim.text,
        value=claim.value,
        official_change=change,
        qualifier=claim.qualifier,
        claimed_direction=direction_claimed,
        what=f"majority in {figures.elections[this.election].date.year} compared with "
        f"{figures.elections[other.election].date.year}",
    )
    from_year = figures.elections[this.election].date.year
    to_year = figures.elections[other.election].date.year
    operands = [
        n
        for n in WRITTEN_NUMBER.findall(text_before(claim))
        if not re.fullmatch(r"(?:19|20)\d\d", n)
    ]
    written = operands[-1] if operands else ""
    slack = v.precision_of(written, v.as_decimal(written.replace(",", ""))) / 2 if written else 0
    # The writer took the difference from a figure they had rounded
    # ("a majority of 26,000 – 1,180 more than…"): allow what that rounding allows.
    if (
        result.verdict == v.INACCURATE
        and not result.reason.startswith("Wrong direction")
        and slack >= 1
        and abs(claim.value - abs(change)) <= slack
    ):
        result = v.Comparison(
            v.APPROXIMATELY_ACCURATE,
            f"{abs(change):,} is within ±{v.fmt(slack)} of {v.fmt(claim.value)}, the "
            f"rounding of the {written} it was taken from.",
        )
    moved = other.majority - this.majority
    summary = (
        f"The majority {'fell' if moved < 0 else 'rose'} by {abs(moved):,}, from "
        f"{this.majority:,} in {from_year} to {other.majority:,} in {to_year}."
    )
    reason = result.reason if result.verdict != v.INACCURATE else summary
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: majorities of {this.majority:,} ({from_year}) and {other.majority:,} "
            f"({to_year}), a difference of {abs(change):,} ({short_source(other.source)}). "
            f"Article: {v.fmt(claim.value)}. {reason}"
        ),
        official_value=abs(change),
        official_source=other.source,
        working=f"{this.majority:,} − {other.majority:,} = {change:,}",
    )


# A seat's own: "here", "in the seat", "locally".
LOCAL_HERE = re.compile(r"\b(?:here|locally|in[ \u00a0]+the[ \u00a0]+seat)\b", re.IGNORECASE)
TURNOUT_DEFINITIONS = {
    "declared": "as declared, counting rejected ballots",
    "library": "on the Library's definition, valid votes only",
}
_best = best_reading


def check_turnout(claim, figures, context, election) -> Suggestion:
    """Turnout against both definitions, compared unrounded at the precision written: the
    seat's, or the UK's (or a nation's or region's) when the sentence says so or the
    article names no seat."""
    summed = figures.national.get(election or "")
    at = figure_at(claim)
    area = area_named(claim.sentence, at)
    seats_at = [
        min(abs(s - at), abs(e - at))
        for s, e, k, _y, _n in claim.details.get("named") or ()
        if k == "constituency"
    ]
    if (
        area is not None
        and seats_at
        and min(seats_at) < min(abs(m - at) for m in area_positions(claim.sentence, area))
    ):
        area = None  # both a seat and an area named: the one nearer the figure
    if area is not None and THE_SEAT.search(claim.sentence):
        area = None  # "turnout in the west London seat"
    if area is not None and named_only_in_a_comparison(claim.sentence, area):
        # "Turnout was 52.5pc, one of the lower figures we have seen in Scotland": the
        # area is the comparison's; the figure is the seat's
        area = None
    wide = area is not None or (
        is_national(claim, context)
        and not (LOCAL_HERE.search(claim.sentence) and COMPARED_IN_AREA.search(claim.sentence))
    )  # not "Turnout here, 71.2%, was the 22nd-highest in the country": the seat's
    if summed is not None and (wide or context.contest is None) and (area or not seats_at):
        return _area_turnout(claim, figures, area_of(summed, area))
    if summed is not None and claim.details.get("scope") == "national":
        return _area_turnout(claim, figures, summed.uk)  # read as the UK's: a seat named too
    contest = claim_contest(claim, figures, context, election)
    if contest is None:
        return not_checkable("No official result for this seat to take a turnout from.")
    declared, library = contest.turnout_declared, contest.turnout
    places = v.decimals_written(claim.text)
    best, exact, result = _best_turnout(
        claim, contest.turnout_declared_exact, contest.turnout_exact
    )
    year = figures.elections[contest.election].date.year
    if result.verdict == v.INACCURATE:
        reason = f"Matches neither definition to {places} decimal place{'s' * (places != 1)}."
    else:
        reason = f"Matches the turnout {TURNOUT_DEFINITIONS[best]}."
    explanation = (
        f"Official: {declared}% as declared ((valid + rejected) ÷ electorate) and {library}% "
        f"on the Library's definition (valid ÷ electorate), {contest.name} {year} "
        f"({short_source(contest.source)}). Article: {QUALIFIER_WORDS.get(claim.qualifier, '')}"
        f"{v.fmt(claim.value)}%. {reason}"
    )
    working = (
        f"declared: ({contest.valid:,} + {contest.invalid:,}) ÷ {contest.electorate:,} = "
        f"{declared}%; Library: {contest.valid:,} ÷ {contest.electorate:,} = {library}%"
    )
    return Suggestion(
        verdict=result.verdict,
        explanation=explanation,
        official_value=declared if best == "declared" else library,
        official_source=contest.source,
        working=working,
    )


# A turnout the sentence gives to a seat, wherever it is: "in the west London seat".
THE_SEAT = re.compile(r"\b(?:seat|constituency)\b", re.IGNORECASE)


def _best_turnout(claim, declared, library) -> tuple[str, Decimal, v.Comparison]:
    """The claim compared with both turnouts (percent, unrounded): the definition that
    fits best ("declared" or "library"), its turnout and the comparison."""
    readings = [
        (key, exact, v.compare(
            written=claim.text, value=claim.value, official=exact,
            qualifier=claim.qualifier, is_percent=True,
        ))
        for key, exact in (("declared", declared), ("library", library))
    ]  # fmt: skip
    return _best(readings)


def _area_turnout(claim, figures, area) -> Suggestion:
    """The turnout of the UK, a nation or a region, against both definitions."""
    best, exact, result = _best_turnout(
        claim,
        arithmetic.turnout_declared(
            valid_votes=area.valid, rejected=area.rejected, electorate=area.electorate,
            exact=True,
        ),
        arithmetic.turnout(valid_votes=area.valid, electorate=area.electorate, exact=True),
    )  # fmt: skip
    name = area.area.name
    reason = result.reason
    if result.verdict != v.INACCURATE:
        reason += f" Matches the turnout {TURNOUT_DEFINITIONS[best]}."
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {name} turnout {area.turnout_declared}% as declared and "
            f"{area.turnout}% on the Library's definition (House of Commons Library). "
            f"Article: {v.fmt(claim.value)}%. {reason}"
        ),
        official_value=v.round_to(exact, Decimal("0.01")),
        official_source="House of Commons Library",
        working=f"{name}: ({area.valid:,} + {area.rejected:,}) ÷ {area.electorate:,} = "
        f"{area.turnout_declared}%; {area.valid:,} ÷ {area.electorate:,} = {area.turnout}%",
    )


def check_turnout_change(claim, figures, context, election) -> Suggestion:
    """A change in turnout, in points, against every baseline and both definitions."""
    contest = claim_contest(claim, figures, context, election)
    baselines = figures.baselines(contest) if contest else []
    if contest is None or not baselines:
        return not_checkable("Needs this seat's result at the previous election; none is loaded.")
    direction = claimed_direction(claim)
    readings = []
    stated, worked = [], []
    for label, then in baselines:
        declared = contest.turnout_declared_exact - then.turnout_declared_exact
        library = contest.turnout_exact - then.turnout_exact
        stated.append(
            f"{points(declared)} points as declared and {points(library)} points on the "
            f"Library's definition since {label}"
        )
        worked.append(
            f"{contest.turnout_declared}% − {then.turnout_declared}% = {points(declared)} "
            f"(declared), {contest.turnout}% − {then.turnout}% = {points(library)} (Library) "
            f"since {label}"
        )
        for definition, change in (
            ("as declared", declared),
            ("on the Library's definition", library),
        ):
            readings.append((label, definition, change, v.compare_change(
                written=claim.text, value=claim.value, official_change=change,
                qualifier=claim.qualifier, claimed_direction=direction, what="turnout",
            )))  # fmt: skip
    label, definition, change, result = _best(readings)
    matched = "" if result.verdict == v.INACCURATE else f" Matches the turnout {definition}"
    if matched and len(baselines) > 1:
        matched += f", since {label}"
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: turnout changed by {'; and by '.join(stated)} "
            f"({short_source(contest.source)}). Article: {v.fmt(claim.value)} points. "
            f"{result.reason}{matched + '.' if matched else ''}"
        ),
        official_value=v.round_to(change, Decimal("0.01")),
        official_source=contest.source,
        working="; ".join(worked),
    )


def check_vote_share(claim, figures, context, election) -> Suggestion:
    """A candidate's share in their seat; a party's across the UK (or the nation or region
    the sentence names) when the sentence speaks of the country or names no seat; a party
    leader's party's when the sentence speaks of the country ("Sir Keir Starmer's Labour
    won 33.7% of the vote nationally")."""
    if POLL_FRAME.search(claim.sentence):
        return not_checkable(
            "An opinion poll's figure, not a result: Tally holds the results and the exit poll."
        )
    at = figure_at(claim)
    if SEAT_SHARE_AFTER.match(claim.sentence[at + len(claim.text) :] if at >= 0 else ""):
        return _check_seat_share(claim, figures, election)
    party = _party_wide(claim, figures, context, election)
    if party is not None:
        area = area_named(claim.sentence, figure_at(claim))
        summed = figures.national.get(election or "")
        if area and summed is not None:
            found = _area_share(claim, area_of(summed, area), party)
            if found is not None and found.verdict != v.INACCURATE:
                return found
        tally = figures.tallies.get((election, party))
        if tally is None:
            return not_checkable("No national vote share is loaded for this party.")
        return official_suggestion(
            claim,
            tally.share_exact if tally.share_exact is not None else tally.share,
            unit_label="",
            source=tally.source,
            is_percent=True,
            working=f"{tally.party_name}: {tally.votes:,} votes nationally, {tally.share}% "
            "of valid votes",
            extra="(UK-wide share.)",
        )
    candidate = subject_candidate(claim, figures, context, election)
    if candidate is None or candidate.share is None:
        return not_checkable("Cannot tell whose share of the vote this is.")
    contest = candidate.contest
    return official_suggestion(
        claim,
        candidate.share_exact,
        unit_label="",
        source=contest.source,
        is_percent=True,
        working=cite(
            f"{candidate.full_name}: {candidate.votes:,} ÷ {contest.valid:,} valid votes = "
            f"{candidate.share}%",
            *((candidate.source_row, contest.source_row) if candidate.source_row else ()),
        ),
    )


# A share of the seats, not of the vote: "63.2 per cent of them", "two thirds of the seats".
SEAT_SHARE_AFTER = re.compile(
    r"^\s*(?:per\s*cent|%)?\s+of\s+(?:the\s+|all\s+)?(?:seats|them|MPs|constituencies)\b"
)
# An opinion poll's figures ("The final polls had Labour on 39-41 per cent"), not a result
# nor the exit poll (which the extractor reads as a projection).
POLL_FRAME = re.compile(
    r"(?<!exit )\bpolls?\s+(?:had|have|has|put|puts|gave|give|gives|showed|show|shows|"
    r"suggested|suggest|found|find|predicted)\b|\b(?:final|latest|last|recent|national)\s+"
    r"polls\b|\bopinion\s+polls?\b|\bpolling\s+(?:average|lead|suggested|had)\b|"
    r"\b(?:YouGov|Opinium|Survation|Savanta|Deltapoll|Redfield|Techne|More in Common)\b",
    re.IGNORECASE,
)


def _check_seat_share(claim, figures, election) -> Suggestion:
    """A party's share of the seats: its seats ÷ the seats in the House, in percent."""
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    tally = figures.tallies.get((election, party or ""))
    if tally is None or election not in figures.elections:
        return not_checkable("A share of the seats, but no party's seat total is loaded.")
    total = figures.total_seats(election)
    share = arithmetic.exact_percent(tally.seats, total)
    return official_suggestion(
        claim, share, unit_label="", source=tally.source, is_percent=True,
        working=f"{tally.party_name}: {tally.seats} ÷ {total} seats = {v.fmt(share, places=2)}%",
        extra="(A share of the seats.)",
    )  # fmt: skip


def _party_wide(claim, figures, context, election) -> str | None:
    """The party whose UK-wide (or nation's, or region's) share a claim is, if it is one."""
    wide = is_national(claim, context) or area_named(claim.sentence) is not None
    if claim.subject_kind == SubjectKind.PARTY and (wide or context.contest is None):
        return claim.subject_key or ""
    if claim.subject_kind == SubjectKind.CANDIDATE and is_national(claim, context):
        # a leader named in the sentence ("Sir Keir Starmer's Labour won 33.7% of the vote
        # nationally"); a candidate only read into it is their seat's ("The Tories are up to
        # 42.7%, a swing much bigger than needed nationally": the winner's share there)
        if not any(
            key == claim.subject_key and by_name(claim.sentence[start:stop])
            for start, stop, _k, key, _n in claim.details.get("named") or ()
        ):
            return None  # nor one a pronoun stands for ("His share of the vote fell …")
        candidate = candidate_at(claim, figures, election)
        return candidate.party if candidate is not None else None
    return None


def _area_share(claim, area, party: str) -> Suggestion | None:
    """A party's share of the vote in a nation or region ("45% of the vote in Scotland")."""
    figures_of = area.party(party)
    if figures_of is None or figures_of.share_exact is None or not area.valid:
        return None
    name = area.area.name
    return official_suggestion(
        claim,
        arithmetic.share(figures_of.votes, area.valid, exact=True),
        unit_label="",
        source="House of Commons Library",
        is_percent=True,
        working=f"{figures_of.name}: {figures_of.votes:,} of {area.valid:,} valid votes in {name}",
        extra=f"({name} only.)",
    )


def check_vote_share_change(claim, figures, context, election) -> Suggestion:
    """A party's change in share here, in points, against every baseline loaded; in the
    nation or region the sentence names when it names no seat ("In Scotland, Labour's share
    rose by 16.7 points"); UK-wide when the sentence says so or the article names no seat."""
    area = _area_of_its_clause(claim)
    if (
        area is not None
        and claim.subject_kind == SubjectKind.PARTY
        and election in figures.national
        and not any(
            kind == SubjectKind.CONSTITUENCY
            for _s, _e, kind, _k, _n in claim.details.get("named") or ()
        )
        and not named_only_in_a_comparison(claim.sentence, area)
    ):
        there = _area_share_change(claim, figures, election, area)
        if there is not None:
            return there
    if claim.subject_kind == SubjectKind.PARTY and (
        is_national(claim, context) or context.contest is None
    ):
        return _national_share_change(claim, figures, election)
    candidate = subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose share of the vote changed.")
    if candidate.is_independent:
        return not_checkable("An independent has no party share to compare with an earlier one.")
    readings, stated, worked = [], [], []
    direction = claimed_direction(claim)

    def reading(label: str, official: Decimal) -> tuple:
        return label, official, v.compare_change(
            written=claim.text, value=claim.value, official_change=official,
            qualifier=claim.qualifier, claimed_direction=direction,
            what=f"{candidate.party_name} share",
        )  # fmt: skip

    for label, then in figures.baselines(candidate.contest):
        party = candidate.party
        before = then.party_share(party, exact=True)
        if before is None and party in RENAMED_FROM:
            party = RENAMED_FROM[party]  # Reform UK, measured from the Brexit Party's share
            before = then.party_share(party, exact=True)
        if before is None:
            continue
        change = candidate.share_exact - before
        shown_before = then.party_share(party)
        stated.append(f"{shown_before}% at {label}, {points(change)} points")
        worked.append(f"{candidate.share}% − {shown_before}% = {points(change)} points ({label})")
        for official in _changes(change, candidate.share, shown_before):
            readings.append(reading(label, official))
    if (
        not readings
        and candidate.library_change is not None
        and _placed_in_the_seat(claim, candidate, context)
    ):
        # no earlier result is loaded (2019's is 2017's): the change the Library publishes
        # for this candidate, against the previous election on the same boundaries
        label = "the previous general election"
        official = candidate.library_change
        stated.append(f"{label}: {points(official)} points, the Library's own figure")
        worked.append(f"the Library's 'Change' column: {points(official)} points")
        readings.append(reading(label, official))
    if not readings and candidate.library_change is not None:
        return not_checkable(
            f"The election before is not loaded; the Library's own change in "
            f"{candidate.party_name}'s share in {candidate.contest.name} is used only when the "
            f"words place the figure in that seat, and these may mean the party's across the "
            f"country."
        )
    if not readings:
        return not_checkable(
            f"{candidate.party_name} has no comparable result here at an earlier election."
        )
    label, change, result = _best(readings)
    matched = ""
    if len(readings) > 1 and result.verdict != v.INACCURATE:
        matched = f" Matches the change since {label}."
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {candidate.party_name} {candidate.share}% against "
            f"{'; against '.join(stated)} ({short_source(candidate.contest.source)}). "
            f"Article: {v.fmt(claim.value)} points. {result.reason}{matched}"
        ),
        official_value=v.round_to(change, Decimal("0.01")),
        official_source=candidate.contest.source,
        working="; ".join(worked),
    )


# Another baseline than the previous general election: "on the August by-election".
OTHER_BASELINE = re.compile(r"\bby-?elections?\b", re.IGNORECASE)


def _placed_in_the_seat(claim, candidate, context) -> bool:
    """Whether a change in share may be checked against the Library's own change for
    ``candidate``'s seat: the sentence does not speak of the country or of a by-election
    ("up 1.2 points nationally", "on the August by-election"), and it names the seat before
    the figure, or the seat is the one named last before the sentence, or the one the
    article is about, named in it. A person named is not enough: "Boris Johnson said the
    Conservatives' 1.2-point rise …" is the party's across the country, whose earlier
    figure is not loaded."""
    if is_national(claim, context) or OTHER_BASELINE.search(claim.sentence):
        return False
    at = figure_at(claim)
    for start, _stop, kind, key, _name in claim.details.get("named") or ():
        if kind == SubjectKind.CONSTITUENCY and key == candidate.contest.slug and start < at:
            return True  # "In Brecon and Radnorshire, the Conservative share rose …"
    if candidate.contest.key not in context.seats_named:
        return False  # a seat the article never names: a person's, inferred
    return claim.details.get("seat_before") == candidate.contest.slug or (
        context.contest is not None and context.contest.key == candidate.contest.key
    )  # a round-up's seat, named last before the sentence; the seat the article is about


def _changes(exact: Decimal, now: Decimal, then: Decimal) -> list[Decimal]:
    """A change in share, in points: the exact one, and the one taken between the shares
    as published (two places: 52.04% − 39.29% = 12.75, "12.8", where the exact change,
    12.7489, is "12.7"), which reports work from."""
    published = Decimal(now) - Decimal(then)
    return [exact] if published == exact else [exact, published]


# "the first member of the Government to lose", "the second time": an order among others,
# not a place in the count (unless the next word is "place" or a result).
ORDER_AMONG_OTHERS = re.compile(r"(?:\bthe|'s|\u2019s)\s+$", re.IGNORECASE)
PLACE_AFTER = re.compile(
    r"^(?:-placed|\s+place|\s+(?:largest|biggest)|\s+with\b|\s+on\b|[,.;)]|$)", re.IGNORECASE
)

# After a place, the seats it was taken in, more than one: "third place in five of the six",
# "second in five more", "second in 98 seats", "third in each", "second across the county",
# "second everywhere".
PLACES_IN_MANY = re.compile(
    r"^(?:\s+place)?\s+(?:(?:almost|nearly)\s+)?everywhere\b|"
    r"^(?:\s+place)?\s+(?:in|across)\s+(?:"
    r"(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a\s+dozen|several|many|most|all|each|every|both|half|(?:a|one)\s+(?:third|"
    r"quarter|fifth))\b(?!\s*(?:%|per\s*cent|pc\b|points?))|the\s+(?:county|region|country))",
    re.IGNORECASE,
)


def _national_share_change(claim, figures, election) -> Suggestion:
    """A party's UK-wide change in share since the previous election, in points."""
    party = claim.subject_key or ""
    previous = figures.elections[election].previous if election in figures.elections else None
    now = figures.tallies.get((election, party))
    then = figures.tallies.get((previous or "", party)) or figures.tallies.get(
        (previous or "", RENAMED_FROM.get(party, ""))
    )
    if now is None or then is None or now.share_exact is None or then.share_exact is None:
        return not_checkable("No UK-wide share for this party at both elections is loaded.")
    _label, change, result = _best([
        ("UK", official, v.compare_change(
            written=claim.text, value=claim.value, official_change=official,
            qualifier=claim.qualifier, claimed_direction=claimed_direction(claim),
            what=f"{now.party_name} share",
        ))
        for official in _changes(now.share_exact - then.share_exact, now.share, then.share)
    ])  # fmt: skip
    year = figures.elections[previous].date.year
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {now.party_name} {now.share}% UK-wide against {then.share}% in {year}, "
            f"{points(change)} points ({short_source(now.source)}). Article: "
            f"{v.fmt(claim.value)} points. {result.reason}"
        ),
        official_value=v.round_to(change, Decimal("0.01")),
        official_source=now.source,
        working=f"{now.share}% − {then.share}% = {points(change)} points (UK-wide)",
    )


def check_rank(claim, figures, context, election) -> Suggestion:
    """A finishing place in the count; "the first … to …" is an order among others."""
    at = figure_at(claim)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    if ORDER_AMONG_OTHERS.search(text_before(claim)) and not PLACE_AFTER.match(after):
        return not_checkable(
            "An order among others (“the first … to”, “the party's second MP”), not a place "
            "in the count."
        )
    if PLACES_IN_MANY.match(after):
        return not_checkable(
            "A place taken in several seats (“came second in five more”), not one seat's "
            "place in its count."
        )
    candidate = subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose position this is.")
    return official_suggestion(
        claim, candidate.rank, unit_label="place", source=candidate.contest.source,
        working=cite(
            f"{candidate.full_name} placed {ordinal(candidate.rank)} of "
            f"{len(candidate.contest.candidates)} by votes",
            candidate_rows(candidate.contest.candidates),
        ),
    )  # fmt: skip


# -- national figures ------------------------------------------------------------


# "gained 211 seats", "lost 251", "a net gain of 64 seats", "up 209": a change in seats.
SEAT_CHANGE_BEFORE = EndPattern(  # "a net gain of a further", "won an extra": five
    re.compile(
        r"\b(?:gain(?:ed|ing|s)?|captur(?:ed|ing|es?)|lost|lose|loses|losing|"
        r"(?:net\s+)?(?:gain|loss)\s+of|"
        r"up|down|won\s+an?\s+(?:extra|additional)|picked\s+up|shed)\s+(?:a\s+|an\s+)?"
        r"(?:net\s+|further\s+|extra\s+|additional\s+)?$",
        re.IGNORECASE,
    ),
    words=5,
)
SEAT_LOSS = re.compile(r"\b(?:lost|lose|loses|losing|loss|down|shed)\b", re.IGNORECASE)


def check_seat_change(claim, figures, context, election) -> Suggestion | None:
    """A party's seats gained or lost, if the figure is one; None when it is a plain count.

    Read against the notional baseline on the same boundaries (gross gains or
    losses, and the net change: the BBC and PA basis) and against the seats
    the party won at the previous election (the net change since then). Any
    reading that matches makes it accurate; none matching gives not_checkable
    with the readings, since the basis a writer used is not always said.
    """
    before = text_before(claim)
    if not SEAT_CHANGE_BEFORE.search(before):
        return None
    found = _seat_change(claim, figures, election, before)
    found.counted = SEATS_CHANGED
    return found


def _seat_change(claim, figures, election, before: str) -> Suggestion:
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    summed = figures.national.get(election or "")
    if party is None or summed is None:
        return not_checkable("A change in seats, but no party's national change is loaded.")
    losing = bool(SEAT_LOSS.search(before[-30:]))
    # (label, official value, whether it is a signed net change rather than a gross count)
    readings: list[tuple[str, int, bool]] = []
    changes = summed.uk.changes
    change = changes.party(party) if changes else None
    if change is not None:
        gross = change.losses if losing else change.gains
        kind = "losses" if losing else "gains"
        readings.append((f"{kind} against the {changes.baseline}", gross, False))
        readings.append((f"net change against the {changes.baseline}", change.net, True))
    previous = figures.elections[election].previous
    now, then = summed.uk.party(party), figures.national.get(previous or "")
    then_party = then.uk.party(party) if then else None
    if now is not None and then_party is not None:
        label = f"net change since the {figures.elections[previous].name}"
        readings.append((label, now.seats - then_party.seats, True))
    if not readings:
        return not_checkable("No earlier result is loaded to measure this change in seats from.")
    direction = -1 if losing else 1
    results = [
        (label, value, v.compare_change(
            written=claim.text, value=claim.value, official_change=value,
            qualifier=claim.qualifier, claimed_direction=direction, what="seat count",
        ) if net else v.compare(
            written=claim.text, value=claim.value, official=value, qualifier=claim.qualifier,
        ))
        for label, value, net in readings
    ]  # fmt: skip
    label, value, result = _best(results)
    listed = "; ".join(
        f"{label}: {f'{value:+}' if net else value}" for label, value, net in readings
    )
    name = figures.parties.get(party, party)
    source = summed.uk.area.name
    if result.verdict == v.INACCURATE:
        # A net change of the size written, in the other direction: rule 5.
        reversed_net = next(
            (
                (value, r)
                for (_, value, net), (_, _, r) in zip(readings, results, strict=True)
                if net
                and r.reason.startswith("Wrong direction")
                and v.compare(written=claim.text, value=claim.value, official=abs(value),
                              qualifier=claim.qualifier).verdict != v.INACCURATE
            ),
            None,
        )  # fmt: skip
        if reversed_net is not None:
            value, wrong_way = reversed_net
            return Suggestion(
                verdict=v.INACCURATE,
                explanation=f"Official: {name} {listed}. Article: {v.fmt(claim.value)} "
                f"{'lost' if losing else 'gained'}. {wrong_way.reason}",
                official_value=Decimal(abs(value)),
                official_source="House of Commons Library",
                working=listed,
            )
        return not_checkable(
            f"Seats changed for {name} ({listed}); the article's {v.fmt(claim.value)} matches "
            "none of these, and it does not say which basis it used."
        )
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {name} {listed} (House of Commons Library; {source}). "
            f"Article: {v.fmt(claim.value)}. {result.reason} Matches the {label}."
        ),
        official_value=Decimal(abs(value)),
        official_source="House of Commons Library",
        working=listed,
    )


# A count of seats in words, pattern text: "one" to "twelve", the teens, "twenty-six".
COUNT_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"(?:-[a-z]+)?)"
)
# "took 411 of the 650 seats", "ten Tory MPs out of 29": the figure after "of the" or "out
# of" is the whole House's (or the area's) seats.
# "Across all 650 seats", "in every one of the 650": the House's seats.
ALL_THE_SEATS_BEFORE = re.compile(
    r"\b(?:across|in|of)[ \u00a0]+(?:all|every[ \u00a0]+one[ \u00a0]+of)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
OF_ALL_SEATS = EndPattern(  # "all of the Democratic Unionist Party leader's": seven;
    # "38 of the West Midlands' 57 seats"
    re.compile(
        rf"\b(?:(?:\d[\d,]*|{COUNT_WORDS}|all|most|half|none)\s+of|out\s+of)\s+"
        r"(?:the\s+|all\s+|its\s+|their\s+|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
        r"(?:['\u2019]s|(?<=s)['\u2019])\s+)?$",
        re.IGNORECASE,
    ),
    words=7,
    needs=frozenset(["of"]),
)


# "took 60 seats from the Conservatives": seats that changed hands from a party.
SEATS_FROM_AFTER = re.compile(
    r"^\s+(?:seats?\s+|constituencies\s+)?(?:off|from)\s+(?:the\s+)?(?:[A-Z]|"
    r"(?:nationalists|unionists|tories|incumbents?|sitting|rivals?|other\s+parties|"
    r"opposition|government)\b)"
)


# Seats a party stood in, not won: "stood in 609 seats", "fielded candidates in almost
# 630", "Of the 611 seats it contested".
_STOOD_IN_BEFORE = re.compile(
    r"\b(?:contest(?:ed|ing|s)?|fought|fight(?:ing|s)?|"
    r"(?:st(?:ood|ands?|anding)|field(?:ed|ing|s)?|r[au]n(?:ning|s)?)[ \u00a0]+"
    r"(?:candidates[ \u00a0]+)?in)"
    r"(?:[ \u00a0]+(?:a|an|the|all|every|only|just|nearly|almost|about|over|some))*[ \u00a0]*$",
    re.IGNORECASE,
)
# Names between "seats" and "contested" keep their capitals: case matters here.
_STOOD_IN_AFTER = re.compile(
    r"[ \u00a0]+(?:seats?|constituencies)[ \u00a0]+(?:(?:it|they|he|she|the[ \u00a0]+\w+"
    r"(?:[ \u00a0]+[A-Z]\w*)?|[A-Z]\w*(?:[ \u00a0]+[A-Z]\w*)?)[ \u00a0]+)?"
    r"(?:had[ \u00a0]+)?(?:contested|fought|stood[ \u00a0]+in|"
    r"fielded[ \u00a0]+candidates[ \u00a0]+in)\b"
)
# Just before a count of seats won: "won nine seats they contested" is seats won.
_WON_BEFORE = re.compile(r"\b(?:won|wins?|held|holds?|took|takes|gained|captured)[ \u00a0]+$")


def seats_stood_in(claim: Claimed) -> bool:
    """Whether a count of seats is of those a party stood in, not won: "stood in 609
    seats", "Of the 611 seats it contested"."""
    at = figure_at(claim)
    if at < 0:
        return False
    if _STOOD_IN_BEFORE.search(claim.sentence, max(0, at - 40), at):
        return True
    return _STOOD_IN_AFTER.match(
        claim.sentence, at + len(claim.text)
    ) is not None and not _WON_BEFORE.search(claim.sentence, max(0, at - 12), at)


# A verb of winning or holding seats before a count: someone's seats, not an area's all.
WON_BEFORE = re.compile(
    r"\b(?:holds?|held|holding|won|wins|winning|took|takes|taking|kept|keeps|gained|gains|"
    r"secured|claimed|captured)\b[^.;:]*$",
    re.IGNORECASE,
)


def _check_area_seats(claim, figures, election, area) -> Suggestion:
    """A party's seats in a nation or region ("37 of the 57 seats in Scotland"), or the
    area's seats when the figure follows "of the" or is no party's; not checkable when it is
    no party's but the words say it was won or held (whose, they do not say)."""
    name = area.area.name
    before = text_before(claim)
    if OF_ALL_SEATS.search(before) or claim.subject_kind != SubjectKind.PARTY:
        if not OF_ALL_SEATS.search(before) and WON_BEFORE.search(before[-70:]):
            # "It now holds 24 seats in the South East, 22 in the South West": someone's
            return not_checkable("Whose seats these are, the words do not say.")
        total = area.seats_total or area.seats_declared
        return official_suggestion(
            claim, total, unit_label=f"seats in {name}", source="House of Commons Library",
            working=f"{name}: {total} constituencies",
        )  # fmt: skip
    party = area.party(claim.subject_key or "")
    if party is None:
        return not_checkable(f"No {name} figures are summed for this party.")
    return official_suggestion(
        claim, party.seats, unit_label=f"seats in {name}", source="House of Commons Library",
        working=f"{party.name}: {party.seats} of {area.seats_declared} seats in {name}",
        extra=f"({name} only.)",
    )  # fmt: skip


def check_in_area(claim, figures, election: str | None, name: str) -> Suggestion | None:
    """A party's seat count or share of the vote, or a turnout, checked in the nation or
    English region ``name`` (``results.national.Area.name``, as ``areas.area_named`` gives
    it), for a figure whose paragraph or heading names the area and whose sentence does not
    ("SOUTH EAST / Labour won 36 seats, the Conservatives 30 and the Liberal Democrats 24").
    None for another kind of figure, a seat count or share not a party's, or when no
    figures are summed for the area at ``election``."""
    summed = figures.national.get(election or "")
    if summed is None:
        return None
    area = area_of(summed, name)
    if area is summed.uk:
        return None
    if claim.claim_type == ClaimType.TURNOUT:
        return _area_turnout(claim, figures, area)
    if claim.subject_kind != SubjectKind.PARTY:
        return None
    if claim.claim_type == ClaimType.SEAT_COUNT and not claim.details.get("is_majority"):
        return _check_area_seats(claim, figures, election, area)
    if claim.claim_type == ClaimType.VOTE_SHARE:
        return _area_share(claim, area, claim.subject_key or "")
    if claim.claim_type == ClaimType.VOTE_SHARE_CHANGE:
        return _area_share_change(claim, figures, election or "", name)
    return None


# Before an area a figure is placed in: "In the North West, …", "across Scotland".
_PLACED_IN_AREA = re.compile(
    r"\b(?:in|across|throughout|around|for)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE
)


# A party's own superlative across an area: "its biggest rise in England".
_ITS_BEST_IN = re.compile(
    r"\b(?:its|their|his|her)[ \u00a0]+(?:[a-z]+est|best|worst|most|least)\b[^.;]{0,40}?"
    r"\b(?:in|across)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'\u2019 -]+"
)


def _clause_around(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause holding offset ``at`` of ``sentence`` opens and ends (between
    ``context.CLAUSE_BREAKS``: a semicolon, a spaced dash, "but", "while", ", and" …)."""
    starts = [m.end() for m in CLAUSE_BREAKS.finditer(sentence, 0, at)]
    end = CLAUSE_BREAKS.search(sentence, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(sentence))


def _area_of_its_clause(claim: Claimed) -> str | None:
    """The nation or region the figure's clause places it in ("In the North West, Labour's
    share fell 2.5 points, the only English region where it fell apart from London": the
    North West), nearest the figure; None when its clause places it in none, or a word for
    the whole country stands nearer the figure than that area ("… rose 1.6 points UK-wide,
    but in Scotland it rose 16.7": 1.6 is the UK's)."""
    at = figure_at(claim)
    if at < 0:
        return None
    sentence = claim.sentence
    opens, stop = _clause_around(sentence, at)
    area = _area_placing(sentence, at, opens, stop)
    if area is None:
        return None
    end = at + len(claim.text)

    def distance(pos: int) -> int:
        return at - pos if pos < at else max(pos - end, 0)

    clause = sentence[opens:stop]
    areas = [distance(opens + pos) for pos in area_positions(clause, area)]
    wide = [distance(opens + m.start()) for m in NATIONAL_CUES.finditer(clause)]
    # the nearer of the two: "Labour's share in England rose by 0.5 points, compared with
    # 1.6 points across the UK" (0.5 England's, 1.6 the UK's)
    return area if areas and (not wide or min(areas) < min(wide)) else None


def _area_placing(sentence: str, at: int, opens: int, stop: int) -> str | None:
    """Of the areas named in ``sentence[opens:stop]`` (the clause of the figure at ``at``),
    and not in a comparison across one, the nearest the figure that words of place lead
    ("In the North West", "across Scotland"), else the nearest; None when none is named."""
    compared = [m.span() for m in COMPARED_IN_AREA.finditer(sentence)] + [
        m.span() for m in _ITS_BEST_IN.finditer(sentence)
    ]
    named = [
        (opens + pos, name)
        for pos, name in areas_named(sentence[opens:stop])
        if not any(a <= opens + pos < b for a, b in compared)  # not "its biggest rise in England"
    ]
    placed = [
        (abs(pos - at), name)
        for pos, name in named
        if _PLACED_IN_AREA.search(sentence, max(0, pos - 16), pos)
    ]
    if placed:
        return min(placed)[1]
    return min((abs(pos - at), name) for pos, name in named)[1] if named else None


def _area_share_change(claim, figures, election: str, name: str) -> Suggestion | None:
    """A party's change in share across a nation or English region ``name``, in points,
    against each earlier result summed there (the notional one on the new boundaries, the
    election before); None when the party has no share there at ``election`` or at any."""
    party = claim.subject_key or ""
    held = figures.elections.get(election)
    here = area_of(figures.national[election], name)
    now = here.party(party)
    if held is None or now is None or now.share is None or not here.valid:
        return None
    now_exact = arithmetic.share(now.votes, here.valid, exact=True)
    readings, stated = [], []
    for base in (held.notional_baseline, held.previous):
        summed = figures.national.get(base or "")
        if summed is None:
            continue
        there = area_of(summed, name)
        then = there.party(party) or there.party(RENAMED_FROM.get(party, ""))
        if then is None or then.share is None or not there.valid:
            continue
        label = (
            f"the notional {figures.elections[held.previous].date.year} result"
            if base == held.notional_baseline and held.previous in figures.elections
            else str(figures.elections[base].date.year)
            if base in figures.elections
            else base
        )
        change = now_exact - arithmetic.share(then.votes, there.valid, exact=True)
        if any(official == change for _l, official, _r in readings):
            continue  # the same result twice (Northern Ireland's boundaries did not change)
        stated.append(f"{then.share}% at {label}, {points(change)} points")
        for official in _changes(change, now.share, then.share):
            readings.append((label, official, v.compare_change(
                written=claim.text, value=claim.value, official_change=official,
                qualifier=claim.qualifier, claimed_direction=claimed_direction(claim),
                what=f"{now.name} share in {name}",
            )))  # fmt: skip
    if not readings:
        return None
    label, change, result = _best(readings)
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {now.name} {now.share}% in {name} against {'; against '.join(stated)} "
            f"(House of Commons Library). Article: {v.fmt(claim.value)} points. {result.reason}"
        ),
        official_value=v.round_to(change, Decimal("0.01")),
        official_source="House of Commons Library",
        working=f"{now.name} share in {name}: {now.share}%, against {label}",
    )


# Before an area where some of the seats counted are: "most of them in the North East".
_WHERE_SOME_ARE = re.compile(
    r"\b(?:of[ \u00a0]+them|mostly|mainly|largely|chiefly|including)\b[^,;.]{0,30}$"
)


def check_seats(claim, figures, context, election) -> Suggestion:
    if claim.qualifier == Qualifier.PROJECTION or claim.claim_type == ClaimType.SEAT_PROJECTION:
        return _check_projection(claim, figures, context, election)
    seat_change = check_seat_change(claim, figures, context, election)
    if seat_change is not None:
        return seat_change
    places = check_places(claim, figures, context, election)
    if places is not None:
        return places
    at = figure_at(claim)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    if SEATS_FROM_AFTER.match(after):
        return not_checkable(
            "Seats won from another party: Tally does not hold which party each seat was "
            "taken from."
        )
    if claim.subject_kind == SubjectKind.PARTY and seats_stood_in(claim):
        # "Of the 611 seats it contested", "Reform UK stood in 609 seats": its candidates
        return check_candidate_count(claim, figures, context, election)
    area = area_named(claim.sentence, at)
    if (
        area
        and area_placed_after(claim.sentence, at) is None
        and all(
            p > at and _WHERE_SOME_ARE.search(claim.sentence, max(0, p - 40), p)
            for p in area_positions(claim.sentence, area)
        )
    ):
        area = None  # "held six seats, …, most of them in the Borders and the North East"
    summed = figures.national.get(election or "")
    if area and summed is not None and not claim.details.get("is_majority"):
        found = _check_area_seats(claim, figures, election, area_of(summed, area))
        if found.verdict != v.INACCURATE:
            return found
        # "won only 11 seats, and the SNP won 48 of Scotland's 59": the sentence names an
        # area, but this figure may be the UK's
        uk_wide = _check_uk_seats(claim, figures, context, election)
        return uk_wide if uk_wide.verdict in (v.ACCURATE, v.APPROXIMATELY_ACCURATE) else found
    return _check_uk_seats(claim, figures, context, election)


# After a count of seats that are a party's own: "(across all the 411) seats it won".
ITS_OWN_SEATS_AFTER = re.compile(
    r"(?:[ \u00a0]+seats?)?[ \u00a0]+(?:it|they|the[ \u00a0]+party)[ \u00a0]+"
    r"(?:won|held|kept|took|gained|holds|has)\b",
    re.IGNORECASE,
)
# How a count of all the House's seats is labelled ("411 of the 650 seats": 650 seats in
# the House), which the published summary says so too.
HOUSE_SEATS = "seats in the House"


def _check_uk_seats(claim, figures, context, election) -> Suggestion:
    """A party's seats (or the Commons majority, or the House's seats) across the UK."""
    before = text_before(claim)
    if (
        (OF_ALL_SEATS.search(before) or ALL_THE_SEATS_BEFORE.search(before[-30:]))
        and election in figures.elections
        and not ITS_OWN_SEATS_AFTER.match(claim.sentence, len(before) + len(claim.text))
    ):  # (not "across all the 411 seats it won": the party's)
        total = figures.total_seats(election)  # "411 of the 650 seats": the whole House
        return official_suggestion(
            claim, total, unit_label=HOUSE_SEATS, source="House of Commons Library",
            working=f"{total} constituencies at the {figures.elections[election].name}",
        )  # fmt: skip
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    tally = figures.tallies.get((election, party or ""))
    if (
        tally is None
        and party is None
        and claim.details.get("is_majority")
        and not EARLIER_WORDS.search(claim.sentence)  # "defending a Commons majority of 80"
    ):
        # "Boris Johnson has won …, securing a Commons majority of 80": no party named, and
        # only the largest party can hold one
        tally = max(
            (t for (e, _), t in figures.tallies.items() if e == election),
            key=lambda t: t.seats,
            default=None,
        )
    if tally is None:
        return not_checkable("No national seat total is loaded for this party.")
    total = figures.total_seats(election)
    if claim.details.get("is_majority"):
        if 2 * tally.seats <= total:
            # a Commons majority is the largest party's ("a Commons majority of 80" in a
            # sentence that names the SNP too)
            largest = max(
                (t for (e, _), t in figures.tallies.items() if e == election),
                key=lambda t: t.seats,
            )
            tally = largest
        majority = 2 * tally.seats - total
        found = official_suggestion(
            claim, majority, unit_label="seat majority", source=tally.source,
            working=f"{tally.seats} seats − {total - tally.seats} for all others = {majority}",
        )  # fmt: skip
        if found.verdict == v.INACCURATE and tally.seats_with_speaker is not None:
            # rule 5: counting the Speaker with his former party (174 for Labour in 2024)
            seats = tally.seats_with_speaker
            counting = official_suggestion(
                claim, 2 * seats - total, unit_label="seat majority", source=tally.source,
                working=f"{seats} seats, the Speaker counted − {total - seats} for all others "
                f"= {2 * seats - total}",
                extra=f"(Counting the Speaker, elected as a {tally.party_name} MP, with his "
                "former party.)",
            )  # fmt: skip
            if counting.verdict != v.INACCURATE:
                return counting
        return found
    if tally.seats_with_speaker is not None:
        # The Speaker's former party: 411 with the Speaker apart, 412 counting him.
        apart = official_suggestion(
            claim, tally.seats, unit_label="seats", source=tally.source,
            extra="(The Speaker is counted apart from his party.)",
            working=f"{tally.party_name}: {tally.seats} seats won, the Speaker counted apart",
        )  # fmt: skip
        if apart.verdict != v.INACCURATE:
            return apart
        counting = official_suggestion(
            claim, tally.seats_with_speaker, unit_label="seats", source=tally.source,
            extra=f"(Counting the Speaker, elected as a {tally.party_name} MP, with his "
            "former party; the Library counts him apart.)",
            working=f"{tally.party_name}: {tally.seats} seats won + the Speaker = "
            f"{tally.seats_with_speaker}",
        )  # fmt: skip
        return counting if counting.verdict != v.INACCURATE else apart
    return official_suggestion(
        claim, tally.seats, unit_label="seats", source=tally.source,
        working=f"{tally.party_name}: {tally.seats} seats won",
    )  # fmt: skip


def _check_projection(claim, figures, context, election) -> Suggestion:
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    projections = figures.projections.get(election or "", [])
    if not projections:
        return not_checkable("No projection is loaded to check this forecast against.")
    total = figures.total_seats(election)
    majority = bool(claim.details.get("is_majority"))
    if majority and party is None:
        # "a 170-seat majority" in an exit-poll sentence: the leading party's.
        leader = max(projections, key=lambda p: p.seats)
        party = leader.party
    projection = next((p for p in projections if p.party == party), None)
    if projection is None:
        return not_checkable("The projection gives no figure for this party.")
    projected = 2 * projection.seats - total if majority else projection.seats
    tally = figures.tallies.get((election, party or ""))
    final = ""
    if tally is not None:
        result_value = 2 * tally.seats - total if majority else tally.seats
        final = (
            f"Final result: {result_value} {'seat majority' if majority else 'seats'} "
            f"({short_source(tally.source)})."
        )
    result = v.compare(
        written=claim.text, value=claim.value, official=projected, qualifier=Qualifier.EXACT
    )
    what = f"{projection.label} {'majority of ' if majority else ''}{projected}" + (
        "" if majority else " seats"
    )
    reason = "Matches the projection." if result.verdict == v.ACCURATE else result.reason
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Projection: {what} ({projection.source}, "
            f"{projection.published}). Article: {v.fmt(claim.value)}. "
            f"{reason} {final}"
        ).strip(),
        official_value=Decimal(projected),
        official_source=projection.source,
        working=(
            f"{projection.seats} − {total - projection.seats} = {projected}" if majority else ""
        ),
    )


# -- reference facts --------------------------------------------------------------


def check_age(claim, figures, context, election) -> Suggestion:
    person = person_named(claim, figures, context, election)
    fact = figures.fact(FactKind.BORN_ON, person)
    if fact is None or context.day is None:
        return not_checkable(f"No date of birth is on file for {person or 'this person'}.")
    age = fact.age_on(context.day)
    return official_suggestion(
        claim, age, unit_label="years old", source=fact.source,
        working=f"born {fact.date:%-d %B %Y}; on {context.day:%-d %B %Y} aged {age}",
    )  # fmt: skip


def check_term_count(claim, figures, context, election) -> Suggestion:
    """Elections won since a first election; a length of service in years is not checked."""
    if claim.details.get("measure") in ("years", "months", "days"):
        return not_checkable(
            "A length of service: Tally holds the elections a member won, not their dates "
            "of service."
        )
    person = person_named(claim, figures, context, election)
    fact = figures.fact(FactKind.FIRST_ELECTED, person)
    date = figures.elections[election].date if election else None
    if fact is None or date is None or not fact.continuous:
        return not_checkable(f"No unbroken record of elections won is on file for {person}.")
    terms = fact.terms_won_by(date, figures.polling_days())
    return official_suggestion(
        claim, terms, unit_label="elections won", source=fact.source,
        working=f"first elected {fact.value}; general elections won to {date.year}: {terms}",
    )  # fmt: skip


# "Speaker since 2019", "leader since 2016": a year in an office other than member.
OTHER_OFFICE_BEFORE = EndPattern(  # "Speaker since"
    re.compile(
        r"\b(?:Speaker|leader|minister|secretary|chancellor|chair(?:man|woman)?|whip|mayor|"
        r"councillor|MEP|peer|deputy)\s+(?:since|in|from)\s+$",
        re.IGNORECASE,
    ),
    words=2,
)


def check_year(claim, figures, context, election) -> Suggestion:
    """A year is checkable when it states a first election or how long a seat was held.

    Every fact the words may mean is tried: the first election of the person the claim is
    about (or of a candidate its sentence names) after "elected / represented / MP …
    since / in", and the year the seat has been held since after "since". One that
    matches makes it accurate; when two apply and neither matches, which one the writer
    meant is unclear, so it is not checkable."""
    before = text_before(claim)
    seat = claim.subject if claim.subject_kind == "constituency" else None
    if seat is None:
        named_seat = next(
            (n for _s, _e, k, _key, n in claim.details.get("named") or () if k == "constituency"),
            None,
        )
        if named_seat is not None:
            seat = named_seat
        elif context.contest is not None:
            named = context.contest.name.casefold() in claim.sentence.casefold()
            seat = context.contest.name if named or "seat" in claim.sentence.casefold() else None
    ends = _ends_with(before)
    if ends(_OTHER_OFFICE_ENDS) and OTHER_OFFICE_BEFORE.search(before):
        return not_checkable(
            "A year in another office (Speaker, leader, minister…): Tally holds when members "
            "were first elected and seats' histories, not other offices."
        )
    facts = []
    if ends(_FIRST_ELECTED_ENDS) and FIRST_ELECTED_BEFORE.search(before):
        people = []
        if claim.subject_kind == SubjectKind.CANDIDATE:
            people.append(person_named(claim, figures, context, election))
        people += [n for _s, _e, k, _key, n in claim.details.get("named") or () if k == "candidate"]
        for person in dict.fromkeys(p for p in people if p):
            fact = figures.fact(FactKind.FIRST_ELECTED, person)
            if fact is not None:
                facts.append(fact)
    if seat and ends(_HELD_SINCE_ENDS) and _HELD_SINCE_AT_END.search(before):
        fact = figures.fact(FactKind.HELD_SINCE, seat)
        if fact is not None:
            facts.append(fact)
    if not facts:
        return not_checkable("No reference fact on file speaks to this year.")
    found = [_year_fact(claim, figures, fact) for fact in facts]
    matching = [f for f in found if f.verdict != v.INACCURATE]
    if matching:
        return matching[0]
    if len(found) > 1:
        listed = "; ".join(f.working for f in found)
        return not_checkable(f"Unclear which fact this year states ({listed}); it matches none.")
    return found[0]


# ``HELD_SINCE_BEFORE`` at the end of the text: "since", "since a".
_HELD_SINCE_AT_END = EndPattern(HELD_SINCE_BEFORE, words=2)
# The last word before the whitespace each of those patterns ends with ("in 1983": the
# words before a year end "in ", "since a ", "Speaker since "): a text ending otherwise
# cannot match, and is not searched.
_OTHER_OFFICE_ENDS = ("since", "in", "from")
_FIRST_ELECTED_ENDS = ("since", "in", "a", "the")
_HELD_SINCE_ENDS = ("since", "a", "the")


def _ends_with(before: str) -> Callable[[tuple[str, ...]], bool]:
    """A test of whether ``before`` may end with one of some words (lower case, ASCII) and
    then whitespace, as the patterns above require: False when it surely does not; True
    when it does, or when its last characters are not ASCII (the patterns ignore case
    beyond ASCII too)."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return lambda words: False  # no whitespace at the end
    tail = stripped[-6:]
    if not tail.isascii():
        return lambda words: True
    tail = tail.lower()
    return tail.endswith


def _year_fact(claim, figures, fact) -> Suggestion:
    what = {
        FactKind.HELD_SINCE: f"{fact.subject} held by "
        f"{figures.parties.get(fact.party, fact.party)} since {fact.year}",
        FactKind.FIRST_ELECTED: f"{fact.subject} first elected {fact.year}",
    }[fact.kind]
    return official_suggestion(
        claim, fact.year, unit_label="", source=fact.source, working=what,
        extra=f"({what}.)",
    )  # fmt: skip


PLACES = {"runner-up": 2, "runners-up": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "runner-up in 98 constituencies", "came second in 98 seats", "second in 98 seats".
PLACE_IN_SEATS = EndPattern(  # "second place in more than"
    re.compile(
        r"\b(runners?-up|second|third|fourth|fifth)(?:\s+place)?\s+in\s+(?:some\s+|around\s+"
        r"|about\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
        re.IGNORECASE,
    ),
    words=5,
)
CLAUSE_ENDS = re.compile(r"^\s*(?:[,.;:)]|$|\s(?:and|while|but)\b)")
SEATS_AFTER = re.compile(r"^\s+(?:seats|constituencies)\b", re.IGNORECASE)


def check_places(claim, figures, context, election) -> Suggestion | None:
    """Seats where a party finished second, third…, in the nation or region the sentence
    names nearest the figure ("second in 28 seats in the North West"; the UK's when that
    matches and the area's does not), else UK-wide; None when the figure is not one."""
    at = figure_at(claim)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    found = PLACE_IN_SEATS.search(text_before(claim))
    if found is None or not (SEATS_AFTER.match(after) or CLAUSE_ENDS.match(after)):
        return None
    place = PLACES[found.group(1).lower()]
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    summed = figures.national.get(election or "")
    figures_of = summed.uk.party(party) if summed and party else None
    if figures_of is None:
        return not_checkable("Finishing places by seat are summed per party; no party matched.")
    name = area_named(claim.sentence, at if at >= 0 else None)
    area = area_of(summed, name)
    found = [_places_in(claim, there, party, place) for there in dict.fromkeys((area, summed.uk))]
    framing = name is None or any(
        p > at or p <= _OPENING for p in area_positions(claim.sentence, name)
    )  # "second in 28 seats in the North West", "In Wales, it was second in 13 seats"
    if framing:
        return next((f for f in found if f.verdict != v.INACCURATE), found[0])
    if found[-1].verdict != v.INACCURATE:
        return found[-1]  # the UK's
    # "Reform UK, strongest in the North East, finished second in 18 seats": the North
    # East's or the UK's, the words do not say
    the = "" if name in ("England", "Scotland", "Wales", "Northern Ireland") else "the "
    return not_checkable(
        f"Unclear which figure this is: the sentence names {the}{name}, and the count may be "
        f"{the}{name}'s ({found[0].official_value}) or the UK's ({found[-1].official_value})."
    )


# How far into a sentence an area may be named and still frame all of it ("In Wales, …").
_OPENING = 12


def _places_in(claim, there, party: str, place: int) -> Suggestion:
    """``claim`` checked as the seats of area ``there`` (``AreaFigures``) where ``party``
    finished in ``place``."""
    figures_of = there.party(party)
    count = figures_of.place(place) if figures_of is not None else 0
    name = figures_of.name if figures_of is not None else party
    where = "" if there.area.kind == "uk" else f" in {there.area.name}"
    found = official_suggestion(
        claim, count, unit_label=f"seats{where} where {name} finished {ordinal(place)}",
        source="House of Commons Library", working=f"{name}: finished "
        f"{ordinal(place)} in {count} of {there.seats_declared} seats{where}",
    )  # fmt: skip
    found.counted = SEATS_PLACED
    return found


NO_FIGURE_APPLIES = "No official figure applies to this kind of figure."


def check_other(claim, figures, context, election) -> Suggestion:
    """Most other figures have no official counterpart; a count of finishing places and a
    count of a seat's candidates have one."""
    places = check_places(claim, figures, context, election)
    if places is not None:
        return places
    measure = (claim.details.get("measure") or "").lower()
    if measure in ("candidates", "candidate"):
        return check_candidate_count(claim, figures, context, election)
    ratio = check_vote_ratio(claim, figures, context, election)
    if ratio is not None:
        return ratio
    return not_checkable(NO_FIGURE_APPLIES)


# After a fraction or multiple: whose votes it is of ("almost half the total won by the late
# Labour MP Tony Lloyd in 2019", "twice as many votes as Labour's Heather Iqbal").
RATIO_AFTER = re.compile(
    r"^\s+(?:((?:of\s+)?the\s+(?:total|votes?|tally))|as\s+many(?:\s+votes)?|(?:of\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*['\u2019]s\s+(?:total|votes?|tally))\b"
)
# After "the total" or "the votes": whose they are ("won by the late Labour MP Tony Lloyd",
# "of Labour's Heather Iqbal"); without it the total is everyone's, and the fraction a share.
WHOSE_TOTAL = re.compile(
    r"\s+(?:(?:won|polled|taken|gained|secured|received|got|cast)\s+(?:for|by)|for|of)\s+"
)


def check_vote_ratio(claim, figures, context, election) -> Suggestion | None:
    """A candidate's votes as a fraction or multiple of another's ("won 13,000 votes, almost
    half the total won by Tony Lloyd in 2019"), or None when the figure is not one.

    The first is the claim's subject at the article's election; the other, the first
    candidate (or party's candidate) the sentence names after the figure, at the election
    the sentence gives it, else the article's. Compared as a share in percent (rule 7)."""
    at = figure_at(claim)
    after = RATIO_AFTER.match(claim.sentence[at + len(claim.text) :]) if at >= 0 else None
    if after is None:
        return None
    if after.group(1) and not WHOSE_TOTAL.match(claim.sentence, at + len(claim.text) + after.end()):
        return None  # "just under half the total": a share of all the votes, no one's tally
    now = context.election or election
    if now not in figures.elections or (election and election not in figures.elections):
        return None
    mine = (
        candidate_at(claim, figures, now) if claim.subject_kind == SubjectKind.CANDIDATE else None
    )
    if mine is None:
        return None
    then = election if election and election != now else now
    end = at + len(claim.text)
    other = None
    for start, _stop, kind, key, _name in claim.details.get("named") or ():
        if start < end:
            continue
        if kind == SubjectKind.CANDIDATE and key in figures.candidates:
            found = figures.candidates[key]
            other = (
                found
                if found.contest.election == then
                else figures.person_in(found.full_name, then)
            )
        elif kind == SubjectKind.PARTY:
            seat = figures.contest(then, mine.contest.slug) or (
                figures.previous_contest(mine.contest) if then != now else mine.contest
            )
            other = seat.candidate_for_party(key) if seat is not None else None
        if other is not None:
            break
    if other is None or not other.votes or other.key == mine.key:
        return None
    ratio = arithmetic.exact_percent(mine.votes, other.votes)
    years = (figures.elections[now].date.year, figures.elections[then].date.year)
    return official_suggestion(
        claim, ratio, unit_label="", source=mine.contest.source, is_percent=True,
        working=f"{mine.full_name} {mine.votes:,} ({years[0]}) ÷ {other.full_name} "
        f"{other.votes:,} ({years[1]}) = {v.fmt(ratio, places=1)}%",
        extra="(One candidate's votes as a share of the other's.)",
    )  # fmt: skip


def check_candidate_count(claim, figures, context, election) -> Suggestion:
    """ "The seven candidates in Boston and Skegness": the candidates on the seat's ballot;
    "424 candidates across Scotland's seats", "a record 4,515 candidates stood", "Reform UK
    fielded 609 candidates": those of the nation or region the sentence names, or of the
    UK, when it names one, speaks of the country, names the party whose candidates they
    are, or the count is more than any seat's ballot holds (``MOST_ON_A_BALLOT``). When it
    names an area or a party, or neither speaks of the country nor is of the UK's count's
    size ("26 candidates stood across the four seats"), and neither the area's count nor
    the UK's matches, which is meant is unclear: not checkable. Great Britain's
    ("Across Britain, 4,379 candidates") is the UK's less Northern Ireland's."""
    summed = figures.national.get(election or "")
    at = figure_at(claim)
    some = SOME_SEATS.search(claim.sentence)
    seat_before_it = any(
        kind == SubjectKind.CONSTITUENCY and start < at
        for start, _e, kind, _k, _n in claim.details.get("named") or ()
    )  # "Clacton had eight candidates, the most among the four Essex seats": Clacton's
    if (
        some
        and some.group(1) != "650"
        and not some.start(1) <= at < some.end(1)
        and not seat_before_it
    ):
        # (not "stood in 275 seats", its count of candidates, the seats it stood in)
        return not_checkable(
            "A count of candidates across some seats (“across the six seats”), not the "
            "country's, a region's or one seat's."
        )
    of_a_kind = KIND_OF_CANDIDATES.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if of_a_kind and not any(
        kind == SubjectKind.PARTY and of_a_kind.start(1) <= start < of_a_kind.end(1)
        for start, _e, kind, _k, _n in claim.details.get("named") or ()
    ):
        return not_checkable(
            "A count of candidates of a kind (“four Gaza candidates”), not a seat's ballot, a "
            "party's or the country's."
        )
    area = area_named(claim.sentence, at)
    party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    a_ballot = (
        not party
        and area is None
        and v.as_decimal(claim.value) <= MOST_ON_A_BALLOT
        and any(
            kind == SubjectKind.CONSTITUENCY
            for _s, _e, kind, _k, _n in claim.details.get("named") or ()
        )
    )  # "Voters in Richmond and Northallerton faced the longest ballot paper in the country,
    # with 13 candidates": that seat's, whatever the sentence compares it with
    if (
        summed is not None
        and not a_ballot
        and (
            area is not None
            or party
            or is_national(claim, context)
            or v.as_decimal(claim.value) > MOST_ON_A_BALLOT
        )
    ):
        if area is None and GREAT_BRITAIN.search(claim.sentence):
            return _candidates_in_britain(claim, summed, party)
        areas = [area_of(summed, area)]
        if areas[0] is not summed.uk:
            areas.append(summed.uk)
        found = [f for f in (_candidates_in(claim, there, party) for there in areas) if f]
        matching = [f for f in found if f.verdict != v.INACCURATE]
        if matching:
            return matching[0]
        uk_sized = bool(found) and _near(claim.value, found[-1].official_value)
        if party or area is not None or not (is_national(claim, context) or uk_sized):
            # a party's candidates may be counted for Great Britain, or England and Wales
            # (the Library's "Green" holds three parties); an area's may be the UK's; "26
            # candidates stood across the four seats" is neither
            return not_checkable(
                "A count of candidates that is neither the UK's nor that of the area or "
                "party named, as the Library counts them."
            )
        return found[0]
    if is_national(claim, context) and not a_ballot:
        return not_checkable("A count of candidates across the country is not summed.")
    if FIELDED.search(claim.sentence):
        # "It fielded only three candidates under its own name": a party's candidates,
        # and the sentence does not say which party, not a seat's ballot
        return not_checkable(
            "A count of candidates a party fielded, and the sentence does not say which party."
        )
    contest = (claim.subject_kind is None and seat_about(claim, figures, election)) or (
        claim_contest(claim, figures, context, election)
    )
    if contest is None:
        return not_checkable("No official result for this seat to count its candidates from.")
    count = len(contest.candidates)
    year = figures.elections[contest.election].date.year
    return official_suggestion(
        claim, count, unit_label="candidates", source=contest.source,
        working=f"{contest.name} {year}: {count} {ON_THE_BALLOT}",
    )  # fmt: skip


# How a seat's count of candidates is worked ("Hartlepool 2024: 8 candidates on the
# ballot"), which the published summary reads its seat from.
ON_THE_BALLOT = "candidates on the ballot"


# A party's candidates: "fielded three candidates", "put up 20 candidates", "the party's
# three candidates", "their two candidates".
FIELDED = re.compile(
    r"\b(?:field(?:ed|s|ing)?|put(?:s|ting)?\s+up)\b|"
    r"\b(?:party['\u2019]s|its|their)\s+[\w-]+\s+candidates\b"
)


# Great Britain, the UK without Northern Ireland: "Across Britain, 4,379 candidates".
GREAT_BRITAIN = re.compile(r"\b(?:Great[ \u00a0]+)?Britain\b|\bGB\b|\bmainland\b")


def _candidates_in_britain(claim, summed, party: str | None) -> Suggestion:
    """The claim checked as the candidates of Great Britain (the UK's less Northern
    Ireland's), or of ``party`` there; a party's that does not match is not checkable
    (the Library's "Green" holds three parties)."""
    ni = next((n for n in summed.nations if n.area.name == "Northern Ireland"), None)
    uk_count, _whose = _candidates_of(summed.uk, party) or (0, "")
    ni_count, _whose = (_candidates_of(ni, party) if ni is not None else None) or (0, "")
    found = official_suggestion(
        claim, uk_count - ni_count, unit_label="candidates in Great Britain",
        source="House of Commons Library",
        working=f"United Kingdom {uk_count} less Northern Ireland {ni_count}",
    )  # fmt: skip
    if party and found.verdict == v.INACCURATE:
        return not_checkable(
            "A party's count of candidates in Great Britain that the Library's does not match "
            "(it may count the party otherwise)."
        )
    return found


def _near(value, official) -> bool:
    """Whether ``value`` is within a fifth of ``official`` (a count of the same size)."""
    if official is None or not official:
        return False
    return abs(v.as_decimal(value) - v.as_decimal(official)) <= v.as_decimal(official) / 5


def _candidates_of(area, party: str | None) -> tuple[int, str] | None:
    """``(count, whose)``: the candidates of ``area`` (an ``AreaFigures``), or of ``party``
    there ("Reform UK candidates"); None when the party had none there."""
    if party:
        figures_of = area.party(party)
        if figures_of is None:
            return None
        return figures_of.candidates, f"{figures_of.name} candidates"
    return sum(p.candidates for p in area.parties), "candidates"


def _candidates_in(claim, area, party: str | None) -> Suggestion | None:
    """The claim checked as the candidates of ``area`` (an ``AreaFigures``), or of
    ``party`` there; None when the party had none there."""
    name = area.area.name
    found = _candidates_of(area, party)
    if found is None:
        return None
    count, whose = found
    return official_suggestion(
        claim, count, unit_label=f"{whose} in {name}", source="House of Commons Library",
        working=f"{name}: {count} {whose} in {area.seats_declared} seats declared",
    )  # fmt: skip


# More candidates than any seat's ballot has held (13 in 2024, 12 in 2019): a count of many
# seats' candidates.
MOST_ON_A_BALLOT = 20
# Words between a count and "candidates" that say which were counted ("four Gaza
# candidates", "two more candidates"); a party's name there says whose they are.
KIND_OF_CANDIDATES = re.compile(
    r"[ \u00a0]+(?!(?:further|more|other|others|remaining|fewer)\b)"
    r"((?:[\w'\u2019-]+[ \u00a0]+){1,3})candidates\b"
)  # ("three further candidates" are some of the seat's: ``doubts.some_of_them``)
# Some seats a count is taken across: "across the six seats", "in its four constituencies".
SOME_SEATS = re.compile(
    r"\b(?:[Aa]cross|[Ii]n|[Oo]ver|[Aa]mong|[Bb]etween)[ \u00a0]+"
    r"(?:(?:the|these|those|its|their|all|"
    r"all[ \u00a0]+the)[ \u00a0]+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ \u00a0]+"
    r"(?:[A-Z][\w'\u2019-]*[ \u00a0]+){0,2}(?:seats|constituencies)\b"
)


def check_name(claim, figures, context, election) -> Suggestion:
    """A candidate's name as written (``claim.text``) against its official spelling: the
    candidate the extractor took it for (``subject_key``), in a seat the article names or is
    about. Accents, case, apostrophes and hyphens do not count ("Sian Berry" is Siân
    Berry); a name as written that is another candidate's in that seat is that candidate's,
    not a misspelling. ``official_value`` stays empty: the official spelling is in the
    explanation and the working."""
    candidate = figures.candidates.get(claim.subject_key or "")
    if candidate is None:
        return not_checkable("No official candidate matched this name.")
    contest = candidate.contest
    covered = set(context.seats_named) | ({context.contest.key} if context.contest else set())
    if contest.key not in covered:
        return not_checkable(
            f"{candidate.full_name} stood in {contest.name}, a seat this article does not cover."
        )
    year = figures.elections[contest.election].date.year
    listed = f"{contest.name} {year} ({short_source(contest.source)})"
    working = f"{contest.name} {year}, candidates: " + ", ".join(
        c.full_name for c in contest.candidates
    )
    written = claim.text
    folded = fold_name(written)  # ``same_name``, the written name folded once
    other = next((c for c in contest.candidates if fold_name(c.full_name) == folded), None)
    if other is not None:
        return Suggestion(
            verdict=v.ACCURATE,
            explanation=f"Official: {other.full_name} ({other.party_name}), {listed}. "
            f"Article: “{written}”. The same name (accents aside).",
            official_source=contest.source,
            working=working,
        )
    return Suggestion(
        verdict=v.INACCURATE,
        explanation=f"Official: {candidate.full_name} ({candidate.party_name}), {listed}. "
        f"Article: “{written}”. Misspelt: the official spelling is {candidate.full_name}.",
        official_source=contest.source,
        working=working,
        confident=True,
    )


CHECKERS: dict[ClaimType, Checker] = {
    ClaimType.CANDIDATE_VOTES: check_candidate_votes,
    ClaimType.MAJORITY: check_majority,
    ClaimType.TURNOUT: check_turnout,
    ClaimType.TURNOUT_CHANGE: check_turnout_change,
    ClaimType.VOTE_SHARE: check_vote_share,
    ClaimType.VOTE_SHARE_CHANGE: check_vote_share_change,
    ClaimType.SEAT_COUNT: check_seats,
    ClaimType.SEAT_PROJECTION: check_seats,
    ClaimType.AGE: check_age,
    ClaimType.YEAR: check_year,
    ClaimType.TERM_COUNT: check_term_count,
    ClaimType.RANK: check_rank,
    ClaimType.SWING: check_swing,
    ClaimType.BALLOT_COUNT: check_ballot_count,
    ClaimType.NAME: check_name,
    ClaimType.OTHER: check_other,
}
