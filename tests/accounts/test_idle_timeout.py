"""A signed-in session ends after an hour without activity, and when the
browser closes."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from accounts.middleware import ACTIVITY_RESOLUTION_SECONDS, LAST_ACTIVITY_SESSION_KEY

from .conftest import code_for, enter_code, sign_in

pytestmark = pytest.mark.django_db

HOUR = 60 * 60


def signed_in(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    enter_code(client, code_for(coordinator_app))
    assert client.get("/admin/").status_code == 200


def move_last_activity(client, seconds):
    session = client.session
    session[LAST_ACTIVITY_SESSION_KEY] -= seconds
    session.save()


def test_the_limit_is_an_hour():
    assert settings.SESSION_COOKIE_AGE == HOUR
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_an_hour_without_activity_ends_on_the_login_page(client, coordinator_app):
    signed_in(client, coordinator_app)
    move_last_activity(client, HOUR + 1)
    response = client.get("/admin/aanvragen/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    page = client.get(response.url)
    assert "U bent uitgelogd omdat u een uur niets" in page.text
    assert client.get("/admin/").status_code == 302


def test_an_expired_session_in_the_database_ends_too(client, coordinator_app):
    signed_in(client, coordinator_app)
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timezone.timedelta(seconds=1)
    )
    response = client.get("/admin/aanvragen/")
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_an_active_session_continues(client, coordinator_app):
    signed_in(client, coordinator_app)
    move_last_activity(client, HOUR - 60)
    assert client.get("/admin/aanvragen/").status_code == 200
    # That click counted: another 59 minutes later it still works.
    move_last_activity(client, HOUR - 60)
    assert client.get("/admin/aanvragen/").status_code == 200
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.expire_date > timezone.now() + timezone.timedelta(minutes=59)


def test_the_editors_background_ping_is_not_activity(client, coordinator_app):
    signed_in(client, coordinator_app)
    move_last_activity(client, ACTIVITY_RESOLUTION_SECONDS + 5)
    before = client.session[LAST_ACTIVITY_SESSION_KEY]
    ping = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=["wagtailcore", "page", "1", 0],
    )
    client.post(ping)
    assert client.session[LAST_ACTIVITY_SESSION_KEY] == before
    client.get("/admin/")
    assert client.session[LAST_ACTIVITY_SESSION_KEY] > before


def test_the_cookie_ends_with_the_browser(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["expires"]
    assert not cookie["max-age"]


def test_there_is_no_remember_me(client, coordinator):
    page = client.get(reverse("wagtailadmin_login"))
    assert 'name="remember"' not in page.text
    assert page.context["form"].fields["password"].label == "Wachtwoord"
    response = client.post(
        reverse("wagtailadmin_login"),
        {
            "username": "coordinator-2fa",
            "password": "een-lang-testwachtwoord",
            "remember": "on",
        },
    )
    assert response.status_code == 302
    assert not client.cookies[settings.SESSION_COOKIE_NAME]["max-age"]
