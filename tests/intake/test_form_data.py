"""Valid form data for the request form tests, and the form's own cleaning:
what a resident types is normalised before it is stored."""

import datetime
import time

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from intake import spam
from intake.forms import RequestForm
from intake.models import RequestPage

pytestmark = pytest.mark.django_db

VALID = {
    "submitted_by": "resident",
    "name": "Fenna Verzonnen",
    "phone": "06 23456789",
    "email": "fenna@example.org",
    "contact_way": "either",
    "contact_time": "any",
    "postcode": "1315 AB",
    "domains": ["wmo"],
    "conversation_subject": "Een keukentafelgesprek over hulp in huis.",
    "agency": "Wijkteam Almere Stad",
    "consent": "on",
}


def valid_data(**changes):
    """The form as a person sends it, a minute after opening it; a change to
    None leaves that field out."""
    data = {**VALID, spam.TIMESTAMP_FIELD: spam.new_timestamp(time.time() - 60)}
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def form_url():
    return RequestPage.objects.get().url


def submit(client, **changes):
    return client.post(form_url(), valid_data(**changes))


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def cleaned(**changes):
    form = RequestForm(valid_data(**changes))
    assert form.is_valid(), form.errors
    return form.cleaned_data


def errors(**changes):
    form = RequestForm(valid_data(**changes))
    assert not form.is_valid()
    return form.errors


def test_the_valid_data_is_valid():
    assert cleaned()["domains"] == ["wmo"]


@pytest.mark.parametrize("typed", ["1315ab", "1315 ab", " 1315  AB "])
def test_postcode_is_written_as_four_digits_space_two_capitals(typed):
    assert cleaned(postcode=typed)["postcode"] == "1315 AB"


def test_postcode_in_another_form_is_refused():
    assert "postcode" in errors(postcode="AB 1315")


@pytest.mark.parametrize(
    "typed",
    ["1\u0663\u0661\u0665 AB", "\uff11\uff13\uff11\uff15 AB", "1315 \u0391B"],
    ids=["arabic-indic digits", "fullwidth digits", "greek letter"],
)
def test_postcode_takes_only_plain_digits_and_letters(typed):
    assert "postcode" in errors(postcode=typed)


def test_whitespace_in_phone_and_name_is_normalised():
    data = cleaned(phone=" 06\t2345  6789 ", name="  Fenna   Verzonnen ")
    assert data["phone"] == "06 2345 6789"
    assert data["name"] == "Fenna Verzonnen"


def test_control_characters_are_removed():
    data = cleaned(
        name="Fen\x00na\x07 Ver\u202ezonnen",
        remarks="Eerste regel\r\nTweede\x1b regel",
    )
    assert data["name"] == "Fenna Verzonnen"
    assert data["remarks"] == "Eerste regel\nTweede regel"


def test_a_line_break_counts_as_one_character_as_in_the_browser():
    lines = "x" * 499 + "\r\n" + "y" * 500
    assert len(cleaned(remarks=lines)["remarks"]) == 1000


@pytest.mark.parametrize("typed", ["{:%d-%m-%Y}", "{:%d/%m/%Y}", "{:%Y-%m-%d}"])
def test_conversation_date_in_dutch_or_iso_notation(typed):
    day = timezone.localdate() + datetime.timedelta(days=10)
    assert cleaned(conversation_date=typed.format(day))["conversation_date"] == day


@pytest.mark.parametrize("days", [-366, 366])
def test_conversation_date_more_than_a_year_away_is_refused(days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    assert (
        "tussen" in errors(conversation_date=f"{day:%d-%m-%Y}")["conversation_date"][0]
    )


def test_a_date_that_does_not_exist_is_refused():
    assert "conversation_date" in errors(conversation_date="31-02-2026")


def test_a_resident_asking_for_themselves_keeps_no_requester_data():
    data = cleaned(requester_name="Iemand Anders", on_behalf_consent="on")
    assert data["requester_name"] == ""
    assert data["on_behalf_consent"] is False


def test_wanting_a_call_without_a_phone_number_is_refused():
    refused = errors(contact_way="phone", phone="")
    assert list(refused) == ["phone"]
    assert "U wilt gebeld worden" in refused["phone"][0]


def test_wanting_an_email_without_an_address_is_refused():
    refused = errors(contact_way="email", email="")
    assert list(refused) == ["email"]
    assert "U wilt een e-mail" in refused["email"][0]


def test_the_consent_hint_links_to_the_privacy_statement():
    form = RequestForm(privacy_url="/privacyverklaring/")
    consent = form.fields["consent"]
    assert "<a" not in str(consent.label)
    assert 'href="/privacyverklaring/"' in str(consent.help_text)
    assert 'target="_blank" rel="noopener"' in str(consent.help_text)
    # Another form's hint is not changed.
    assert "<a" not in str(RequestForm().fields["consent"].help_text)
