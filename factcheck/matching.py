"""Match each claim to the official figure it speaks of, and suggest a verdict.

``check_claims()`` takes one article's claims and the snapshot of official
figures (``factcheck.official``) and returns a ``Suggestion`` per claim: the
verdict, the official value and its source, a one-line explanation, and the
working a reader needs to repeat the check. The comparison rules themselves
are in ``factcheck.verdicts``.

How a claim finds its figure:
- ``claim_type`` says which figure (a candidacy's votes, a contest's majority,
  turnout, share or rank, a national tally, an exit-poll projection, or a
  reference fact);
- ``subject`` says whose: a candidate leads to their own contest, a
  constituency to its contest, a party to its candidate in the article's seat
  or, when the sentence speaks of the country, to its national tally;
- ``election`` says when; "in 2019" resolves to the 2019 figure.
The article's seat, for claims without a subject of their own, is the seat
its claims and text name most.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from . import verdicts as v
from .official import CandidateFig, ContestFig, OfficialFigures

NATIONAL_CUES = re.compile(
    r"\b(national(ly)?|nationwide|across the (country|uk|nation)|uk-wide|country|"
    r"overall|parliamentary majority|landslide|commons majority|of the national vote|"
    r"popular vote|general election vote)\b",
    re.IGNORECASE,
)
FALL_WORDS = re.compile(
    r"\b(fell|fall(ing|en)?|drop(ped|ping|s)?|down|decline[sd]?|decrease[sd]?|lower|"
    r"slump(ed)?|plunge[sd]?|shr[ai]nk|cut|reduced|lost)\b",
    re.IGNORECASE,
)
RISE_WORDS = re.compile(
    r"\b(rose|rise[ns]?|rising|up|increase[sd]?|grew|grow(n|s)?|higher|jump(ed)?|"
    r"surge[sd]?|boost(ed)?|gain(ed|s)?|climb(ed)?)\b",
    re.IGNORECASE,
)
# What must stand just before a year for it to state a first election
# ("first elected to Parliament in 1983", "the seat he has held since 1983")
# or a seat's history ("voting Labour since a 1937 by-election").
FIRST_ELECTED_BEFORE = re.compile(
    r"\b(elected|held|represented|served|MP|member|won the seat|entered Parliament)\b"
    r"[^.;]{0,60}\b(since|in)\s+(a\s+|the\s+)?$",
    re.IGNORECASE,
)
HELD_SINCE_BEFORE = re.compile(r"\bsince\s+(a\s+|the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Claimed:
    """What the matcher needs to know of a claim, from the extractor or the database."""

    text: str
    value: Decimal
    unit: str
    claim_type: str
    subject: str | None
    subject_kind: str | None
    subject_key: str | None
    election: str | None
    qualifier: str
    sentence: str
    details: dict = field(default_factory=dict)

    @classmethod
    def from_extracted(cls, claim) -> Claimed:
        data = claim.to_dict()
        known = set(cls.__dataclass_fields__)
        return cls(
            text=data["text"],
            value=v.as_decimal(data["value"]),
            unit=data["unit"],
            claim_type=data["claim_type"],
            subject=data.get("subject"),
            subject_kind=data.get("subject_kind"),
            subject_key=data.get("subject_key"),
            election=data.get("election"),
            qualifier=data.get("qualifier") or "exact",
            sentence=data.get("sentence") or "",
            details={k: val for k, val in data.items() if k not in known},
        )

    @classmethod
    def from_model(cls, claim) -> Claimed:
        return cls(
            text=claim.text,
            value=claim.value,
            unit=claim.unit,
            claim_type=claim.claim_type,
            subject=claim.subject or None,
            subject_kind=claim.subject_kind or None,
            subject_key=claim.subject_key or None,
            election=claim.election.slug if claim.election_id else None,
            qualifier=claim.qualifier,
            sentence=claim.sentence,
            details=claim.details or {},
        )


@dataclass
class Suggestion:
    verdict: str
    explanation: str
    official_value: Decimal | None = None
    official_source: str = ""
    working: str = ""
    conflicts_with: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "official_value": None if self.official_value is None else str(self.official_value),
            "official_source": self.official_source,
            "explanation": self.explanation,
            "working": self.working,
            "conflicts_with": self.conflicts_with,
        }


@dataclass
class ArticleContext:
    election: str | None
    contest: ContestFig | None
    day: datetime.date | None


def short_source(source: str) -> str:
    """'House of Commons Library, GE2024 results' -> 'House of Commons Library, GE2024'."""
    return source.removesuffix(" results")


def not_checkable(reason: str) -> Suggestion:
    return Suggestion(verdict=v.NOT_CHECKABLE, explanation=reason)


def infer_context(
    claims: list[Claimed], figures: OfficialFigures, *, election: str | None, text: str = "",
    day: datetime.date | None = None,
) -> ArticleContext:  # fmt: skip
    """The article's seat: the one its claims' subjects and its text name most."""
    votes: Counter[str] = Counter()
    for claim in claims:
        contest = _contest_of_subject(claim, figures, election or claim.election)
        if contest is not None and contest.election == election:
            votes[contest.key] += 2
    if text and election:
        lowered = text.casefold()
        for contest in figures.contests.values():
            if contest.election == election and contest.name.casefold() in lowered:
                votes[contest.key] += 3
    contest = figures.contests[votes.most_common(1)[0][0]] if votes else None
    if day is None and election in figures.elections:
        day = figures.elections[election].date
    return ArticleContext(election=election, contest=contest, day=day)


def _contest_of_subject(
    claim: Claimed, figures: OfficialFigures, election: str | None
) -> ContestFig | None:
    if claim.subject_kind == "candidate" and claim.subject_key in figures.candidates:
        candidate = _candidate(claim, figures, election)
        return candidate.contest if candidate else None
    if claim.subject_kind == "constituency":
        return figures.contest(election, claim.subject_key)
    return None


def _candidate(
    claim: Claimed, figures: OfficialFigures, election: str | None
) -> CandidateFig | None:
    """The subject candidate, at the claim's election (the same person then)."""
    found = figures.candidates.get(claim.subject_key or "")
    if found is None:
        return None
    if election and found.contest.election != election:
        return figures.person_in(found.full_name, election)
    return found


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
    _flag_contradictions(claims, suggestions)
    return suggestions


def check_claim(claim: Claimed, figures: OfficialFigures, context: ArticleContext) -> Suggestion:
    checker = CHECKERS.get(claim.claim_type)
    if checker is None:
        return not_checkable("No official figure applies to this kind of figure.")
    election = claim.election or context.election
    if election and election not in figures.elections:
        return not_checkable(f"No official figures are loaded for {election}.")
    return checker(claim, figures, context, election)


# -- contest-level figures --------------------------------------------------------


def _claim_contest(claim, figures, context, election) -> ContestFig | None:
    """The contest a claim is about: its own subject's, else the article's seat then."""
    contest = _contest_of_subject(claim, figures, election)
    if contest is None and claim.subject_kind == "party" and context.contest is not None:
        contest = context.contest
    if contest is None and context.contest is not None:
        contest = context.contest
    if contest is not None and contest.election != election:
        # The article's seat, at the election the claim is about.
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
            then = successor or _predecessor_at(figures, contest, election)
        contest = then
    return contest


def _predecessor_at(figures, contest: ContestFig, election: str) -> ContestFig | None:
    if contest.predecessor_slug:
        return figures.contest(election, contest.predecessor_slug)
    return None


def _official(
    claim: Claimed, official, *, unit_label: str, source: str, working: str = "",
    is_percent: bool = False, extra: str = "",
) -> Suggestion:  # fmt: skip
    result = v.compare(
        written=claim.text,
        value=claim.value,
        official=official,
        qualifier=claim.qualifier,
        is_percent=is_percent,
    )
    places = v.decimals_written(claim.text) if is_percent else None
    if claim.unit == "year":
        shown, article = str(official), QUALIFIER_WORDS.get(claim.qualifier, "") + claim.text
    elif claim.claim_type == "rank":
        shown, article = ordinal(int(official)), ordinal(int(claim.value))
    else:
        shown = v.fmt(official, places=max(places or 0, 2) if is_percent else None)
        article = QUALIFIER_WORDS.get(claim.qualifier, "") + v.fmt(claim.value)
        article += "%" if is_percent else ""
    suffix = "%" if is_percent else f" {unit_label}" if unit_label else ""
    explanation = (
        f"Official: {shown}{suffix} ({short_source(source)}). Article: {article}. {result.reason}"
    )
    if extra:
        explanation += f" {extra}"
    return Suggestion(
        verdict=result.verdict,
        explanation=explanation,
        official_value=v.as_decimal(official),
        official_source=source,
        working=working,
    )


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


QUALIFIER_WORDS = {
    "approx": "around ",
    "more_than": "more than ",
    "less_than": "almost ",
    "projection": "",
    "exact": "",
}


def check_candidate_votes(claim, figures, context, election) -> Suggestion:
    candidate = _subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose votes these are: no candidate matched.")
    contest = candidate.contest
    return _official(
        claim,
        candidate.votes,
        unit_label="votes",
        source=contest.source,
        working=f"{candidate.full_name}, {contest.name}: {candidate.votes:,} votes "
        f"({contest.source_row or contest.source})",
    )


def _subject_candidate(claim, figures, context, election) -> CandidateFig | None:
    if claim.subject_kind == "candidate":
        return _candidate(claim, figures, election)
    if claim.subject_kind == "party":
        contest = _claim_contest(claim, figures, context, election)
        if contest is not None:
            return contest.candidate_for_party(claim.subject_key or "")
    return None


def check_majority(claim, figures, context, election) -> Suggestion:
    if claim.details.get("relation") == "difference":
        return _check_majority_difference(claim, figures, context, election)
    contest = _claim_contest(claim, figures, context, election)
    if contest is None or contest.majority is None:
        return not_checkable("No official result for this seat to take a majority from.")
    winner = contest.candidates[0]
    other_key = claim.details.get("compared_to_key")
    other = figures.candidates.get(other_key) if other_key else None
    if other is not None and other.contest.key != contest.key:
        other = figures.person_in(other.full_name, contest.election)
    subject = _candidate(claim, figures, election) if claim.subject_kind == "candidate" else None
    if other is not None and subject is not None and other.key != contest.candidates[1].key:
        gap = subject.votes - other.votes
        working = (
            f"{subject.full_name} {subject.votes:,} − {other.full_name} {other.votes:,} = {gap:,}"
        )
        return _official(
            claim, gap, unit_label="votes more", source=contest.source, working=working
        )
    runner_up = contest.candidates[1] if len(contest.candidates) > 1 else None
    working = (
        f"majority = {winner.votes:,} − {runner_up.votes:,} = {contest.majority:,}"
        if (runner_up)
        else f"unopposed: {winner.votes:,}"
    )
    if claim.details.get("is_majority") is False and claim.unit == "seats":
        return not_checkable("A seat majority is checked as a seat count.")
    return _official(
        claim,
        contest.majority,
        unit_label="majority",
        source=contest.source,
        working=f"{contest.name} {figures.elections[contest.election].date.year}: {working}",
    )


def _check_majority_difference(claim, figures, context, election) -> Suggestion:
    """'A majority of 26,000 – 1,180 more than this year – in 2019'."""
    this = _claim_contest(claim, figures, context, election)
    other_election = claim.details.get("compared_election") or context.election
    other = _claim_contest(claim, figures, context, other_election) if other_election else None
    if this is None or other is None or this.key == other.key:
        return not_checkable("Needs two official majorities to compare; one is missing.")
    change = Decimal(this.majority - other.majority)
    claimed_direction = _claimed_direction(claim)
    result = v.compare_change(
        written=claim.text,
        value=claim.value,
        official_change=change,
        qualifier=claim.qualifier,
        claimed_direction=claimed_direction,
        what=f"majority in {figures.elections[this.election].date.year} compared with "
        f"{figures.elections[other.election].date.year}",
    )
    from_year = figures.elections[this.election].date.year
    to_year = figures.elections[other.election].date.year
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


def _claimed_direction(claim: Claimed) -> int:
    """+1 for a rise, -1 for a fall, 0 when the text does not say."""
    direction = claim.details.get("direction")
    if direction in (1, -1):
        return direction
    if direction in ("up", "rise"):
        return 1
    if direction in ("down", "fall"):
        return -1
    if claim.details.get("relation") == "difference":
        # "X more than this year": the claim's figure is the larger one.
        around = claim.sentence
        if re.search(r"\b(more|higher|bigger|larger|greater|up)\b", around, re.IGNORECASE):
            return 1
        if re.search(r"\b(less|fewer|lower|smaller|down)\b", around, re.IGNORECASE):
            return -1
        return 0
    rise, fall = RISE_WORDS.search(claim.sentence), FALL_WORDS.search(claim.sentence)
    if rise and not fall:
        return 1
    if fall and not rise:
        return -1
    return 0


def check_turnout(claim, figures, context, election) -> Suggestion:
    contest = _claim_contest(claim, figures, context, election)
    if contest is None:
        return not_checkable("No official result for this seat to take a turnout from.")
    declared, library = contest.turnout_declared, contest.turnout
    places = v.decimals_written(claim.text)
    results = {
        "declared": v.compare(
            written=claim.text, value=claim.value, official=declared,
            qualifier=claim.qualifier, is_percent=True,
        ),
        "library": v.compare(
            written=claim.text, value=claim.value, official=library,
            qualifier=claim.qualifier, is_percent=True,
        ),
    }  # fmt: skip
    order = [v.ACCURATE, v.APPROXIMATELY_ACCURATE, v.INACCURATE]
    best = min(results, key=lambda k: order.index(results[k].verdict))
    year = figures.elections[contest.election].date.year
    definitions = {
        "declared": "as declared, counting rejected ballots",
        "library": "on the Library's definition, valid votes only",
    }
    if results[best].verdict == v.INACCURATE:
        reason = f"Matches neither definition to {places} decimal place{'s' * (places != 1)}."
    else:
        reason = f"Matches the turnout {definitions[best]}."
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
        verdict=results[best].verdict,
        explanation=explanation,
        official_value=declared if best == "declared" else library,
        official_source=contest.source,
        working=working,
    )


def check_turnout_change(claim, figures, context, election) -> Suggestion:
    contest = _claim_contest(claim, figures, context, election)
    previous = figures.previous_contest(contest) if contest else None
    if contest is None or previous is None:
        return not_checkable("Needs this seat's result at the previous election; none is loaded.")
    change = contest.turnout_declared - previous.turnout_declared
    library_change = contest.turnout - previous.turnout
    direction = _claimed_direction(claim)
    results = [
        (label, official, v.compare_change(
            written=claim.text, value=claim.value, official_change=official,
            qualifier=claim.qualifier, claimed_direction=direction, what="turnout",
        ))
        for label, official in (("as declared", change), ("on the Library's definition",
                                                           library_change))
    ]  # fmt: skip
    order = [v.ACCURATE, v.APPROXIMATELY_ACCURATE, v.INACCURATE]
    label, official, result = min(results, key=lambda r: order.index(r[2].verdict))
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: turnout changed by {change:+} points as declared and {library_change:+} "
            f"points on the Library's definition, since {previous.name} "
            f"{figures.elections[previous.election].date.year} ({short_source(contest.source)})."
            f" Article: {v.fmt(claim.value)} points. {result.reason}"
            + ("" if result.verdict == v.INACCURATE else f" Matches the turnout {label}.")
        ),
        official_value=official,
        official_source=contest.source,
        working=(
            f"{contest.turnout_declared}% − {previous.turnout_declared}% = {change:+} points "
            f"(declared); {contest.turnout}% − {previous.turnout}% = {library_change:+} points "
            "(Library)"
        ),
    )


def _is_national(claim: Claimed, context: ArticleContext) -> bool:
    if claim.details.get("scope") == "national":
        return True
    return bool(NATIONAL_CUES.search(claim.sentence))


def check_vote_share(claim, figures, context, election) -> Suggestion:
    if claim.subject_kind == "party" and (_is_national(claim, context) or context.contest is None):
        tally = figures.tallies.get((election, claim.subject_key or ""))
        if tally is None:
            return not_checkable("No national vote share is loaded for this party.")
        return _official(
            claim,
            tally.share,
            unit_label="",
            source=tally.source,
            is_percent=True,
            working=f"{tally.party_name}: {tally.votes:,} votes nationally, {tally.share}% "
            "of valid votes",
            extra="(UK-wide share.)",
        )
    candidate = _subject_candidate(claim, figures, context, election)
    if candidate is None or candidate.share is None:
        return not_checkable("Cannot tell whose share of the vote this is.")
    contest = candidate.contest
    return _official(
        claim,
        candidate.share,
        unit_label="",
        source=contest.source,
        is_percent=True,
        working=f"{candidate.full_name}: {candidate.votes:,} ÷ {contest.valid:,} valid votes = "
        f"{candidate.share}%",
    )


def check_vote_share_change(claim, figures, context, election) -> Suggestion:
    candidate = _subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose share of the vote changed.")
    previous = figures.previous_contest(candidate.contest)
    if previous is None or candidate.is_independent:
        return not_checkable("No comparable result at the previous election.")
    before = previous.party_share(candidate.party)
    if before is None:
        return not_checkable(f"{candidate.party_name} did not stand here at the previous election.")
    change = candidate.share - before
    result = v.compare_change(
        written=claim.text, value=claim.value, official_change=change,
        qualifier=claim.qualifier, claimed_direction=_claimed_direction(claim),
        what=f"{candidate.party_name} share",
    )  # fmt: skip
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {candidate.party_name} {candidate.share}% against {before}% at the "
            f"previous election, {change:+} points ({short_source(candidate.contest.source)}). "
            f"Article: {v.fmt(claim.value)} points. {result.reason}"
        ),
        official_value=change,
        official_source=candidate.contest.source,
        working=f"{candidate.share}% − {before}% = {change:+} points",
    )


def check_rank(claim, figures, context, election) -> Suggestion:
    candidate = _subject_candidate(claim, figures, context, election)
    if candidate is None:
        return not_checkable("Cannot tell whose position this is.")
    return _official(
        claim, candidate.rank, unit_label="place", source=candidate.contest.source,
        working=f"{candidate.full_name} placed {ordinal(candidate.rank)} of "
        f"{len(candidate.contest.candidates)} by votes",
    )  # fmt: skip


# -- national figures ------------------------------------------------------------


def check_seats(claim, figures, context, election) -> Suggestion:
    if claim.qualifier == "projection" or claim.claim_type == "seat_projection":
        return _check_projection(claim, figures, context, election)
    party = claim.subject_key if claim.subject_kind == "party" else None
    tally = figures.tallies.get((election, party or ""))
    if tally is None:
        return not_checkable("No national seat total is loaded for this party.")
    total = figures.total_seats(election)
    if claim.details.get("is_majority"):
        majority = 2 * tally.seats - total
        return _official(
            claim, majority, unit_label="seat majority", source=tally.source,
            working=f"{tally.seats} seats − {total - tally.seats} for all others = {majority}",
        )  # fmt: skip
    extra = "(The Speaker is counted apart from his party.)" if party == "Lab" else ""
    return _official(
        claim, tally.seats, unit_label="seats", source=tally.source, extra=extra,
        working=f"{tally.party_name}: {tally.seats} seats won",
    )  # fmt: skip


def _check_projection(claim, figures, context, election) -> Suggestion:
    party = claim.subject_key if claim.subject_kind == "party" else None
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
    result = v.compare(written=claim.text, value=claim.value, official=projected, qualifier="exact")
    what = f"{projection.label} {'majority of ' if majority else ''}{projected}" + (
        "" if majority else " seats"
    )
    reason = "Matches the projection." if result.verdict == v.ACCURATE else result.reason
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Projection: {what} ({projection.source}, "
            f"{projection.published_at:%H:%M %-d %B %Y}). Article: {v.fmt(claim.value)}. "
            f"{reason} {final}"
        ).strip(),
        official_value=Decimal(projected),
        official_source=projection.source,
        working=(
            f"{projection.seats} − {total - projection.seats} = {projected}" if majority else ""
        ),
    )


# -- reference facts --------------------------------------------------------------


def _person(claim, figures, context, election) -> str | None:
    if claim.subject_kind == "candidate":
        candidate = figures.candidates.get(claim.subject_key or "")
        return candidate.full_name if candidate else claim.subject
    if context.contest is not None and context.contest.candidates:
        return context.contest.candidates[0].full_name  # the seat's winner
    return None


def check_age(claim, figures, context, election) -> Suggestion:
    person = _person(claim, figures, context, election)
    fact = figures.fact("born_on", person)
    if fact is None or context.day is None:
        return not_checkable(f"No date of birth is on file for {person or 'this person'}.")
    age = fact.age_on(context.day)
    return _official(
        claim, age, unit_label="years old", source=fact.source,
        working=f"born {fact.date:%-d %B %Y}; on {context.day:%-d %B %Y} aged {age}",
    )  # fmt: skip


def check_term_count(claim, figures, context, election) -> Suggestion:
    person = _person(claim, figures, context, election)
    fact = figures.fact("first_elected", person)
    date = figures.elections[election].date if election else None
    if fact is None or date is None or not fact.continuous:
        return not_checkable(f"No unbroken record of elections won is on file for {person}.")
    terms = fact.terms_won_by(date)
    return _official(
        claim, terms, unit_label="elections won", source=fact.source,
        working=f"first elected {fact.value}; general elections won to {date.year}: {terms}",
    )  # fmt: skip


def _before(claim: Claimed) -> str:
    """The sentence up to the claim's figure."""
    at = claim.sentence.find(claim.text)
    return claim.sentence[:at] if at >= 0 else ""


def check_year(claim, figures, context, election) -> Suggestion:
    """A year is checkable when it states a first election or how long a seat was held."""
    before = _before(claim)
    seat = claim.subject if claim.subject_kind == "constituency" else None
    if seat is None and context.contest is not None:
        named = context.contest.name.casefold() in claim.sentence.casefold()
        seat = context.contest.name if named or "seat" in claim.sentence.casefold() else None
    fact = None
    if claim.subject_kind == "candidate" and FIRST_ELECTED_BEFORE.search(before):
        fact = figures.fact("first_elected", _person(claim, figures, context, election))
    if fact is None and seat and HELD_SINCE_BEFORE.search(before):
        fact = figures.fact("held_since", seat)
    if fact is None:
        return not_checkable("No reference fact on file speaks to this year.")
    what = {
        "held_since": f"{fact.subject} held by {figures.parties.get(fact.party, fact.party)} "
        f"since {fact.year}",
        "first_elected": f"{fact.subject} first elected {fact.year}",
    }[fact.kind]
    return _official(
        claim, fact.year, unit_label="", source=fact.source, working=what,
        extra=f"({what}.)",
    )  # fmt: skip


def check_other(claim, figures, context, election) -> Suggestion:
    return not_checkable("No official figure applies to this kind of figure.")


CHECKERS = {
    "candidate_votes": check_candidate_votes,
    "majority": check_majority,
    "turnout": check_turnout,
    "turnout_change": check_turnout_change,
    "vote_share": check_vote_share,
    "vote_share_change": check_vote_share_change,
    "seat_count": check_seats,
    "seat_projection": check_seats,
    "age": check_age,
    "year": check_year,
    "term_count": check_term_count,
    "rank": check_rank,
    "other": check_other,
}


def _flag_contradictions(claims: list[Claimed], suggestions: list[Suggestion]) -> None:
    """Two exact figures of one kind, about one subject and election, that differ."""
    seen: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.qualifier != "exact" or claim.claim_type in ("year", "other"):
            continue
        if claim.details.get("relation") or not claim.subject_key:
            continue
        key = (claim.claim_type, claim.subject_key, claim.election, claim.unit)
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
