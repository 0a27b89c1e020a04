"""A valid response is stored with the answers only, and the professional is
sent on to the thank-you text; reloading that page sends nothing again."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from home import spam

from .feedback import field_names, form_page, soup, submit

pytestmark = pytest.mark.django_db


def test_a_valid_response_is_stored_and_leads_to_the_thank_you_text(client):
    page = form_page()
    response = submit(client)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?verzonden=1"
    submission = FormSubmission.objects.get(page=page)
    names = field_names(page)
    data = submission.form_data
    assert data[names["Wat voor werk doet u?"]] == "Wmo-consulent"
    assert data[names["Waar ging het gesprek over?"]] == ["Wmo", "Jeugd"]
    assert data[names["U mag contact met mij opnemen over deze reactie"]] is True
    assert data[names["Uw e-mailadres"]] == "consulent@example.org"
    assert not set(spam.SPAM_FIELDS) & set(data)

    landing = client.get(response["Location"])
    assert landing.status_code == 200
    html = soup(landing)
    assert html.h1.get_text() == "Bedankt voor uw reactie"
    assert "Fijn dat u de tijd nam" in html.find(class_="rich-text").get_text()
    assert html.find("a", href=page.get_parent().url) is not None
    assert html.title.get_text().startswith("Bedankt voor uw reactie")


def test_reloading_the_thank_you_page_stores_nothing_more(client):
    response = submit(client)
    client.get(response["Location"])
    client.get(response["Location"])
    assert FormSubmission.objects.count() == 1


def test_the_thank_you_address_without_a_response_shows_the_form(client):
    page = form_page()
    html = soup(client.get(f"{page.url}?verzonden=1"))
    assert html.find("form", class_="site-form") is not None


def test_optional_questions_may_be_left_out(client):
    response = submit(
        client,
        **{
            "Waar ging het gesprek over?": None,
            "Wat ging goed?": None,
            "U mag contact met mij opnemen over deze reactie": None,
            "Uw e-mailadres": "",
        },
    )
    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused_politely(client, method):
    response = getattr(client, method)(form_page().url)
    assert response.status_code == 405
    assert not FormSubmission.objects.exists()
