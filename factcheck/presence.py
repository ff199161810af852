"""Who else has an article open on the desk (issue 15): a heartbeat per editor per
article, with a short expiry.

Each poll of an open article (``views.live.article_live``, every ``live.poll_seconds()``)
records that its editor is still there (``beat``); the editors whose last beat is younger
than ``EXPIRES_AFTER`` have it open (``others``). An editor who closes the page stops
beating and drops out of the list within ``EXPIRES_AFTER``.

Kept in the database (``ArticlePresence``), not in the cache: every web process on every
machine shares it, and a beat is an UPDATE of the editor's own row (an INSERT the first
time, which the unique constraint makes safe when two tabs beat at once), so two editors
beating at once cannot lose each other's beat, as a read-modify-write of a shared list
in the cache would. The cost is one small write per editor per poll and one indexed read.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import ArticlePresence

# An editor counts as having the article open this long after their last beat: a few
# missed polls (a slow network, a laptop lid) do not make them vanish.
EXPIRES_AFTER = datetime.timedelta(seconds=30)
# Rows older than this are deleted when their editor next opens an article.
FORGET_AFTER = datetime.timedelta(hours=12)


def beat(article_id: int, user) -> None:
    """Record that ``user`` has the article open now. One query (an UPDATE) once the
    editor's row exists; the first beat inserts it and forgets the editor's stale rows."""
    now = timezone.now()
    mine = ArticlePresence.objects.filter(article_id=article_id, user=user)
    if mine.update(seen_at=now):
        return
    try:
        with transaction.atomic():
            ArticlePresence.objects.create(article_id=article_id, user=user, seen_at=now)
    except IntegrityError:  # another tab of theirs inserted it first
        mine.update(seen_at=now)
    ArticlePresence.objects.filter(user=user, seen_at__lt=now - FORGET_AFTER).delete()


def others(article_id: int, user) -> list[str]:
    """The usernames of the other editors who have the article open (beat within
    ``EXPIRES_AFTER``), A to Z. One query."""
    since = timezone.now() - EXPIRES_AFTER
    return sorted(
        ArticlePresence.objects.filter(article_id=article_id, seen_at__gte=since)
        .exclude(user=user)
        .values_list("user__username", flat=True)
    )


def leave(article_id: int, user) -> None:
    """Forget that ``user`` has the article open (they closed it)."""
    ArticlePresence.objects.filter(article_id=article_id, user=user).delete()
