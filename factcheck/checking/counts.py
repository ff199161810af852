"""Checking a count of a contest: its electorate, valid votes, rejected ballots, ballots issued.

The figure is the seat's (the seat the claim names, else the article's) or, when the
sentence speaks of the country, the UK's summed over every seat (``results.national``).
Ballot papers issued are the valid votes plus the rejected ballots. "Votes cast" is
ambiguous, as turnout is: it is compared with the valid votes and with the ballot papers
issued, and the explanation says which matched. No Django import.
"""

from __future__ import annotations

from factcheck.vocabulary import BallotMeasure, SubjectKind

from . import rules as v
from .claims import Claimed, Suggestion, not_checkable
from .context import ArticleContext, claim_contest, is_national
from .explanations import QUALIFIER_WORDS, best_reading, official_suggestion, short_source
from .figures import OfficialFigures

__all__ = ["check_ballot_count"]

_ISSUED = "ballot papers issued (valid + rejected)"
_LABELS = {
    BallotMeasure.ELECTORATE: ("electorate",),
    BallotMeasure.VALID_VOTES: ("valid votes",),
    BallotMeasure.REJECTED_BALLOTS: ("rejected ballots",),
    BallotMeasure.BALLOTS_ISSUED: (_ISSUED,),
    BallotMeasure.VOTES_CAST: ("valid votes", _ISSUED),
}


def check_ballot_count(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, election: str | None
) -> Suggestion:
    """A ``ClaimType.BALLOT_COUNT`` claim (``details["measure"]`` a ``BallotMeasure``)
    against the seat's or the UK's count (see the module docstring)."""
    labels = _LABELS.get(claim.details.get("measure") or "")
    if labels is None:
        return not_checkable("Cannot tell which count of the contest this figure is.")
    found = _counts(claim, figures, context, election)
    if found is None:
        return not_checkable("No official result for this seat to take the count from.")
    place, counts, source, row = found
    working = (
        f"{place}: electorate {counts['electorate']:,}; valid votes {counts['valid votes']:,}; "
        f"rejected ballots {counts['rejected ballots']:,}; ballot papers issued "
        f"{counts['valid votes']:,} + {counts['rejected ballots']:,} = {counts[_ISSUED]:,}"
        + (f" ({row})" if row else "")
    )
    if len(labels) == 1:
        label = labels[0]
        return official_suggestion(
            claim,
            counts[label],
            unit_label=label,
            source=source,
            working=working,
            extra=f"({place}.)",
        )
    readings = [
        (label, v.compare(
            written=claim.text, value=claim.value, official=counts[label],
            qualifier=claim.qualifier,
        ))
        for label in labels
    ]  # fmt: skip
    label, result = best_reading(readings)
    if result.verdict == v.INACCURATE:
        reason = "Matches neither: " + " ".join(r.reason for _, r in readings)
    else:
        reason = f"{result.reason} Matches the {label}."
    official = " and ".join(f"{counts[label]:,} {label}" for label in labels)
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: {official}, {place} ({short_source(source)}). Article: "
            f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{v.fmt(claim.value)} votes cast, "
            f"which may mean either. {reason}"
        ),
        official_value=v.as_decimal(counts[label]),
        official_source=source,
        working=working,
    )


def _counts(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, election: str | None
) -> tuple[str, dict[str, int], str, str] | None:
    """(place, counts by label, source, source row) of the seat the claim speaks of, or of
    the UK when the sentence speaks of the country and the claim names no seat."""
    if claim.subject_kind != SubjectKind.CONSTITUENCY and is_national(claim, context):
        summed = figures.national.get(election or "")
        if summed is None:
            return None
        uk = summed.uk
        name = figures.elections[election or ""].name
        return (
            f"the UK, {uk.seats_declared} seats",
            _by_label(uk.electorate, uk.valid, uk.rejected),
            f"House of Commons Library, {name}",
            "",
        )
    contest = claim_contest(claim, figures, context, election)
    if contest is None:
        return None
    year = figures.elections[contest.election].date.year
    return (
        f"{contest.name} {year}",
        _by_label(contest.electorate, contest.valid, contest.invalid),
        contest.source,
        contest.source_row,
    )


def _by_label(electorate: int, valid: int, rejected: int) -> dict[str, int]:
    return {
        "electorate": electorate,
        "valid votes": valid,
        "rejected ballots": rejected,
        _ISSUED: valid + rejected,
    }
