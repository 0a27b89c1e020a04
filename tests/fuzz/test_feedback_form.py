"""Fuzzing the feedback form for professionals (home.FeedbackFormPage, under
"Voor professionals"): whatever is sent, the page answers without a server
error and shows the input escaped; a valid response keeps its odd text, and
its thank-you page and the notice mail stay safe.

The editor sets the questions. Besides those of the initial content, the
tests add one question of every other kind the form builder has (a number,
a date, a date and time, a web address, ...), so that those are fuzzed too.
The page examples send a start time signed a minute ago, so that most of them
pass the spam guard and reach the form's own checks. The validation examples
fuzz the form on its own: many more inputs in the same time."""

import json
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_field_clean_name

from home import spam
from home.forms import FeedbackFormBase, without_control_characters
from home.initial_content.feedback import FEEDBACK_FORM, question
from home.models import FeedbackFormField, FeedbackFormPage

from . import strategies as fuzz
from .payloads import MARKER
from .support import (
    as_query_dict,
    assert_plain_mails,
    assert_safe_response,
    assert_storable,
    fuzz_settings,
    isolated_example,
    mails_sent,
    send,
)

PAGE = 150
VALID = 40
VALIDATION = 600
EXAMPLES = PAGE + VALID + VALIDATION

EXTRA_QUESTIONS = [
    question("Uw functie", "singleline", required=False),
    question("Met hoeveel inwoners werkte u samen?", "number", required=False),
    question("Wanneer was het gesprek?", "date", required=False),
    question("Wanneer begon het gesprek?", "datetime", required=False),
    question("Website van uw organisatie", "url", required=False),
    question(
        "Welke wijken?", "multiselect", required=False, choices=["Stad", "Buiten"]
    ),
    question("Bron", "hidden", required=False),
]
QUESTIONS = FEEDBACK_FORM["fields"] + EXTRA_QUESTIONS
URLS = (
    "https://example.org",
    f"javascript:{MARKER}",
    "http://",
    "//example.org",
    "example.org",
    "https://exa mple.org",
    "https://\u4f8b\u3048.jp",
    "http://[::1]:99999",
    "mailto:a@example.org",
)
FLAGS = ("on", "true", "1", "0", "false", "")
VALID_ANSWERS = {
    "Wat voor werk doet u?": "Wmo-consulent",
    "Hoe ging de samenwerking met de OCO?": "Goed",
    "Zou u een inwoner aanraden om weer een OCO te vragen?": "Ja",
}
FREE_TEXT = {"Wat ging goed?": 2000, "Wat kan beter?": 2000, "Uw functie": 255}
START_TIMES = ["minute_ago"] * 6 + ["missing", "forged", "too_fast"]


def answers(field):
    choices = field["choices"].split("\n") if field["choices"] else []
    kind = field["field_type"]
    by_kind = {
        "email": lambda: fuzz.emails(),
        "number": fuzz.numbers,
        "date": fuzz.dates,
        "datetime": fuzz.times,
        "url": lambda: fuzz.one_of_values(URLS),
        "checkbox": lambda: fuzz.one_of_values(FLAGS),
    }
    if kind in by_kind:
        return by_kind[kind]()
    if choices:
        return fuzz.one_of_values(choices)
    return fuzz.hostile_text()


def name(label):
    return get_field_clean_name(label)


FIELDS = {name(field["label"]): answers(field) for field in QUESTIONS}
FIELDS[spam.HONEYPOT_FIELD] = st.one_of(st.just(""), st.just(""), fuzz.hostile_text())


def start_time(kind):
    salt = FeedbackFormBase.spam_salt
    return {
        "minute_ago": spam.new_timestamp(salt, time.time() - 60),
        "missing": "",
        "forged": "abc:def",
        "too_fast": spam.new_timestamp(salt),
    }[kind]


@pytest.fixture
def form_page(db):
    """The page of the initial content, with a question of every other kind
    and an address for the notice mail."""
    page = FeedbackFormPage.objects.get()
    page.to_address = "redactie@example.org"
    page.save()
    for number, spec in enumerate(EXTRA_QUESTIONS, start=100):
        FeedbackFormField.objects.create(page=page, sort_order=number, **spec)
    return page


@fuzz_settings(PAGE)
@given(
    data=fuzz.form_data(FIELDS),
    started=st.sampled_from(START_TIMES),
    method=fuzz.methods(),
    encoding=fuzz.encodings(),
    headers=fuzz.headers(),
)
def test_the_page_takes_any_input(
    fuzz_client, form_page, data, started, method, encoding, headers
):
    data = {**data, spam.TIMESTAMP_FIELD: start_time(started)}
    with isolated_example():
        with mails_sent():
            response = send(
                fuzz_client, method, form_page.url, data, encoding, **headers
            )
        assert_safe_response(response)
        assert_plain_mails()
        saved = FormSubmission.objects.filter(page=form_page).exists()
        assert saved == (response.status_code == 302)
        if saved:
            assert_safe_response(fuzz_client.get(response["Location"]))


@fuzz_settings(VALID)
@given(
    texts=st.fixed_dictionaries(
        {
            label: fuzz.text_within(limit, lambda value: value.strip())
            for label, limit in FREE_TEXT.items()
        }
    ),
    encoding=fuzz.encodings(),
)
def test_a_valid_response_keeps_its_odd_text(fuzz_client, form_page, texts, encoding):
    data = {name(label): value for label, value in {**VALID_ANSWERS, **texts}.items()}
    data[spam.TIMESTAMP_FIELD] = start_time("minute_ago")
    with isolated_example():
        with mails_sent():
            response = send(fuzz_client, "POST", form_page.url, data, encoding)
        assert assert_safe_response(response).status_code == 302
        stored = FormSubmission.objects.get(page=form_page).form_data
        for label, typed in texts.items():
            assert stored[name(label)] == without_control_characters(typed.strip())
        thanks = assert_safe_response(fuzz_client.get(response["Location"]))
        assert thanks.status_code == 200
        assert_plain_mails()


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS), started=st.sampled_from(START_TIMES))
def test_the_form_validates_any_input(form_page, data, started):
    data = {**data, spam.TIMESTAMP_FIELD: start_time(started)}
    form = form_page.get_form(as_query_dict(data), page=form_page, user=AnonymousUser())
    if form.is_valid():
        assert_storable(form.cleaned_data)
        json.dumps(form.cleaned_data, cls=DjangoJSONEncoder)
    else:
        assert all(all(messages) for messages in form.errors.values())
