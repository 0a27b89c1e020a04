"""Listings must not query per item: 50 items cost what 5 cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection

from home.factories import (
    DocumentIndexPageFactory,
    SiteDocumentFactory,
    StandardPageFactory,
)
from home.models import DocumentIndexPage

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm per-process caches such as content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_home_page_with_50_menu_pages_costs_no_more_than_with_5(client, home):
    StandardPageFactory.create_batch(5, parent=home, show_in_menus=True)
    with_5 = count_queries(client, "/")
    StandardPageFactory.create_batch(45, parent=home, show_in_menus=True)
    with_50 = count_queries(client, "/")
    assert client.get("/").content.decode().count("<li><a href=") >= 50
    assert with_50 <= with_5


def test_documents_page_with_50_documents_costs_no_more_than_with_5(
    client, home, monkeypatch
):
    # All 50 on one page, so that a query per document would show.
    monkeypatch.setattr(DocumentIndexPage, "documents_per_page", 100)
    collection = Collection.get_first_root_node().add_child(name="Telling")
    page = DocumentIndexPageFactory(parent=home, slug="telling", collection=collection)
    SiteDocumentFactory.create_batch(5, collection=collection)
    with_5 = count_queries(client, page.url)
    SiteDocumentFactory.create_batch(45, collection=collection)
    with_50 = count_queries(client, page.url)
    assert client.get(page.url).content.decode().count('class="document-link"') == 50
    assert with_50 <= with_5
