"""Fuzzing the first step of the declaration page for members
(pool.DeclarationPage at /voor-ocos/declareren/): whatever is filled in as the
email address, the page answers without a server error, shows it escaped, and
a link goes out only to an active member, in a plain text mail.

The cache, which counts the requests per IP address and per email address,
is emptied before every example (support.isolated_example), so that every
input reaches the form's own checks; a few examples use up the limit first.
The validation examples fuzz the form on its own: many more inputs in the
same time."""

from django.core import mail
from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from pool import declaration_limits
from pool.declaration_forms import HONEYPOT_FIELD, LinkRequestForm
from pool.models import DeclarationPage, Member

from . import strategies as fuzz
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
VALIDATION = 1200
EXAMPLES = PAGE + VALIDATION

# Addresses of members of the initial content's pool, in any case.
KNOWN = ("anouk.verbeek@example.org", "ANOUK.VERBEEK@example.org", "dirk@example.org")
FIELDS = {
    "email": fuzz.emails(known=KNOWN),
    HONEYPOT_FIELD: st.one_of(st.just(""), st.just(""), fuzz.hostile_text()),
}


def use_up_limit(address):
    request = RequestFactory().post("/", REMOTE_ADDR=address)
    for number in range(declaration_limits.LINKS_PER_CLIENT):
        declaration_limits.count_link_request(request, f"{number}@example.org")


@fuzz_settings(PAGE)
@given(
    data=fuzz.form_data(FIELDS),
    method=fuzz.methods(),
    encoding=fuzz.encodings(),
    address=st.ip_addresses().map(str),
    over_limit=st.sampled_from([False] * 9 + [True]),
)
def test_the_email_step_takes_any_input(
    fuzz_client, declarant, data, method, encoding, address, over_limit
):
    path = DeclarationPage.objects.get().url
    with isolated_example():
        if over_limit:
            use_up_limit(address)
        with mails_sent():
            response = send(
                fuzz_client, method, path, data, encoding, REMOTE_ADDR=address
            )
        assert_safe_response(response)
        assert_plain_mails()
        for message in mail.outbox:
            (address,) = message.to
            assert Member.objects.active().filter(email__iexact=address).exists()
        if response.status_code == 302:
            assert not over_limit
            assert_safe_response(fuzz_client.get(response["Location"]))


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS))
def test_the_form_validates_any_input(data):
    form = LinkRequestForm(as_query_dict(data))
    if form.is_valid():
        assert_storable(form.cleaned_data)
    else:
        assert all(all(messages) for messages in form.errors.values())
