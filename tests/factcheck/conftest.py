import pytest

from factcheck import roles
from tests.factcheck.workers import worker_db, workers  # noqa: F401  (fixtures for worker tests)
from tests.factories import UserFactory, islington_north_coverage


@pytest.fixture
def seeded(db, seeds_dir):
    """The seeds, run through the extractor: for acceptance tests of that pipeline only."""
    from factcheck.seeds import load_seeds

    return load_seeds(seeds_dir=seeds_dir)


@pytest.fixture
def full_seeded(db, full_seeds_dir):
    """The real seeds (every seat of both elections), through the extractor: what `make run` has."""
    from factcheck.seeds import load_seeds

    return load_seeds(seeds_dir=full_seeds_dir)


@pytest.fixture
def coverage(db):
    """Islington North's 2024 result and five articles with their claims, built by factories."""
    return islington_north_coverage()


@pytest.fixture
def editor(db):
    return UserFactory(username="ed1", groups=[roles.EDITOR])


@pytest.fixture
def second_editor(db):
    return UserFactory(username="ed2", groups=[roles.EDITOR])


@pytest.fixture
def publisher(db):
    return UserFactory(username="pub", groups=[roles.PUBLISHER])


@pytest.fixture
def clerk(db):
    return UserFactory(username="clerk", is_staff=True, groups=[roles.DATA_ENTRY])
