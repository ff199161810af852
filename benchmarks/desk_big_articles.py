"""The desk queue (`GET /desk/`) with very large articles on the desk, SQLite.

    .venv/bin/python benchmarks/desk_big_articles.py [--articles 2] [--kb 900] [--repeat 3]

A fresh SQLite database (WAL, as in production) gets the seeds; then
``--articles`` articles of ``--kb`` KB each (the seed articles' paragraphs,
repeated, so each has thousands of claims, many shared between them) are
stored and their claims extracted. The queue is then requested by an editor
through the full Django stack in a fresh process, which reports the time of
each request, its queries and how much its memory grew at its peak (VmHWM
over the resident size before the first request; Linux).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _django(db: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # A local, plain-HTTP run of the production settings (see README, Configuration).
    os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
    os.environ.setdefault("HTTPS", "0")
    import django

    django.setup()


def prepare(db: Path, *, articles: int, kb: int) -> None:
    _django(db)
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from factcheck.models import Article
    from factcheck.processing import process_articles
    from factcheck.seeds import SEEDS_DIR, load_seeds

    call_command("migrate", verbosity=0)
    load_seeds()
    editor = User.objects.create_user("bench-editor", password="x")
    editor.groups.add(Group.objects.get(name="Editor"))
    paragraphs = [
        p
        for path in sorted((SEEDS_DIR / "articles").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    for n in range(articles):
        parts, size = [f"Results night, long read {n + 1}"], 0
        i = 0
        while size < kb * 1000:
            paragraph = paragraphs[i % len(paragraphs)]
            parts.append(paragraph)
            size += len(paragraph.encode()) + 2
            i += 1
        start = time.perf_counter()
        article = Article.objects.create(
            title=f"Long read {n + 1}", outlet="Benchmark", body="\n\n".join(parts)
        )
        claims = process_articles([article])
        print(
            f"article {n + 1}: {len(article.body.encode()) / 1000:.0f} KB, "
            f"{claims} claims, extracted in {time.perf_counter() - start:.1f} s"
        )


def _memory_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(db: Path, *, repeat: int) -> None:
    _django(db)
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(User.objects.get(username="bench-editor"))
    before = _memory_kb("VmRSS")
    for i in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get("/desk/")
            elapsed = time.perf_counter() - start
        assert response.status_code == 200, response.status_code
        assert b"Long read 1" in response.content
        grew = (_memory_kb("VmHWM") - before) / 1024
        print(
            f"GET /desk/ #{i + 1}: {elapsed * 1000:.0f} ms, {len(queries)} queries, "
            f"{len(response.content) / 1000:.0f} KB of HTML, peak memory +{grew:.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2)
    parser.add_argument("--kb", type=int, default=900)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, repeat=args.repeat)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        prepare(db, articles=args.articles, kb=args.kb)
        # A fresh process, so its memory is the request's and nothing is cached.
        subprocess.run(
            [sys.executable, __file__, "--measure", str(db), "--repeat", str(args.repeat)],
            check=True,
        )


if __name__ == "__main__":
    main()
