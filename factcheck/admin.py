from django.contrib import admin

from .models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "election", "added_at"]
    list_select_related = ["election"]
    list_filter = ["outlet", "election"]
    search_fields = ["title", "outlet", "url"]
    readonly_fields = ["fingerprint", "added_by", "added_at"]
