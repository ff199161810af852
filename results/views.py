"""Public pages: official results, and the published verification of each seat.

The verification part is read only from published snapshots
(``factcheck.Publication``), never from the desk's drafts.
"""

import csv
import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_GET

from factcheck.models import Correction, Publication
from factcheck.publishing import claim_review, json_ld, page_cache_key

from . import pagecache
from .figures import changes_since_previous
from .models import Contest, Election

PAGE_SIZE = 50
PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600"


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


# -- the seat's page -----------------------------------------------------------------


def _contest(election: str, constituency: str) -> Contest:
    return get_object_or_404(
        Contest.objects.official().with_figures(),
        election__slug=election,
        constituency__slug=constituency,
    )


def vote_bars(contest: Contest) -> list[dict]:
    """Bar lengths (0-100, longest = 100) for the server-drawn chart."""
    ranked = contest.ranked_candidacies
    top = ranked[0].votes if ranked else 0
    return [{"candidacy": c, "length": round(100 * c.votes / top, 2) if top else 0} for c in ranked]


def _verification(contest: Contest, version: int | None) -> dict:
    publications = list(contest.publications.order_by("-version").select_related("published_by"))
    if version is None:
        publication = publications[0] if publications else None
    else:
        publication = next((p for p in publications if p.version == version), None)
        if publication is None:
            raise Http404("No such version of this page.")
    corrections = []
    if publication is not None:
        corrections = list(
            Correction.objects.filter(
                publication__contest=contest, publication__version__lte=publication.version
            ).select_related("publication")
        )
    return {
        "publication": publication,
        "latest_version": publications[0].version if publications else None,
        "versions": publications,
        "checks": publication.checks if publication else [],
        "corrections": corrections,
    }


def _page_url(request: HttpRequest, contest: Contest) -> str:
    return request.build_absolute_uri(contest.get_absolute_url())


def _render_contest(request: HttpRequest, contest: Contest, version: int | None) -> dict:
    verification = _verification(contest, version)
    page_url = _page_url(request, contest)
    publication = verification["publication"]
    reviews = [
        claim_review(check, page_url=page_url, publication=publication)
        for check in verification["checks"]
    ]
    context = {
        "contest": contest,
        "changes": changes_since_previous(contest),
        "bars": vote_bars(contest),
        "page_url": page_url,
        "claim_reviews": json_ld(reviews) if reviews else "",
        **verification,
    }
    body = render_to_string("results/contest.html", context, request).encode()
    last_modified = publication.published_at if publication else contest.approved_at
    return {
        "body": body,
        "etag": '"' + hashlib.sha256(body).hexdigest()[:20] + '"',
        "last_modified": last_modified.timestamp() if last_modified else None,
    }


def _conditional(request: HttpRequest, entry: dict, *, public: bool) -> HttpResponse:
    """200 with validators, or 304 when the visitor's copy is current."""
    etag, last_modified = entry["etag"], entry["last_modified"]
    if_none_match = request.headers.get("If-None-Match")
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    not_modified = (if_none_match and etag in if_none_match) or (
        not if_none_match and since and last_modified and int(last_modified) <= since
    )
    response = HttpResponse(status=304) if not_modified else HttpResponse(entry["body"])
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL if public else "private, no-cache"
    return response


def _is_anonymous(request: HttpRequest) -> bool:
    """Decided from the cookie alone, so a cached page costs no session lookup."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _contest_page(request, election: str, constituency: str, version: int | None):
    key = page_cache_key(election, constituency) + (f":v{version}" if version else "")
    public = _is_anonymous(request)
    if not public:
        entry = _render_contest(request, _contest(election, constituency), version)
        return _conditional(request, entry, public=False)
    entry = pagecache.get_or_render(
        key, lambda: _render_contest(request, _contest(election, constituency), version)
    )
    return _conditional(request, entry, public=True)


@require_GET
def contest_detail(request: HttpRequest, election: str, constituency: str) -> HttpResponse:
    return _contest_page(request, election, constituency, None)


@require_GET
def contest_version(
    request: HttpRequest, election: str, constituency: str, version: int
) -> HttpResponse:
    return _contest_page(request, election, constituency, version)


@require_GET
def check_detail(request: HttpRequest, election: str, constituency: str, check: int):
    """One published check on a page of its own, with exactly one ClaimReview."""
    contest = _contest(election, constituency)
    publication = Publication.objects.latest_for(contest)
    found = next((c for c in (publication.checks if publication else []) if c["id"] == check), None)
    if found is None:
        raise Http404("No published check with that number.")
    page_url = _page_url(request, contest)
    review = claim_review(found, page_url=page_url, publication=publication)
    response = render(
        request,
        "results/check.html",
        {
            "contest": contest,
            "check": found,
            "publication": publication,
            "page_url": page_url,
            "claim_review": json_ld(review),
        },
    )
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


# -- for machines -------------------------------------------------------------------


def official_result(contest: Contest) -> dict:
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


@require_GET
def contest_json(request: HttpRequest, election: str, constituency: str) -> JsonResponse:
    contest = _contest(election, constituency)
    publication = Publication.objects.latest_for(contest)
    page_url = _page_url(request, contest)
    data = {
        "official_result": official_result(contest),
        "published": None
        if publication is None
        else {
            "version": publication.version,
            "published_at": publication.published_at.isoformat(),
            "url": page_url,
            "checks": [
                {**check, "url": f"{page_url}#claim-{check['id']}"} for check in publication.checks
            ],
        },
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


CSV_COLUMNS = [
    "constituency", "check_id", "url", "figure", "claim_reviewed", "claim_type", "speaker",
    "verdict", "official_value", "official_source", "explanation", "outlets", "article_urls",
    "version", "published_at",
]  # fmt: skip


@require_GET
def checks_csv(request: HttpRequest, election: str) -> HttpResponse:
    """Every published check of an election, one row each, from each seat's latest version."""
    election_obj = get_object_or_404(Election, slug=election)
    latest = {}
    for publication in Publication.objects.filter(contest__election=election_obj).select_related(
        "contest__constituency", "contest__election"
    ):
        current = latest.get(publication.contest_id)
        if current is None or publication.version > current.version:
            latest[publication.contest_id] = publication
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{election}-checks.csv"'
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for publication in sorted(latest.values(), key=lambda p: p.contest.constituency.name):
        contest = publication.contest
        url = request.build_absolute_uri(contest.get_absolute_url())
        for check in publication.checks:
            writer.writerow([
                contest.constituency.name, check["id"], f"{url}#claim-{check['id']}",
                check["text"], check["summary"], check["claim_type"], check["speaker"],
                check["verdict"], check["official_value"], check["official_source"],
                check["explanation"], "; ".join(a["outlet"] for a in check["articles"]),
                " ".join(a["url"] for a in check["articles"] if a["url"]),
                publication.version, publication.published_at.isoformat(),
            ])  # fmt: skip
    return response
