"""Fuzzing the link from a registration mail to bring in a case
(/sessies/inbrengen/<token>/): any token gives a page without a server error;
with a real one, any subject and details do too, a valid case keeps its odd
text and the page lists it escaped.

The validation examples fuzz the form on its own: many more inputs in the
same time, since a whole page takes far longer."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from scheduling import tokens
from scheduling.forms import ContributionForm
from scheduling.models import Contribution, ContributionKind

from . import strategies as fuzz
from .agenda import intervision_place
from .support import (
    as_query_dict,
    assert_safe_response,
    assert_storable,
    fuzz_settings,
    isolated_example,
    page_text,
    send,
)

TOKENS = 100
PAGE = 120
VALID = 30
VALIDATION = 1100
EXAMPLES = TOKENS + PAGE + VALID + VALIDATION

FIELDS = {"subject": fuzz.hostile_text(), "details": fuzz.hostile_text()}
FIELDS_SENT = {"subject": "Een casus", "details": "Mijn vraag"}
PREFIX = reverse("scheduling:contribute", args=["token"]).removesuffix("token/")


@pytest.fixture
def registration(db):
    return intervision_place()


def names(registration, token):
    """Whether a (changed) token still names the registration."""
    try:
        return tokens.read(token, tokens.CONTRIBUTE) == registration
    except tokens.TokenError:
        return False


def contribute_path(token):
    return f"{PREFIX}{token}/"


@fuzz_settings(TOKENS)
@given(data=st.data(), method=fuzz.methods())
def test_any_token(fuzz_client, registration, data, method):
    real = tokens.make(registration, tokens.CONTRIBUTE)
    token = data.draw(
        st.one_of(
            fuzz.path_text(),
            fuzz.tampered(real),
            st.just(tokens.make(registration, tokens.CANCEL)),
        ),
        label="token",
    )
    with isolated_example():
        response = send(fuzz_client, method, contribute_path(token), FIELDS_SENT)
        assert_safe_response(response)
        saved = Contribution.objects.filter(registration=registration).exists()
        assert not saved or (method == "POST" and names(registration, token))


@fuzz_settings(PAGE)
@given(data=fuzz.form_data(FIELDS), method=fuzz.methods(), encoding=fuzz.encodings())
def test_the_page_takes_any_input(fuzz_client, registration, data, method, encoding):
    path = contribute_path(tokens.make(registration, tokens.CONTRIBUTE))
    with isolated_example():
        response = send(fuzz_client, method, path, data, encoding)
        assert_safe_response(response)
        saved = Contribution.objects.filter(registration=registration).exists()
        assert saved == (response.status_code == 302)
        if saved:
            assert_safe_response(fuzz_client.get(response["Location"]))


@fuzz_settings(VALID)
@given(
    subject=fuzz.text_within(200, lambda text: text.strip(), required=True),
    details=fuzz.text_within(3000, lambda text: text.strip(), required=True),
    encoding=fuzz.encodings(),
)
def test_a_valid_case_keeps_its_odd_text(
    fuzz_client, registration, subject, details, encoding
):
    path = contribute_path(tokens.make(registration, tokens.CONTRIBUTE))
    data = {"subject": subject, "details": details}
    with isolated_example():
        response = send(fuzz_client, "POST", path, data, encoding)
        assert assert_safe_response(response).status_code == 302
        saved = Contribution.objects.get(registration=registration)
        assert (saved.subject, saved.details) == (subject.strip(), details.strip())
        listed = assert_safe_response(fuzz_client.get(response["Location"]))
        assert escape(saved.subject) in page_text(listed)


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS), kind=st.sampled_from(ContributionKind.values))
def test_the_form_validates_any_input(data, kind):
    form = ContributionForm(as_query_dict(data), kind=kind)
    if form.is_valid():
        assert_storable(form.cleaned_data)
    else:
        assert all(all(messages) for messages in form.errors.values())
