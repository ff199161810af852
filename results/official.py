"""A contest's last official figures, kept while a hand change awaits approval.

A contest's rows (``Contest``, ``Candidacy``) hold what was last entered; once
approved or imported, their figures are also stored on the contest as
``Contest.official_figures``, a plain dict:

``{"electorate": int, "valid_votes": int, "invalid_votes": int, "declared_at": ISO
8601 text or None, "result": str, "decided_by_lot": bool, "source": str,
"source_row": str, "origin": "import" | "manual", "candidates": [{"id": int,
"first_name": str, "surname": str, "party_id": int, "party": abbreviation,
"party_name": str, "is_independent": bool, "party_label": str, "votes": int,
"elected": bool, "sitting_mp": bool, "former_mp": bool, "source_row": str}, …],
"hand_entries":
[{"figures": [str, …], "entered_by": str, "approved_by": str, "approved_at": ISO
8601 text}, …]}``

A candidate's ``source_row`` cites where its own figures are written: its row of
the candidate file ("HoC-GE2024-results-by-candidate.csv, line 1234"), or "entered
by hand, approved by …" (``cite_hand_entries``); dicts stored before it was kept
lack it. It is a citation, not a figure: ``figure_changes`` ignores it.

``hand_entries`` says which figures were typed in by hand since the Library's
file, by whom and approved by whom (``figures`` empty: every figure, a result
entered by hand from the start). While a change awaits approval the public
pages and the national figures read these, never the pending rows
(``Contest.official_version``, ``results.totals``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.dateparse import parse_datetime

from .models import Candidacy, Contest, Party

__all__ = [
    "HandEntry",
    "approval_figures",
    "cite_hand_entries",
    "contest_from_figures",
    "figure_changes",
    "figures_from_database",
    "figures_from_rows",
    "figures_of",
    "hand_citation",
    "hand_entries",
]

CONTEST_FIELDS = (
    "electorate", "valid_votes", "invalid_votes", "result", "decided_by_lot", "source",
    "source_row", "origin",
)  # fmt: skip
CANDIDATE_FIELDS = (
    "first_name", "surname", "party_label", "votes", "elected", "sitting_mp", "former_mp",
)  # fmt: skip


def _who(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


# A candidacy's values as ``figures_from_rows`` takes them (``values_list`` order).
CANDIDATE_ROW = (
    "contest_id", "pk", *CANDIDATE_FIELDS, "party_id", "party__abbreviation", "party__name",
    "party__is_independent", "source_row",
)  # fmt: skip


def figures_from_rows(contest: Contest, rows) -> dict:
    """The figures dict (see the module) of ``contest`` and its candidacies given as tuples in
    ``CANDIDATE_ROW`` order (``Candidacy.objects.values_list(*CANDIDATE_ROW)``), with no
    ``hand_entries`` (``[]``)."""
    figures = {name: getattr(contest, name) for name in CONTEST_FIELDS}
    figures["declared_at"] = contest.declared_at.isoformat() if contest.declared_at else None
    candidates = []
    for _contest, pk, *values, party_id, party, party_name, independent, row in rows:
        candidate = {"id": pk, **dict(zip(CANDIDATE_FIELDS, values, strict=True))}
        candidate |= {
            "party_id": party_id, "party": party, "party_name": party_name,
            "is_independent": independent, "source_row": row,
        }  # fmt: skip
        candidates.append(candidate)
    candidates.sort(key=lambda c: (-c["votes"], c["surname"], c["first_name"], c["id"]))
    figures["candidates"] = candidates
    figures["hand_entries"] = []
    return figures


def figures_of(contest: Contest, candidacies) -> dict:
    """The figures dict (see the module) of ``contest`` and ``candidacies`` as given, with no
    ``hand_entries`` (``[]``). Reads each candidacy's ``party``: load them with it."""
    rows = [
        (
            c.contest_id,
            c.pk,
            *(getattr(c, name) for name in CANDIDATE_FIELDS),
            c.party_id,
            c.party.abbreviation,
            c.party.name,
            c.party.is_independent,
            c.source_row,
        )  # fmt: skip
        for c in candidacies
    ]
    return figures_from_rows(contest, rows)


def figures_from_database(contest: Contest) -> dict:
    """``figures_of`` the contest's stored candidacies (one query), keeping the
    ``hand_entries`` of its current official figures."""
    candidacies = Candidacy.objects.filter(contest_id=contest.pk).select_related("party")
    figures = figures_of(contest, candidacies)
    if contest.official_figures:
        figures["hand_entries"] = list(contest.official_figures.get("hand_entries", []))
    return figures


def _candidate_key(candidate: dict) -> tuple[str, str, str]:
    return (candidate["first_name"], candidate["surname"], candidate["party"])


def _name(candidate: dict) -> str:
    return f"{candidate['first_name']} {candidate['surname']}".strip()


_LABELS = {
    "electorate": "electorate",
    "valid_votes": "valid votes",
    "invalid_votes": "rejected ballots",
    "result": "result",
    "decided_by_lot": "decided by lot",
}


def shown(value) -> str:
    """A stored figure as a change log prints it: 24,120; yes/no; "blank" for none."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if value is None or value == "":
        return "blank"
    return str(value)


def figure_changes(before: dict | None, after: dict) -> list[str]:
    """What changed between two figures dicts, as phrases for a page and a history.

    E.g. ``["valid votes: 48,500 → 48,501", "Nigel Farage's votes: 21,225 → 21,226",
    "Ann Lee (Labour) added: 400 votes", "Bo Ray (Green Party) removed"]``.
    Only figures count: the electorate, valid votes, rejected ballots, the
    result, a tie decided by lot, and each candidate's name, party, votes and
    election; not the source text. ``before`` None: every figure is new, ``["all
    figures"]``. Candidates are matched by name and party. ``[]`` when equal.
    """
    if before is None:
        return ["all figures"]
    changes = [
        f"{label}: {shown(before.get(name))} → {shown(after.get(name))}"
        for name, label in _LABELS.items()
        if before.get(name) != after.get(name)
    ]
    then = {_candidate_key(c): c for c in before.get("candidates", [])}
    now = {_candidate_key(c): c for c in after.get("candidates", [])}
    for key, candidate in now.items():
        old = then.get(key)
        if old is None:
            changes.append(
                f"{_name(candidate)} ({candidate['party_name']}) added: "
                f"{candidate['votes']:,} votes"
            )
            continue
        if old["votes"] != candidate["votes"]:
            changes.append(f"{_name(candidate)}'s votes: {old['votes']:,} → {candidate['votes']:,}")
        if old["elected"] != candidate["elected"]:
            changes.append(
                f"{_name(candidate)} {'elected' if candidate['elected'] else 'no longer elected'}"
            )
    for key, candidate in then.items():
        if key not in now:
            changes.append(f"{_name(candidate)} ({candidate['party_name']}) removed")
    return changes


def hand_citation(approver) -> str:
    """What a hand-entered candidate's figures cite: "entered by hand, approved by Ann Lee"."""
    return f"entered by hand, approved by {_who(approver) or 'a second editor'}"


def cite_hand_entries(contest: Contest, *, approver) -> int:
    """Cite ``hand_citation(approver)`` as the ``source_row`` of each of the contest's
    candidacies whose figures were typed in by hand: every one when the contest has no
    official figures yet, else those added or whose votes differ from the last official
    ones (the others keep their file row). Saved one by one, so history records it.
    Returns how many changed; one query when none does."""
    before = contest.official_figures
    then = {_candidate_key(c): c for c in before["candidates"]} if before else None
    cited = hand_citation(approver)
    changed = 0
    for candidacy in Candidacy.objects.filter(contest_id=contest.pk).select_related("party"):
        key = (candidacy.first_name, candidacy.surname, candidacy.party.abbreviation)
        old = then.get(key) if then is not None else None
        if old is not None and old["votes"] == candidacy.votes:
            continue
        if candidacy.source_row != cited:
            candidacy.source_row = cited
            candidacy.save(update_fields=["source_row"])
            changed += 1
    return changed


def approval_figures(
    contest: Contest, *, approver, at: datetime.datetime
) -> tuple[dict, str | None]:
    """The official figures a hand entry becomes when ``approver`` approves it, and the reason
    to tell the layers above: ``(figures, "declaration" | "revision" | None)``.

    "declaration" when the contest had no official figures, "revision" when
    a figure differs from the last official ones, None when none does. The
    entry (which figures, entered by whom, approved by ``approver`` at ``at``)
    is added to ``hand_entries`` unless nothing changed. One query (the
    candidacies).
    """
    before = contest.official_figures
    figures = figures_from_database(contest)
    changes = figure_changes(before, figures)
    if before is not None and not changes:
        return figures, None
    entry = {
        "figures": [] if before is None else changes,
        "entered_by": _who(contest.entered_by),
        "approved_by": _who(approver),
        "approved_at": at.isoformat(),
    }
    figures["hand_entries"] = [*figures["hand_entries"], entry]
    return figures, "declaration" if before is None else "revision"


@dataclass(frozen=True)
class HandEntry:
    """Figures typed in by hand and approved: which (``figures`` empty: all of them), by
    whom, approved by whom and when."""

    figures: tuple[str, ...]
    entered_by: str
    approved_by: str
    approved_at: datetime.datetime | None

    @property
    def all_figures(self) -> bool:
        return not self.figures


def hand_entries(figures: dict | None) -> list[HandEntry]:
    """The ``hand_entries`` of a figures dict as ``HandEntry`` objects, oldest first."""
    if not figures:
        return []
    return [
        HandEntry(
            figures=tuple(e.get("figures", ())),
            entered_by=e.get("entered_by", ""),
            approved_by=e.get("approved_by", ""),
            approved_at=parse_datetime(e["approved_at"]) if e.get("approved_at") else None,
        )
        for e in figures.get("hand_entries", [])
    ]


def contest_from_figures(contest: Contest, figures: dict) -> Contest:
    """An unsaved ``Contest`` as ``figures`` say, standing for ``contest`` on the pages.

    Same ``pk``, election and constituency as ``contest``; its candidacies
    (with their stored ``pk``) are loaded in place, so ``ranked_candidacies``,
    ``winner``, ``majority`` and the templates read them without a query.
    One query for the parties. Never save it.
    """
    wanted = {c["party_id"] for c in figures["candidates"]}
    parties = Party.objects.in_bulk(wanted) if wanted else {}
    copy = Contest(
        pk=contest.pk,
        election=contest.election,
        constituency=contest.constituency,
        status=Contest.Status.OFFICIAL,
        official_figures=figures,
        revised_at=contest.revised_at,
        declared_at=parse_datetime(figures["declared_at"]) if figures["declared_at"] else None,
        **{name: figures[name] for name in CONTEST_FIELDS},
    )
    candidacies = []
    for c in figures["candidates"]:
        party = parties.get(c["party_id"]) or Party(
            pk=c["party_id"],
            abbreviation=c["party"],
            name=c["party_name"],
            is_independent=c["is_independent"],
        )
        candidacies.append(
            Candidacy(
                pk=c["id"],
                contest=copy,
                party=party,
                source_row=c.get("source_row", ""),
                **{name: c[name] for name in CANDIDATE_FIELDS},
            )
        )
    # As prefetch_related fills it, so contest.candidacies.all() reads this list.
    loaded = Candidacy.objects.none()
    loaded._result_cache = candidacies
    loaded._prefetch_done = True
    copy._prefetched_objects_cache = {"candidacies": loaded}
    return copy
