"""Article URLs: queued as ``Fetch`` rows, fetched and read by the worker, added as articles.

``submit_urls`` is what the desk's form, the API and a feed's poll call; the worker runs
``run_fetch`` (the task ``fetch_url_task``, defined here rather than in
``factcheck.tasks``, which ``ingest`` imports: ``factcheck`` has no import cycle). A
failure stays on the ``Fetch`` with its reason (``FetchFailure``) and the desk offers
"Try again" (``retry_fetch``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from ..ingest import Incoming, ingest_articles
from ..models import Article, Fetch, FetchFailure, FetchStatus
from .elections import infer_election
from .fetching import FetchError, check_url, fetch
from .pages import read_page

# A fetch still queued this long after it was asked for has lost its task (a crash between
# saving it and queuing it): sending the URL again queues it again.
STALE = datetime.timedelta(minutes=10)


def normalise_url(url: str) -> str:
    """``url`` stripped of white space, its #fragment and ``utm_*`` tracking parameters, so
    the same article is recognised whichever link led to it. Raises ``FetchError``
    (``refused``) for anything but an absolute http or https URL."""
    url = url.strip()
    check_url(url)
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_")]  # fmt: skip
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       urlencode(query), ""))  # fmt: skip


@dataclass
class SubmitReport:
    """What became of each URL sent: ``queued`` fetches (new, or failed and queued again),
    ``waiting`` (already queued), ``held`` articles already on the desk with that URL."""

    queued: list[Fetch] = field(default_factory=list)
    waiting: list[Fetch] = field(default_factory=list)
    held: list[Article] = field(default_factory=list)


def submit_urls(
    urls: list[str],
    *,
    user=None,
    token=None,
    feed=None,
    title: str = "",
    outlet: str = "",
    published_on: datetime.date | None = None,
) -> SubmitReport:
    """Queue each URL for fetching (``normalise_url`` first; raises its ``FetchError`` for a
    bad one before anything is stored). A URL already held as an article, or already
    queued, is not queued twice; one whose fetch failed is queued again. ``title``,
    ``outlet`` and ``published_on`` are the sender's and win over the page's. The tasks
    are queued when the transaction commits."""
    cleaned = list(dict.fromkeys(normalise_url(url) for url in urls))
    report = SubmitReport()
    with transaction.atomic():
        held = {a.url: a for a in Article.objects.defer("body").filter(url__in=cleaned)}
        known = {f.url: f for f in Fetch.objects.filter(url__in=cleaned)}
        for url in cleaned:
            if url in held:
                report.held.append(held[url])
                continue
            existing = known.get(url)
            if existing is not None and existing.status == FetchStatus.DONE and existing.article_id:
                report.held.append(existing.article)
                continue
            if existing is not None and not (
                existing.status == FetchStatus.FAILED or _stale(existing)
            ):
                report.waiting.append(existing)
                continue
            if existing is None:
                existing = Fetch.objects.create(
                    url=url, title=title[:500], outlet=outlet[:200], published_on=published_on,
                    requested_by=user, token=token, feed=feed,
                )  # fmt: skip
            else:
                _requeue(existing)
            report.queued.append(existing)
            transaction.on_commit(partial(_enqueue, existing.pk))
    return report


def _stale(item: Fetch) -> bool:
    return item.status == FetchStatus.QUEUED and item.requested_at < timezone.now() - STALE


def _requeue(item: Fetch) -> None:
    Fetch.objects.filter(pk=item.pk).update(status=FetchStatus.QUEUED, failure="", error="")
    item.status, item.failure, item.error = FetchStatus.QUEUED, "", ""


def _enqueue(fetch_id: int) -> None:
    fetch_url_task.enqueue(fetch_id=fetch_id)


def enqueue_fetches(fetch_ids: list[int]) -> None:
    """Queue the fetch task of each (once the transaction commits)."""
    for fetch_id in fetch_ids:
        transaction.on_commit(partial(_enqueue, fetch_id))


def retry_fetch(item: Fetch) -> bool:
    """Queue a failed fetch again (the desk's "Try again"); False if it had not failed."""
    if item.status != FetchStatus.FAILED:
        return False
    with transaction.atomic():
        _requeue(item)
        transaction.on_commit(partial(_enqueue, item.pk))
    return True


@task
def fetch_url_task(*, fetch_id: int) -> str:
    """The worker's task for one queued URL (``run_fetch``): "added", "duplicate",
    "failed" (the reason is on the ``Fetch``) or "skipped"."""
    return run_fetch(fetch_id)


def run_fetch(fetch_id: int) -> str:
    """The worker's work for one ``Fetch``: get the page, read the article, add it.

    Returns the outcome: "added", "duplicate" (the same text is already held: the fetch
    points at that article), "failed" (the reason is stored) or "skipped" (gone, or not
    queued: a task run twice does nothing). Unexpected errors are stored as the reason
    and raised again; "database is locked" is raised untouched (the worker retries).
    """
    from ..processing import is_database_busy

    item = Fetch.objects.select_related("feed").filter(pk=fetch_id).first()
    if item is None or item.status != FetchStatus.QUEUED:
        return "skipped"
    Fetch.objects.filter(pk=item.pk).update(attempts=item.attempts + 1)
    try:
        page = read_page(fetch(item.url))
        size = len(page.text.encode("utf-8"))
        if size > Article.MAX_BODY_BYTES:
            raise FetchError(
                FetchFailure.TOO_LARGE,
                f"Too large: the article's text is {size / 1_000_000:.1f} MB; the desk's "
                f"limit is {Article.MAX_BODY_BYTES / 1_000_000:g} MB.",
            )
        return _store(item, page)
    except FetchError as exc:
        _fail(item, exc.reason, exc.message)
        return "failed"
    except Exception as exc:
        if not is_database_busy(exc):
            _fail(item, FetchFailure.UNREACHABLE, f"Could not read the page: {type(exc).__name__}: "
                  f"{exc}")  # fmt: skip
        raise


def _fail(item: Fetch, reason: str, message: str) -> None:
    Fetch.objects.filter(pk=item.pk, status=FetchStatus.QUEUED).update(
        status=FetchStatus.FAILED, failure=reason, error=message[:2000],
        finished_at=timezone.now(),
    )  # fmt: skip


def _store(item: Fetch, page) -> str:
    outlet = item.outlet or (item.feed.outlet if item.feed_id else "") or page.outlet
    incoming = Incoming(
        title=item.title or page.title,
        outlet=outlet[:200],
        url=item.url,
        published_on=item.published_on or page.published_on,
        body=page.text,
        source_file="",
    )
    with transaction.atomic():
        report = add_articles([incoming], user=item.requested_by, authors=[page.author])
        if report.created:
            article, duplicate = report.created[0], False
        else:
            article, duplicate = report.duplicates[0], True
        Fetch.objects.filter(pk=item.pk).update(
            status=FetchStatus.DONE, article=article, duplicate=duplicate, failure="", error="",
            finished_at=timezone.now(),
        )  # fmt: skip
    return "duplicate" if duplicate else "added"


def add_articles(items: list[Incoming], *, user=None, authors: list[str] | None = None):
    """``ingest.ingest_articles`` plus what it does not set: each new article's election
    (``elections.infer_election`` from its date and text) and author (``authors[i]`` is
    ``items[i]``'s, may be ""). In one transaction; extraction is queued when it commits,
    so the extractor sees the election. Returns one ``IngestReport`` for all the items."""
    from results.models import Election

    from ..ingest import IngestReport

    elections = list(Election.objects.all())
    total = IngestReport()
    with transaction.atomic():
        for index, item in enumerate(items):
            report = ingest_articles([item], user=user)
            total.duplicates += report.duplicates
            total.retried += report.retried
            for article in report.created:
                author = (authors[index] if authors and index < len(authors) else "") or ""
                changes = {"author": author.strip()[:300]} if author.strip() else {}
                election = infer_election(article.published_on, article.body, elections)
                if election is not None:
                    changes["election"] = election
                if changes:
                    Article.objects.filter(pk=article.pk).update(**changes)
                    for name, value in changes.items():
                        setattr(article, name, value)
                total.created.append(article)
    return total
