"""The link in the header to the same page in the other language, or to that
language's home page when the page has no translation."""

import pytest

from .conftest import DUTCH_OF, soup

pytestmark = pytest.mark.django_db


def switch_links(response):
    return [
        (link.get_text(strip=True), link["href"], link["lang"], link["hreflang"])
        for link in soup(response).select("header .language-switch a")
    ]


@pytest.mark.parametrize("english_path, dutch_path", DUTCH_OF.items())
def test_the_switch_links_both_ways(english, client, english_path, dutch_path):
    assert switch_links(client.get(dutch_path)) == [
        ("English", english_path, "en", "en")
    ]
    assert switch_links(client.get(english_path)) == [
        ("Nederlands", dutch_path, "nl", "nl")
    ]


def test_a_page_without_translation_links_to_the_english_home_page(english, client):
    assert switch_links(client.get("/contact/")) == [("English", "/en/", "en", "en")]


def test_the_thank_you_route_links_to_the_form_in_the_other_language(english, client):
    session = client.session
    session["intake:submitted"] = {"reference": "ABCD-EFGH", "email": False}
    session.save()
    response = client.get("/en/request-an-oco/bedankt/")
    assert response.status_code == 200
    assert switch_links(response) == [("Nederlands", "/oco-aanvragen/", "nl", "nl")]


def test_without_a_live_english_home_page_there_is_no_switch(english, client):
    english.unpublish()
    assert switch_links(client.get("/contact/")) == []
