"""With the English pages in place, the Dutch site and every address that is
not a page stay where they were, in Dutch."""

import pytest
from django.urls import reverse

from .conftest import html_lang, soup

pytestmark = pytest.mark.django_db

DUTCH_PAGES = [
    "/",
    "/wat-doet-een-oco/",
    "/wat-kunt-u-verwachten/",
    "/wie-kan-u-ondersteunen/",
    "/oco-aanvragen/",
    "/voor-professionals/",
    "/contact/",
    "/zoeken/",
]


@pytest.mark.parametrize("path", DUTCH_PAGES)
def test_dutch_pages_are_at_their_addresses_in_dutch(english, client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert html_lang(response) == "nl"


def test_an_english_browser_still_gets_the_dutch_home_page(english, client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 200
    assert html_lang(response) == "nl"
    assert "Naar de inhoud" in response.content.decode()


def test_the_dutch_form_keeps_its_routes(english, client):
    response = client.get("/oco-aanvragen/")
    form = soup(response).select_one("form.request-form")
    assert form["action"] == "/oco-aanvragen/"
    assert "Aanvraag versturen" in response.content.decode()
    # The thank-you page without a request leads back to the form.
    assert client.get("/oco-aanvragen/bedankt/")["Location"] == "/oco-aanvragen/"


@pytest.mark.parametrize(
    "name, path",
    [
        ("sitemap", "/sitemap.xml"),
        ("robots_txt", "/robots.txt"),
        ("security_txt", "/.well-known/security.txt"),
        ("wagtailadmin_home", "/admin/"),
        ("wagtaildocs_serve", "/bestanden/1/x.pdf"),
    ],
)
def test_addresses_that_are_not_pages_get_no_language_prefix(english, name, path):
    args = [1, "x.pdf"] if name == "wagtaildocs_serve" else []
    assert reverse(name, args=args) == path


@pytest.mark.parametrize(
    "path", ["/en/admin/", "/en/sitemap.xml", "/en/robots.txt", "/en/sessies/"]
)
def test_non_page_addresses_have_no_english_copy(english, client, path):
    assert client.get(path).status_code == 404


def test_the_sitemap_lists_the_dutch_pages_as_before(english, client):
    body = client.get("/sitemap.xml").content.decode()
    assert "/wat-doet-een-oco/" in body
    assert "/en/" not in body


def test_the_admin_stays_dutch(english, client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert html_lang(response) == "nl"
