"""Official figures: elections, parties, seats, contests and reference facts.

Only raw figures are stored (votes, electorate, valid and invalid ballots).
Everything derived from them (majority, share, rank, turnout, change since
the previous election, terms won) is computed by the properties below and by
``results.figures``, so a correction to one number can never leave a second,
stale copy behind. See ``results/README.md`` for field meanings and rounding.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import cached_property

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from . import arithmetic
from .arithmetic import percent
from .results_text import spelled_result
from .signals import official_figures_changed
from .text import fold
from .vocabulary import Declaration, FactKind


def _with_search_name(kwargs: dict, *sources: str) -> dict:
    """``save()``'s kwargs with ``search_name`` added to ``update_fields`` when a source is."""
    fields = kwargs.get("update_fields")
    if fields is not None and any(f in fields for f in sources):
        kwargs["update_fields"] = {*fields, "search_name"}
    return kwargs


class Election(models.Model):
    slug = models.SlugField(
        unique=True,
        max_length=40,
        help_text="Short identifier used in URLs and imports, e.g. ge2024.",
    )
    name = models.CharField(max_length=200)
    date = models.DateField(help_text="Polling day.")
    previous = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_elections",
        help_text="The election that changes are measured from.",
    )
    is_notional = models.BooleanField(
        default=False,
        help_text=(
            "A notional result: an earlier election re-estimated on later boundaries, "
            "a baseline for change, never a result in its own right."
        ),
    )
    notional_baseline = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_notional": True},
        help_text="The notional previous result on this election's boundaries (BBC and PA basis).",
    )

    class Meta:
        ordering = ["-date"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("results:election", kwargs={"election": self.slug})


class Party(models.Model):
    abbreviation = models.CharField(
        max_length=20,
        unique=True,
        help_text="The Library's party abbreviation (Lab, Con, LD, RUK, Green, Ind…).",
    )
    name = models.CharField(max_length=200)
    colour = models.CharField(
        max_length=7,
        default="#8c8c8c",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a hex colour such as #d50000.")],
    )
    press_names = models.CharField(
        max_length=500,
        blank=True,
        help_text="Other names the press uses, comma-separated (Tories, Lib Dems, Greens…).",
    )
    is_independent = models.BooleanField(
        default=False, help_text="Stands for independent candidates, not a party."
    )
    search_name = models.CharField(
        default="",
        max_length=1500,
        editable=False,
        db_index=True,
        help_text="Name, abbreviation and press names folded for search (results.text.fold).",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_name = self.fold_names(self.name, self.abbreviation, self.press_names)[:1500]
        super().save(*args, **_with_search_name(kwargs, "name", "abbreviation", "press_names"))

    @staticmethod
    def fold_names(name: str, abbreviation: str, press_names: str) -> str:
        """What ``search_name`` holds: the folded names, one space apart."""
        return fold(f"{name} {abbreviation} {press_names}")

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.press_names.split(",") if n.strip())


class Constituency(models.Model):
    ons_code = models.CharField(
        "ONS code",
        max_length=9,
        unique=True,
        validators=[RegexValidator(r"^[EWSN]\d{8}$", "An ONS code looks like E14001305.")],
    )
    name = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        help_text="Used in URLs; a seat keeps its slug across boundary changes.",
    )
    region = models.CharField(max_length=100, blank=True)
    nation = models.CharField(max_length=50, blank=True)
    county = models.CharField(max_length=100, blank=True)
    constituency_type = models.CharField(max_length=20, blank=True, help_text="Borough or County.")
    predecessor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text="The seat on the old boundaries that this one follows.",
    )
    search_name = models.CharField(
        default="",
        max_length=400,
        editable=False,
        db_index=True,
        help_text="The name folded for search, without case, accents or punctuation.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "constituencies"
        indexes = [models.Index(fields=["slug"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.ons_code})"

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)
        self.search_name = fold(self.name)[:400]
        super().save(*args, **_with_search_name(kwargs, "name"))


_HAS_OFFICIAL_FIGURES = models.Q(status="official") | models.Q(official_figures__isnull=False)


class ContestQuerySet(models.QuerySet):
    def official(self) -> ContestQuerySet:
        """Contests whose stored rows are approved (``status`` official)."""
        return self.filter(status=Contest.Status.OFFICIAL)

    def declared(self) -> ContestQuerySet:
        """Contests with an official result to show: official, or official with a hand change
        awaiting approval (its last official figures, ``official_figures``, stay public)."""
        return self.filter(_HAS_OFFICIAL_FIGURES)

    def awaiting_declaration(self) -> ContestQuerySet:
        """Contests with no official result yet: awaiting declaration, or declared by hand and
        awaiting the second person's approval (``Declaration.AWAITING`` / ``DECLARED``).

        The complement of ``declared()``. ``Contest.objects.awaiting_declaration()
        .filter(election__slug="ge2024")`` is the seats a claim about ge2024 may wait for.
        """
        return self.exclude(_HAS_OFFICIAL_FIGURES)

    def pending_approval(self) -> ContestQuerySet:
        """Contests whose stored rows hold a hand entry awaiting a second person's approval."""
        return self.filter(status=Contest.Status.PENDING)

    def with_figures(self) -> ContestQuerySet:
        """Everything the result page and the matcher read, in two queries."""
        return self.select_related(
            "election", "election__previous", "constituency", "constituency__predecessor"
        ).prefetch_related(
            models.Prefetch(
                "candidacies",
                queryset=Candidacy.objects.select_related("party").order_by("-votes", "surname"),
            )
        )


class Contest(models.Model):
    """One seat's result at one election."""

    class Status(models.TextChoices):
        """What the stored rows are: approved, typed in and awaiting approval, or not yet in."""

        OFFICIAL = "official", "Official"
        PENDING = "pending", "Awaiting second approval"
        AWAITING = "awaiting", "Awaiting declaration"

    class Origin(models.TextChoices):
        IMPORT = "import", "House of Commons Library import"
        MANUAL = "manual", "Entered by hand"

    election = models.ForeignKey(Election, on_delete=models.PROTECT, related_name="contests")
    constituency = models.ForeignKey(
        Constituency, on_delete=models.PROTECT, related_name="contests"
    )
    electorate = models.PositiveIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Required once the result is entered; may be blank while awaiting declaration.",
    )
    valid_votes = models.PositiveIntegerField(default=0)
    invalid_votes = models.PositiveIntegerField(default=0)
    declared_at = models.DateTimeField(null=True, blank=True)
    result = models.CharField(max_length=100, blank=True, help_text="e.g. Ind gain from Lab.")
    decided_by_lot = models.BooleanField(
        "decided by lot",
        default=False,
        help_text=(
            "The leading candidates tied and the returning officer drew lots "
            "(Representation of the People Act 1983, Schedule 1, rule 49)."
        ),
    )
    source = models.CharField(max_length=300, blank=True)
    source_row = models.CharField(
        max_length=300, blank=True, help_text="File and line the figures were read from."
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.MANUAL)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    official_figures = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text=(
            "The last official figures of this contest and its candidates, taken when they "
            "became official (import or approval): what the public pages show while a hand "
            "change awaits approval. See results.official."
        ),
    )
    revised_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an official figure last changed after the first official result.",
    )
    history = HistoricalRecords(excluded_fields=["official_figures"])

    objects = ContestQuerySet.as_manager()

    class Meta:
        ordering = ["election", "constituency__name"]
        permissions = [("approve_contest", "Can approve a result entered by someone else")]
        constraints = [
            models.UniqueConstraint(
                fields=["election", "constituency"], name="one_contest_per_seat_per_election"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    valid_votes__lte=models.F("electorate") - models.F("invalid_votes")
                ),
                name="ballots_within_electorate",
                violation_error_message="Valid plus invalid votes cannot exceed the electorate.",
            ),
            models.CheckConstraint(
                condition=models.Q(electorate__isnull=False) | models.Q(status="awaiting"),
                name="electorate_once_entered",
                violation_error_message="Give the electorate.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.constituency.name}, {self.election.name}"

    def get_absolute_url(self) -> str:
        return reverse(
            "results:contest",
            kwargs={"election": self.election.slug, "constituency": self.constituency.slug},
        )

    @property
    def result_in_full(self) -> str:
        """``result`` as readers read it: "Ind gain from Lab" -> "Independent gain from
        Labour" (``results_text.spelled_result``)."""
        return spelled_result(self.result)

    def clean(self) -> None:
        super().clean()
        if (
            self.electorate is not None
            and self.valid_votes is not None
            and self.valid_votes + (self.invalid_votes or 0) > self.electorate
        ):
            raise ValidationError(
                {"valid_votes": "Valid plus invalid votes cannot exceed the electorate."}
            )

    # -- declaration and the second-person rule ---------------------------
    @property
    def is_official(self) -> bool:
        """Whether the stored rows are approved (not whether a result is public: see
        ``has_official_figures``)."""
        return self.status == self.Status.OFFICIAL

    @property
    def has_official_figures(self) -> bool:
        """Whether the seat has an official result to show (``ContestQuerySet.declared``)."""
        return self.is_official or self.official_figures is not None

    @property
    def change_pending(self) -> bool:
        """An official result with a hand change awaiting approval: the public still sees the
        last official figures."""
        return self.status == self.Status.PENDING and self.official_figures is not None

    @property
    def declaration(self) -> Declaration:
        """Awaiting declaration → declared (by hand, awaiting approval) → official → revised."""
        if not self.has_official_figures:
            if self.status == self.Status.PENDING:
                return Declaration.DECLARED
            return Declaration.AWAITING
        return Declaration.REVISED if self.revised_at else Declaration.OFFICIAL

    def can_be_approved_by(self, user) -> bool:
        """A hand-entered result needs a second staff user: not its author."""
        return (
            self.status == self.Status.PENDING
            and user.is_staff
            and user.has_perm("results.approve_contest")
            and user.pk != self.entered_by_id
        )

    def approve(self, *, user) -> str | None:
        """Make the hand-entered figures official, approved by ``user`` (not their author).

        Stores them as the contest's official figures (``official_figures``, with
        who entered and approved which figures) and, once committed, sends
        ``results.signals.official_figures_changed`` with reason "declaration"
        (the seat's first official result) or "revision" (an official figure
        changed; ``revised_at`` is set). Returns that reason, or None when the
        approved figures equal the last official ones (nothing is sent then).
        Candidates whose figures were typed in cite "entered by hand, approved by …"
        as their ``source_row`` (``results.official.cite_hand_entries``).
        Raises ``ValidationError`` if ``user`` may not approve it.
        """
        from .official import approval_figures, cite_hand_entries

        if not self.can_be_approved_by(user):
            raise ValidationError("A result must be approved by a second staff user.")
        now = timezone.now()
        with transaction.atomic():
            self.status = self.Status.OFFICIAL
            self.approved_by = user
            self.approved_at = now
            # the hand-typed candidates' figures cite who approved them, not a file row
            cite_hand_entries(self, approver=user)
            figures, reason = approval_figures(self, approver=user, at=now)
            self.official_figures = figures
            fields = ["status", "approved_by", "approved_at", "official_figures"]
            if reason == "revision":
                self.revised_at = now
                fields.append("revised_at")
            self.save(update_fields=fields)
            if reason is not None:
                send_official_figures_changed(self.election.slug, [self.pk], reason)
        return reason

    def keep_official_figures(self) -> None:
        """Store the official figures as they are in the database now, if not stored yet.

        Call before changing an official contest's rows (the admin does), so the
        public pages keep its official result while the change awaits approval.
        Does nothing unless the stored row is official and has no
        ``official_figures``. Updates this instance's ``official_figures`` too.
        """
        from .official import figures_from_database

        if self.pk is None or self.official_figures is not None:
            return
        stored = Contest.objects.filter(pk=self.pk).first()
        if stored is None or not stored.is_official:
            return
        if stored.official_figures is None:
            stored.official_figures = figures_from_database(stored)
            Contest.objects.filter(pk=self.pk).update(official_figures=stored.official_figures)
        self.official_figures = stored.official_figures

    def record_hand_entry(self, *, user) -> None:
        """Figures typed or changed by hand: pending until a second staff user approves.

        Marks the contest as entered by ``user`` by hand, withdraws any
        approval and saves it. ``approve()`` by someone else makes it
        official. Its last official figures (``official_figures``) stay public
        meanwhile: call ``keep_official_figures()`` before changing the rows.
        """
        self.status = self.Status.PENDING
        self.origin = self.Origin.MANUAL
        self.entered_by = user
        self.approved_by = None
        self.approved_at = None
        self.save()

    @property
    def hand_entries(self) -> list:
        """Who typed in which of the official figures by hand, and who approved them: a list
        of ``results.official.HandEntry``, oldest first (empty for the Library's figures)."""
        from .official import hand_entries

        return hand_entries(self.official_figures)

    def official_version(self) -> Contest | None:
        """This contest as its last official figures say, or None before any.

        The contest itself when its rows are official; while a hand change
        awaits approval, an unsaved copy built from ``official_figures`` (same
        ``pk``, election and seat; candidacies already loaded; one query for
        their parties). Read-only: never save the copy.
        """
        if self.is_official:
            return self
        if self.official_figures is None:
            return None
        from .official import contest_from_figures

        return contest_from_figures(self, self.official_figures)

    # -- derived figures ---------------------------------------------------
    @cached_property
    def ranked_candidacies(self) -> list[Candidacy]:
        """Candidacies by votes, highest first; in a tie, the elected member first.

        Uses a prefetch when present.
        """
        return sorted(
            self.candidacies.all(),
            key=lambda c: arithmetic.ranking_key(
                c.votes, c.surname, c.first_name, elected=c.elected
            ),
        )

    @property
    def winner(self) -> Candidacy | None:
        ranked = self.ranked_candidacies
        return ranked[0] if ranked else None

    @property
    def runner_up(self) -> Candidacy | None:
        ranked = self.ranked_candidacies
        return ranked[1] if len(ranked) > 1 else None

    @property
    def majority(self) -> int | None:
        return arithmetic.majority(c.votes for c in self.ranked_candidacies)

    @property
    def majority_percent(self) -> Decimal | None:
        return percent(self.majority or 0, self.valid_votes)

    @property
    def ballots_cast(self) -> int:
        return self.valid_votes + self.invalid_votes

    @property
    def turnout(self) -> Decimal | None:
        """The Library's definition: valid votes / electorate."""
        return arithmetic.turnout(valid_votes=self.valid_votes, electorate=self.electorate)

    @property
    def turnout_declared(self) -> Decimal | None:
        """As usually declared at the count: (valid + rejected) / electorate."""
        return arithmetic.turnout_declared(
            valid_votes=self.valid_votes, rejected=self.invalid_votes, electorate=self.electorate
        )

    @cached_property
    def previous_contest(self) -> Contest | None:
        """The same seat (or its predecessor) at the previous election."""
        previous_election_id = self.election.previous_id
        if not previous_election_id:
            return None
        seats = [self.constituency_id]
        if self.constituency.predecessor_id:
            seats.append(self.constituency.predecessor_id)
        candidates = (
            Contest.objects.declared()
            .filter(election_id=previous_election_id, constituency_id__in=seats)
            .with_figures()
        )
        by_seat = {c.constituency_id: c for c in candidates}
        for seat in seats:
            if seat in by_seat:
                return by_seat[seat].official_version()
        return None

    @property
    def same_boundaries_as_previous(self) -> bool:
        previous = self.previous_contest
        return previous is not None and previous.constituency_id == self.constituency_id


class Candidacy(models.Model):
    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="candidacies")
    first_name = models.CharField(max_length=100)
    surname = models.CharField(max_length=100)
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="candidacies")
    party_label = models.CharField(
        max_length=200, blank=True, help_text="The party name on the ballot paper, as published."
    )
    votes = models.PositiveIntegerField()
    elected = models.BooleanField(
        default=False,
        help_text=(
            "Returned as the member: the one the constituency file names "
            "(after a tie, the winner of the lot)."
        ),
    )
    sitting_mp = models.BooleanField("sitting MP", default=False)
    former_mp = models.BooleanField("former MP", default=False)
    gender = models.CharField(max_length=20, blank=True)
    library_share_change = models.DecimalField(
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=(
            "The Library's 'Change' column, as published: share change against the notional "
            "previous result on these boundaries (a fraction). Tally derives its own from the "
            "imported notional baseline; this copy lets the two be compared."
        ),
    )
    dc_person_id = models.CharField("Democracy Club person ID", max_length=20, blank=True)
    source_row = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        help_text=(
            "Where this candidate's figures were read: the file and line of its row "
            '("HoC-GE2024-results-by-candidate.csv, line 1234"), or "entered by hand, '
            'approved by …" once a hand entry of its figures is approved. Set by the import '
            "and by Contest.approve; blank for rows made before it was kept."
        ),
    )
    search_name = models.CharField(
        default="",
        max_length=400,
        editable=False,
        help_text="The full name folded for search (results.text.fold).",
    )
    history = HistoricalRecords(excluded_fields=["search_name"])

    class Meta:
        ordering = ["-votes", "surname"]
        verbose_name_plural = "candidacies"
        constraints = [
            models.UniqueConstraint(
                fields=["contest", "first_name", "surname", "party"],
                name="one_candidacy_per_person_per_contest",
            )
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.party.abbreviation})"

    def save(self, *args, **kwargs) -> None:
        self.search_name = fold(self.full_name)[:400]
        super().save(*args, **_with_search_name(kwargs, "first_name", "surname"))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.surname}".strip()

    @property
    def share(self) -> Decimal | None:
        """Share of valid votes, as a percentage to two places."""
        return arithmetic.share(self.votes, self.contest.valid_votes)

    @property
    def rank(self) -> int:
        return self.contest.ranked_candidacies.index(self) + 1


class Projection(models.Model):
    """An exit poll or forecast: a projection, never an official result."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="projections")
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="projections"
    )
    label = models.CharField(max_length=100, help_text="Party name, or 'Others'.")
    seats = models.PositiveIntegerField()
    source = models.CharField(max_length=300)
    published_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["election", "-seats"]
        constraints = [
            models.UniqueConstraint(
                fields=["election", "source", "label"], name="one_projection_per_party_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.seats} seats (projection, {self.source})"


class ReferenceFact(models.Model):
    """A fact results files do not hold: a birth date, a first election, a seat's history."""

    Kind = FactKind

    kind = models.CharField(max_length=20, choices=Kind.choices)
    subject = models.CharField(
        max_length=200, help_text="A person's full name, or a constituency's name."
    )
    party = models.ForeignKey(Party, null=True, blank=True, on_delete=models.PROTECT)
    value = models.CharField(
        max_length=10,
        validators=[RegexValidator(r"^\d{4}(-\d{2}-\d{2})?$", "Give YYYY or YYYY-MM-DD.")],
        help_text="A date (YYYY-MM-DD) or a year (YYYY).",
    )
    detail = models.CharField(max_length=300, blank=True)
    continuous = models.BooleanField(
        default=True,
        help_text="For a first election: re-elected at every general election since.",
    )
    source = models.CharField(max_length=300)
    history = HistoricalRecords()

    class Meta:
        ordering = ["subject", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject"], name="one_fact_per_kind_per_subject"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject}: {self.get_kind_display()} {self.value}"

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def date(self) -> datetime.date | None:
        if len(self.value) == 10:
            return datetime.date.fromisoformat(self.value)
        return None

    def age_on(self, day: datetime.date) -> int | None:
        born = self.date
        if self.kind != self.Kind.BORN_ON or born is None:
            return None
        return arithmetic.age_on(born, day)

    def terms_won_by(self, day: datetime.date) -> int | None:
        """General elections won from the first win up to ``day``, if unbroken."""
        if self.kind != self.Kind.FIRST_ELECTED or not self.continuous:
            return None
        first = self.date or datetime.date(self.year, 1, 1)
        polling_days = Election.objects.filter(date__lte=day).values_list("date", flat=True)
        return arithmetic.terms_won(first, day, polling_days)


class OfficialDataVersion(models.Model):
    """A single row whose number goes up with every change to an official figure.

    Readers that cache what they derive from the official figures (the
    checker's snapshot, the extractor's gazetteer) compare this number with
    the one they built from, so a cache is never used after the data changed,
    in any process. Row saves and deletes bump it through the signals below;
    bulk writes (the Library importer) call ``bump()`` themselves.
    """

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "official data version"

    def __str__(self) -> str:
        return f"Official data version {self.number}"

    @classmethod
    def current(cls) -> tuple[int, datetime.datetime | None]:
        """The version as ``(number, changed_at)``; ``(0, None)`` before any change. One query.

        The time is part of the stamp so that a version row deleted and made
        again (a test database flushed) never repeats an earlier stamp.
        """
        row = cls.objects.filter(pk=1).values_list("number", "changed_at").first()
        return row or (0, None)

    @classmethod
    def bump(cls) -> None:
        """Mark the official figures as changed, inside the caller's transaction."""
        updated = cls.objects.filter(pk=1).update(
            number=models.F("number") + 1, changed_at=timezone.now()
        )
        if not updated:
            cls.objects.update_or_create(pk=1, defaults={"number": 1, "changed_at": timezone.now()})


def send_official_figures_changed(election: str, contests: list[int], reason: str) -> None:
    """Send ``results.signals.official_figures_changed`` once the transaction commits.

    ``election`` is a slug, ``contests`` the ids of the contests whose official
    figures changed (may be empty), ``reason`` "import", "declaration" or
    "revision". Sent at once outside a transaction; never sent if it rolls back.
    """
    ids = list(contests)
    transaction.on_commit(
        lambda: official_figures_changed.send(
            sender=Contest, election=election, contests=ids, reason=reason
        )
    )


OFFICIAL_MODELS = (
    Election, Party, Constituency, Contest, Candidacy, Projection, ReferenceFact
)  # fmt: skip


@receiver(post_save)
@receiver(post_delete)
def _official_data_changed(sender, raw: bool = False, **kwargs) -> None:
    if sender in OFFICIAL_MODELS and not raw:
        OfficialDataVersion.bump()
