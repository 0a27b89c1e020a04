"""<link rel="alternate" hreflang> in the head of every translated page,
naming both languages with full addresses."""

import pytest

from .conftest import DUTCH_OF, soup

pytestmark = pytest.mark.django_db


def alternates(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).head.select('link[rel="alternate"]')
    }


@pytest.mark.parametrize("english_path, dutch_path", DUTCH_OF.items())
def test_translated_pages_name_both_versions(english, client, english_path, dutch_path):
    expected = {
        "nl": f"http://localhost{dutch_path}",
        "en": f"http://localhost{english_path}",
    }
    assert alternates(client.get(dutch_path)) == expected
    assert alternates(client.get(english_path)) == expected


def test_pages_without_translation_have_no_alternates(english, client):
    assert alternates(client.get("/contact/")) == {}
    assert alternates(client.get("/voor-professionals/")) == {}
