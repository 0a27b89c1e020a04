"""Changes outside the page tree that public pages show also clear the cache."""

import pytest
from wagtail.models import Collection, Page, PageViewRestriction

from home.factories import DocumentIndexPageFactory, SiteDocumentFactory
from home.models import ContactSettings
from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.models import AgendaPage
from tests.home.page_cache.conftest import cache_status

pytestmark = pytest.mark.django_db


def stored(client, url):
    client.get(url)
    assert cache_status(client.get(url)) == "hit"


def test_a_new_view_restriction_takes_the_page_out_of_the_cache(client, committed):
    stored(client, "/wat-doet-een-oco/")
    page = Page.objects.get(url_path__endswith="/wat-doet-een-oco/")
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get("/wat-doet-een-oco/")
    assert response.status_code == 302
    assert cache_status(response) is None


def test_changed_contact_details_show_in_the_footer_at_once(client, site, committed):
    stored(client, "/")
    contact = ContactSettings.for_site(site)
    contact.oco_phone = "036 000 1234"
    with committed():
        contact.save()
    assert "036 000 1234" in client.get("/").content.decode()


def test_a_new_document_shows_on_the_documents_page_at_once(client, home, committed):
    collection = Collection.get_first_root_node().add_child(name="Cachetest")
    page = DocumentIndexPageFactory(
        parent=home, slug="cache-docs", collection=collection
    )
    stored(client, page.url)
    with committed():
        SiteDocumentFactory(collection=collection, title="Verse factsheet")
    assert "Verse factsheet" in client.get(page.url).content.decode()


def test_a_registration_updates_the_free_places_on_the_agenda(client, home, committed):
    calendar = CalendarFactory(name="Cachetraining", slug="cache-training")
    session = SessionFactory(calendar=calendar, title="Training cache", capacity=3)
    agenda = AgendaPage(title="Cache-agenda", slug="cache-agenda")
    agenda.calendars = [calendar]
    home.add_child(instance=agenda)
    stored(client, agenda.url)
    assert "Nog 3 plaatsen vrij" in client.get(agenda.url).content.decode()

    detail = client.get(agenda.url).content.decode().split('href="')
    detail_url = next(part.split('"')[0] for part in detail if "/sessie/" in part)
    with committed():
        response = client.post(
            detail_url, {"name": "Cas Cache", "email": "cas@example.org"}
        )
    assert response.status_code == 302
    assert session.title in client.get(agenda.url).content.decode()
    assert "Nog 2 plaatsen vrij" in client.get(agenda.url).content.decode()
