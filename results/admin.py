"""Data entry: results typed in by hand need a second staff user's approval.

Every admin path that changes official figures tells the layers above
(``results.signals.official_figures_changed``, once committed): approving a
hand entry ("declaration" or "revision", ``Contest.approve``), deleting an
official result ("revision"), and changing an election or an exit poll
("revision", with no contests: election-wide figures). Saving a hand entry
changes no official figure: the last official ones stay public until approved.
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from simple_history.admin import SimpleHistoryAdmin

from .history import contest_history
from .models import (
    Candidacy,
    Constituency,
    Contest,
    Election,
    Party,
    Projection,
    ReferenceFact,
    send_official_figures_changed,
)
from .text import fold


class FoldedSearchMixin:
    """Searches the folded ``search_name`` too, so "ynys mon" finds Ynys Môn."""

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        folded = fold(search_term)
        if folded:
            queryset |= self.model.objects.filter(
                **{f"{self.folded_search_field}__contains": folded}
            )
        return queryset, may_have_duplicates


class ElectionWideChanges:
    """Tells the layers above when an election-wide official figure changes here."""

    def election_slugs(self, obj) -> list[str]:
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for slug in self.election_slugs(obj):
            send_official_figures_changed(slug, [], "revision")

    def delete_model(self, request, obj):
        slugs = self.election_slugs(obj)
        super().delete_model(request, obj)
        for slug in slugs:
            send_official_figures_changed(slug, [], "revision")

    def delete_queryset(self, request, queryset):
        slugs = sorted({slug for obj in queryset for slug in self.election_slugs(obj)})
        super().delete_queryset(request, queryset)
        for slug in slugs:
            send_official_figures_changed(slug, [], "revision")


@admin.register(Election)
class ElectionAdmin(ElectionWideChanges, admin.ModelAdmin):
    list_display = ["name", "slug", "date", "previous", "is_notional", "notional_baseline"]
    list_select_related = ["previous", "notional_baseline"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def election_slugs(self, obj) -> list[str]:
        return [obj.slug]


@admin.register(Party)
class PartyAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "abbreviation", "colour", "press_names", "is_independent"]
    search_fields = ["name", "abbreviation", "press_names"]
    folded_search_field = "search_name"
    list_filter = ["is_independent"]


@admin.register(Constituency)
class ConstituencyAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "ons_code", "region", "nation", "predecessor"]
    list_select_related = ["predecessor"]
    list_filter = ["nation", "region"]
    search_fields = ["name", "ons_code", "slug"]
    folded_search_field = "search_name"
    autocomplete_fields = ["predecessor"]
    prepopulated_fields = {"slug": ["name"]}


class CandidacyFormSet(BaseInlineFormSet):
    """The candidates' votes must add up to the contest's valid votes."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        total = 0
        rows = 0
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            total += form.cleaned_data.get("votes") or 0
            rows += 1
        valid = self.instance.valid_votes
        if rows and valid is not None and total != valid:
            raise ValidationError(
                f"The candidates' votes add up to {total:,}, but the valid votes are {valid:,}. "
                "Correct the votes or the valid vote total."
            )


class CandidacyInline(admin.TabularInline):
    model = Candidacy
    formset = CandidacyFormSet
    extra = 0
    fields = [
        "first_name", "surname", "party", "party_label", "votes", "elected", "sitting_mp",
        "former_mp", "source_row",
    ]  # fmt: skip
    # the file row an import read, or "entered by hand, approved by …" (set on approval)
    readonly_fields = ["source_row"]
    autocomplete_fields = ["party"]
    ordering = ["-votes"]


@admin.register(Contest)
class ContestAdmin(SimpleHistoryAdmin):
    list_display = [
        "constituency_name",
        "election",
        "electorate",
        "valid_votes",
        "invalid_votes",
        "candidates",
        "declaration",
        "status",
        "origin",
        "entered_by",
        "approved_by",
    ]
    list_select_related = ["election", "constituency", "entered_by", "approved_by"]
    list_filter = ["election", "status", "origin", "constituency__nation", "constituency__region"]
    search_fields = ["constituency__name", "constituency__ons_code"]
    autocomplete_fields = ["constituency"]
    readonly_fields = [
        "declaration", "status", "origin", "entered_by", "approved_by", "approved_at",
        "revised_at", "source_row",
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["election", "constituency", "result", "decided_by_lot", "declared_at"]}),
        ("Ballots", {"fields": ["electorate", "valid_votes", "invalid_votes"]}),
        ("Source", {"fields": ["source", "source_row"]}),
        (
            "Approval",
            {
                "fields": [
                    "declaration",
                    "status",
                    "origin",
                    "entered_by",
                    "approved_by",
                    "approved_at",
                    "revised_at",
                ]
            },
        ),  # fmt: skip
    ]
    inlines = [CandidacyInline]
    actions = ["approve_results"]
    history_list_display = ["status", "electorate", "valid_votes", "invalid_votes"]
    object_history_template = "results/admin/contest_history.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("official_figures")
            .annotate(candidate_count=Count("candidacies"))
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if "electorate" in form.base_fields:
            # Blank only while a seat awaits declaration; whatever is entered here is a result.
            form.base_fields["electorate"].required = True
        return form

    @admin.display(description="Declaration")
    def declaration(self, obj: Contest) -> str:
        label = obj.declaration.label
        return f"{label} (a change awaits approval)" if obj.change_pending else label

    def history_view(self, request, object_id, extra_context=None):
        contest = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if contest is not None:
            extra["figure_history"] = contest_history(contest)
        return super().history_view(request, object_id, extra_context=extra)

    def save_model(self, request, obj, form, change):
        if change:
            # Keep the official figures public while the hand change awaits approval.
            obj.keep_official_figures()
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        official = obj.has_official_figures
        pk, slug = obj.pk, obj.election.slug
        super().delete_model(request, obj)
        if official:
            send_official_figures_changed(slug, [pk], "revision")

    def delete_queryset(self, request, queryset):
        gone: dict[str, list[int]] = {}
        for contest in queryset.select_related("election"):
            if contest.has_official_figures:
                gone.setdefault(contest.election.slug, []).append(contest.pk)
        with transaction.atomic():
            super().delete_queryset(request, queryset)
            for slug, pks in gone.items():
                send_official_figures_changed(slug, sorted(pks), "revision")

    @admin.display(description="Constituency", ordering="constituency__name")
    def constituency_name(self, obj: Contest) -> str:
        return obj.constituency.name

    @admin.display(description="Candidates", ordering="candidate_count")
    def candidates(self, obj: Contest) -> int:
        return obj.candidate_count

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change or form.has_changed() or any(fs.has_changed() for fs in formsets):
            form.instance.record_hand_entry(user=request.user)
            self.message_user(
                request,
                "Saved. This result is not official until a second staff user approves it.",
                messages.WARNING,
            )

    @admin.action(description="Approve selected results (second person)")
    def approve_results(self, request, queryset):
        approved, refused = 0, []
        for contest in queryset.select_related("constituency", "election"):
            if contest.status != Contest.Status.PENDING:
                continue
            if contest.can_be_approved_by(request.user):
                contest.approve(user=request.user)
                approved += 1
            else:
                refused.append(contest.constituency.name)
        if approved:
            self.message_user(request, f"Approved {approved} result(s).", messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                "Not approved (you entered them, or you may not approve): " + ", ".join(refused),
                messages.ERROR,
            )


@admin.register(Projection)
class ProjectionAdmin(ElectionWideChanges, SimpleHistoryAdmin):
    list_display = ["label", "election", "seats", "source", "published_at"]
    list_select_related = ["election"]
    list_filter = ["election", "source"]
    search_fields = ["label", "source"]
    autocomplete_fields = ["party"]

    def election_slugs(self, obj) -> list[str]:
        return [obj.election.slug]


@admin.register(ReferenceFact)
class ReferenceFactAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "kind", "value", "party", "source"]
    list_select_related = ["party"]
    list_filter = ["kind"]
    search_fields = ["subject", "source", "detail"]
    autocomplete_fields = ["party"]
