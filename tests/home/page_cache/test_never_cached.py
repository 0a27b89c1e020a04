"""What is never stored: signed-in users, forms, private pages, personal cookies."""

import pytest
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import FeedbackFormPage
from intake.models import RequestPage
from pool.factories import RosterGroupPageFactory
from pool.models import DeclarationPage
from tests.home.page_cache.conftest import cache_status

pytestmark = pytest.mark.django_db


def test_a_signed_in_editor_never_gets_or_fills_the_cache(client, editor):
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/wat-doet-een-oco/")
        assert response.status_code == 200
        assert cache_status(response) is None
    client.logout()
    # The editor's visits stored nothing: the first anonymous visit renders.
    assert cache_status(client.get("/wat-doet-een-oco/")) == "miss"


def test_a_stored_page_is_not_served_to_a_signed_in_editor(client, editor):
    client.get("/wat-doet-een-oco/")
    client.force_login(editor)
    response = client.get("/wat-doet-een-oco/")
    assert cache_status(response) is None
    assert b"wagtail-userbar" in response.content.lower().replace(b"_", b"-")


def test_forms_with_a_token_are_never_stored(client):
    form_pages = [RequestPage, FeedbackFormPage, DeclarationPage]
    for url in (model.objects.live().first().url for model in form_pages):
        client.get(url)
        response = client.get(url)
        assert response.status_code == 200
        assert cache_status(response) is None, url
        assert "csrftoken" in response.cookies or "no-store" in response.get(
            "Cache-Control", ""
        )


@pytest.mark.parametrize("restriction_type", ["login", "password", "groups"])
def test_pages_with_a_view_restriction_are_never_stored(client, home, restriction_type):
    page = StandardPageFactory(parent=home, title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="geheim-wachtwoord"
    )
    for _ in range(2):
        response = client.get("/besloten/")
        assert cache_status(response) is None
        assert b"Besloten</h1>" not in response.content


def test_a_page_whose_visitor_passed_the_password_is_not_stored(client, home):
    page = StandardPageFactory(parent=home, title="Met wachtwoord", slug="met-ww")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="geheim-wachtwoord"
    )
    client.get("/met-ww/")
    form_url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    client.post(form_url, {"password": "geheim-wachtwoord", "return_url": "/met-ww/"})
    response = client.get("/met-ww/")
    assert b"Met wachtwoord</h1>" in response.content
    assert cache_status(response) is None
    client.cookies.clear()
    assert b"Met wachtwoord</h1>" not in client.get("/met-ww/").content


def test_pool_pages_are_never_stored(client, contact_a):
    page = RosterGroupPageFactory(title="Groep Cache", contact_person=contact_a)
    for _ in range(2):
        response = client.get(page.url)
        assert cache_status(response) is None
        assert b"Groep Cache" not in response.content


def test_requests_with_a_query_string_are_not_stored(client):
    client.get("/zoeken/?q=oco")
    assert cache_status(client.get("/zoeken/?q=oco")) is None
    assert cache_status(client.get("/zoeken/")) == "miss"


def test_a_visitor_with_a_message_waiting_gets_the_page_rendered(client):
    client.get("/wat-doet-een-oco/")
    client.cookies["messages"] = "een-bericht-dat-nog-getoond-moet-worden"
    assert cache_status(client.get("/wat-doet-een-oco/")) is None


def test_head_post_and_unknown_addresses_are_not_stored(client):
    assert cache_status(client.head("/")) is None
    assert cache_status(client.get("/bestaat-niet/")) is None
    assert cache_status(client.get("/bestaat-niet/")) is None
    assert cache_status(client.get("/")) == "miss"
