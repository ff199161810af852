"""django-tasks-db's ``db_worker``, made crash-safe (issue 12).

Same options and behaviour as django-tasks-db's command, plus:

- a lease (``factcheck.WorkerLease``) renewed by a heartbeat thread every
  third of ``--lease`` seconds; a task RUNNING under a worker whose lease
  expired is queued again by the next worker's sweep (``factcheck.tasks.sweep``,
  every ``--sweep-interval`` seconds), and articles left with no task are queued;
- at each sweep, the feeds whose next poll is due get their poll queued
  (``sources.feeds.schedule_polls``: once per interval however many workers run);
- "database is locked" (SQLite busy for longer than its timeout) never stops the
  worker: it waits and tries again, and a task whose outcome could not be
  recorded is queued again rather than left RUNNING.

This command takes the name ``db_worker`` from django-tasks-db because
``django_tasks_db`` is listed after ``factcheck`` in ``INSTALLED_APPS``.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time

from django.db import close_old_connections, connection
from django.db.utils import OperationalError
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult, TaskResultStatus
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from factcheck import table_statistics, tasks

logger = logging.getLogger("django_tasks_db")


# The last line of the traceback of a task that met a busy SQLite database.
BUSY_TRACEBACK = "django.db.utils.OperationalError: database is locked"


def _busy(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError) and is_locked_database_exception(exc)


class LeasedWorker(db_worker.Worker):
    """A worker that holds a renewed lease, sweeps up dead workers' tasks and waits out a
    busy database."""

    def __init__(self, *, lease: float, sweep_interval: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lease = lease
        self.sweep_interval = sweep_interval
        self._last_sweep = 0.0
        self._beating = threading.Event()

    # -- the lease -------------------------------------------------------------------

    def _renew(self) -> bool:
        try:
            tasks.renew_lease(self.worker_id, seconds=self.lease)
        except OperationalError as exc:
            logger.warning("Could not renew worker %s's lease: %s", self.worker_id, exc)
            return False
        return True

    def _heartbeat(self) -> None:
        try:
            while not self._beating.wait(self.lease / 3):
                self._renew()
        finally:
            connection.close()

    def _wait_for_database(self, exc: BaseException) -> None:
        logger.warning("Database busy (%s); worker %s tries again shortly.", exc, self.worker_id)
        time.sleep(max(self.interval, 0.5))

    def run(self) -> None:
        """django-tasks-db's loop (0.13 ``Worker.run``), with the lease held throughout,
        a sweep before each look for a task and a busy database waited out."""
        logger.info("Starting worker worker_id=%s queues=%s", self.worker_id,
                    ",".join(self.queue_names))  # fmt: skip
        while not self._renew():  # a lease before any task is claimed
            time.sleep(max(self.interval, 0.5))
        beat = threading.Thread(target=self._heartbeat, name="lease-heartbeat", daemon=True)
        beat.start()
        try:
            if self.startup_delay and self.interval:
                time.sleep(random.random())  # noqa: S311 - spread workers' first looks
            while self.running:
                close_old_connections()
                try:
                    self._sweep()
                    task_result = self._claim_next()
                except OperationalError as exc:
                    if not _busy(exc):
                        raise
                    close_old_connections()
                    self._wait_for_database(exc)
                    continue
                if task_result is not None:
                    self.run_task(task_result)
                elif self.batch:
                    logger.info("No more tasks to run for worker_id=%s - exiting gracefully.",
                                self.worker_id)  # fmt: skip
                    return
                if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                    return
                close_old_connections()
                if self.running and task_result is None:
                    time.sleep(self.interval)
        finally:
            self._beating.set()
            beat.join(timeout=5)
            with contextlib.suppress(OperationalError):  # else the lease lapses by itself
                tasks.release_lease(self.worker_id)

    def _claim_next(self) -> DBTaskResult | None:
        """The next ready task, marked RUNNING under this worker (None: nothing ready)."""
        ready = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            ready = ready.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            ready = ready.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(ready.db):
            task_result = ready.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        return task_result

    # -- the sweep, before each look for a task -----------------------------------

    def _sweep(self) -> None:
        if time.monotonic() - self._last_sweep < self.sweep_interval:
            return
        self._last_sweep = time.monotonic()
        try:
            report = tasks.sweep(grace=self.lease, backend=self.backend_name)
        except OperationalError as exc:
            if not _busy(exc):
                raise
            logger.warning("Sweep skipped, database busy: %s", exc)
            return
        if report.requeued or report.given_up or report.queued or report.failed:
            logger.warning("Sweep by worker %s: %s", self.worker_id, report)
        self._schedule_feeds()
        self._keep_statistics()

    def _keep_statistics(self) -> None:
        """What autovacuum would do, when the server runs without it: the next task's query
        sorts every queued task on statistics taken when the table was empty."""
        try:
            analyzed = table_statistics.analyze_stale_tables()
        except OperationalError as exc:
            if not _busy(exc):
                raise
            logger.warning("Statistics not refreshed, database busy: %s", exc)
            return
        if analyzed:
            logger.info("Worker %s analyzed %s", self.worker_id, ", ".join(analyzed))

    # -- feeds (issue 17): the polls that are due, queued once across all workers -----

    def _schedule_feeds(self) -> None:
        from factcheck.sources.feeds import schedule_polls

        try:
            schedule_polls(backend=self.backend_name)
        except OperationalError as exc:
            if not _busy(exc):
                raise
            logger.warning("Feed polls not scheduled, database busy: %s", exc)

    def run_task(self, db_task_result: DBTaskResult) -> None:
        try:
            super().run_task(db_task_result)
        except OperationalError as exc:
            if not _busy(exc):
                raise
            # The task ran but its outcome could not be recorded: run it again later
            # (the tasks are idempotent) rather than leave it RUNNING for ever.
            self._requeue(db_task_result)
        else:
            failed = db_task_result.status == TaskResultStatus.FAILED
            if failed and BUSY_TRACEBACK in db_task_result.traceback.strip().splitlines()[-1:]:
                # The task itself met a busy database: not its fault, run it again.
                self._requeue(db_task_result)

    def _requeue(self, db_task_result: DBTaskResult) -> None:
        while True:
            try:
                DBTaskResult.objects.filter(
                    pk=db_task_result.pk,
                    status__in=[TaskResultStatus.RUNNING, TaskResultStatus.FAILED],
                ).update(status=TaskResultStatus.READY, started_at=None, finished_at=None,
                         exception_class_path="", traceback="")  # fmt: skip
                return
            except OperationalError as exc:
                if not _busy(exc):
                    raise
                self._wait_for_database(exc)


class Command(db_worker.Command):
    help = (
        "Run a database background worker that holds a renewed lease, queues again the "
        "tasks of workers that died, and waits out a busy database."
    )

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--lease",
            type=db_worker.valid_interval,
            default=60,
            help="Seconds this worker's lease lasts; renewed every third of it "
            "(default: %(default)r). Another worker takes over its task once it lapses.",
        )
        parser.add_argument(
            "--sweep-interval",
            type=db_worker.valid_interval,
            default=10,
            help="Seconds between looks for dead workers' tasks and articles without a "
            "task (default: %(default)r).",
        )

    def handle(self, *, lease: float, sweep_interval: float, **options) -> None:
        from django.conf import settings
        from django.core.management.base import CommandError

        if not settings.DEBUG and getattr(settings, "SECRET_KEY_MISSING", False):
            raise CommandError(settings.NO_KEY_MESSAGE)  # a served process, like wsgi/asgi
        original = db_worker.Worker

        def make_worker(**kwargs):
            return LeasedWorker(lease=lease, sweep_interval=sweep_interval, **kwargs)

        db_worker.Worker = make_worker
        try:
            super().handle(**options)
        finally:
            db_worker.Worker = original
