"""Fuzzing the registration for a training or intervision session on the
agenda (scheduling.AgendaPage, a session's page below it): any name, address,
session id or occurrence key gives a page without a server error that shows
the input escaped; a valid registration keeps its odd name and its
confirmation page and mails stay safe.

The form has no spam guard of its own; nothing needs to be signed to reach
its checks. The validation examples fuzz the form on its own: many more
inputs in the same time, since a whole page takes far longer."""

from django.core import mail
from django.core.validators import validate_email
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from cms.agenda_content import INTERVISION_MEMBERS
from scheduling.forms import RegistrationForm
from scheduling.models import Registration, Session
from scheduling.occurrences import occurrence_key

from . import strategies as fuzz
from .agenda import agenda_page, detail_path, open_slot
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

PAGE = 150
VALID = 40
ADDRESSES = 100
VALIDATION = 1300
EXAMPLES = PAGE + VALID + ADDRESSES + VALIDATION
# Members of the pool too, so that registrations tied to a member are fuzzed.
FIELDS = {
    "name": st.one_of(fuzz.hostile_text(), st.sampled_from(["Nina Nieuw", " "])),
    "email": fuzz.emails(known=INTERVISION_MEMBERS),
}


def valid_names():
    return fuzz.text_within(150, lambda name: " ".join(name.split()), required=True)


@fuzz_settings(PAGE)
@given(
    data=fuzz.form_data(FIELDS),
    method=fuzz.methods(),
    encoding=fuzz.encodings(),
    capacity=st.sampled_from([None, None, None, 0]),
)
def test_the_session_page_takes_any_input(
    fuzz_client, data, method, encoding, capacity
):
    page, slot = agenda_page(), open_slot()
    with isolated_example():
        if capacity is not None:
            # A full session: the form puts people on the waiting list.
            Session.objects.filter(pk=slot.session.pk).update(capacity=capacity)
        before = Registration.objects.count()
        with mails_sent():
            response = send(
                fuzz_client, method, detail_path(page, slot), data, encoding
            )
        assert_safe_response(response)
        assert_plain_mails()
        registered = response.status_code == 302
        assert Registration.objects.count() == before + registered
        if registered:
            confirmation = fuzz_client.get(response["Location"])
            assert assert_safe_response(confirmation).status_code == 200


@fuzz_settings(VALID)
@given(name=valid_names(), email=fuzz.valid_emails(), encoding=fuzz.encodings())
def test_a_valid_registration_keeps_its_odd_name(fuzz_client, name, email, encoding):
    page, slot = agenda_page(), open_slot()
    data = {"name": name, "email": email}
    stored_email = email.strip().lower()
    with isolated_example():
        before = Registration.objects.count()
        with mails_sent():
            response = send(
                fuzz_client, "POST", detail_path(page, slot), data, encoding
            )
        assert assert_safe_response(response).status_code == 302
        assert Registration.objects.count() == before + 1
        saved = Registration.objects.latest("pk")
        assert (saved.name, saved.email) == (" ".join(name.split()), stored_email)
        confirmation = assert_safe_response(fuzz_client.get(response["Location"]))
        assert escape(stored_email) in page_text(confirmation)
        assert_plain_mails()
        assert [message.to for message in mail.outbox] == [[stored_email]]


def real_addresses():
    """Every session's first date, with its real id and key: a meeting for
    contact persons only, a past one, a full or a cancelled one among them."""
    return [
        (session.pk, occurrence_key(session.start))
        for session in Session.objects.order_by("pk")
    ]


@fuzz_settings(ADDRESSES)
@given(
    data=st.data(),
    route=st.sampled_from(["", "aangemeld/"]),
    method=fuzz.methods(),
)
def test_any_session_address(fuzz_client, data, route, method):
    made_up = st.tuples(
        st.one_of(
            st.integers(min_value=0).map(str),
            st.just("9" * 30),
            fuzz.word_characters(),
        ),
        st.one_of(
            fuzz.word_characters(),
            fuzz.path_text(),
            st.datetimes().map(lambda moment: moment.strftime("%Y%m%dT%H%M%SZ")),
        ),
    )
    session_id, key = data.draw(
        st.one_of(st.sampled_from(real_addresses()), made_up), label="address"
    )
    path = f"{agenda_page().url}sessie/{session_id}/{key}/{route}"
    with isolated_example():
        response = send(fuzz_client, method, path, {"name": "Nina", "email": "n@x.nl"})
        assert_safe_response(response)


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS))
def test_the_form_validates_any_input(data):
    form = RegistrationForm(as_query_dict(data))
    if form.is_valid():
        assert_storable(form.cleaned_data)
        assert 0 < len(form.cleaned_data["name"]) <= 150
        validate_email(form.cleaned_data["email"])
    else:
        assert all(all(messages) for messages in form.errors.values())
