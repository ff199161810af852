"""The worker's sweep reads the queued extraction tasks once, however many articles wait:
with 10,000 articles queued, one query per article made the worker spend its time
sweeping (6 articles a second instead of 55)."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, TaskResultStatus

from factcheck.models import Article
from factcheck.tasks import EXTRACT_TASK_PATH, sweep


def waiting_articles(n: int, *, tag: str) -> list[Article]:
    """``n`` articles added a minute ago, pending, each with its extraction task queued."""
    long_ago = timezone.now() - datetime.timedelta(minutes=1)
    articles = [
        Article.objects.create(title=f"{tag} {i}", body=f"{tag} text {i}") for i in range(n)
    ]
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(added_at=long_ago)
    DBTaskResult.objects.bulk_create(
        DBTaskResult(
            status=TaskResultStatus.READY, args_kwargs={"args": [], "kwargs": {"article_id": a.pk}},
            task_path=EXTRACT_TASK_PATH, backend_name="default", queue_name="default",
            run_after=long_ago, exception_class_path="", traceback="",
        )
        for a in articles
    )  # fmt: skip
    return articles


@pytest.mark.parametrize("n", [3, 30])
def test_the_sweep_costs_the_same_queries_however_many_articles_wait(
    db, n, django_assert_num_queries
):
    waiting_articles(n, tag="queued")
    # the leases (2), the running tasks, the pending articles, the live tasks: none per
    # article (an article with no task is queued: tests/factcheck/test_crash_safety.py)
    with django_assert_num_queries(5):
        report = sweep(grace=10, backend="default")
    assert (report.queued, report.failed, report.requeued) == (0, 0, 0)
