"""A claim's history for the desk: every change to it and to the verdicts that applied."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.formats import date_format

from .models import Claim, Review
from .templatetags.tally import figure
from .vocabulary import ClaimType, Unit

# Bookkeeping fields that change on every save and mean nothing to an editor.
UNSHOWN_FIELDS = frozenset({"version", "updated_at", "subject_key", "start", "end"})

# Fields named as an editor knows them (the rest by their model's verbose name), in
# lower case: the history reads "subject: Jeremy Corbyn → Praful Nargund".
LABELS = {
    "claim_type": "type",
    "subject_kind": "subject is a",
    "suggested_verdict": "suggested verdict",
    "official_value": "official figure",
    "official_source": "its source",
    "explanation": "public explanation",
    "note": "internal note",
    "approved_by": "signed off by",
    "approved_at": "signed off at",
    "reading_chosen_by": "reading chosen by",
    "status": "status",
    "origin": "found by",
    "text": "figure as written",
}


@dataclass(frozen=True)
class HistoryEntry:
    """One saved change: ``changes`` are ``(field, old, new)`` as editors read them;
    ``reason`` why it was made, when the desk recorded one ("Sign-off withdrawn: …")."""

    what: str  # "Claim" or "Verdict"
    who: str  # username, or "system"
    when: datetime.datetime
    changes: list[tuple[str, str, str]]
    reason: str = ""


def claim_history(claim: Claim) -> list[HistoryEntry]:
    """Every change to the claim and to the verdicts that applied to it, newest first.

    Reads the claim's own verdict and its group's verdict, whichever exist
    (``claim`` should come from ``Claim.objects.for_review()``). The first
    record of each is shown as "created"; later ones as field-by-field
    differences. One query per history series.
    """
    # a claim not changed since extraction has no history row yet (``Claim._keep_first_state``)
    series = [(_records(claim) or [_as_first_record(claim)], "Claim")]
    own = getattr(claim, "review", None)
    group_review = getattr(claim.group, "review", None) if claim.group_id else None
    series += [
        (_records(review), "Verdict") for review in (own, group_review) if review is not None
    ]
    users = _usernames(records for records, _ in series)
    entries = []
    for records, label in series:
        previous = None
        for record in records:
            if previous is None:
                changes = [("created", "", _describe(record))]
            else:
                delta = record.diff_against(previous)
                changes = [
                    _readable(record, c.field, c.old, c.new, users)
                    for c in delta.changes
                    if c.field not in UNSHOWN_FIELDS
                ]
            if changes:
                entries.append(
                    HistoryEntry(
                        what=label,
                        who=record.history_user.get_username() if record.history_user else "system",
                        when=record.history_date,
                        changes=changes,
                        reason=record.history_change_reason or "",
                    )
                )
            previous = record
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


@dataclass(frozen=True)
class _FirstRecord:
    """A claim as stored, read as the history row it gets when first changed."""

    text: str
    claim_type: str
    history_user: None
    history_date: datetime.datetime
    history_change_reason: str = ""


def _as_first_record(claim: Claim) -> _FirstRecord:
    return _FirstRecord(claim.text, claim.claim_type, None, claim.created_at)


def _records(instance) -> list:
    return list(instance.history.select_related("history_user").order_by("history_date"))


def _describe(record) -> str:
    if hasattr(record, "verdict"):
        return f"verdict {_choice_label(Review, 'verdict', record.verdict)}"
    return f"{record.text} ({_choice_label(Claim, 'claim_type', record.claim_type)})"


def _usernames(series) -> dict[int, str]:
    """The usernames of every user a history record names (who approved, who chose a
    reading), by pk: one query for all of them, none when no record names one."""
    ids = set()
    for records in series:
        for record in records:
            for field in ("approved_by_id", "reading_chosen_by_id"):
                if getattr(record, field, None):
                    ids.add(getattr(record, field))
    if not ids:
        return {}
    User = get_user_model()
    return dict(User.objects.filter(pk__in=ids).values_list("pk", "username"))


def _choice_label(model, field: str, value) -> str:
    """A stored choice as the desk labels it ("inaccurate" -> "Inaccurate")."""
    try:
        choices = dict(model._meta.get_field(field).flatchoices)
    except FieldDoesNotExist:
        return _shown(value)
    return str(choices.get(value, _shown(value)))


def _readable(record, field: str, old, new, users: dict[int, str]) -> tuple[str, str, str]:
    """One change as ``(what, old, new)`` in an editor's words: a verdict's label, not its
    code; who, not a user id; a claim's group as what it means (the same figure in other
    articles), not its number. ``old`` and ``new`` empty: ``what`` says it all."""
    model = Review if hasattr(record, "verdict") else Claim
    if field == "group":
        if old is None:
            return ("grouped with the same figure in other articles", "", "")
        if new is None:
            return ("no longer grouped with the same figure in other articles", "", "")
        return ("moved to another group of the same figure in other articles", "", "")
    if field in ("approved_by", "reading_chosen_by"):
        label = LABELS[field]
        return (label, users.get(old, "—") if old else "—", users.get(new, "—") if new else "—")
    try:
        model_field = model._meta.get_field(field)
    except FieldDoesNotExist:
        return (LABELS.get(field, field.replace("_", " ")), _shown(old), _shown(new))
    label = LABELS.get(field) or str(model_field.verbose_name)
    if model_field.choices:
        return (label, _choice_label(model, field, old), _choice_label(model, field, new))
    if isinstance(old, bool) or isinstance(new, bool):
        return (label, "yes" if old else "no", "yes" if new else "no")
    if isinstance(old, datetime.datetime) or isinstance(new, datetime.datetime):
        return (label, _when(old), _when(new))
    if field in ("value", "official_value") and _is_year(record):
        return (label, _shown(old), _shown(new))
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return (label, _figure(old), _figure(new))
    return (label, _shown(old), _shown(new))


def _is_year(record) -> bool:
    return (
        getattr(record, "claim_type", "") == ClaimType.YEAR
        or getattr(record, "unit", "") == Unit.YEAR
    )


def _when(value) -> str:
    if not value:
        return "—"
    return date_format(timezone.localtime(value), "j M Y H:i")


def _figure(value) -> str:
    if value is None or value == "":
        return "—"
    return figure(value)


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)
