"""An election's national, nation and regional figures, read from the database.

The Django side of ``results.national``: it reads one election's official
results as plain rows (two queries) and hands them to the Django-free
functions there. Only official contests count; a hand-entered result awaiting
its second approval does not.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from .models import Candidacy, Contest, Election, OfficialDataVersion, ReferenceFact
from .national import (
    CandidateRow,
    ContestRow,
    ElectionFigures,
    commons_seats,
    figures_by_area,
    speaker_names,
)
from .vocabulary import FactKind

__all__ = ["contest_rows", "current_figures", "election_figures", "speaker_former_party"]

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
    """The election's official results as ``ContestRow``s, by constituency name. Two queries.

    Works for a notional election too (its contests are on the boundaries it
    was estimated on).
    """
    official = Contest.objects.official().filter(election=election)
    candidates: dict[int, list[CandidateRow]] = defaultdict(list)
    candidacies = Candidacy.objects.filter(contest__in=official).values_list(*CANDIDATE_FIELDS)
    for contest_id, party, party_name, independent, votes, elected, first, surname in candidacies:
        candidates[contest_id].append(
            CandidateRow(
                party=party, party_name=party_name, votes=votes, is_independent=independent,
                elected=elected, first_name=first, surname=surname,
            )
        )  # fmt: skip
    rows = []
    contests = official.order_by("constituency__name").values_list(*CONTEST_FIELDS)
    for pk, slug, code, name, nation, region, electorate, valid, invalid in contests:
        rows.append(
            ContestRow(
                slug=slug, ons_code=code, name=name, nation=nation, region=region,
                electorate=electorate, valid=valid, invalid=invalid,
                candidates=tuple(candidates.get(pk, ())),
            )
        )  # fmt: skip
    return rows


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
