"""A claim's history for the desk: every change to it and to the verdicts that applied."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from .models import Claim

# Bookkeeping fields that change on every save and mean nothing to an editor.
UNSHOWN_FIELDS = frozenset({"version", "updated_at"})


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
    entries = []
    for records, label in series:
        previous = None
        for record in records:
            if previous is None:
                changes = [("created", "", _describe(record))]
            else:
                delta = record.diff_against(previous)
                changes = [
                    (c.field, _shown(c.old), _shown(c.new))
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
        return f"verdict {record.verdict}"
    return f"{record.text} ({record.claim_type})"


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)
