"""Anonymising a request empties the notes of its keep-in-touch moments and
keeps their date, member and outcome; afterwards nothing is reminded or
changed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from intake import keep_in_touch
from intake.choices import KeepInTouchOutcome
from intake.models import KeepInTouch, Request, RequestMail
from intake.retention import anonymise_due
from intake.workflow import WorkflowError

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def moments(ended_trajectory, coordinator):
    """A moment done, then an open one due for its reminder; the request was
    closed longer ago than the retention period."""
    keep_in_touch.plan(ended_trajectory, in_days(0), None, "Eerste keer", coordinator)
    keep_in_touch.mark_done(ended_trajectory, coordinator)
    keep_in_touch.plan(ended_trajectory, in_days(1), None, "Tweede keer", coordinator)
    Request.objects.filter(pk=ended_trajectory.request_id).update(
        closed_at=timezone.now() - datetime.timedelta(days=400)
    )
    return ended_trajectory


def test_the_notes_go_the_rest_stays(moments):
    before = list(
        KeepInTouch.objects.order_by("pk").values_list(
            "planned_on", "member", "outcome", "done_at"
        )
    )
    assert anonymise_due() == 1
    assert list(KeepInTouch.objects.values_list("note", flat=True)) == ["", ""]
    after = list(
        KeepInTouch.objects.order_by("pk").values_list(
            "planned_on", "member", "outcome", "done_at"
        )
    )
    assert after == before
    assert after[0][2] == KeepInTouchOutcome.DONE


def test_an_anonymised_request_gets_no_reminder_and_no_changes(moments, coordinator):
    anonymise_due()
    assert keep_in_touch.send_reminders().members == 0
    assert not RequestMail.objects.exists()
    with pytest.raises(WorkflowError, match="verwijderd"):
        keep_in_touch.mark_done(moments, coordinator)
    assert KeepInTouch.objects.open().count() == 1


def test_an_anonymised_request_is_not_in_the_coming_week(client, moments, coordinator):
    assert keep_in_touch.count_coming_week() == 1
    anonymise_due()
    assert keep_in_touch.count_coming_week() == 0

    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "waakvlamcontact" not in html
    listing = client.get(
        reverse("intake_requests:index"), {"keep_in_touch_soon": "true"}
    )
    assert moments.request.reference not in listing.content.decode()
