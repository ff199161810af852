"""Public pages of the official results: elections, seats, and each seat's result.

``results`` knows nothing of fact-checks. The seat page here is the official
result alone; a project that publishes fact-checks serves its own page at the
same URL (mounted ahead of these patterns) extending ``results/contest.html``,
and reuses ``official_contest()``, ``official_context()`` and
``official_result()`` below.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .figures import changes_since_previous
from .models import Contest, Election

PAGE_SIZE = 50


def _search(contests, query: str):
    query = query.strip()
    if not query:
        return contests
    return contests.filter(
        Q(constituency__name__icontains=query)
        | Q(constituency__ons_code__iexact=query)
        | Q(constituency__region__icontains=query)
        | Q(candidacies__surname__icontains=query)
    ).distinct()


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Elections, and seats across them, with search."""
    query = request.GET.get("q", "")
    elections = Election.objects.annotate(
        seat_count=Count("contests", filter=Q(contests__status=Contest.Status.OFFICIAL))
    )
    contests = _search(
        Contest.objects.official().select_related("election", "constituency"), query
    ).order_by("constituency__name", "-election__date")
    page = Paginator(contests, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "results/index.html",
        {"elections": elections, "page": page, "query": query},
    )


@require_GET
def election_detail(request: HttpRequest, election: str) -> HttpResponse:
    """One election's official seats, with search; 404 for an unknown election."""
    election_obj = get_object_or_404(Election, slug=election)
    query = request.GET.get("q", "")
    contests = _search(
        election_obj.contests.official().select_related("constituency"), query
    ).order_by("constituency__name")
    page = Paginator(contests, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "results/election.html",
        {"election": election_obj, "page": page, "query": query},
    )


# -- the seat's page -----------------------------------------------------------------


def official_contest(election: str, constituency: str) -> Contest:
    """The official result for the election and seat slugs, with its figures loaded.

    Raises ``Http404`` if there is none, or if it still awaits a second approval.
    """
    return get_object_or_404(
        Contest.objects.official().with_figures(),
        election__slug=election,
        constituency__slug=constituency,
    )


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


@require_GET
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
