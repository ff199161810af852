"""Batch accept with a sampled second check (issue 15).

An editor accepts, in one action, every suggestion of an article or of a filtered claim
list (``claim_queue``) that is an *exact, confident match* (``why_not_batchable``); a
second editor then checks a random sample of them (``sample_size``, drawn by the
server) instead of every one:

- each sampled claim approved: the batch is approved, every verdict it wrote signed off
  by the auditor (``review.approve``);
- one sampled claim rejected: the whole batch returns to review, every verdict it wrote
  withdrawn (deleted: its claims are to review again), with the auditor's note.

Recorded: who accepted (``Batch.accepted_by``), who audited (``Batch.audited_by``, the
first editor to decide a sampled claim: a second auditor is refused), the sample
(``BatchClaim.sampled``) and each decision (``BatchClaim.audit``).

The batch only ever signs off or withdraws a verdict still as it wrote it: each item keeps
the verdict (``BatchClaim.review``) and the claim's state token as the batch left it
(``BatchClaim.token``, ``review.state_token``). A claim changed since by anyone (a
colleague's verdict or correction, a sign-off given claim by claim, a re-check that found
its official figures changed: ``rechecks.apply_change``) is left to the ordinary review,
and a sampled claim changed since cannot be approved as part of the batch. Every write
goes through ``factcheck.review``, so permissions, history and the desk's stored counts
(``factcheck.progress``) are kept as for one claim at a time.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from . import review
from .checking.rules import decimals_written, round_to
from .claims import REPEAT_OF
from .models import Article, Batch, BatchClaim, BatchStatus, Claim, Review
from .vocabulary import ClaimStatus, Qualifier, Verdict

# At most this many claims a batch: one request accepts them (about 15 queries each).
BATCH_LIMIT = 100
# The sample: at least this many claims, or this share of the batch, whichever is more.
SAMPLE_AT_LEAST = 3
SAMPLE_SHARE = Decimal("0.1")

APPROVED, REJECTED = "approved", "rejected"


# -- which suggestions ------------------------------------------------------------------


def batchable() -> Q:
    """The SQL half of ``why_not_batchable``: open claims with no verdict applying (their
    own or their group's), the checker's suggestion "accurate" with an official figure,
    asserted exactly ("exact" qualifier), no reading chosen by an editor, nothing
    pending from a re-check. ``why_not_batchable`` checks the rest on each row."""
    return Q(
        status=ClaimStatus.OPEN,
        review__isnull=True,
        suggested_verdict=Verdict.ACCURATE,
        qualifier=Qualifier.EXACT,
        official_value__isnull=False,
        reading_chosen_by__isnull=True,
        revision_pending=False,
        recheck_requested_at__isnull=True,
    ) & (Q(group__isnull=True) | Q(group__review__isnull=True))


def why_not_batchable(claim: Claim) -> str | None:
    """Why the claim's suggestion may not be accepted in a batch, or None if it is an exact,
    confident match. Conservative: anything an editor should look at by itself is out.

    In: an open claim to review (no verdict of its own or of its group); the checker
    suggests "accurate" (never "approximately accurate", "inaccurate" or "not checkable":
    those need an editor's eyes); the figure is asserted exactly, and equals the official
    figure to the precision written (24,120 for 24,120; 33.7% for 33.68%); at extraction
    the extractor's own reading (whose figure, of what, which election) matched, so the
    checker stored only that one (``claim.readings``: it weighs and stores alternatives
    only when the extractor's reading does not place the figure) and kept it
    (``details["extracted_as"]`` is set when it took another). The alternatives the
    desk's panel offers on request (``processing.claim_readings``, weighed anew) are not
    looked at: every count of votes has them (each other candidate's), so they say
    nothing about doubt, and weighing them costs a check each; no editor chose a reading;
    not a repeat held for confirmation; no re-check queued and no revised figure pending.
    ``claim`` from ``Claim.objects.for_review()``.
    """
    if claim.status != ClaimStatus.OPEN:
        return "rejected as not a claim"
    if claim.effective_review is not None:
        return "already has a verdict"
    if claim.suggested_verdict != Verdict.ACCURATE:
        return "the suggestion is not “accurate”"
    if claim.qualifier != Qualifier.EXACT:
        return "the figure is not asserted exactly"
    if claim.official_value is None:
        return "no official figure"
    precision = Decimal(1).scaleb(-decimals_written(claim.text))
    if round_to(claim.official_value, precision) != claim.value:
        return "the figure is not the official one to the precision written"
    if len(claim.readings or []) > 1:
        return "the checker had to try other readings to place it"
    if any(r.get("verdict") not in (None, Verdict.ACCURATE) for r in claim.readings or []):
        return "its reading is not an accurate match"
    details = claim.details or {}
    if details.get("extracted_as"):
        return "the checker read it as another figure than the extractor"
    if details.get(REPEAT_OF):
        return "a repeat waiting to be confirmed"
    if claim.reading_chosen_by_id is not None:
        return "an editor chose its reading"
    if claim.revision_pending or claim.recheck_requested_at is not None:
        return "its official figures are being re-checked"
    return None


def exact_matches(claims: QuerySet[Claim], *, limit: int = BATCH_LIMIT) -> tuple[list[Claim], int]:
    """The claims of ``claims`` (any queryset of claims, in its order) a batch may accept,
    at most ``limit``, with what the desk shows of them; and how many in all. Two queries
    at most (the rows are read once, filtered in SQL by ``batchable`` then each by
    ``why_not_batchable``)."""
    rows = list(claims.filter(batchable()).for_review().order_by(*claims.query.order_by))
    matched = [c for c in rows if why_not_batchable(c) is None]
    return matched[:limit], len(matched)


def article_matches(article: Article) -> tuple[list[Claim], int]:
    """``exact_matches`` among an article's claims, in text order."""
    return exact_matches(article.claims.order_by("start", "pk"))


def sample_size(count: int) -> int:
    """How many of a batch of ``count`` claims the second editor checks: every one below
    ``SAMPLE_AT_LEAST``, else the larger of ``SAMPLE_AT_LEAST`` and a tenth, rounded up."""
    if count <= SAMPLE_AT_LEAST:
        return count
    return min(count, max(SAMPLE_AT_LEAST, math.ceil(count * SAMPLE_SHARE)))


# -- accepting ----------------------------------------------------------------------------


@dataclass
class Accepted:
    """What ``accept`` did: the ``batch`` made (None: nothing was accepted), and the claims
    left out with why (``skipped``: ``(claim id, reason)``; changed since the list was shown,
    or no longer an exact match)."""

    batch: Batch | None
    skipped: list[tuple[int, str]] = field(default_factory=list)


def accept(
    *, editor, claim_ids: list[int], description: str, article: Article | None = None
) -> Accepted:
    """Accept the suggestion of each claim in ``claim_ids`` (those the editor was shown, at
    most ``BATCH_LIMIT``) as one batch, in one transaction, and draw its sample.

    Each claim is locked and checked again as it now is (``why_not_batchable``): one a
    colleague decided, corrected or re-checked meanwhile is skipped, with the reason. A
    claim whose group's verdict the batch already wrote (the same figure twice) joins the
    batch under that verdict. ``article``: the batch is of that article's claims (claims of
    another article are refused). Raises ``PermissionDenied`` (not an editor who writes
    verdicts), ``ValidationError`` (no claims, too many, or none could be accepted: then
    nothing is written).
    """
    if not editor.has_perm("factcheck.change_review"):
        raise PermissionDenied("You may not write verdicts.")
    ids = sorted(set(claim_ids))
    if not ids:
        raise ValidationError("There is nothing to accept: no claim was chosen.")
    if len(ids) > BATCH_LIMIT:
        raise ValidationError(f"A batch holds at most {BATCH_LIMIT} claims.")
    skipped: list[tuple[int, str]] = []
    with transaction.atomic():
        batch = Batch.objects.create(
            article=article, description=description[:300], accepted_by=editor
        )
        items: list[BatchClaim] = []
        written: dict[int, Review] = {}  # group pk -> the verdict this batch wrote for it
        for pk in ids:  # in pk order: the row locks of two batches are taken in one order
            try:
                claim = review._locked(pk)
            except Claim.DoesNotExist:
                skipped.append((pk, "it was deleted"))
                continue
            if article is not None and claim.article_id != article.pk:
                skipped.append((pk, "it is not in this article"))
                continue
            group_review = getattr(claim.group, "review", None) if claim.group_id else None
            if group_review is not None and claim.group_id in written:
                # the same figure again: the verdict this batch just wrote applies to it
                items.append(_item(batch, claim, group_review))
                continue
            reason = why_not_batchable(claim)
            if reason is not None:
                skipped.append((pk, reason))
                continue
            try:
                with transaction.atomic():
                    verdict = review.accept_suggestion(
                        claim=claim, editor=editor, token=review.state_token(claim)
                    )
            except (review.Conflict, ValidationError, PermissionDenied) as exc:
                skipped.append((pk, _reason(exc)))
                continue
            _say_why(verdict, f"Accepted in batch {batch.pk} ({batch.description})")
            if verdict.group_id:
                written[verdict.group_id] = verdict
            items.append(_item(batch, review._locked(pk), verdict))
        if not items:
            transaction.set_rollback(True)
            reasons = "; ".join(sorted({reason for _, reason in skipped})) or "none left"
            raise ValidationError(f"Nothing was accepted: {reasons}.")
        for item in secrets.SystemRandom().sample(items, sample_size(len(items))):
            item.sampled = True
        BatchClaim.objects.bulk_create(items)
    return Accepted(batch=batch, skipped=skipped)


def _say_why(verdict: Review, reason: str) -> None:
    """Give the verdict's last history row its reason (history keeps 100 characters)."""
    last = verdict.history.order_by("-history_date", "-history_id").first()
    if last is not None:
        last.history_change_reason = reason[:100]
        last.save(update_fields=["history_change_reason"])


def _item(batch: Batch, claim: Claim, verdict: Review) -> BatchClaim:
    return BatchClaim(batch=batch, claim=claim, review=verdict, token=review.state_token(claim))


def _reason(exc: Exception) -> str:
    if isinstance(exc, review.Conflict):
        return "a colleague changed it meanwhile"
    return " ".join(getattr(exc, "messages", [str(exc)])) or "refused"


# -- the second editor's check --------------------------------------------------------------


def awaiting_audit(user) -> QuerySet[Batch]:
    """Batches awaiting their sampled check that ``user`` may do (accepted by someone else,
    and not being checked by a third editor), oldest first, each with ``claims`` and
    ``sampled`` counted. Empty for a user who may not sign off verdicts. One query."""
    if not user.has_perm("factcheck.approve_review"):
        return Batch.objects.none()
    return (
        Batch.objects.filter(status=BatchStatus.AWAITING_AUDIT)
        .exclude(accepted_by=user)
        .filter(Q(audited_by__isnull=True) | Q(audited_by=user))
        .select_related("accepted_by", "audited_by", "article")
        .annotate(claims=Count("items"), sampled=Count("items", filter=Q(items__sampled=True)))
        .order_by("accepted_at", "pk")
    )


def changed_since_accepted(item: BatchClaim, claim: Claim) -> bool:
    """Whether the claim or the verdict applying to it changed since the batch accepted it
    (``claim`` as now, from ``Claim.objects.for_review()``)."""
    return review.state_token(claim) != item.token


def decide(
    *, batch: Batch, auditor, item_id: int, approve: bool, seen: str, note: str = ""
) -> Batch:
    """The second editor's decision on one sampled claim of the batch; ``seen`` is the
    claim's state token on the page they decided from (``review.state_token``).

    Approving the last undecided sampled claim approves the batch: every verdict it wrote,
    still as written, signed off by the auditor. Rejecting one returns the batch to review
    (``note``, why, is required): every verdict it wrote, still as written, withdrawn. The
    first decision makes ``auditor`` the batch's auditor.

    Raises ``PermissionDenied`` (the editor who accepted the batch, or one who may not sign
    off verdicts) and ``ValidationError``: the batch was decided already or another editor
    is checking it, the claim is not in its sample or was decided, the claim changed since
    the page was shown (``seen``), approving a claim changed since the batch accepted it,
    or a rejection without a note. Nothing is written when it raises.
    """
    if not auditor.has_perm("factcheck.approve_review"):
        raise PermissionDenied("You may not sign off verdicts.")
    note = note.strip()
    with transaction.atomic():
        # the batch's row locked first (two auditors queue here), then read as committed
        list(Batch.objects.select_for_update().filter(pk=batch.pk).values_list("pk"))
        batch = Batch.objects.select_related("accepted_by", "audited_by").get(pk=batch.pk)
        if batch.accepted_by_id == auditor.pk:
            raise PermissionDenied("You accepted this batch: a second editor must check it.")
        if batch.status != BatchStatus.AWAITING_AUDIT:
            who = batch.audited_by.get_username() if batch.audited_by else "someone"
            raise ValidationError(
                f"This batch was {batch.get_status_display().lower()} by {who} already."
            )
        if batch.audited_by_id not in (None, auditor.pk):
            raise ValidationError(
                f"{batch.audited_by.get_username()} is checking this batch: "
                "one editor checks a batch's sample."
            )
        item = batch.items.filter(pk=item_id, sampled=True).first()
        if item is None:
            raise ValidationError("That claim is not in this batch's sample.")
        if item.audit:
            raise ValidationError(f"That claim was {item.audit} already.")
        claim = review._locked(item.claim_id)
        now = review.state_token(claim)
        if now != seen:
            raise ValidationError(
                "This claim changed since you opened the batch: look at it again, then decide."
            )
        if approve and now != item.token:
            raise ValidationError(
                "This claim changed since the batch accepted it, so it cannot be approved as "
                "part of the batch: reject it (the batch returns to review) and review it "
                "on its own."
            )
        if not approve and not note:
            raise ValidationError("Say why you reject it: the note goes back with the batch.")
        item.audit = APPROVED if approve else REJECTED
        item.save(update_fields=["audit"])
        batch.audited_by = auditor
        if not approve:
            _return(batch, auditor, f"“{claim.text}” rejected: {note}")
        elif not batch.items.filter(sampled=True, audit="").exists():
            _approve(batch, auditor)
        else:
            batch.save(update_fields=["audited_by"])
    return batch


def _unchanged(batch: Batch) -> tuple[list[tuple[BatchClaim, Claim]], int]:
    """Each verdict the batch wrote and that is still as it wrote it, once, with a claim it
    applies to (locked); and how many claims changed since the batch accepted them."""
    kept, seen_reviews, changed = [], set(), 0
    for item in batch.items.order_by("claim_id"):
        claim = review._locked(item.claim_id)
        if changed_since_accepted(item, claim) or item.review_id is None:
            changed += 1
            continue
        if item.review_id not in seen_reviews:
            seen_reviews.add(item.review_id)
            kept.append((item, claim))
    return kept, changed


def _approve(batch: Batch, auditor) -> None:
    kept, changed = _unchanged(batch)
    for _kept_item, claim in kept:
        signed = review.approve(claim=claim, editor=auditor, token=review.state_token(claim))
        _say_why(signed, f"Signed off with batch {batch.pk} (its sample checked)")
    batch.status = BatchStatus.APPROVED
    batch.audited_at = timezone.now()
    if changed:
        batch.note = (
            f"{changed} claim{'s' * (changed != 1)} changed since the batch accepted "
            f"{'them' if changed != 1 else 'it'}: left to the ordinary review."
        )
    batch.save(update_fields=["status", "audited_by", "audited_at", "note"])


def _return(batch: Batch, auditor, note: str) -> None:
    kept, _changed = _unchanged(batch)
    for item, _claim in kept:
        verdict = Review.objects.get(pk=item.review_id)
        verdict._change_reason = f"Withdrawn: batch {batch.pk} returned to review ({note})"[:100]
        verdict.delete()
    batch.status = BatchStatus.RETURNED
    batch.audited_at = timezone.now()
    batch.note = note[:2000]
    batch.save(update_fields=["status", "audited_by", "audited_at", "note"])


def next_to_decide(batch: Batch, after: int) -> BatchClaim | None:
    """The sampled claim to decide after item ``after`` (pk): the next one still to decide,
    else the first one still to decide, else None. One query."""
    left = list(batch.items.filter(sampled=True, audit="").order_by("pk").values_list("pk"))
    pks = [pk for (pk,) in left]
    following = [pk for pk in pks if pk > after] or pks
    return BatchClaim(pk=following[0]) if following else None


def sampled_items(batch: Batch) -> list[BatchClaim]:
    """The batch's sampled claims, as the second editor checks them: each item with its
    ``claim`` as it is now (``Claim.objects.for_review()``), ``token`` (its state now, what
    the decision form posts back) and ``changed``: changed since the batch accepted it
    while still to decide (a claim decided, or a batch decided, is not "changed": its
    sign-off is what changed it). Two queries."""
    items = list(batch.items.filter(sampled=True).order_by("pk"))
    claims = Claim.objects.for_review().in_bulk([i.claim_id for i in items])
    for item in items:
        item.now = claims.get(item.claim_id)
        item.now_token = review.state_token(item.now) if item.now else ""
        item.changed = (
            batch.status == BatchStatus.AWAITING_AUDIT
            and not item.audit
            and (item.now is None or item.now_token != item.token)
        )
    return items
