from django.contrib import admin

from .models import Article, Claim, ClaimGroup


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "election", "added_at"]
    list_select_related = ["election"]
    list_filter = ["outlet", "election"]
    search_fields = ["title", "outlet", "url"]
    readonly_fields = ["fingerprint", "added_by", "added_at"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "claim_type", "value", "subject", "election", "qualifier", "article"]
    list_select_related = ["article", "election"]
    list_filter = ["claim_type", "qualifier", "origin", "election"]
    search_fields = ["text", "sentence", "subject", "speaker", "article__title"]
    raw_id_fields = ["article", "group"]


@admin.register(ClaimGroup)
class ClaimGroupAdmin(admin.ModelAdmin):
    list_display = ["__str__", "claim_type", "subject", "election", "qualifier"]
    list_select_related = ["election"]
    list_filter = ["claim_type", "election"]
    search_fields = ["subject", "key"]
