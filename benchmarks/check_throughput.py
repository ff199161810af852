"""Throughput of extraction and checking together, against quantulum3 on the same text.

Run from the repository root:

    .venv/bin/python benchmarks/check_throughput.py [--mb 0.5] [--quantulum-kb 40] [--repeat 5]

This is the path ``manage.py extract_claims --json`` runs: ``processing.check_text``
extracts every figure, infers the article's seat, weighs each figure's readings against
the official figures and suggests a verdict. Both elections (2019 and 2024, every seat,
and the notional 2019 baseline) are loaded from ``seeds/official`` into a throwaway SQLite
database first; the snapshot and gazetteer are built once, outside the timing, as a
running app's process keeps them (``snapshot.current()``). The JSON is not written.
Extraction alone (``extraction.extract_claims``) is timed beside it. The corpus is the
one ``extraction_throughput.py`` builds (seed articles varied a little), plus, with
``--dev-set``, the real articles at ``../shared/dev-set`` (read there, never copied) in
front. quantulum3 only finds quantities, so it is the floor any figure-finder should
beat; it is slow, so it is given a prefix of the corpus (the first ``--quantulum-kb`` kB).

After one untimed warm-up pass of each, every one of ``--repeat`` rounds times, in turn:
extraction alone and extraction with checking on the whole corpus, both again on
quantulum3's prefix (looped to about two seconds), then quantulum3 on that prefix, so a
slow spell of the shared machine hits every side. The script prints the min, median and
max over the rounds, of each rate and of each round's ratio to quantulum3 on the same
texts. One core.
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
    ap.add_argument("--mb", type=float, default=0.5, help="corpus size")
    ap.add_argument("--quantulum-kb", type=float, default=40.0, help="prefix for quantulum3")
    ap.add_argument("--repeat", type=int, default=5, help="rounds (min, median, max printed)")
    ap.add_argument("--dev-set", action="store_true", help="add ../shared/dev-set's articles")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        setup_django(Path(tmp) / "bench.sqlite3")
        loaded = time.perf_counter() - started

        from extraction_throughput import build_corpus, looped, mb, prefix, spread, time_quantulum

        from factcheck import extraction, snapshot
        from factcheck.processing import check_text

        started = time.perf_counter()
        current = snapshot.current()
        current.gazetteer.index  # noqa: B018  (built once, as the app's process keeps it)
        built = time.perf_counter() - started
        corpus = build_corpus(args.mb)
        if args.dev_set:
            corpus = dev_set_bodies() + corpus
        sub = prefix(corpus, args.quantulum_kb)
        size, sub_size = mb(corpus), mb(sub)

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

        ext, chk, ext_sub, chk_sub, q, shares = [], [], [], [], [], []
        ext_n = chk_n = q_n = 0
        run_extraction(sub), run_checking(sub), time_quantulum(sub[:1])  # warm up, untimed
        for _ in range(args.repeat):  # interleaved: ours (four ways), then quantulum3
            ext_s, ext_n = run_extraction(corpus)
            chk_s, chk_n = run_checking(corpus)
            ext.append(size / ext_s)
            chk.append(size / chk_s)
            shares.append((chk_s - ext_s) / chk_s)
            ext_sub.append(sub_size / looped(run_extraction, sub)[0])
            chk_sub.append(sub_size / looped(run_checking, sub)[0])
            q_s, q_n = time_quantulum(sub)
            q.append(sub_size / q_s)

        def ratio(ours):
            return spread([o / r for o, r in zip(ours, q, strict=True)], "{:.0f}x")

        print(
            f"{args.repeat} interleaved rounds, one core; figures are min / median / max; "
            f"{size:.2f} MB, {len(corpus)} articles; quantulum3's texts: the first "
            f"{sub_size * 1000:.0f} kB ({len(sub)} articles)"
        )
        print(f"official data loaded in {loaded:.1f} s; snapshot and gazetteer in {built:.2f} s")
        print(f"extraction alone: {spread(ext)} MB/s ({ext_n} claims)")
        print(f"extraction and checking (check_text): {spread(chk)} MB/s ({chk_n} claims)")
        print(f"checking's share of the time: {spread([s * 100 for s in shares], '{:.0f}%')}")
        print(
            f"on quantulum3's texts: extraction alone {spread(ext_sub)} MB/s, "
            f"extraction and checking {spread(chk_sub)} MB/s"
        )
        print(
            f"quantulum3 parser.parse: {spread([r * 1000 for r in q], '{:.1f}')} kB/s "
            f"({q_n} quantities)"
        )
        print(
            f"x quantulum3 on the same texts, each round: extraction alone {ratio(ext_sub)}; "
            f"extraction and checking {ratio(chk_sub)}"
        )
        print(
            f"x quantulum3, whole corpus against its texts, each round: extraction alone "
            f"{ratio(ext)}; extraction and checking {ratio(chk)}"
        )


if __name__ == "__main__":
    main()
