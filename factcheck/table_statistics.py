"""Planner statistics kept fresh on PostgreSQL when nothing else keeps them.

PostgreSQL chooses how to run a query from statistics that ``ANALYZE`` takes, and its
autovacuum daemon takes them again once enough rows changed. A server run without
autovacuum (``autovacuum = off``, as on some managed or hand-tuned servers, and on the
machines Tally is developed on) keeps the statistics of the moment each table was
created: empty. The worker's query for the next task then sorts every queued task each
time (the planner, expecting one row, does not walk the ordering index), so with 10,000
articles queued each claim of a task costs milliseconds and extraction slows as the queue
grows. The worker's sweep (``manage.py db_worker``) calls ``analyze_stale_tables`` every
few seconds; it only reads ``pg_stat_user_tables`` unless a table needs it.
"""

from __future__ import annotations

from django.db import connection

# The task table, whose rows change state twice a task: analyzed whenever a tenth of it
# changed. The others (the tables the worker and the desk query most) once, when they first
# fill: their statistics' shape then holds (a re-analysis of the articles' table, bodies
# and all, every few seconds cost more than it saved).
TASKS = "django_tasks_database_dbtaskresult"
TABLES = (
    TASKS,
    "factcheck_article",
    "factcheck_claim",
    "factcheck_claimgroup",
    "factcheck_claimevidence",
)

# What autovacuum's defaults would do (autovacuum_analyze_threshold 50,
# autovacuum_analyze_scale_factor 0.1), with a higher floor: a table is analyzed again
# once more than MIN_CHANGED rows and more than SHARE_CHANGED of its rows changed.
MIN_CHANGED = 500
SHARE_CHANGED = 0.1
# an arbitrary key for pg_try_advisory_lock, Tally's own
ADVISORY_LOCK = 0x7A11_57A7


def analyze_stale_tables(tables: tuple[str, ...] = TABLES) -> list[str]:
    """On PostgreSQL with autovacuum off, ``ANALYZE`` each of ``tables`` whose rows changed
    by more than ``MIN_CHANGED`` and ``SHARE_CHANGED`` (a fraction) since its statistics
    were last taken: the task table each time, the others only if never analyzed; one
    worker at a time (an advisory lock; another returns at once). Returns the names of
    the tables analyzed (none on SQLite, or when autovacuum runs: it does this itself).
    Must run outside a transaction block, as the worker's loop does; raises
    ``django.db.OperationalError`` as any query may."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('autovacuum') = 'on'")
        if cursor.fetchone()[0]:
            return []
        # one worker at a time: two ANALYZEs of one table wait on each other
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK])
        if not cursor.fetchone()[0]:
            return []
        try:
            cursor.execute(
                "SELECT relname FROM pg_stat_user_tables "
                "WHERE relname = ANY(%s) AND n_mod_since_analyze > %s "
                "AND n_mod_since_analyze > %s * n_live_tup "
                "AND (relname = %s OR coalesce(last_analyze, last_autoanalyze) IS NULL)",
                [list(tables), MIN_CHANGED, SHARE_CHANGED, TASKS],
            )
            stale = sorted(name for (name,) in cursor.fetchall())
            for name in stale:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(name)}")
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])
    return stale
