"""The consent to phone on the request's page: its date is only filled in
when consent was recorded, and lies between the trajectory's approval and
today."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from intake import workflow
from intake.factories import RequestFactory
from intake.models import Trajectory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def dutch(day):
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def running(coordinator, group_a):
    """A trajectory approved ten days ago."""
    alma = group_a.members.get(email="alma@example.org")
    trajectory = workflow.approve(
        workflow.propose(RequestFactory(), alma, coordinator), coordinator
    )
    approved_at = timezone.now() - datetime.timedelta(days=10)
    Trajectory.objects.filter(pk=trajectory.pk).update(approved_at=approved_at)
    trajectory.refresh_from_db()
    return trajectory


def approved_on(trajectory):
    return timezone.localdate(trajectory.approved_at)


def consent_form(client, trajectory):
    response = client.get(url("inspect", trajectory.request_id))
    return response.context["consent_form"]


def post_consent(client, trajectory, day):
    response = client.post(
        url("consent", trajectory.request_id, trajectory.pk),
        {"phone_consent": "on", "phone_consent_on": dutch(day)},
        follow=True,
    )
    assert response.status_code == 200
    trajectory.refresh_from_db()
    return [(m.level_tag, str(m).strip()) for m in response.context["messages"]]


def test_no_date_is_filled_in_without_consent(client, coordinator, running):
    client.force_login(coordinator)
    form = consent_form(client, running)
    assert form.initial["phone_consent"] is False
    assert form.initial["phone_consent_on"] is None
    assert 'name="phone_consent_on" value=' not in str(form["phone_consent_on"])


def test_a_recorded_date_is_filled_in(client, coordinator, running):
    day = approved_on(running) + datetime.timedelta(days=2)
    workflow.update_consent(running, True, day, False, coordinator)
    client.force_login(coordinator)
    assert consent_form(client, running).initial["phone_consent_on"] == day


def test_a_date_before_the_approval_is_refused(client, coordinator, running):
    client.force_login(coordinator)
    day = approved_on(running) - datetime.timedelta(days=1)
    [(level, text)] = post_consent(client, running, day)
    assert level == "error"
    assert "vóór de goedkeuring van het traject" in text
    assert not running.phone_consent and running.phone_consent_on is None


def test_a_date_in_the_future_is_refused(client, coordinator, running):
    client.force_login(coordinator)
    day = timezone.localdate() + datetime.timedelta(days=1)
    [(level, text)] = post_consent(client, running, day)
    assert level == "error"
    assert "toekomst" in text
    assert not running.phone_consent


@pytest.mark.parametrize("days_after_approval", [0, 10])
def test_a_date_from_the_approval_up_to_today_is_saved(
    client, coordinator, running, days_after_approval
):
    client.force_login(coordinator)
    day = approved_on(running) + datetime.timedelta(days=days_after_approval)
    [(level, _text)] = post_consent(client, running, day)
    assert level == "success"
    assert running.phone_consent and running.phone_consent_on == day
