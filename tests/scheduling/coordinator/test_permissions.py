"""Without the plugin's permissions every coordinator view is closed (a 403, or
Wagtail's redirect to the dashboard for the viewsets) and nothing changes."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from schedule.models import Occurrence

from scheduling.models import OutgoingMail, Registration, Session

from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(full_session, slot):
    session, registrations = full_session
    mail = OutgoingMail.objects.filter(registration=registrations[0]).first()
    key = slot.key
    pk = session.pk
    registration = registrations[0]
    # Wagtail's generic views (a refusal redirects to the dashboard) and our
    # own views (a refusal is a real 403).
    viewset_pages = [
        reverse("scheduling_session:index"),
        reverse("scheduling_session:add"),
        reverse("scheduling_session:edit", args=[pk]),
        reverse("scheduling_session:delete", args=[pk]),
        reverse("scheduling_calendar:index"),
        reverse("scheduling_calendar:edit", args=[session.calendar_id]),
    ]
    occurrence_page = reverse("scheduling_session:occurrence", args=[pk, key])
    custom_pages = [
        reverse("scheduling_session:overview", args=[pk]),
        occurrence_page,
        reverse("scheduling_session:occurrence_cancel", args=[pk, key]),
        reverse("scheduling_session:occurrence_move", args=[pk, key]),
        reverse("scheduling_session:occurrence_export", args=[pk, key, "csv"]),
        reverse("scheduling_session:occurrence_export", args=[pk, key, "xlsx"]),
        reverse("scheduling_registrations:to_check"),
        reverse("scheduling_outbox:index"),
    ]
    return {
        "get": viewset_pages + custom_pages,
        "custom_pages": custom_pages,
        "occurrence_page": occurrence_page,
        "post": [
            (reverse("scheduling_session:add"), {"title": "Ingebroken"}),
            (reverse("scheduling_session:edit", args=[pk]), {"title": "Ingebroken"}),
            (reverse("scheduling_session:delete", args=[pk]), {}),
            (reverse("scheduling_calendar:delete", args=[session.calendar_id]), {}),
            (reverse("scheduling_session:occurrence_cancel", args=[pk, key]), {}),
            (reverse("scheduling_session:occurrence_restore", args=[pk, key]), {}),
            (
                reverse("scheduling_session:occurrence_move", args=[pk, key]),
                {"start": "01-01-2030 10:00", "end": "01-01-2030 11:00"},
            ),
            (
                reverse("scheduling_session:occurrence_attendance", args=[pk, key]),
                {"shown": [registration.pk], "attended": [registration.pk]},
            ),
            (
                reverse(
                    "scheduling_registrations:mark_checked", args=[registration.pk]
                ),
                {},
            ),
            (reverse("scheduling_registrations:cancel", args=[registration.pk]), {}),
            (reverse("scheduling_outbox:retry", args=[mail.pk]), {}),
        ],
        "session": session,
        "slot": slot,
        "mail": mail,
    }


def snapshot(world):
    session = Session.objects.get(pk=world["session"].pk)
    return {
        "session": (session.title, session.start, session.capacity),
        "occurrence": list(
            Occurrence.objects.filter(event=session).values_list("start", "cancelled")
        ),
        "registrations": list(
            Registration.objects.filter(occurrence__event=session)
            .order_by("pk")
            .values_list("status", "checked", "attended")
        ),
        "mails": list(
            OutgoingMail.objects.order_by("pk").values_list("status", "attempts")
        ),
        "sessions": Session.objects.count(),
    }


def assert_closed(response):
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    else:
        assert response.status_code == 403


def test_an_admin_user_without_the_permissions_is_turned_away(client, outsider, world):
    client.force_login(outsider)
    before = snapshot(world)

    for url in world["get"]:
        assert_closed(client.get(url))
    for url, data in world["post"]:
        assert_closed(client.post(url, data))

    assert snapshot(world) == before


def test_the_custom_views_answer_a_real_403(client, outsider, world):
    client.force_login(outsider)
    for url in world["custom_pages"]:
        assert client.get(url).status_code == 403, url


def test_changing_sessions_alone_does_not_show_who_registered(client, world):
    user = make_user(
        "sessieplanner",
        Permission.objects.filter(
            content_type__app_label__in=["scheduling", "wagtailadmin"],
            codename__in=["change_session", "access_admin"],
        ),
    )
    client.force_login(user)
    pk, key = world["session"].pk, world["slot"].key

    assert (
        client.get(reverse("scheduling_session:overview", args=[pk])).status_code == 200
    )
    url = reverse("scheduling_session:occurrence", args=[pk, key])
    assert client.get(url).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, world):
    response = client.get(world["occurrence_page"])
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
