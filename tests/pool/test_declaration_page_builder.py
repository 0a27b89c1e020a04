"""The initial content makes the page "Declareren" under "Voor OCO's" once,
and links to it from there."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import StandardPage
from pool.initial_content import declaration_page as builder
from pool.models import DeclarationPage

pytestmark = pytest.mark.django_db


def test_the_page_is_under_voor_ocos_and_live(client, home):
    page = DeclarationPage.objects.get()
    parent = page.get_parent()
    assert parent.slug == "voor-ocos"
    assert parent.get_parent().pk == home.pk
    assert page.slug == "declareren" and page.title == "Declareren"
    assert page.live
    assert page.url == "/voor-ocos/declareren/"
    assert client.get(page.url).status_code == 200


def test_voor_ocos_links_to_it(client):
    html = client.get("/voor-ocos/").content.decode()
    assert 'href="/voor-ocos/declareren/"' in html
    # The agenda's link stays.
    assert 'href="/voor-ocos/agenda/"' in html


def test_it_is_made_once(home):
    pages = Page.objects.count()
    messages = []
    assert builder.build(log=messages.append) == 0
    call_command("load_initial_data", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert DeclarationPage.objects.count() == 1
    assert messages == []


def test_without_voor_ocos_it_makes_nothing(home):
    DeclarationPage.objects.get().delete()
    StandardPage.objects.get(slug="voor-ocos").delete()
    messages = []
    assert builder.build(log=messages.append) == 0
    assert not DeclarationPage.objects.exists()
    assert messages


def test_editors_may_add_it_under_a_standard_page():
    assert DeclarationPage in StandardPage.allowed_subpage_models()


def test_a_draft_of_voor_ocos_is_left_alone(home):
    DeclarationPage.objects.get().delete()
    parent = StandardPage.objects.get(slug="voor-ocos")
    parent.intro = "Een concept van de redacteur."
    parent.save_revision()
    live_body = list(StandardPage.objects.get(pk=parent.pk).body.raw_data)
    messages = []
    assert builder.build(log=messages.append) == 1
    page = DeclarationPage.objects.get()
    assert page.live and page.get_parent().pk == parent.pk
    parent = StandardPage.objects.get(pk=parent.pk)
    assert list(parent.body.raw_data) == live_body
    assert parent.has_unpublished_changes
    assert (
        parent.get_latest_revision_as_object().intro == "Een concept van de redacteur."
    )
    assert any("concept" in message for message in messages)
