"""Two-level cache for the published verification pages, correct across hosts.

Level 1 is a plain dict in each worker process holding the page as encoded
bytes: a hit costs one dict lookup, with no pickling and no re-encoding of a
100 KB page. (Django's LocMemCache pickles every value and takes a lock on every
get; measured under granian's threads that halved the page's rate: see
benchmarks/page_load.py.) Level 2 is the shared "pages" cache: Redis when
``REDIS_URL`` is set, so every host sees it, else a file cache every process on
the machine sees (config/settings.py).

Every page key has a *generation* in the shared cache (``<key>:generation``), a
random token replaced each time the page is cleared. A level-1 or level-2 copy
records the generation it was rendered under and is served only while that is
still the generation, so each request costs one small get from the shared cache
(the token) and a publish on one host is seen at once on every other: there is
no window during which another process serves its old copy. Pages are cleared
after the publish commits (``transaction.on_commit``), so a page rendered from
the data as it was before the commit carries the old token and is never served
after it. Tokens are random and never reused, so a generation lost from the
shared cache (evicted, Redis restarted) only costs a render.

If the shared cache cannot be reached, the page is rendered from the database
for that request (and logged), and the worker drops its level-1 copies, rather
than serving a copy nobody can vouch for. A clear tries three times over about a
second, then raises: a publish made while Redis is down for longer leaves the
page's old copy in Redis, served again once Redis is back, until it expires (an
hour); README says to flush Tally's Redis database after such an outage.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable

from django.core.cache import caches

logger = logging.getLogger(__name__)

GENERATION_SUFFIX = ":generation"
_local: dict[str, tuple[str, dict]] = {}


def contest_page_key(election: str, constituency: str, version: int | None = None) -> str:
    """The cache key of a seat's page (``version=None``: the current one) from the URL's slugs."""
    key = f"tally:contest-page:{election}:{constituency}"
    return f"{key}:v{version}" if version else key


def election_page_key(election: str, data_version: int, version: int | None = None) -> str:
    """The cache key of an election's national page (``version=None``: the current one) at
    official data version ``data_version`` (``results.models.OfficialDataVersion``): the
    page sums every seat, so a copy is never served after any official figure changed."""
    key = f"tally:election-page:{election}:d{data_version}"
    return f"{key}:v{version}" if version else key


def _new_token() -> str:
    return secrets.token_hex(8)


def generation(key: str) -> str | None:
    """The page's current generation token (16 hex digits) in the shared cache, made on
    first use; ``None`` if the shared cache could not keep one (the caller renders).
    Raises the shared cache's error if it cannot be reached."""
    pages = caches["pages"]
    gen_key = key + GENERATION_SUFFIX
    token = pages.get(gen_key)
    if token is None:
        token = _new_token()
        if not pages.add(gen_key, token, timeout=None):
            token = pages.get(gen_key)
    return token


def get_or_render(key: str, render: Callable[[], dict]) -> dict:
    """The entry for ``key`` (whatever ``render`` returns: a dict), rendering and storing it
    when no copy of the current generation is held here or in the shared cache.

    Costs one shared-cache get when this worker holds the current copy, two when
    the shared cache does, three and a render otherwise. Errors reaching the
    shared cache are logged and the page is rendered for this request alone.
    """
    try:
        token = generation(key)
    except Exception:
        logger.warning("shared page cache unreachable; rendering %s uncached", key, exc_info=True)
        _local.clear()
        return render()
    if token is None:
        return render()
    hit = _local.get(key)
    if hit is not None and hit[0] == token:
        return hit[1]
    pages = caches["pages"]
    try:
        stored = pages.get(key)
    except Exception:
        logger.warning("shared page cache unreachable; rendering %s uncached", key, exc_info=True)
        _local.clear()
        return render()
    if isinstance(stored, tuple) and stored[0] == token:
        entry = stored[1]
    else:
        entry = render()
        try:
            pages.set(key, (token, entry))
        except Exception:
            logger.warning("shared page cache unreachable; %s not stored", key, exc_info=True)
            return entry
    _local[key] = (token, entry)
    return entry


def clear(key: str, *, versions: int = 0) -> None:
    """Forget a page and its numbered versions in every process on every host.

    Gives each a new generation in the shared cache (so copies held anywhere
    stop being served at once) and deletes the shared copies. Call it after the
    change has committed. Tries three times over about a second, then raises the
    shared cache's error (the change is then not visible on cached pages).
    """
    keys = [key] + [f"{key}:v{n}" for n in range(1, versions + 1)]
    for k in keys:
        _local.pop(k, None)
    pages = caches["pages"]
    for attempt in range(3):
        try:
            pages.set_many({k + GENERATION_SUFFIX: _new_token() for k in keys}, timeout=None)
            pages.delete_many(keys)
            return
        except Exception:
            if attempt == 2:
                logger.error("shared page cache unreachable; %s not cleared", key)
                raise
            time.sleep(0.25 * (attempt + 1))


def clear_contest(contest, *, versions: int) -> None:
    """Forget a seat's page and its ``versions`` numbered versions (after a publish)."""
    clear(contest_page_key(contest.election.slug, contest.constituency.slug), versions=versions)


def clear_election(election, *, versions: int) -> None:
    """Forget an election's national page (at the current official data) and its
    ``versions`` numbered versions (after a publish)."""
    from results.models import OfficialDataVersion

    number, _ = OfficialDataVersion.current()
    clear(election_page_key(election.slug, number), versions=versions)


def clear_local() -> None:
    """Empty this worker's level-1 copies (tests call it between cases)."""
    _local.clear()
