"""No lost updates: two editors racing verdict saves on their own database connections.

Each editor is a separate process (``race_editor.py``) posting the desk's verdict
form with the token it last saw, so the saves really overlap, on SQLite (the
test database copied to a file, in the production settings' WAL and IMMEDIATE
mode) and on PostgreSQL (the test database itself). A save may be refused as a
conflict; a save that was acknowledged must never be overwritten by one that
did not see it.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from factcheck import roles
from tests.factories import ReviewFactory, UserFactory, islington_north_coverage

pytestmark = pytest.mark.django_db(transaction=True)

REPO = Path(__file__).resolve().parents[2]
SAVES = 100  # by each editor: 200 saves a race
TIMEOUT = 300  # seconds a race may take before the test fails


def database_url(tmp_path: Path) -> str:
    """The test database as other processes reach it (SQLite's in-memory one, copied)."""
    if connection.vendor == "sqlite":
        if not connection.is_in_memory_db():
            return f"sqlite:///{connection.settings_dict['NAME']}"
        path = tmp_path / "race.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        # in WAL mode already, as a served database is (``make run`` migrates it first):
        # two racers that start together would otherwise both switch it at once, and
        # SQLite answers one of them "database is locked" without waiting
        copy.execute("PRAGMA journal_mode=WAL")
        copy.close()
        return f"sqlite:///{path}"
    s = connection.settings_dict
    user = quote(s["USER"] or "") + (f":{quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    host = f"{s['HOST'] or 'localhost'}:{s['PORT'] or 5432}"
    return f"postgres://{user}@{host}/{s['NAME']}"


def run(url: str, *args: str, stdin=None) -> subprocess.Popen:
    env = os.environ | {"DATABASE_URL": url, "CONN_MAX_AGE": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.factcheck.race_editor", *args],
        cwd=REPO, env=env, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def race(url: str, editors: list[tuple[int, str, str]]) -> list[dict]:
    """Run one process per ``(claim id, username, tag)``, started together; their saves."""
    procs = [
        run(url, "--claim", str(claim), "--user", user, "--tag", tag, "--saves", str(SAVES),
            stdin=subprocess.PIPE)
        for claim, user, tag in editors
    ]  # fmt: skip
    for proc in procs:
        line = proc.stdout.readline()
        assert line.strip() == "ready", line + proc.stderr.read()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    saves = []
    for proc in procs:
        out, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, err
        saves += [json.loads(line) for line in out.splitlines()]
    return saves


def history(url: str) -> list[dict]:
    proc = run(url, "--report")
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0, err
    return json.loads(out)


def assert_no_lost_update(saves: list[dict], recorded: list[dict]) -> None:
    assert not [s for s in saves if "error" in s], [s for s in saves if "error" in s][:2]
    acknowledged = [s for s in saves if s["saved"]]
    refused = [s for s in saves if not s["saved"]]
    assert acknowledged
    assert refused, "the two editors' saves did not overlap"
    # Two acknowledged saves made from the same state of the verdict: one overwrote the other.
    seen = [s["sent"].split("-", 1)[1] for s in acknowledged]
    assert len(seen) == len(set(seen)), "acknowledged saves started from the same version"
    versions = [(r["review"], r["version"]) for r in recorded]
    assert len(versions) == len(set(versions)), "two saves were given one version number"
    written = [r["explanation"] for r in recorded if r["explanation"] != "The first verdict."]
    assert sorted(written) == sorted(s["explanation"] for s in acknowledged)
    assert written[-1] in {s["explanation"] for s in acknowledged}


@pytest.fixture
def race_coverage():
    coverage = islington_north_coverage()
    UserFactory(username="racer-a", groups=[roles.EDITOR])
    UserFactory(username="racer-b", groups=[roles.EDITOR])
    return coverage


def test_two_editors_racing_on_one_claim_lose_no_saves(race_coverage, tmp_path):
    """Both start before there is a verdict: only one may create it."""
    claim = race_coverage.claim("24,120")
    url = database_url(tmp_path)
    saves = race(url, [(claim.pk, "racer-a", "a"), (claim.pk, "racer-b", "b")])
    assert len(saves) == 2 * SAVES
    assert_no_lost_update(saves, history(url))


def test_two_editors_racing_on_sibling_claims_of_a_group_lose_no_saves(race_coverage, tmp_path):
    """The group's verdict exists; each editor saves it from a different article's claim."""
    first = race_coverage.claim("24,120")
    ReviewFactory(group=first.group, explanation="The first verdict.")
    sibling = next(
        c for c in race_coverage.claims
        if c.group_id == first.group_id and c.article_id != first.article_id
    )  # fmt: skip
    url = database_url(tmp_path)
    saves = race(url, [(first.pk, "racer-a", "a"), (sibling.pk, "racer-b", "b")])
    assert len(saves) == 2 * SAVES
    assert_no_lost_update(saves, history(url))
