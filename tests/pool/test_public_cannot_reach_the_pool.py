"""The public, and anyone without rights on a group, never reaches pool data."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from pool.models import PoolIndexPage

pytestmark = pytest.mark.django_db


def test_pool_pages_have_no_public_address(client, group_a):
    pool_index = PoolIndexPage.objects.get()
    assert pool_index.url is None and group_a.url is None
    for path in ["/oco-pool/", f"/oco-pool/{group_a.slug}/", f"/{group_a.slug}/"]:
        assert client.get(path).status_code == 404


def test_the_section_has_a_view_restriction(group_a):
    pool_index = PoolIndexPage.objects.get()
    assert pool_index.get_view_restrictions().exists()
    assert group_a.get_view_restrictions().exists()


def test_site_search_finds_no_group_and_no_member(client, group_a):
    for query in ["Groep Alfa", "Alma Alfalid", "alma@example.org", "OCO-pool"]:
        response = client.get("/zoeken/", {"q": query})
        titles = [page.title for page in response.context["results"]]
        assert not any("Groep" in title or "pool" in title for title in titles)


def test_sitemap_and_menus_leave_the_pool_out(client, group_a):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "oco-pool" not in sitemap and group_a.slug not in sitemap
    home_html = client.get("/").content.decode()
    assert "OCO-pool" not in home_html and "Groep Alfa" not in home_html
    assert not group_a.show_in_menus


@pytest.mark.parametrize("user_fixture", ["contact_b", "editor"])
def test_serving_a_group_page_needs_edit_rights(request, user_fixture, group_a):
    web_request = RequestFactory().get("/")
    web_request.user = request.getfixturevalue(user_fixture)
    with pytest.raises(Http404):
        group_a.serve(web_request)


def test_the_contact_person_may_view_their_group(contact_a, group_a):
    web_request = RequestFactory().get("/")
    web_request.user = contact_a
    response = group_a.serve(web_request)
    response.render()
    assert "Alma Alfalid" in response.content.decode()
