"""Fuzzing a member's personal declaration page (link/<token>/ below
pool.DeclarationPage): any token, made up or a real one changed, and any
declaration or other allowance sent with a real one, gives a page without a
server error that shows the input escaped; a valid declaration keeps its odd
text and is listed escaped.

The page examples send the form's one-time token as the page gave it, so
that most of them reach the form's own checks; a few send none or a forged
one. The validation examples fuzz the form on its own: many more inputs in
the same time."""

import datetime

from django.utils import timezone
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from pool import declaration_limits, declaration_links
from pool.declaration_forms import TOKEN_FIELD, DeclarationForm, one_line
from pool.models import Declaration, DeclarationPage, OtherAllowance
from pool.models.declarations import MEMBER_ACTIVITIES

from . import strategies as fuzz
from .support import (
    as_query_dict,
    assert_safe_response,
    assert_storable,
    fuzz_settings,
    isolated_example,
    page_text,
    send,
)

TOKENS = 120
PAGE = 150
VALID = 40
VALIDATION = 1500
EXAMPLES = TOKENS + PAGE + VALID + VALIDATION

FIELDS = {
    "date": fuzz.dates(),
    "activity": fuzz.one_of_values(
        [value for value, _label in MEMBER_ACTIVITIES] + ["contact_person"]
    ),
    "description": fuzz.hostile_text(),
    "hours": fuzz.numbers(),
    "costs": fuzz.numbers(),
    "costs_note": fuzz.hostile_text(),
    "other_amount": fuzz.numbers(),
    "other_organisation": fuzz.hostile_text(),
}
FORM_TOKENS = ["as_shown"] * 6 + ["missing", "forged", "other_member"]


def personal_path(member):
    page = DeclarationPage.objects.get()
    return page.url + page.reverse_subpage(
        "personal", args=[declaration_links.make(member)]
    )


def form_token(kind, member):
    return {
        "as_shown": declaration_limits.new_form_token(member),
        "missing": "",
        "forged": "abc:def",
        "other_member": declaration_limits.new_form_token(
            type(member)(pk=member.pk + 1)
        ),
    }[kind]


def yesterday():
    return (timezone.localdate() - datetime.timedelta(days=1)).strftime("%d-%m-%Y")


def tokens_for(member):
    real = declaration_links.make(member)
    return st.one_of(
        fuzz.word_characters(),
        fuzz.path_text(),
        fuzz.tampered(real),
        st.just(real),
    )


@fuzz_settings(TOKENS)
@given(data=st.data(), method=fuzz.methods())
def test_any_link(fuzz_client, declarant, data, method):
    token = data.draw(tokens_for(declarant), label="token")
    page = DeclarationPage.objects.get()
    with isolated_example():
        response = send(fuzz_client, method, f"{page.url}link/{token}/", {"x": token})
        assert_safe_response(response)
        assert not Declaration.objects.filter(member=declarant).exists()


@fuzz_settings(PAGE)
@given(
    data=fuzz.form_data(FIELDS),
    token=st.sampled_from(FORM_TOKENS),
    method=fuzz.methods(),
    encoding=fuzz.encodings(),
)
def test_the_personal_page_takes_any_input(
    fuzz_client, declarant, data, token, method, encoding
):
    path = personal_path(declarant)
    data = {**data, TOKEN_FIELD: form_token(token, declarant)}
    with isolated_example():
        response = send(fuzz_client, method, path, data, encoding)
        assert_safe_response(response)
        saved = Declaration.objects.filter(member=declarant).exists()
        assert saved == (response.status_code == 302)
        if not saved:
            assert not OtherAllowance.objects.filter(member=declarant).exists()
        else:
            assert_safe_response(fuzz_client.get(response["Location"]))


@fuzz_settings(VALID)
@given(
    description=fuzz.text_within(200, one_line, required=True),
    costs_note=fuzz.text_within(300, one_line, required=True),
    organisation=fuzz.text_within(200, one_line, required=True),
    encoding=fuzz.encodings(),
)
def test_a_valid_declaration_keeps_its_odd_text(
    fuzz_client, declarant, description, costs_note, organisation, encoding
):
    path = personal_path(declarant)
    data = {
        "date": yesterday(),
        "activity": "trajectory",
        "description": description,
        "hours": "1,5",
        "costs": "4,80",
        "costs_note": costs_note,
        "other_amount": "25",
        "other_organisation": organisation,
        TOKEN_FIELD: form_token("as_shown", declarant),
    }
    with isolated_example():
        response = send(fuzz_client, "POST", path, data, encoding)
        assert assert_safe_response(response).status_code == 302
        saved = Declaration.objects.get(member=declarant)
        assert saved.description == one_line(description)
        assert saved.costs_note == one_line(costs_note)
        other = OtherAllowance.objects.get(member=declarant)
        assert other.organisation == one_line(organisation)
        listed = assert_safe_response(fuzz_client.get(response["Location"]))
        assert escape(saved.description) in page_text(listed)


@fuzz_settings(VALIDATION)
@given(data=fuzz.form_data(FIELDS))
def test_the_form_validates_any_input(declarant, data):
    form = DeclarationForm(as_query_dict(data))
    if form.is_valid():
        assert_storable(form.cleaned_data)
        form.declaration(declarant).full_clean()
    else:
        assert all(all(messages) for messages in form.errors.values())
