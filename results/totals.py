"""An election's national, nation and regional figures, read from the database.

The Django side of ``results.national``: it reads one election's official
results as plain rows (two queries) and hands them to the Django-free
functions there. Only declared seats count (``ContestQuerySet.declared``): a
result typed in by hand awaiting its second approval does not, and a hand
change to an official result counts with its last official figures
(``Contest.official_figures``) until it is approved.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from django.db.models import QuerySet

from .models import Candidacy, Contest, Election, OfficialDataVersion, Party, ReferenceFact
from .national import (
    CandidateRow,
    ContestRow,
    ElectionFigures,
    commons_seats,
    figures_by_area,
    speaker_names,
)
from .vocabulary import FactKind

__all__ = [
    "contest_rows",
    "current_figures",
    "election_figures",
    "official_rows",
    "speaker_former_party",
]

_MEMO_SIZE = 8
_memo: dict[tuple[int, tuple], ElectionFigures] = {}
_memo_lock = threading.Lock()


CONTEST_FIELDS = (
    "pk", "constituency__slug", "constituency__ons_code", "constituency__name",
    "constituency__nation", "constituency__region", "electorate", "valid_votes", "invalid_votes",
)  # fmt: skip
CANDIDATE_FIELDS = (
    "contest_id", "party__abbreviation", "party__name", "party__is_independent", "votes",
    "elected", "first_name", "surname",
)  # fmt: skip


def contest_rows(election: Election) -> list[ContestRow]:
    """The election's declared results as ``ContestRow``s, by constituency name.

    Two queries, and two more while any of its seats has a hand change awaiting
    approval (read from its last official figures). Works for a notional
    election too (its contests are on the boundaries it was estimated on).
    """
    return list(official_rows(Contest.objects.filter(election=election)).values())


def official_rows(contests: QuerySet[Contest]) -> dict[int, ContestRow]:
    """The official result of each declared contest in ``contests`` as a ``ContestRow``, by
    ``Contest.pk``, in constituency-name order.

    A contest whose hand change awaits approval gives its last official
    figures (``Contest.official_figures``). Two queries, plus two while any
    such change is pending; contests awaiting declaration are left out.
    """
    declared = contests.declared().order_by("constituency__name")
    official = declared.filter(status=Contest.Status.OFFICIAL)
    candidates: dict[int, list[CandidateRow]] = defaultdict(list)
    candidacies = Candidacy.objects.filter(contest__in=official).values_list(*CANDIDATE_FIELDS)
    for contest_id, party, party_name, independent, votes, elected, first, surname in candidacies:
        candidates[contest_id].append(
            CandidateRow(
                party=party, party_name=party_name, votes=votes, is_independent=independent,
                elected=elected, first_name=first, surname=surname,
            )
        )  # fmt: skip
    rows: dict[int, ContestRow] = {}
    pending = []
    for pk, *place, electorate, valid, invalid, status in declared.values_list(
        *CONTEST_FIELDS, "status"
    ):
        if status != Contest.Status.OFFICIAL:
            pending.append(pk)
            rows[pk] = None  # keeps the order; filled below
            continue
        rows[pk] = _row(place, electorate, valid, invalid, candidates.get(pk, ()))
    if pending:
        _pending_rows(pending, rows)
    return rows


def _row(place, electorate, valid, invalid, candidates) -> ContestRow:
    slug, code, name, nation, region = place
    return ContestRow(
        slug=slug, ons_code=code, name=name, nation=nation, region=region,
        electorate=electorate, valid=valid, invalid=invalid, candidates=tuple(candidates),
    )  # fmt: skip


def _pending_rows(pending: list[int], rows: dict[int, ContestRow | None]) -> None:
    """Fill ``rows`` for contests with a change pending, from their last official figures."""
    stored = Contest.objects.filter(pk__in=pending).values_list(
        "pk", *CONTEST_FIELDS[1:6], "official_figures"
    )
    stored = list(stored)
    party_ids = {c["party_id"] for *_, figures in stored for c in figures["candidates"]}
    parties = Party.objects.in_bulk(party_ids)
    for pk, *place, figures in stored:
        candidates = []
        for c in figures["candidates"]:
            party = parties.get(c["party_id"])
            candidates.append(
                CandidateRow(
                    party=party.abbreviation if party else c["party"],
                    party_name=party.name if party else c["party_name"],
                    votes=c["votes"],
                    is_independent=party.is_independent if party else c["is_independent"],
                    elected=c["elected"],
                    first_name=c["first_name"],
                    surname=c["surname"],
                )
            )
        rows[pk] = _row(
            place,
            figures["electorate"],
            figures["valid_votes"],
            figures["invalid_votes"],
            candidates,
        )


def speaker_former_party(names: list[str]) -> str | None:
    """The party abbreviation on the ``first_elected`` reference fact of the elected Speaker.

    ``names`` are the Speaker's full names (``results.national.speaker_names``);
    names match without regard to case. None when there is no such fact, or
    it names no party. One query (none without names).
    """
    wanted = {name.casefold() for name in names if name}
    if not wanted:
        return None
    facts = ReferenceFact.objects.filter(
        kind=FactKind.FIRST_ELECTED, party__isnull=False
    ).values_list("subject", "party__abbreviation")
    for subject, party in facts:
        if subject.casefold() in wanted:
            return party
    return None


def election_figures(election: Election) -> ElectionFigures:
    """The UK, nation and region figures of ``election`` (``results.national.figures_by_area``).

    Gains and losses are against ``election.notional_baseline`` when one is
    set (the basis the BBC and PA use). The Commons has ``commons_seats`` of
    the polling day. Queries: two for the rows, one for the Speaker's reference
    fact when a Speaker won, two for the baseline's rows (and one to fetch the
    baseline election unless it was loaded with ``select_related``).
    """
    rows = contest_rows(election)
    baseline = election.notional_baseline
    return figures_by_area(
        rows,
        seats_total=commons_seats(election.date),
        speaker_former_party=speaker_former_party(speaker_names(rows)),
        baseline=contest_rows(baseline) if baseline is not None else None,
        baseline_label=baseline.name if baseline is not None else "",
    )


def current_figures(election: Election) -> ElectionFigures:
    """``election_figures``, kept in this process while the official data is unchanged.

    One query (``OfficialDataVersion.current()``) when the figures are already
    known; any change to an official figure, in any process, makes them be
    computed again. Holds the figures of up to eight elections.
    """
    key = (election.pk, OfficialDataVersion.current())
    figures = _memo.get(key)
    if figures is None:
        figures = election_figures(election)
        with _memo_lock:
            if len(_memo) >= _MEMO_SIZE:
                _memo.pop(next(iter(_memo)))
            _memo[key] = figures
    return figures
