import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_OFFICIAL = REPO.parent / "shared" / "data" / "official"
# The dev set, the cases and the tools that score them, beside the official files.
SHARED_SETS = [REPO.parent / "shared" / p for p in ("dev-set", "cases", "tools")]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    """Tests that need the full Library files skip locally but must run in CI."""
    if SHARED_OFFICIAL.is_dir() and all(p.is_dir() for p in SHARED_SETS):
        return
    if IN_CI and any(item.get_closest_marker("full_data") for item in items):
        raise pytest.UsageError(
            f"CI needs the full House of Commons Library files at {SHARED_OFFICIAL}"
        )
    skip = pytest.mark.skip(reason=f"full Library files not found at {SHARED_OFFICIAL}")
    for item in items:
        if item.get_closest_marker("full_data"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.AXES_ENABLED = False
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tp"},
    }
    from django.core.cache import caches

    for alias in ("default", "pages"):
        caches[alias].clear()
    from factcheck import pagecache

    pagecache.clear_local()


@pytest.fixture(scope="session")
def seeds_dir(tmp_path_factory) -> Path:
    """Seeds with Islington North's results only: fast to load (``tests/seed_data.py``)."""
    from tests.seed_data import small_seeds

    return small_seeds(tmp_path_factory.mktemp("seeds"))


@pytest.fixture
def full_seeds_dir() -> Path:
    """The real ``seeds/``: every seat of 2019 and 2024 and the notional baseline."""
    return REPO / "seeds"


@pytest.fixture
def shared_official() -> Path:
    return SHARED_OFFICIAL
