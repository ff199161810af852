"""The worker keeps PostgreSQL's planner statistics when autovacuum does not
(``factcheck.table_statistics``)."""

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from factcheck import table_statistics

pytestmark = pytest.mark.django_db(transaction=True)

TABLE = table_statistics.TASKS


def _autovacuum_on() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('autovacuum') = 'on'")
        return cursor.fetchone()[0]


def _last_analyze(table: str):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
    with connection.cursor() as cursor:  # the flush happens between statements
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT last_analyze, n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = %s",
            [table],
        )
        return cursor.fetchone()


def _queue(n: int) -> None:
    DBTaskResult.objects.bulk_create(
        DBTaskResult(
            task_path="factcheck.tasks.extract_article", args_kwargs={"args": [], "kwargs": {}},
            queue_name="default", backend_name="default", run_after=timezone.now(),
            exception_class_path="", traceback="",
        )
        for _ in range(n)
    )  # fmt: skip


def test_the_task_table_is_analyzed_when_a_tenth_of_it_changed():
    rows = table_statistics.MIN_CHANGED + 100
    _queue(rows)
    if connection.vendor != "postgresql":
        assert table_statistics.analyze_stale_tables() == []  # SQLite plans without them
        return
    if _autovacuum_on():
        assert table_statistics.analyze_stale_tables() == []  # autovacuum's work
        return
    before, changed = _last_analyze(TABLE)
    assert changed >= rows
    assert TABLE in table_statistics.analyze_stale_tables()
    after, changed = _last_analyze(TABLE)
    assert after is not None
    assert after != before
    assert changed == 0
    # nothing changed since: not analyzed again
    assert TABLE not in table_statistics.analyze_stale_tables()
    _queue(rows)  # the queue doubled: analyzed again
    _last_analyze(TABLE)  # (the counts are flushed)
    assert TABLE in table_statistics.analyze_stale_tables()
