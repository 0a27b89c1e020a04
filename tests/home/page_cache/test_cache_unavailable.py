"""When the page cache's server is gone, pages are rendered and publishing
works. (Wagtail and the forms use the default cache too; in production that
cache must not raise either, see the settings.)"""

import logging

import pytest
from django.core.cache import cache
from wagtail.models import Page

from home import page_cache
from tests.home.page_cache.conftest import cache_status

pytestmark = pytest.mark.django_db


def refuse(*args, **kwargs):
    raise ConnectionError("the cache server does not answer")


class BrokenCache:
    def __init__(self, **broken):
        self.broken = broken

    def __getattr__(self, name):
        return self.broken.get(name, getattr(cache, name))


def test_pages_are_rendered_when_the_cache_cannot_be_read(client, monkeypatch, caplog):
    monkeypatch.setattr(page_cache, "page_cache", lambda: BrokenCache(get_many=refuse))
    with caplog.at_level(logging.ERROR, logger="home.page_cache"):
        response = client.get("/wat-doet-een-oco/")
    assert response.status_code == 200
    assert b"Wat doet een OCO?</h1>" in response.content
    assert cache_status(response) is None
    assert "could not be read" in caplog.text


def test_pages_are_served_when_the_cache_cannot_store(client, monkeypatch, caplog):
    monkeypatch.setattr(page_cache, "page_cache", lambda: BrokenCache(set=refuse))
    with caplog.at_level(logging.ERROR, logger="home.page_cache"):
        response = client.get("/wat-doet-een-oco/")
    assert response.status_code == 200
    assert cache_status(response) is None
    assert "could not be stored" in caplog.text


def test_publishing_works_when_the_cache_cannot_be_cleared(
    monkeypatch, publish, caplog
):
    page = Page.objects.get(url_path__endswith="/wat-doet-een-oco/").specific
    page.title = "Gepubliceerd zonder cache"
    monkeypatch.setattr(page_cache, "page_cache", lambda: BrokenCache(set=refuse))
    with caplog.at_level(logging.ERROR, logger="home.page_cache"):
        publish(page)
    page.refresh_from_db()
    assert page.title == "Gepubliceerd zonder cache" and page.live
    assert "could not be cleared" in caplog.text
