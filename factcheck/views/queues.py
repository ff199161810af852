"""The desk at results-night pace (issue 15): queues by claim, the seat overview, and who
is on what. Views parse input, call one function (``claim_queue``, ``seat_overview``,
``assignments``) and render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from results.models import Contest, Election

from .. import assignments, batches, claim_queue, live, seat_overview, withdrawals_queue
from ..models import Article
from ..vocabulary import ClaimType, ReviewStatus, Verdict
from .desk import VOCABULARY, _page_number, render_partial


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def claims_list(request: HttpRequest) -> HttpResponse:
    """The queue by claim: every claim the filters in the URL select (``claim_queue``), likely
    inaccurate first, ``PAGE_SIZE`` a page (``page=<n>``); ``view=mine`` the claims to
    review in the articles I am on, ``view=sign-off`` the verdicts by others that I can
    sign off (above them, batches awaiting my sampled check and withdrawals of published
    checks asked by others that I may approve). An htmx request gets only the
    ``claim-table`` partial."""
    params = claim_queue.clean(request.GET)
    page = claim_queue.claim_page(params, request.user, _page_number(request.GET.get("page")))
    # polled by the page itself (``factcheck.live``): 204 when its rows did not change
    stamp = live.claims_stamp(page)
    if live.is_current(request.headers.get(live.SINCE_HEADER), stamp):
        return HttpResponse(status=204, headers={"Cache-Control": "no-store"})
    context = {
        "page": page,
        "live_stamp": stamp,
        "poll_seconds": live.poll_seconds(),
        "filters": params,
        "views": claim_queue.VIEWS,
        "view_label": claim_queue.VIEWS[params["view"]] if params["view"] else "Claims",
        **VOCABULARY,
    }
    htmx = getattr(request, "htmx", None)
    if not (htmx and not htmx.history_restore_request):
        context |= {
            "status_filters": ReviewStatus.choices,
            "claim_types": ClaimType.choices,
            "verdicts": Verdict.choices,
            "outlets": Article.objects.outlets(),
            "constituencies": _seats_named(),
            "elections": Election.objects.order_by("-date").only("slug", "name"),
            # batches awaiting the sampled check I may do, above "awaiting my sign-off"
            "audits": list(batches.awaiting_audit(request.user))
            if params["view"] == "sign-off"
            else [],
            # published checks another editor asked to withdraw, that I may approve
            "withdrawals": withdrawals_queue.waiting_for(request.user)
            if params["view"] == "sign-off"
            else [],
        }
    return render_partial(request, "factcheck/desk/claims.html", "claim-table", context)


def _seats_named():
    """The constituencies articles are about, A to Z, as (slug, name). One query."""
    return list(
        Contest.objects.filter(articles__isnull=False)
        .order_by("constituency__name")
        .values_list("constituency__slug", "constituency__name")
        .distinct()
    )


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def seats_overview(request: HttpRequest) -> HttpResponse:
    """For each seat articles are about: declared or not, articles, claims left to review,
    awaiting sign-off, the version published, who is on it (``seat_overview``), a page at a
    time (``page=<n>``)."""
    page = seat_overview.seat_page(_page_number(request.GET.get("page")))
    context = {
        "page": page,
        "editors": list(assignments.editors()),
        # each election's national page, published from here like a seat's
        "elections": Election.objects.filter(is_notional=False)
        .order_by("-date")
        .only("slug", "name"),
        **VOCABULARY,
    }
    return render_partial(request, "factcheck/desk/seats.html", "seat-table", context)


def _assignee(request: HttpRequest):
    """The user named by the posted ``assignee``: "me", a user's pk, or "" (nobody). Raises
    ``ValidationError`` for anything else."""
    value = request.POST.get("assignee", "")
    if value == "":
        return None
    if value == "me":
        return request.user
    if not (value.isascii() and value.isdigit() and len(value) < 12):
        raise ValidationError("Choose an editor from the list.")
    try:
        return get_user_model().objects.get(pk=int(value))
    except get_user_model().DoesNotExist as exc:
        raise ValidationError("Choose an editor from the list.") from exc


def _assign(request: HttpRequest, target, fallback: str) -> HttpResponse:
    try:
        assignee = _assignee(request)
        assignments.assign(target=target, assignee=assignee, by=request.user)
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, "Not assigned: " + " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        name = assignee.get_username() if assignee else "nobody"
        messages.success(request, f"{target} is now assigned to {name}.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = fallback
    return redirect(back)


@require_POST
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def article_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """Put an editor on the article (POST ``assignee``: "me", a user's pk, "" for nobody;
    ``next``: where to go back to)."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    return _assign(request, article, reverse("factcheck:article_detail", args=[pk]))


@require_POST
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def seat_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """Put an editor on the seat: every article about it without an editor of its own."""
    contest = get_object_or_404(Contest.objects.select_related("election", "constituency"), pk=pk)
    return _assign(request, contest, reverse("factcheck:seats"))
