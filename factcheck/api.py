"""The JSON API, for a newsroom's CMS or wire system: /api/v1/ (OpenAPI at
/api/v1/openapi.json, a Swagger page at /api/v1/docs).

django-ninja builds the endpoints and their OpenAPI document from the same type hints that
validate requests (pydantic), so the description cannot drift from the code, and its
throttling limits the rate. Django REST framework with drf-spectacular would do the same
with serializers plus a second library for the schema, for endpoints this small.

**Tokens.** An admin makes one per integration (``ApiToken``, in /admin/: the key is shown
once, then only its hash is kept) and revokes it there. A request sends
``Authorization: Bearer <key>``. The token acts as the account it was made for, with the
desk's permissions: submitting an article needs ``factcheck.add_article`` (the Editor
role), reading articles and claims ``view_article``/``view_claim``; published checks are
public (no token). A missing, unknown or revoked token: 401; a token whose account may not
do it: 403; over the rate: 429 with Retry-After.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.throttling import AnonRateThrottle, AuthRateThrottle
from pydantic import Field

from results.models import Contest

from .ingest import MAX_BODY_BYTES, Incoming
from .models import ApiToken, Article, Claim, Fetch, Publication
from .published import read_checks
from .sources.fetching import FetchError
from .sources.urls import add_articles, submit_urls

KEY_PREFIX = "tally_"
# last_used_at is written at most this often per token (not on every request)
LAST_USED_EVERY = datetime.timedelta(minutes=1)


def hash_key(key: str) -> str:
    """The stored form of a token's key: its SHA-256, hex."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A new random key: "tally_" and 43 URL-safe characters (256 bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def issue_token(*, name: str, user, created_by=None) -> tuple[ApiToken, str]:
    """Make a token for ``user`` named ``name``; returns it and its key (shown once: only
    the hash is stored)."""
    key = new_key()
    token = ApiToken.objects.create(
        name=name, user=user, created_by=created_by, prefix=key[:12], key_hash=hash_key(key)
    )
    return token, key


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <key>`` of an active token whose account is active."""

    openapi_description = "An integration's key, made and revoked by an admin in /admin/."

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=hash_key(token), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if found is None:
            return None
        now = timezone.now()
        if found.last_used_at is None or found.last_used_at < now - LAST_USED_EVERY:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        return found


class _SettingsRate:
    """A ninja throttle whose rate is read from settings at each request and whose counts
    live in the shared cache (``settings.API_RATE_CACHE``), so every process counts
    together."""

    setting = ""

    def __init__(self) -> None:
        super().__init__(rate=getattr(settings, self.setting))

    @property
    def cache(self):
        return caches[settings.API_RATE_CACHE]

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = getattr(settings, self.setting)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


class PerToken(_SettingsRate, AuthRateThrottle):
    setting = "API_RATE_LIMIT"
    scope = "token"

    def get_cache_key(self, request: HttpRequest) -> str:
        auth = getattr(request, "auth", None)
        ident = f"t{auth.pk}" if isinstance(auth, ApiToken) else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class PerAddress(_SettingsRate, AnonRateThrottle):
    setting = "API_ANON_RATE_LIMIT"
    scope = "address"


api = NinjaAPI(
    title="Tally API",
    version="1",
    description=__doc__.split("\n\n", 1)[1],
    urls_namespace="api",
    auth=TokenAuth(),
    throttle=[PerToken()],
)


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise HttpError(403, f"This token's account may not do this (needs {permission}).")


# -- shapes --------------------------------------------------------------------------


class ArticleIn(Schema):
    text: str = Field("", description="The article's text (plain, or HTML reduced to text).")
    url: str = Field(
        "", description="The article's URL: with no text, Tally fetches and reads the page."
    )
    title: str = Field("", max_length=500)
    outlet: str = Field("", max_length=200)
    published_on: datetime.date | None = None
    source_url: str = Field(
        "", max_length=1000, description="Where the text was published (stored as its URL)."
    )


class ArticleOut(Schema):
    id: int
    title: str
    outlet: str
    author: str
    url: str
    published_on: datetime.date | None
    election: str | None = Field(description="The election's slug, e.g. ge2024.")
    status: str = Field(description="extracting, extracted or failed")
    error: str = Field(description="Why extraction failed ('' if it did not).")
    claims: int = Field(description="Claims found (0 while extracting).")


class FetchOut(Schema):
    id: int
    url: str
    status: str = Field(description="queued, done or failed")
    failure: str = Field(description="unreachable, refused, not_article, too_large, paywalled")
    error: str
    article: int | None = Field(description="The article made, or the one already held.")
    duplicate: bool


class SubmitOut(Schema):
    outcome: str = Field(description="added, duplicate, queued (URL to fetch) or waiting")
    article: ArticleOut | None = None
    fetch: FetchOut | None = None


class Suggestion(Schema):
    verdict: str
    explanation: str
    official_value: Decimal | None
    official_source: str
    working: str


class VerdictOut(Schema):
    verdict: str
    explanation: str
    official_value: Decimal | None
    official_source: str
    author: str
    approved: bool
    approved_by: str | None


class ClaimOut(Schema):
    id: int
    text: str
    sentence: str
    claim_type: str
    value: Decimal
    unit: str
    qualifier: str
    subject: str
    speaker: str
    election: str | None
    start: int
    end: int
    review_status: str
    suggestion: Suggestion
    verdict: VerdictOut | None


class Error(Schema):
    detail: str


class SeatChecks(Schema):
    election: str
    constituency: str
    name: str
    version: int
    published_at: datetime.datetime
    url: str
    checks: list[dict]


def _article_out(article: Article, claims: int | None = None) -> ArticleOut:
    if article.extracted_at is not None:
        status = "extracted"
    elif article.extraction_error:
        status = "failed"
    else:
        status = "extracting"
    count = claims if claims is not None else article.claims.live().count()
    return ArticleOut(
        id=article.pk, title=article.title, outlet=article.outlet, author=article.author,
        url=article.url, published_on=article.published_on,
        election=article.election.slug if article.election_id else None, status=status,
        error=article.extraction_error, claims=count,
    )  # fmt: skip


def _fetch_out(item: Fetch) -> FetchOut:
    return FetchOut(
        id=item.pk, url=item.url, status=item.status, failure=item.failure, error=item.error,
        article=item.article_id, duplicate=item.duplicate,
    )  # fmt: skip


# -- endpoints -----------------------------------------------------------------------


@api.post(
    "/articles",
    response={200: SubmitOut, 201: SubmitOut, 202: SubmitOut, 403: Error, 422: Error},
    summary="Submit an article: its text, or its URL to fetch",
)
def submit_article(request: HttpRequest, payload: ArticleIn):
    """With ``text``: the article is added and its claims extracted and checked in the
    background (201; 200 with outcome "duplicate" and the article already held, for the
    same text or source URL). With only ``url``: the page is fetched and read in the
    background (202 with the fetch to poll at /fetches/{id}). Needs an Editor's token."""
    _require(request, "factcheck.add_article")
    text = payload.text.strip()
    if not text and not payload.url.strip():
        raise HttpError(422, "Send the article's text, or its url to fetch.")
    if len(payload.text.encode("utf-8")) > MAX_BODY_BYTES:
        raise HttpError(422, f"The text is over the {MAX_BODY_BYTES / 1_000_000:g} MB limit.")
    if text:
        url = (payload.source_url or payload.url).strip()
        if url:
            try:
                from .sources.urls import normalise_url

                url = normalise_url(url)
            except FetchError as exc:
                raise HttpError(422, exc.message) from None
        with transaction.atomic():
            report = add_articles(
                [Incoming(title=payload.title, outlet=payload.outlet, url=url,
                          published_on=payload.published_on, body=payload.text,
                          source_file="")],
                user=request.user,
            )  # fmt: skip
        if report.created:
            return Status(
                201, SubmitOut(outcome="added", article=_article_out(report.created[0], 0))
            )
        return Status(
            200, SubmitOut(outcome="duplicate", article=_article_out(report.duplicates[0]))
        )
    try:
        report = submit_urls(
            [payload.url], user=request.user, token=request.auth, title=payload.title,
            outlet=payload.outlet, published_on=payload.published_on,
        )  # fmt: skip
    except FetchError as exc:
        raise HttpError(422, exc.message) from None
    if report.held:
        return Status(200, SubmitOut(outcome="duplicate", article=_article_out(report.held[0])))
    if report.queued:
        return Status(202, SubmitOut(outcome="queued", fetch=_fetch_out(report.queued[0])))
    return Status(202, SubmitOut(outcome="waiting", fetch=_fetch_out(report.waiting[0])))


@api.get("/fetches/{fetch_id}", response={200: FetchOut, 403: Error, 404: Error},
         summary="A URL being fetched")  # fmt: skip
def get_fetch(request: HttpRequest, fetch_id: int):
    """Where a submitted URL is: queued, done (with its article) or failed (with why)."""
    _require(request, "factcheck.view_article")
    return _fetch_out(get_object_or_404(Fetch, pk=fetch_id))


@api.get("/articles/{article_id}", response={200: ArticleOut, 403: Error, 404: Error},
         summary="An article and its extraction")  # fmt: skip
def get_article(request: HttpRequest, article_id: int):
    _require(request, "factcheck.view_article")
    article = get_object_or_404(
        Article.objects.defer("body").select_related("election"), pk=article_id
    )
    return _article_out(article)


@api.get(
    "/articles/{article_id}/claims",
    response={200: list[ClaimOut], 403: Error, 404: Error},
    summary="An article's claims, with the checker's suggestion and the editors' verdict",
)
def get_claims(request: HttpRequest, article_id: int):
    """Every claim of the article not rejected, in text order; ``verdict`` is the editors'
    (the claim's own, else its group's), null until one is written; ``approved`` once a
    second editor signed it off."""
    _require(request, "factcheck.view_claim")
    article = get_object_or_404(Article.objects.only("pk"), pk=article_id)
    claims = Claim.objects.filter(article=article).live().for_review()
    return [_claim_out(claim) for claim in claims]


def _claim_out(claim: Claim) -> ClaimOut:
    review = claim.effective_review
    return ClaimOut(
        id=claim.pk, text=claim.text, sentence=claim.sentence, claim_type=claim.claim_type,
        value=claim.value, unit=claim.unit, qualifier=claim.qualifier, subject=claim.subject,
        speaker=claim.speaker, election=claim.election.slug if claim.election_id else None,
        start=claim.start, end=claim.end, review_status=str(claim.status_label),
        suggestion=Suggestion(
            verdict=claim.suggested_verdict, explanation=claim.explanation,
            official_value=claim.official_value, official_source=claim.official_source,
            working=claim.working,
        ),
        verdict=None if review is None else VerdictOut(
            verdict=review.verdict, explanation=review.explanation,
            official_value=review.official_value, official_source=review.official_source,
            author=review.author.get_username(), approved=review.is_approved,
            approved_by=review.approved_by.get_username() if review.approved_by_id else None,
        ),
    )  # fmt: skip


@api.get(
    "/checks",
    auth=None,
    throttle=[PerAddress()],
    response={200: list[SeatChecks]},
    summary="Published checks (public, no token)",
)
def published_checks(request: HttpRequest, election: str, constituency: str = ""):
    """The latest published version of each seat of ``election`` (a slug, e.g. ge2024),
    or of the one ``constituency`` (its slug), with its checks as the seat's JSON export
    gives them (``PublishedCheck`` fields plus ``url``). Seats A to Z."""
    contests = Contest.objects.filter(election__slug=election).select_related(
        "constituency", "election"
    )
    if constituency:
        contests = contests.filter(constituency__slug=constituency)
    latest: dict[int, Publication] = {}
    for publication in Publication.objects.filter(contest__in=contests).select_related(
        "contest__constituency", "contest__election"
    ):
        kept = latest.get(publication.contest_id)
        if kept is None or publication.version > kept.version:
            latest[publication.contest_id] = publication
    seats = []
    for publication in sorted(latest.values(), key=lambda p: p.contest.constituency.name):
        contest = publication.contest
        page = request.build_absolute_uri(contest.get_absolute_url())
        seats.append(SeatChecks(
            election=contest.election.slug, constituency=contest.constituency.slug,
            name=contest.constituency.name, version=publication.version,
            published_at=publication.published_at, url=page,
            checks=[{**c.to_export(), "url": f"{page}#claim-{c.id}"}
                    for c in read_checks(publication.checks)],
        ))  # fmt: skip
    return seats
