"""Publishing from the desk: what a publish would change, its reasons, and withdrawals.

A seat's page (``contest_publish``) and an election's national page
(``national_publish``) share one page: what changed since the last version
(added, changed, withdrawn, held), a reason field for each changed check, the
claims left out and why, and withdrawals, which one editor asks and a second
approves (``publishing.request_withdrawal``, ``approve_withdrawal``). A refused
publish shows its reasons beside the checks and keeps what was typed.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from results.models import Contest, Election

from .. import publishing
from ..models import Withdrawal
from ..published import read_checks


def _may_see(user) -> bool:
    return user.has_perm("factcheck.publish_contest") or user.has_perm("factcheck.approve_review")


def _page_url(scope: publishing.Scope) -> str:
    if scope.national:
        return reverse("factcheck:national_publish", args=[scope.election.slug])
    return reverse("factcheck:contest_publish", args=[scope.contest.pk])


def _public_url(scope: publishing.Scope) -> str:
    if scope.national:
        return scope.election.get_absolute_url()
    return scope.contest.get_absolute_url()


def _reasons(post) -> dict[int, str]:
    """``{check id: reason}`` from the form's ``reason-<id>`` fields."""
    found = {}
    for key, value in post.items():
        if key.startswith("reason-") and key[7:].isdigit():
            found[int(key[7:])] = value.replace("\x00", "")
    return found


def _publish_page(request, scope: publishing.Scope, *, status: int = 200, **extra):
    plan = publishing.publish_plan(scope.contest, election=scope.election)
    latest = plan.previous
    published = read_checks(latest.checks) if latest else []
    reasons = extra.pop("reasons", {})
    errors = extra.pop("errors", {})
    changes = [
        {
            "change": change,
            "reason": reasons.get(change.id, ""),
            "error": " ".join(errors.get(f"check-{change.id}", [])),
        }
        for change in plan.changed
        if change.after is not None
    ]
    withdrawals = [
        {"withdrawal": w, "check": next((c for c in published if c.id == w.check_id), None),
         "can_approve": w.can_be_approved_by(request.user)}
        for w in plan.withdrawals if not w.is_approved
    ]  # fmt: skip
    context = {
        "scope": scope,
        "page_name": scope.name(),
        "page_url": _public_url(scope),
        "form_url": _page_url(scope),
        "plan": plan,
        "latest": latest,
        "published": published,
        "changes": changes,
        "withdrawals": withdrawals,
        "can_publish": request.user.has_perm("factcheck.publish_contest"),
        "note": request.POST.get("note", ""),
        "error": "",
        "withdrawal_error": "",
        "withdrawal_reason": "",
        "withdrawal_check": "",
        **extra,
    }
    return render(request, "factcheck/desk/contest_publish.html", context, status=status)


def _publish(request: HttpRequest, scope: publishing.Scope) -> HttpResponse:
    if not _may_see(request.user):
        raise PermissionDenied("Only editors and publishers see what would be published.")
    if request.method == "POST":
        if not request.user.has_perm("factcheck.publish_contest"):
            raise PermissionDenied("Only a Publisher can publish.")
        reasons = _reasons(request.POST)
        try:
            publication = publishing.publish(
                contest=scope.contest, election=scope.election, publisher=request.user,
                note=request.POST.get("note", "").replace("\x00", ""), reasons=reasons,
            )  # fmt: skip
        except ValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
            return _publish_page(
                request, scope, status=400, reasons=reasons, errors=errors,
                error=" ".join(errors.get("__all__", [])),
            )  # fmt: skip
        messages.success(request, f"Published version {publication.version} of {scope.name()}.")
        return redirect(_public_url(scope))
    return _publish_page(request, scope)


@require_http_methods(["GET", "POST"])
@login_required
def contest_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """What publishing a seat's page would change, and publishing it
    (``publishing.publish_contest``). Editors may look; only a Publisher publishes."""
    contest = get_object_or_404(Contest.objects.select_related("election", "constituency"), pk=pk)
    return _publish(request, publishing.Scope(contest=contest))


@require_http_methods(["GET", "POST"])
@login_required
def national_publish(request: HttpRequest, election: str) -> HttpResponse:
    """The same for an election's national page (``publishing.publish_national``)."""
    election_obj = get_object_or_404(Election, slug=election)
    return _publish(request, publishing.Scope(election=election_obj))


def _scope_from(post) -> publishing.Scope:
    if post.get("contest", "").isdigit():
        return publishing.Scope(
            contest=get_object_or_404(
                Contest.objects.select_related("election", "constituency"), pk=post["contest"]
            )
        )
    return publishing.Scope(election=get_object_or_404(Election, slug=post.get("election", "")))


@require_POST
@login_required
def withdrawal_request(request: HttpRequest) -> HttpResponse:
    """Ask to withdraw a published check (``check``, ``reason``, and ``contest`` or
    ``election``); a refusal shows on the publish page with the reason kept."""
    scope = _scope_from(request.POST)
    check = request.POST.get("check", "")
    reason = request.POST.get("reason", "").replace("\x00", "")
    try:
        publishing.request_withdrawal(
            contest=scope.contest, election=scope.election,
            check_id=int(check) if check.isdigit() else 0, editor=request.user, reason=reason,
        )  # fmt: skip
    except ValidationError as exc:
        return _publish_page(
            request, scope, status=400, withdrawal_error=" ".join(exc.messages),
            withdrawal_reason=reason, withdrawal_check=check,
        )  # fmt: skip
    messages.success(request, "Withdrawal asked: a second editor must approve it.")
    return redirect(_page_url(scope))


def _withdrawal(pk: int) -> tuple[Withdrawal, publishing.Scope]:
    withdrawal = get_object_or_404(
        Withdrawal.objects.select_related("contest__election", "contest__constituency", "election"),
        pk=pk,
    )
    return withdrawal, publishing.Scope(contest=withdrawal.contest, election=withdrawal.election)


@require_POST
@login_required
def withdrawal_approve(request: HttpRequest, pk: int) -> HttpResponse:
    """A second editor approves a withdrawal (403 for the editor who asked it)."""
    withdrawal, scope = _withdrawal(pk)
    publishing.approve_withdrawal(withdrawal=withdrawal, editor=request.user)
    messages.success(request, "Withdrawal approved: the next publish takes the check off.")
    return redirect(_page_url(scope))


@require_POST
@login_required
def withdrawal_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Drop a withdrawal not yet published: the check stays on the page."""
    withdrawal, scope = _withdrawal(pk)
    try:
        publishing.cancel_withdrawal(withdrawal=withdrawal, editor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "Withdrawal cancelled: the check stays on the page.")
    return redirect(_page_url(scope))
