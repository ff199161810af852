"""``manage.py ingest_articles PATH…``: articles from .txt files, folders and JSON Lines files
(``factcheck.sources.bulk`` says what is read), added as the desk adds them; their claims
are extracted by the task worker."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from factcheck.management.commands.recheck_claims import progress_bar
from factcheck.sources.bulk import Item, Refused, count_articles, read_paths
from factcheck.sources.urls import add_articles

BATCH = 100


class Command(BaseCommand):
    help = (
        "Add articles from .txt files (with an optional 'title:/source:/date:' header), "
        "folders of them, or JSON Lines files; reports added, duplicates and refused."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
        parser.add_argument("--user", default="", help="username recorded as adding them")
        parser.add_argument("--dry-run", action="store_true", help="read and count, store nothing")

    def handle(self, *, paths: list[Path], user: str, dry_run: bool, **options) -> None:
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"No user {user!r}.")
        bar = progress_bar(count_articles(paths), "Read", self.stderr)
        added = duplicates = 0
        refused: list[Refused] = []
        batch: list[Item] = []

        def flush() -> None:
            nonlocal added, duplicates
            if not batch:
                return
            if dry_run:
                added += len(batch)
            else:
                with transaction.atomic():
                    report = add_articles(
                        [item.incoming for item in batch],
                        user=account,
                        authors=[item.author for item in batch],
                    )
                added += len(report.created)
                duplicates += len(report.duplicates)
            bar(len(batch))
            batch.clear()

        for found in read_paths(paths):
            if isinstance(found, Refused):
                refused.append(found)
                bar(1)
                continue
            batch.append(found)
            if len(batch) >= BATCH:
                flush()
        flush()
        bar.close()
        verb = "would add" if dry_run else "added"
        self.stdout.write(
            f"{verb.capitalize()} {added}, skipped {duplicates} as duplicate"
            f"{'' if dry_run else ' (same text or URL already held)'}, refused {len(refused)}."
        )
        for item in refused:
            self.stdout.write(f"  refused {item.where}: {item.reason}")
        if added and not dry_run:
            self.stdout.write(
                "Their claims are extracted by the task worker (manage.py db_worker)."
            )
