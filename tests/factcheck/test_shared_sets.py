"""The checker on real coverage it was not built from: the shared dev set and cases.

Runs the workplace's own tools, ``../shared/tools/dev-score`` (20 real articles
about 2024 seats, 208 gold claims) and ``../shared/tools/check-cases`` (short
texts of kinds real coverage contains), exactly as a developer would, with this
interpreter: each builds a fresh SQLite database with both Library elections and
the seeds, and runs ``manage.py extract_claims --json`` on the texts.

The floors are issue 11's targets: recall 0.97, precision 0.95, type 0.93,
subject 0.90, election 0.95, verdict agreement 0.95, every inaccurate claim
caught, at most one false alarm; and every case expectation but one the tool
cannot see (``KNOWN_CASE_FAILURES``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.full_data

TOOLS = REPO.parent / "shared" / "tools"
SCORE_LINE = re.compile(
    r"recall (?P<recall>[\d.]+) \(\d+/\d+\) precision (?P<precision>[\d.]+) "
    r"type (?P<type>[\d.]+) subject (?P<subject>[\d.]+) election (?P<election>[\d.]+) "
    r"verdict (?P<verdict>[\d.]+) \(\d+/\d+\) caught (?P<caught>\d+)/(?P<inaccurate>\d+) "
    r"false alarms (?P<false_alarms>\d+)"
)
# Issue 11's targets, which the checker now meets; a change that falls below any fails.
FLOORS = {
    "recall": 0.97,
    "precision": 0.95,
    "type": 0.93,
    "subject": 0.90,
    "election": 0.95,
    "verdict": 0.95,
}
# The one case expectation the checker cannot meet: check-cases places "20" at the first
# "20" in its text, inside the year in "on 2019", which says which election a figure
# belongs to and is not a claim (the dev set's convention).
KNOWN_CASE_FAILURES = {"previous-election-figures.txt: '20': not extracted"}


def _run(tool: str) -> str:
    env = {**os.environ, "PY": sys.executable}
    env.pop("DATABASE_URL", None)  # the tools build their own SQLite database
    done = subprocess.run(
        [str(TOOLS / tool), "--show"] if tool == "dev-score" else [str(TOOLS / tool)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    # check-cases exits 1 when any expectation fails; the test reads which ones
    assert done.returncode in ((0, 1) if tool == "check-cases" else (0,)), done.stderr[-2000:]
    assert done.stdout.strip(), done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def dev_score() -> tuple[dict, str]:
    out = _run("dev-score")
    found = SCORE_LINE.search(out)
    assert found, out[-2000:]
    return {k: float(v) for k, v in found.groupdict().items()}, out


def test_no_correct_figure_in_the_dev_set_is_suggested_inaccurate(dev_score):
    figures, out = dev_score
    alarms = [line for line in out.splitlines() if "FALSE ALARM" in line]
    assert figures["false_alarms"] <= 1, "\n".join(alarms)


def test_every_inaccurate_claim_in_the_dev_set_is_caught(dev_score):
    figures, _ = dev_score
    assert figures["caught"] == figures["inaccurate"]


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_the_dev_set_scores_hold(dev_score, measure):
    figures, out = dev_score
    assert figures[measure] >= FLOORS[measure], out.splitlines()[-1]


def test_every_shared_case_expectation_holds():
    out = _run("check-cases")
    failures = [
        line.split(" | ")[0]
        for line in out.splitlines()
        if ": " in line and not line.startswith(("ok", "PASS")) and "passed" not in line
    ]
    unexpected = [f for f in failures if f not in KNOWN_CASE_FAILURES]
    assert not unexpected, "\n".join(unexpected)
    assert re.search(r"(\d+) passed, (\d+) failed", out), out[-500:]
