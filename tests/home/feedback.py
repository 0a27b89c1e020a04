"""The feedback form as a professional fills it in, for the feedback tests."""

import time

from bs4 import BeautifulSoup

from home import spam
from home.forms import FeedbackFormBase
from home.models import FeedbackFormPage

ANSWERS = {
    "Wat voor werk doet u?": "Wmo-consulent",
    "Waar ging het gesprek over?": ["Wmo", "Jeugd"],
    "Hoe ging de samenwerking met de OCO?": "Goed",
    "Wat ging goed?": "De OCO had het gesprek goed voorbereid.",
    "Wat kan beter?": "",
    "Zou u een inwoner aanraden om weer een OCO te vragen?": "Ja",
    "U mag contact met mij opnemen over deze reactie": "on",
    "Uw e-mailadres": "consulent@example.org",
}


def form_page():
    return FeedbackFormPage.objects.get()


def field_names(page=None):
    """The form builder's name of each question, by its label."""
    page = page or form_page()
    return {field.label: field.clean_name for field in page.get_form_fields()}


def started(seconds_ago=60):
    return spam.new_timestamp(FeedbackFormBase.spam_salt, time.time() - seconds_ago)


def valid_data(page=None, **changes):
    """The form as a professional sends it, a minute after opening it. Changes
    are by label (or by a spam field's name); None leaves the field out."""
    names = field_names(page)
    data = {names[label]: value for label, value in ANSWERS.items()}
    data[spam.TIMESTAMP_FIELD] = started()
    for key, value in changes.items():
        data[names.get(key, key)] = value
    return {key: value for key, value in data.items() if value is not None}


def submit(client, data=None, **changes):
    page = form_page()
    return client.post(
        page.url, data if data is not None else valid_data(page, **changes)
    )


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")
