"""The address of a personal page holds the link: no answer under it sends
the address on (Referrer-Policy), is kept by a cache or listed by a search
engine."""

import pytest

from pool.factories import DeclarationFactory

from .declaration_page import PAGE_URL, form_data, personal_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def assert_private(response):
    assert response["Referrer-Policy"] == "same-origin"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "noindex" in response["X-Robots-Tag"]
    assert "Cookie" in response["Vary"]


def personal_answers(client, member):
    url = personal_url(member)
    declaration = DeclarationFactory(member=member)
    withdraw = f"{url}intrekken/{declaration.pk}/"
    return {
        "page": client.get(url),
        "refused form": client.post(url, form_data(member, hours="1,1")),
        "saved form": client.post(url, form_data(member)),
        "confirm withdraw": client.get(withdraw),
        "withdrawn": client.post(withdraw),
        "broken link": client.get(f"{PAGE_URL}link/verzonnen/"),
    }


def test_every_answer_under_a_personal_link_is_private(
    client, declaration_page, declarant
):
    answers = personal_answers(client, declarant)
    assert answers["page"].status_code == 200
    assert answers["saved form"].status_code == 302
    for name, response in answers.items():
        assert response.status_code < 500, name
        assert_private(response)


def test_the_public_page_is_never_cached_either(client, declaration_page):
    response = client.get(PAGE_URL)
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
