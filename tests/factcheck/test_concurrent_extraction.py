"""Two workers extracting at once store every claim once and fail nothing: real
``manage.py db_worker`` processes on a database of their own (SQLite file, or a fresh
PostgreSQL database when ``DATABASE_URL`` names PostgreSQL; see ``workers.py``).

Before claim groups were written with ``ON CONFLICT DO NOTHING``, two workers creating
the same new group at once failed one task with an ``IntegrityError``; and an article
whose task was queued twice could be stored by both.
"""

from tests.factcheck.workers import probe, wait_for

PAIRS = 60


def _failed_tasks(db) -> list[tuple]:
    return db.rows(
        "SELECT task_path, traceback FROM django_tasks_database_dbtaskresult "
        "WHERE status = 'FAILED'"
    )


def test_two_workers_extracting_articles_that_say_the_same_store_one_group_each(worker_db, workers):
    db, _ = worker_db
    ids = [int(pk) for pk in probe_ids(worker_db, "pairs", PAIRS)]
    workers(), workers()
    wait_for(
        lambda: _failed_tasks(db) or all(db.article(pk)[0] for pk in ids), timeout=240, step=0.5
    )

    assert _failed_tasks(db) == []
    assert all(db.article(pk)[1] == "" for pk in ids)
    # Both copies of a pair share every group, and no group was created twice.
    in_list = ", ".join(map(str, ids))
    per_group = db.rows(
        "SELECT group_id, count(DISTINCT article_id) FROM factcheck_claim "
        f"WHERE article_id IN ({in_list}) GROUP BY group_id"
    )
    assert len(per_group) >= 3 * PAIRS
    assert {count for _, count in per_group} == {2}, per_group
    keys = db.rows(
        "SELECT key, count(*) FROM factcheck_claimgroup GROUP BY key HAVING count(*) > 1"
    )
    assert keys == []


def test_an_article_queued_twice_and_taken_by_two_workers_is_stored_once(worker_db, workers):
    db, _ = worker_db
    article = probe(worker_db, "twice", 40)
    workers(), workers()
    wait_for(lambda: [s for s, _ in db.tasks(article)] == ["SUCCESSFUL"] * 2, timeout=120)

    extracted, error, claims = db.article(article)
    assert extracted
    assert error == ""
    spans = db.rows(
        "SELECT count(*), count(DISTINCT start || '-' || claim_type) FROM factcheck_claim "
        f"WHERE article_id = {article}"
    )[0]
    assert spans[0] == spans[1] == claims > 50


def probe_ids(worker_db, *args) -> list[str]:
    import subprocess
    import sys

    from tests.factcheck.workers import REPO

    _, env = worker_db
    done = subprocess.run(
        [sys.executable, "-m", "tests.factcheck.worker_probe", *map(str, args)],
        cwd=REPO, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return done.stdout.split()
