"""Small official data for tests: Islington North's 2019 and 2024 results, not all 650 seats.

``seeds/official/`` ships the Library's full files (every seat of both
elections and the notional baseline), which take seconds to load. Most tests
need one seat, so ``tests/data/official/`` keeps Islington North's rows as the
Library published them (the candidate file's byte-order mark and CRLF kept),
the 2024 national totals as published (for the extractor's party names only),
the exit polls and the reference facts. Tests that need every seat use the
real ``seeds/`` (the ``full_seeds_dir`` fixture) or ``../shared`` (``full_data``).
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "official"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def islington_files(year: str) -> list[Path]:
    """Islington North's candidate and constituency files for ``year`` ("2019" or "2024")."""
    return [
        DATA / f"ge{year}-islington-north-candidates.csv",
        DATA / f"ge{year}-islington-north-constituency.csv",
    ]


def small_seeds(dest: Path) -> Path:
    """A seeds folder like ``seeds/`` whose Library files hold Islington North only.

    The files carry the names ``results.seeds.OFFICIAL_SEEDS`` expects, so
    ``load_seeds(seeds_dir=...)`` loads them as it loads the real ones. There
    is no notional file (it cannot be cut to one seat: its totals would not
    add up). The articles are the real seed articles.
    """
    official = dest / "official"
    official.mkdir(parents=True)
    (dest / "articles").symlink_to(SEEDS / "articles")
    for year in ("2019", "2024"):
        candidates, constituency = islington_files(year)
        for source, kind in ((candidates, "candidate"), (constituency, "constituency")):
            target = official / f"HoC-GE{year}-results-by-{kind}.csv.gz"
            target.write_bytes(gzip.compress(source.read_bytes(), mtime=0))
        shutil.copy(SEEDS / "official" / f"ge{year}-exit-poll.csv", official)
    shutil.copy(SEEDS / "official" / "reference-facts.csv", official)
    return dest
