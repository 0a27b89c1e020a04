"""Fuzzing the withdraw step of a member's personal declaration page
(link/<token>/intrekken/<id>/): any link and any declaration id (huge, of
another member, already decided) gives a page or a redirect without a server
error, and only the member's own undecided declaration is withdrawn, and
only on a POST with their real link."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pool import declaration_links
from pool.factories import DeclarationFactory, MemberFactory
from pool.models import Declaration, DeclarationPage, DeclarationStatus

from . import strategies as fuzz
from .support import assert_safe_response, fuzz_settings, isolated_example, send

WITHDRAW = 120
EXAMPLES = WITHDRAW


@pytest.fixture
def declarations(declarant):
    """The member's undecided and decided declaration, and another member's."""
    stranger = MemberFactory(page=declarant.page, email="stranger@example.org")
    return {
        "own": DeclarationFactory(member=declarant),
        "decided": DeclarationFactory(
            member=declarant, status=DeclarationStatus.APPROVED, amount=10
        ),
        "stranger": DeclarationFactory(member=stranger),
    }


def opens_the_page_of(member, token):
    """Whether a (changed) link still names the member: a changed last
    character of base64 may decode to the same bytes."""
    try:
        return declaration_links.read(token) == member
    except declaration_links.LinkError:
        return False


def ids(declarations):
    return st.one_of(
        st.sampled_from([declaration.pk for declaration in declarations.values()]),
        st.integers(min_value=0).map(str),
        st.just("9" * 40),
        fuzz.word_characters(),
    )


@fuzz_settings(WITHDRAW)
@given(data=st.data(), method=fuzz.methods(), real_link=st.booleans())
def test_any_withdraw_address(
    fuzz_client, declarant, declarations, data, method, real_link
):
    page = DeclarationPage.objects.get()
    real = declaration_links.make(declarant)
    token = real if real_link else data.draw(fuzz.tampered(real), label="token")
    declaration_id = data.draw(ids(declarations), label="declaration id")
    path = f"{page.url}link/{token}/intrekken/{declaration_id}/"
    with isolated_example():
        response = send(fuzz_client, method, path, data.draw(fuzz.form_data({})))
        assert_safe_response(response)
        gone = {
            name
            for name, declaration in declarations.items()
            if not Declaration.objects.filter(pk=declaration.pk).exists()
        }
        withdrawn = (
            method == "POST"
            and opens_the_page_of(declarant, token)
            and str(declaration_id) == str(declarations["own"].pk)
        )
        assert gone == ({"own"} if withdrawn else set())
