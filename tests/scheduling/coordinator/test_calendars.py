"""Calendars, with django-scheduler's own permissions."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from schedule.models import Calendar

from .conftest import make_user, messages_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def planner_client(client):
    user = make_user(
        "agenda-beheerder",
        Permission.objects.filter(content_type__app_label="schedule")
        | Permission.objects.filter(codename="access_admin"),
    )
    client.force_login(user)
    return client


def test_a_calendar_is_added_with_dutch_labels(planner_client):
    page = planner_client.get(reverse("scheduling_calendar:add"))
    assert "Korte naam" in page.content.decode()

    response = planner_client.post(
        reverse("scheduling_calendar:add"),
        {"name": "Themabijeenkomsten", "slug": "themabijeenkomsten"},
        follow=True,
    )

    assert Calendar.objects.filter(slug="themabijeenkomsten").exists()
    assert any("Themabijeenkomsten" in m for m in messages_of(response))
    assert "Agenda&#x27;s" in response.content.decode()


def test_a_calendar_with_sessions_is_not_deleted(planner_client, session):
    response = planner_client.post(
        reverse("scheduling_calendar:delete", args=[session.calendar_id]), follow=True
    )

    assert Calendar.objects.filter(pk=session.calendar_id).exists()
    assert any("heeft sessies" in m for m in messages_of(response))


def test_an_empty_calendar_is_deleted(planner_client):
    calendar = Calendar.objects.create(name="Leeg", slug="leeg")

    planner_client.post(reverse("scheduling_calendar:delete", args=[calendar.pk]))

    assert not Calendar.objects.filter(pk=calendar.pk).exists()


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_every_calendar_page_speaks_dutch(planner_client, view):
    calendar = Calendar.objects.create(name="Themabijeenkomsten", slug="thema")

    html = planner_client.get(
        reverse(f"scheduling_calendar:{view}", args=[calendar.pk])
    ).content.decode()

    english = [
        hit
        for hit in re.findall(r".{0,30}\bcalendars?\b.{0,30}", html, re.IGNORECASE)
        # Names of icons, URLs and CSS classes are no words on the page.
        if not re.search(r"icon|calendar-|/|_", hit)
    ]
    assert english == []
    assert "agenda" in html.lower()
