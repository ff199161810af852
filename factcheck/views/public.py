"""The published verification pages, their exports and the methodology.

A seat's page shows ``results``' official result with the fact-checks of its
coverage about that seat under it; an election's national page
(``/results/<election>/``) shows the UK result with the checks of national
claims (shares, seat totals, exit polls). Both are read only from published
snapshots (``Publication``, in the shape of
``factcheck.published.PublishedCheck``), never from the desk's drafts. The URLs
stay under ``/results/``: ``config/urls.py`` mounts these patterns ahead of
``results.urls``. Canonical and ClaimReview URLs are built on
``settings.TALLY_SITE_URL`` (``publishing.site_url``), never the request's Host,
so a cached page is the same whoever filled the cache. Every page answers HEAD.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe

from results.models import Contest, Election, OfficialDataVersion, Party
from results.views import election_context, official_contest, official_context, official_result

from .. import pagecache
from ..models import Correction, Publication
from ..published import NATIONAL, read_checks
from ..publishing import (
    BEST_RATING,
    WORST_RATING,
    claim_review,
    json_ld,
    rating_scale,
    site_url,
)
from ..rechecks import under_review
from ..vocabulary import INACCURATE_FIRST, Verdict

PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600"


# -- what a page's checks are, at a version ------------------------------------------------


def _verification(publications: list[Publication], version: int | None, *, seat: bool) -> dict:
    """The checks of the page's chosen version (the latest for ``version=None``), the
    corrections up to it, which checks are under review and which were corrected.
    ``publications`` newest first; raises ``Http404`` for a version there is not."""
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
                publication__in=[p for p in publications if p.version <= publication.version]
            ).select_related(
                "publication__contest__election",
                "publication__contest__constituency",
                "publication__election",
            )
        )
    checks = read_checks(publication.checks) if publication else []
    if seat:  # a national figure is checked on the election's national page
        checks = [c for c in checks if c.scope != NATIONAL]
    reviewing = {}
    if publication is not None and publication.version == publications[0].version:
        reviewing = checks_under_review(checks, publication)
    corrected = {}
    for correction in corrections:  # newest first: the latest correction of each check
        corrected.setdefault(correction.check_id, correction)
    return {
        "publication": publication,
        "latest_version": publications[0].version if publications else None,
        "versions": publications,
        "checks": checks,
        "rows": [
            {
                "check": c,
                "under_review_since": reviewing.get(c.id),
                "corrected": corrected.get(c.id),
            }
            for c in checks
        ],
        "corrections": corrections,
        "verdict_counts": verdict_counts(checks, reviewing),
    }


def verdict_counts(checks, reviewing: dict) -> list[dict]:
    """``[{"verdict": Verdict, "count": int}, …]`` of the page's checks, inaccurate first,
    with those under review counted apart (``verdict`` None)."""
    counts = Counter(None if c.id in reviewing else c.verdict for c in checks)
    rows = [{"verdict": Verdict(v), "count": counts[v]} for v in INACCURATE_FIRST if counts.get(v)]
    if counts.get(None):
        rows.append({"verdict": None, "count": counts[None]})
    return rows


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


def _reviews(rows, page_url: str, publication) -> str:
    """The ClaimReview JSON-LD of the page's checks (none for a check under review)."""
    reviews = [
        claim_review(row["check"], page_url=page_url, publication=publication)
        for row in rows
        if row["under_review_since"] is None  # no rating while it is being checked again
    ]
    return json_ld(reviews) if reviews else ""


def _entry(body: bytes, last_modified) -> dict:
    return {
        "body": body,
        "etag": '"' + hashlib.sha256(body).hexdigest()[:20] + '"',
        "last_modified": last_modified.timestamp() if last_modified else None,
    }


# -- the seat's page -----------------------------------------------------------------


def _render_contest(request: HttpRequest, contest: Contest, version: int | None) -> dict:
    """The page as a cache entry: encoded body, ETag and Last-Modified (a timestamp)."""
    publications = list(contest.publications.order_by("-version").select_related("published_by"))
    verification = _verification(publications, version, seat=True)
    official = official_context(request, contest)
    page_url = site_url(contest.get_absolute_url())
    publication = verification["publication"]
    context = {
        **official,
        "national": False,
        "page_url": page_url,
        "claim_reviews": _reviews(verification["rows"], page_url, publication),
        **verification,
    }
    body = render_to_string("factcheck/public/contest.html", context, request).encode()
    return _entry(body, publication.published_at if publication else contest.approved_at)


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


@require_safe
def contest_detail(request: HttpRequest, election: str, constituency: str) -> HttpResponse:
    """The seat's official result and the current published checks of its coverage.

    Anonymous visitors get the cached page (``pagecache``) with ETag and
    Last-Modified validators; 404 if the result is not official.
    """
    return _contest_page(request, election, constituency, None)


@require_safe
def contest_version(
    request: HttpRequest, election: str, constituency: str, version: int
) -> HttpResponse:
    """An earlier published version of the seat's page, as it was; 404 if there is none."""
    return _contest_page(request, election, constituency, version)


def _check_page(request, *, check: int, publication, page_url: str, context: dict):
    checks = read_checks(publication.checks) if publication else []
    found = next((c for c in checks if c.id == check), None)
    if found is None:
        raise Http404("No published check with that number.")
    since = checks_under_review([found], publication).get(found.id)
    review = claim_review(found, page_url=page_url, publication=publication)
    corrected = (
        Correction.objects.filter(
            publication__in=context["publications"], check_id=found.id
        ).select_related("publication").first()
    )  # fmt: skip
    response = render(
        request,
        "factcheck/public/check.html",
        {
            **context,
            "check": found,
            "under_review_since": since,
            "publication": publication,
            "page_url": page_url,
            "check_url": site_url(request.path),
            "corrected": corrected,
            "claim_review": "" if since else json_ld(review),
        },
    )
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


@require_safe
def check_detail(request: HttpRequest, election: str, constituency: str, check: int):
    """One published check on a page of its own, with exactly one ClaimReview."""
    contest = official_contest(election, constituency)
    publications = list(contest.publications.order_by("-version"))
    publication = publications[0] if publications else None
    return _check_page(
        request, check=check, publication=publication,
        page_url=site_url(contest.get_absolute_url()),
        context={"contest": contest, "page_name": contest.constituency.name,
                 "page_path": contest.get_absolute_url(), "election": contest.election,
                 "publications": publications},
    )  # fmt: skip


# -- the election's national page ------------------------------------------------------


def seat_chart(area) -> list[dict]:
    """Bars for the server-drawn chart of seats by party (0-100, most seats = 100), the
    parties with seats, most first: ``{"name", "seats", "share", "length", "colour"}``."""
    parties = [p for p in area.parties if p.seats]
    colours = dict(
        Party.objects.filter(abbreviation__in=[p.party for p in parties]).values_list(
            "abbreviation", "colour"
        )
    )
    top = max((p.seats for p in parties), default=0)
    return [
        {
            "name": p.name,
            "seats": p.seats,
            "share": p.share,
            "length": round(100 * p.seats / top, 2) if top else 0,
            "colour": colours.get(p.party) or "#777777",
        }
        for p in sorted(parties, key=lambda p: (-p.seats, -p.votes))
    ]


def _render_election(request: HttpRequest, election: str, version: int | None) -> dict:
    context = election_context(request, election)
    election_obj = context["election"]
    publications = list(
        Publication.objects.national(election_obj)
        .order_by("-version")
        .select_related("published_by", "election")
    )
    verification = _verification(publications, version, seat=False)
    page_url = site_url(election_obj.get_absolute_url())
    publication = verification["publication"]
    context |= {
        "page_url": page_url,
        "chart": seat_chart(context["area"]) if context["area"].seats_declared else [],
        "claim_reviews": _reviews(verification["rows"], page_url, publication),
        **verification,
    }
    body = render_to_string("factcheck/public/election.html", context, request).encode()
    return _entry(body, publication.published_at if publication else None)


def _election_page(request, election: str, version: int | None):
    if not _is_anonymous(request) or request.GET:
        # a search, an area or a page of seats: rendered for this request
        return _conditional(request, _render_election(request, election, version), public=False)
    number, _ = OfficialDataVersion.current()
    entry = pagecache.get_or_render(
        pagecache.election_page_key(election, number, version),
        lambda: _render_election(request, election, version),
    )
    return _conditional(request, entry, public=True)


@require_safe
def election_detail(request: HttpRequest, election: str) -> HttpResponse:
    """The election's UK result (seats, shares, turnout, a chart), its seats, and the
    published checks of national claims, with ClaimReview; 404 for an unknown election.
    Anonymous visitors without a query string get the cached page."""
    return _election_page(request, election, None)


@require_safe
def election_version(request: HttpRequest, election: str, version: int) -> HttpResponse:
    """An earlier published version of the national page's checks; 404 if there is none."""
    return _election_page(request, election, version)


@require_safe
def national_check_detail(request: HttpRequest, election: str, check: int):
    """One published national check on a page of its own, with exactly one ClaimReview."""
    election_obj = get_object_or_404(Election, slug=election)
    publications = list(Publication.objects.national(election_obj).order_by("-version"))
    publication = publications[0] if publications else None
    return _check_page(
        request, check=check, publication=publication,
        page_url=site_url(election_obj.get_absolute_url()),
        context={"contest": None, "page_name": f"{election_obj.name}, national",
                 "page_path": election_obj.get_absolute_url(), "election": election_obj,
                 "publications": publications},
    )  # fmt: skip


# -- for machines -------------------------------------------------------------------


@require_safe
def contest_json(request: HttpRequest, election: str, constituency: str) -> JsonResponse:
    """The seat as JSON: ``official_result`` (see ``results.views.official_result``) and
    ``published``: null, or the latest version's number, time, page URL and checks
    (``PublishedCheck`` fields, each with the ``url`` of its anchor and
    ``under_review_since``: null, or when its official figures changed, ISO 8601)."""
    contest = official_contest(election, constituency)
    publication = Publication.objects.latest_for(contest)
    page_url = site_url(contest.get_absolute_url())
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


@require_safe
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
        url = site_url(contest.get_absolute_url())
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
