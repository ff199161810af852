"""Batch accept with a sampled second check (issue 15): the pages. Views parse input, call
one function of ``factcheck.batches`` and render; every action is a plain form post
answered by a redirect (no script needed, and the keyboard reaches every control; on the
batch page ``static/tally/batch.js`` adds keys: j/k, a approve, x the note)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import batches, claim_queue
from ..models import Article, Batch, BatchStatus, Claim
from ..vocabulary import ClaimType, ReviewStatus, Verdict
from .desk import VOCABULARY

# Recent batches the list shows below those awaiting a check.
RECENT = 30


def _selection(request: HttpRequest, params: QueryDict):
    """What a batch is of, from ``params`` (the preview's GET, or the posted form):
    ``article=<pk>``, else the claim list's filters (``claim_queue.CLAIM_FILTERS``).
    Returns (article or None, the claims queryset, the filters, a description)."""
    value = params.get("article", "")
    if value:
        if not (value.isascii() and value.isdigit() and len(value) < 12):
            raise Http404("No such article.")
        article = get_object_or_404(Article.objects.defer("body"), pk=int(value))
        claims = article.claims.order_by("start", "pk")
        return article, claims, {}, f"Exact matches in “{article.title}”"[:300]
    filters = claim_queue.clean(params)
    claims = claim_queue.claims(filters, request.user)
    return None, claims, filters, "Exact matches in claims: " + _described(filters)


def _described(filters: dict[str, str]) -> str:
    """The claim list's filters in words: "type Turnout, seat islington-north"."""
    labels = {
        "view": lambda v: claim_queue.VIEWS[v],
        "q": lambda v: f"“{v}”",
        "status": lambda v: ReviewStatus(v).label,
        "type": lambda v: ClaimType(v).label,
        "verdict": lambda v: f"suggested {Verdict(v).label.lower()}",
        "constituency": lambda v: f"seat {v}",
        "outlet": lambda v: f"outlet {v}",
        "election": lambda v: f"election {v}",
    }
    said = [labels[name](value) for name, value in filters.items() if value]
    return ", ".join(said) if said else "every claim"


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def batch_list(request: HttpRequest) -> HttpResponse:
    """Batches awaiting the sampled check that I may do, then the most recent batches."""
    context = {
        "awaiting": list(batches.awaiting_audit(request.user)),
        "recent": list(
            Batch.objects.select_related("accepted_by", "audited_by", "article").order_by(
                "-accepted_at", "-pk"
            )[:RECENT]
        ),
        "Status": BatchStatus,
    }
    return render(request, "factcheck/desk/batches.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("factcheck.change_review", raise_exception=True)
def batch_new(request: HttpRequest) -> HttpResponse:
    """GET: the exact, confident matches of an article (``?article=<pk>``) or of the claim
    list's filters, listed for the editor to accept as one batch. POST: accept the claims
    listed (``claim``, repeated), then go to the batch."""
    params = request.POST if request.method == "POST" else request.GET
    article, claims, filters, description = _selection(request, params)
    if request.method == "POST":
        ids = [v for v in request.POST.getlist("claim") if v.isascii() and v.isdigit()]
        try:
            done = batches.accept(
                editor=request.user,
                claim_ids=[int(v) for v in ids if len(v) < 12],
                description=description,
                article=article,
            )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, "Not accepted: " + " ".join(_messages(exc)))
            return redirect(_preview_url(article, filters))
        batch = done.batch
        count = batch.items.count()
        sampled = batch.items.filter(sampled=True).count()
        messages.success(
            request,
            f"Accepted {count} suggestion{'s' * (count != 1)} as batch {batch.pk}: "
            f"{sampled} drawn at random for a second editor to check.",
        )
        if done.skipped:
            messages.warning(
                request,
                f"{len(done.skipped)} left out: "
                + "; ".join(sorted({reason for _, reason in done.skipped}))
                + ".",
            )
        return redirect("factcheck:batch_detail", pk=batch.pk)
    matched, total = batches.exact_matches(claims)
    context = {
        "article": article,
        "filters": filters,
        "filter_items": [(k, v) for k, v in filters.items() if v],
        "description": description,
        "claims": matched,
        "total": total,
        "limit": batches.BATCH_LIMIT,
        "sample": batches.sample_size(len(matched)),
        "back": _back_url(article, filters),
        **VOCABULARY,
    }
    return render(request, "factcheck/desk/batch_new.html", context)


def _messages(exc: Exception) -> list[str]:
    return getattr(exc, "messages", None) or [str(exc) or "You may not do that."]


def _preview_url(article: Article | None, filters: dict[str, str]) -> str:
    query = {"article": article.pk} if article else {k: v for k, v in filters.items() if v}
    return reverse("factcheck:batch_new") + ("?" + urlencode(query) if query else "")


def _back_url(article: Article | None, filters: dict[str, str]) -> str:
    if article is not None:
        return reverse("factcheck:article_detail", args=[article.pk])
    query = {k: v for k, v in filters.items() if v}
    return reverse("factcheck:claims") + ("?" + urlencode(query) if query else "")


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One batch: who accepted it, when, what; its sample with, for the second editor, a
    decision for each sampled claim; every claim it accepted."""
    batch = get_object_or_404(
        Batch.objects.select_related("accepted_by", "audited_by", "article"), pk=pk
    )
    sampled = batches.sampled_items(batch)
    others = list(
        Claim.objects.for_review().filter(batch_items__batch=batch, batch_items__sampled=False)
    )
    user = request.user
    may_approve = user.has_perm("factcheck.approve_review")
    context = {
        "batch": batch,
        "sampled": sampled,
        "others": others,
        "size": len(sampled) + len(others),
        "open": batch.status == BatchStatus.AWAITING_AUDIT,
        "is_acceptor": batch.accepted_by_id == user.pk,
        "may_audit": may_approve
        and batch.status == BatchStatus.AWAITING_AUDIT
        and batch.accepted_by_id != user.pk
        and batch.audited_by_id in (None, user.pk),
        "may_approve": may_approve,
        "Status": BatchStatus,
        **VOCABULARY,
    }
    return render(request, "factcheck/desk/batch.html", context)


@require_POST
@login_required
@permission_required("factcheck.approve_review", raise_exception=True)
def batch_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """The second editor's decision on one sampled claim (POST ``item``, ``decision``:
    "approve" or "reject", ``seen``: the claim's state token as shown, ``note``)."""
    batch = get_object_or_404(Batch, pk=pk)
    item = request.POST.get("item", "")
    decision = request.POST.get("decision", "")
    if not (item.isascii() and item.isdigit() and len(item) < 12) or decision not in (
        "approve",
        "reject",
    ):
        messages.error(request, "Not saved: choose Approve or Reject for a sampled claim.")
        return redirect("factcheck:batch_detail", pk=pk)
    try:
        batch = batches.decide(
            batch=batch,
            auditor=request.user,
            item_id=int(item),
            approve=decision == "approve",
            seen=request.POST.get("seen", ""),
            note=request.POST.get("note", ""),
        )
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, "Not saved: " + " ".join(_messages(exc)))
        return redirect(f"{reverse('factcheck:batch_detail', args=[pk])}#item-{item}")
    if batch.status == BatchStatus.APPROVED:
        messages.success(request, f"Batch {batch.pk} approved: its verdicts are signed off by you.")
    elif batch.status == BatchStatus.RETURNED:
        messages.success(
            request,
            f"Batch {batch.pk} returned to review: its verdicts are withdrawn and its "
            "claims are to review again.",
        )
    else:
        messages.success(request, "Saved. Check the next sampled claim.")
        following = batches.next_to_decide(batch, int(item))
        if following is not None:  # the page opens, and the focus goes, at the next claim
            return redirect(f"{reverse('factcheck:batch_detail', args=[pk])}#item-{following.pk}")
    return redirect("factcheck:batch_detail", pk=pk)
