"""The pool's page guard costs little: nothing for coordinators, and one check
per named page (plus the pool's path, once) for anyone else."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

GUARD = "pool.middleware.PoolPageGuardMiddleware"
WITHOUT_GUARD = [m for m in settings.MIDDLEWARE if m != GUARD]


def count_queries(user, url, middleware):
    # A new client loads the middleware setting anew.
    with override_settings(MIDDLEWARE=middleware):
        client = Client()
        client.force_login(user)
        client.get(url)  # warm caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def extra_queries(user, url):
    with_guard = count_queries(user, url, settings.MIDDLEWARE)
    return with_guard - count_queries(user, url, WITHOUT_GUARD)


def test_the_guard_is_installed():
    assert GUARD in settings.MIDDLEWARE


def test_an_editor_editing_a_public_page_pays_two_queries(editor, home):
    url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    # The pool's path and the check whether the page is in the pool.
    assert extra_queries(editor, url) <= 2


def test_a_contact_person_editing_their_group_pays_four_queries(contact_a, group_a):
    url = reverse("wagtailadmin_pages:edit", args=[group_a.pk])
    # The pool's path, the page check and their permission in the pool.
    assert extra_queries(contact_a, url) <= 4


def test_a_coordinator_pays_nothing(coordinator, group_a):
    url = reverse("wagtailadmin_pages:edit", args=[group_a.pk])
    assert extra_queries(coordinator, url) == 0
