"""Every public page costs a bounded number of queries, whatever the amount
of content: the counts with a site grown by many pages, documents, sessions
and search hits are no higher than with the initial content."""

import re

import pytest
from wagtail.models import Page

from home.factories import SiteDocumentFactory, StandardPageFactory
from home.models import DocumentIndexPage
from scheduling import booking
from scheduling.factories import SessionFactory
from scheduling.models import AgendaPage
from scheduling.occurrences import find_slot

from .query_count import count_queries

pytestmark = pytest.mark.django_db

# The most any public page may cost, rendered (the page cache is off here).
MOST_QUERIES = 30
# How much the site grows between the two counts.
MORE = 40
SESSION_LINK = re.compile(r'href="([^"]*/sessie/[^"]+)"')


def public_urls(client, site):
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    urls = [page.relative_url(site) for page in pages]
    agenda = AgendaPage.objects.live().public().first()
    session_url = SESSION_LINK.search(client.get(agenda.url).content.decode())
    return [
        *urls,
        session_url.group(1),
        "/zoeken/?q=oco",
        "/sitemap.xml",
        "/robots.txt",
        "/.well-known/security.txt",
    ]


def grow_the_site(home):
    """MORE of everything a public page lists."""
    section = Page.objects.get(url_path__endswith="/wat-doet-een-oco/")
    for index in range(MORE):
        page = StandardPageFactory(
            parent=home, title=f"Onderwerp {index} over de OCO", show_in_menus=True
        )
        page.save_revision().publish()
        StandardPageFactory(
            parent=section, title=f"Deelonderwerp {index} OCO", show_in_menus=True
        )
    documents_page = DocumentIndexPage.objects.live().first()
    SiteDocumentFactory.create_batch(MORE, collection=documents_page.collection)
    agenda = AgendaPage.objects.live().public().first()
    calendar = agenda.shown_calendars()[0]
    for index in range(MORE):
        session = SessionFactory(calendar=calendar, title=f"Extra sessie {index}")
        booking.register(
            find_slot(session, session.start),
            name=f"Deelnemer {index}",
            email=f"deelnemer{index}@example.org",
        )


def test_no_public_page_costs_more_with_more_content(client, site, home):
    urls = public_urls(client, site)
    before = {url: count_queries(client, url) for url in urls}
    grow_the_site(home)
    after = {url: count_queries(client, url) for url in urls}

    grown = {url: (before[url], after[url]) for url in urls if after[url] > before[url]}
    assert not grown, f"more queries with more content: {grown}"
    costly = {url: count for url, count in after.items() if count > MOST_QUERIES}
    assert not costly, f"more than {MOST_QUERIES} queries: {costly}"


def test_the_grown_site_shows_what_was_added_and_paginates_its_lists(
    client, site, home
):
    grow_the_site(home)
    assert f"Onderwerp {MORE - 1} over de OCO" in client.get("/").content.decode()
    section = client.get("/wat-doet-een-oco/").content.decode()
    assert f"Deelonderwerp {MORE - 1} OCO" in section
    lists = [
        DocumentIndexPage.objects.live().first().url,
        "/zoeken/?q=oco",
        AgendaPage.objects.live().public().first().url,
    ]
    for url in lists:
        html = client.get(url).content.decode()
        assert '<nav class="pagination" aria-label="Paginering">' in html, url
        assert "pagina=2" in html, url
