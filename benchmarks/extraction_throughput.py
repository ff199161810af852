"""Throughput of ``extract_claims`` alone against quantulum3's ``parser.parse`` on the same text.

Run from the repository root:

    .venv/bin/python benchmarks/extraction_throughput.py [--mb 4] [--quantulum-kb 40] [--repeat 5]

This measures the extractor alone: one call of ``factcheck.extraction.extract_claims``
per article, with a gazetteer whose lookup tables are built once before the timing. No
checking, no database, no queue: the worker's real path (the queue, the worker, the
database writes) is measured by ``benchmarks/ingest_throughput.py``, and extraction with
checking, as ``extract_claims --json`` runs them, by ``benchmarks/check_throughput.py``.

The corpus is the seed articles, repeated with small variations (names, figures, spacing,
quote styles) up to a few MB, so the regexes cannot coast on an identical cache-warm text.
The extractor runs with the full 2024 gazetteer (4,515 candidacies, every party, 650
seats) when the House of Commons Library file is at ../shared/data/official, else with the
seed gazetteer. quantulum3 is slow, so it is given a prefix of the same corpus (the first
``--quantulum-kb`` kB). After one untimed warm-up pass of each, every one of ``--repeat``
rounds times, in turn, the extractor on the whole corpus, the extractor on quantulum3's
prefix (looped to about two seconds) and quantulum3 on that prefix, so a slow spell of
the shared machine hits both sides; the script prints the min, median and max of the
rounds, and of each round's ratio on the same texts. One core.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extraction import extract_claims  # noqa: E402
from tests.factcheck.gazetteer_fixture import (  # noqa: E402
    SHARED_CANDIDATES,
    full_gazetteer,
    seed_articles,
    seed_gazetteer,
)

_SWAPS = [
    ("Jeremy Corbyn", "Nigel Farage"),
    ("Islington North", "Clacton"),
    ("Praful Nargund", "Giles Watling"),
    ("24,120", "21,225"),
    ("7,247", "8,405"),
    ("67.5 per cent", "53.6%"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("Labour", "the Tories"),
    (" ", "\u00a0"),
]


def build_corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Seed articles, each copy varied a little, until the corpus reaches ``megabytes``."""
    rng = random.Random(seed)
    articles = list(seed_articles().values())
    out: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        text = rng.choice(articles)
        for old, new in rng.sample(_SWAPS, k=3):
            if old == " ":
                text = text.replace(" per cent", "\u00a0per cent")
            else:
                text = text.replace(old, new)
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def mb(texts: list[str]) -> float:
    """Size of ``texts`` in MB (10^6 bytes) of UTF-8."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1_000_000


def prefix(corpus: list[str], kb: float) -> list[str]:
    """The first articles of ``corpus`` that reach ``kb`` kB (at least one)."""
    sub: list[str] = []
    while len(sub) < len(corpus) and (not sub or mb(sub) * 1000 < kb):
        sub.append(corpus[len(sub)])
    return sub


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """``min / median / max`` of ``values``, each formatted with ``fmt``."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def looped(run, texts: list[str], seconds: float = 2.0) -> tuple[float, int]:
    """Time ``run(texts)`` repeated to about ``seconds``: (seconds per pass, count)."""
    spent, n = run(texts)
    loops = max(1, int(seconds / max(spent, 1e-6)))
    total = 0.0
    for _ in range(loops):
        t, n = run(texts)
        total += t
    return total / loops, n


def time_ours(texts: list[str], gazetteer) -> tuple[float, int]:
    """Seconds to extract every claim of ``texts``, and how many claims."""
    started = time.perf_counter()
    n = 0
    for text in texts:
        n += len(extract_claims(text, gazetteer=gazetteer, election="ge2024"))
    return time.perf_counter() - started, n


def time_quantulum(texts: list[str]) -> tuple[float, int]:
    """Seconds for quantulum3 to parse ``texts``, and how many quantities it found."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 1 vote")  # loads its unit tables outside the timing
        started = time.perf_counter()
        n = sum(len(parser.parse(text)) for text in texts)
    return time.perf_counter() - started, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=4.0, help="corpus size for our extractor")
    ap.add_argument(
        "--quantulum-kb", type=float, default=40.0, help="prefix of the corpus given to quantulum3"
    )
    ap.add_argument("--repeat", type=int, default=5, help="rounds (min, median, max printed)")
    args = ap.parse_args()

    full = SHARED_CANDIDATES.exists()
    started = time.perf_counter()
    gazetteer = full_gazetteer() if full else seed_gazetteer()
    gazetteer.index  # noqa: B018  (lookup tables built once, outside the timing)
    build = time.perf_counter() - started
    corpus = build_corpus(args.mb)
    sub = prefix(corpus, args.quantulum_kb)
    size, sub_size = mb(corpus), mb(sub)

    rates, sub_rates, q_rates, ratios = [], [], [], []
    ours_n = sub_n = q_n = 0
    time_ours(sub, gazetteer), time_quantulum(sub[:1])  # warm up, untimed
    for _ in range(args.repeat):  # interleaved: ours, ours on the prefix, quantulum3
        s, ours_n = time_ours(corpus, gazetteer)
        rates.append(size / s)
        s, sub_n = looped(lambda t: time_ours(t, gazetteer), sub)
        sub_rates.append(sub_size / s)
        s, q_n = time_quantulum(sub)
        q_rates.append(sub_size / s)
        ratios.append(sub_rates[-1] / q_rates[-1])

    kind = "full 2024 (4,515 candidacies)" if full else "seed (Islington North)"
    print(f"{args.repeat} interleaved rounds, one core; figures are min / median / max")
    print(
        f"gazetteer: {kind}, {len(gazetteer.candidates)} candidacies, "
        f"{len(gazetteer.parties)} parties, {len(gazetteer.constituencies)} seats; "
        f"index built in {build:.2f} s"
    )
    print(
        f"extract_claims, {size:.2f} MB ({len(corpus)} articles, {ours_n} claims): "
        f"{spread(rates)} MB/s"
    )
    print(
        f"extract_claims on quantulum3's texts, {sub_size * 1000:.0f} kB ({len(sub)} "
        f"articles, {sub_n} claims): {spread(sub_rates)} MB/s"
    )
    print(
        f"quantulum3 parser.parse on them ({q_n} quantities): "
        f"{spread([r * 1000 for r in q_rates], '{:.1f}')} kB/s"
    )
    print(f"ratio on the same texts, each round: {spread(ratios, '{:.0f}x')}")
    print(
        "whole corpus against quantulum3, each round: "
        f"{spread([r / q for r, q in zip(rates, q_rates, strict=True)], '{:.0f}x')}"
    )


if __name__ == "__main__":
    main()
