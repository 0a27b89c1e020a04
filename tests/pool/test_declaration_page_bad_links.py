"""A link that cannot be used (expired, tampered with, for an old address or
an inactive member) gets a Dutch page with the form to ask for a new one,
never a server error, and its data stays out of reach."""

import base64
import json
import time
from unittest import mock

import pytest
from django.core import signing

from pool import declaration_links
from pool.factories import MemberFactory
from pool.models import Declaration

from .declaration_page import PAGE_URL, form_data, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def refused(response, status, words):
    assert response.status_code == status
    page = soup(response)
    text = page.get_text(" ", strip=True)
    assert "Deze link werkt niet (meer)" in text
    assert words in text
    # The way out: ask for a new link.
    assert page.find(id="id_email")
    assert page.find("form", method="post")["action"] == PAGE_URL
    assert "Uw declaraties van dit jaar" not in text
    return text


def test_an_expired_link(client, declaration_page, declarant):
    fifteen_days_ago = time.time() - 15 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=fifteen_days_ago):
        url = personal_url(declarant)
    refused(client.get(url), 410, "verlopen")


def test_a_link_of_thirteen_days_still_works(client, declaration_page, declarant):
    thirteen_days_ago = time.time() - 13 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=thirteen_days_ago):
        url = personal_url(declarant)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "change",
    [
        lambda token: token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB"),
        lambda token: token[:20],
        lambda token: "niet-een-link",
        lambda token: "_",
    ],
)
def test_a_tampered_link(client, declaration_page, declarant, change):
    token = declaration_links.make(declarant)
    url = f"{PAGE_URL}link/{change(token)}/"
    refused(client.get(url), 200, "klopt niet")


def test_a_link_for_another_member_cannot_be_made_up(
    client, declaration_page, declarant
):
    """The member in a link is readable, but changing it breaks the signature."""
    other = MemberFactory(page=declarant.page, email="ander@example.org")
    payload, stamp, signature = declaration_links.unwrap(
        declaration_links.make(declarant)
    ).split(":")
    data = json.loads(signing.b64_decode(payload.encode()))
    data["m"] = other.pk
    forged_payload = signing.b64_encode(json.dumps(data).encode()).decode()
    forged = ":".join([forged_payload, stamp, signature])
    token = base64.urlsafe_b64encode(forged.encode()).decode().rstrip("=")
    refused(client.get(f"{PAGE_URL}link/{token}/"), 200, "klopt niet")


def test_a_link_to_an_old_email_address(client, declaration_page, declarant):
    url = personal_url(declarant)
    declarant.email = "dirk.nieuw@example.org"
    declarant.save()
    refused(client.get(url), 410, "werkt niet meer")
    response = client.post(url, form_data(declarant))
    refused(response, 410, "werkt niet meer")
    assert not Declaration.objects.exists()


def test_a_link_of_a_member_who_left(client, declaration_page, declarant):
    url = personal_url(declarant)
    declarant.active = False
    declarant.left_on = declarant.joined_on
    declarant.save()
    refused(client.get(url), 410, "werkt niet meer")


def test_a_changed_case_of_the_same_address_keeps_the_link(
    client, declaration_page, declarant
):
    url = personal_url(declarant)
    declarant.email = "Dirk@Example.org"
    declarant.save()
    assert client.get(url).status_code == 200
