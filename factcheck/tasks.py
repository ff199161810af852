"""Background work: extraction runs off the request, through django.tasks."""

from django.tasks import task

from .models import Article
from .processing import process_articles


@task
def extract_article(*, article_id: int) -> int:
    """Extract and store one article's claims; returns how many were found."""
    return process_articles(Article.objects.filter(pk=article_id))
