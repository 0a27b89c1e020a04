"""The feedback form for professionals: a page under "Voor professionals" with
the default questions, each with its label, and linked from that page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import FeedbackFormField, FeedbackFormPage, HomePage, StandardPage

from .feedback import ANSWERS, field_names, form_page, soup

pytestmark = pytest.mark.django_db


def test_the_page_shows_every_default_question_with_a_label(client):
    page = form_page()
    response = client.get(page.url)
    assert response.status_code == 200
    html = soup(response)
    form = html.find("form", class_="site-form")
    for label, name in field_names(page).items():
        assert label in form.get_text()
        inputs = form.find_all(attrs={"name": name})
        assert inputs, name
        for element in inputs:
            assert form.find("label", attrs={"for": element["id"]}), name
    assert set(field_names(page)) == set(ANSWERS)
    assert form.find("button", type="submit").get_text(strip=True) == (
        "Reactie versturen"
    )


def test_questions_in_a_group_are_a_fieldset_with_a_legend(client):
    page = form_page()
    html = soup(client.get(page.url))
    name = field_names(page)["Hoe ging de samenwerking met de OCO?"]
    fieldset = html.find(attrs={"name": name}).find_parent("fieldset")
    assert "Hoe ging de samenwerking" in fieldset.legend.get_text()
    assert [r["value"] for r in fieldset.find_all("input")] == [
        "Goed",
        "Redelijk",
        "Matig",
        "Slecht",
    ]


def test_the_drop_down_starts_empty_so_nothing_is_chosen_for_you(client):
    page = form_page()
    html = soup(client.get(page.url))
    select = html.find(
        "select", attrs={"name": field_names(page)["Wat voor werk doet u?"]}
    )
    options = select.find_all("option")
    assert options[0]["value"] == ""
    assert [o["value"] for o in options[1:]] == [
        "Wmo-consulent",
        "Medewerker van een wijkteam",
        "Medewerker van een school",
        "Zorgverlener",
        "Iets anders",
    ]


def test_the_page_asks_not_to_name_residents(client):
    page = form_page()
    html = soup(client.get(page.url))
    assert (
        "geen namen of andere gegevens van inwoners"
        in html.find(class_="rich-text").get_text()
    )
    name = field_names(page)["Wat ging goed?"]
    hint = html.find(id=f"id_{name}_helptext")
    assert "geen naam" in hint.get_text()
    assert html.find(id=f"id_{name}")["aria-describedby"] == f"id_{name}_helptext"


def test_optional_questions_say_so(client):
    page = form_page()
    html = soup(client.get(page.url))
    label = html.find(
        "label", attrs={"for": f"id_{field_names(page)['Wat kan beter?']}"}
    )
    assert "(niet verplicht)" in label.get_text()
    required = html.find(
        "label", attrs={"for": f"id_{field_names(page)['Wat voor werk doet u?']}"}
    )
    assert "niet verplicht" not in required.get_text()


def test_the_optional_checkbox_says_so(client):
    page = form_page()
    html = soup(client.get(page.url))
    name = field_names(page)["U mag contact met mij opnemen over deze reactie"]
    label = html.find("label", attrs={"for": f"id_{name}"})
    assert " ".join(label.get_text().split()) == (
        "U mag contact met mij opnemen over deze reactie (niet verplicht)"
    )


def test_the_email_address_may_be_filled_in_by_the_browser(client):
    page = form_page()
    html = soup(client.get(page.url))
    email = html.find(id=f"id_{field_names(page)['Uw e-mailadres']}")
    assert email["type"] == "email"
    assert email["autocomplete"] == "email"


def test_the_professionals_page_links_to_the_form(client):
    page = form_page()
    parent = page.get_parent().specific
    assert parent.slug == "voor-professionals"
    html = soup(client.get(parent.url))
    button = html.find("a", class_="button", href=page.url)
    assert button is not None
    assert (
        button.find_parent(class_="cta").h2.get_text() == "Uw ervaring horen we graag"
    )


def test_it_belongs_under_a_standard_page_and_once_only(home):
    assert (
        FeedbackFormPage.can_create_at(
            Page.objects.get(slug="voor-professionals").specific
        )
        is False
    )  # there is one already
    assert FeedbackFormPage.allowed_parent_page_models() == [StandardPage]
    assert not FeedbackFormPage.can_exist_under(HomePage())
    assert FeedbackFormPage.allowed_subpage_models() == []


def test_more_questions_cost_no_more_queries(client):
    page = form_page()
    client.get(page.url)  # warm per-process caches such as content types
    with CaptureQueriesContext(connection) as before:
        assert client.get(page.url).status_code == 200
    for n in range(10):
        FeedbackFormField.objects.create(
            page=page, label=f"Extra vraag {n}", field_type="singleline"
        )
    with CaptureQueriesContext(connection) as after:
        response = client.get(page.url)
    assert "Extra vraag 9" in response.content.decode()
    assert len(after) <= len(before) <= 20
