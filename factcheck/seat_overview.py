"""The seat overview (issue 15): the editor-in-chief's view of the night. For each seat
articles are about: declared or not, its articles, claims left to review, verdicts
awaiting sign-off, the version published, and who is on it."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from results.models import Contest

from .assignments import seat_assignees
from .models import Article, Publication

PAGE_SIZE = 50  # seats on a page of the overview


def seats():
    """Every seat with an article about it, most claims left to review first (then most
    awaiting sign-off, then A to Z), each annotated with ``declared`` (an official result
    is public), ``n_articles``, ``to_review`` and ``awaiting_sign_off`` (the articles'
    stored counts, ``factcheck.progress``, summed) and ``published`` (the latest version's
    number, None if never). One query, every figure a subquery: no row is multiplied."""
    articles = Article.objects.filter(contest=OuterRef("pk")).order_by().values("contest")

    def summed(field: str):
        return Coalesce(
            Subquery(articles.annotate(n=Sum(field)).values("n")),
            Value(0),
            output_field=IntegerField(),
        )

    return (
        Contest.objects.filter(
            pk__in=Article.objects.filter(contest__isnull=False).values("contest")
        )
        .select_related("election", "constituency")
        .only(
            "election__name",
            "election__slug",
            "election__date",
            "constituency__name",
            "constituency__slug",
            "status",
        )  # fmt: skip
        .annotate(
            declared=Exists(Contest.objects.declared().filter(pk=OuterRef("pk"))),
            n_articles=Subquery(articles.annotate(n=Count("pk")).values("n")),
            to_review=summed("n_to_review"),
            awaiting_sign_off=summed("n_awaiting_sign_off"),
            published=Subquery(
                Publication.objects.filter(contest=OuterRef("pk"))
                .order_by("-version")
                .values("version")[:1]
            ),
        )
        .order_by("-to_review", "-awaiting_sign_off", "constituency__name", "election__date", "pk")
    )


@dataclass
class SeatPage:
    """A page of ``seats()``: the seats (each with ``assignee``: a username or ""), their
    number in all, the page's number (from 1) and whether there is a next one."""

    seats: list[Contest]
    total: int
    number: int
    has_next: bool


def seat_page(page: int = 1) -> SeatPage:
    """Page ``page`` (from 1) of the overview: three queries however many seats (the page,
    the count, and who is on the page's seats)."""
    start = (page - 1) * PAGE_SIZE
    rows = list(seats()[start : start + PAGE_SIZE + 1])
    shown = rows[:PAGE_SIZE]
    on = seat_assignees(s.pk for s in shown)
    for seat in shown:
        seat.assignee = on.get(seat.pk, "")
    total = seats().order_by().count()
    return SeatPage(seats=shown, total=total, number=page, has_next=len(rows) > PAGE_SIZE)
