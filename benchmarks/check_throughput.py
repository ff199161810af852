"""Throughput of extraction and checking together, against quantulum3 on the same text.

Run from the repository root:

    .venv/bin/python benchmarks/check_throughput.py [--mb 1] [--quantulum-kb 40] [--repeat 3]

This is the path ``manage.py extract_claims --json`` runs: ``processing.check_text``
extracts every figure, infers the article's seat, weighs each figure's readings against
the official figures and suggests a verdict. Both elections (2019 and 2024, every seat,
and the notional 2019 baseline) are loaded from ``seeds/official`` into a throwaway SQLite
database first; the snapshot and gazetteer are built once, outside the timing, as a
running app keeps them. The corpus is the one ``extraction_throughput.py`` builds (seed
articles varied a little), plus, with ``--dev-set``, the real articles at
``../shared/dev-set`` (read there, never copied). quantulum3 only finds quantities, so it
is the floor any figure-finder should beat; it is timed on a prefix of the same corpus.
Each side reports the best of ``--repeat`` runs, on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def setup_django(db: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # A local, plain-HTTP run of the production settings (see README, Configuration).
    os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
    os.environ.setdefault("HTTPS", "0")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from results.seeds import load_official_seeds

    load_official_seeds(REPO / "seeds" / "official")


def dev_set_bodies() -> list[str]:
    folder = REPO.parent / "shared" / "dev-set" / "articles"
    return [f.read_text(encoding="utf-8").split("\n\n", 1)[1] for f in sorted(folder.glob("*.txt"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size")
    ap.add_argument("--quantulum-kb", type=float, default=40.0, help="prefix for quantulum3")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    ap.add_argument("--dev-set", action="store_true", help="add ../shared/dev-set's articles")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        setup_django(Path(tmp) / "bench.sqlite3")
        loaded = time.perf_counter() - started

        from extraction_throughput import build_corpus, mb, time_quantulum

        from factcheck import extraction, snapshot
        from factcheck.processing import check_text

        started = time.perf_counter()
        current = snapshot.current()
        current.gazetteer.index  # noqa: B018  (built once, as the app keeps it)
        built = time.perf_counter() - started
        corpus = build_corpus(args.mb)
        if args.dev_set:
            corpus = dev_set_bodies() + corpus
        sub: list[str] = []
        while mb(sub) * 1000 < args.quantulum_kb:
            sub.append(corpus[len(sub)])

        def run_extraction(texts):
            started = time.perf_counter()
            n = sum(
                len(extraction.extract_claims(t, gazetteer=current.gazetteer, election="ge2024"))
                for t in texts
            )
            return time.perf_counter() - started, n

        def run_checking(texts):
            started = time.perf_counter()
            n = sum(len(check_text(t, election="ge2024", current=current).found) for t in texts)
            return time.perf_counter() - started, n

        ext_s, ext_n = min(run_extraction(corpus) for _ in range(args.repeat))
        chk_s, chk_n = min(run_checking(corpus) for _ in range(args.repeat))
        q_s, q_n = min(time_quantulum(sub) for _ in range(args.repeat))
        q_rate = mb(sub) / q_s
        size = mb(corpus)
        print(f"best of {args.repeat} runs, one core; {size:.2f} MB, {len(corpus)} articles")
        print(f"official data loaded in {loaded:.1f} s; snapshot and gazetteer in {built:.2f} s")
        print(
            f"extraction alone: {size / ext_s:.2f} MB/s ({ext_n} claims) = "
            f"{size / ext_s / q_rate:.0f}x quantulum3"
        )
        print(
            f"extraction and checking (check_text): {size / chk_s:.2f} MB/s ({chk_n} claims) = "
            f"{size / chk_s / q_rate:.0f}x quantulum3"
        )
        print(f"quantulum3 parser.parse: {q_rate * 1000:.1f} kB/s ({q_n} quantities)")
        print(f"checking's share of the time: {(chk_s - ext_s) / chk_s:.0%}")


if __name__ == "__main__":
    main()
