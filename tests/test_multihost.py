"""Tally on more than one host: the set-up README's "Running on more than one machine"
documents, run for real (``config/multihost.py``: two granian servers and two task
workers on one database and one Redis), and the page cache's generations across
processes.

The servers' database is a SQLite file, or a fresh PostgreSQL database when
``DATABASE_URL`` names PostgreSQL; the shared cache is the Redis at
127.0.0.1:6379 (``REDIS_URL`` overrides it), under a key prefix of the test's own
that is deleted afterwards.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from email.message import Message
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from factcheck import pagecache

REPO = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PORTS = (8710, 8711)  # this test's own
PAGE = "/results/ge2024/islington-north/"
NOTHING_PUBLISHED = "No fact-checks of the coverage of this seat have been published yet."


def redis_cache(prefix: str) -> dict:
    return {
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
    }


def delete_prefix(prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def shared_redis(settings):
    """The "pages" cache on Redis under a prefix of this test's own, deleted afterwards."""
    prefix = f"tally-test-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {**settings.CACHES, "pages": redis_cache(prefix)}
    pagecache.clear_local()
    yield prefix
    pagecache.clear_local()
    delete_prefix(prefix)


def other_process(prefix: str, code: str) -> str:
    """Run ``code`` in another Python process whose "pages" cache is the same Redis."""
    env = {**os.environ, "REDIS_URL": REDIS_URL, "CACHE_KEY_PREFIX": prefix,
           "DJANGO_SETTINGS_MODULE": "tests.settings"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


KEY = pagecache.contest_page_key("ge2024", "islington-north")


def page(text: str) -> dict:
    return {"body": text.encode(), "etag": f'"{text}"', "last_modified": None}


def test_a_page_cleared_in_another_process_is_rendered_again_here_at_once(shared_redis):
    assert pagecache.get_or_render(KEY, lambda: page("before"))["body"] == b"before"
    # Held in this process now: no render.
    assert pagecache.get_or_render(KEY, lambda: page("unused"))["body"] == b"before"
    other_process(shared_redis, f"from factcheck import pagecache; pagecache.clear({KEY!r})")
    assert pagecache.get_or_render(KEY, lambda: page("after"))["body"] == b"after"


def test_another_process_is_served_the_copy_this_one_rendered(shared_redis):
    pagecache.get_or_render(KEY, lambda: page("rendered here"))
    out = other_process(shared_redis, (
        "from factcheck import pagecache\n"
        f"print(pagecache.get_or_render({KEY!r}, lambda: {{'body': b'again'}})['body'])"
    ))  # fmt: skip
    assert out.strip() == "b'rendered here'"


def test_a_page_rendered_before_a_publish_and_stored_after_it_is_not_served(shared_redis):
    """A render that read the seat before the publish committed, and stores its page
    after the publish cleared the cache, is rendered again on the next request."""

    def render_while_publishing():
        stale = page("before the publish")
        other_process(shared_redis, f"from factcheck import pagecache; pagecache.clear({KEY!r})")
        return stale

    assert pagecache.get_or_render(KEY, render_while_publishing)["body"] == b"before the publish"
    assert pagecache.get_or_render(KEY, lambda: page("published"))["body"] == b"published"
    out = other_process(shared_redis, (
        "from factcheck import pagecache\n"
        f"print(pagecache.get_or_render({KEY!r}, lambda: {{'body': b'again'}})['body'])"
    ))  # fmt: skip
    assert out.strip() == "b'published'"


def test_pages_are_rendered_from_the_database_when_redis_cannot_be_reached(settings):
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:8719/0",  # nothing listens there
    }}  # fmt: skip
    pagecache.clear_local()
    assert pagecache.get_or_render(KEY, lambda: page("one"))["body"] == b"one"
    assert pagecache.get_or_render(KEY, lambda: page("two"))["body"] == b"two"
    # A clear that cannot reach Redis says so (the publish's page would stay stale).
    import redis

    with pytest.raises(redis.ConnectionError):
        pagecache.clear(KEY)


# -- two servers and two workers, for real --------------------------------------------


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is answered as it is, its Location read by the test


class Browser:
    """A visitor with cookies, talking to one server; redirects are not followed."""

    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirects()
        )

    def open(self, path: str, data: bytes | None = None, headers: dict | None = None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read().decode()

    def get(self, path: str, headers: dict | None = None) -> tuple[int, Message, str]:
        return self.open(path, headers=headers)

    def post(self, path: str, fields: dict) -> tuple[int, str]:
        """POST the form at ``path`` with its CSRF token; (status, where it redirects)."""
        _, _, form = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        status, headers, _ = self.open(path, data=data)
        return status, headers.get("Location", "")

    def log_in(self, username: str, password: str) -> None:
        status, location = self.post(
            "/accounts/login/?next=/results/", {"username": username, "password": password}
        )
        assert (status, location) == (302, "/results/"), "login failed"


@pytest.fixture(scope="module")
def cluster_env(tmp_path_factory, seeds_dir):
    """A database of the servers' own, migrated and loaded (``tests.multihost_setup``),
    and their environment; yields (env, contest id)."""
    url = os.environ.get("DATABASE_URL", "")
    admin = None
    if url.startswith("postgres"):
        import psycopg

        parts = urlparse(url)
        name = f"tally_multihost_{uuid.uuid4().hex[:8]}"
        admin = urlunparse(parts._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = urlunparse(parts._replace(path=f"/{name}"))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('multihost') / 'db.sqlite3'}"
    prefix = f"tally-test-{uuid.uuid4().hex[:12]}"
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": REDIS_URL,
           "CACHE_KEY_PREFIX": prefix, "DJANGO_SETTINGS_MODULE": "tests.settings"}  # fmt: skip
    env.pop("TASKS_BACKEND", None)
    run = {"cwd": REPO, "env": env, "check": True, "capture_output": True, "text": True}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], **run)
    done = subprocess.run([sys.executable, "-m", "tests.multihost_setup", str(seeds_dir)], **run)
    yield env, int(done.stdout.split()[-1])
    delete_prefix(prefix)
    if admin:
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def children(pid: int) -> list[int]:
    done = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in done.stdout.split()]


@pytest.fixture(scope="module")
def cluster(cluster_env, tmp_path_factory):
    """``config/multihost.py`` with two servers and two workers; stopped (every process
    it started) at the end."""
    env, contest = cluster_env
    log = tmp_path_factory.mktemp("multihost-log") / "multihost.log"
    with log.open("w") as out:
        runner = subprocess.Popen(
            [sys.executable, "config/multihost.py", "--servers", "2", "--workers", "2",
             "--port", str(PORTS[0]), "--no-setup"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    started = set()
    try:
        deadline = time.monotonic() + 60
        while "multihost: ready" not in log.read_text():
            assert runner.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            started |= set(children(runner.pid))
            time.sleep(0.1)
        started |= set(children(runner.pid))
        assert len(started) == 4, log.read_text()  # two servers, two workers
        yield contest, log
    finally:
        started |= set(children(runner.pid))
        runner.send_signal(signal.SIGTERM)
        try:
            runner.wait(timeout=30)
        except subprocess.TimeoutExpired:
            runner.kill()
            runner.wait()
        for pid in started:  # only if the runner failed to stop them
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_a_publish_on_one_server_is_seen_on_the_other_at_once(cluster):
    contest, log = cluster
    first, second = Browser(PORTS[0]), Browser(PORTS[1])
    for browser in (first, second, first, second):  # each server holds the page now
        status, headers, body = browser.get(PAGE)
        assert status == 200
        assert NOTHING_PUBLISHED in body
    old_etag = headers.get("ETag")
    assert old_etag

    editor = Browser(PORTS[0])
    editor.log_in("editor", "tally-editor-demo")
    status, location = editor.post(f"/desk/contests/{contest}/publish/", {"note": ""})
    assert (status, location) == (302, PAGE)
    _, _, body = editor.get(PAGE)
    assert "Published version 1 of Islington North, 2024 general election." in body

    status, headers, body = second.get(PAGE, {"If-None-Match": old_etag})
    assert status == 200
    assert NOTHING_PUBLISHED not in body
    assert "(version 1)" in body
    assert headers.get("ETag") != old_etag
    status, _, body = first.get(PAGE)
    assert "(version 1)" in body


def test_an_article_added_on_one_server_is_extracted_by_a_worker_and_seen_on_the_other(
    cluster,
):
    first, second = Browser(PORTS[0]), Browser(PORTS[1])
    first.log_in("editor", "tally-editor-demo")
    second.log_in("editor2", "tally-editor2-demo")
    title = f"Islington North count {uuid.uuid4().hex[:6]}"
    body = "Jeremy Corbyn held Islington North with 24,120 votes, a majority of 7,247."
    status, location = first.post(
        "/desk/articles/new/", {"title": title, "outlet": "Test", "body": body}
    )
    assert status == 302
    article = int(re.search(r"/desk/articles/(\d+)/", location).group(1))
    deadline = time.monotonic() + 60
    while True:
        status, headers, _ = second.get(f"/desk/articles/{article}/extraction/")
        assert status == 200
        if headers.get("HX-Refresh") == "true":  # the claims are in
            break
        assert time.monotonic() < deadline, "no worker extracted the article"
        time.sleep(0.2)
    _, _, page_body = second.get(f"/desk/articles/{article}/")
    assert title in page_body
    assert "24,120" in page_body
