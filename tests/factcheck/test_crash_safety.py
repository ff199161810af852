"""Background work survives crashes: real ``manage.py db_worker`` processes, killed
with SIGKILL, on a database of their own (a SQLite file, or a fresh PostgreSQL
database when ``DATABASE_URL`` names PostgreSQL).

The workers run with a 2-second lease so a dead one is noticed in seconds; in
production the lease is 60 s.
"""

import signal
import sqlite3
import time
from urllib.parse import urlparse

import pytest

from tests.factcheck.workers import probe, wait_for


def test_a_task_whose_worker_was_killed_is_run_by_the_next_worker(worker_db, workers):
    db, _ = worker_db
    article = probe(worker_db, "add", 600)
    first = workers()
    wait_for(lambda: db.tasks(article) and db.tasks(article)[0][0] == "RUNNING", timeout=60)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    # Killed mid-task: the task is left RUNNING and the article has no claims.
    assert db.tasks(article)[0][0] == "RUNNING"
    assert db.article(article) == (False, "", 0)

    second = workers()
    wait_for(lambda: db.article(article)[0], timeout=90, step=0.2)
    extracted, error, claims = db.article(article)
    assert error == ""
    assert claims > 100
    [(status, worker_ids)] = db.tasks(article)
    assert status == "SUCCESSFUL"
    assert len(worker_ids) == 2  # run by two workers: the killed one, then the second
    assert second.poll() is None


def test_a_task_left_running_after_its_claims_were_written_ends_without_redoing_them(
    worker_db, workers
):
    db, _ = worker_db
    article = probe(worker_db, "extracted-with-orphan-task", 20)
    claims = db.rows(f"SELECT id FROM factcheck_claim WHERE article_id = {article} ORDER BY id")
    assert claims
    assert db.tasks(article)[0][0] == "RUNNING"
    workers()
    wait_for(lambda: db.tasks(article)[0][0] == "SUCCESSFUL", timeout=60, step=0.2)
    # The claims written before the crash stand (an editor may have started on them).
    assert db.rows(f"SELECT id FROM factcheck_claim WHERE article_id = {article} ORDER BY id") == (
        claims
    )


def test_an_article_saved_without_a_task_is_found_and_extracted(worker_db, workers):
    db, _ = worker_db
    article = probe(worker_db, "add-without-task", 20, 30)
    assert db.tasks(article) == []
    workers()
    wait_for(lambda: db.article(article)[0], timeout=60, step=0.2)
    assert db.article(article)[2] > 10
    assert [status for status, _ in db.tasks(article)] == ["SUCCESSFUL"]


def test_the_worker_waits_out_a_locked_database(worker_db, workers):
    db, _ = worker_db
    if db.postgres:
        pytest.skip("'database is locked' is SQLite's; PostgreSQL waits on row locks")
    # SQLite gives up on a lock after SQLITE_TIMEOUT seconds (20 in production); the
    # lock is held for four times that, as a long write or a backup would hold it.
    worker = workers(SQLITE_TIMEOUT="1")
    # started (its system checks, which read the database, are done): a loaded machine
    # can take seconds
    wait_for(lambda: "Starting worker" in worker.log.read_text(), timeout=60)
    lock = sqlite3.connect(urlparse(db.url).path, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    time.sleep(4)
    assert worker.poll() is None, worker.log.read_text()
    lock.execute("ROLLBACK")
    lock.close()
    article = probe(worker_db, "add", 5)
    wait_for(lambda: db.article(article)[0], timeout=60, step=0.2)
    assert worker.poll() is None
    assert "database is locked" in worker.log.read_text()  # it met the lock, and carried on
