"""Data entry: results typed in by hand need a second staff user's approval."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Candidacy,
    Constituency,
    Contest,
    Election,
    Party,
    Projection,
    ReferenceFact,
)


@admin.register(Election)
class ElectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "date", "previous", "is_notional", "notional_baseline"]
    list_select_related = ["previous", "notional_baseline"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation", "colour", "press_names", "is_independent"]
    search_fields = ["name", "abbreviation", "press_names"]
    list_filter = ["is_independent"]


@admin.register(Constituency)
class ConstituencyAdmin(admin.ModelAdmin):
    list_display = ["name", "ons_code", "region", "nation", "predecessor"]
    list_select_related = ["predecessor"]
    list_filter = ["nation", "region"]
    search_fields = ["name", "ons_code", "slug"]
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
        "former_mp",
    ]  # fmt: skip
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
        "status",
        "origin",
        "entered_by",
        "approved_by",
    ]
    list_select_related = ["election", "constituency", "entered_by", "approved_by"]
    list_filter = ["election", "status", "origin", "constituency__nation", "constituency__region"]
    search_fields = ["constituency__name", "constituency__ons_code"]
    autocomplete_fields = ["constituency"]
    readonly_fields = ["status", "origin", "entered_by", "approved_by", "approved_at", "source_row"]
    fieldsets = [
        (None, {"fields": ["election", "constituency", "result", "decided_by_lot", "declared_at"]}),
        ("Ballots", {"fields": ["electorate", "valid_votes", "invalid_votes"]}),
        ("Source", {"fields": ["source", "source_row"]}),
        ("Approval", {"fields": ["status", "origin", "entered_by", "approved_by", "approved_at"]}),
    ]
    inlines = [CandidacyInline]
    actions = ["approve_results"]
    history_list_display = ["status", "electorate", "valid_votes", "invalid_votes"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(candidate_count=Count("candidacies"))

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
            if contest.is_official:
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
class ProjectionAdmin(SimpleHistoryAdmin):
    list_display = ["label", "election", "seats", "source", "published_at"]
    list_select_related = ["election"]
    list_filter = ["election", "source"]
    search_fields = ["label", "source"]
    autocomplete_fields = ["party"]


@admin.register(ReferenceFact)
class ReferenceFactAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "kind", "value", "party", "source"]
    list_select_related = ["party"]
    list_filter = ["kind"]
    search_fields = ["subject", "source", "detail"]
    autocomplete_fields = ["party"]
