"""Load the project's seeds: official figures first, then the articles."""

from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from results.seeds import load_official_seeds

from .models import Article, text_fingerprint
from .processing import process_articles

SEEDS_DIR = Path(settings.BASE_DIR) / "seeds"

DATE_IN_TEXT = re.compile(r"\bdate (\d{4}-\d{2}-\d{2})\b")
BULLETS = re.compile(r"^[\s\-\u2022]+|\s+$")


@dataclass
class SeedReport:
    imports: list[str]
    articles_created: int
    articles_existing: int
    claims_found: int


def article_title(body: str) -> str:
    """The first line that reads like a headline, trimmed to a sentence."""
    for line in body.splitlines():
        line = BULLETS.sub("", DATE_IN_TEXT.sub("", line))
        if len(line) >= 20:
            first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
            return first[:200]
    return "Untitled article"


def seed_sources(articles_dir: Path) -> dict[str, dict[str, str]]:
    """Where each seed article was published, by file name: ``{"outlet", "url", "title"}``
    from ``articles/sources.csv`` (the articles themselves are kept byte for byte)."""
    path = articles_dir / "sources.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def load_seeds(*, seeds_dir: Path = SEEDS_DIR, progress=None) -> SeedReport:
    """Load the official figures in ``seeds_dir/official``, then the articles, and check them.

    ``progress`` (a callable taking a line of text) is told of each step.
    Safe to run again: what is already loaded is left as it is.
    """
    imports = load_official_seeds(seeds_dir / "official", progress=progress)
    created = existing = 0
    sources = seed_sources(seeds_dir / "articles")
    for path in sorted((seeds_dir / "articles").glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        source = sources.get(path.name, {})
        stored = Article.objects.filter(fingerprint=text_fingerprint(body))
        if stored.exists():
            existing += 1
            if source:  # loaded before the seeds named their outlets
                stored.filter(outlet="Seed article").update(
                    outlet=source["outlet"], url=source["url"]
                )
            continue
        found = DATE_IN_TEXT.search(body[:200])
        Article.objects.create(
            title=source.get("title") or article_title(body),
            url=source.get("url", ""),
            outlet=source.get("outlet") or "Seed article",
            body=body,
            published_on=datetime.date.fromisoformat(found.group(1)) if found else None,
            source_file=f"seeds/articles/{path.name}",
        )
        created += 1
    # Claims for the seed articles not extracted yet (new ones, or an earlier run that
    # stopped before extraction). Editors' articles are the worker's, never done here:
    # one that failed or is queued must not hold up the server's start.
    claims = process_articles(
        Article.objects.filter(source_file__startswith="seeds/", extracted_at__isnull=True)
    )
    return SeedReport(
        imports=imports, articles_created=created, articles_existing=existing, claims_found=claims
    )
