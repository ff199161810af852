"""Background work: extraction and re-checks run off the request, through django.tasks.

The work survives crashes (``manage.py db_worker``, factcheck's version of
django-tasks-db's worker, calls ``renew_lease`` and ``sweep``):

- a worker holds a lease (``WorkerLease``) that its heartbeat renews; a task
  RUNNING under a worker whose lease has expired is put back in the queue, and
  after ``MAX_ATTEMPTS`` workers died on it, it fails with that reason;
- an article left pending with no task queued or running (the web process died
  between saving it and queuing its task) is queued;
- a pending article whose task failed is marked failed with the reason, so the
  desk stops waiting and offers "try again".
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, TaskResultStatus

from . import progress, rechecks
from .models import Article, WorkerLease
from .processing import extract_pending, record_extraction_failure

# How many workers may die while running one task before it is given up as failed
# (a text that kills whatever runs it must not take every worker down in turn).
MAX_ATTEMPTS = 3


@task
def extract_article(*, article_id: int) -> int:
    """Extract and store one pending article's claims; returns how many were found."""
    return extract_pending(article_id)


EXTRACT_TASK_PATH = extract_article.module_path


@task
def recheck_claims_task(*, claim_ids: list[int]) -> dict:
    """Check these claims again against the official figures as they are now, writing those
    whose evidence changed (``factcheck.rechecks.recheck_claims``); idempotent, so a task
    run again after its worker died does no harm. Returns the report as a dict."""
    return rechecks.recheck_claims(claim_ids).as_dict()


@task
def recount_articles_task(*, article_ids: list[int]) -> int:
    """Recount the desk's stored counts of these articles (``progress.recount_articles``),
    when a verdict applies to more articles than a request recounts; idempotent."""
    return progress.recount_articles(article_ids)


def request_recheck(claim_ids: list[int], *, changed_contests: Iterable[int] = ()) -> int:
    """Mark the claims as waiting for a re-check (``rechecks.mark_for_recheck``: "under
    review" on the public page from now, cached pages forgotten) and queue
    ``recheck_claims_task`` for them, ``rechecks.TASK_SIZE`` claims a task, once the
    transaction commits. Returns how many claims were marked."""
    with transaction.atomic():
        marked = rechecks.mark_for_recheck(claim_ids, changed_contests=changed_contests)
        for start in range(0, len(claim_ids), rechecks.TASK_SIZE):
            chunk = claim_ids[start : start + rechecks.TASK_SIZE]
            transaction.on_commit(partial(recheck_claims_task.enqueue, claim_ids=chunk))
    return marked


def request_article_recheck(article: Article) -> int:
    """Queue a re-check of every open claim of ``article`` (the desk's button). Returns how
    many claims; the article page says it is re-checking until they are done."""
    ids = rechecks.article_claim_ids(article)
    return request_recheck(ids) if ids else 0


def on_official_figures_changed(
    sender, *, election: str, contests: list[int], reason: str, **kwargs
) -> None:
    """The receiver of ``results.signals.official_figures_changed`` (connected in
    ``FactcheckConfig.ready``): re-check, in the background, every claim whose evidence
    the change may touch (``rechecks.affected_claim_ids``: one query), and forget the
    cached pages of the changed seats and of those that show the claims."""
    ids = rechecks.affected_claim_ids(election=election, contests=contests)
    if ids:
        request_recheck(ids, changed_contests=contests)
    else:
        transaction.on_commit(partial(rechecks.clear_pages, set(contests)))


def retry_extraction(article: Article) -> None:
    """Clear a failed extraction's reason and queue the article's extraction again.

    Nothing happens to an article already extracted. The task is queued when the
    transaction commits.
    """
    if article.extracted_at is not None:
        return
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(extraction_error="")
        article.extraction_error = ""
        transaction.on_commit(partial(extract_article.enqueue, article_id=article.pk))


def renew_lease(worker_id: str, *, seconds: float) -> None:
    """Record that ``worker_id`` is alive for ``seconds`` more (one upsert)."""
    WorkerLease.objects.update_or_create(
        worker_id=worker_id,
        defaults={"expires_at": timezone.now() + datetime.timedelta(seconds=seconds)},
    )


def release_lease(worker_id: str) -> None:
    """A worker stopping cleanly gives up its lease."""
    WorkerLease.objects.filter(worker_id=worker_id).delete()


@dataclass
class SweepReport:
    requeued: int = 0  # tasks taken back from dead workers and queued again
    given_up: int = 0  # tasks failed after MAX_ATTEMPTS dead workers
    queued: int = 0  # pending articles that had no task, now queued
    failed: int = 0  # pending articles whose task had failed, now marked failed


def sweep(*, grace: float, backend: str = "default") -> SweepReport:
    """Take back work from dead workers and find articles nobody is extracting.

    ``grace`` (seconds) is how old a pending article without a task must be
    before it is queued (its task is queued just after it is committed).
    Safe to run from several workers at once: every change is conditional on
    the state it was decided from.
    """
    report = SweepReport()
    now = timezone.now()
    WorkerLease.objects.filter(expires_at__lt=now).delete()
    live = set(WorkerLease.objects.values_list("worker_id", flat=True))
    running = DBTaskResult.objects.running().filter(backend_name=backend)
    for result in running.only("id", "worker_ids", "task_path", "args_kwargs"):
        if result.worker_ids and result.worker_ids[-1] in live:
            continue
        still_running = DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING)
        if len(result.worker_ids) >= MAX_ATTEMPTS:
            reason = (
                f"The background worker stopped {len(result.worker_ids)} times while running "
                "this (killed, or out of memory)."
            )
            given_up = still_running.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path="factcheck.tasks.WorkerDied",
                traceback=reason,
            )
            report.given_up += given_up
            if given_up and result.task_path == EXTRACT_TASK_PATH:
                article_id = result.args_kwargs["kwargs"].get("article_id")
                record_extraction_failure(article_id, "Claims could not be extracted: " + reason)
        else:
            report.requeued += still_running.update(status=TaskResultStatus.READY, started_at=None)

    pending = list(
        Article.objects.pending_extraction()
        .filter(added_at__lt=now - datetime.timedelta(seconds=grace))
        .values_list("pk", flat=True)
    )
    if pending:
        # One read of the extraction tasks queued or running, not one query per pending
        # article: with 10,000 articles queued, that was 10,000 scans of the task table
        # every sweep, and the worker spent its time sweeping (6 articles/s, not 55).
        in_hand = _articles_with_live_tasks(backend)
        pending = [pk for pk in pending if pk not in in_hand]
    for article_id in pending:
        tasks = DBTaskResult.objects.filter(
            backend_name=backend,
            task_path=EXTRACT_TASK_PATH,
            args_kwargs__kwargs__article_id=article_id,
        )
        if tasks.filter(Q(status=TaskResultStatus.READY) | Q(status=TaskResultStatus.RUNNING)):
            continue
        last = tasks.order_by("-enqueued_at").first()
        if last is not None and last.status == TaskResultStatus.FAILED:
            record_extraction_failure(article_id, _failure_reason(last))
            report.failed += 1
        elif last is None or last.finished_at is None or last.finished_at < now - _seconds(grace):
            with transaction.atomic():
                extract_article.using(backend=backend).enqueue(article_id=article_id)
            report.queued += 1
    return report


def _articles_with_live_tasks(backend: str) -> set[int]:
    """The articles whose extraction task is queued or running: one query."""
    live = DBTaskResult.objects.filter(
        Q(status=TaskResultStatus.READY) | Q(status=TaskResultStatus.RUNNING),
        backend_name=backend,
        task_path=EXTRACT_TASK_PATH,
    ).values_list("args_kwargs", flat=True)
    return {(args or {}).get("kwargs", {}).get("article_id") for args in live}


def _failure_reason(result: DBTaskResult) -> str:
    """The last line of a failed task's traceback: the exception and its message."""
    lines = [line for line in result.traceback.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else result.exception_class_path or "an unknown error"
    return f"Claims could not be extracted: {last}"


def _seconds(seconds: float) -> datetime.timedelta:
    return datetime.timedelta(seconds=seconds)
