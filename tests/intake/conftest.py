import pytest
from django.core.cache import cache

from tests.pool.conftest import (  # noqa: F401
    PASSWORD,
    contact_a,
    contact_b,
    coordinator,
    editor,
    group_a,
    group_b,
)


@pytest.fixture(autouse=True)
def empty_cache():
    """The form's rate limit counts in the cache; each test starts at zero."""
    cache.clear()
    yield
    cache.clear()
