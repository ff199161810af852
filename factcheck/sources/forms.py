"""The desk's forms for article URLs and feeds."""

from __future__ import annotations

from django import forms
from django.conf import settings

from .feeds import MIN_INTERVAL
from .fetching import FetchError
from .urls import normalise_url

MAX_URLS = 200


class UrlsForm(forms.Form):
    urls = forms.CharField(
        label="Article URLs",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "https://…"}),
        help_text=f"One per line, up to {MAX_URLS}. Each page is fetched and its article's "
        "text, title, outlet, author and date are read; then its claims are checked.",
    )
    url_outlet = forms.CharField(
        max_length=200, required=False, label="Outlet",
        help_text="Optional: used when a page does not name its outlet.",
    )  # fmt: skip

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        if not lines:
            raise forms.ValidationError("Paste at least one URL.")
        if len(lines) > MAX_URLS:
            raise forms.ValidationError(f"{len(lines)} URLs: at most {MAX_URLS} at once.")
        cleaned, bad = [], []
        for line in lines:
            try:
                cleaned.append(normalise_url(line))
            except FetchError as exc:
                bad.append(exc.message)
        if bad:
            raise forms.ValidationError(bad)
        return cleaned


class FeedForm(forms.Form):
    url = forms.CharField(max_length=1000, label="Feed URL (RSS or Atom)")
    outlet = forms.CharField(
        max_length=200, required=False,
        help_text="Given to its articles when their page names none.",
    )  # fmt: skip
    interval = forms.IntegerField(
        min_value=1,
        required=False,
        label="Poll every (minutes)",
        help_text=f"Default {settings.FEED_POLL_INTERVAL // 60}; at least {MIN_INTERVAL // 60}.",
    )

    def clean_url(self) -> str:
        try:
            return normalise_url(self.cleaned_data["url"])
        except FetchError as exc:
            raise forms.ValidationError(exc.message) from None
