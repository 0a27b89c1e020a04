"""The translated pages for residents at /en/, in English, with a menu that
shows only English pages and says where the rest is."""

import pytest
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage

from .conftest import ENGLISH_PAGES, build_english_pages, html_lang, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path, title", ENGLISH_PAGES.items())
def test_english_pages_are_at_en_in_english(english, client, path, title):
    response = client.get(path)
    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert soup(response).h1.get_text(strip=True) == title
    assert "Skip to content" in response.content.decode()


def test_pages_without_a_translation_are_not_at_en(english, client):
    assert client.get("/en/voor-professionals/").status_code == 404
    assert client.get("/en/contact/").status_code == 404


def test_the_english_menu_shows_english_pages_and_a_link_to_the_dutch_site(
    english, client
):
    menu = soup(client.get("/en/")).select_one("nav.main-nav")
    links = [(link.get_text(strip=True), link["href"]) for link in menu.select("a")]
    assert links == [
        ("Home", "/en/"),
        ("What does an OCO do?", "/en/what-does-an-oco-do/"),
        ("What can you expect?", "/en/what-can-you-expect/"),
        ("Who can support you?", "/en/who-can-support-you/"),
        ("More information (in Dutch)", "/"),
    ]
    assert menu.select("a")[-1]["hreflang"] == "nl"


def test_english_pages_link_to_the_dutch_accessibility_and_privacy_statements(
    english, client
):
    footer = soup(client.get("/en/what-can-you-expect/")).select_one(
        "nav[aria-label='About this website']"
    )
    links = {link["href"]: link for link in footer.select("a")}
    assert set(links) == {"/privacyverklaring/", "/toegankelijkheid/", "/voor-ocos/"}
    for link in links.values():
        assert link["lang"] == link["hreflang"] == "nl"
        assert "(in Dutch)" in link.parent.get_text()


def test_a_translated_footer_page_is_linked_in_english(english, client):
    privacy = StandardPage.objects.get(slug="privacyverklaring")
    translation = privacy.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.title = "Privacy statement"
    translation.slug = "privacy-statement"
    translation.save_revision().publish()

    response = client.get("/en/what-can-you-expect/")
    footer = soup(response).select_one("nav[aria-label='About this website']")
    links = {link["href"]: link for link in footer.select("a")}

    assert links["/en/privacy-statement/"].get_text(strip=True) == "Privacy statement"
    assert not links["/en/privacy-statement/"].get("lang")
    assert links["/toegankelijkheid/"]["lang"] == "nl"
    assert "/privacyverklaring/" not in links


def test_the_dutch_footer_marks_no_language(english, client):
    footer = soup(client.get("/")).select_one("nav[aria-label='Over deze website']")
    links = footer.select("a")
    assert {link["href"] for link in links} == {
        "/privacyverklaring/",
        "/toegankelijkheid/",
        "/voor-ocos/",
    }
    assert all(not link.get("lang") for link in links)
    assert "(in het Nederlands)" not in footer.get_text()


def test_the_dutch_menu_has_no_link_to_a_dutch_site(english, client):
    menu = soup(client.get("/")).select_one("nav.main-nav")
    assert "/en/" not in [link["href"] for link in menu.select("a")]
    assert all(not link.get("hreflang") for link in menu.select("a"))


def test_the_english_home_page_leads_to_the_english_form_and_pages(english, client):
    page = soup(client.get("/en/"))
    assert page.select_one(".cta a.button")["href"] == "/en/request-an-oco/"
    cards = [link["href"] for link in page.select(".cards a")]
    assert cards == [
        "/en/what-does-an-oco-do/",
        "/en/what-can-you-expect/",
        "/en/who-can-support-you/",
    ]
    assert page.select_one(".site-logo")["href"] == "/en/"


def test_calls_to_action_on_english_pages_lead_to_the_english_form(english, client):
    page = soup(client.get("/en/what-does-an-oco-do/"))
    assert "/en/request-an-oco/" in [link["href"] for link in page.select("a")]


def test_the_footer_shows_the_contact_settings_in_english(english, client):
    footer = soup(client.get("/en/who-can-support-you/")).select_one("footer")
    text = footer.get_text(" ")
    assert "Phone:" in text and "(036) 200 21 58" in text
    assert "Professional client supporters" in text


def test_running_the_builders_again_changes_nothing(english):
    before = Page.objects.count()
    build_english_pages()
    assert Page.objects.count() == before
    assert HomePage.objects.count() == 2
