"""The admin shows the desk's records; claims, claim groups and reviews only read.

Claims, their groups and reviews change only through the desk
(``factcheck.review``), which keeps version tokens, withdraws a sign-off when a
verdict changes and records who did what. The admin is for looking: nobody,
superusers included, adds, changes or deletes them here. An article's body is
read-only too (every claim's span indexes it); its title, outlet, URL and date
stay editable.
"""

from django.contrib import admin

from .models import Article, Claim, ClaimGroup, Review


class ReadOnlyAdmin(admin.ModelAdmin):
    """Viewing only, for everyone: the desk is the one place these records change."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "election", "added_at"]
    list_select_related = ["election"]
    list_filter = ["outlet", "election"]
    search_fields = ["title", "outlet", "url"]
    readonly_fields = ["body", "fingerprint", "extracted_at", "added_by", "added_at"]

    def has_add_permission(self, request) -> bool:
        """Articles come in through the desk, which refuses duplicates and queues their
        extraction; an article added here would have no body (it is read-only)."""
        return False


@admin.register(Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = [
        "text", "claim_type", "value", "subject", "election", "qualifier", "status", "article",
    ]  # fmt: skip
    list_select_related = ["article", "election"]
    list_filter = ["claim_type", "qualifier", "origin", "status", "election"]
    search_fields = ["text", "sentence", "subject", "speaker", "article__title"]


@admin.register(ClaimGroup)
class ClaimGroupAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "claim_type", "subject", "election", "qualifier"]
    list_select_related = ["election"]
    list_filter = ["claim_type", "election"]
    search_fields = ["subject", "key"]


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "verdict", "claim", "group", "author", "approved_by", "updated_at"]
    list_select_related = ["claim", "group", "author", "approved_by"]
    list_filter = ["verdict"]
    search_fields = ["explanation", "claim__text", "group__subject"]
