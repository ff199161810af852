"""Who is on what: an article or a seat assigned to an editor (issue 15).

An article's own assignment wins over its seat's. Business rules only; the desk's views
call these and render.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from results.models import Contest

from .models import Article, Assignment

ASSIGN_PERMISSION = "factcheck.change_review"


def editors():
    """Every user who may write verdicts and can log in (active, with a usable password:
    not the demo review's ``demo-writer``/``demo-checker``), by username: who can be
    assigned."""
    User = get_user_model()
    perm = Q(groups__permissions__codename="change_review") | Q(
        user_permissions__codename="change_review"
    )
    return (
        User.objects.filter(is_active=True)
        .filter(perm | Q(is_superuser=True))
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .exclude(password="")
        .distinct()
        .order_by("username")
    )


def assign(*, target: Article | Contest, assignee, by) -> Assignment | None:
    """Put ``assignee`` on the article or seat ``target`` (None: take whoever is on it off).

    Returns the assignment, or None when it was removed. Raises ``PermissionDenied`` when
    ``by`` may not write verdicts, ``ValidationError`` when ``assignee`` may not either, or
    cannot log in (assigning them would give work they cannot do). Replaces the target's assignment.
    """
    if not by.has_perm(ASSIGN_PERMISSION):
        raise PermissionDenied("You may not assign work on the desk.")
    if assignee is not None and not (
        assignee.is_active
        and assignee.has_usable_password()
        and assignee.has_perm(ASSIGN_PERMISSION)
    ):
        raise ValidationError(
            f"{assignee.get_username()} does not review claims: choose an editor."
        )
    field = "article" if isinstance(target, Article) else "contest"
    with transaction.atomic():
        if assignee is None:
            Assignment.objects.filter(**{field: target}).delete()
            return None
        assignment, _ = Assignment.objects.update_or_create(
            **{field: target}, defaults={"assignee": assignee, "assigned_by": by}
        )
        return assignment


def assigned_articles(user) -> Q:
    """The condition, on articles, of "assigned to ``user``": their own assignment names
    the user, or they have none and their seat's does."""
    return Q(assignment__assignee=user) | Q(
        assignment__isnull=True,
        contest__in=Assignment.objects.filter(assignee=user, contest__isnull=False).values(
            "contest"
        ),
    )


def who_is_on(articles: list[Article]) -> dict[int, str]:
    """``{article pk: username}`` of whoever is on each article (its own assignment, else its
    seat's); articles nobody is on are left out. One query, however many articles."""
    if not articles:
        return {}
    ids = [a.pk for a in articles]
    seats = {a.contest_id for a in articles if a.contest_id}
    rows = Assignment.objects.filter(Q(article_id__in=ids) | Q(contest_id__in=seats)).values_list(
        "article_id", "contest_id", "assignee__username"
    )
    own, by_seat = {}, {}
    for article_id, contest_id, username in rows:
        if article_id is not None:
            own[article_id] = username
        else:
            by_seat[contest_id] = username
    on = {}
    for article in articles:
        name = own.get(article.pk) or by_seat.get(article.contest_id)
        if name:
            on[article.pk] = name
    return on


def on_article(article: Article) -> str:
    """The username of whoever is on this article (its own assignment, else its seat's);
    "" if nobody. One query."""
    found = dict(
        Assignment.objects.filter(
            Q(article_id=article.pk) | Q(contest_id=article.contest_id, contest__isnull=False)
        ).values_list("article_id", "assignee__username")
    )
    return found.get(article.pk) or found.get(None, "")


def seat_assignees(contest_ids) -> dict[int, str]:
    """``{contest pk: username}`` of whoever is on each of these seats. One query."""
    return dict(
        Assignment.objects.filter(contest_id__in=list(contest_ids)).values_list(
            "contest_id", "assignee__username"
        )
    )
