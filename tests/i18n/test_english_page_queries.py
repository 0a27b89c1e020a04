"""The English pages cost no more queries when either language grows."""

import pytest

from home.factories import StandardPageFactory
from tests.performance.query_count import count_queries

from .conftest import ENGLISH_PAGES

pytestmark = pytest.mark.django_db

MORE = 30


def test_english_pages_do_not_cost_more_with_more_pages(client, english, home):
    before = {url: count_queries(client, url) for url in ENGLISH_PAGES}
    for index in range(MORE):
        StandardPageFactory(
            parent=english, title=f"Topic {index}", show_in_menus=True
        ).save_revision().publish()
        StandardPageFactory(parent=home, title=f"Onderwerp {index}", show_in_menus=True)
    after = {url: count_queries(client, url) for url in ENGLISH_PAGES}

    assert f"Topic {MORE - 1}" in client.get("/en/").content.decode()
    grown = {
        url: (before[url], after[url]) for url in before if after[url] > before[url]
    }
    assert not grown, f"more queries with more pages: {grown}"
