"""Article extraction libraries compared on news pages: trafilatura against readability-lxml.

    .venv/bin/python benchmarks/article_extraction.py [--runs 20]

The pages are ``tests/sources_site.py``'s four layouts (a public broadcaster's text
blocks with JSON-LD, a national paper's commercial body div with an ad slot and reader
comments, a WordPress local paper with widgets and comments, a wire story with its date
and byline only in the text), each with navigation, related links and a footer, plus a
section front (not an article) and a paywalled page. For each library and page: how much
of the article's text it kept (recall, by words), how much of what it kept is the
article's (precision), whether a reader's comment with a figure in it ("at least 30,000
votes") leaked into the text (it would become a claim), whether title, author and date
came out, and the time per page (min, median and max over ``--runs``).

readability-lxml gives the title and the main HTML only; its text is that HTML through
``factcheck.ingest.html_to_text``, the desk's own reduction.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import sources_site  # noqa: E402

WORD = re.compile(r"[\w%,.'’-]+")


def words(text: str) -> list[str]:
    return [w.strip(".,").lower() for w in WORD.findall(text)]


def score(truth: str, got: str) -> tuple[float, float]:
    want, have = words(truth), words(got)
    if not have:
        return 0.0, 0.0
    want_set, have_set = set(want), set(have)
    recall = sum(1 for w in want if w in have_set) / len(want)
    precision = sum(1 for w in have if w in want_set) / len(have)
    return recall, precision


def with_trafilatura(page: str, url: str) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return {"text": "", "title": "", "author": "", "date": ""}
    return {"text": doc.text or "", "title": doc.title or "", "author": doc.author or "",
            "date": doc.date or ""}  # fmt: skip


def with_readability(page: str, url: str) -> dict:
    from readability import Document

    from factcheck.ingest import html_to_text

    doc = Document(page, url=url)
    return {"text": html_to_text(doc.summary(html_partial=True)), "title": doc.short_title(),
            "author": "", "date": ""}  # fmt: skip


LIBRARIES = {"trafilatura": with_trafilatura, "readability-lxml": with_readability}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()

    pages = [
        (name, layout(story), story)
        for story, (name, layout) in zip(
            sources_site.stories(), sources_site.LAYOUTS.items(), strict=True
        )
    ]
    for library, extract in LIBRARIES.items():
        print(f"\n{library}")
        print(f"  {'page':<12} {'recall':>6} {'prec.':>6} {'comment':>8} {'title':>6} "
              f"{'author':>6} {'date':>6} {'ms min/med/max':>18}")  # fmt: skip
        for name, page, story in pages:
            url = f"https://news.example.org/news/{story.slug}"
            got = extract(page, url)
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                extract(page, url)
                times.append((time.perf_counter() - start) * 1000)
            recall, precision = score(story.text, got["text"])
            leaked = "30,000" in got["text"]
            print(
                f"  {name:<12} {recall:>6.2f} {precision:>6.2f} {'leaked' if leaked else 'no':>8} "
                f"{'ok' if got['title'] == story.title else 'no':>6} "
                f"{'ok' if got['author'] == story.author else 'no':>6} "
                f"{'ok' if got['date'] == story.date else 'no':>6} "
                f"{min(times):>6.1f}/{statistics.median(times):.1f}/{max(times):.1f}"
            )
        for name, page in [
            ("index", sources_site.index_page()),
            ("paywalled", sources_site.paywalled_page(sources_site.stories()[0])),
        ]:
            got = extract(page, "https://news.example.org/" + name)
            print(f"  {name:<12} {len(words(got['text'])):>4} words kept: "
                  f"{got['text'][:70]!r}")  # fmt: skip


if __name__ == "__main__":
    main()
