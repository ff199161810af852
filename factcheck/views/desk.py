"""The editors' desk. Views parse input, call one function, and render.

Every htmx action also works as a plain form post (it redirects back to the
article), so the desk degrades to a working page without JavaScript.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q, Subquery
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import (
    HttpResponseClientRedirect,
    HttpResponseClientRefresh,
    reswap,
    retarget,
)

from results.models import Contest

from .. import assignments, fetch_failures, live, repeats, review
from ..forms import ArticleForm, ClaimCorrectionForm, NewClaimForm, VerdictForm
from ..history import claim_history
from ..models import (
    Article,
    ArticleQuerySet,
    Claim,
    ClaimGroup,
    Feed,
    Fetch,
    FetchStatus,
    attention_key,
)
from ..processing import claim_readings
from ..segments import highlight
from ..sources.feeds import poll_now, subscribe, unsubscribe
from ..sources.forms import FeedForm, UrlsForm
from ..sources.urls import add_articles, retry_fetch, submit_urls
from ..tasks import request_article_recheck, retry_extraction
from ..templatetags.tally import figure
from ..vocabulary import ClaimType, ReviewStatus, Suggested, Unit, Verdict

FILTER_NAMES = ("q", "status", "type", "verdict", "constituency", "outlet", "assigned")
# The words the desk's templates compare with, so they spell none of them.
VOCABULARY = {"ReviewStatus": ReviewStatus, "Verdict": Verdict, "Suggested": Suggested}


def render_partial(request: HttpRequest, template: str, partial: str, context: dict):
    """The named partial for an htmx request that targets it, else the whole page."""
    htmx = getattr(request, "htmx", None)
    name = template
    if htmx and not htmx.history_restore_request:
        name = f"{template}#{partial}"
    response = render(request, name, context)
    response.headers["Vary"] = "HX-Request"
    return response


# -- the queue --------------------------------------------------------------------

PAGE_SIZE = 50  # articles on a page of the queue
SHARED_PAGE_SIZE = 20  # claims on a page of "claims made in several articles"
SHARED_ARTICLES = 3  # articles named for each of them (with how many more carry it)
SEATS_PAGE_SIZE = 30  # seats on a page of "seats covered"
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _clean(params: QueryDict) -> dict[str, str]:
    """The queue's parameters with NUL characters (which PostgreSQL refuses) dropped."""
    return {name: value.replace("\x00", "") for name, value in params.items()}


def queue_articles(params: QueryDict, *, keys_only: bool = False, user=None) -> ArticleQuerySet:
    """Articles matching the queue's filters, with claims counted by review status,
    most in need of attention first (``ArticleQuerySet.attention_first``).

    ``params`` are the queue's GET parameters (``FILTER_NAMES``); a value
    outside the vocabulary is ignored, as if it were not given, and NUL
    characters (which PostgreSQL refuses in a query) are dropped. Bodies are not
    loaded: on SQLite the counts group by every column selected, and a 900 KB
    body copied into each of its thousands of claim rows took 36 s and 3.6 GB.
    ``keys_only``: rows of ``pk`` and the counts only, grouped by the article alone
    (what ``queue_page`` sorts and cuts a page from). ``assigned=me`` keeps the articles
    ``user`` is on (``assignments.assigned_articles``).
    """
    params = _clean(params)
    articles = _filtered(params, user)
    if keys_only:
        articles = articles.values("pk")
    else:
        articles = articles.select_related("contest__constituency", "contest__election").defer(
            "body"
        )
    # the counts stored on each article (``factcheck.progress``), read through the index
    # of the queue's order; a claim filter counts only the matching claims, live
    claim_filter = params.get("type") in ClaimType.values or params.get("verdict") in Verdict.values
    articles = articles.with_review_counts(stored=not claim_filter)
    if params.get("status") in ReviewStatus.values:
        articles = articles.in_review_status(ReviewStatus(params["status"]))
    return articles.attention_first()


def _filtered(params: dict[str, str], user=None) -> ArticleQuerySet:
    """The articles the filters keep, not counted (``queue_articles``)."""
    articles = Article.objects.search(params.get("q", ""))
    if params.get("assigned") == "me" and user is not None:
        articles = articles.filter(assignments.assigned_articles(user))
    if params.get("outlet"):
        articles = articles.filter(outlet=params["outlet"])
    if params.get("constituency"):
        articles = articles.filter(contest__constituency__slug=params["constituency"])
    claim_type = params.get("type", "")
    verdict = params.get("verdict", "")
    return articles.with_claims_like(
        claim_type=claim_type if claim_type in ClaimType.values else "",
        suggested_verdict=verdict if verdict in Verdict.values else "",
    )


def encode_cursor(key: tuple) -> str:
    """An ``attention_key`` as the queue's URLs carry it: six whole numbers joined by dots,
    the time added in microseconds since 1970 ("0.2.14.0.1720137600000000.9876")."""
    *counts, added_at, pk = key
    micro = (added_at - EPOCH) // datetime.timedelta(microseconds=1)
    return ".".join(str(n) for n in [*counts, micro, pk])


def decode_cursor(text: str) -> tuple | None:
    """The ``attention_key`` an ``encode_cursor`` string holds; None if it is not one."""
    parts = text.split(".")
    if len(parts) != 6 or not all(p.isascii() and p.isdigit() and len(p) <= 20 for p in parts):
        return None
    *counts, micro, pk = (int(p) for p in parts)
    try:
        added_at = EPOCH + datetime.timedelta(microseconds=micro)
    except OverflowError:
        return None
    return (*counts, added_at, pk)


@dataclass
class QueuePage:
    """One page of the queue: ``articles`` (with their counts, in order), ``total`` matching
    the filters, and the cursors of the pages either side (None: there is none)."""

    articles: list[Article]
    total: int
    next_cursor: str | None
    previous_cursor: str | None
    unreadable_cursor: bool = False

    @property
    def is_first(self) -> bool:
        return self.previous_cursor is None


def queue_page(params: QueryDict, *, size: int | None = None, user=None) -> QueuePage:
    """The page of ``queue_articles(params)`` that ``params`` name: the first, or the one
    after (``after=``) or before (``before=``) a cursor (``encode_cursor``), keyset paged so
    that an article moving as editors work is neither skipped nor shown twice on the next
    page; ``size`` articles a page (``PAGE_SIZE``). Two queries: the page (the order is
    decided over every matching article, the rest only for the page's) and the total. An
    unreadable cursor gives the first page, with ``unreadable_cursor`` set."""
    size = size or PAGE_SIZE
    after = decode_cursor(params.get("after", "")) if params.get("after") else None
    before = decode_cursor(params.get("before", "")) if params.get("before") else None
    unreadable = bool(params.get("after") and after is None) or bool(
        params.get("before") and before is None
    )
    if after is not None:
        before = None
    rows = _page_rows(params, size=size, after=after, before=before, user=user)
    if before is not None:
        if len(rows) <= size:  # nothing before these: the first page, full
            rows, before = _page_rows(params, size=size, user=user), None
        else:
            rows = rows[:size]
            rows.reverse()
            total = _queue_total(params, user)
            return QueuePage(rows, total, encode_cursor(attention_key(rows[-1])),
                             encode_cursor(attention_key(rows[0])))  # fmt: skip
    more = len(rows) > size
    rows = rows[:size]
    return QueuePage(
        articles=rows,
        total=_queue_total(params, user),
        next_cursor=encode_cursor(attention_key(rows[-1])) if more else None,
        previous_cursor=encode_cursor(attention_key(rows[0]))
        if after is not None and rows
        else None,
        unreadable_cursor=unreadable,
    )


def _page_rows(params, *, size, after=None, before=None, user=None) -> list[Article]:
    """Up to ``size + 1`` articles from the cursor on, with their counts: the order is
    decided over every matching article grouped by itself alone, and only the page's rows
    are read whole (with the seat) and counted again."""
    keys = queue_articles(params, keys_only=True, user=user).attention_first(
        after=after, before=before
    )
    articles = queue_articles(params, user=user).filter(pk__in=keys.values("pk")[: size + 1])
    if before is not None:
        articles = articles.attention_first(before=before)
    return list(articles)


def _queue_total(params: QueryDict, user=None) -> int:
    """How many articles match the filters: a count of articles, or with a status filter
    (which reads every article's counts: stored, or counted with a claim filter) a count
    of those rows."""
    if _clean(params).get("status") in ReviewStatus.values:
        return queue_articles(params, keys_only=True, user=user).order_by().count()
    return _filtered(_clean(params), user).count()


def claims_kept(article: Article) -> int:
    """The claims an article's progress counts: all of them but those rejected as not
    claims (a finished article reads 16/16, not 16/17). ``article`` carries the counts of
    ``with_review_counts`` (``total`` and ``rejected``)."""
    return max(article.total - getattr(article, ReviewStatus.REJECTED.value), 0)


def _page_number(value: str | None) -> int:
    """A block's page number from the URL: 1 unless a whole number from 1 up."""
    if value and value.isascii() and value.isdigit() and len(value) < 7 and int(value) > 0:
        return int(value)
    return 1


def shared_claims(page: int) -> tuple[list[ClaimGroup], bool]:
    """Page ``page`` (from 1) of the claims made in several articles, most articles first,
    each with ``articles`` (how many carry it) and ``appearances`` (``_with_appearances``);
    and whether there is a next page; ``more_articles``: how many carry it beyond those
    named. Two queries however many articles carry them."""
    start = (page - 1) * SHARED_PAGE_SIZE
    counted = list(
        ClaimGroup.objects.in_several_articles().values_list("pk", "articles")[
            start : start + SHARED_PAGE_SIZE + 1
        ]
    )
    more = len(counted) > SHARED_PAGE_SIZE
    counted = dict(counted[:SHARED_PAGE_SIZE])
    by_pk = (
        ClaimGroup.objects.select_related("election", "review")
        .with_newest_articles(SHARED_ARTICLES)
        .in_bulk(list(counted))
    )
    groups = []
    for pk, articles in counted.items():
        group = by_pk[pk]
        group.articles = articles
        groups.append(group)
    for group in _with_appearances(groups):
        group.more_articles = max(group.articles - len(group.appearances), 0)
    return groups, more


def _with_appearances(groups: list[ClaimGroup]) -> list[ClaimGroup]:
    """Give each group (annotated by ``ClaimGroupQuerySet.with_newest_articles``)
    ``appearances``: one dict per article carrying its open claims (``article_id``,
    ``title``, ``claim``: the first such claim's pk), newest article first. No query."""
    for group in groups:
        group.appearances = [
            {"article_id": article, "title": getattr(group, f"title_{i}"),
             "claim": getattr(group, f"claim_{i}")}
            for i in range(1, SHARED_ARTICLES + 1)
            if (article := getattr(group, f"article_{i}")) is not None
        ]  # fmt: skip
    return groups


def seats_covered() -> list[Contest]:
    """Every seat articles are about, A to Z, each with ``article_count``. One query; as
    many rows as seats (650 an election), however many articles: the desk shows a page
    of them (``SEATS_PAGE_SIZE``) and names them all in its seat filter."""
    return list(
        Contest.objects.filter(articles__isnull=False)
        .select_related("election", "constituency")
        .only(
            "election__name",
            "election__slug",
            "election__date",
            "constituency__name",
            "constituency__slug",
        )  # fmt: skip
        .annotate(article_count=Count("articles"))
        .order_by("constituency__name", "election__date", "pk")
    )


@require_GET
@login_required
def after_login(request: HttpRequest) -> HttpResponse:
    """Where a login with no ``next`` lands: the desk for whoever may see it, the admin for
    data entry (staff without the desk), else the official results; never a 403."""
    if request.user.has_perm("factcheck.view_claim"):
        return redirect("factcheck:desk_index")
    if request.user.is_staff:
        return redirect("admin:index")
    return redirect("results:index")


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def desk_index(request: HttpRequest) -> HttpResponse:
    """The queue (filtered by ``FILTER_NAMES``, a page at a time: ``queue_page``), seats
    covered (``seats=<page>``) and claims shared by articles (``shared=<page>``).

    An htmx request gets only the ``article-table`` partial (and runs only its queries).
    """
    queue = queue_page(request.GET, user=request.user)
    on = assignments.who_is_on(queue.articles)
    # polled by the page itself (``factcheck.live``): 204 when its rows did not change
    stamp = live.queue_stamp(queue, on)
    if live.is_current(request.headers.get(live.SINCE_HEADER), stamp):
        return HttpResponse(status=204, headers={"Cache-Control": "no-store"})
    for article in queue.articles:
        article.claims_kept = claims_kept(article)
        article.assignee = on.get(article.pk, "")
    context = {
        "articles": queue.articles,
        "queue": queue,
        "filters": {k: request.GET.get(k, "") for k in FILTER_NAMES},
        "live_stamp": stamp,
        "poll_seconds": live.poll_seconds(),
        **VOCABULARY,
    }
    htmx = getattr(request, "htmx", None)
    if not (htmx and not htmx.history_restore_request):
        seats_page, shared_page = (
            _page_number(request.GET.get("seats")),
            _page_number(request.GET.get("shared")),
        )
        seats = seats_covered()
        start = (seats_page - 1) * SEATS_PAGE_SIZE
        shared, more_shared = shared_claims(shared_page)
        context |= {
            "seats": seats[start : start + SEATS_PAGE_SIZE],
            "seats_page": seats_page,
            "more_seats": len(seats) > start + SEATS_PAGE_SIZE,
            "shared_groups": shared,
            "shared_page": shared_page,
            "more_shared": more_shared,
            "repeats_waiting": repeats.pending_count(),
            "status_filters": ReviewStatus.choices,
            "claim_types": ClaimType.choices,
            "verdicts": Verdict.choices,
            "outlets": Article.objects.outlets(),
            "constituencies": sorted(
                {seat.constituency.pk: seat.constituency for seat in seats}.values(),
                key=lambda c: (c.name, c.pk),
            ),
        }
    return render_partial(request, "factcheck/desk/index.html", "article-table", context)


# -- one article ------------------------------------------------------------------


def _article_context(article: Article, selected: Claim | None = None, **extra) -> dict:
    claims = list(article.claims.for_review())
    for claim in claims:
        claim.article = article  # one copy of the body, not one per claim
    if selected is not None:
        selected = next((c for c in claims if c.pk == selected.pk), selected)
    return {
        "article": article,
        "claims": claims,
        "rechecking": _rechecking(claims),
        "segments": highlight(article.body, claims),
        "selected": selected,
        "verdicts": Verdict.choices,
        "claim_types": ClaimType.choices,
        "new_claim_form": NewClaimForm(article=article, auto_id=NEW_CLAIM_IDS),
        "on_it": assignments.on_article(article),
        "editors": list(assignments.editors()),
        **VOCABULARY,
        **extra,
    }


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One article with its claims marked; ``?claim=<id>`` opens that claim's panel (404 if
    the claim is not in this article)."""
    article = get_object_or_404(Article.objects.select_related("contest__constituency"), pk=pk)
    selected = None
    if request.GET.get("claim"):
        claim_id = request.GET["claim"]
        if not claim_id.isascii() or not claim_id.isdigit():
            raise Http404("No such claim.")
        selected = get_object_or_404(article.claims.for_review(), pk=int(claim_id))
    context = _article_context(article, selected)
    if selected is not None:
        context |= _panel_context(selected)
    # kept live by polling (``views.live.article_live``), the first poll at once
    context |= live.article_page(article, context["claims"])
    return render(request, "factcheck/desk/article.html", context)


def correction_ids(pk: int) -> str:
    """The ``auto_id`` of a claim's correction form: its fields' ids carry the claim's pk
    ("correct-12-unit"), unique on the page beside the new-claim form's."""
    return f"correct-{pk}-%s"


# The ``auto_id`` of the form that adds a missed claim ("new-claim-unit").
NEW_CLAIM_IDS = "new-claim-%s"


def _panel_context(claim: Claim, **extra) -> dict:
    current = claim.effective_review
    verdict_form = extra.pop("verdict_form", None) or VerdictForm(
        initial={
            "verdict": current.verdict if current else claim.suggested_verdict,
            "explanation": current.explanation if current else claim.explanation,
            "note": current.note if current else "",
            "this_article_only": bool(getattr(claim, "review", None)),
            "official_value": claim.applied_official_value,
            "official_source": claim.applied_official_source,
        }
    )
    correction_form = extra.pop("correction_form", None) or ClaimCorrectionForm(
        auto_id=correction_ids(claim.pk),
        initial={
            "value": claim.value.normalize(),
            "claim_type": claim.claim_type,
            "unit": claim.unit,
            "subject": claim.subject,
            "subject_kind": claim.subject_kind,
            "qualifier": claim.qualifier,
        },
    )
    group_size = claim.group.claims.count() if claim.group_id else 1
    readings = _readings(claim)
    return {
        "claim": claim,
        "review": current,
        "token": review.state_token(claim),
        "verdict_form": verdict_form,
        "correction_form": correction_form,
        "group_size": group_size,
        "readings": readings,
        "current_reading": next((r for r in readings if r["current"]), None),
        # a year reads 1937 whatever unit it was stored in, never 1,937
        "value_unit": Unit.YEAR if claim.claim_type == ClaimType.YEAR else claim.unit,
        "verdicts": Verdict.choices,
        **VOCABULARY,
        **extra,
    }


# Kinds of figure whose official value is a percentage, and those that are a change in one.
PERCENT_TYPES = frozenset([ClaimType.VOTE_SHARE, ClaimType.TURNOUT])
POINTS_TYPES = frozenset([ClaimType.VOTE_SHARE_CHANGE, ClaimType.TURNOUT_CHANGE, ClaimType.SWING])


def _readings(claim: Claim) -> list[dict]:
    """The claim's readings as the panel lists them, in ``processing.claim_readings`` order
    (the ``index`` an editor posts to choose one)."""
    rows = []
    for index, reading in enumerate(claim_readings(claim)):
        verdict = reading.get("verdict") or ""
        rows.append({
            "index": index,
            "label": reading["label"],
            "cue": reading.get("cue") or "",
            "official": _official_value(reading["claim_type"], reading.get("official_value")),
            "verdict": verdict,
            "verdict_label": Verdict(verdict).label if verdict in Verdict.values else verdict,
            "current": bool(reading.get("current")),
        })  # fmt: skip
    return rows


def _official_value(claim_type: str, value: str | None) -> str:
    """A reading's official value as a reader writes it: 24,120, 33.7%, 2.1 points, 1983."""
    if value is None or value == "":
        return ""
    shown = figure(value, Unit.YEAR if claim_type == ClaimType.YEAR else None)
    if claim_type in PERCENT_TYPES:
        return f"{shown}%"
    if claim_type in POINTS_TYPES:
        return f"{shown} points"
    return shown


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def article_extraction(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while claims are being extracted; reloads the page when they are in, and
    when extraction failed answers with the reason and "Try again" (which stops the
    polling)."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    if article.extracted_at is not None:
        return HttpResponseClientRefresh()
    return render(request, "factcheck/desk/article.html#extraction-status", {"article": article})


@require_POST
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def article_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a failed extraction again (``processing.retry_extraction``)."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    if article.extracted_at is None:
        retry_extraction(article)
        messages.info(request, "Extracting the claims again.")
    target = reverse("factcheck:article_detail", args=[pk])
    if request.htmx:
        return HttpResponseClientRedirect(target)
    return redirect(target)


def _rechecking(claims) -> dict | None:
    """``{"count": n, "since": when}`` for the open claims waiting for a re-check, or None."""
    waiting = [
        c.recheck_requested_at for c in claims if c.recheck_requested_at and not c.is_rejected
    ]
    return {"count": len(waiting), "since": min(waiting)} if waiting else None


@require_POST
@login_required
@permission_required("factcheck.change_claim", raise_exception=True)
def article_recheck(request: HttpRequest, pk: int) -> HttpResponse:
    """Check every claim of the article again in the background
    (``tasks.request_article_recheck``); the page says so until they are done."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    count = request_article_recheck(article)
    messages.info(request, f"Checking {count} claim{'s' if count != 1 else ''} again.")
    target = reverse("factcheck:article_detail", args=[pk])
    if request.htmx:
        return HttpResponseClientRedirect(target)
    return redirect(target)


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def article_recheck_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while the article's claims are being checked again; reloads the page when
    they are done."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    rechecking = _rechecking(article.claims.only("recheck_requested_at", "status"))
    if rechecking is None:
        return HttpResponseClientRefresh()
    return render(
        request,
        "factcheck/desk/article.html#recheck-status",
        {"article": article, "rechecking": rechecking},
    )


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The claim's review panel for htmx; a plain request is redirected to its article."""
    claim = get_object_or_404(Claim.objects.for_review(), pk=pk)
    if not request.htmx:
        return redirect(f"{reverse('factcheck:article_detail', args=[claim.article_id])}"
                        f"?claim={claim.pk}#claim-panel")  # fmt: skip
    response = render(request, "factcheck/desk/article.html#claim-panel", _panel_context(claim))
    response.headers["Vary"] = "HX-Request"
    return response


# Entries of a claim's history the panel shows at a time (the newest first).
HISTORY_PAGE = 20


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def claim_history_page(request: HttpRequest, pk: int) -> HttpResponse:
    """One page of the claim's history (``?page=N``, from 1: the newest ``HISTORY_PAGE``
    changes), for htmx: the panel loads it when the editor opens "History", and "Show
    earlier changes" appends the next page. Not part of a save's answer, so a claim saved
    hundreds of times answers as fast as a new one."""
    claim = get_object_or_404(Claim.objects.for_review(), pk=pk)
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    entries = claim_history(claim)
    shown = entries[(page - 1) * HISTORY_PAGE : page * HISTORY_PAGE]
    context = {
        "claim": claim,
        "entries": shown,
        "page": page,
        "first_page": page == 1,
        "next_page": page + 1 if len(entries) > page * HISTORY_PAGE else None,
        "total": len(entries),
    }
    response = render(request, "factcheck/desk/article.html#claim-history", context)
    response.headers["Vary"] = "HX-Request"
    return response


def _after_action(request: HttpRequest, claim: Claim, **panel_extra) -> HttpResponse:
    """Re-render the panel, and the claim's rows and marks out of band: the claim and its
    group's other claims in the article, as committed, read in one query."""
    if not request.htmx:
        return redirect(f"{reverse('factcheck:article_detail', args=[claim.article_id])}"
                        f"?claim={claim.pk}#claim-panel")  # fmt: skip
    group = Claim.objects.filter(pk=claim.pk).order_by().values("group_id")[:1]
    siblings = list(
        Claim.objects.for_review().filter(
            Q(pk=claim.pk) | Q(article_id=claim.article_id, group_id=Subquery(group))
        )
    )
    claim = next((c for c in siblings if c.pk == claim.pk), None)
    if claim is None:
        raise Http404("No such claim: it was deleted.")
    context = _panel_context(claim, **panel_extra) | {"oob_claims": siblings}
    return render(request, "factcheck/desk/article.html#claim-update", context)


def _claim_action(request: HttpRequest, pk: int, action, *, keep=None, **kwargs) -> HttpResponse:
    """Run ``action`` on the claim with the posted token; a refusal comes back with its
    reason and the forms in ``keep`` (name: bound form) as the editor filled them in.
    The claim is read here without its relations: the action reads it again, locked, with
    them, and the answer reads it as committed."""
    claim = get_object_or_404(Claim, pk=pk)
    token = request.POST.get("token")
    try:
        action(claim=claim, editor=request.user, token=token, **kwargs)
    except review.Conflict as conflict:
        return _after_action(
            request, conflict.claim, conflict=conflict.attempted,
            conflict_rows=_conflict_rows(conflict.attempted),
        )  # fmt: skip
    except PermissionDenied as exc:
        return _refused(request, claim, str(exc) or "You may not do that.", **(keep or {}))
    except ValidationError as exc:
        return _refused(request, claim, " ".join(exc.messages), **(keep or {}))
    return _after_action(request, claim)


def _conflict_rows(attempted: dict) -> list[tuple[str, str]]:
    """What the editor tried to save, as the conflict box lists it: (label, value)."""
    rows = []
    for field, value in attempted.items():
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif value is None:
            value = ""
        rows.append((field.replace("_", " ").capitalize(), str(value)))
    return rows


def _claim_form_action(request, pk: int, form_class, form_name: str, action) -> HttpResponse:
    """Validate the form, then run the action; an invalid form comes back with its errors."""
    form = form_class(request.POST, auto_id=correction_ids(pk))
    if not form.is_valid():
        claim = get_object_or_404(Claim.objects.for_review(), pk=pk)
        # htmx 2 does not swap 4xx responses: the form with its errors is a 200.
        return _after_action(request, claim, **{form_name: form})
    return _claim_action(request, pk, action, keep={form_name: form}, **form.cleaned_data)


def _refused(request, claim, message: str, **kept_forms) -> HttpResponse:
    """The panel with ``message``; forms the editor filled in come back as they were
    (a plain post gets the whole page, as a 400)."""
    if request.htmx:
        return _after_action(request, claim, error=message, **kept_forms)
    if kept_forms:
        claim = Claim.objects.for_review().get(pk=claim.pk)
        context = _article_context(claim.article, claim) | _panel_context(
            claim, error=message, **kept_forms
        )
        return render(request, "factcheck/desk/article.html", context, status=400)
    messages.error(request, message)
    return redirect(reverse("factcheck:article_detail", args=[claim.article_id]))


@require_POST
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def claim_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """The checker's suggestion becomes the verdict (``review.accept_suggestion``)."""
    return _claim_action(request, pk, review.accept_suggestion)


@require_POST
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the verdict form (``review.set_verdict``); an invalid form comes back with errors."""
    return _claim_form_action(request, pk, VerdictForm, "verdict_form", review.set_verdict)


@require_POST
@login_required
@permission_required("factcheck.approve_review", raise_exception=True)
def claim_approve(request: HttpRequest, pk: int) -> HttpResponse:
    """A second editor signs off the verdict that applies (``review.approve``)."""
    return _claim_action(request, pk, review.approve)


@require_POST
@login_required
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct what the extractor read and check it again (``review.correct_claim``)."""
    return _claim_form_action(
        request, pk, ClaimCorrectionForm, "correction_form", review.correct_claim
    )


@require_POST
@login_required
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_reject(request: HttpRequest, pk: int) -> HttpResponse:
    """Reject a false extraction (``review.reject_claim``)."""
    return _claim_action(request, pk, review.reject_claim)


@require_POST
@login_required
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_restore(request: HttpRequest, pk: int) -> HttpResponse:
    """Undo a rejection (``review.restore_claim``)."""
    return _claim_action(request, pk, review.restore_claim)


@require_POST
@login_required
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_reading(request: HttpRequest, pk: int) -> HttpResponse:
    """Read the claim as another of its readings (``review.choose_reading``).

    POST ``index``, the reading's place in the panel's list. One that is not a
    whole number is refused: a 400 with the reason on the page, or, under htmx
    (which does not swap a 400), the panel with the reason.
    """
    try:
        index = int(request.POST.get("index", ""))
    except ValueError:
        claim = get_object_or_404(Claim.objects.for_review(), pk=pk)
        message = "Choose one of the readings listed: the reading sent was not one of them."
        if request.htmx:
            return _refused(request, claim, message)
        article = claim.article
        context = _article_context(article, claim) | _panel_context(claim, error=message)
        return render(request, "factcheck/desk/article.html", context, status=400)
    label = request.POST.get("label", "")

    def choose(**kwargs):
        try:
            return review.choose_reading(**kwargs)
        except review.Conflict as conflict:
            # The conflict view shows what the editor chose, as they read it.
            conflict.attempted = {"reading": label or f"reading {index + 1}"}
            raise

    return _claim_action(request, pk, choose, index=index, expected_label=label or None)


@require_POST
@login_required
@permission_required("factcheck.add_claim", raise_exception=True)
def claim_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a claim the extractor missed from the editor's selection (``review.add_claim``).

    Under htmx the panel, list and text swap in place; a refused form comes back
    with its errors.
    """
    article = get_object_or_404(Article, pk=pk)
    form = NewClaimForm(request.POST, article=article, auto_id=NEW_CLAIM_IDS)
    if form.is_valid():
        try:
            claim = review.add_claim(article=article, editor=request.user, new=form.new_claim())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if request.htmx:
                claim = Claim.objects.for_review().get(pk=claim.pk)
                context = _article_context(article, claim) | _panel_context(claim)
                response = render(request, "factcheck/desk/article.html#claim-added", context)
                return reswap(retarget(response, "#claim-panel"), "outerHTML")
            url = f"{reverse('factcheck:article_detail', args=[pk])}?claim={claim.pk}#claim-panel"
            return redirect(url)
    if request.htmx:
        return render(request, "factcheck/desk/article.html#new-claim-form",
                      {"article": article, "new_claim_form": form,
                       "claim_types": ClaimType.choices})  # fmt: skip
    messages.error(request, "The claim was not added: " + "; ".join(
        str(e) for errors in form.errors.values() for e in errors))  # fmt: skip
    return redirect(reverse("factcheck:article_detail", args=[pk]))


# -- repeats ----------------------------------------------------------------------


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def repeats_list(request: HttpRequest) -> HttpResponse:
    """The Repeats list: claims in new articles that repeat a decided claim, with the
    decided verdict, inaccurate first, for an editor to confirm (``repeats``); a page
    (``repeats.LIST_LIMIT``) at a time, ``page=<n>`` (a page past the last shows the last).
    """
    total = repeats.pending_count()
    pages = max(1, -(-total // repeats.LIST_LIMIT))
    page = min(_page_number(request.GET.get("page")), pages)
    context = {
        "repeats": repeats.pending_repeats(offset=(page - 1) * repeats.LIST_LIMIT),
        "total": total,
        "limit": repeats.LIST_LIMIT,
        "page": page,
        "pages": pages,
        **VOCABULARY,
    }
    return render(request, "factcheck/desk/repeats.html", context)


@require_POST
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def repeats_confirm(request: HttpRequest) -> HttpResponse:
    """Confirm repeats in one POST (``repeats.confirm_repeats``): the ticked ``claim`` pks,
    or every one listed when ``all`` is sent, each with its ``token-<pk>``. A refusal
    confirms nothing and says why above the list."""
    tokens = {
        key.removeprefix("token-"): value
        for key, value in request.POST.items()
        if key.startswith("token-")
    }
    chosen = list(tokens) if request.POST.get("all") else request.POST.getlist("claim")
    if not all(pk.isascii() and pk.isdigit() and len(pk) < 12 for pk in chosen):
        messages.error(request, "Nothing was confirmed: choose repeats from the list.")
        return redirect(reverse("factcheck:repeats"))
    try:
        confirmed = repeats.confirm_repeats(
            editor=request.user, tokens={int(pk): tokens.get(pk, "") for pk in chosen}
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        n = len(confirmed)
        messages.success(request, f"Confirmed {n} repeat{'s' * (n != 1)}.")
    return redirect(reverse("factcheck:repeats"))


# -- adding articles --------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def article_add(request: HttpRequest) -> HttpResponse:
    """Paste or upload articles, or paste their URLs (fetched and read in the background,
    ``sources.urls``); their claims are extracted in the background. The URL form posts a
    ``urls`` field; the paste form does not."""
    by_url = request.method == "POST" and "urls" in request.POST
    form = ArticleForm(None if by_url else (request.POST or None), request.FILES or None)
    urls_form = UrlsForm(request.POST if by_url else None)
    if by_url and urls_form.is_valid():
        return _urls_added(request, urls_form)
    if request.method == "POST" and not by_url and form.is_valid():
        with transaction.atomic():
            # ingest_articles, plus each new article's election from its date and text
            report = add_articles(form.to_ingest(), user=request.user)
        for article in report.duplicates:
            again = (
                " Its claims could not be extracted before; they are being extracted again."
                if article in report.retried
                else ""
            )
            messages.warning(request, f"Already on the desk: “{article.title}”.{again}")
        if report.created:
            messages.success(
                request,
                f"Added {len(report.created)} article{'s' * (len(report.created) != 1)}; "
                "claims are being extracted.",
            )
            target = (
                reverse("factcheck:article_detail", args=[report.created[0].pk])
                if len(report.created) == 1
                else reverse("factcheck:desk_index")
            )
        elif len(report.duplicates) == 1:
            # the article already there, open: not the queue to look for it in
            target = reverse("factcheck:article_detail", args=[report.duplicates[0].pk])
        else:
            target = reverse("factcheck:desk_index")
        if request.htmx:
            return HttpResponseClientRedirect(target)
        return redirect(target)
    return render(
        request, "factcheck/desk/article_add.html", {"form": form, "urls_form": urls_form}
    )


def _urls_added(request: HttpRequest, form: UrlsForm) -> HttpResponse:
    report = submit_urls(
        form.cleaned_data["urls"], user=request.user, outlet=form.cleaned_data["url_outlet"]
    )
    for article in report.held:
        messages.warning(request, f"Already on the desk: “{article.title}” ({article.url}).")
    for item in report.waiting:
        messages.info(request, f"Already being fetched: {item.url}.")
    if report.queued:
        n = len(report.queued)
        messages.success(
            request, f"Fetching {n} article{'s' * (n != 1)}; their claims are checked next."
        )
    if len(report.queued) == 1:
        target = reverse("factcheck:fetch_detail", args=[report.queued[0].pk])
    elif report.queued or report.waiting:
        target = reverse("factcheck:fetch_list")
    elif len(report.held) == 1:
        target = reverse("factcheck:article_detail", args=[report.held[0].pk])
    else:
        target = reverse("factcheck:desk_index")
    if request.htmx:
        return HttpResponseClientRedirect(target)
    return redirect(target)


# -- article URLs and feeds (issue 17: factcheck.sources) ------------------------------

FETCH_PAGE_SIZE = 50


@require_GET
@login_required
@permission_required("factcheck.view_article", raise_exception=True)
def fetch_list(request: HttpRequest) -> HttpResponse:
    """The URLs sent for fetching, newest first; ``?status=failed`` for the failures only."""
    status = request.GET.get("status", "")
    fetches = Fetch.objects.select_related("article", "feed").defer("article__body")
    if status in FetchStatus.values:
        fetches = fetches.filter(status=status)
    page = _page_number(request.GET.get("page"))
    rows = list(fetches[(page - 1) * FETCH_PAGE_SIZE : page * FETCH_PAGE_SIZE + 1])
    for row in rows:
        _worded(row)
    counts = dict(Fetch.objects.values_list("status").annotate(n=Count("pk")).order_by())
    return render(request, "factcheck/desk/fetches.html", {
        "fetches": rows[:FETCH_PAGE_SIZE], "more": len(rows) > FETCH_PAGE_SIZE, "page": page,
        "status": status if status in FetchStatus.values else "",
        "status_counts": [(v, label, counts.get(v, 0)) for v, label in FetchStatus.choices],
    })  # fmt: skip


@require_GET
@login_required
@permission_required("factcheck.view_article", raise_exception=True)
def fetch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One URL: fetching (the page polls), failed (why, and "Try again"), or done: a new
    article is shown at once; the same text already held is said and linked."""
    item = get_object_or_404(Fetch.objects.select_related("article", "feed"), pk=pk)
    if item.status == FetchStatus.DONE and item.article_id and not item.duplicate:
        return redirect(reverse("factcheck:article_detail", args=[item.article_id]))
    return render(request, "factcheck/desk/fetch.html", {"fetch": _worded(item)})


def _worded(item: Fetch) -> Fetch:
    """The fetch with what the desk shows of a failure: ``reason`` (``fetch_failures``)
    and ``may_retry`` (no "Try again" for an address always refused)."""
    item.reason = fetch_failures.reason(item)
    item.may_retry = fetch_failures.may_retry(item)
    return item


@require_GET
@login_required
@permission_required("factcheck.view_article", raise_exception=True)
def fetch_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while a URL is fetched; once it is done, the browser goes to the article."""
    item = get_object_or_404(Fetch.objects.select_related("article"), pk=pk)
    if item.status == FetchStatus.DONE and item.article_id and not item.duplicate:
        return HttpResponseClientRedirect(
            reverse("factcheck:article_detail", args=[item.article_id])
        )
    return render(request, "factcheck/desk/fetch.html#fetch-status", {"fetch": _worded(item)})


@require_POST
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def fetch_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Fetch a failed URL again (``sources.urls.retry_fetch``); refused, with why, for an
    address Tally always refuses (``fetch_failures.may_retry``)."""
    item = get_object_or_404(Fetch, pk=pk)
    if item.status == FetchStatus.FAILED and not fetch_failures.may_retry(item):
        messages.error(
            request,
            f"Not tried again: {fetch_failures.reason(item)} Trying again would be refused "
            "the same way.",
        )
    elif retry_fetch(item):
        messages.info(request, f"Fetching {item.url} again.")
    target = reverse("factcheck:fetch_detail", args=[pk])
    if request.htmx:
        return HttpResponseClientRedirect(target)
    return redirect(target)


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("factcheck.view_article", raise_exception=True)
def feed_list(request: HttpRequest) -> HttpResponse:
    """The feeds: each one's last poll, items taken, articles added, failures and errors;
    subscribing to one (POST, needs ``add_article``)."""
    form = FeedForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("factcheck.add_article"):
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                feed = subscribe(
                    data["url"], user=request.user, outlet=data["outlet"],
                    interval=data["interval"] * 60 if data["interval"] else None,
                )  # fmt: skip
            except ValueError as exc:
                form.add_error("url", str(exc))
            else:
                messages.success(request, f"Subscribed to {feed.url}; polling it now.")
                return redirect(reverse("factcheck:feed_list"))
    feeds = Feed.objects.annotate(
        added=Count("fetches", filter=Q(fetches__status=FetchStatus.DONE,
                                        fetches__duplicate=False)),
        failed=Count("fetches", filter=Q(fetches__status=FetchStatus.FAILED)),
    ).order_by("title", "url")  # fmt: skip
    return render(request, "factcheck/desk/feeds.html", {"feeds": feeds, "form": form})


@require_POST
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def feed_pause(request: HttpRequest, pk: int) -> HttpResponse:
    """Pause a feed's polling, or resume it (the form's ``paused`` is "1" or "0")."""
    feed = get_object_or_404(Feed, pk=pk)
    paused = request.POST.get("paused") == "1"
    Feed.objects.filter(pk=pk).update(paused=paused)
    messages.info(request, f"{'Paused' if paused else 'Resumed'} {feed}.")
    return redirect(reverse("factcheck:feed_list"))


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def feed_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: confirm unsubscribing from a feed. POST: unsubscribe (``sources.feeds.
    unsubscribe``): it is no longer polled; the articles it brought in stay."""
    feed = get_object_or_404(Feed, pk=pk)
    if request.method == "POST":
        name = str(feed)
        listed = unsubscribe(feed)
        messages.success(
            request,
            f"Unsubscribed from {name}: it is no longer polled. The {listed} URL"
            f"{'s' * (listed != 1)} it listed, and their articles, stay.",
        )
        return redirect(reverse("factcheck:feed_list"))
    return render(request, "factcheck/desk/feed_delete.html", {"feed": feed})


@require_POST
@login_required
@permission_required("factcheck.add_article", raise_exception=True)
def feed_poll(request: HttpRequest, pk: int) -> HttpResponse:
    """Poll a feed now, whatever its schedule."""
    feed = get_object_or_404(Feed, pk=pk)
    with transaction.atomic():
        poll_now(feed)
    messages.info(request, f"Polling {feed} now.")
    return redirect(reverse("factcheck:feed_list"))


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A stale token (another tab, a new login) under htmx: a banner, not a 403 page."""
    message = (
        "Your session changed (perhaps you logged in elsewhere). Reload the page and try again."
    )
    if getattr(request, "htmx", None):
        response = HttpResponse(
            f'<p class="message message-error" role="alert">{message}</p>', status=200
        )
        return reswap(retarget(response, "#messages"), "innerHTML")
    return render(request, "403_csrf.html", {"message": message}, status=403)
