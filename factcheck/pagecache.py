"""Two-level cache for the published verification pages.

Level 1 is a plain dict in each worker holding the page as encoded bytes,
kept ``PAGE_LOCAL_SECONDS``: a hit costs one dict lookup, with no lock, no
pickling and no re-encoding of a 100 KB page. (Django's LocMemCache pickles
every value and takes a lock on every get; measured under granian's threads
that halved the page's rate: see benchmarks/page_load.py.) Level 2 is the
shared "pages" cache, which every worker on the machine sees, so a publish
clears it for all of them; other workers' level-1 copies expire within
``PAGE_LOCAL_SECONDS``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from django.core.cache import caches

LOCAL_SECONDS = float(os.environ.get("PAGE_LOCAL_SECONDS", "5"))
_local: dict[str, tuple[float, dict]] = {}


def contest_page_key(election: str, constituency: str, version: int | None = None) -> str:
    """The cache key of a seat's page (``version=None``: the current one) from the URL's slugs."""
    key = f"tally:contest-page:{election}:{constituency}"
    return f"{key}:v{version}" if version else key


def get_or_render(key: str, render: Callable[[], dict]) -> dict:
    """The cached entry for ``key``, rendering and storing it on a miss."""
    now = time.monotonic()
    hit = _local.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]
    entry = caches["pages"].get(key)
    if entry is None:
        entry = render()
        caches["pages"].set(key, entry)
    _local[key] = (now + LOCAL_SECONDS, entry)
    return entry


def clear(key: str, *, versions: int = 0) -> None:
    """Forget a page and its numbered versions, here and in the shared cache."""
    keys = [key] + [f"{key}:v{n}" for n in range(1, versions + 1)]
    for k in keys:
        _local.pop(k, None)
    caches["pages"].delete_many(keys)


def clear_contest(contest, *, versions: int) -> None:
    """Forget a seat's page and its ``versions`` numbered versions (after a publish)."""
    clear(contest_page_key(contest.election.slug, contest.constituency.slug), versions=versions)


def clear_local() -> None:
    """Empty this worker's level-1 copies (tests call it between cases)."""
    _local.clear()
