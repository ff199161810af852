"""The election an article is about, from its publication date and its text.

``infer_election`` is applied to every article that comes in by URL, feed, API or the bulk
command (and to pasted ones), so that 2019 coverage is checked against 2019 even when the
text never says so; without it an article with no date is checked against the latest
election (``claims.election_for``).

The date decides when it lies near an election: within ``CAMPAIGN_DAYS`` before polling
day (a campaign article is about the coming election) or within ``AFTERMATH_DAYS`` after
it. Away from any election (a retrospective, a by-election year) and when there is no
date, the text decides: a full date written in it ("5 July 2024", "July 5, 2024",
"2024-07-05": the latest one counts, as a dateline or "Published:" line) is read as the
publication date; failing that, the election the text names most ("the 2019 general
election", "GE2019", "the general election of 2019"; a tie goes to the later one).
Nothing found: None (the caller leaves the article's election empty).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable

CAMPAIGN_DAYS = 56
AFTERMATH_DAYS = 365
MONTHS = {
    name: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ])
    for name in names
}  # fmt: skip
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_NAMED = re.compile(
    r"\b((?:19|20)\d\d)(?:'s|’s)?\s+(?:snap\s+|uk\s+|westminster\s+)?(?:general\s+)?election\b"
    r"|\bgeneral\s+election\s+(?:of|in)\s+((?:19|20)\d\d)\b"
    r"|\bGE\s?((?:19|20)\d\d)\b",
    re.I,
)


def dates_in(text: str) -> list[datetime.date]:
    """Every full calendar date written in ``text`` (three forms, see the module)."""
    found = []
    for match in _DAY_FIRST.finditer(text):
        found.append((int(match[3]), MONTHS[match[2].lower()], int(match[1])))
    for match in _MONTH_FIRST.finditer(text):
        found.append((int(match[3]), MONTHS[match[1].lower()], int(match[2])))
    for match in _ISO.finditer(text):
        found.append((int(match[1]), int(match[2]), int(match[3])))
    days = []
    for year, month, day in found:
        try:
            days.append(datetime.date(year, month, day))
        except ValueError:
            continue
    return days


def years_named(text: str) -> Counter:
    """How often the text names each election year as an election ("the 2019 election")."""
    counts: Counter = Counter()
    for match in _NAMED.finditer(text):
        counts[int(next(group for group in match.groups() if group))] += 1
    return counts


def _near(elections: list, day: datetime.date):
    """The election ``day`` lies near (its campaign or aftermath), or None."""
    coming = [e for e in elections if 0 <= (e.date - day).days <= CAMPAIGN_DAYS]
    if coming:
        return min(coming, key=lambda e: e.date)
    held = [e for e in elections if 0 <= (day - e.date).days <= AFTERMATH_DAYS]
    return max(held, key=lambda e: e.date) if held else None


def _latest_before(elections: list, day: datetime.date):
    held = [e for e in elections if e.date <= day]
    return max(held, key=lambda e: e.date) if held else None


def infer_election(published_on: datetime.date | None, text: str, elections: Iterable):
    """The election (one of ``elections``, ``results.Election`` rows) the article is about,
    or None; notional results are never chosen. See the module for the rules."""
    real = [e for e in elections if not e.is_notional]
    if not real:
        return None
    today = datetime.date.today()
    if published_on is not None:
        near = _near(real, published_on)
        if near is not None:
            return near
    else:
        written = [d for d in dates_in(text[:20_000]) if d <= today]
        if written:
            day = max(written)
            return _near(real, day) or _by_name(real, text) or _latest_before(real, day)
    named = _by_name(real, text)
    if named is not None:
        return named
    return _latest_before(real, published_on) if published_on else None


def _by_name(elections: list, text: str):
    counts = years_named(text)
    by_year = {}
    for election in elections:
        by_year.setdefault(election.date.year, election)
    ranked = [(n, year) for year, n in counts.items() if year in by_year]
    if not ranked:
        return None
    return by_year[max(ranked)[1]]
