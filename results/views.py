"""Public pages of the official results: elections, seats, and each seat's result.

``results`` knows nothing of fact-checks. The seat page here is the official
result alone; a project that publishes fact-checks serves its own page at the
same URL (mounted ahead of these patterns) extending ``results/contest.html``,
and reuses ``official_contest()``, ``official_context()`` and
``official_result()`` below.
"""

from decimal import Decimal

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from .declarations import LIST_RELATED, declaration_count, seat_lines
from .figures import changes_since_previous
from .models import Contest, Election
from .national import UK, AreaFigures, AreaKind
from .text import fold
from .totals import current_figures

PAGE_SIZE = 50


def search_contests(contests, query: str):
    """``contests`` narrowed to those matching ``query``: the seat's name, a candidate's name
    or a party that stood (without regard to case, accents or punctuation: "ynys mon" finds
    Ynys Môn, "sinn fein" Sinn Féin's seats), the region, or the ONS code exactly.
    Blank ``query``: ``contests`` unchanged."""
    query = query.strip()
    if not query:
        return contests
    folded = fold(query)
    matches = Q(constituency__ons_code__iexact=query) | Q(constituency__region__icontains=query)
    if folded:
        matches |= (
            Q(constituency__search_name__contains=folded)
            | Q(candidacies__search_name__contains=folded)
            | Q(candidacies__party__search_name__contains=folded)
        )
    return contests.filter(matches).distinct()


def _lines_page(request: HttpRequest, contests):
    """The requested page of ``contests`` with a ``SeatLine`` for each (``page.lines``)."""
    page = Paginator(contests, PAGE_SIZE).get_page(request.GET.get("page"))
    page.lines = seat_lines(page.object_list)
    return page


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """Elections (each with how many seats have declared, its largest party and turnout), and
    the declared seats across them with winner, party and gain or hold, with search."""
    query = request.GET.get("q", "")
    elections = list(Election.objects.all())
    for election in elections:
        election.declarations = declaration_count(election)
        # The UK figures of each election with results (results.national), for a line each.
        election.uk_figures = (
            current_figures(election).uk if election.declarations.declared else None
        )
    contests = search_contests(
        Contest.objects.declared().select_related(*LIST_RELATED), query
    ).order_by("constituency__name", "-election__date")
    return render(
        request,
        "results/index.html",
        {"elections": elections, "page": _lines_page(request, contests), "query": query},
    )


# A party is listed in the main table of an area when it won a seat there, held
# one at the baseline, or took at least this share (percent); the rest are listed
# below it, folded.
MAIN_TABLE_SHARE = Decimal(1)


def party_lines(figures: AreaFigures) -> tuple[list[dict], list[dict]]:
    """The area's parties as table lines: ``(main, others)``.

    Each line is ``{"party": PartyFigures | None, "change": PartySeatChange |
    None, "abbreviation": str, "name": str}``, by seats then votes; a party
    that held seats at the baseline but stood nowhere now comes last with
    ``party`` None. ``main`` holds the parties with a seat now or at the
    baseline, or at least ``MAIN_TABLE_SHARE`` percent of the vote.
    """
    changes = figures.changes
    lines = []
    for party in figures.parties:
        change = changes.party(party.party) if changes else None
        lines.append(
            {"party": party, "change": change, "abbreviation": party.party, "name": party.name}
        )
    if changes:
        standing = {p.party for p in figures.parties}
        lines += [
            {"party": None, "change": c, "abbreviation": c.party, "name": c.name}
            for c in changes.parties
            if c.party not in standing
        ]
    main, others = [], []
    for line in lines:
        party, change = line["party"], line["change"]
        prominent = (
            (party is not None and (party.seats or (party.share or 0) >= MAIN_TABLE_SHARE))
            or (change is not None and change.seats_then > 0)
        )  # fmt: skip
        (main if prominent else others).append(line)
    return main, others


@require_safe
def election_detail(request: HttpRequest, election: str) -> HttpResponse:
    """One election's figures and official seats, with search; 404 for an unknown election.

    The figures (``results.national``) and the seats are the UK's, or the nation's
    or region's named by ``?area=<slug>`` (404 for an area the election does not have).
    In this project the fact-checking app serves this URL, with the published national
    checks added (config/urls.py); this view is the page without them.
    """
    return render(request, "results/election.html", election_context(request, election))


def election_context(request: HttpRequest, election: str) -> dict:
    """What ``results/election.html`` needs for the election's slug (``?area``, ``?q`` and
    ``?page`` read from ``request``): ``election``, ``figures``, ``area``,
    ``declarations``, ``main_parties``, ``other_parties``, ``majority``, ``page``,
    ``query``. Raises ``Http404`` for an unknown election or area."""
    election_obj = get_object_or_404(
        Election.objects.select_related("previous", "notional_baseline"), slug=election
    )
    figures = current_figures(election_obj)
    area = figures.area(request.GET.get("area") or UK.slug)
    if area is None:
        raise Http404("No such nation or region at this election.")
    main, others = party_lines(area)
    query = request.GET.get("q", "")
    # Every seat of the election, declared or not: a declared one with its winner.
    contests = election_obj.contests.select_related(*LIST_RELATED)
    if area.area.kind == AreaKind.NATION:
        contests = contests.filter(constituency__nation=area.area.name)
    elif area.area.kind == AreaKind.REGION:
        contests = contests.filter(constituency__region=area.area.name)
    contests = search_contests(contests, query).order_by("constituency__name")
    return {
        "election": election_obj,
        "page_url": settings.TALLY_SITE_URL.rstrip("/") + election_obj.get_absolute_url(),
        "figures": figures,
        "area": area,
        "declarations": declaration_count(election_obj),
        "main_parties": main,
        "other_parties": others,
        "majority": _largest_party_majority(area),
        "page": _lines_page(request, contests),
        "query": query,
    }


def _largest_party_majority(area: AreaFigures) -> dict | None:
    """The largest party's majority over all other seats, both ways if the Speaker matters."""
    largest = area.largest_party
    if largest is None:
        return None
    without = area.majority(largest.party)
    if without is None:
        return None
    with_speaker = area.majority(largest.party, with_speaker=True)
    return {
        "party": largest,
        "without": without,
        "with_speaker": with_speaker if with_speaker.seats != without.seats else None,
    }


# -- the seat's page -----------------------------------------------------------------


def official_contest(election: str, constituency: str) -> Contest:
    """The official result for the election and seat slugs, with its figures loaded.

    While a hand change to it awaits approval, its last official figures
    (``Contest.official_version``: an unsaved copy with the same ``pk``).
    Raises ``Http404`` if the seat has no official result (awaiting
    declaration, or a first result still awaiting its second approval).
    """
    contest = get_object_or_404(
        Contest.objects.declared().with_figures(),
        election__slug=election,
        constituency__slug=constituency,
    )
    return contest.official_version()


def vote_bars(contest: Contest) -> list[dict]:
    """Bar lengths (0-100, longest = 100) for the server-drawn chart.

    One ``{"candidacy": Candidacy, "length": float}`` per candidate, highest first.
    """
    ranked = contest.ranked_candidacies
    top = ranked[0].votes if ranked else 0
    return [{"candidacy": c, "length": round(100 * c.votes / top, 2) if top else 0} for c in ranked]


def official_context(request: HttpRequest, contest: Contest) -> dict:
    """What ``results/contest.html`` needs: ``contest``, ``changes`` (since the previous
    election, or None), ``bars`` (``vote_bars``) and ``page_url`` (absolute)."""
    return {
        "contest": contest,
        "changes": changes_since_previous(contest),
        "bars": vote_bars(contest),
        "page_url": request.build_absolute_uri(contest.get_absolute_url()),
    }


@require_safe
def contest_detail(request: HttpRequest, election: str, constituency: str) -> HttpResponse:
    """The seat's official result on its own (404 unless official).

    In this project the fact-checking app serves this URL, with the published
    checks added (config/urls.py); this view is the page without them.
    """
    contest = official_contest(election, constituency)
    return render(request, "results/contest.html", official_context(request, contest))


# -- for machines -------------------------------------------------------------------


def official_result(contest: Contest) -> dict:
    """The seat's official result as plain JSON: figures, and candidates highest first.

    Percentages are strings with two decimals ("67.53"); ``rank`` starts at 1.
    """
    return {
        "election": contest.election.slug,
        "constituency": contest.constituency.name,
        "ons_code": contest.constituency.ons_code,
        "electorate": contest.electorate,
        "valid_votes": contest.valid_votes,
        "invalid_votes": contest.invalid_votes,
        "majority": contest.majority,
        "turnout_valid_votes_percent": str(contest.turnout),
        "turnout_declared_percent": str(contest.turnout_declared),
        "result": contest.result,
        "source": contest.source,
        "candidates": [
            {
                "name": c.full_name,
                "party": c.party.name,
                "party_abbreviation": c.party.abbreviation,
                "votes": c.votes,
                "share_percent": str(c.share),
                "rank": rank,
            }
            for rank, c in enumerate(contest.ranked_candidacies, start=1)
        ],
    }
