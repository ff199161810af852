"""The desk's queues by claim (issue 15): every claim matching the filters, likely
inaccurate first, a page at a time; "mine to review" and "awaiting my sign-off".

The filters live in the URL (``CLAIM_FILTERS``), so a filtered list is saved and shared
as a link. Business rules only: the desk's view parses the URL and renders.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from .assignments import assigned_articles
from .models import Article, Claim, ClaimQuerySet
from .vocabulary import ClaimType, ReviewStatus, Verdict

PAGE_SIZE = 50  # claims on a page of the claim queue

# The claim queue's URL parameters: the article queue's search and filters, the claim's
# election, and ``view`` (one of ``VIEWS``).
CLAIM_FILTERS = ("view", "q", "status", "type", "verdict", "constituency", "outlet", "election")

VIEWS = {
    "": "Every claim",
    "mine": "Mine to review",
    "sign-off": "Awaiting my sign-off",
}


def clean(params) -> dict[str, str]:
    """The claim queue's parameters from a ``QueryDict``: known names only, NUL characters
    (which PostgreSQL refuses) dropped, a value outside its vocabulary blanked (as if it
    were not given)."""
    values = {name: params.get(name, "").replace("\x00", "").strip() for name in CLAIM_FILTERS}
    allowed = {
        "view": VIEWS,
        "status": ReviewStatus.values,
        "type": ClaimType.values,
        "verdict": Verdict.values,
    }
    for name, vocabulary in allowed.items():
        if values[name] not in vocabulary:
            values[name] = ""
    return values


def awaiting_sign_off_by(user) -> Q:
    """Claims whose verdict (their own, else their group's) awaits a sign-off that ``user``
    may give: written by someone else."""
    own = Q(review__isnull=False, review__approved_by__isnull=True) & ~Q(review__author=user)
    group = (
        Q(review__isnull=True, group__review__isnull=False)
        & Q(group__review__approved_by__isnull=True)
        & ~Q(group__review__author=user)
    )
    return Q(status=Claim.Status.OPEN) & (own | group)


def inaccurate() -> Q:
    """Claims called inaccurate: by the verdict applying to them (their own, else their
    group's) or, with no verdict, by the checker's suggestion."""
    own = Q(review__verdict=Verdict.INACCURATE)
    group = Q(review__isnull=True, group__review__verdict=Verdict.INACCURATE)
    suggested = (
        Q(review__isnull=True)
        & (Q(group__isnull=True) | Q(group__review__isnull=True))
        & Q(suggested_verdict=Verdict.INACCURATE)
    )
    return own | group | suggested


def claims(params: dict[str, str], user) -> QuerySet[Claim]:
    """The claims the (``clean``) filters select for ``user``, likely inaccurate first: a
    figure whose official figures were revised, then the checker's "inaccurate" still to
    review, then any other claim called inaccurate (``inaccurate``: its verdict, or the
    suggestion while it has none), then the rest; newest article first, then in text
    order. Rows carry what the desk shows
    (``Claim.objects.for_review()``, with the article's seat)."""
    selected = Claim.objects.all()
    if params["q"]:
        selected = selected.filter(article__in=Article.objects.search(params["q"]).values("pk"))
    if params["status"]:
        selected = selected.in_review_status(ReviewStatus(params["status"]))
    if params["type"]:
        selected = selected.filter(claim_type=params["type"])
    if params["verdict"]:
        selected = selected.filter(suggested_verdict=params["verdict"])
    if params["constituency"]:
        selected = selected.filter(article__contest__constituency__slug=params["constituency"])
    if params["outlet"]:
        selected = selected.filter(article__outlet=params["outlet"])
    if params["election"]:
        selected = selected.filter(election__slug=params["election"])
    if params["view"] == "mine":
        selected = selected.in_review_status(ReviewStatus.TO_REVIEW).filter(
            article__in=Article.objects.filter(assigned_articles(user)).values("pk")
        )
    elif params["view"] == "sign-off":
        selected = selected.filter(awaiting_sign_off_by(user))
    return (
        selected.for_review()
        .select_related("article__contest__constituency")
        .annotate(
            likely_inaccurate=Case(
                When(revision_pending=True, then=Value(3)),
                When(
                    Q(suggested_verdict=Verdict.INACCURATE)
                    & ClaimQuerySet.review_status_condition(ReviewStatus.TO_REVIEW),
                    then=Value(2),
                ),
                When(inaccurate(), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-likely_inaccurate", "-article__added_at", "-article_id", "start", "pk")
    )


@dataclass
class ClaimPage:
    """One page of the claim queue: its ``claims``, how many match in all (``total``), the
    page's number (from 1) and whether there is a next one."""

    claims: list[Claim]
    total: int
    number: int
    has_next: bool

    @property
    def first_shown(self) -> int:
        """The place, from 1, of the page's first claim in the whole list (0: none)."""
        return (self.number - 1) * PAGE_SIZE + 1 if self.claims else 0

    @property
    def last_shown(self) -> int:
        """The place of the page's last claim in the whole list."""
        return (self.number - 1) * PAGE_SIZE + len(self.claims)


def claim_page(params: dict[str, str], user, page: int = 1) -> ClaimPage:
    """Page ``page`` (from 1; one past the last gives an empty page) of ``claims``: two
    queries (the page, and the count), however many claims match."""
    selected = claims(params, user)
    start = (page - 1) * PAGE_SIZE
    rows = list(selected[start : start + PAGE_SIZE + 1])
    total = selected.order_by().count() if rows or page > 1 else 0
    return ClaimPage(
        claims=rows[:PAGE_SIZE], total=total, number=page, has_next=len(rows) > PAGE_SIZE
    )
