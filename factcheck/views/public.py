"""The published verification pages, their exports and the methodology.

A seat's page shows ``results``' official result with the fact-checks of its
coverage under it; it is read only from published snapshots
(``Publication``, in the shape of ``factcheck.published.PublishedCheck``),
never from the desk's drafts. The URLs stay under ``/results/``:
``config/urls.py`` mounts these patterns ahead of ``results.urls``.
"""

from __future__ import annotations

import csv
import hashlib

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_GET, require_safe

from results.models import Contest, Election
from results.views import official_contest, official_context, official_result

from .. import pagecache
from ..models import Correction, Publication
from ..published import read_checks
from ..publishing import BEST_RATING, WORST_RATING, claim_review, json_ld, rating_scale
from ..rechecks import under_review
from ..vocabulary import Verdict

PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600"


# -- the seat's page -----------------------------------------------------------------


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
    checks = read_checks(publication.checks) if publication else []
    reviewing = {}
    if publication is not None and publication.version == publications[0].version:
        reviewing = checks_under_review(checks, publication)
    return {
        "publication": publication,
        "latest_version": publications[0].version if publications else None,
        "versions": publications,
        "checks": checks,
        "rows": [{"check": c, "under_review_since": reviewing.get(c.id)} for c in checks],
        "corrections": corrections,
    }


def checks_under_review(checks, publication: Publication) -> dict:
    """``{check id: since}`` for the published checks whose official figures changed after
    ``publication`` was published (or are being checked again): the page shows them as
    "under review since …" instead of a verdict that may no longer match the result.
    One query."""
    claim_ids = {a.claim_id: c.id for c in checks for a in c.articles} | {
        c.id: c.id for c in checks
    }
    found: dict[int, object] = {}
    for claim_id, since in under_review(claim_ids, published_at=publication.published_at).items():
        check_id = claim_ids[claim_id]
        found[check_id] = min(since, found.get(check_id, since))
    return found


def _render_contest(request: HttpRequest, contest: Contest, version: int | None) -> dict:
    """The page as a cache entry: encoded body, ETag and Last-Modified (a timestamp)."""
    verification = _verification(contest, version)
    official = official_context(request, contest)
    publication = verification["publication"]
    reviews = [
        claim_review(row["check"], page_url=official["page_url"], publication=publication)
        for row in verification["rows"]
        if row["under_review_since"] is None  # no rating while it is being checked again
    ]
    context = {**official, "claim_reviews": json_ld(reviews) if reviews else "", **verification}
    body = render_to_string("factcheck/public/contest.html", context, request).encode()
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
    if not _is_anonymous(request):
        entry = _render_contest(request, official_contest(election, constituency), version)
        return _conditional(request, entry, public=False)
    entry = pagecache.get_or_render(
        pagecache.contest_page_key(election, constituency, version),
        lambda: _render_contest(request, official_contest(election, constituency), version),
    )
    return _conditional(request, entry, public=True)


@require_GET
def contest_detail(request: HttpRequest, election: str, constituency: str) -> HttpResponse:
    """The seat's official result and the current published checks of its coverage.

    Anonymous visitors get the cached page (``pagecache``) with ETag and
    Last-Modified validators; 404 if the result is not official.
    """
    return _contest_page(request, election, constituency, None)


@require_GET
def contest_version(
    request: HttpRequest, election: str, constituency: str, version: int
) -> HttpResponse:
    """An earlier published version of the seat's page, as it was; 404 if there is none."""
    return _contest_page(request, election, constituency, version)


@require_GET
def check_detail(request: HttpRequest, election: str, constituency: str, check: int):
    """One published check on a page of its own, with exactly one ClaimReview."""
    contest = official_contest(election, constituency)
    publication = Publication.objects.latest_for(contest)
    checks = read_checks(publication.checks) if publication else []
    found = next((c for c in checks if c.id == check), None)
    if found is None:
        raise Http404("No published check with that number.")
    page_url = request.build_absolute_uri(contest.get_absolute_url())
    since = checks_under_review([found], publication).get(found.id)
    review = claim_review(found, page_url=page_url, publication=publication)
    response = render(
        request,
        "factcheck/public/check.html",
        {
            "contest": contest,
            "check": found,
            "under_review_since": since,
            "publication": publication,
            "page_url": page_url,
            "claim_review": "" if since else json_ld(review),
        },
    )
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


# -- for machines -------------------------------------------------------------------


@require_GET
def contest_json(request: HttpRequest, election: str, constituency: str) -> JsonResponse:
    """The seat as JSON: ``official_result`` (see ``results.views.official_result``) and
    ``published``: null, or the latest version's number, time, page URL and checks
    (``PublishedCheck`` fields, each with the ``url`` of its anchor and
    ``under_review_since``: null, or when its official figures changed, ISO 8601)."""
    contest = official_contest(election, constituency)
    publication = Publication.objects.latest_for(contest)
    page_url = request.build_absolute_uri(contest.get_absolute_url())
    checks = read_checks(publication.checks) if publication else []
    reviewing = checks_under_review(checks, publication) if publication else {}
    data = {
        "official_result": official_result(contest),
        "published": None
        if publication is None
        else {
            "version": publication.version,
            "published_at": publication.published_at.isoformat(),
            "url": page_url,
            "checks": [
                {
                    **check.to_export(),
                    "url": f"{page_url}#claim-{check.id}",
                    "under_review_since": (
                        reviewing[check.id].isoformat() if check.id in reviewing else None
                    ),
                }
                for check in checks
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
    """Every published check of an election, one row each, from each seat's latest version.

    Columns are ``CSV_COLUMNS``, seats A to Z, checks in published order.
    """
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
    writer = csv.DictWriter(response, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for publication in sorted(latest.values(), key=lambda p: p.contest.constituency.name):
        contest = publication.contest
        url = request.build_absolute_uri(contest.get_absolute_url())
        for check in read_checks(publication.checks):
            writer.writerow(
                {
                    "constituency": contest.constituency.name,
                    "check_id": check.id,
                    "url": f"{url}#claim-{check.id}",
                    "figure": check.text,
                    "claim_reviewed": check.summary,
                    "claim_type": check.claim_type,
                    "speaker": check.speaker,
                    "verdict": check.verdict,
                    "official_value": check.official_value,
                    "official_source": check.official_source,
                    "explanation": check.explanation,
                    "outlets": "; ".join(a.outlet for a in check.articles),
                    "article_urls": " ".join(a.url for a in check.articles if a.url),
                    "version": publication.version,
                    "published_at": publication.published_at.isoformat(),
                }
            )
    return response


# -- how we check -----------------------------------------------------------------------


@require_safe
def methodology(request: HttpRequest) -> HttpResponse:
    """How we check: sources, verdicts and the ClaimReview rating scale."""
    return render(
        request,
        "factcheck/public/methodology.html",
        {
            "Verdict": Verdict,
            "rating_scale": rating_scale(),
            "best_rating": BEST_RATING,
            "worst_rating": WORST_RATING,
        },
    )
