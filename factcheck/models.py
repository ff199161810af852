"""Articles, the claims found in them, and the checks made of those claims."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections, models, transaction
from django.db.models.functions import Left
from django.urls import reverse
from simple_history.models import HistoricalRecords

from . import progress
from .vocabulary import (
    ELECTION_NOT_LOADED,
    SUGGESTION_CHOICES,
    ClaimOrigin,
    ClaimStatus,
    ClaimType,
    Qualifier,
    ReviewStatus,
    SubjectKind,
    Unit,
    Verdict,
    election_name,
)

# The queue's order (``ArticleQuerySet.attention_first``), every key descending.
ATTENTION_KEYS = (
    "revised", "flagged", ReviewStatus.TO_REVIEW.value, ReviewStatus.AWAITING_SIGN_OFF.value,
    "added_at", "pk",
)  # fmt: skip
# Full-text search on PostgreSQL (``ArticleQuerySet.search``): the text past this many
# characters is not indexed, so that no article's words can outgrow a tsvector (1 MB;
# a 1 MB body of distinct numbers would, and its insert would fail).
SEARCHED_CHARS = 100_000
SEARCH_CONFIG = "english"


def search_document() -> SearchVector:
    """What full-text search reads of an article: title, outlet and the start of its
    text, as the index ``article_search`` holds it (the two must stay the same)."""
    return SearchVector("title", "outlet", Left("body", SEARCHED_CHARS), config=SEARCH_CONFIG)


def attention_key(article) -> tuple:
    """An article's ``ATTENTION_KEYS`` values, as ``with_review_counts()`` annotated them."""
    return tuple(getattr(article, key) for key in ATTENTION_KEYS)


def _beyond(keys: tuple, values: tuple, op: str) -> models.Q:
    """Rows whose ``keys`` come after ``values`` in lexicographic order: ``op`` "lt" for
    a descending order, "gt" for ascending."""
    condition, equal = None, models.Q()
    for key, value in zip(keys, values, strict=True):
        step = equal & models.Q(**{f"{key}__{op}": value})
        condition = step if condition is None else condition | step
        equal &= models.Q(**{key: value})
    return condition


def text_fingerprint(body: str) -> str:
    """A hash of the text with white space folded, so a re-paste is recognised."""
    folded = " ".join(body.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    """The reads the desk's queue makes: search, filters, counts by review status, order."""

    def search(self, query: str) -> ArticleQuerySet:
        """Articles matching ``query``; all if blank.

        On PostgreSQL, full-text search (English stemming: "holds" finds "held"; the
        words of ``query`` as a web search engine reads them: quotes, ``or``, ``-word``)
        of the title, outlet and the first ``SEARCHED_CHARS`` characters of the text,
        through the index ``article_search`` (migration 0015). Elsewhere (SQLite) the
        title, outlet or text contains ``query``, in any case.
        """
        query = query.strip()
        if not query:
            return self
        if connections[self.db].vendor == "postgresql":
            return self.alias(search_document=search_document()).filter(
                search_document=SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
            )
        return self.filter(
            models.Q(title__icontains=query)
            | models.Q(outlet__icontains=query)
            | models.Q(body__icontains=query)
        )

    def with_claims_like(
        self, *, claim_type: str = "", suggested_verdict: str = ""
    ) -> ArticleQuerySet:
        """Articles with a claim of this type and/or this suggested verdict (blank: any).

        The claim filter also narrows the counts of a later ``with_review_counts()``
        to the matching claims.
        """
        claims = models.Q()
        if claim_type:
            claims &= models.Q(claims__claim_type=claim_type)
        if suggested_verdict:
            claims &= models.Q(claims__suggested_verdict=suggested_verdict)
        return self.filter(claims).distinct() if claims else self

    def with_review_counts(self, *, stored: bool = False) -> ArticleQuerySet:
        """Annotate claim counts: ``total``, one per ``ReviewStatus`` named by its value
        (``to_review``, ``awaiting_sign_off``, ``approved``, ``rejected``) and ``flagged``
        (to review, and the checker suggests it is inaccurate). One query, no subqueries.

        Every join it makes is one row per claim (a claim has at most one verdict of its
        own, a group at most one), so nothing is counted DISTINCT: at 200,000 claims that
        halved the query. On ``values("pk")`` it groups by the article alone.

        ``stored``: the same counts as ``factcheck.progress`` keeps them on each article
        (``Article.n_*``), read, not counted: what the queue orders and pages by, through
        the index ``article_attention``. Not with a claim filter (``with_claims_like``),
        whose counts are of the matching claims only.
        """
        if stored:
            return self.annotate(
                **{name: models.F(field) for name, field in progress.ARTICLE_COUNTS.items()}
            )
        condition = ClaimQuerySet.review_status_condition
        by_status = {
            status.value: models.Count("claims", filter=condition(status, prefix="claims__"))
            for status in ReviewStatus
        }
        flagged = condition(ReviewStatus.TO_REVIEW, prefix="claims__") & models.Q(
            claims__suggested_verdict=Verdict.INACCURATE
        )
        return self.annotate(
            total=models.Count("claims"),
            **by_status,
            flagged=models.Count("claims", filter=flagged),
            # checked verdicts whose official figures changed since (``Claim.revision_pending``)
            revised=models.Count("claims", filter=models.Q(claims__revision_pending=True)),
        )

    def in_review_status(self, status: ReviewStatus) -> ArticleQuerySet:
        """Articles with a claim in ``status``; for APPROVED, with every open claim approved.

        Needs ``with_review_counts()`` first.
        """
        counts = {f"{status.value}__gt": 0}
        if status == ReviewStatus.APPROVED:
            counts |= {ReviewStatus.TO_REVIEW.value: 0, ReviewStatus.AWAITING_SIGN_OFF.value: 0}
        return self.filter(**counts)

    def attention_first(
        self, *, after: tuple | None = None, before: tuple | None = None
    ) -> ArticleQuerySet:
        """Most in need of an editor first: verdicts whose official figures were revised,
        then flagged, then to review, then awaiting sign-off, then newest. Needs
        ``with_review_counts()`` first.

        Keyset paging: ``after`` is a row's ``ATTENTION_KEYS`` values (``attention_key``);
        only the rows that come after it are kept. ``before`` keeps the rows that come
        before it, nearest first (the order reversed: reverse the page read).
        """
        if after is not None and before is not None:
            raise ValueError("Give after or before, not both.")
        keys = ATTENTION_KEYS
        if after is not None:
            return self.filter(_beyond(keys, after, "lt")).order_by(*(f"-{k}" for k in keys))
        if before is not None:
            return self.filter(_beyond(keys, before, "gt")).order_by(*keys)
        return self.order_by(*(f"-{k}" for k in keys))

    def outlets(self) -> models.QuerySet:
        """The distinct outlet names, A to Z (blank outlets left out)."""
        return (
            self.exclude(outlet="").values_list("outlet", flat=True).distinct().order_by("outlet")
        )

    def pending_extraction(self) -> ArticleQuerySet:
        """Articles whose claims are not extracted yet and whose extraction has not failed."""
        return self.filter(extracted_at__isnull=True, extraction_error="")


class Article(models.Model):
    MAX_BODY_BYTES = 1_000_000

    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    # indexed on its own: the duplicate check looks an article up by URL, and the partial
    # unique index below cannot serve "url = ?" on SQLite (it does not know the URL is not '')
    url = models.URLField(max_length=1000, blank=True, db_index=True)
    published_on = models.DateField(null=True, blank=True)
    author = models.CharField(
        max_length=300, blank=True, help_text="The byline, as the page or the sender gave it."
    )
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
    seats_named = models.JSONField(
        null=True,
        blank=True,
        help_text="The seats its text names (contest keys 'election/seat'), in the order found "
        "at extraction: re-checks read these instead of the text (empty: not recorded).",
    )
    source_file = models.CharField(max_length=300, blank=True)
    extracted_at = models.DateTimeField(
        null=True, blank=True, help_text="When claims were last extracted (empty: pending)."
    )
    extraction_error = models.TextField(
        blank=True,
        help_text="Why claims could not be extracted, shown on the article (empty: no failure).",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    # Its claims counted by review status, kept by ``factcheck.progress`` wherever claims
    # and verdicts are written: the desk's queue orders and pages every article by them
    # through one index (``article_attention``) instead of counting 200,000 claims a page.
    n_total = models.PositiveIntegerField(default=0, editable=False)
    n_to_review = models.PositiveIntegerField(default=0, editable=False)
    n_awaiting_sign_off = models.PositiveIntegerField(default=0, editable=False)
    n_approved = models.PositiveIntegerField(default=0, editable=False)
    n_rejected = models.PositiveIntegerField(default=0, editable=False)
    n_flagged = models.PositiveIntegerField(default=0, editable=False)
    n_revised = models.PositiveIntegerField(default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-added_at", "-pk"]
        indexes = [
            # the queue's order, most in need of attention first (``ATTENTION_KEYS``)
            models.Index(
                fields=[
                    "-n_revised",
                    "-n_flagged",
                    "-n_to_review",
                    "-n_awaiting_sign_off",
                    "-added_at",
                    "-id",
                ],
                name="article_attention",
            )  # fmt: skip
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~models.Q(url=""), name="one_article_per_url"
            )
        ]
        # The desk's search on PostgreSQL (``ArticleQuerySet.search``) has the GIN index
        # ``article_search`` of ``search_document()``, made by migration 0015 on PostgreSQL
        # only (it is not listed here: SQLite has no GIN indexes).

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Browsers turn CRLF into LF; stored offsets must match what they show.
        self.body = self.body.replace("\r\n", "\n").replace("\r", "\n")
        self.fingerprint = text_fingerprint(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("admin:factcheck_article_change", args=[self.pk])

    @property
    def extraction_pending(self) -> bool:
        """Claims not yet extracted and no failure recorded: a task is (or will be) at work."""
        return self.extracted_at is None and not self.extraction_error

    @property
    def extraction_failed(self) -> bool:
        """The last extraction failed (``extraction_error`` says why) and none has succeeded."""
        return self.extracted_at is None and bool(self.extraction_error)


class WorkerLease(models.Model):
    """A background worker's claim to be alive, renewed by its heartbeat.

    A task is RUNNING under the worker that claimed it last; once that worker's
    lease has expired (killed, out of memory, machine lost) another worker puts
    the task back in the queue (``factcheck.tasks.sweep``).
    """

    worker_id = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.worker_id} until {self.expires_at:%H:%M:%S}"


class ClaimGroupQuerySet(models.QuerySet):
    def in_several_articles(self) -> ClaimGroupQuerySet:
        """Groups whose open claims appear in more than one article, in most articles first
        (then by type, then oldest group first).

        Annotates ``articles``: how many articles carry the group's open claims.
        """
        # stored on each group by ``factcheck.progress`` and read through the index
        # ``group_articles_first`` (counting them was 30–120 ms at 200,000 claims)
        return (
            self.filter(n_articles__gt=1)
            .annotate(articles=models.F("n_articles"))
            .order_by("-n_articles", "claim_type", "pk")
        )

    def with_newest_articles(self, count: int) -> ClaimGroupQuerySet:
        """Annotate, for ``i`` from 1 to ``count``, the ``i``-th newest article (highest
        pk) carrying the group's open claims: ``article_<i>`` (its pk, None past the
        last), ``title_<i>`` and ``claim_<i>`` (its first open claim of the group). In the
        same query, each by an index seek (``claim_group_articles``): a group carried by
        10,000 articles costs what one carried by two costs."""
        open_claims = Claim.objects.filter(group_id=models.OuterRef("pk"), status=ClaimStatus.OPEN)
        groups = self
        for i in range(1, count + 1):
            newer = {} if i == 1 else {"article_id__lt": models.OuterRef(f"article_{i - 1}")}
            groups = groups.annotate(**{
                f"article_{i}": models.Subquery(
                    open_claims.filter(**newer).order_by("-article_id").values("article_id")[:1]
                )
            })  # fmt: skip
        for i in range(1, count + 1):
            article = models.OuterRef(f"article_{i}")
            groups = groups.annotate(**{
                f"title_{i}": models.Subquery(Article.objects.filter(pk=article).values("title")),
                f"claim_{i}": models.Subquery(
                    open_claims.filter(article_id=article).order_by("pk").values("pk")[:1]
                ),
            })  # fmt: skip
        return groups


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

    # How many articles carry its open claims, kept by ``factcheck.progress``: the desk's
    # "claims made in several articles" reads it through one index.
    n_articles = models.PositiveIntegerField(default=0, editable=False)

    objects = ClaimGroupQuerySet.as_manager()

    class Meta:
        ordering = ["claim_type", "subject", "value"]
        indexes = [
            models.Index(fields=["-n_articles", "claim_type", "id"], name="group_articles_first")
        ]

    def __str__(self) -> str:
        about = f" ({self.subject})" if self.subject else ""
        return f"{self.get_claim_type_display()}{about}: {self.value.normalize():f}"


class ClaimQuerySet(models.QuerySet):
    def for_review(self) -> ClaimQuerySet:
        """Claims in text order with what the desk shows beside them, in one query; the
        article comes without its body (up to 1 MB), which is not copied into every row."""
        return self.select_related(
            "article", "election", "group", "group__review", "review",
            "group__review__author", "group__review__approved_by",
            "review__author", "review__approved_by", "reading_chosen_by",
        ).defer("article__body").order_by("start", "pk")  # fmt: skip

    def live(self) -> ClaimQuerySet:
        """Claims not rejected as false extractions."""
        return self.exclude(status=Claim.Status.REJECTED)

    def in_review_status(self, status: ReviewStatus) -> ClaimQuerySet:
        """Claims whose ``status_label`` is ``status``, decided in SQL."""
        return self.filter(self.review_status_condition(status))

    @classmethod
    def review_status_condition(cls, status: ReviewStatus, *, prefix: str = "") -> models.Q:
        """The SQL condition for claims whose ``status_label`` is ``status``.

        Derived from ``Claim.review_status_for()``, the one statement of the
        rule: each fact it reads is written once here as SQL, and the
        condition is the rule's branches that end in ``status``. ``prefix``
        reaches the claims through a relation (``"claims__"`` from Article).
        """
        own = models.Q(**{f"{prefix}review__isnull": False})
        facts = [
            ("rejected", models.Q(**{f"{prefix}status": ClaimStatus.REJECTED})),
            ("reviewed", own | models.Q(**{f"{prefix}group__review__isnull": False})),
            (
                "approved",
                (own & models.Q(**{f"{prefix}review__approved_by__isnull": False}))
                | (
                    models.Q(**{f"{prefix}review__isnull": True})
                    & models.Q(**{f"{prefix}group__review__approved_by__isnull": False})
                ),
            ),
        ]
        condition = cls._rule_branches(status, facts, {})
        return condition if condition is not None else models.Q(pk__in=[])

    @classmethod
    def _rule_branches(cls, status, facts, known: dict) -> models.Q | None:
        """Q for "the rule gives ``status``" given the facts ``known`` so far; None: never."""

        def outcomes(known: dict) -> set:
            if len(known) == len(facts):
                return {Claim.review_status_for(**known)}
            name = facts[len(known)][0]
            return outcomes({**known, name: False}) | outcomes({**known, name: True})

        found = outcomes(known)
        if status not in found:
            return None
        if found == {status}:
            return models.Q()
        name, fact = facts[len(known)]
        branches = []
        if (when_true := cls._rule_branches(status, facts, {**known, name: True})) is not None:
            branches.append(fact & when_true)
        if (when_false := cls._rule_branches(status, facts, {**known, name: False})) is not None:
            branches.append(~fact & when_false)
        return branches[0] if len(branches) == 1 else branches[0] | branches[1]


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
    history = HistoricalRecords(
        excluded_fields=[
            "sentence", "details", "created_at", "readings", "reading_chosen_at",
            "evidence_hash", "evidence_changed_at", "evidence_change", "revision_pending",
            "recheck_requested_at",
        ]
    )  # fmt: skip
    # The matcher's suggestion: what the editor starts from (a verdict, or "awaiting
    # declaration" while the seat it is about has not declared).
    suggested_verdict = models.CharField(max_length=30, choices=SUGGESTION_CHOICES, blank=True)
    official_value = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)
    official_source = models.CharField(max_length=300, blank=True)
    explanation = models.TextField(blank=True)
    working = models.TextField(blank=True, help_text="The arithmetic, for readers to repeat.")
    # Every reading of the figure the checker weighed (``factcheck.checking.readings``),
    # best first, each with its official value; and who chose the one the claim now has.
    readings = models.JSONField(
        default=list, blank=True, help_text="The readings weighed, with their official values."
    )
    reading_chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reading_chosen_at = models.DateTimeField(null=True, blank=True)
    # The evidence: the official figures the suggestion used are ``official_value`` and
    # ``official_source`` (with ``working``); ``evidence_hash`` is their hash
    # (``checking.evidence_hash``) and ``evidence`` (``ClaimEvidence``) the seats they
    # came from. A re-check (``factcheck.rechecks``) that finds the hash changed records
    # when and what changed, and takes back the sign-off.
    evidence_hash = models.CharField(max_length=64, blank=True)
    evidence_changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When a re-check last found its official figures changed."
    )
    evidence_change = models.CharField(
        max_length=300, blank=True, help_text='What changed: "official figure revised: 1 → 2".'
    )
    revision_pending = models.BooleanField(
        default=False,
        help_text="Its verdict was written against figures revised since: back on the desk "
        "until a verdict applying to it is signed off again.",
    )
    recheck_requested_at = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Its official figures changed and a re-check is queued (empty: none).",
    )

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
        indexes = [
            # What the desk's queue counts of each article's claims
            # (``ArticleQuerySet.with_review_counts``), read from the index alone: at
            # 200,000 claims 89 ms on PostgreSQL against 224 ms from the table.
            models.Index(
                fields=[
                    "article",
                    "status",
                    "revision_pending",
                    "suggested_verdict",
                    "group",
                    "id",
                ],
                name="claim_queue_counts",
            ),
            # The articles carrying each group (``ClaimGroupQuerySet.in_several_articles``).
            models.Index(fields=["group", "status", "article", "id"], name="claim_group_articles"),
        ]

    # What a published check shows of its claim (``publishing.approved_checks``), as the
    # history names it: changing any of them withdraws the sign-off of the verdicts that
    # applied to the claim (``save``).
    PUBLISHED_FIELDS = {
        "start": "span", "end": "span", "text": "figure as written",
        "sentence": "quoted sentence", "value": "value", "unit": "unit",
        "claim_type": "type", "subject": "subject", "subject_kind": "subject",
        "election_id": "election", "qualifier": "qualifier", "speaker": "speaker",
        "details": "reading", "official_value": "official figure",
        "official_source": "official source", "explanation": "explanation",
        "working": "working",
    }  # fmt: skip

    def __str__(self) -> str:
        return f"{self.text} ({self.get_claim_type_display()})"

    def save(self, *args, **kwargs) -> None:
        """Save; if what a published check shows of the claim changed (``PUBLISHED_FIELDS``),
        withdraw the sign-off of its own verdict and of its group's, before and after the
        save (``Review.withdraw_sign_off``), whatever made the change: the desk, the admin
        or code. ``QuerySet.update()`` bypasses this, as it bypasses every ``save()``."""
        before = None
        if self.pk is not None and not self._state.adding:
            self._keep_first_state()
            fields = list(self.PUBLISHED_FIELDS)
            if kwargs.get("update_fields") is not None:
                names = set(kwargs["update_fields"])
                fields = [f for f in fields if f in names or f.removesuffix("_id") in names]
            before = (
                Claim.objects.filter(pk=self.pk).values(*fields, "group_id").first()
                if fields
                else None
            )
        with transaction.atomic():
            super().save(*args, **kwargs)
            evidence = self.__dict__.pop("_evidence", None)
            if evidence is not None:
                ClaimEvidence.replace({self.pk: evidence})
            if not self.__dict__.pop("_counted_by_caller", False):
                # its status, group, suggestion or revision mark may have changed
                progress.articles_changed([self.article_id])
                old_group = before["group_id"] if before else self.group_id
                progress.recount_groups({old_group, self.group_id})
            if before is None:
                return
            changed = [
                label
                for field, label in self.PUBLISHED_FIELDS.items()
                if field in before and before[field] != getattr(self, field)
            ]
            if not changed:
                return
            reason = f"Sign-off withdrawn: the claim's {_listed(changed)} changed."
            groups = {g for g in (before["group_id"], self.group_id) if g is not None}
            for review in Review.objects.filter(
                models.Q(claim_id=self.pk) | models.Q(group_id__in=groups),
                approved_by__isnull=False,
            ).order_by("pk"):  # one order of row locks, whoever saves
                review.withdraw_sign_off(reason=reason)

    def _keep_first_state(self) -> None:
        """Before a claim's first change, record it as it was stored as its first history
        row, by "system" at its ``created_at``: extraction writes claims without history
        (``claims.store_claims``), so what the extractor first said is kept only once
        something changes it. One query when the row is there already."""
        if self.history.exists():
            return
        stored = Claim.objects.filter(pk=self.pk).first()
        if stored is not None:
            stored._history_user = None  # the extractor, not whoever changes it now
            Claim.history.bulk_history_create([stored], default_date=stored.created_at)

    def set_evidence(self, keys) -> None:
        """Record where its suggestion's figures come from, written by the next ``save()``:
        ``keys`` are ``(election slug, contest id or 0)`` pairs (``Suggestion.evidence``)."""
        self._evidence = [tuple(key) for key in keys]

    @property
    def under_review_since(self):
        """When its official figures changed without a new check being published: a re-check
        queued (``recheck_requested_at``) or its evidence changed (``evidence_changed_at``);
        None otherwise. Whether a *published* check is under review also depends on when it
        was published (``factcheck.views.public``)."""
        return self.recheck_requested_at or self.evidence_changed_at

    @property
    def effective_review(self) -> Review | None:
        """This article's own verdict if an editor overrode it, else the group's."""
        own = getattr(self, "review", None)
        if own is not None:
            return own
        return getattr(self.group, "review", None) if self.group_id else None

    @staticmethod
    def review_status_for(*, rejected: bool, reviewed: bool, approved: bool) -> ReviewStatus:
        """Where a claim is in review, from three facts: the one statement of the rule.

        ``rejected``: an editor rejected it as not a claim; ``reviewed``: a
        verdict applies to it (its own or its group's); ``approved``: a second
        editor signed that verdict off. ``status_label`` applies it to one
        claim, ``ClaimQuerySet.review_status_condition()`` turns it into SQL.
        """
        if rejected:
            return ReviewStatus.REJECTED
        if not reviewed:
            return ReviewStatus.TO_REVIEW
        return ReviewStatus.APPROVED if approved else ReviewStatus.AWAITING_SIGN_OFF

    @property
    def status_label(self) -> ReviewStatus:
        review = self.effective_review
        return self.review_status_for(
            rejected=self.is_rejected,
            reviewed=review is not None,
            approved=review is not None and review.is_approved,
        )

    @property
    def is_rejected(self) -> bool:
        """An editor rejected it as a false extraction (not a claim)."""
        return self.status == ClaimStatus.REJECTED

    @property
    def election_label(self) -> str:
        """The election the claim is about, as the desk shows it: its row's name, or for an
        election no row holds ("ge2017", a by-election, kept in ``details``) "2017 (no
        official data loaded)"; "" when it names none."""
        if self.election_id:
            return self.election.name
        slug = (self.details or {}).get(ELECTION_NOT_LOADED)
        return f"{election_name(slug)} (no official data loaded)" if slug else ""

    @property
    def added_by_editor(self) -> bool:
        """An editor added it by hand (the extractor missed it)."""
        return self.origin == ClaimOrigin.EDITOR

    @property
    def applied_official_value(self) -> Decimal | None:
        """The official figure the claim is checked against: the verdict's, if an editor
        set one, else the checker's suggestion (None: no figure applies)."""
        review = self.effective_review
        if review is not None and review.official_value is not None:
            return review.official_value
        return self.official_value

    @property
    def applied_official_source(self) -> str:
        """Where ``applied_official_value`` comes from: the verdict's source, if an editor
        gave one, else the suggestion's ("" if none)."""
        review = self.effective_review
        if review is not None and review.official_source:
            return review.official_source
        return self.official_source

    @property
    def public_explanation(self) -> str:
        """What readers are told: the verdict's explanation, else the suggestion's."""
        review = self.effective_review
        if review is not None and review.explanation:
            return review.explanation
        return self.explanation


class ClaimEvidence(models.Model):
    """Where the official figures a claim's suggestion used come from: one row per seat.

    ``contest_pk`` is a ``results.Contest`` id (a seat's result, or the seat the claim
    awaits), or empty for figures summed over every seat of ``election`` (UK, nation,
    region). A change to one seat finds the claims that used it through the index here,
    without checking the others (``factcheck.rechecks``).
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    election = models.CharField(max_length=40)
    contest_pk = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["contest_pk"], name="evidence_by_contest"),
            models.Index(fields=["election", "contest_pk"], name="evidence_by_election"),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id}: {self.election}/{self.contest_pk or 'all seats'}"

    @classmethod
    def replace(cls, keys_by_claim: dict[int, list[tuple[str, int]]]) -> None:
        """Make each claim's rows ``keys_by_claim[claim id]``, ``(election, contest id or 0)``
        pairs. Two queries however many claims."""
        if not keys_by_claim:
            return
        cls.objects.filter(claim_id__in=list(keys_by_claim)).delete()
        cls.add(keys_by_claim)

    @classmethod
    def add(cls, keys_by_claim: dict[int, list[tuple[str, int]]]) -> None:
        """Give claims that have none their rows, as ``replace`` does: one query per
        1,000 rows."""
        cls.objects.bulk_create(
            [
                cls(claim_id=claim_id, election=election, contest_pk=contest or None)
                for claim_id, keys in keys_by_claim.items()
                for election, contest in dict.fromkeys(tuple(k) for k in keys)
            ],
            batch_size=1000,
        )


class SecondEditorSignOff:
    """What a verdict and a withdrawal share: one editor decides, a second editor, who may
    sign off verdicts (``factcheck.approve_review``), approves (``approved_by``). The model
    names who may not approve their own decision in ``decided_by_field``."""

    decided_by_field = "author_id"

    @property
    def is_approved(self) -> bool:
        return self.approved_by_id is not None

    def can_be_approved_by(self, user) -> bool:
        """Not approved yet, and ``user`` is a second editor allowed to sign off."""
        return (
            not self.is_approved
            and user.pk != getattr(self, self.decided_by_field)
            and user.has_perm("factcheck.approve_review")
        )


class Review(SecondEditorSignOff, models.Model):
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

    # What a published check shows of its verdict, as the history names it: changing any of
    # them withdraws the sign-off (``save``).
    PUBLISHED_FIELDS = {
        "verdict": "verdict", "explanation": "explanation",
        "official_value": "official figure", "official_source": "official source",
    }  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} ({'approved' if self.is_approved else 'draft'})"

    def save(self, *args, **kwargs) -> None:
        """Save; a signed-off verdict whose published fields (``PUBLISHED_FIELDS``) change is
        saved without its sign-off, with the reason in its history, whatever made the
        change: the desk, the admin or code. ``QuerySet.update()`` bypasses this."""
        if self.pk is not None and not self._state.adding and self.approved_by_id is not None:
            fields = list(self.PUBLISHED_FIELDS)
            if kwargs.get("update_fields") is not None:
                fields = [f for f in fields if f in set(kwargs["update_fields"])]
            before = Review.objects.filter(pk=self.pk).values(*fields).first() if fields else None
            changed = [
                label
                for field, label in self.PUBLISHED_FIELDS.items()
                if before is not None and field in before and before[field] != getattr(self, field)
            ]
            if changed:
                self.approved_by = None
                self.approved_at = None
                self._change_reason = f"Sign-off withdrawn: the {_listed(changed)} changed."
                if (update_fields := kwargs.get("update_fields")) is not None:
                    kwargs["update_fields"] = {*update_fields, "approved_by", "approved_at"}
        # what the desk counts of the claims it applies to is whether a verdict exists and
        # whether it is signed off: a new verdict, or a sign-off given or withdrawn
        recount = self._state.adding or self.approved_by_id != self.__dict__.get(
            "_loaded_approved_by", self.approved_by_id
        )
        try:
            with transaction.atomic():
                super().save(*args, **kwargs)
                if recount:
                    progress.verdict_changed(group_id=self.group_id, claim_id=self.claim_id)
            self._loaded_approved_by = self.approved_by_id
        finally:
            self.__dict__.pop("_change_reason", None)

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        review = super().from_db(db, field_names, values, **kwargs)
        # as loaded: ``save`` recounts the desk's counts only when this changes
        review._loaded_approved_by = review.__dict__.get("approved_by_id")
        return review

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            deleted = super().delete(*args, **kwargs)
            progress.verdict_changed(group_id=self.group_id, claim_id=self.claim_id)
        return deleted

    def withdraw_sign_off(self, *, reason: str) -> bool:
        """Take back the verdict's sign-off (it awaits a second editor again), recording
        ``reason`` in its history, and bump its version so that forms showing the sign-off
        are stale. Touches nothing else, so it cannot overwrite a concurrent save. Returns
        False if it was not signed off (any more)."""
        withdrawn = Review.objects.filter(pk=self.pk, approved_by__isnull=False).update(
            approved_by=None, approved_at=None, version=models.F("version") + 1
        )
        self.refresh_from_db()
        if withdrawn:
            self._change_reason = reason
            self.save(update_fields=["updated_at"])  # history records it (update() does not)
        return bool(withdrawn)


def _listed(labels: list[str]) -> str:
    """ "span, value and explanation": each label once, in order."""
    unique = list(dict.fromkeys(labels))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


class PublicationQuerySet(models.QuerySet):
    def latest_for(self, contest) -> Publication | None:
        return self.filter(contest=contest).order_by("-version").first()

    def national(self, election) -> PublicationQuerySet:
        """The versions of ``election``'s national page (``/results/<election>/``)."""
        return self.filter(contest__isnull=True, election=election)

    def latest_national(self, election) -> Publication | None:
        return self.national(election).order_by("-version").first()


class Publication(models.Model):
    """One published version of a contest's verification page.

    The checks are frozen in ``checks`` exactly as published, so that every
    earlier version stays readable as it was, whatever happens to the claims
    and verdicts afterwards. Only approved checks are ever written here.
    """

    contest = models.ForeignKey(
        "results.Contest",
        on_delete=models.PROTECT,
        related_name="publications",
        null=True,
        blank=True,
        help_text="The seat whose page this is; empty for an election's national page.",
    )
    election = models.ForeignKey(
        "results.Election",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text="The election whose national page this is (empty for a seat's page).",
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
            models.UniqueConstraint(
                fields=["contest", "version"],
                condition=models.Q(contest__isnull=False),
                name="one_version_number",
            ),
            models.UniqueConstraint(
                fields=["election", "version"],
                condition=models.Q(contest__isnull=True),
                name="one_national_version_number",
            ),
            models.CheckConstraint(
                condition=models.Q(contest__isnull=False, election__isnull=True)
                | models.Q(contest__isnull=True, election__isnull=False),
                name="publication_of_a_seat_or_an_election",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contest or self.election} v{self.version}"

    def get_absolute_url(self) -> str:
        if self.is_national:
            return reverse(
                "verification:election_version",
                kwargs={"election": self.election.slug, "version": self.version},
            )
        return reverse(
            "verification:contest_version",
            kwargs={
                "election": self.contest.election.slug,
                "constituency": self.contest.constituency.slug,
                "version": self.version,
            },
        )

    @property
    def is_national(self) -> bool:
        """The election's national page, not a seat's."""
        return self.contest_id is None

    @property
    def page_election(self):
        """The election the page belongs to (the seat's, or the national page's)."""
        return self.election if self.is_national else self.contest.election

    def page_url(self) -> str:
        """The path of the current page this version belongs to (the seat's or the nation's)."""
        if self.is_national:
            return reverse("verification:election", kwargs={"election": self.election.slug})
        return self.contest.get_absolute_url()


class CorrectionKind(models.TextChoices):
    CHANGED = "changed", "Changed"
    REVISED = "revised", "Official figure revised"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Correction(models.Model):
    """A public corrections-log entry: one published check that changed or was withdrawn,
    with its own reason. ``quote`` names the check as readers saw it (its summary)."""

    Kind = CorrectionKind

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="corrections"
    )
    check_id = models.PositiveIntegerField(help_text="The check's anchor id (claim-<id>).")
    quote = models.CharField(max_length=200)
    what_changed = models.CharField(max_length=500)
    reason = models.CharField(max_length=500)
    kind = models.CharField(max_length=10, choices=CorrectionKind, default=CorrectionKind.CHANGED)

    class Meta:
        ordering = ["-publication__published_at", "pk"]

    def __str__(self) -> str:
        return self.what_changed

    def get_absolute_url(self) -> str:
        """The check as corrected (its anchor on the page), or for a withdrawn check the
        last version that showed it."""
        publication = self.publication
        if self.kind == CorrectionKind.WITHDRAWN and publication.version > 1:
            page = reverse(
                "verification:election_version" if publication.is_national
                else "verification:contest_version",
                kwargs=_version_kwargs(publication, publication.version - 1),
            )  # fmt: skip
        else:
            page = publication.page_url()
        return f"{page}#claim-{self.check_id}"


def _version_kwargs(publication: Publication, version: int) -> dict:
    if publication.is_national:
        return {"election": publication.election.slug, "version": version}
    return {
        "election": publication.contest.election.slug,
        "constituency": publication.contest.constituency.slug,
        "version": version,
    }


class Withdrawal(SecondEditorSignOff, models.Model):
    """Taking a published check off its page, which needs two editors like any verdict: one
    asks (with the reason readers will see), a second, not the first, approves; the next
    publish of the page then withdraws it and logs the correction (``publication``)."""

    decided_by_field = "requested_by_id"

    contest = models.ForeignKey(
        "results.Contest", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    election = models.ForeignKey(
        "results.Election", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    check_id = models.PositiveIntegerField(help_text="The published check's anchor id.")
    reason = models.CharField(max_length=500, help_text="Public: shown in the corrections log.")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    publication = models.ForeignKey(
        Publication,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The version that withdrew it (empty: still to be published).",
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(approved_by__isnull=True)
                | ~models.Q(approved_by=models.F("requested_by")),
                name="withdrawal_approved_by_a_second_editor",
                violation_error_message="A withdrawal must be approved by a second editor.",
            ),
        ]

    def __str__(self) -> str:
        return f"withdraw check {self.check_id} ({'approved' if self.approved_by_id else 'asked'})"


# -- coverage that comes in by itself: URLs, feeds, the API (issue 17) ---------------------


class FetchStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to be fetched"
    DONE = "done", "Fetched"
    FAILED = "failed", "Failed"


class FetchFailure(models.TextChoices):
    """Why a page did not become an article (``factcheck.sources.fetching.FetchError``)."""

    UNREACHABLE = "unreachable", "Unreachable"
    REFUSED = "refused", "Address not allowed"
    NOT_ARTICLE = "not_article", "Not an article"
    TOO_LARGE = "too_large", "Too large"
    PAYWALLED = "paywalled", "Paywalled: text missing"


class Fetch(models.Model):
    """An article URL to fetch: pasted on the desk, sent through the API, or a feed's item.

    A background task (``tasks.fetch_url_task``) fetches the page, extracts its text and
    metadata and adds the article (``factcheck.ingest``); the outcome stays here: the
    article made (or the one already held with the same text), or why it failed, with
    "Try again" on its desk page. One row per URL, so a URL is fetched once whoever
    sends it again, and a feed's next poll skips it.
    """

    url = models.URLField(max_length=1000, unique=True)
    status = models.CharField(max_length=10, choices=FetchStatus.choices, default="queued")
    failure = models.CharField(max_length=20, choices=FetchFailure.choices, blank=True)
    error = models.TextField(blank=True, help_text="Why it failed, as the desk shows it.")
    attempts = models.PositiveIntegerField(default=0)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="fetches"
    )
    duplicate = models.BooleanField(
        default=False, help_text="The page's text was already held: ``article`` is that one."
    )
    # What the sender said about the article; the page's own metadata fills the gaps.
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    feed = models.ForeignKey(
        "Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="fetches"
    )
    token = models.ForeignKey(
        "ApiToken", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["status", "-requested_at"], name="fetch_status")]

    def __str__(self) -> str:
        return self.url

    def get_absolute_url(self) -> str:
        return reverse("factcheck:fetch_detail", args=[self.pk])


class Feed(models.Model):
    """An RSS or Atom feed the worker polls (``factcheck.sources.feeds``): each new item's
    URL becomes a ``Fetch``. ``etag`` and ``last_modified`` make the next poll conditional."""

    url = models.URLField(max_length=1000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    outlet = models.CharField(
        max_length=200, blank=True, help_text="Given to its articles when their page names none."
    )
    paused = models.BooleanField(default=False)
    interval = models.PositiveIntegerField(
        default=300, help_text="Seconds between polls (at least 60)."
    )
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(
        max_length=200, blank=True, help_text="What the last poll found, in words."
    )
    last_error = models.TextField(blank=True, help_text="The last poll's failure (empty: none).")
    polls = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0, help_text="Polls that failed, in all.")
    items_seen = models.PositiveIntegerField(default=0, help_text="Items it has listed, in all.")
    items_taken = models.PositiveIntegerField(
        default=0, help_text="New item URLs queued for fetching, in all."
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]
        indexes = [models.Index(fields=["paused", "next_poll_at"], name="feed_due")]

    def __str__(self) -> str:
        return self.title or self.url


class ApiToken(models.Model):
    """One integration's key to the JSON API (``factcheck.api``), made by an admin.

    The token acts as ``user``: the API allows what the desk allows that account (an
    Editor's token submits articles). Only a hash of the key is stored; the key itself is
    shown once, when the token is made. A revoked token is refused from then on.
    """

    name = models.CharField(max_length=100, help_text="The integration: 'CMS', 'PA wire', …")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        help_text="The token has this account's permissions (an Editor's to submit articles).",
    )
    prefix = models.CharField(max_length=12, editable=False, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


# -- the desk at results-night pace (issue 15) ----------------------------------------------


class Assignment(models.Model):
    """Who is on an article, or on a seat (every article about it): one editor each.

    Exactly one of ``article`` and ``contest`` is set (a database constraint). An
    article's own assignment wins over its seat's (``factcheck.assignments``).
    """

    article = models.OneToOneField(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="assignment"
    )
    contest = models.OneToOneField(
        "results.Contest", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(article__isnull=False, contest__isnull=True)
                    | models.Q(article__isnull=True, contest__isnull=False)
                ),
                name="assignment_article_or_seat",
            )
        ]

    def __str__(self) -> str:
        target = self.article if self.article_id else self.contest
        return f"{target} → {self.assignee}"


class BatchStatus(models.TextChoices):
    AWAITING_AUDIT = "awaiting_audit", "Awaiting its sampled check"
    APPROVED = "approved", "Approved"
    RETURNED = "returned", "Returned to review"


class Batch(models.Model):
    """Suggestions accepted in one action (``factcheck.batches``), signed off by a second
    editor who checks a random sample of them: approved when every sampled claim is,
    returned to review (every verdict it wrote withdrawn) when one is rejected."""

    Status = BatchStatus

    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="batches"
    )
    description = models.CharField(max_length=300, help_text="What was accepted, as chosen.")
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    accepted_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=20, choices=BatchStatus.choices, default=BatchStatus.AWAITING_AUDIT
    )
    audited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    audited_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, help_text="Why it was returned, when it was.")

    class Meta:
        ordering = ["-accepted_at", "-pk"]
        verbose_name_plural = "batches"

    def __str__(self) -> str:
        return f"Batch {self.pk}: {self.description}"


class BatchClaim(models.Model):
    """One claim a batch accepted; ``sampled``: drawn for the second editor's check, with
    what they decided (``audit``: "approved" or "rejected", "" until then)."""

    batch = models.ForeignKey(Batch, on_delete=models.CASCADE, related_name="items")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="batch_items")
    sampled = models.BooleanField(default=False)
    audit = models.CharField(max_length=10, blank=True)
    # The verdict the batch wrote for the claim (its own, or its group's), and the claim's
    # state as the batch left it (``review.state_token``): the batch signs off or withdraws
    # only verdicts still as it wrote them.
    review = models.ForeignKey(
        Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.CharField(max_length=80, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["batch", "claim"], name="batch_claim_once"),
        ]
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"Batch {self.batch_id}: claim {self.claim_id}"


class ArticlePresence(models.Model):
    """An editor with an article open on the desk, as of their last heartbeat
    (``factcheck.presence``): who else has it open is who beat recently."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="one_presence_per_editor"),
        ]
        indexes = [models.Index(fields=["article", "seen_at"], name="presence_by_article")]

    def __str__(self) -> str:
        return f"{self.user} on {self.article_id} at {self.seen_at:%H:%M:%S}"
