"""Publishing, unpublishing, moving and deleting a page clear the cache."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from home.factories import StandardPageFactory
from home.page_cache import GENERATION_KEY
from tests.home.page_cache.conftest import cache_status

pytestmark = pytest.mark.django_db

URL = "/wat-doet-een-oco/"


def stored(client, url):
    client.get(url)
    assert cache_status(client.get(url)) == "hit"


def test_a_published_change_is_shown_at_once(client, publish):
    stored(client, URL)
    page = Page.objects.get(url_path__endswith=URL).specific
    page.title = "Wat een OCO voor u doet"
    publish(page)
    response = client.get(URL)
    assert cache_status(response) == "miss"
    assert "Wat een OCO voor u doet</h1>" in response.content.decode()


def test_a_new_page_appears_in_the_menu_of_stored_pages(client, home, publish):
    stored(client, "/")
    page = StandardPageFactory(parent=home, title="Nieuw onderwerp", live=False)
    page.show_in_menus = True
    publish(page)
    assert "Nieuw onderwerp" in client.get("/").content.decode()


def test_an_unpublished_page_is_gone_at_once(client, committed):
    stored(client, URL)
    page = Page.objects.get(url_path__endswith=URL)
    with committed():
        page.unpublish()
    assert client.get(URL).status_code == 404


def test_a_moved_page_leaves_its_old_address_at_once(client, home, committed):
    stored(client, "/voor-professionals/tralans-model/")
    page = Page.objects.get(url_path__endswith="/tralans-model/")
    with committed():
        page.move(home, pos="last-child")
    old_address = client.get("/voor-professionals/tralans-model/")
    assert old_address.status_code == 301
    assert old_address["Location"] == "/tralans-model/"
    assert client.get("/tralans-model/").status_code == 200


def test_a_deleted_page_is_gone_at_once(client, home, committed):
    page = StandardPageFactory(parent=home, title="Weg ermee", slug="weg-ermee")
    stored(client, "/weg-ermee/")
    with committed():
        page.delete()
    assert client.get("/weg-ermee/").status_code == 404


def test_the_cache_is_cleared_only_when_the_change_is_committed(
    client, django_capture_on_commit_callbacks
):
    stored(client, URL)
    before = cache.get(GENERATION_KEY)
    page = Page.objects.get(url_path__endswith=URL).specific
    page.title = "Nog niet vastgelegd"
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        page.save_revision().publish()
    # Until the commit, another process could still read the old page.
    assert cache.get(GENERATION_KEY) == before
    assert waiting
    for callback in waiting:
        callback()
    assert cache.get(GENERATION_KEY) != before


def test_a_lost_generation_makes_every_stored_page_stale(client):
    stored(client, URL)
    cache.delete(GENERATION_KEY)
    assert cache_status(client.get(URL)) == "miss"
    assert cache_status(client.get(URL)) == "hit"


def test_saving_a_draft_keeps_the_stored_page(client):
    stored(client, URL)
    page = Page.objects.get(url_path__endswith=URL).specific
    page.title = "Alleen een concept"
    page.save_revision()
    response = client.get(URL)
    assert cache_status(response) == "hit"
    assert "Alleen een concept" not in response.content.decode()
