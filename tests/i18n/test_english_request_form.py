"""The request form at /en/: English questions and messages, and a request
stored like any other, marked as made in English."""

import pytest

from intake.models import Request
from tests.intake.test_form_data import valid_data

from .conftest import html_lang, soup, visible_text

pytestmark = pytest.mark.django_db

FORM = "/en/request-an-oco/"


def test_the_questions_are_in_english(english, client):
    page = soup(client.get(FORM))
    labels = [label.get_text(strip=True) for label in page.select("form label")]
    assert "What is the name of the person who wants an OCO?" in labels
    assert "Phone number (optional if you fill in an email address)" in labels
    assert "I give OCO Almere permission to use this information" in labels
    legends = [legend.get_text(strip=True) for legend in page.select("legend")]
    assert "What is your question about?" in legends
    assert page.select_one("form button[type=submit]").get_text() == "Send request"


def test_bad_input_gets_english_messages(english, client):
    response = client.post(
        FORM,
        valid_data(
            name="",
            phone="12345",
            email="not-an-address",
            postcode="9999 ZZ",
            consent=None,
        ),
    )
    assert response.status_code == 200
    assert html_lang(response) == "en"
    summary = soup(response).select_one(".error-summary")
    text = summary.get_text(" ")
    assert "Your request has not been sent yet" in text
    for message in [
        "Fill in the name of the person who wants an OCO.",
        "Fill in a Dutch phone number of ten digits",
        "Fill in a valid email address",
        "This postcode is not in Almere.",
        "Give permission to use the information.",
    ]:
        assert message in text
    assert not Request.objects.exists()


def test_a_valid_request_is_stored_in_english(english, client):
    response = client.post(FORM, valid_data())
    assert response.status_code == 302
    assert response["Location"] == FORM + "bedankt/"
    request_obj = Request.objects.get()
    assert request_obj.language == "en"
    assert request_obj.name == "Fenna Verzonnen"
    thanks = client.get(response["Location"])
    text = visible_text(thanks)
    assert "Thank you for your request" in text
    assert request_obj.reference in text
    assert "What happens now?" in text
    assert soup(thanks).select_one("article a[href='/en/']")


def test_a_request_through_the_dutch_form_is_stored_in_dutch(english, client):
    assert client.post("/oco-aanvragen/", valid_data()).status_code == 302
    assert Request.objects.get().language == "nl"


def test_the_privacy_link_says_the_statement_is_in_dutch(english, client):
    link = soup(client.get(FORM)).select_one("#id_consent_helptext a")
    assert link["href"] == "/privacyverklaring/"
    assert link["hreflang"] == "nl"
    assert link.get_text(" ", strip=True) == (
        "Read our privacy statement (in Dutch) (opens in a new tab)"
    )


def test_the_dutch_privacy_link_is_as_before(english, client):
    link = soup(client.get("/oco-aanvragen/")).select_one("#id_consent_helptext a")
    assert link["href"] == "/privacyverklaring/"
    assert not link.get("hreflang")
    assert "in het Nederlands" not in link.get_text()
