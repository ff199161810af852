"""The arithmetic of derived figures, once: majority, share, turnout, change, rank, age, terms.

Plain Python with no Django import. The models (``results.models``), the
checker's snapshot (``factcheck.checking.figures``) and the pages all call these
functions, so the figure a reader sees on a result page is the figure the
checker compares a claim with.

Units: votes are ``int``; shares and turnouts are percentages as ``Decimal``
rounded half-up to two places (the precision the House of Commons Library
publishes); changes in a share or turnout are percentage points.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext

__all__ = [
    "GENERAL_ELECTION_POLLING_DAYS",
    "age_on",
    "butler_swing",
    "change",
    "exact_percent",
    "majority",
    "percent",
    "ranking_key",
    "share",
    "terms_won",
    "turnout",
    "turnout_declared",
]

# Polling days of UK general elections since 1945 (House of Commons Library,
# "General election results from 1918", CBP-8647), used to count the general
# elections a member has won since a first win. Elections loaded into Tally
# add their own dates to these (see ``terms_won``).
GENERAL_ELECTION_POLLING_DAYS = tuple(
    datetime.date.fromisoformat(d)
    for d in (
        "1945-07-05", "1950-02-23", "1951-10-25", "1955-05-26", "1959-10-08",
        "1964-10-15", "1966-03-31", "1970-06-18", "1974-02-28", "1974-10-10",
        "1979-05-03", "1983-06-09", "1987-06-11", "1992-04-09", "1997-05-01",
        "2001-06-07", "2005-05-05", "2010-05-06", "2015-05-07", "2017-06-08",
        "2019-12-12", "2024-07-04",
    )
)  # fmt: skip


def percent(part: int, whole: int, places: int = 2) -> Decimal | None:
    """``part / whole`` as a percentage rounded half-up to ``places``; None if ``whole`` is 0."""
    if not whole:
        return None
    value = Decimal(part) * 100 / Decimal(whole)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def exact_percent(part: int, whole: int) -> Decimal | None:
    """``part / whole`` as a percentage, unrounded (40 significant digits); None if ``whole`` is 0.

    Exact for every use Tally makes of it: a fraction of vote counts whose
    decimals end is held exactly, and one whose decimals repeat never lies on
    a rounding boundary, so rounding this value at the precision a claim was
    written gives the same answer as rounding the true fraction. Compare
    claims with this, and round only for display (``percent``).
    """
    if not whole:
        return None
    with localcontext() as context:
        context.prec = 40
        return Decimal(part) * 100 / Decimal(whole)


def share(votes: int, valid_votes: int, *, exact: bool = False) -> Decimal | None:
    """A candidate's or party's share of the valid votes, percent (two places unless ``exact``)."""
    return exact_percent(votes, valid_votes) if exact else percent(votes, valid_votes)


def turnout(*, valid_votes: int, electorate: int, exact: bool = False) -> Decimal | None:
    """The Library's turnout: valid votes ÷ electorate, percent (two places unless ``exact``)."""
    if exact:
        return exact_percent(valid_votes, electorate)
    return percent(valid_votes, electorate)


def turnout_declared(
    *, valid_votes: int, rejected: int, electorate: int, exact: bool = False
) -> Decimal | None:
    """Turnout as usually declared at the count: (valid + rejected) ÷ electorate, percent.

    Two places unless ``exact``.
    """
    if exact:
        return exact_percent(valid_votes + rejected, electorate)
    return percent(valid_votes + rejected, electorate)


def ranking_key(
    votes: int, surname: str, first_name: str = "", *, elected: bool = False
) -> tuple[int, bool, str, str]:
    """Sort key for a contest's candidates: most votes first; among equal votes the elected
    member first, then by surname and first name.

    The one ordering used by the result page, the exports and the checker. A tie for first
    place is decided by lot (Representation of the People Act 1983, Schedule 1, rule 49),
    never by name: the member the constituency file names as elected (``elected=True``)
    ranks first among the tied. Below first place the name order only keeps the
    order stable.
    """
    return (-votes, not elected, surname, first_name)


def majority(votes: Iterable[int]) -> int | None:
    """The winner's votes minus the runner-up's; an unopposed return's own votes; None if empty.

    ``votes`` may come in any order.
    """
    ranked = sorted(votes, reverse=True)
    if not ranked:
        return None
    if len(ranked) == 1:
        return ranked[0]
    return ranked[0] - ranked[1]


def change(now: Decimal | int | None, then: Decimal | int | None) -> Decimal | int | None:
    """``now - then`` (percentage points for shares and turnouts), or None if either is missing."""
    if now is None or then is None:
        return None
    return now - then


def butler_swing(
    *, from_then: Decimal, from_now: Decimal, to_then: Decimal, to_now: Decimal
) -> Decimal:
    """The two-party (Butler) swing from party A to party B, in percentage points.

    ``((B_now − B_then) − (A_now − A_then)) / 2``: the average of B's gain and A's loss in
    share (D. Butler, in *The British General Election of 1955*; the swing the BBC and PA
    report). ``from_*`` are A's shares and ``to_*`` B's, percent, then and now; pass them
    unrounded (``share(..., exact=True)``) and round only the result, for display. Positive
    when the swing was towards B, negative when it was the other way.
    """
    with localcontext() as context:
        context.prec = 40
        return ((to_now - to_then) - (from_now - from_then)) / 2


def age_on(born: datetime.date, day: datetime.date) -> int:
    """Age in whole years on ``day`` of someone born on ``born``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def terms_won(
    first: datetime.date, day: datetime.date, polling_days: Sequence[datetime.date] = ()
) -> int:
    """General elections won from a first win on ``first`` up to ``day``, if never out of office.

    Counts the polling days in ``GENERAL_ELECTION_POLLING_DAYS`` and in
    ``polling_days`` (the elections loaded) that fall between the two dates.
    """
    days = set(GENERAL_ELECTION_POLLING_DAYS).union(polling_days)
    return sum(1 for d in days if first <= d <= day)
