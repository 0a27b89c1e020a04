"""Fuzzing the cancel link from a registration mail (/sessies/afmelden/<token>/)
and its confirmation: any token, made up or a real one changed, gives a page
without a server error; a real link shows the odd name escaped and cancels
on the button only.

The token examples also read tokens on their own (scheduling.tokens), many
more in the same time, since a whole page takes far longer."""

import pytest
from django.core import signing
from django.urls import reverse
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from scheduling import booking, tokens
from scheduling.models import Registration

from . import strategies as fuzz
from .agenda import open_slot
from .support import (
    assert_plain_mails,
    assert_safe_response,
    fuzz_settings,
    isolated_example,
    mails_sent,
    page_text,
    send,
)

TOKENS = 150
REAL_LINK = 40
TOKEN_READS = 900
EXAMPLES = TOKENS + REAL_LINK + TOKEN_READS

CANCEL_PREFIX = reverse("scheduling:cancel", args=["token"]).removesuffix("token/")


def register(name="Carla Cancel", email="carla.cancel@example.org"):
    return booking.register(open_slot(), name=name, email=email, notify=False)


@pytest.fixture
def registration(db):
    return register()


def tokens_for(registration):
    """Made-up tokens and real ones changed, for other purposes or for a
    registration that does not exist."""
    real = tokens.make(registration, tokens.CANCEL)
    return st.one_of(
        fuzz.path_text(),
        fuzz.word_characters(),
        fuzz.tampered(real),
        st.just(tokens.make(registration, tokens.CONTRIBUTE)),
        st.integers(min_value=0).map(
            lambda pk: signing.dumps({"r": pk}, salt=tokens.CANCEL, compress=True)
        ),
        st.just(real),
    )


def cancel_path(token):
    return f"{CANCEL_PREFIX}{token}/"


@fuzz_settings(TOKENS)
@given(data=st.data(), method=fuzz.methods())
def test_any_token(fuzz_client, registration, data, method):
    token = data.draw(tokens_for(registration), label="token")
    with isolated_example():
        with mails_sent():
            response = send(fuzz_client, method, cancel_path(token), {"x": token})
        assert_safe_response(response)
        assert_plain_mails()
        registration.refresh_from_db()
        if registration.status == Registration.Status.CANCELLED:
            assert method == "POST" and response.status_code == 200


@fuzz_settings(REAL_LINK)
@given(
    name=fuzz.text_within(150, lambda name: name.strip(), required=True),
    data=fuzz.form_data({"confirm": fuzz.hostile_text()}),
)
def test_a_real_link_shows_an_odd_name_escaped(fuzz_client, name, data):
    with isolated_example():
        registration = register(name=name)
        path = cancel_path(tokens.make(registration, tokens.CANCEL))
        shown = assert_safe_response(fuzz_client.get(path))
        assert shown.status_code == 200
        assert "Ja, meld mij af" in page_text(shown)
        assert escape(name.strip()) in page_text(shown)
        with mails_sent():
            done = assert_safe_response(send(fuzz_client, "POST", path, data))
        assert done.status_code == 200
        registration.refresh_from_db()
        assert registration.status == Registration.Status.CANCELLED
        assert registration.name == name.strip()
        assert_plain_mails()


@fuzz_settings(TOKEN_READS)
@given(data=st.data())
def test_reading_any_token(registration, data):
    token = data.draw(tokens_for(registration), label="token")
    try:
        found = tokens.read(token, tokens.CANCEL)
    except tokens.TokenError as error:
        assert error.status in (400, 410) and error.message
    else:
        # Genuinely signed: the registration it names.
        assert found.pk == int(signing.loads(token, salt=tokens.CANCEL)["r"])
