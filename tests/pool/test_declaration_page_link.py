"""The personal link opens the member's own page with the declaration form."""

import pytest

from .declaration_page import personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]

QUESTIONS = [
    "id_date",
    "id_activity_0",
    "id_description",
    "id_hours",
    "id_costs",
    "id_costs_note",
    "id_other_amount",
    "id_other_organisation",
]


def test_the_link_opens_the_form(client, declaration_page, declarant):
    url = personal_url(declarant)
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text() == "Uw declaraties"
    assert "Welkom, Dirk Declarant." in page.get_text(" ", strip=True)
    form = page.find("form", method="post")
    assert form["action"] == url
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert form.find("input", attrs={"name": "formulier"})["value"]
    for question in QUESTIONS:
        assert form.find(id=question), question
    # The kinds of work a member declares; a contact person's own hours are
    # declared in the admin.
    kinds = [radio["value"] for radio in form.find_all(attrs={"name": "activity"})]
    assert kinds == ["trajectory", "training", "intervision", "meeting", "other"]
    description = page.find(id="id_description_helptext").get_text()
    assert "kenmerk van de aanvraag" in description
    assert "nooit de naam van een inwoner" in description


def test_the_other_allowance_question_is_a_fieldset(
    client, declaration_page, declarant
):
    page = soup(client.get(personal_url(declarant)))
    legend = page.find(id="id_other_amount").find_parent("fieldset").find("legend")
    assert "Kreeg u deze maand een vergoeding voor ander vrijwilligerswerk?" in (
        legend.get_text()
    )


def test_a_page_with_the_form_stays_within_a_few_queries(
    client, declaration_page, declarant, django_assert_max_num_queries
):
    url = personal_url(declarant)
    client.get(url)
    # 20, and the two locale look-ups of Wagtail's i18n.
    with django_assert_max_num_queries(22):
        assert client.get(url).status_code == 200
