"""The admin shows the desk's records; claims, claim groups and reviews only read.

Claims, their groups and reviews change only through the desk
(``factcheck.review``), which keeps version tokens, withdraws a sign-off when a
verdict changes and records who did what. The admin is for looking: nobody,
superusers included, adds, changes or deletes them here. An article's body is
read-only too (every claim's span indexes it); its title, outlet, URL and date
stay editable.
"""

from django.contrib import admin, messages
from django.utils import timezone

from .models import ApiToken, Article, Claim, ClaimGroup, Feed, Fetch, Review


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


# -- issue 17: API tokens, feeds, URLs being fetched -------------------------------------


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """An admin makes a token per integration: the key is shown once, on the page after
    saving (only its hash is kept). "Revoke" refuses the token from then on."""

    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_select_related = ["user"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "user__username", "prefix"]
    readonly_fields = ["prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        return ["name", "user"] if obj is None else ["name", "user", *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        # a token's account is fixed once made: make a new token for another account
        return self.readonly_fields if obj is None else [*self.readonly_fields, "user"]

    def save_model(self, request, obj, form, change) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        from .api import hash_key, new_key

        key = new_key()
        obj.prefix, obj.key_hash, obj.created_by = key[:12], hash_key(key), request.user
        super().save_model(request, obj, form, change)
        messages.warning(
            request,
            f"The key of “{obj.name}” is {key} — copy it now: it is not shown again. "
            "Send it as the header Authorization: Bearer <key>.",
        )

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset) -> None:
        n = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        messages.info(request, f"Revoked {n} token{'s' * (n != 1)}.")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "paused", "interval", "last_polled_at", "items_taken",
                    "errors"]  # fmt: skip
    list_filter = ["paused"]
    search_fields = ["title", "url", "outlet"]
    readonly_fields = [
        "etag", "last_modified", "last_polled_at", "last_status", "last_error", "polls",
        "errors", "items_seen", "items_taken", "added_by", "added_at",
    ]  # fmt: skip


@admin.register(Fetch)
class FetchAdmin(ReadOnlyAdmin):
    list_display = ["url", "status", "failure", "article", "feed", "requested_at"]
    list_select_related = ["article", "feed"]
    list_filter = ["status", "failure"]
    search_fields = ["url"]
