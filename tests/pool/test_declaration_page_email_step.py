"""Step one: a member asks for a personal link with their email address.
Everyone gets the same answer, so the page tells nobody who is a member."""

import pytest
from django.core import mail

from pool import declaration_links

from .declaration_page import (
    PAGE_URL,
    error_summary,
    link_in,
    soup,
    without_nonce,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]

ANSWER = (
    "Als dit adres bij een OCO hoort, krijgt u binnen enkele minuten een mail "
    "met een persoonlijke link"
)


def test_the_page_shows_the_email_form_and_the_texts(client, declaration_page):
    response = client.get(PAGE_URL)
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text() == "Declareren"
    label = page.find("label", attrs={"for": "id_email"})
    assert label.get_text(strip=True) == "Vul uw e-mailadres in"
    email = page.find(id="id_email")
    assert email["type"] == "email"
    assert email["autocomplete"] == "email"
    assert email["aria-describedby"] == "id_email_helptext"
    text = page.get_text(" ", strip=True)
    assert "Wat kunt u declareren?" in text
    assert "Hoe gaat de betaling?" in text


def test_an_active_member_gets_a_mail_with_a_personal_link(client, ask_link, declarant):
    response = ask_link("  Dirk@Example.org ")
    assert ANSWER in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["dirk@example.org"]
    assert message.subject == "Uw link om te declareren"
    assert "14 dagen" in message.body
    assert "contactpersoon" in message.body
    # Nothing about the member or their work beyond the link.
    assert declarant.name not in message.body
    assert declarant.page.title not in message.body
    path = link_in(message)
    token = path.rstrip("/").rsplit("/", 1)[-1]
    assert declaration_links.read(token) == declarant
    assert client.get(path).status_code == 200


def test_an_unknown_address_gets_the_same_answer_and_no_mail(ask_link, declarant):
    known = ask_link(declarant.email)
    mail.outbox.clear()
    unknown = ask_link("niemand@example.org")
    assert unknown.status_code == known.status_code == 200
    assert ANSWER in unknown.content.decode()
    assert unknown.redirect_chain == known.redirect_chain
    assert without_nonce(unknown) == without_nonce(known)
    assert mail.outbox == []


def test_an_inactive_member_gets_no_mail(ask_link, declarant):
    declarant.active = False
    declarant.left_on = declarant.joined_on
    declarant.save()
    response = ask_link(declarant.email)
    assert ANSWER in response.content.decode()
    assert mail.outbox == []


def test_a_wrong_address_gets_a_dutch_error_and_keeps_what_was_typed(client, declarant):
    response = client.post(PAGE_URL, {"email": "dirk@"})
    assert response.status_code == 200
    assert "Vul een geldig e-mailadres in" in error_summary(response)
    page = soup(response)
    assert page.title.get_text().startswith("Fout: ")
    field = page.find(id="id_email")
    assert field["value"] == "dirk@"
    assert field["aria-invalid"] == "true"
    assert "id_email_error" in field["aria-describedby"]
    assert page.find(class_="error-summary").find("a")["href"] == "#id_email"
    assert mail.outbox == []


def test_a_filled_honeypot_sends_nothing(ask_link, declarant):
    response = ask_link(declarant.email, website="https://spam.example.org")
    assert response.status_code == 200
    assert "niet verstuurd" in error_summary(response)
    assert "spam" not in error_summary(response)
    assert mail.outbox == []
