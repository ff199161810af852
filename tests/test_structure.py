"""The layers hold: results below factcheck, plain-Python cores, one vocabulary, one snapshot."""

from __future__ import annotations

import ast
import datetime
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck import review, snapshot
from factcheck.checking import CHECKERS
from factcheck.models import Article, Claim
from factcheck.processing import process_article
from factcheck.vocabulary import ClaimType
from results.models import OfficialDataVersion
from tests.factories import UserFactory
from tests.full_data import import_both_elections

REPO = Path(__file__).resolve().parent.parent


def _imports(path: Path, package: str) -> set[str]:
    """Every module ``path`` imports, at any depth of the file, as absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(REPO).with_suffix("").parts
    here = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    if parts[-1] == "__init__":
        here = parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
                found.add(module)
                if not node.module:
                    found.update(f"{module}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module or "")
    return found


def _modules(package: str) -> dict[str, Path]:
    modules = {}
    for path in (REPO / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def test_results_imports_nothing_from_factcheck():
    """``results`` is the lower layer: no import of ``factcheck``, even inside a function."""
    offenders = {
        name: sorted(m for m in _imports(path, "results") if m.split(".")[0] == "factcheck")
        for name, path in _modules("results").items()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_factcheck_modules_import_each_other_without_a_cycle():
    """The import graph inside ``factcheck`` (module level and inside functions) has no cycle."""
    modules = _modules("factcheck")
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path, "factcheck"):
            # "factcheck.checking.rules" or "factcheck.checking" (a package) or a name in it.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not name.startswith(imported + "."):
                targets.add(imported)
        graph[name] = targets
    cycle = _find_cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize(
    "module",
    [
        "factcheck.extraction",
        "factcheck.checking",
        "factcheck.vocabulary",
        "results.arithmetic",
        "results.vocabulary",
    ],
)
def test_plain_python_cores_load_without_django(module):
    """The extractor, the checker, the vocabulary and the arithmetic never import Django."""
    code = (
        f"import sys; import {module}; "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'django'); "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_every_claim_type_has_a_checker():
    """A claim type added to the vocabulary without a checker fails here, not on the desk."""
    assert set(CHECKERS) == set(ClaimType)


# -- the snapshot: built once, rebuilt only when the official data changed ---------------


@pytest.fixture
def both_elections(db, shared_official):
    import_both_elections(shared_official)


@pytest.mark.full_data
@pytest.mark.django_db
def test_a_second_correction_does_not_reload_the_official_figures(
    both_elections, django_assert_num_queries
):
    """With both elections loaded, correcting a claim again reads no official figure anew."""
    from factcheck import roles

    editor = UserFactory(username="ed", groups=[roles.EDITOR])
    article = Article.objects.create(
        title="Clacton",
        body="Nigel Farage won Clacton with 21,225 votes, a majority of 8,405.",
        published_on=datetime.date(2024, 7, 5),
    )
    process_article(article)
    claim = Claim.objects.get(article=article, text="21,225")
    assert claim.suggested_verdict == "accurate"

    def correct(value: str) -> None:
        fresh = Claim.objects.for_review().get(pk=claim.pk)
        review.correct_claim(
            claim=fresh, editor=editor, token=review.state_token(fresh), value=Decimal(value),
            claim_type=fresh.claim_type, unit=fresh.unit, subject=fresh.subject,
            subject_kind=fresh.subject_kind, qualifier=fresh.qualifier,
        )  # fmt: skip

    correct("21,226".replace(",", ""))
    with CaptureQueriesContext(connection) as second:
        correct("21225")
    tables = " ".join(q["sql"] for q in second.captured_queries)
    assert "results_candidacy" not in tables
    assert "results_referencefact" not in tables
    with django_assert_num_queries(len(second.captured_queries)):
        correct("21226")
    assert Claim.objects.get(pk=claim.pk).suggested_verdict == "inaccurate"


@pytest.mark.django_db
def test_a_change_to_an_official_figure_is_seen_by_the_next_check(seeds_dir):
    """The snapshot follows the data: a corrected vote count changes the next suggestion."""
    from factcheck.seeds import load_seeds
    from results.models import Candidacy

    load_seeds(seeds_dir=seeds_dir)
    before = snapshot.current()
    assert snapshot.current() is before  # nothing changed: the same snapshot
    corbyn = Candidacy.objects.get(
        first_name="Jeremy", surname="Corbyn", contest__election__slug="ge2024"
    )
    stamp = OfficialDataVersion.current()
    corbyn.votes += 1
    corbyn.save()
    assert OfficialDataVersion.current() != stamp
    after = snapshot.current()
    assert after is not before
    [fig] = [c for c in after.figures.candidates.values() if c.full_name == "Jeremy Corbyn"
             and c.contest.election == "ge2024"]  # fmt: skip
    assert fig.votes == corbyn.votes
