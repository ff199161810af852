"""``manage.py ingest_articles`` (issue 17): .txt files with and without a header, a folder,
JSON Lines; what it added, skipped as duplicate and refused, counted and said."""

from __future__ import annotations

import datetime
import json
from io import StringIO

from django.core.management import call_command

from factcheck.models import Article

TEXT = "Jeremy Corbyn won 24,120 votes in Islington North, a majority of 7,247."


def _run(*paths, **options) -> str:
    out, err = StringIO(), StringIO()
    call_command("ingest_articles", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    assert "100%" in err.getvalue()  # the progress bar reached the end
    return out.getvalue()


def test_files_a_folder_and_json_lines_with_counts(tmp_path, seeded, editor):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "title: Corbyn holds\nsource: https://news.example/corbyn\ndate: 5 July 2024\n"
        "author: Jo Bloggs\n\n" + TEXT,
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Turnout in Islington North was 67.5% at the 2024 general election.", "utf-8"
    )
    (folder / "notes.md").write_text("ignored: not a .txt or .jsonl", "utf-8")
    (folder / "empty.txt").write_text("   \n", "utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 society, 1,000 votes".encode("latin-1"))
    lines = tmp_path / "feed.jsonl"
    lines.write_text(
        "\n".join([
            json.dumps({"text": "Labour won 411 seats across the UK.", "title": "Landslide",
                        "outlet": "Wire", "date": "2024-07-05"}),
            json.dumps({"text": "  " + TEXT}),  # the same text as a.txt: a duplicate
            json.dumps({"title": "no text"}),
            "{not json",
            json.dumps({"text": "x", "date": "someday"}),
        ]),
        encoding="utf-8",
    )  # fmt: skip
    out = _run(folder, lines, user=editor.username)
    assert "Added 3, skipped 1 as duplicate" in out
    assert "refused 5." in out
    assert "empty.txt: no text" in out
    assert "latin1.txt: not UTF-8 text" in out
    assert "feed.jsonl:3: no text" in out
    assert "feed.jsonl:4: not a JSON object" in out
    assert "feed.jsonl:5: date 'someday' is not a date" in out
    headed = Article.objects.get(title="Corbyn holds")
    assert headed.url == "https://news.example/corbyn"
    assert headed.published_on == datetime.date(2024, 7, 5)
    assert headed.author == "Jo Bloggs"
    assert headed.body == TEXT  # the header is not part of the text
    assert headed.added_by == editor
    assert headed.election.slug == "ge2024"
    landslide = Article.objects.get(title="Landslide")
    assert landslide.outlet == "Wire"
    assert Article.objects.get(source_file="b.txt").election.slug == "ge2024"

    again = _run(folder, lines)
    assert "Added 0, skipped 4 as duplicate" in again


def test_a_dry_run_stores_nothing(tmp_path, db):
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    out = _run(tmp_path / "a.txt", tmp_path / "missing.txt", dry_run=True)
    assert "Would add 1" in out
    assert "missing.txt: no such file or folder" in out
    assert not Article.objects.exists()
