"""How a suggestion is worded: the official figure, the article's, the reason. No Django import."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.vocabulary import ClaimType, Qualifier, Unit

from . import rules as v
from .claims import Claimed, Suggestion


def short_source(source: str) -> str:
    """'House of Commons Library, GE2024 results' -> 'House of Commons Library, GE2024'."""
    return source.removesuffix(" results")


def official_suggestion(
    claim: Claimed, official, *, unit_label: str, source: str, working: str = "",
    is_percent: bool = False, extra: str = "",
) -> Suggestion:  # fmt: skip
    """Compare ``claim`` with ``official`` (votes, percent or a count) and word the suggestion."""
    result = v.compare(
        written=claim.text,
        value=claim.value,
        official=official,
        qualifier=claim.qualifier,
        is_percent=is_percent,
    )
    places = v.decimals_written(claim.text) if is_percent else None

    def explanation() -> str:  # worded when read (``Suggestion.explanation``)
        if claim.unit == Unit.YEAR:
            shown, article = str(official), QUALIFIER_WORDS.get(claim.qualifier, "") + claim.text
        elif claim.claim_type == ClaimType.RANK:
            shown, article = ordinal(int(official)), ordinal(int(claim.value))
        else:
            shown = v.fmt(official, places=max(places or 0, 2) if is_percent else None)
            article = QUALIFIER_WORDS.get(claim.qualifier, "") + v.fmt(claim.value)
            article += "%" if is_percent else ""
        suffix = "%" if is_percent else f" {unit_label}" if unit_label else ""
        worded = (
            f"Official: {shown}{suffix} ({short_source(source)}). Article: {article}. "
            f"{result.reason}"
        )
        return f"{worded} {extra}" if extra else worded

    return Suggestion(
        verdict=result.verdict,
        explanation=explanation,
        official_value=(
            v.round_to(v.as_decimal(official), Decimal(1).scaleb(-max(places or 0, 2)))
            if is_percent
            else v.as_decimal(official)
        ),
        official_source=source,
        working=working,
    )


def candidate_row(candidate) -> str:
    """Where a candidate's votes are written (a ``figures.CandidateFig``): its row of the
    candidate file ("HoC-GE2024-results-by-candidate.csv, line 1234") or its hand entry;
    when that is not known (rows imported before it was kept), its seat's source if the
    seat has no file row (a hand-entered result), else "" (the constituency file's row
    does not hold a candidate's votes)."""
    if candidate.source_row:
        return candidate.source_row
    contest = candidate.contest
    return "" if contest.source_row else contest.source


_LINE = re.compile(r"^(?P<file>.+), line (?P<line>\d+)$")


def candidate_rows(candidates) -> str:
    """Every candidate's row at once, lines of one file run together: "HoC-GE2024-results-
    by-candidate.csv, lines 1230–1236" (or "…, lines 12, 15–16"); "" unless every
    candidate's row is known."""
    rows = [c.source_row for c in candidates]
    if not rows or not all(rows):
        return ""
    lines: dict[str, list[int]] = {}
    others = []
    for row in rows:
        found = _LINE.match(row)
        if found is None:
            others.append(row)
        else:
            lines.setdefault(found["file"], []).append(int(found["line"]))
    cited = []
    for name, numbers in lines.items():
        numbers = sorted(set(numbers))
        runs: list[list[int]] = []
        for n in numbers:
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        if len(numbers) == 1:
            cited.append(f"{name}, line {numbers[0]}")
            continue
        spans = ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)
        cited.append(f"{name}, lines {spans}")
    return "; ".join(cited + list(dict.fromkeys(others)))


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


QUALIFIER_WORDS = {
    Qualifier.APPROX: "around ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.LESS_THAN: "almost ",
    Qualifier.AT_MOST: "within ",
    Qualifier.PROJECTION: "",
    Qualifier.EXACT: "",
}


# Verdicts from best to worst, for choosing among readings of one claim.
BEST_FIRST = (v.ACCURATE, v.APPROXIMATELY_ACCURATE, v.INACCURATE)


def best_reading(readings: list[tuple]) -> tuple:
    """The reading whose comparison (its last item, a ``rules.Comparison``) came out best:
    accurate, then approximately accurate, then inaccurate; the first among equals."""
    return min(readings, key=lambda r: BEST_FIRST.index(r[-1].verdict))


def points(change: Decimal) -> str:
    """A change in percentage points for an explanation, signed, two places, rounded half-up."""
    return f"{v.round_to(change, Decimal('0.01')):+}"
