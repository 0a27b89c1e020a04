"""A valid declaration is saved as submitted, for the member and their group,
through pool.declaring; the page confirms it (post/redirect/get) and lists
it. The same form sent twice saves one declaration."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pool.models import Declaration, DeclarationStatus

from .declaration_page import form_data, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def test_a_valid_declaration_is_saved_as_submitted(client, declaration_page, declarant):
    url = personal_url(declarant)
    data = form_data(
        declarant,
        hours="1,75",
        costs="€ 4,80",
        costs_note="Buskaartje heen en terug",
        activity="training",
        description="Basistraining",
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == url
    declaration = Declaration.objects.get()
    assert declaration.member == declarant
    assert declaration.group_id == declarant.page_id
    assert declaration.declarant_name == "Dirk Declarant"
    assert declaration.status == DeclarationStatus.SUBMITTED
    assert declaration.submitted_by is None
    assert declaration.contact_person is None
    assert declaration.date == timezone.localdate() - datetime.timedelta(days=1)
    assert declaration.activity == "training"
    assert declaration.description == "Basistraining"
    assert declaration.hours == Decimal("1.75")
    assert declaration.costs == Decimal("4.80")
    assert declaration.costs_note == "Buskaartje heen en terug"
    assert ModelLogEntry.objects.filter(
        action="pool.declaration.submit", object_id=str(declaration.pk)
    ).exists()


def test_the_confirmation_shows_the_declaration(client, declaration_page, declarant):
    url = personal_url(declarant)
    response = client.post(url, form_data(declarant, hours="2,5"), follow=True)
    assert response.status_code == 200
    page = soup(response)
    status = page.find(class_="notice--success")
    assert status["role"] == "status"
    assert "Uw declaratie is ingediend" in status.get_text()
    assert "2,5 uur" in status.get_text()
    listing = page.find(id="overzicht").get_text(" ", strip=True)
    assert "Ondersteuning van een inwoner" in listing
    assert "Aanvraag K7QM-3XPA" in listing
    assert "Ingediend" in listing
    # A fresh, empty form for the next declaration.
    assert page.find(id="id_description").get("value") is None


def test_the_same_form_sent_twice_saves_one_declaration(
    client, declaration_page, declarant
):
    url = personal_url(declarant)
    data = form_data(declarant)
    first = client.post(url, data)
    second = client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert Declaration.objects.count() == 1
    page = soup(client.get(url))
    assert "al verstuurd" in page.get_text(" ", strip=True)


def test_a_new_form_saves_a_new_declaration(client, declaration_page, declarant):
    url = personal_url(declarant)
    client.post(url, form_data(declarant))
    client.post(url, form_data(declarant))
    assert Declaration.objects.count() == 2


def test_a_form_without_its_token_is_not_saved_but_kept(
    client, declaration_page, declarant
):
    url = personal_url(declarant)
    response = client.post(url, form_data(declarant, formulier="verzonnen"))
    assert response.status_code == 200
    assert not Declaration.objects.exists()
    page = soup(response)
    assert "nog niet verstuurd" in page.find(class_="error-summary").get_text()
    assert page.find(id="id_description")["value"] == "Aanvraag K7QM-3XPA"
    fresh = page.find("input", attrs={"name": "formulier"})["value"]
    assert client.post(url, form_data(declarant, formulier=fresh)).status_code == 302
    assert Declaration.objects.count() == 1


def test_a_declaration_without_a_rate_for_the_year_is_accepted(
    client, declaration_page, declarant
):
    from pool.models import AllowanceYear

    AllowanceYear.objects.filter(year=timezone.localdate().year).delete()
    url = personal_url(declarant)
    response = client.post(url, form_data(declarant), follow=True)
    assert Declaration.objects.count() == 1
    text = soup(response).get_text(" ", strip=True)
    assert "nog niet bekend" in text
