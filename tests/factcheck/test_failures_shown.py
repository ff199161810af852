"""Every failure is shown: a failed extraction with its reason and "Try again"; requests
too large to read, NUL characters, unknown ids and server errors each get a clear page
or message, and change nothing. The sweep that finds stuck work, step by step."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, TaskResultStatus

from factcheck import processing, review, tasks
from factcheck.models import Article, Claim, Review, WorkerLease
from tests.factories import ClaimFactory

URL = reverse("factcheck:article_add")
TEXT = "Jane Doe won Northam with 12,345 votes, a majority of 2,001.\nTurnout was 61.2%."
LIMIT = "Exceeds the limit (4300 digits) for integer string conversion"


@pytest.fixture
def failing_extractor(monkeypatch):
    """The extractor raises, as it did on "9" repeated 10,000 times."""

    def fail(*args, **kwargs):
        raise ValueError(LIMIT)

    monkeypatch.setattr(processing, "check_text", fail)
    return monkeypatch


def add(client, capture, **data):
    with capture(execute=True):
        return client.post(URL, {"title": "Northam", "body": TEXT, **data}, follow=True)


def test_a_failed_extraction_shows_its_reason_stops_polling_and_can_be_tried_again(
    client, db, editor, failing_extractor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    add(client, django_capture_on_commit_callbacks)
    article = Article.objects.get(title="Northam")
    assert article.extracted_at is None
    assert LIMIT in article.extraction_error

    page = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert "Claims could not be extracted: ValueError: " + LIMIT in page
    assert "Try again" in page
    assert "Extracting claims" not in page
    assert "hx-trigger" not in page.split("Try again")[0][-600:]
    poll = client.get(
        reverse("factcheck:article_extraction", args=[article.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert LIMIT in poll
    assert "Try again" in poll
    assert "hx-trigger" not in poll  # the page stops polling
    queue = client.get(reverse("factcheck:desk_index")).content.decode()
    assert "Extraction failed" in queue

    failing_extractor.undo()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("factcheck:article_retry", args=[article.pk]), follow=True)
    article.refresh_from_db()
    assert article.extracted_at is not None
    assert article.extraction_error == ""
    assert {"12,345", "2,001"} <= set(article.claims.values_list("text", flat=True))
    assert "Extracting the claims again" in response.content.decode()


def test_a_body_of_numbers_is_refused_at_once_with_the_count(
    client, db, editor, django_capture_on_commit_callbacks
):
    """ "9 9 9 …" 450,000 times kept a worker busy 15 minutes: past MAX_FIGURES numbers the
    extraction stops after one scan and the article says why."""
    client.force_login(editor)
    body = "9 " * (processing.MAX_FIGURES + 1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"title": "Nines", "body": body}, follow=True)
    article = Article.objects.get(title="Nines")
    assert article.extracted_at is None
    assert not article.claims.exists()
    page = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert "The text holds 30,001 numbers; Tally reads at most 30,000 in one article" in page
    assert "Try again" in page


def test_adding_the_text_of_a_failed_article_again_tries_again(
    client, db, editor, failing_extractor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    add(client, django_capture_on_commit_callbacks)
    failing_extractor.undo()
    again = add(client, django_capture_on_commit_callbacks, title="Northam again")
    assert "could not be extracted before; they are being extracted again" in (
        again.content.decode()
    )
    article = Article.objects.get()
    assert article.extracted_at is not None
    assert article.claims.exists()


def test_a_busy_database_is_not_recorded_as_a_failed_extraction(db, monkeypatch):
    article = Article.objects.create(title="Busy", body=TEXT)

    def busy(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(processing, "check_text", busy)
    with pytest.raises(OperationalError):
        processing.extract_pending(article.pk)
    article.refresh_from_db()
    assert article.extraction_pending  # the worker runs it again; nothing to show yet


def test_an_extracted_article_is_not_extracted_again_by_a_repeated_task(db, editor):
    article = Article.objects.create(title="Done", body=TEXT)
    assert processing.extract_pending(article.pk) > 0
    claim = article.claims.first()
    review.set_verdict(
        claim=claim, editor=editor, verdict="accurate", token=review.state_token(claim)
    )
    assert processing.extract_pending(article.pk) == 0
    assert Claim.objects.filter(pk=claim.pk).exists()
    assert Review.objects.exists()


# -- the sweep ----------------------------------------------------------------------


@pytest.fixture
def db_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _running(article, workers):
    result = tasks.extract_article.enqueue(article_id=article.pk)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=workers
    )
    return DBTaskResult.objects.get(pk=result.id)


def test_the_sweep_requeues_a_task_whose_worker_lease_expired(db, db_tasks):
    article = Article.objects.create(title="A", body=TEXT)
    alive = _running(article, ["alive"])
    dead = _running(Article.objects.create(title="B", body=TEXT + " B"), ["dead"])
    tasks.renew_lease("alive", seconds=60)
    WorkerLease.objects.create(worker_id="dead", expires_at=timezone.now())
    report = tasks.sweep(grace=60)
    assert report.requeued == 1
    alive.refresh_from_db()
    dead.refresh_from_db()
    assert (alive.status, dead.status) == (TaskResultStatus.RUNNING, TaskResultStatus.READY)
    assert not WorkerLease.objects.filter(worker_id="dead").exists()


def test_a_task_that_killed_three_workers_fails_and_says_so_on_the_article(db, db_tasks):
    article = Article.objects.create(title="Poison", body=TEXT)
    result = _running(article, ["w1", "w2", "w3"])
    assert tasks.sweep(grace=60).given_up == 1
    result.refresh_from_db()
    article.refresh_from_db()
    assert result.status == TaskResultStatus.FAILED
    assert article.extraction_failed
    assert "stopped 3 times" in article.extraction_error


def test_the_sweep_queues_an_article_saved_without_a_task(db, db_tasks):
    article = Article.objects.create(title="Orphan", body=TEXT)
    assert tasks.sweep(grace=60).queued == 0  # just saved: its task may be on its way
    Article.objects.filter(pk=article.pk).update(
        added_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert tasks.sweep(grace=60).queued == 1
    assert tasks.sweep(grace=60).queued == 0  # once
    [queued] = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert queued.args_kwargs["kwargs"] == {"article_id": article.pk}


def test_the_sweep_marks_an_article_whose_task_failed(db, db_tasks):
    article = Article.objects.create(title="Failed", body=TEXT)
    Article.objects.filter(pk=article.pk).update(
        added_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    result = tasks.extract_article.enqueue(article_id=article.pk)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path="builtins.MemoryError",
        traceback="Traceback (most recent call last):\n  ...\nMemoryError: out of memory\n",
    )
    assert tasks.sweep(grace=60).failed == 1
    article.refresh_from_db()
    assert article.extraction_error == "Claims could not be extracted: MemoryError: out of memory"


# -- requests and input that cannot be taken ------------------------------------------


def test_a_body_too_large_to_read_says_the_limit(client, db, editor, settings):
    client.force_login(editor)
    response = client.post(URL, {"title": "Huge", "body": "x" * 3_000_000})
    html = response.content.decode()
    assert response.status_code == 400
    assert "What was sent is 3 MB" in html
    assert "at most 2.5 MB of typed or pasted text" in html
    assert "an article can be at most 1 MB" in html
    assert not Article.objects.exists()


def test_a_body_over_the_article_limit_but_readable_says_the_limit(client, db, editor):
    client.force_login(editor)
    response = client.post(URL, {"title": "Big", "body": "x" * 1_500_000})
    assert "the limit is 1 MB" in response.content.decode()
    assert not Article.objects.exists()


def test_too_many_files_says_the_limit(client, db, editor, settings):
    client.force_login(editor)
    most = settings.DATA_UPLOAD_MAX_NUMBER_FILES
    files = [SimpleUploadedFile(f"a{i}.txt", b"1,000 votes.") for i in range(most + 1)]
    response = client.post(URL, {"files": files})
    html = response.content.decode()
    assert response.status_code == 400
    assert f"at most {most:,} files can be uploaded together" in html
    assert not Article.objects.exists()


@pytest.mark.parametrize("field", ["title", "outlet", "body"])
def test_nul_characters_in_typed_fields_are_refused(client, db, editor, field):
    client.force_login(editor)
    data = {"title": "T", "outlet": "O", "body": TEXT} | {field: "12,345\x00 votes"}
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    assert not Article.objects.exists()


def test_a_nul_character_in_an_uploaded_file_is_refused(client, db, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("word.txt", b"Jane Doe won 12,345\x00 votes.")
    response = client.post(URL, {"files": [upload]})
    assert "word.txt contains a NUL character" in response.content.decode()
    assert not Article.objects.exists()


def test_the_queue_takes_a_nul_in_its_filters(client, db, editor):
    client.force_login(editor)
    Article.objects.create(title="Northam", body=TEXT)
    response = client.get(reverse("factcheck:desk_index"), {"q": "North\x00am", "outlet": "\x00"})
    assert response.status_code == 200


@pytest.mark.parametrize("claim", ["abc", "1.5", "-1", "99999999", "１"])
def test_an_unknown_or_malformed_claim_id_is_404(client, db, editor, claim):
    client.force_login(editor)
    article = Article.objects.create(title="Northam", body=TEXT)
    url = reverse("factcheck:article_detail", args=[article.pk])
    assert client.get(url, {"claim": claim}).status_code == 404


def test_a_failed_save_gets_the_not_saved_page(client, editor, monkeypatch, db):
    claim = ClaimFactory()
    client.force_login(editor)

    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(review, "set_verdict", locked)
    client.raise_request_exception = False
    response = client.post(
        reverse("factcheck:claim_verdict", args=[claim.pk]),
        {"verdict": "accurate", "token": review.state_token(claim)},
    )
    assert response.status_code == 500
    assert "Not saved — try again" in response.content.decode()


# -- the queue with long articles ---------------------------------------------------


def test_the_queue_loads_no_article_bodies(client, db, editor, django_assert_max_num_queries):
    client.force_login(editor)
    body = ("Jane Doe won 12,345 votes. " * 40 + "\n\n") * 30
    for n in range(2):
        article = Article.objects.create(title=f"Long read {n}", body=f"{n} {body}")
        processing.process_article(article)
    with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(12):
        response = client.get(reverse("factcheck:desk_index"))
    html = response.content.decode()
    assert "Claims made in several articles" in html
    # the shared claim lists each article once, however often it repeats the claim
    assert html.count(">Long read 0</a>") == 2  # the queue's row and the shared claim's
    selects = [q["sql"] for q in queries if "factcheck_article" in q["sql"]]
    assert selects
    assert not any('"factcheck_article"."body"' in sql for sql in selects)
