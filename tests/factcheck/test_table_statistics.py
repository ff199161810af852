"""The worker keeps PostgreSQL's planner statistics when autovacuum does not
(``factcheck.table_statistics``)."""

import pytest
from django.db import connection

from factcheck import table_statistics
from factcheck.models import ClaimGroup

pytestmark = pytest.mark.django_db(transaction=True)

TABLE = "factcheck_claimgroup"


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


def test_a_table_that_filled_up_since_its_statistics_is_analyzed_once():
    rows = table_statistics.MIN_CHANGED + 100
    ClaimGroup.objects.bulk_create(
        ClaimGroup(
            key=f"statistics-test-{n}", claim_type="votes", value=n, unit="votes", qualifier="exact"
        )
        for n in range(rows)
    )
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
