"""A fetched web page to an article: main text, title, outlet, author and date.

trafilatura does the extraction (chosen by measurement against readability-lxml,
``benchmarks/article_extraction.py``: the same text kept on every layout, comments and
navigation left out, and it alone also reads the byline, the date and the site's name).
A page that yields too little prose is not an article; one that says it is paywalled
(schema.org ``isAccessibleForFree: false``, or a subscription wall) and yields too little
is refused as paywalled, so a teaser is never checked as if it were the article.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from ..models import FetchFailure
from .fetching import Fetched, FetchError

# Fewer words than this in lines of prose (list items and short lines not counted): not an
# article (a section front, a gallery, an error page that answered 200).
MIN_ARTICLE_WORDS = 40
# A page that says it is paywalled and yields fewer words than this: only the teaser.
PAYWALLED_WORDS = 150
HTML_TYPES = {"", "text/html", "application/xhtml+xml", "application/xml", "text/xml"}
_PAYWALL = re.compile(
    r"""["']?isAccessibleForFree["']?\s*:\s*["']?false|class=["'][^"']*\bpaywall|"""
    r"subscribe to (?:continue|read)",
    re.IGNORECASE,
)


@dataclass
class Page:
    """What a page says about its article. Strings may be ""; ``published_on`` may be None."""

    url: str
    text: str
    title: str
    outlet: str
    author: str
    published_on: datetime.date | None


def read_page(fetched: Fetched) -> Page:
    """The article in ``fetched`` (a 200 response).

    Raises ``FetchError``: ``not_article`` (not a web page, or too little prose),
    ``paywalled`` (only a teaser behind a paywall).
    """
    kind = fetched.content_type
    if kind == "text/plain":
        text = fetched.body.decode(fetched.charset or "utf-8", errors="replace").strip()
        return _checked(Page(fetched.url, text, "", _site(fetched.url), "", None), fetched, "")
    if kind not in HTML_TYPES:
        raise FetchError(
            FetchFailure.NOT_ARTICLE,
            f"Not an article: {fetched.url} is {kind}, not a web page.",
        )
    markup: str | bytes = fetched.body
    if fetched.charset:
        try:
            markup = fetched.body.decode(fetched.charset, errors="replace")
        except LookupError:  # an unknown charset: let trafilatura guess
            markup = fetched.body
    doc = trafilatura.bare_extraction(
        markup,
        url=fetched.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise FetchError(
            FetchFailure.NOT_ARTICLE, f"Not an article: no article text found at {fetched.url}."
        )
    title = (doc.title or "").strip()
    text = _tidy(doc.text, title)
    page = Page(
        url=fetched.url,
        text=text,
        title=title,
        outlet=_outlet(doc.sitename or "", fetched.url),
        author=(doc.author or "").strip()[:300],
        published_on=_date(doc.date),
    )
    head = fetched.body[:400_000].decode("utf-8", errors="replace")
    return _checked(page, fetched, head)


def _checked(page: Page, fetched: Fetched, markup: str) -> Page:
    words = prose_words(page.text)
    if markup and words < PAYWALLED_WORDS and _PAYWALL.search(markup):
        raise FetchError(
            FetchFailure.PAYWALLED,
            f"Paywalled: only {words} words of {fetched.url} can be read without a "
            "subscription. Paste the full text instead.",
        )
    if words < MIN_ARTICLE_WORDS:
        raise FetchError(
            FetchFailure.NOT_ARTICLE,
            f"Not an article: {fetched.url} has {words} words of running text (a section "
            f"page or a gallery?); at least {MIN_ARTICLE_WORDS} are needed.",
        )
    return page


def prose_words(text: str) -> int:
    """Words in lines of prose: list items ("- …", "| …") and lines under 8 words left out."""
    total = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("- ", "* ", "|")):
            continue
        n = len(stripped.split())
        if n >= 8:
            total += n
    return total


def _tidy(text: str, title: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    return "\n".join(lines).strip()


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host.removeprefix("www.")
    return ""  # an address, not a name an outlet goes by


def _outlet(sitename: str, url: str) -> str:
    """The site's name as it calls itself; failing that its host name (never an address)."""
    name = sitename.strip()
    parts = urlsplit(url)
    hosts = {(parts.hostname or "").lower(), parts.netloc.lower()}
    if not name or name.lower().removeprefix("www.") in {h.removeprefix("www.") for h in hosts}:
        return _site(url)
    return name[:200]


def _date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    # a date in the future is a misreading (an event's date, a copyright year)
    return day if day <= datetime.date.today() + datetime.timedelta(days=1) else None
