"""What editors do to claims: every write rule of the desk, in one place.

Each function is keyword-only, runs in one transaction and checks the
``token`` the editor's form was rendered with. If someone else saved the claim
(or its verdict) in between, ``Conflict`` is raised with both versions, and
nothing is written: no lost updates, on SQLite or PostgreSQL, without relying
on row locks (``select_for_update`` is a no-op on SQLite; its write
transactions are serialised by ``transaction_mode=IMMEDIATE`` instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from results.models import Election

from .checking import frame_of
from .claims import assign_groups, election_for
from .models import Claim, ClaimType, Qualifier, Review, SubjectKind, Unit, Verdict
from .processing import claim_readings, recheck_claim


class Conflict(Exception):
    """The claim changed since the editor's form was rendered."""

    def __init__(self, claim: Claim, attempted: dict):
        self.claim = claim
        self.attempted = attempted
        super().__init__("This claim was changed by someone else while you were editing it.")


def state_token(claim: Claim) -> str:
    """Changes whenever the claim or the verdict that applies to it changes."""
    review = claim.effective_review
    if review is None:
        return f"{claim.version}-0-0"
    return f"{claim.version}-{review.pk}-{review.version}"


def _fresh(claim_id: int) -> Claim:
    return Claim.objects.for_review().select_for_update(of=("self",)).get(pk=claim_id)


def _check_token(claim: Claim, token: str | None, attempted: dict) -> None:
    if token is not None and token != state_token(claim):
        raise Conflict(claim, attempted)


def _require(user, perm: str) -> None:
    if not user.has_perm(perm):
        raise PermissionDenied


def set_verdict(
    *,
    claim: Claim,
    editor,
    verdict: str,
    explanation: str = "",
    note: str = "",
    this_article_only: bool = False,
    token: str | None,
    official_value: Decimal | None = None,
    official_source: str | None = None,
) -> Review:
    """Write the verdict for the claim's group (every occurrence) or for this claim only."""
    _require(editor, "factcheck.change_review")
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": "Choose a verdict from the list."})
    attempted = {"verdict": verdict, "explanation": explanation, "note": note}
    with transaction.atomic():
        claim = _fresh(claim.pk)
        _check_token(claim, token, attempted)
        if claim.group_id and not this_article_only:
            review = getattr(claim.group, "review", None) or Review(group=claim.group)
            # A group verdict replaces this claim's own override.
            Review.objects.filter(claim=claim).delete()
        else:
            review = getattr(claim, "review", None) or Review(claim=claim)
        changed = (review.pk is None) or (
            review.verdict,
            review.explanation,
            review.note,
        ) != (verdict, explanation, note)
        if official_value is not None:
            changed = changed or review.official_value != official_value
            review.official_value = official_value
        if official_source:
            changed = changed or review.official_source != official_source
            review.official_source = official_source
        if review.pk is None:
            review.official_value = review.official_value or claim.official_value
            review.official_source = review.official_source or claim.official_source
        if not changed:
            return review
        verdict_changed = review.pk is None or review.verdict != verdict
        review.verdict, review.explanation, review.note = verdict, explanation, note
        if verdict_changed or review.author_id != editor.pk:
            # A new verdict, or another editor's words: it needs a fresh sign-off.
            review.approved_by = None
            review.approved_at = None
        review.author = editor
        review.version = (review.version or 0) + (0 if review.pk is None else 1)
        review.full_clean(exclude=["group", "claim", "author", "approved_by"])
        review.save()
        return review


def accept_suggestion(*, claim: Claim, editor, token: str | None) -> Review:
    """The matcher's suggestion becomes the verdict, its explanation the public one."""
    if not claim.suggested_verdict:
        raise ValidationError("There is no suggestion to accept for this claim.")
    return set_verdict(
        claim=claim,
        editor=editor,
        verdict=claim.suggested_verdict,
        explanation=claim.explanation,
        token=token,
    )


def approve(*, claim: Claim, editor, token: str | None) -> Review:
    """Sign off the verdict that applies to the claim: a second editor only."""
    with transaction.atomic():
        claim = _fresh(claim.pk)
        _check_token(claim, token, {"approve": True})
        review = claim.effective_review
        if review is None:
            raise ValidationError("There is no verdict to approve yet.")
        if review.is_approved:
            return review
        if editor.pk == review.author_id:
            raise PermissionDenied("You wrote this verdict: a second editor must approve it.")
        if not review.can_be_approved_by(editor):
            raise PermissionDenied("You may not approve verdicts.")
        updated = Review.objects.filter(pk=review.pk, version=review.version).update(
            approved_by=editor, approved_at=timezone.now(), version=F("version") + 1
        )
        if not updated:
            raise Conflict(claim, {"approve": True})
        review.refresh_from_db()
        # Record it in history too (update() skips the signals).
        review.save(update_fields=["updated_at"])
        return review


def correct_claim(
    *,
    claim: Claim,
    editor,
    token: str | None,
    value: Decimal,
    claim_type: str,
    unit: str,
    subject: str,
    subject_kind: str,
    qualifier: str,
) -> Claim:
    """Fix what the extractor got wrong, then check the corrected claim again."""
    _require(editor, "factcheck.change_claim")
    attempted = {
        "value": value, "claim_type": claim_type, "unit": unit, "subject": subject,
        "subject_kind": subject_kind, "qualifier": qualifier,
    }  # fmt: skip
    _validate_choices(claim_type=claim_type, unit=unit, subject_kind=subject_kind,
                      qualifier=qualifier)  # fmt: skip
    with transaction.atomic():
        claim = _fresh(claim.pk)
        _check_token(claim, token, attempted)
        subject_changed = (subject, subject_kind) != (claim.subject, claim.subject_kind)
        for field, new in attempted.items():
            setattr(claim, field, new)
        if subject_changed:
            claim.subject_key = ""
        # the editor's correction replaces any reading chosen before
        claim.reading_chosen_by, claim.reading_chosen_at = None, None
        recheck_claim(claim)
        assign_groups([claim])
        claim.version += 1
        claim.save()
        return claim


def choose_reading(
    *, claim: Claim, editor, token: str | None, index: int, expected_label: str | None = None
) -> Claim:
    """Read the claim as its ``index``-th reading (``processing.claim_readings``): take that
    reading's type, subject and election, check it again under them, and record who chose
    it and when. The list of readings stays as it was, so an editor can step through it.

    ``expected_label`` is the label the editor saw at ``index``: if another reading stands
    there now (the list was weighed again), the choice is refused rather than applied to
    it. A rejected claim is not read again. Raises ``ValidationError`` for an index
    outside the list, a changed list, a rejected claim, or a reading whose type another
    claim of the same figure already has; ``Conflict`` when ``token`` is stale."""
    _require(editor, "factcheck.change_claim")
    with transaction.atomic():
        claim = _fresh(claim.pk)
        _check_token(claim, token, {"reading": index})
        if claim.status == Claim.Status.REJECTED:
            raise ValidationError("A rejected claim is not read again; restore it first.")
        readings = claim_readings(claim)
        if not 0 <= index < len(readings):
            raise ValidationError("There is no such reading of this figure.")
        chosen = readings[index]
        if expected_label and chosen["label"] != expected_label:
            raise ValidationError("The readings of this figure changed; choose again.")
        if (
            chosen["claim_type"] != claim.claim_type
            and Claim.objects.filter(
                article_id=claim.article_id,
                start=claim.start,
                end=claim.end,
                claim_type=chosen["claim_type"],
            ).exists()
        ):
            raise ValidationError("Another claim of this figure already has that type.")
        claim.claim_type = chosen["claim_type"]
        claim.subject = chosen["subject"] or ""
        claim.subject_kind = chosen["subject_kind"] or ""
        claim.subject_key = chosen["subject_key"] or ""
        if chosen["election"]:
            claim.election = Election.objects.filter(slug=chosen["election"]).first()
        claim.unit, claim.qualifier, claim.details = frame_of(
            chosen, unit=claim.unit, qualifier=claim.qualifier, details=claim.details
        )
        claim.readings = [{k: v for k, v in r.items() if k != "current"} for r in readings]
        recheck_claim(claim, keep_readings=True)
        claim.reading_chosen_by = editor
        claim.reading_chosen_at = timezone.now()
        assign_groups([claim])
        claim.version += 1
        claim.save()
        return claim


def _set_status(*, claim: Claim, editor, token: str | None, status: str) -> Claim:
    _require(editor, "factcheck.change_claim")
    with transaction.atomic():
        claim = _fresh(claim.pk)
        _check_token(claim, token, {"status": status})
        claim.status = status
        claim.version += 1
        claim.save()
        return claim


def reject_claim(*, claim: Claim, editor, token: str | None) -> Claim:
    """Not a claim after all (a false extraction): it leaves the queue."""
    return _set_status(claim=claim, editor=editor, token=token, status=Claim.Status.REJECTED)


def restore_claim(*, claim: Claim, editor, token: str | None) -> Claim:
    return _set_status(claim=claim, editor=editor, token=token, status=Claim.Status.OPEN)


@dataclass(frozen=True)
class NewClaim:
    start: int
    end: int
    claim_type: str
    value: Decimal
    unit: str
    qualifier: str = Qualifier.EXACT
    subject: str = ""
    subject_kind: str = ""


def add_claim(*, article, editor, new: NewClaim) -> Claim:
    """A claim the extractor missed, from a span the editor selected."""
    _require(editor, "factcheck.add_claim")
    body = article.body
    if not (0 <= new.start < new.end <= len(body)):
        raise ValidationError("The selection is not inside the article text.")
    text = body[new.start : new.end]
    if not text.strip():
        raise ValidationError("Select the figure itself, not white space.")
    if len(text) > 200:
        raise ValidationError("Select just the figure (at most 200 characters).")
    _validate_choices(claim_type=new.claim_type, unit=new.unit, subject_kind=new.subject_kind,
                      qualifier=new.qualifier)  # fmt: skip
    claim = Claim(
        article=article,
        start=new.start,
        end=new.end,
        text=text,
        sentence=sentence_around(body, new.start, new.end),
        value=new.value,
        unit=new.unit,
        claim_type=new.claim_type,
        subject=new.subject,
        subject_kind=new.subject_kind,
        qualifier=new.qualifier,
        election=article.election or election_for(article, list(Election.objects.all())),
        origin=Claim.Origin.EDITOR,
    )
    with transaction.atomic():
        if Claim.objects.filter(
            article=article, start=new.start, end=new.end, claim_type=new.claim_type
        ).exists():
            raise ValidationError("That figure is already a claim of this type.")
        recheck_claim(claim)
        assign_groups([claim])
        claim.save()
    return claim


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence or line holding [start, end)."""
    left = max(body.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? "))
    right_marks = [i for i in (body.find(m, end) for m in (". ", "\n", "! ", "? ")) if i >= 0]
    right = min(right_marks) + 1 if right_marks else len(body)
    return body[left + 1 if left >= 0 else 0 : right].strip()


def _validate_choices(*, claim_type: str, unit: str, subject_kind: str, qualifier: str) -> None:
    errors = {}
    if claim_type not in ClaimType.values:
        errors["claim_type"] = "Choose a claim type from the list."
    if unit not in Unit.values:
        errors["unit"] = "Choose a unit from the list."
    if subject_kind and subject_kind not in SubjectKind.values:
        errors["subject_kind"] = "Choose candidate, party or constituency."
    if qualifier not in Qualifier.values:
        errors["qualifier"] = "Choose a qualifier from the list."
    if errors:
        raise ValidationError(errors)
