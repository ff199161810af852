"""An open article kept live (issue 15): polled by its page (``factcheck.live``), answered
204 when nothing changed, else with what changed, out of band."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .. import live, review
from ..models import Article, Claim
from .desk import _article_context, _panel_context

# Headers the page sends with each poll: the claim open in its panel, and that claim's
# state token as the panel shows it (``review.state_token``).
CLAIM_HEADER = "X-Tally-Claim"
CLAIM_TOKEN_HEADER = "X-Tally-Claim-Token"


def not_modified() -> HttpResponse:
    """204 No Content: htmx swaps nothing and the page keeps its stamp."""
    response = HttpResponse(status=204)
    response.headers["Cache-Control"] = "no-store"
    return response


@require_GET
@login_required
@permission_required("factcheck.view_claim", raise_exception=True)
def article_live(request: HttpRequest, pk: int) -> HttpResponse:
    """One poll of an open article (``live.article_live``): records the editor's heartbeat;
    204 when neither the article's claims nor who else has it open changed since the stamp
    the page sent (``live.SINCE_HEADER``); who has it open alone when only that changed;
    else the claim list, the text's marks, who has it open, and the claim panel when the
    claim open in it changed (``CLAIM_HEADER``, ``CLAIM_TOKEN_HEADER``), all out of band.
    Eight queries when nothing changed, four of them the session, the user and its
    permissions."""
    try:
        state = live.article_live(pk, request.user)
    except Article.DoesNotExist as exc:
        raise Http404("No such article.") from exc
    since = request.headers.get(live.SINCE_HEADER, "")
    if live.is_current(since, state["live_stamp"]):
        return not_modified()
    content_changed = since.split(".")[0] != state["live_stamp"].split(".")[0]
    if not content_changed:
        article = Article.objects.defer("body").get(pk=pk)
        return _render(request, "live-presence", {"article": article, **state})
    article = Article.objects.select_related("contest__constituency").get(pk=pk)
    context = _article_context(article) | state
    opened = _open_claim(request, context["claims"])
    if opened is not None:
        context |= _panel_context(opened)
    context["selected"] = opened or _selected(request, context["claims"])
    context["panel_changed"] = opened is not None
    return _render(request, "live-update", context)


def _selected(request: HttpRequest, claims: list[Claim]) -> Claim | None:
    """The claim open in the page's panel, among ``claims`` (None: none, or not of it)."""
    value = request.headers.get(CLAIM_HEADER, "")
    if not (value.isascii() and value.isdigit() and len(value) < 12):
        return None
    return next((c for c in claims if c.pk == int(value)), None)


def _open_claim(request: HttpRequest, claims: list[Claim]) -> Claim | None:
    """The claim open in the page's panel if it changed since the panel was rendered (its
    state token differs from the one the page sent), else None."""
    claim = _selected(request, claims)
    if claim is None:
        return None
    if review.state_token(claim) == request.headers.get(CLAIM_TOKEN_HEADER, ""):
        return None
    return claim


def _render(request: HttpRequest, partial: str, context: dict) -> HttpResponse:
    response = render(request, f"factcheck/desk/article.html#{partial}", context)
    response.headers["Cache-Control"] = "no-store"
    return response
