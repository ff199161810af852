import pytest

from factcheck import roles
from factcheck.seeds import load_seeds
from tests.factories import UserFactory


@pytest.fixture
def seeded(db, seeds_dir):
    return load_seeds(seeds_dir=seeds_dir)


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
