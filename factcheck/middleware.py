"""Requests too large for Django to read get a page that says the limit."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .ingest import MAX_BODY_BYTES


def _mb(size: int) -> str:
    """Bytes as people read a limit: 2,621,440 is 2.5 MB (binary), 1,000,000 is 1 MB."""
    if size * 2 % 1_048_576 == 0:
        return f"{size / 1_048_576:g} MB"
    return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"


def limit_message(request: HttpRequest, exc: Exception) -> str:
    """What was sent, and the limit it broke, in the words the page shows."""
    if isinstance(exc, TooManyFilesSent):
        most = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        return (
            f"Too many files at once: at most {most:,} files can be uploaded together. "
            f"Upload them in batches of {most:,} or fewer."
        )
    if isinstance(exc, TooManyFieldsSent):
        return (
            f"The form sent more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} fields, "
            "more than Tally reads at once."
        )
    try:
        sent = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        sent = 0
    size = f"What was sent is {_mb(sent)}; " if sent else ""
    return (
        f"{size}Tally reads at most {_mb(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)} of typed or "
        f"pasted text at once, and an article can be at most {_mb(MAX_BODY_BYTES)}. "
        "Split the text into separate articles, or upload it as .txt files "
        f"(each up to {_mb(MAX_BODY_BYTES)})."
    )


class RequestLimitsMiddleware:
    """Reads a POST's form data before any view does (CSRF's check would be first) and
    answers one Django refuses to read (``RequestDataTooBig``, ``TooManyFilesSent``,
    ``TooManyFieldsSent``) with ``400.html`` naming the limit, instead of a bare
    "Bad Request (400)". Nothing is saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - reading it is the check
                request.FILES  # noqa: B018
            except (RequestDataTooBig, TooManyFilesSent, TooManyFieldsSent) as exc:
                context = {"limit_message": limit_message(request, exc)}
                return render(request, "400.html", context, status=400)
        return self.get_response(request)
