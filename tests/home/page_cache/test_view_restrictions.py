"""The page cache's own check of view restrictions, apart from Wagtail's: an
answer for a page with a restriction, on itself or an ancestor, is never
stored, even if it reached the visitor without a cookie or a form token."""

import pytest
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.page_cache import allow_for_page

pytestmark = pytest.mark.django_db


def served(page):
    request = RequestFactory().get(page.url)
    request.page_cache_key = "page-cache:test"
    allow_for_page(request, page)
    return request.page_cache_page_allowed


@pytest.mark.parametrize("restriction_type", ["login", "password", "groups"])
def test_a_restricted_page_and_its_subpages_may_not_be_stored(home, restriction_type):
    section = StandardPageFactory(parent=home, title="Besloten deel")
    subpage = StandardPageFactory(parent=section, title="Besloten onderwerp")
    assert served(section) and served(subpage)
    PageViewRestriction.objects.create(
        page=section, restriction_type=restriction_type, password="geheim-wachtwoord"
    )
    assert not served(section)
    assert not served(subpage)


def test_a_request_the_cache_does_not_handle_is_left_alone(home):
    page = StandardPageFactory(parent=home, title="Gewone pagina")
    request = RequestFactory().get(page.url)
    allow_for_page(request, page)
    assert not hasattr(request, "page_cache_page_allowed")
