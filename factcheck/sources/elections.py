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
publication date; failing that, the figures (``election_of_figures``): an election whose
year marks a clear majority (two thirds) of the text's figures ("Mark Fletcher won 21,791
votes in 2019, a majority of 5,299": both figures are 2019's). A figure counts for a year
when its sentence names that year and no other; figures in sentences naming no year, or
several, count against every year, so a 2024 report that quotes 2019 figures in passing
stays 2024. A text with figures but no such majority keeps the default (None, or the
latest election before its date). Only a text with no figures at all is decided by the
election it names most ("the 2019 general election", "GE2019", "the general election of
2019"; a tie goes to the later one). Nothing found: None (the caller leaves the article's
election empty, and ``claims.election_for`` takes the latest election).
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
    r"|\bgeneral\s+election\s+(?:of\s+|in\s+)?((?:19|20)\d\d)\b"
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
            return _near(real, day) or _by_text(real, text) or _latest_before(real, day)
    named = _by_text(real, text)
    if named is not None:
        return named
    return _latest_before(real, published_on) if published_on else None


# A figure: a number with thousands separators or a decimal point, or a whole number of
# two or more digits; years (1900–2099 without a separator) are taken out first.
_FIGURE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?!\w|[,.]\d)"
)
_YEAR = re.compile(r"(?<![\w.£$€-])(?<!\d,)((?:19|20)\d\d)(?!\w|[,.]\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")
# Words before a year a figure is compared with: "down on 2019", "than in 2019",
# "since 2019", "from 26,188 in 2019".
_COMPARED = re.compile(
    r"\b(?:on|from|than|since|compared\s+(?:with|to)|versus|vs\.?|before|until|by|against)"
    r"\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:(?:19|20)\d\d\s+)?$|\bfrom\s+[\d,.]+\s*(?:%|per\s+cent)?"
    r"\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
SHARE = 2 / 3


def figures_by_year(text: str) -> tuple[Counter, int]:
    """How many of the text's figures each year marks, and how many figures it has.

    A figure is marked by a year when its sentence names that year and no other (full
    dates are dates, not figures, but their year counts); years are not figures.
    Returns (``Counter`` year -> figures, total figures)."""
    by_year: Counter = Counter()
    total = 0
    for sentence in _SENTENCE_END.split(text):
        years = set()
        for match in (*_DAY_FIRST.finditer(sentence), *_MONTH_FIRST.finditer(sentence)):
            years.add(int(match[3]))
        for match in _ISO.finditer(sentence):
            years.add(int(match[1]))
        rest = _ISO.sub(" ", _MONTH_FIRST.sub(" ", _DAY_FIRST.sub(" ", sentence)))
        for match in _YEAR.finditer(rest):
            # "6% down on 2019", "up from 202 in 2019": the year is what the figure is
            # compared with, so the sentence is not about that year alone
            compared = _COMPARED.search(rest, 0, match.start())
            years.add(-1 if compared else int(match[1]))
        n = len(_FIGURE.findall(_YEAR.sub(" ", rest)))
        total += n
        if n and len(years) == 1:
            by_year[years.pop()] += n
    return by_year, total


def election_of_figures(elections: list, text: str):
    """The election (of ``elections``) whose year marks at least two thirds of the
    text's figures (``figures_by_year``), or None."""
    by_year, total = figures_by_year(text[:200_000])
    if not total:
        return None
    years = {e.date.year: e for e in sorted(elections, key=lambda e: e.date, reverse=True)}
    for year, n in by_year.most_common(1):
        if year in years and n >= SHARE * total:
            return years[year]
    return None


def _by_text(elections: list, text: str):
    """The election the text is about: by its figures, or, in a text with no figures,
    by the election it names most."""
    if figures_by_year(text[:200_000])[1]:
        return election_of_figures(elections, text)
    return _by_name(elections, text)


def _by_name(elections: list, text: str):
    counts = years_named(text)
    by_year = {}
    for election in elections:
        by_year.setdefault(election.date.year, election)
    ranked = [(n, year) for year, n in counts.items() if year in by_year]
    if not ranked:
        return None
    return by_year[max(ranked)[1]]
