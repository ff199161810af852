"""What editors do to claims: every write rule of the desk, in one place.

Each function is keyword-only, runs in one transaction and checks the
``token`` the editor's form was rendered with (``state_token``). A write
without a token is refused (``ValidationError``, ``NO_TOKEN``). If someone
else saved the claim, its verdict or its group's verdict in between,
``Conflict`` is raised with both versions, and nothing is written.

No lost updates, on SQLite or PostgreSQL, by two means that each suffice:

- every write first locks the claim's row and its group's row (``_locked``),
  each by a query of its own, and only then reads what it checks the token
  against, so saves of one claim, or of claims of one group, queue and each
  sees what the one before it wrote. On PostgreSQL (READ COMMITTED) a lock
  taken in a query that also joins the verdict would read the verdict as it
  was before the wait: that lost saves. SQLite ignores row locks; its write
  transactions begin with the database's write lock
  (``transaction_mode=IMMEDIATE``), which queues them the same way;
- every write to a verdict is conditional on the version the editor saw
  (``_write_review``: an UPDATE of that version only, or an INSERT the
  one-verdict-per-claim-or-group constraint refuses), so a write that
  overtook it is a conflict, never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from results.models import Election

from . import progress
from .checking import frame_of
from .claims import assign_groups, election_for
from .models import Claim, ClaimGroup, ClaimType, Qualifier, Review, SubjectKind, Unit, Verdict
from .processing import claim_readings, recheck_claim
from .public_text import without_desk_text

NO_TOKEN = (
    "Not saved: the form did not say which version of the claim it was editing, so saving "
    "it could overwrite a colleague's work. Reload the claim and save again."
)


class Conflict(Exception):
    """The claim changed since the editor's form was rendered."""

    def __init__(self, claim: Claim, attempted: dict):
        self.claim = claim
        self.attempted = attempted
        super().__init__("This claim was changed by someone else while you were editing it.")


def state_token(claim: Claim) -> str:
    """Changes whenever the claim, its own verdict or its group's verdict changes.

    ``"<claim version>-<own verdict>-<group verdict>"``, each verdict as
    ``<pk>.<version>`` or ``0`` when there is none. The group's verdict is in it
    even while the claim's own overrides it, for a save that replaces the
    group's (``_check_token``). ``claim`` should come from
    ``Claim.objects.for_review()``.
    """
    own = getattr(claim, "review", None)
    group = getattr(claim.group, "review", None) if claim.group_id else None
    return "-".join(
        [str(claim.version)]
        + [f"{r.pk}.{r.version}" if r is not None else "0" for r in (own, group)]
    )


def _locked(claim_id: int) -> Claim:
    """The claim as last committed, its row and its group's row locked until the transaction
    ends (see the module's docstring). Raises ``Claim.DoesNotExist``."""
    group_id = (
        Claim.objects.select_for_update().order_by().values_list("group_id", flat=True)
    ).get(pk=claim_id)
    if group_id is not None:
        list(ClaimGroup.objects.select_for_update().order_by().filter(pk=group_id).values("pk"))
    return Claim.objects.for_review().get(pk=claim_id)


def _check_token(
    claim: Claim, token: str | None, attempted: dict, *, whole_group: bool = False
) -> None:
    """Refuse a missing ``token``; raise ``Conflict`` if the claim or the verdict the editor
    saw applying to it changed since. The group's verdict counts when the editor saw no
    verdict of the claim's own, or when ``whole_group`` (the save replaces the group's)."""
    if not token:
        raise ValidationError(NO_TOKEN, code="no_token")
    seen, now = token.split("-"), state_token(claim).split("-")
    if len(seen) != len(now) or seen[:2] != now[:2]:
        raise Conflict(claim, attempted)
    if (whole_group or seen[1] == "0") and seen[2] != now[2]:
        raise Conflict(claim, attempted)


def _write_review(review: Review, *, seen: int | None, claim: Claim, attempted: dict) -> None:
    """Save ``review`` only if it is still at version ``seen`` (None: it must not exist yet);
    its version goes up by one. Raises ``Conflict`` when another save came first."""
    if review.pk is None:
        review.version = 1
        try:
            with transaction.atomic():
                review.save()
        except IntegrityError as exc:  # another editor's verdict for it was saved first
            raise Conflict(claim, attempted) from exc
        return
    if not Review.objects.filter(pk=review.pk, version=seen).update(version=F("version") + 1):
        raise Conflict(claim, attempted)
    review.version = seen + 1
    review.save()


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
    """Write the verdict for the claim's group (every occurrence) or for this claim only.

    ``official_value`` and ``official_source`` set the official figure the verdict
    applies (None or "": keep the verdict's; a new verdict starts from the
    checker's). For a verdict other than the checker's suggestion, the checker's desk
    text (``Claim.explanation``) is cut out of ``explanation`` (``public_text.
    without_desk_text``): it is never stored as the editor's words. A change to what the
    check publishes withdraws its sign-off (``Review.save``), and so does a save by an
    editor other than the verdict's author. Raises ``PermissionDenied``;
    ``ValidationError`` for a verdict not in the list or a missing ``token``;
    ``Conflict`` when the token is stale or another save came first.
    """
    _require(editor, "factcheck.change_review")
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": "Choose a verdict from the list."})
    attempted = {
        "verdict": verdict, "explanation": explanation, "note": note,
        "this_article_only": this_article_only, "official_value": official_value,
        "official_source": official_source or "",
    }  # fmt: skip
    with transaction.atomic():
        claim = _locked(claim.pk)
        whole_group = bool(claim.group_id) and not this_article_only
        _check_token(claim, token, attempted, whole_group=whole_group)
        own = getattr(claim, "review", None)
        if whole_group:
            review = getattr(claim.group, "review", None) or Review(group=claim.group)
        else:
            review = own or Review(claim=claim)
        # A group verdict replaces this claim's own override.
        replaces_own = own is not None and review is not own
        if replaces_own:
            if not Review.objects.filter(pk=own.pk, version=own.version).delete()[0]:
                raise Conflict(claim, attempted)
            progress.articles_changed([claim.article_id])  # its own verdict is gone
        seen = review.version if review.pk is not None else None
        before = _written(review) if review.pk is not None else None
        if official_value is not None:
            review.official_value = official_value
        if official_source:
            review.official_source = official_source
        if review.pk is None:
            if review.official_value is None:
                review.official_value = claim.official_value
            review.official_source = review.official_source or claim.official_source
        if verdict != claim.suggested_verdict:
            # The editor chose otherwise than the checker: its desk text (which the form
            # starts from) is not the editor's explanation; only their own words are kept.
            explanation = without_desk_text(explanation, [claim.explanation])
        review.verdict, review.explanation, review.note = verdict, explanation, note
        if _written(review) == before:
            return review
        if review.pk is not None and review.author_id != editor.pk and review.is_approved:
            # Another editor's words: it needs a fresh sign-off.
            review.approved_by = review.approved_at = None
            review._change_reason = "Sign-off withdrawn: another editor changed the verdict."
        review.author = editor
        review.full_clean(exclude=["group", "claim", "author", "approved_by"])
        _write_review(review, seen=seen, claim=claim, attempted=attempted)
        return review


def _written(review: Review) -> tuple:
    """What an editor writes in a verdict: a save that changes none of it writes nothing."""
    return (review.verdict, review.explanation, review.note, review.official_value,
            review.official_source)  # fmt: skip


def accept_suggestion(*, claim: Claim, editor, token: str | None) -> Review:
    """The matcher's suggestion becomes the verdict, its explanation the public one; not
    over a signed-off verdict (``ValidationError``: changing one is a choice made in the
    verdict form, not one key)."""
    if not claim.suggested_verdict:
        raise ValidationError("There is no suggestion to accept for this claim.")
    if claim.suggested_verdict not in Verdict.values:
        raise ValidationError(
            "The seat has not declared yet: there is no verdict to accept. The claim is "
            "checked as soon as its result is official."
        )
    current = claim.effective_review
    if current is not None and current.is_approved:
        # one key must not undo a verdict two editors agreed (it may be published)
        raise ValidationError(
            f"This claim's verdict ({current.get_verdict_display()}) is signed off. To "
            "change it, choose a verdict and say why in the form."
        )
    return set_verdict(
        claim=claim,
        editor=editor,
        verdict=claim.suggested_verdict,
        explanation=claim.explanation,
        token=token,
    )


def approve(*, claim: Claim, editor, token: str | None) -> Review:
    """Sign off the verdict that applies to the claim: a second editor only.

    Raises ``ValidationError`` (no verdict yet, no ``token``), ``PermissionDenied``
    (its author, or an editor who may not approve) or ``Conflict``."""
    with transaction.atomic():
        claim = _locked(claim.pk)
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
        # signed off again: the claims it applies to leave the top of the desk
        applies = Q(pk=claim.pk) if review.claim_id else Q(group_id=review.group_id)
        Claim.objects.filter(applies, revision_pending=True).update(revision_pending=False)
        # Record it in history too (update() skips the signals); this also recounts the
        # desk's counts of the articles it applies to (``Review.save``).
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
        claim = _locked(claim.pk)
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
        claim = _locked(claim.pk)
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
        claim = _locked(claim.pk)
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
