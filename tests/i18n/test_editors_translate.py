"""The editors may translate a page from the admin (Wagtail's "Translate",
simple_translation) and edit the English pages; others may not."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.factories import StandardPageFactory
from home.initial_content.demo_users import editors_group
from home.models import HomePage
from pool.factories import UserFactory

from .conftest import build_english_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_with_rights(english):
    """A communications editor (the Redactie group, rights on the Dutch site),
    after the builder granted that group's rights on the English pages, as
    load_initial_data does after the demo accounts exist."""
    dutch_home = HomePage.objects.get(locale__language_code="nl")
    user = UserFactory(username="redacteur-vertaalt")
    user.groups.add(editors_group(dutch_home))
    build_english_pages()
    return type(user).objects.get(pk=user.pk)


def submit_url(page):
    return reverse("simple_translation:submit_page_translation", args=[page.pk])


def test_the_editors_may_translate_and_edit_the_english_pages(
    editor_with_rights, english
):
    assert editor_with_rights.has_perm("simple_translation.submit_translation")
    english_page = Page.objects.get(url_path__endswith="/what-does-an-oco-do/")
    assert english_page.permissions_for_user(editor_with_rights).can_edit()
    assert english.permissions_for_user(editor_with_rights).can_add_subpage()


def test_an_editor_translates_a_new_page_from_the_admin(
    editor_with_rights, english, client
):
    dutch_home = HomePage.objects.get(locale__language_code="nl")
    page = StandardPageFactory(parent=dutch_home, title="Nieuwe pagina", slug="nieuw")
    client.force_login(editor_with_rights)
    assert client.get(submit_url(page)).status_code == 200
    response = client.post(
        submit_url(page), {"locales": [Locale.objects.get(language_code="en").pk]}
    )
    assert response.status_code == 302
    translation = page.get_translation(Locale.objects.get(language_code="en"))
    assert translation.get_parent().pk == english.pk
    assert not translation.live  # a draft until the editor publishes it


def test_a_coordinator_may_not_translate_pages(english, coordinator, client):
    client.force_login(coordinator)
    page = Page.objects.get(url_path__endswith="/wat-doet-een-oco/")
    assert client.get(submit_url(page)).status_code in (302, 403)
    assert not coordinator.has_perm("simple_translation.submit_translation")
