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


@require_GET
def contest_detail(request: HttpRequest, election: str, constituency: str) -> HttpResponse:
    contest = get_object_or_404(
        Contest.objects.official().with_figures(),
        election__slug=election,
        constituency__slug=constituency,
    )
    return render(
        request,
        "results/contest.html",
        {"contest": contest, "changes": changes_since_previous(contest)},
    )
