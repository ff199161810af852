"""Background work: extraction runs off the request, through django.tasks."""

from django.tasks import task

from .claims import extract_articles
from .models import Article


@task
def extract_article(*, article_id: int) -> int:
    """Extract and store one article's claims; returns how many were found."""
    return extract_articles(Article.objects.filter(pk=article_id))
