"""Articles, the claims found in them, and the checks made of those claims."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse


def text_fingerprint(body: str) -> str:
    """A hash of the text with white space folded, so a re-paste is recognised."""
    folded = " ".join(body.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class Article(models.Model):
    MAX_BODY_BYTES = 1_000_000

    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    body = models.TextField()
    fingerprint = models.CharField(max_length=64, unique=True, editable=False)
    election = models.ForeignKey(
        "results.Election", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_file = models.CharField(max_length=300, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~models.Q(url=""), name="one_article_per_url"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.fingerprint = text_fingerprint(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("admin:factcheck_article_change", args=[self.pk])
