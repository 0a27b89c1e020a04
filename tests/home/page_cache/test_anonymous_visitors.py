"""Anonymous visitors get public pages from the cache, each with its own nonce."""

import re

import pytest
from wagtail.models import Page

from tests.home.page_cache.conftest import cache_status

pytestmark = pytest.mark.django_db

NONCE = re.compile(r'nonce="([^"]+)"')


def nonce_in_header(response):
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


def test_second_visit_is_served_from_the_cache_without_queries(
    client, django_assert_num_queries
):
    first = client.get("/wat-doet-een-oco/")
    assert cache_status(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get("/wat-doet-een-oco/")
    assert second.status_code == 200
    assert cache_status(second) == "hit"
    assert NONCE.sub("", second.content.decode()) == NONCE.sub(
        "", first.content.decode()
    )


def test_every_hit_gets_a_fresh_nonce_that_matches_its_header(client):
    client.get("/")
    first, second = client.get("/"), client.get("/")
    nonces = []
    for response in (first, second):
        in_body = set(NONCE.findall(response.content.decode()))
        assert in_body == {nonce_in_header(response)}
        nonces.append(in_body.pop())
    assert nonces[0] != nonces[1]
    assert "page-cache-nonce" not in second.content.decode()


def test_a_hit_keeps_the_headers_of_the_page(client):
    first = client.get("/")
    second = client.get("/")
    for header in ("Content-Type", "Content-Language", "X-Frame-Options", "Vary"):
        assert second[header] == first[header]
    assert int(second["Content-Length"]) == len(second.content)
    assert not second.cookies
    assert "Permissions-Policy" in second


def test_every_public_page_of_the_initial_content_is_cached(client, site):
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    for page in pages.specific():
        url = page.relative_url(site)
        client.get(url)
        response = client.get(url)
        kind = type(page).__name__
        if kind in {"RequestPage", "FeedbackFormPage", "DeclarationPage"}:
            # A form with a token: never stored.
            assert cache_status(response) is None, url
        else:
            assert cache_status(response) == "hit", url


def test_pages_of_other_hosts_and_paths_are_stored_apart(client, site):
    client.get("/")
    assert cache_status(client.get("/", HTTP_HOST="localhost")) == "miss"
    assert cache_status(client.get("/wat-doet-een-oco/")) == "miss"
