"""Fuzzing the request form for an OCO (intake.RequestPage): whatever is sent,
the page answers without a server error and shows the input escaped; a valid
request with odd free text is saved as typed (less control characters) and
its thank-you page and mails stay safe.

The page examples send a signed start time from a minute ago, so that most of
them pass the spam guard and reach the form's own checks; a few send none, a
forged one or one too fresh. The validation examples fuzz the form on its own:
many more inputs in the same time, since a whole page takes far longer."""

import time

from django.core import mail
from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from intake import spam
from intake.choices import REQUEST_DOMAINS, ContactTime, ContactWay, Referral
from intake.forms import RequestForm, clean_text
from intake.models import Request, RequestPage
from pool.choices import LIVED_EXPERIENCE

from . import strategies as fuzz
from .support import (
    as_query_dict,
    assert_plain_mails,
    assert_safe_response,
    assert_storable,
    fuzz_settings,
    isolated_example,
    mails_sent,
    page_text,
    send,
)

PAGE = 200
VALID = 40
VALIDATION = 800
EXAMPLES = PAGE + VALID + VALIDATION

FLAGS = ("on", "true", "1", "0", "false", "off", "")
FIELDS = {
    "submitted_by": fuzz.one_of_values(["resident", "relative", "professional"]),
    "requester_name": fuzz.hostile_text(),
    "on_behalf_consent": fuzz.one_of_values(FLAGS),
    "name": fuzz.hostile_text(),
    "phone": fuzz.phones(),
    "email": fuzz.emails(),
    "contact_way": fuzz.one_of_values(ContactWay.values),
    "contact_time": fuzz.one_of_values(ContactTime.values),
    "postcode": fuzz.postcodes(),
    "domains": fuzz.one_of_values([value for value, _label in REQUEST_DOMAINS]),
    "conversation_subject": fuzz.hostile_text(),
    "agency": fuzz.hostile_text(),
    "conversation_date": fuzz.dates(),
    "wish_language": fuzz.hostile_text(),
    "wish_lived_experience": fuzz.one_of_values(
        [value for value, _label in LIVED_EXPERIENCE]
    ),
    "no_preference": fuzz.one_of_values(FLAGS),
    "remarks": fuzz.hostile_text(),
    "referral": fuzz.one_of_values(Referral.values),
    "consent": fuzz.one_of_values(FLAGS),
    # The honeypot: mostly empty, as people leave it.
    spam.HONEYPOT_FIELD: st.one_of(st.just(""), st.just(""), fuzz.hostile_text()),
}
# How the signed start time comes back; mostly as a person sends it.
START_TIMES = ["minute_ago"] * 6 + ["missing", "forged", "too_fast", "tampered"]
VALID_REQUEST = {
    "submitted_by": "relative",
    "on_behalf_consent": "on",
    "phone": "06 23456789",
    "email": "fenna@example.org",
    "contact_way": "either",
    "contact_time": "any",
    "postcode": "1315 AB",
    "domains": ["wmo"],
    "consent": "on",
}
FREE_TEXT = {
    "requester_name": 150,
    "name": 150,
    "agency": 200,
    "wish_language": 100,
    "conversation_subject": 1000,
    "remarks": 1000,
}
MULTILINE = {"conversation_subject", "remarks"}


def start_time(kind):
    minute_ago = spam.new_timestamp(time.time() - 60)
    return {
        "minute_ago": minute_ago,
        "missing": None,
        "forged": "abc:def",
        "too_fast": spam.new_timestamp(),
        "tampered": minute_ago[:-2] + "xx",
    }[kind]


def with_start_time(data, kind):
    value = start_time(kind)
    if value is not None:
        data = {**data, spam.TIMESTAMP_FIELD: value}
    return data


def use_up_rate_limit(address):
    request = RequestFactory().post("/", REMOTE_ADDR=address)
    for _number in range(spam.rate_limit()[0]):
        spam.count_submission(request)


def free_text(name, max_length):
    def clean(value):
        return clean_text(value, multiline=name in MULTILINE)

    required = name in ("name", "requester_name")
    return fuzz.text_within(max_length, clean, required=required)


@fuzz_settings(PAGE)
@given(
    data=fuzz.form_data(FIELDS),
    started=st.sampled_from(START_TIMES),
    method=fuzz.methods(),
    encoding=fuzz.encodings(),
    address=st.ip_addresses().map(str),
    over_limit=st.sampled_from([False] * 9 + [True]),
    headers=fuzz.headers(),
)
def test_the_page_takes_any_input(
    fuzz_client, data, started, method, encoding, address, over_limit, headers
):
    path = RequestPage.objects.get().url
    with isolated_example():
        if over_limit:
            use_up_rate_limit(address)
        with mails_sent():
            response = send(
                fuzz_client,
                method,
                path,
                with_start_time(data, started),
                encoding,
                REMOTE_ADDR=address,
                **headers,
            )
        assert_safe_response(response)
        assert_plain_mails()
        saved = Request.objects.filter(from_web_form=True).exists()
        assert saved == (response.status_code == 302)
        if over_limit and method == "POST":
            assert not saved


@fuzz_settings(VALID)
@given(
    texts=st.fixed_dictionaries(
        {name: free_text(name, limit) for name, limit in FREE_TEXT.items()}
    ),
    email=fuzz.valid_emails(),
    encoding=fuzz.encodings(),
)
def test_a_valid_request_keeps_its_odd_text(fuzz_client, texts, email, encoding):
    path = RequestPage.objects.get().url
    data = {**VALID_REQUEST, **texts, "email": email}
    data = with_start_time(data, "minute_ago")
    with isolated_example():
        with mails_sent():
            response = send(fuzz_client, "POST", path, data, encoding)
        assert assert_safe_response(response).status_code == 302
        saved = Request.objects.get(from_web_form=True)
        for name, typed in texts.items():
            multiline = name in MULTILINE
            assert getattr(saved, name) == clean_text(typed, multiline)
        thanks = assert_safe_response(fuzz_client.get(response["Location"]))
        assert saved.reference in page_text(thanks)
        assert_plain_mails()
        assert saved.email == email.strip()
        assert [email.strip()] in [message.to for message in mail.outbox]
        # The same form sent again (a double click) saves nothing new.
        again = assert_safe_response(send(fuzz_client, "POST", path, data, encoding))
        assert again["Location"] == response["Location"]
        assert Request.objects.filter(from_web_form=True).count() == 1


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS), started=st.sampled_from(START_TIMES))
def test_the_form_validates_any_input(db, data, started):
    form = RequestForm(as_query_dict(with_start_time(data, started)))
    if form.is_valid():
        assert_storable(form.cleaned_data)
    else:
        assert all(all(messages) for messages in form.errors.values())
