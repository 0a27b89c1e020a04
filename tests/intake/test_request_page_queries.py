"""Showing the request form costs a small, fixed number of queries."""

import pytest

from .test_form_data import form_url

pytestmark = pytest.mark.django_db


def test_the_form_page_needs_few_queries(client, django_assert_max_num_queries):
    client.get(form_url())  # warm per-process caches such as content types
    # The page, site, menus, breadcrumbs, view restrictions and contact
    # settings, and the locale look-ups of Wagtail's i18n: 17 today.
    with django_assert_max_num_queries(18):
        response = client.get(form_url())
    assert response.status_code == 200
