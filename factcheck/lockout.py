"""The page a login locked out by django-axes gets: a styled 429 that says when the
lockout ends (settings: ``AXES_LOCKOUT_CALLABLE = "factcheck.lockout.lockout_response"``)."""

from __future__ import annotations

import datetime

from axes.helpers import get_client_ip_address, get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def lockout_ends(request: HttpRequest, credentials: dict | None = None) -> datetime.datetime | None:
    """When the lockout of this username from this address ends: its last failed attempt
    plus the cool-off (``AXES_COOLOFF_TIME``); None if lockouts never end by themselves.
    One query; with no attempt on record (a lockout by another rule), now plus the
    cool-off."""
    cool_off = get_cool_off(request)
    if not cool_off:
        return None
    username = get_client_username(request, credentials) or ""
    last = (
        AccessAttempt.objects.filter(username=username, ip_address=get_client_ip_address(request))
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    return (last or timezone.now()) + cool_off


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The 429 page ``templates/429.html``: locked out, until when, and what to do."""
    ends = lockout_ends(request, credentials)
    context = {
        "ends_at": timezone.localtime(ends) if ends else None,
        "minutes": max(1, round((ends - timezone.now()).total_seconds() / 60)) if ends else None,
        "username": get_client_username(request, credentials) or "",
    }
    return render(request, "429.html", context, status=429)
