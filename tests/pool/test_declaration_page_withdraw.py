"""A member withdraws a declaration nobody has decided on yet, after
confirming, with a POST that carries the CSRF token; a decided declaration
or another member's stays."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pool.factories import DeclarationFactory, MemberFactory
from pool.models import Declaration, DeclarationStatus

from .declaration_page import PAGE_URL, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def withdraw_url(personal, declaration):
    return f"{personal}intrekken/{declaration.pk}/"


def test_the_list_links_to_withdrawing_a_submitted_declaration(
    client, declaration_page, declarant
):
    submitted = DeclarationFactory(member=declarant)
    DeclarationFactory(
        member=declarant,
        status=DeclarationStatus.APPROVED,
        paid_amount=10,
        amount=10,
    )
    url = personal_url(declarant)
    page = soup(client.get(url))
    links = [a["href"] for a in page.find(id="overzicht").find_all("a")]
    assert links == [withdraw_url(url, submitted)]


def test_withdrawing_asks_first_then_deletes(client, declaration_page, declarant):
    declaration = DeclarationFactory(member=declarant)
    personal = personal_url(declarant)
    url = withdraw_url(personal, declaration)
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert Declaration.objects.filter(pk=declaration.pk).exists()
    form = soup(confirm).find("form", method="post")
    assert form["action"] == url
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert "Ja, trek deze declaratie in" in form.get_text()

    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == personal
    assert not Declaration.objects.filter(pk=declaration.pk).exists()
    assert "is ingetrokken" in soup(response).find(class_="notice--success").text
    assert ModelLogEntry.objects.filter(
        action="pool.declaration.withdraw", object_id=str(declaration.pk)
    ).exists()


def test_withdrawing_needs_the_csrf_token(declaration_page, declarant):
    declaration = DeclarationFactory(member=declarant)
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(withdraw_url(personal_url(declarant), declaration))
    assert response.status_code == 403
    assert Declaration.objects.filter(pk=declaration.pk).exists()


@pytest.mark.parametrize(
    "decision",
    [
        {"status": DeclarationStatus.APPROVED, "amount": 10, "paid_amount": 10},
        {"status": DeclarationStatus.REJECTED, "rejection_reason": "Dubbel"},
    ],
)
def test_a_decided_declaration_cannot_be_withdrawn(
    client, declaration_page, declarant, decision
):
    declaration = DeclarationFactory(
        member=declarant, decided_at=timezone.now(), **decision
    )
    url = withdraw_url(personal_url(declarant), declaration)
    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert response.status_code == 200
        text = soup(response).get_text(" ", strip=True)
        assert "Intrekken kan daarom niet meer" in text
    assert Declaration.objects.filter(pk=declaration.pk).exists()


def test_another_members_declaration_cannot_be_withdrawn(
    client, declaration_page, declarant
):
    other = MemberFactory(page=declarant.page, email="ander@example.org")
    theirs = DeclarationFactory(member=other)
    response = client.post(withdraw_url(personal_url(declarant), theirs), follow=True)
    assert "bestaat niet (meer)" in soup(response).get_text(" ", strip=True)
    assert Declaration.objects.filter(pk=theirs.pk).exists()


def test_a_bad_link_withdraws_nothing(client, declaration_page, declarant):
    declaration = DeclarationFactory(member=declarant)
    response = client.post(f"{PAGE_URL}link/verzonnen/intrekken/{declaration.pk}/")
    assert response.status_code == 200
    assert "klopt niet" in soup(response).get_text(" ", strip=True)
    assert Declaration.objects.filter(pk=declaration.pk).exists()


def test_a_huge_number_in_the_address_is_no_server_error(
    client, declaration_page, declarant
):
    personal = personal_url(declarant)
    response = client.get(f"{personal}intrekken/{'9' * 30}/", follow=True)
    assert response.status_code in (200, 404)
