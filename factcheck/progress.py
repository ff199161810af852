"""The desk's stored counts: each article's claims by review status, each group's articles.

The queue orders every article by how much needs an editor (``ATTENTION_KEYS``) and
the "claims made in several articles" block orders groups by how many articles carry
them. Counted live, that was one pass over every claim on every request (0.4–0.8 s at
200,000 claims, and ten times that at 100,000 articles). They are stored instead
(``Article.n_*``, ``ClaimGroup.n_articles``) and recounted from the claims, never
adjusted by increments, wherever what they count is written:

- an article's claims stored by extraction (``claims.store_claims``);
- a claim saved (``Claim.save``: status, group, suggestion, revision mark);
- a verdict saved or deleted (``Review.save``, ``Review.delete``): every article
  carrying the claim or the group it applies to;
- the writes that bypass ``save()`` call ``articles_changed`` themselves.

A recount locks the articles' rows first (in pk order, so two recounts cannot
deadlock), then counts: on PostgreSQL a concurrent write to the same articles waits
and is then seen, so the last recount to commit counts every committed change. A
verdict on a group carried by more than ``IN_REQUEST_LIMIT`` articles (a UK-wide
figure repeated in every article) recounts them in a background task instead, so
that one save does not recount thousands of articles; their counts follow within
seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from django.apps import apps
from django.db import transaction
from django.db.models import Count, F, Q

from .vocabulary import ClaimStatus, ReviewStatus

# Articles a write recounts in the request; beyond, a background task does it.
IN_REQUEST_LIMIT = 200
BATCH = 500
# How a recount is queued for the background: ``(article ids) -> None``, set when the app
# is ready (``FactcheckConfig.ready``: the task ``tasks.recount_articles_task``); the
# models call this module, so it imports neither them nor the tasks. None: recount now.
recount_later: Callable[[list[int]], None] | None = None


def _model(name: str):
    return apps.get_model("factcheck", name)


# The stored field of each count ``ArticleQuerySet.with_review_counts`` makes.
ARTICLE_COUNTS = {
    "total": "n_total",
    ReviewStatus.TO_REVIEW.value: "n_to_review",
    ReviewStatus.AWAITING_SIGN_OFF.value: "n_awaiting_sign_off",
    ReviewStatus.APPROVED.value: "n_approved",
    ReviewStatus.REJECTED.value: "n_rejected",
    "flagged": "n_flagged",
    "revised": "n_revised",
}


def recount_articles(article_ids: Iterable[int]) -> int:
    """Count again, from their claims, the stored review counts of these articles
    (``Article.n_*``). Locks their rows until the transaction ends. Returns how many
    articles were recounted. Three queries per ``BATCH`` articles."""
    Article = _model("Article")  # noqa: N806
    ids = sorted({pk for pk in article_ids if pk is not None})
    with transaction.atomic():
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            list(
                Article.objects.select_for_update()
                .filter(pk__in=chunk)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            counted = (
                Article.objects.filter(pk__in=chunk)
                .order_by()
                .values("pk")
                .with_review_counts(stored=False)
            )
            rows = [
                Article(pk=row["pk"], **{f: row[name] for name, f in ARTICLE_COUNTS.items()})
                for row in counted
            ]
            Article.objects.bulk_update(rows, list(ARTICLE_COUNTS.values()))
    return len(ids)


def recount_groups(group_ids: Iterable[int]) -> None:
    """Count again how many articles carry each group's open claims
    (``ClaimGroup.n_articles``). Two queries."""
    ClaimGroup = _model("ClaimGroup")  # noqa: N806
    ids = sorted({pk for pk in group_ids if pk is not None})
    if not ids:
        return
    counted = dict(
        ClaimGroup.objects.filter(pk__in=ids)
        .order_by()
        .annotate(
            carried=Count(
                "claims__article", distinct=True, filter=Q(claims__status=ClaimStatus.OPEN)
            )
        )
        .values_list("pk", "carried")
    )
    ClaimGroup.objects.bulk_update(
        [ClaimGroup(pk=pk, n_articles=n) for pk, n in counted.items()], ["n_articles"]
    )


def add_article_to_groups(group_ids: Iterable[int]) -> None:
    """One article more in each of these groups (``ClaimGroup.n_articles``): what a first
    extraction does, which only adds. Locks the rows in pk order first (two workers adding
    articles to overlapping groups cannot deadlock), then one update; do it last in the
    transaction, since the rows stay locked until it ends. Two queries; none for no groups.
    """
    ids = sorted(set(group_ids))
    if not ids:
        return
    ClaimGroup = _model("ClaimGroup")  # noqa: N806
    groups = ClaimGroup.objects.filter(pk__in=ids)
    list(groups.select_for_update().order_by("pk").values_list("pk", flat=True))
    groups.update(n_articles=F("n_articles") + 1)


def articles_changed(article_ids: Iterable[int]) -> None:
    """What a write that changed these articles' claims calls: their counts recounted
    now, in the writer's transaction (``IN_REQUEST_LIMIT`` at most; more in a
    background task once it commits)."""
    ids = sorted({pk for pk in article_ids if pk is not None})
    if len(ids) <= IN_REQUEST_LIMIT or recount_later is None:
        recount_articles(ids)
        return
    for start in range(0, len(ids), BATCH * 4):
        transaction.on_commit(partial(recount_later, ids[start : start + BATCH * 4]))


def verdict_changed(*, group_id: int | None, claim_id: int | None) -> None:
    """A verdict on a group (every article carrying it) or on one claim changed."""
    Claim = _model("Claim")  # noqa: N806
    if group_id is not None:
        ids = Claim.objects.filter(group_id=group_id).values_list("article_id", flat=True)
    else:
        ids = Claim.objects.filter(pk=claim_id).values_list("article_id", flat=True)
    articles_changed(set(ids))


def recount_everything() -> tuple[int, int]:
    """Recount every article and group (after a migration, or to repair by hand:
    ``manage.py recount_desk``). Returns (articles, groups)."""
    Article, ClaimGroup = _model("Article"), _model("ClaimGroup")  # noqa: N806
    articles = list(Article.objects.values_list("pk", flat=True))
    groups = list(ClaimGroup.objects.values_list("pk", flat=True))
    for start in range(0, len(articles), BATCH * 4):
        recount_articles(articles[start : start + BATCH * 4])
    for start in range(0, len(groups), BATCH * 4):
        recount_groups(groups[start : start + BATCH * 4])
    return len(articles), len(groups)
