"""The public, and anyone without rights on a group, never reaches pool data."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

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


def test_the_pool_is_outside_every_site(group_a):
    """So the sitemap never reaches a pool page."""
    pool_index = PoolIndexPage.objects.get()
    for site in Site.objects.select_related("root_page"):
        assert not pool_index.path.startswith(site.root_page.path)
        assert not site.root_page.path.startswith(pool_index.path)


def test_the_group_page_lists_its_members_once(contact_a, group_a):
    web_request = RequestFactory().get("/")
    web_request.user = contact_a
    with CaptureQueriesContext(connection) as queries:
        context = group_a.get_context(web_request)
    member_queries = [q for q in queries if '"pool_member"' in q["sql"]]
    assert len(member_queries) == 1
    assert [m.name for m in context["active_members"]] == [
        "Alma Alfalid",
        "Arie Alfalid",
    ]
    assert context["inactive_members"] == []
