"""A contest's history as a reader follows it: its own figures and its candidates' together.

django-simple-history keeps ``Contest`` and ``Candidacy`` changes in two
tables; ``contest_history`` merges them into one list of dated changes, so a
candidate's votes corrected by hand show beside the contest's status changing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .models import Candidacy, Contest, Party
from .official import shown

__all__ = ["HistoryLine", "contest_history"]

# The contest's fields a history line names, with their labels.
CONTEST_FIELDS = {
    "electorate": "Electorate",
    "valid_votes": "Valid votes",
    "invalid_votes": "Rejected ballots",
    "result": "Result",
    "decided_by_lot": "Decided by lot",
    "declared_at": "Declared at",
    "source": "Source",
    "status": "Status",
}
CANDIDATE_FIELDS = {
    "votes": "votes",
    "elected": "elected",
    "first_name": "first name",
    "surname": "surname",
    "party_label": "party label",
}


@dataclass(frozen=True)
class HistoryLine:
    """One recorded change: when, by whom (``""`` when unknown), and what, in words."""

    at: datetime.datetime
    by: str
    what: str


def _user(record) -> str:
    user = record.history_user
    return user.get_username() if user is not None else ""


def contest_history(contest: Contest) -> list[HistoryLine]:
    """Every recorded change to ``contest`` and its candidacies, newest first.

    Lines read "Valid votes: 810 → 811", "Status: Awaiting second approval →
    Official", "Ann Lee's votes: 500 → 510", "Added Bo Ray (Labour): 200
    votes", "Removed Bo Ray (Labour)", "Created". Four queries.
    """
    lines: list[HistoryLine] = []
    statuses = dict(Contest.Status.choices)
    records = list(
        Contest.history.filter(id=contest.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    previous = None
    for record in records:
        if previous is None or record.history_type == "+":
            lines.append(HistoryLine(record.history_date, _user(record), "Created"))
        elif record.history_type == "-":
            lines.append(HistoryLine(record.history_date, _user(record), "Deleted"))
        else:
            for name, label in CONTEST_FIELDS.items():
                old, new = getattr(previous, name), getattr(record, name)
                if old != new:
                    if name == "status":
                        old, new = statuses.get(old, old), statuses.get(new, new)
                    what = f"{label}: {shown(old)} → {shown(new)}"
                    lines.append(HistoryLine(record.history_date, _user(record), what))
        previous = record
    candidacies = list(
        Candidacy.history.filter(contest_id=contest.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    parties = Party.objects.in_bulk({r.party_id for r in candidacies})
    last: dict[int, object] = {}
    for record in candidacies:
        party = parties.get(record.party_id)
        name = f"{record.first_name} {record.surname}".strip()
        who = f"{name} ({party.name if party else 'party removed'})"
        before = last.get(record.id)
        if record.history_type == "-":
            what = [f"Removed {who}"]
        elif before is None or record.history_type == "+":
            what = [f"Added {who}: {record.votes:,} votes"]
        else:
            what = []
            for field, label in CANDIDATE_FIELDS.items():
                old, new = getattr(before, field), getattr(record, field)
                if old != new:
                    what.append(f"{name}'s {label}: {shown(old)} → {shown(new)}")
            if before.party_id != record.party_id:
                old_party = parties.get(before.party_id)
                what.append(
                    f"{name}'s party: {old_party.name if old_party else 'removed'} → "
                    f"{party.name if party else 'removed'}"
                )
        last[record.id] = record
        lines += [HistoryLine(record.history_date, _user(record), w) for w in what]
    lines.sort(key=lambda line: line.at, reverse=True)
    return lines
