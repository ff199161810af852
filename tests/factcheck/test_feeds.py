"""Feeds (issue 17) against a local server: polled twice, the second poll is conditional and
adds nothing; items already held by URL or by text are skipped; the schedule queues each
due feed once across workers; the feeds page shows polls, items and errors; pausing."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from factcheck.models import Article, Feed, Fetch, FetchStatus
from factcheck.sources import feeds
from tests import sources_site
from tests.sources_site import RFC822_DAY, Response, Site


@pytest.fixture
def site(settings):
    settings.FETCH_ALLOW_PRIVATE = True
    server = Site().start()
    stories = sources_site.stories()
    for story, layout in zip(stories, sources_site.LAYOUTS.values(), strict=True):
        server.routes[f"/news/{story.slug}"] = Response(body=layout(story))
    items = [(s.title, f"{server.url}/news/{s.slug}", RFC822_DAY) for s in stories[:3]]
    server.routes["/feed.xml"] = Response(
        body=sources_site.rss(items), content_type="application/rss+xml", conditional=True
    )
    yield server
    server.stop()


def _feed_requests(site) -> list[dict]:
    return [headers for path, headers in site.requests if path == "/feed.xml"]


def test_a_feed_polled_twice_adds_nothing_the_second_time_and_asks_conditionally(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("factcheck:feed_list"),
            {"url": f"{site.url}/feed.xml", "outlet": "Courier", "interval": "5"},
        )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert feed.interval == 300
    assert feed.title == "Courier: Election 2024"
    assert Article.objects.filter(url__startswith=site.url).count() == 3
    assert feed.items_taken == 3
    assert feed.polls == 1
    first = _feed_requests(site)[0]
    assert "If-None-Match" not in first

    with django_capture_on_commit_callbacks(execute=True):
        report = feeds.poll(feed.pk)
    assert (report.status, report.taken) == (304, 0)
    second = _feed_requests(site)[1]
    assert second["If-None-Match"] == feed.etag
    assert second["If-Modified-Since"] == feed.last_modified
    feed.refresh_from_db()
    assert feed.polls == 2
    assert feed.items_taken == 3
    assert Article.objects.filter(url__startswith=site.url).count() == 3
    page = client.get(reverse("factcheck:feed_list")).content.decode()
    assert "Not modified (304): nothing new" in page
    assert "3 added, 0 failed" in page


def test_items_held_by_url_or_by_text_are_skipped(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    stories = sources_site.stories()
    held = f"{site.url}/news/{stories[0].slug}"
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("factcheck:article_add"), {"urls": held})
    # the same text as the second story, already pasted by hand
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("factcheck:article_add"), {"title": "Pasted", "body": stories[1].text})
    with django_capture_on_commit_callbacks(execute=True):
        feed = feeds.subscribe(f"{site.url}/feed.xml", user=editor)
    feed.refresh_from_db()
    assert feed.items_taken == 2  # the first item's URL was already held
    same_text = Fetch.objects.get(url=f"{site.url}/news/{stories[1].slug}")
    assert same_text.duplicate
    assert same_text.article.title == "Pasted"
    assert Article.objects.filter(url__startswith=site.url).count() == 2
    assert [p for p in site.paths() if p == f"/news/{stories[0].slug}"] == [
        f"/news/{stories[0].slug}"
    ]  # fetched once, by the editor


def test_a_new_item_is_taken_on_the_next_poll(db, site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        feed = feeds.subscribe(f"{site.url}/feed.xml")
    story = sources_site.stories()[3]
    items = [(s.title, f"{site.url}/news/{s.slug}", RFC822_DAY) for s in sources_site.stories()]
    site.routes["/feed.xml"] = Response(
        body=sources_site.rss(items), content_type="application/rss+xml", conditional=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        report = feeds.poll(feed.pk)
    assert (report.status, report.listed, report.taken) == (200, 4, 1)
    added = Fetch.objects.get(url=f"{site.url}/news/{story.slug}")
    assert added.status == FetchStatus.DONE
    assert added.feed == feed
    assert added.article.published_on == datetime.date(2024, 7, 5)


def test_a_failing_feed_shows_its_error_and_can_be_paused(client, db, editor, site):
    site.routes["/broken.xml"] = Response(status=500, body="oops")
    feed = Feed.objects.create(url=f"{site.url}/broken.xml")
    feeds.poll(feed.pk)
    feeds.poll(feed.pk)
    feed.refresh_from_db()
    assert feed.errors == 2
    assert "500" in feed.last_error
    client.force_login(editor)
    page = client.get(reverse("factcheck:feed_list")).content.decode()
    assert "The server answered 500" in page
    assert "2 failed polls of 2" in page
    client.post(reverse("factcheck:feed_pause", args=[feed.pk]), {"paused": "1"})
    feed.refresh_from_db()
    assert feed.paused
    assert "Resume" in client.get(reverse("factcheck:feed_list")).content.decode()


def test_not_a_feed(db, site):
    site.routes["/page.html"] = Response(body="<html><body><p>Hello</p></body></html>")
    feed = Feed.objects.create(url=f"{site.url}/page.html")
    report = feeds.poll(feed.pk)
    assert "Not an RSS or Atom feed" in report.error


def test_the_schedule_queues_each_due_feed_once(db, django_capture_on_commit_callbacks):
    now = timezone.now()
    due = Feed.objects.create(url="https://a.example/feed", next_poll_at=now, interval=300)
    Feed.objects.create(url="https://b.example/feed", next_poll_at=now, paused=True)
    Feed.objects.create(url="https://c.example/feed", next_poll_at=now + datetime.timedelta(60))
    with django_capture_on_commit_callbacks() as queued:
        assert feeds.schedule_polls(now=now) == 1
        # a second worker sweeping at the same moment finds nothing due
        assert feeds.schedule_polls(now=now) == 0
    assert len(queued) == 1
    due.refresh_from_db()
    assert due.next_poll_at == now + datetime.timedelta(seconds=300)


def test_subscribing_twice_or_to_a_bad_url_is_refused(client, db, editor):
    client.force_login(editor)
    Feed.objects.create(url="https://a.example/feed")
    again = client.post(reverse("factcheck:feed_list"), {"url": "https://a.example/feed"})
    assert "Already subscribed" in again.content.decode()
    bad = client.post(reverse("factcheck:feed_list"), {"url": "gopher://x/feed"})
    assert "Only http and https" in bad.content.decode()
    assert 'value="gopher://x/feed"' in bad.content.decode()
    assert Feed.objects.count() == 1
