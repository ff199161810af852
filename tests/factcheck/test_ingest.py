"""Adding articles: paste, upload, duplicates, HTML, size limit; claims extracted on save."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factcheck.ingest import html_to_text
from factcheck.models import Article, Claim

URL = reverse("factcheck:article_add")
TEXT = "Jane Doe won Northam with 12,345 votes, a majority of 2,001.\nTurnout was 61.2%."


def test_pasting_an_article_stores_it_and_extracts_its_claims(
    client, seeded, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL,
            {
                "title": "Northam result",
                "outlet": "The Courier",
                "url": "https://example.org/northam",
                "body": TEXT,
            },
        )
    article = Article.objects.get(title="Northam result")
    assert response.status_code == 302
    assert response.url == reverse("factcheck:article_detail", args=[article.pk])
    assert article.added_by == editor
    texts = set(article.claims.values_list("text", flat=True))
    assert {"12,345", "2,001", "61.2%"} <= texts


def test_the_same_text_or_url_is_not_stored_twice(client, seeded, editor):
    client.force_login(editor)
    client.post(URL, {"title": "One", "url": "https://example.org/a", "body": TEXT})
    again = client.post(URL, {"title": "Two", "body": "  " + TEXT.replace(" ", "  ")}, follow=True)
    assert "Already on the desk" in again.content.decode()
    first = Article.objects.get(title="One")  # the one there, opened
    assert again.redirect_chain[-1][0] == reverse("factcheck:article_detail", args=[first.pk])
    same_url = client.post(URL, {"title": "Three", "url": "https://example.org/a",
                                 "body": "Different words, 1,000 votes."}, follow=True)  # fmt: skip
    assert "Already on the desk" in same_url.content.decode()
    assert Article.objects.filter(title__in=["One", "Two", "Three"]).count() == 1


def test_pasted_html_is_reduced_to_text(client, db, editor):
    client.force_login(editor)
    client.post(URL, {"title": "HTML", "body": (
        "<p>Jane Doe won <b>12,345</b> votes.</p><script>alert('x')</script>"
        "<p>Turnout was 61.2&nbsp;per cent.</p>"
    )})  # fmt: skip
    body = Article.objects.get(title="HTML").body
    assert body == "Jane Doe won 12,345 votes.\nTurnout was 61.2\u00a0per cent."
    assert html_to_text("<div>a<br>b</div>") == "a\nb"


def test_several_txt_files_can_be_uploaded_at_once(
    client, seeded, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    files = [
        SimpleUploadedFile("one.txt", b"Alpha won 1,111 votes in Northam.", "text/plain"),
        SimpleUploadedFile(
            "two.txt", "Beta won 2,222 votes \u2013 a record.".encode(), "text/plain"
        ),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"outlet": "Wire", "files": files})
    assert set(Article.objects.filter(outlet="Wire").values_list("source_file", flat=True)) == {
        "one.txt", "two.txt",
    }  # fmt: skip
    assert Claim.objects.filter(article__outlet="Wire", text="2,222").exists()


def test_a_body_over_one_megabyte_is_refused_and_the_form_keeps_what_was_typed(client, db, editor):
    client.force_login(editor)
    response = client.post(URL, {"title": "Too long", "outlet": "Big Paper",
                                 "body": "x" * 1_000_001})  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert "the limit is 1 MB" in html
    assert 'value="Big Paper"' in html
    assert 'value="Too long"' in html
    assert not Article.objects.exists()


def test_a_file_that_is_not_utf8_text_is_refused(client, db, editor):
    client.force_login(editor)
    response = client.post(URL, {"files": [SimpleUploadedFile("x.txt", b"\xff\xfe\x00bad")]})
    assert "is not UTF-8 text" in response.content.decode()
    response = client.post(URL, {"files": [SimpleUploadedFile("x.pdf", b"%PDF")]})
    assert "is not a .txt file" in response.content.decode()
    assert not Article.objects.exists()


def test_an_empty_form_says_what_is_missing(client, db, editor):
    client.force_login(editor)
    response = client.post(URL, {"title": "Nothing"})
    assert "Paste the article text or choose .txt files" in response.content.decode()


@pytest.mark.django_db
def test_logins_are_locked_out_after_repeated_failures(client, settings, editor):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(reverse("login"), {"username": "ed1", "password": "wrong"})
    locked = client.post(reverse("login"), {"username": "ed1", "password": "pw-for-tests"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_article_page_polls_until_claims_are_extracted(client, seeded, editor):
    client.force_login(editor)
    client.post(URL, {"title": "Pending", "body": TEXT})  # on_commit never runs here
    article = Article.objects.get(title="Pending")
    page = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert "Extracting claims" in page
    poll = reverse("factcheck:article_extraction", args=[article.pk])
    assert "Extracting claims" in client.get(poll, headers={"HX-Request": "true"}).content.decode()
    from factcheck.processing import process_articles

    process_articles([article])
    done = client.get(poll, headers={"HX-Request": "true"})
    assert done.headers["HX-Refresh"] == "true"
    page = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert "Extracting claims" not in page
