"""Indexes for the desk at 10,000 articles (issue 14).

Two indexes on claims that answer the queue's counts and the "claims made in several
articles" block from the index alone, on every database; and on PostgreSQL the GIN index
``article_search`` for the queue's full-text search (SQLite has no GIN indexes; its search
reads the table). The indexed expression is written out here as it stood when this
migration was made; ``factcheck.models.search_document()`` must stay the same expression,
or PostgreSQL no longer uses the index.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models
from django.db.models.functions import Left


def _search_index() -> GinIndex:
    return GinIndex(
        SearchVector("title", "outlet", Left("body", 100_000), config="english"),
        name="article_search",
    )


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        article = apps.get_model("factcheck", "Article")
        schema_editor.execute(_search_index().create_sql(article, schema_editor))


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        article = apps.get_model("factcheck", "Article")
        schema_editor.execute(_search_index().remove_sql(article, schema_editor))


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0014_article_url_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
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
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["group", "status", "article", "id"], name="claim_group_articles"
            ),
        ),
        migrations.RunPython(add_search_index, remove_search_index, elidable=False),
    ]
