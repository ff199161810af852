"""Add articles to the desk: reduce HTML to text, refuse duplicates, queue extraction."""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass, field
from functools import partial

import nh3
from django.db import transaction

from .models import Article, text_fingerprint
from .seeds import article_title
from .tasks import extract_article, retry_extraction

MAX_BODY_BYTES = 1_000_000

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_BLOCK_END = re.compile(r"<\s*(/(p|div|li|h[1-6]|blockquote|tr)|br\s*/?)\s*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20_000])) >= 2


def html_to_text(text: str) -> str:
    """Paragraphs and line breaks survive; tags, scripts and styles do not."""
    text = _DROP.sub("", text)
    text = _BLOCK_END.sub("\n", text)
    text = nh3.clean(text, tags=set(), attributes={}, strip_comments=True)
    text = html.unescape(text)
    # Fold runs of ordinary spaces only: non-breaking and thin spaces can sit
    # inside a figure ("24\u202f120") and must survive.
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip(" \t") for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def find_duplicate(body: str, url: str = "") -> Article | None:
    """The stored article with this text (by fingerprint) or this URL, body not loaded.

    Two lookups, each on its own index (``fingerprint``, ``url``): one query with
    ``OR`` scanned the whole table on SQLite (50 articles/s at 10,000 articles).
    """
    articles = Article.objects.defer("body")
    found = articles.filter(fingerprint=text_fingerprint(body)).first()
    if found is None and url:
        found = articles.filter(url=url).first()
    return found


@dataclass
class Incoming:
    title: str
    outlet: str
    url: str
    published_on: datetime.date | None
    body: str
    source_file: str


@dataclass
class IngestReport:
    created: list[Article] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    # duplicates whose extraction had failed: queued again
    retried: list[Article] = field(default_factory=list)


def ingest_articles(items: list[Incoming], *, user=None) -> IngestReport:
    """Store new articles and queue their extraction; the same text or URL is not stored
    twice. Adding again an article whose extraction failed queues it again."""
    report = IngestReport()
    with transaction.atomic():
        for item in items:
            body = html_to_text(item.body) if looks_like_html(item.body) else item.body
            body = body.replace("\r\n", "\n").replace("\r", "\n")
            existing = find_duplicate(body, item.url)
            if existing is not None:
                report.duplicates.append(existing)
                if existing.extraction_failed:
                    retry_extraction(existing)
                    report.retried.append(existing)
                continue
            article = Article.objects.create(
                title=(item.title or article_title(body))[:500],
                outlet=item.outlet,
                url=item.url,
                published_on=item.published_on,
                body=body,
                source_file=item.source_file,
                added_by=user,
            )
            report.created.append(article)
            transaction.on_commit(partial(extract_article.enqueue, article_id=article.pk))
    return report
