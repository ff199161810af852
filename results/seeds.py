"""The official figures shipped in ``seeds/official/``, loaded in one call.

The House of Commons Library's full results files for the 2019 and 2024
general elections and the notional 2019 results on the 2024 boundaries
(gzip-compressed, byte for byte as published; Open Parliament Licence v3.0),
the two exit polls (projections, kept apart from results) and the reference
facts the results files lack. Loading them again changes nothing.
"""

from __future__ import annotations

import datetime
import gzip
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .imports import import_results


@dataclass(frozen=True)
class SeedElection:
    """One ``import_results`` call: an election's slug, polling day, name and files."""

    slug: str
    date: datetime.date
    name: str
    files: tuple[str, ...]
    notional_for: str | None = None


# In this order: each election can point at the one before, and the notional
# baseline at the election on whose boundaries it is.
OFFICIAL_SEEDS = (
    SeedElection(
        "ge2019",
        datetime.date(2019, 12, 12),
        "2019 general election",
        (
            "HoC-GE2019-results-by-candidate.csv.gz",
            "HoC-GE2019-results-by-constituency.csv.gz",
            "ge2019-exit-poll.csv",
        ),
    ),
    SeedElection(
        "ge2024",
        datetime.date(2024, 7, 4),
        "2024 general election",
        (
            "HoC-GE2024-results-by-candidate.csv.gz",
            "HoC-GE2024-results-by-constituency.csv.gz",
            "ge2024-exit-poll.csv",
            "reference-facts.csv",
        ),
    ),
    SeedElection(
        "ge2019-notional",
        datetime.date(2019, 12, 12),
        "2019 general election (notional results on the 2024 boundaries)",
        ("candidate-level-results-notional-general-election-12-12-2019.csv.gz",),
        notional_for="ge2024",
    ),
)


def read_seed(path: Path) -> tuple[str, bytes]:
    """A seed file as ``(name, bytes)`` for ``import_results``; ``.gz`` files decompressed."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        return path.stem, gzip.decompress(data)
    return path.name, data


def load_official_seeds(
    official_dir: Path,
    *,
    seeds: tuple[SeedElection, ...] = OFFICIAL_SEEDS,
    progress: Callable[[str], None] | None = None,
) -> list[str]:
    """Import every seed election from ``official_dir``; returns one summary line each.

    Files a seed names that are absent are skipped (a test may ship a subset);
    an election with no file present is skipped whole. ``progress`` is told of
    each import as it finishes, with its time. Raises ``results.imports.ImportFailed``
    if a file is refused; that election's import writes nothing then.
    """
    summaries = []
    for seed in seeds:
        paths = [official_dir / name for name in seed.files if (official_dir / name).is_file()]
        if not paths:
            continue
        started = time.perf_counter()
        report = import_results(
            [read_seed(p) for p in paths],
            election=seed.slug,
            date=seed.date,
            name=seed.name,
            notional_for=seed.notional_for,
        )
        summaries.append(report.summary())
        if progress:
            progress(f"{seed.name}: {report.summary()} ({time.perf_counter() - started:.1f} s)")
    return summaries
