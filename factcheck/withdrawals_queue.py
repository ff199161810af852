"""Withdrawals waiting for a second editor, for the desk's "Awaiting my sign-off".

One editor asks to take a published check off its page (``publishing.request_withdrawal``);
a second, not the one who asked, approves it (``publishing.approve_withdrawal``). This
module only reads: which asked withdrawals a given editor may approve, with what the desk
shows of each (the check's published summary, its page). Business rules only; the desk's
claim list renders them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from .models import Publication, Withdrawal
from .published import read_checks


@dataclass
class Waiting:
    """One withdrawal awaiting approval: the ``withdrawal`` (with who asked), the published
    check's ``summary`` ("" when the page's latest version no longer carries it) and the
    ``page`` name ("Islington North, 2024 general election" or "the 2024 general election,
    national page")."""

    withdrawal: Withdrawal
    summary: str
    page: str


def awaiting_approval_by(user) -> QuerySet[Withdrawal]:
    """Withdrawals asked and not yet approved nor published that ``user`` may approve:
    asked by someone else; none for a user who may not sign off verdicts. Oldest first,
    with the asker and the page's seat or election. One query."""
    if not user.has_perm("factcheck.approve_review"):
        return Withdrawal.objects.none()
    return (
        Withdrawal.objects.filter(approved_by__isnull=True, publication__isnull=True)
        .exclude(requested_by=user)
        .select_related("requested_by", "contest__election", "contest__constituency", "election")
        .order_by("requested_at", "pk")
    )


def waiting_for(user) -> list[Waiting]:
    """``awaiting_approval_by`` with each check's published summary and page name: one
    query, then one per page with a withdrawal waiting (its latest published version)."""
    found = []
    latest: dict[tuple, list] = {}
    for withdrawal in awaiting_approval_by(user):
        if withdrawal.contest_id is not None:
            key = ("contest", withdrawal.contest_id)
            page = f"{withdrawal.contest.constituency.name}, {withdrawal.contest.election.name}"
        else:
            key = ("election", withdrawal.election_id)
            page = f"the {withdrawal.election.name}, national page"
        if key not in latest:
            versions = (
                Publication.objects.filter(contest_id=withdrawal.contest_id)
                if withdrawal.contest_id is not None
                else Publication.objects.national(withdrawal.election)
            )
            newest = versions.order_by("-version").first()
            latest[key] = read_checks(newest.checks) if newest else []
        check = next((c for c in latest[key] if c.id == withdrawal.check_id), None)
        found.append(Waiting(withdrawal, check.summary if check else "", page))
    return found


def still_withdrawable(published: list, withdrawals: list[Withdrawal]) -> list:
    """The published checks (``PublishedCheck``, anything with an ``id``) no withdrawal of
    ``withdrawals`` (asked or approved, not yet published) is about: those an editor may
    still ask to withdraw."""
    asked = {w.check_id for w in withdrawals if w.publication_id is None}
    return [check for check in published if check.id not in asked]
