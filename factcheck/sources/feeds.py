"""RSS and Atom feeds, polled by the worker on each feed's own schedule.

The schedule lives in the database (``Feed.next_poll_at``): every task worker, at each of
its sweeps (``manage.py db_worker``, every ``--sweep-interval`` seconds), calls
``schedule_polls``, which moves each due feed's next poll on by its interval with a
conditional update and queues ``poll_feed_task`` only if that update won: with any
number of workers on any number of hosts, a feed is polled once per interval, and no
separate scheduler process is needed.

A poll is a conditional GET (``If-None-Match`` with the last ETag, ``If-Modified-Since``
with the last Last-Modified); 304 adds nothing. Otherwise feedparser reads the items; an
item whose URL (normalised, ``urls.normalise_url``) is already an article or a fetch is
skipped, the others become ``Fetch`` rows queued for the worker, which also skips a page
whose text is already held (``ingest.find_duplicate``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial

import feedparser
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from ..models import Article, Feed, Fetch
from .fetching import FetchError, fetch
from .urls import enqueue_fetches, normalise_url

MIN_INTERVAL = 60
FEED_TYPES = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)


def subscribe(url: str, *, user=None, outlet: str = "", interval: int | None = None) -> Feed:
    """A new feed, its first poll queued when the transaction commits. Raises
    ``FetchError`` for a URL Tally does not fetch, ``ValueError`` if already subscribed."""
    url = normalise_url(url)
    if Feed.objects.filter(url=url).exists():
        raise ValueError(f"Already subscribed to {url}.")
    seconds = max(MIN_INTERVAL, interval or settings.FEED_POLL_INTERVAL)
    with transaction.atomic():
        feed = Feed.objects.create(
            url=url, outlet=outlet[:200], interval=seconds, added_by=user,
            next_poll_at=timezone.now() + datetime.timedelta(seconds=seconds),
        )  # fmt: skip
        transaction.on_commit(partial(_enqueue_poll, feed.pk))
    return feed


def unsubscribe(feed: Feed) -> int:
    """Stop following ``feed`` and forget it (the feeds page's "Unsubscribe"): it is never
    polled again (a poll already queued finds no feed and does nothing). The articles it
    brought in, and its URLs' fetches, stay (their ``feed`` becomes empty). Returns how many
    fetches it had listed."""
    listed = feed.fetches.count()
    feed.delete()
    return listed


def poll_now(feed: Feed) -> None:
    """Queue a poll of ``feed`` now (the feeds page's "Poll now"), paused or not."""
    transaction.on_commit(partial(_enqueue_poll, feed.pk))


@task
def poll_feed_task(*, feed_id: int) -> dict:
    """The worker's task for one feed (``poll``); returns its ``PollReport`` as a dict."""
    return asdict(poll(feed_id))


def _enqueue_poll(feed_id: int, backend: str = "default") -> None:
    poll_feed_task.using(backend=backend).enqueue(feed_id=feed_id)


def schedule_polls(*, backend: str = "default", now: datetime.datetime | None = None) -> int:
    """Queue a poll of every feed that is due (not paused, ``next_poll_at`` passed), each
    once however many workers call this at the same time. Returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    due = Feed.objects.filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now), paused=False
    ).values_list("pk", "next_poll_at", "interval")
    for pk, next_poll_at, interval in due:
        later = now + datetime.timedelta(seconds=max(MIN_INTERVAL, interval))
        with transaction.atomic():
            won = Feed.objects.filter(pk=pk, next_poll_at=next_poll_at).update(next_poll_at=later)
            if won:
                transaction.on_commit(partial(_enqueue_poll, pk, backend))
                queued += 1
    return queued


@dataclass
class PollReport:
    """One poll: ``status`` the HTTP status (0: failed before an answer), ``listed`` items in
    the feed, ``taken`` new URLs queued, ``error`` the failure ("" if none)."""

    status: int = 0
    listed: int = 0
    taken: int = 0
    error: str = ""


def poll(feed_id: int, *, on_fetches: Callable[[list[int]], None] = enqueue_fetches) -> PollReport:
    """Poll one feed (the worker's task): conditional GET, new items queued as fetches, the
    feed's counters and last poll recorded. A failure is recorded on the feed (``errors``,
    ``last_error``), not raised."""
    feed = Feed.objects.filter(pk=feed_id).first()
    report = PollReport()
    if feed is None:
        return report
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        answer = fetch(feed.url, headers=headers, accept=FEED_TYPES)
        report.status = answer.status
        if answer.status == 304:
            _record(feed, report, status="Not modified (304): nothing new")
            return report
        parsed = feedparser.parse(
            answer.body,
            response_headers={"content-type": answer.headers.get("content-type", ""),
                              "content-location": answer.url},
        )  # fmt: skip
        if not parsed.entries and (parsed.bozo or not parsed.version):
            raise FetchError("not_article", f"Not an RSS or Atom feed: {feed.url}.")
        items = _items(parsed.entries[: settings.FEED_MAX_ITEMS])
        report.listed = len(items)
        with transaction.atomic():
            new_ids = _take(feed, items)
            report.taken = len(new_ids)
            on_fetches(new_ids)
            _record(
                feed,
                report,
                status=f"{report.listed} item{'s' * (report.listed != 1)}, {report.taken} new",
                etag=answer.headers.get("etag", ""),
                last_modified=answer.headers.get("last-modified", ""),
                title=(parsed.feed.get("title") or "").strip(),
            )
    except FetchError as exc:
        report.error = exc.message
        _record(feed, report, status="Failed")
    return report


def _items(entries) -> list[tuple[str, str, datetime.date | None]]:
    """(normalised URL, title, date) of each entry with a usable link, feed order."""
    items, seen = [], set()
    for entry in entries:
        link = entry.get("link") or ""
        if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
            link = entry["id"]
        try:
            url = normalise_url(link)
        except FetchError:
            continue
        if url in seen:
            continue
        seen.add(url)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = datetime.date(*stamp[:3]) if stamp else None
        items.append((url, (entry.get("title") or "").strip()[:500], day))
    return items


def _take(feed: Feed, items) -> list[int]:
    """Fetch rows for the items not already held by URL; their pks."""
    urls = [url for url, _, _ in items]
    held = set()
    for start in range(0, len(urls), 500):
        chunk = urls[start : start + 500]
        held |= set(Article.objects.filter(url__in=chunk).values_list("url", flat=True))
        held |= set(Fetch.objects.filter(url__in=chunk).values_list("url", flat=True))
    new = [
        Fetch(url=url, title=title, published_on=day, outlet=feed.outlet, feed=feed)
        for url, title, day in items
        if url not in held
    ]
    if not new:
        return []
    try:
        with transaction.atomic():
            return [f.pk for f in Fetch.objects.bulk_create(new)]
    except IntegrityError:  # another feed listed one of them a moment ago
        ids = []
        for item in new:
            made, created = Fetch.objects.get_or_create(url=item.url, defaults={
                "title": item.title, "published_on": item.published_on, "outlet": item.outlet,
                "feed": feed})  # fmt: skip
            if created:
                ids.append(made.pk)
        return ids


def _record(feed: Feed, report: PollReport, *, status: str, **found) -> None:
    now = timezone.now()
    fields = {
        "last_polled_at": now,
        "polls": feed.polls + 1,
        "last_status": status[:200],
        "last_error": report.error[:2000],
        "items_seen": feed.items_seen + report.listed,
        "items_taken": feed.items_taken + report.taken,
    }
    if report.error:
        fields["errors"] = feed.errors + 1
    if found.get("etag") is not None and report.status == 200:
        fields["etag"] = found["etag"][:500]
        fields["last_modified"] = found.get("last_modified", "")[:100]
    if found.get("title") and not feed.title:
        fields["title"] = found["title"][:300]
    Feed.objects.filter(pk=feed.pk).update(**fields)
    for name, value in fields.items():
        setattr(feed, name, value)
