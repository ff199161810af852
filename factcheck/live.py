"""Live desk pages (issue 15): the queue, the claim list and an open article refresh when a
colleague changes something, by htmx polling with a cheap "not modified" answer.

Each page carries a *stamp*: a short hash of exactly what it shows that a colleague can
change (``queue_stamp``, ``claims_stamp``, ``article_stamp``). The page polls its own URL
every ``poll_seconds()`` with the stamp it was rendered under in the ``SINCE_HEADER``
header; the view works out the stamp again from the same rows it would render and, when
it is the same, answers 204 with no body (htmx swaps nothing), skipping the page's other
queries and the rendering. When it differs the page's changing part comes back and is
swapped in, without touching a form being edited (``static/tally/live.js``).

The stamps are read from the database, not kept by the writers: every write, from the
desk, the task workers (extraction, re-checks) or the admin, on any process or machine,
shows in the next poll, and there is no counter for every writer to remember to bump.
"""

from __future__ import annotations

import hashlib

from django.conf import settings

from . import presence
from .models import Article, Claim

# The request header a polling page sends its stamp in.
SINCE_HEADER = "X-Tally-Since"
# Seconds between two polls of a live page (the setting ``DESK_POLL_SECONDS``).
POLL_SECONDS = 5


def poll_seconds() -> int:
    """How often a live page polls, in seconds (``settings.DESK_POLL_SECONDS``, default 5)."""
    return int(getattr(settings, "DESK_POLL_SECONDS", POLL_SECONDS))


def stamp(rows) -> str:
    """A 16-hex-digit hash of ``rows`` (anything with a stable ``repr``)."""
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def is_current(since: str | None, current: str) -> bool:
    """Whether the stamp a page sent (``since``, from ``SINCE_HEADER``) is still ``current``."""
    return bool(since) and since == current


# What a claim row shows that a colleague can change: its own state and the verdict
# applying to it (its own, else its group's), with the verdict's version and sign-off.
CLAIM_STATE = (
    "pk", "version", "status", "revision_pending", "suggested_verdict",
    "review__pk", "review__version", "review__approved_by_id",
    "group__review__pk", "group__review__version", "group__review__approved_by_id",
)  # fmt: skip


def _claim_state(claim: Claim) -> tuple:
    """``CLAIM_STATE`` of a claim loaded by ``Claim.objects.for_review()``."""
    own = getattr(claim, "review", None)
    group = getattr(claim.group, "review", None) if claim.group_id else None
    verdicts = [(r.pk, r.version, r.approved_by_id) if r else (None,) * 3 for r in (own, group)]
    return (
        claim.pk, claim.version, claim.status, claim.revision_pending, claim.suggested_verdict,
        *verdicts[0], *verdicts[1],
    )  # fmt: skip


def claims_stamp(page) -> str:
    """The stamp of a page of the claim list (``claim_queue.ClaimPage``): its claims' state
    and the list's size. No query."""
    return stamp((page.total, page.number, page.has_next, [_claim_state(c) for c in page.claims]))


def queue_stamp(queue, on: dict) -> str:
    """The stamp of a page of the queue (``views.desk.QueuePage``, its articles annotated
    with their counts) and who is on each article (``on``: pk -> username). No query."""
    keys = ("total", "to_review", "awaiting_sign_off", "approved", "rejected", "flagged",
            "revised")  # fmt: skip
    rows = [
        (a.pk, a.title, a.extracted_at, a.extraction_error != "", on.get(a.pk, ""),
         *(getattr(a, key, None) for key in keys))
        for a in queue.articles
    ]  # fmt: skip
    return stamp((queue.total, queue.next_cursor, queue.previous_cursor, rows))


def article_stamp(article_id: int) -> str | None:
    """The stamp of an article's desk page: whether its claims are extracted, and each
    claim's state (``CLAIM_STATE``). None if there is no such article. Two queries."""
    article = (
        Article.objects.filter(pk=article_id).values_list("extracted_at", "extraction_error")
    ).first()
    if article is None:
        return None
    claims = list(
        Claim.objects.filter(article_id=article_id).order_by("pk").values_list(*CLAIM_STATE)
    )
    return stamp((article, claims))


def article_stamp_of(article: Article, claims: list[Claim]) -> str:
    """``article_stamp`` of an article whose claims the page has loaded
    (``Claim.objects.for_review()``). No query."""
    rows = sorted(_claim_state(c) for c in claims)
    return stamp(((article.extracted_at, article.extraction_error), rows))


def article_page(article: Article, claims: list[Claim]) -> dict:
    """``article_live`` for the article's page as first rendered, with no query: the page
    polls at once on load (``first_poll``), which records the heartbeat and fills in who
    else has it open (``present`` is None until then)."""
    return {
        "live_stamp": f"{article_stamp_of(article, claims)}.",
        "present": None,
        "poll_seconds": poll_seconds(),
        "first_poll": True,
    }


def article_live(article_id: int, user, *, content: str | None = None) -> dict:
    """What an open article's page needs to stay live, with ``user``'s heartbeat recorded
    (``presence.beat``): ``live_stamp`` ("<content>.<presence>": the article's stamp, then
    the stamp of who else has it open), ``present`` (their usernames), ``poll_seconds``.
    ``content``: the article's stamp when the caller has it. Raises ``Article.DoesNotExist``.
    Two queries with ``content`` (the beat and who else), four without; a first beat
    two more."""
    content = content or article_stamp(article_id)
    if content is None:
        raise Article.DoesNotExist
    presence.beat(article_id, user)
    present = presence.others(article_id, user)
    return {
        "live_stamp": f"{content}.{stamp(present)}",
        "present": present,
        "poll_seconds": poll_seconds(),
    }
