"""Extraction on one long line: it must stay linear in its input (issue 12).

Run from the repository root:

    .venv/bin/python benchmarks/long_line.py [--repeat 3]

A pasted feed body or table can arrive as one line with no full stop; the extractor reads it
in pieces of at most ``sentences.MAX_SENTENCE`` characters. This times, with the full 2024
gazetteer, (1) the seed-article corpus of ``extraction_throughput.py`` joined into a single
line at 100 KB, 200 KB, 500 KB and 1 MB (target: 1 MB in under 2 s, and time growing in
proportion to size), (2) the same text with its line breaks kept, and (3) 1 MB of dense or
hostile lines (a sentence repeated with commas, digits, "5% " repeated), which must not
raise. Best of ``--repeat`` runs, one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_throughput import build_corpus  # noqa: E402

from factcheck.extraction import extract_claims  # noqa: E402
from tests.factcheck.gazetteer_fixture import full_gazetteer  # noqa: E402

MB = 1_000_000
SENTENCE = (
    "Jeremy Corbyn won 24,120 votes in Islington North, a majority of 7,247 over "
    "Labour's Praful Nargund, on a turnout of 61.2%, "
)


def best(text: str, gazetteer, repeat: int) -> tuple[float, int]:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        n = len(extract_claims(text, gazetteer=gazetteer, election="ge2024"))
        runs.append(time.perf_counter() - started)
    return min(runs), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    gazetteer = full_gazetteer()
    gazetteer.index  # noqa: B018  (built once, as a running app keeps it)
    corpus = build_corpus(1.0)
    one_line = " ".join(c.replace("\n", " ") for c in corpus)
    lines = "\n".join(corpus)
    print(f"best of {args.repeat} runs, one core, full 2024 gazetteer")
    for size in (100_000, 200_000, 500_000, MB):
        s, n = best(one_line[:size], gazetteer, args.repeat)
        k, _ = best(lines[:size], gazetteer, args.repeat)
        print(
            f"{size // 1000:>5} KB on one line: {s:5.2f} s ({n} claims, {s / size * MB:.2f} s/MB);"
            f" with its line breaks: {k:5.2f} s"
        )
    hostile = {
        "one run-on sentence, a figure every 30 characters": SENTENCE * (MB // len(SENTENCE)),
        '"9 " repeated': "9 " * (MB // 2),
        '"5% " repeated': "5% " * (MB // 3),
        "digits only": "9" * MB,
    }
    for name, text in hostile.items():
        s, n = best(text, gazetteer, 1)
        print(f"1 MB, {name}: {s:.2f} s ({n} claims)")


if __name__ == "__main__":
    main()
