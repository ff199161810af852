"""Sets up what the crash-safety tests need, in its own process, on the database
``DATABASE_URL`` names (the one the workers under test use):

    python -m tests.factcheck.worker_probe add KB          # an article, its task queued
    python -m tests.factcheck.worker_probe add-without-task KB AGE
    python -m tests.factcheck.worker_probe extracted-with-orphan-task KB
    python -m tests.factcheck.worker_probe pairs N     # 2N articles in pairs saying the same
    python -m tests.factcheck.worker_probe twice KB    # an article with two tasks queued

Each prints the new articles' ids.
"""

import datetime
import os
import sys
from pathlib import Path

SEED_ARTICLES = Path(__file__).resolve().parents[2] / "seeds" / "articles"


def long_text(kb: int, label: str) -> str:
    """About ``kb`` KB of real coverage: the seed articles' paragraphs, repeated."""
    paragraphs = [
        p
        for path in sorted(SEED_ARTICLES.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    parts, size, i = [f"Crash test {label}"], 0, 0
    while size < kb * 1000:
        parts.append(paragraphs[i % len(paragraphs)])
        size += len(parts[-1].encode()) + 2
        i += 1
    return "\n\n".join(parts)


def main(action: str, kb: str, *rest: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult, TaskResultStatus

    from factcheck.ingest import Incoming, ingest_articles
    from factcheck.models import Article
    from factcheck.processing import process_article
    from factcheck.tasks import extract_article

    body = long_text(int(kb), f"{action} {timezone.now().isoformat()}")
    if action == "add":
        item = Incoming(title="", outlet="", url="", published_on=None, body=body, source_file="")
        article = ingest_articles([item]).created[0]
    elif action == "add-without-task":
        # As a web process killed between saving the article and queuing its task leaves it.
        article = Article.objects.create(title="No task", body=body)
        added = timezone.now() - datetime.timedelta(seconds=float(rest[0]))
        Article.objects.filter(pk=article.pk).update(added_at=added)
    elif action == "extracted-with-orphan-task":
        # As a worker killed after writing the claims, before recording the task's end.
        article = Article.objects.create(title="Orphan task", body=body)
        process_article(article)
        result = extract_article.enqueue(article_id=article.pk)
        DBTaskResult.objects.filter(pk=result.id).update(
            status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["dead-worker"]
        )
    elif action == "pairs":
        # Articles in pairs that say the same, with figures no other pair has: two workers
        # taking the queue in order extract both of a pair at once, each creating the
        # pair's claim groups.
        items = []
        for i in range(int(kb)):
            text = (
                f"The winner took {20_000 + 37 * i:,} votes, a majority of {1_000 + 13 * i:,}, "
                f"and turnout was {30 + i // 10}.{i % 10}%. "
            )
            items += [
                Incoming(title=f"Pair {i} {copy}", outlet="", url="", published_on=None,
                         body=f"{text}(Copy {copy} of pair {i}.)", source_file="")
                for copy in "AB"
            ]  # fmt: skip
        created = ingest_articles(items).created
        print(" ".join(str(a.pk) for a in created))
        return
    elif action == "twice":
        # One article whose extraction was queued twice (a retry and the sweep at once).
        item = Incoming(title="", outlet="", url="", published_on=None, body=body, source_file="")
        article = ingest_articles([item]).created[0]
        extract_article.enqueue(article_id=article.pk)
    else:
        raise SystemExit(f"unknown action {action}")
    print(article.pk)


if __name__ == "__main__":
    main(*sys.argv[1:])
