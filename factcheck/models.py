"""Articles, the claims found in them, and the checks made of those claims."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .vocabulary import (
    ClaimOrigin,
    ClaimStatus,
    ClaimType,
    Qualifier,
    ReviewStatus,
    SubjectKind,
    Unit,
    Verdict,
)


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
    contest = models.ForeignKey(
        "results.Contest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The seat the article is about, as inferred from what it names.",
    )
    source_file = models.CharField(max_length=300, blank=True)
    extracted_at = models.DateTimeField(
        null=True, blank=True, help_text="When claims were last extracted (empty: pending)."
    )
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
        # Browsers turn CRLF into LF; stored offsets must match what they show.
        self.body = self.body.replace("\r\n", "\n").replace("\r", "\n")
        self.fingerprint = text_fingerprint(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("admin:factcheck_article_change", args=[self.pk])


class ClaimGroup(models.Model):
    """The same claim made in several articles, so an editor decides it once.

    Two claims are the same when they say the same value, of the same kind,
    about the same subject and election, with the same qualifier.
    """

    key = models.CharField(max_length=500, unique=True)
    claim_type = models.CharField(max_length=30, choices=ClaimType.choices)
    subject = models.CharField(max_length=200, blank=True)
    election = models.ForeignKey(
        "results.Election", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    value = models.DecimalField(max_digits=20, decimal_places=6)
    unit = models.CharField(max_length=30, choices=Unit.choices)
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices)

    class Meta:
        ordering = ["claim_type", "subject", "value"]

    def __str__(self) -> str:
        about = f" ({self.subject})" if self.subject else ""
        return f"{self.get_claim_type_display()}{about}: {self.value.normalize():f}"


class ClaimQuerySet(models.QuerySet):
    def for_review(self) -> ClaimQuerySet:
        return self.select_related(
            "article", "election", "group", "group__review", "review",
            "group__review__author", "group__review__approved_by",
            "review__author", "review__approved_by",
        ).order_by("start", "pk")  # fmt: skip

    def live(self) -> ClaimQuerySet:
        """Claims not rejected as false extractions."""
        return self.exclude(status=Claim.Status.REJECTED)


class Claim(models.Model):
    """One check-worthy figure at its exact span in an article."""

    Origin = ClaimOrigin
    Status = ClaimStatus

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    group = models.ForeignKey(
        ClaimGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    start = models.PositiveIntegerField(help_text="Offset of the figure in the article text.")
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=200, help_text="The figure as written.")
    sentence = models.TextField()
    value = models.DecimalField(max_digits=20, decimal_places=6)
    unit = models.CharField(max_length=30, choices=Unit.choices)
    claim_type = models.CharField(max_length=30, choices=ClaimType.choices)
    subject = models.CharField(max_length=200, blank=True)
    subject_kind = models.CharField(max_length=20, choices=SubjectKind.choices, blank=True)
    subject_key = models.CharField(max_length=100, blank=True)
    election = models.ForeignKey(
        "results.Election", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    speaker = models.CharField(max_length=200, blank=True)
    details = models.JSONField(default=dict, blank=True, help_text="What else the extractor saw.")
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    # Bumped on every edit: a save that started from an older version is a
    # conflict, shown to the editor instead of overwriting a colleague's work.
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(excluded_fields=["sentence", "details", "created_at"])
    # The matcher's suggestion: what the editor starts from.
    suggested_verdict = models.CharField(max_length=30, choices=Verdict.choices, blank=True)
    official_value = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)
    official_source = models.CharField(max_length=300, blank=True)
    explanation = models.TextField(blank=True)
    working = models.TextField(blank=True, help_text="The arithmetic, for readers to repeat.")

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="claim_span_not_empty"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end", "claim_type"], name="one_claim_per_span_and_type"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text} ({self.get_claim_type_display()})"

    @property
    def effective_review(self) -> Review | None:
        """This article's own verdict if an editor overrode it, else the group's."""
        own = getattr(self, "review", None)
        if own is not None:
            return own
        return getattr(self.group, "review", None) if self.group_id else None

    @property
    def status_label(self) -> str:
        if self.status == ClaimStatus.REJECTED:
            return ReviewStatus.REJECTED
        review = self.effective_review
        if review is None:
            return ReviewStatus.TO_REVIEW
        return ReviewStatus.APPROVED if review.is_approved else ReviewStatus.AWAITING_SIGN_OFF


class Review(models.Model):
    """An editor's verdict on a claim group (every occurrence) or on one claim.

    A review on a single claim overrides its group's review for that article.
    It counts as approved only when a second editor, not its author, signs it
    off; any change to the verdict withdraws the sign-off.
    """

    group = models.OneToOneField(
        ClaimGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="review"
    )
    claim = models.OneToOneField(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="review"
    )
    verdict = models.CharField(max_length=30, choices=Verdict.choices)
    explanation = models.TextField(blank=True, help_text="Public: shown with the check.")
    note = models.TextField(blank=True, help_text="Internal: editors only.")
    official_value = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)
    official_source = models.CharField(max_length=300, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords()

    class Meta:
        permissions = [
            ("approve_review", "Can sign off a verdict written by another editor"),
            ("publish_contest", "Can publish a contest's approved checks"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(group__isnull=False, claim__isnull=True)
                    | models.Q(group__isnull=True, claim__isnull=False)
                ),
                name="review_of_a_group_or_a_claim",
            ),
            models.CheckConstraint(
                condition=models.Q(approved_by__isnull=True)
                | ~models.Q(approved_by=models.F("author")),
                name="approved_by_a_second_editor",
                violation_error_message=(
                    "A verdict must be approved by an editor other than its author."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} ({'approved' if self.is_approved else 'draft'})"

    @property
    def is_approved(self) -> bool:
        return self.approved_by_id is not None

    def can_be_approved_by(self, user) -> bool:
        return (
            not self.is_approved
            and user.pk != self.author_id
            and user.has_perm("factcheck.approve_review")
        )


class PublicationQuerySet(models.QuerySet):
    def latest_for(self, contest) -> Publication | None:
        return self.filter(contest=contest).order_by("-version").first()


class Publication(models.Model):
    """One published version of a contest's verification page.

    The checks are frozen in ``checks`` exactly as published, so that every
    earlier version stays readable as it was, whatever happens to the claims
    and verdicts afterwards. Only approved checks are ever written here.
    """

    contest = models.ForeignKey(
        "results.Contest", on_delete=models.PROTECT, related_name="publications"
    )
    version = models.PositiveIntegerField()
    checks = models.JSONField(default=list)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField()
    note = models.CharField(max_length=500, blank=True, help_text="Why this version was published.")
    is_demo = models.BooleanField(default=False, help_text="Made by `make run` for the demo.")

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["contest", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["contest", "version"], name="one_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.contest} v{self.version}"

    def get_absolute_url(self) -> str:
        return reverse(
            "results:contest_version",
            kwargs={
                "election": self.contest.election.slug,
                "constituency": self.contest.constituency.slug,
                "version": self.version,
            },
        )


class Correction(models.Model):
    """A public corrections-log entry: a published verdict that changed or was withdrawn."""

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="corrections"
    )
    check_id = models.PositiveIntegerField(help_text="The check's anchor id (claim-<id>).")
    quote = models.CharField(max_length=200)
    what_changed = models.CharField(max_length=500)
    reason = models.CharField(max_length=500)

    class Meta:
        ordering = ["-publication__published_at", "pk"]

    def __str__(self) -> str:
        return self.what_changed
