"""The English pages for residents, built as load_initial_data builds them
(the shared test database holds the Dutch site only, see cms/settings/test.py)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Site

from cms.settings import base
from home.models import HomePage
from tests.pool.conftest import coordinator  # noqa: F401

ENGLISH_PAGES = {
    "/en/": "Free help with meetings with organisations",
    "/en/what-does-an-oco-do/": "What does an OCO do?",
    "/en/what-can-you-expect/": "What can you expect?",
    "/en/who-can-support-you/": "Who can support you?",
    "/en/request-an-oco/": "Ask for an OCO",
}
# Each English page and the Dutch page it translates.
DUTCH_OF = {
    "/en/": "/",
    "/en/what-does-an-oco-do/": "/wat-doet-een-oco/",
    "/en/what-can-you-expect/": "/wat-kunt-u-verwachten/",
    "/en/who-can-support-you/": "/wie-kan-u-ondersteunen/",
    "/en/request-an-oco/": "/oco-aanvragen/",
}


def build_english_pages():
    for path in base.INITIAL_CONTENT_TRANSLATION_BUILDERS:
        import_string(path)(log=lambda *args: None)


@pytest.fixture(scope="package")
def english_pages(django_db_setup, django_db_blocker):
    """Built once for this package, in a transaction rolled back at its end;
    each test runs inside it and rolls back its own changes."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_english_pages()
        yield
        transaction.set_rollback(True)
    # The cached site root paths named the English home page.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def english(english_pages, db):
    """The English home page, with the translated pages under it."""
    # The form's rate limit lives in the cache.
    cache.clear()
    yield HomePage.objects.get(locale__language_code="en")
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def html_lang(response):
    return soup(response).html["lang"]


def visible_text(response):
    """The text a visitor reads, without scripts, styles, the hidden spam trap
    and what is marked as another language (links to Dutch pages)."""
    document = soup(response)
    marked = "script, style, [aria-hidden=true], [lang]:not(html):not([lang=en])"
    for hidden in document.select(marked):
        hidden.decompose()
    return re.sub(r"\s+", " ", document.get_text(" ")).strip()
