import pytest
from django.core.cache import cache

from home.page_cache import CACHE_STATUS_HEADER


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish the page's latest revision as Wagtail's editor does: the cache
    is cleared when the transaction commits."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return publish


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what waits for the commit, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def cache_status(response):
    return response.get(CACHE_STATUS_HEADER)
