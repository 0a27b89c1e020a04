"""Robots, without a captcha: a filled honeypot or a form sent faster than a
person can fill it in stores nothing and gets a polite Dutch message, with
what was typed kept."""

import pytest
from django.core import signing
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission

from home import spam
from home.forms import FeedbackFormBase

from .feedback import field_names, form_page, soup, started, submit

pytestmark = pytest.mark.django_db


def summary_text(response):
    return soup(response).find(class_="error-summary").get_text(" ", strip=True)


def email_value(response):
    return soup(response).find(id=f"id_{field_names()['Uw e-mailadres']}")["value"]


def test_the_honeypot_is_hidden_from_people(client):
    html = soup(client.get(form_page().url))
    trap = html.find(attrs={"name": spam.HONEYPOT_FIELD})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form-trap" in wrapper["class"]
    assert "leeg" in html.find("label", attrs={"for": trap["id"]}).get_text()
    assert html.find(attrs={"name": spam.TIMESTAMP_FIELD})["type"] == "hidden"


def test_a_filled_honeypot_stores_nothing_and_says_so_neutrally(client):
    response = submit(client, **{spam.HONEYPOT_FIELD: "https://spam.example.org"})
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    text = summary_text(response)
    assert "niet verstuurd" in text
    assert "robot" not in text and "spam" not in text
    assert email_value(response) == "consulent@example.org"
    trap = soup(response).find(attrs={"name": spam.HONEYPOT_FIELD})
    assert trap.get("value", "") == ""


def test_sending_too_fast_asks_to_send_again(client):
    response = submit(client, **{spam.TIMESTAMP_FIELD: started(seconds_ago=0)})
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    assert "nog een keer op 'Reactie versturen'" in summary_text(response)
    assert email_value(response) == "consulent@example.org"


def test_after_waiting_the_same_form_goes_through(client):
    timestamp = started(seconds_ago=0)
    submit(client, **{spam.TIMESTAMP_FIELD: timestamp})
    with override_settings(FEEDBACK_FORM_MIN_FILL_SECONDS=0):
        assert submit(client, **{spam.TIMESTAMP_FIELD: timestamp}).status_code == 302
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize(
    "timestamp",
    [
        None,
        "",
        "1700000000",
        signing.dumps({"started": 1700000000}, salt="intake.request-form.started"),
        signing.dumps({"started": "1700000000"}, salt=FeedbackFormBase.spam_salt),
    ],
    ids=["missing", "empty", "unsigned", "signed for another form", "not a time"],
)
def test_a_missing_or_forged_start_time_stores_nothing(client, timestamp):
    response = submit(client, **{spam.TIMESTAMP_FIELD: timestamp})
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    assert "niet verstuurd" in summary_text(response)
    # A fresh start time, so that a person can send the form again.
    fresh = soup(response).find(attrs={"name": spam.TIMESTAMP_FIELD})["value"]
    assert spam.check_fill_time(fresh, FeedbackFormBase.spam_salt) == spam.TOO_FAST


def test_a_form_left_open_too_long_asks_to_check_and_send_again(client):
    response = submit(client, **{spam.TIMESTAMP_FIELD: started(seconds_ago=2 * 86400)})
    assert not FormSubmission.objects.exists()
    assert "lang open" in summary_text(response)
    assert email_value(response) == "consulent@example.org"
