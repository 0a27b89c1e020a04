"""A planned keep-in-touch moment is changed, marked done or cancelled; a
moment that is no longer open cannot be changed again."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake import keep_in_touch
from intake.choices import KeepInTouchOutcome
from intake.models import KeepInTouch
from intake.workflow import WorkflowError

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def planned(ended_trajectory, coordinator):
    return keep_in_touch.plan(ended_trajectory, in_days(10), None, "", coordinator)


@pytest.fixture
def arie(group_a):
    return group_a.members.get(email="arie@example.org")


def actions(trajectory):
    return list(
        ModelLogEntry.objects.filter(object_id=str(trajectory.request_id))
        .filter(action__startswith="intake.keep_in_touch")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_a_new_day_or_member_gets_a_new_reminder(
    ended_trajectory, planned, arie, coordinator
):
    KeepInTouch.objects.filter(pk=planned.pk).update(reminded_at=timezone.now())
    keep_in_touch.reschedule(ended_trajectory, in_days(10), None, "Nieuw", coordinator)
    planned.refresh_from_db()
    assert planned.note == "Nieuw"
    assert planned.reminded_at is not None  # only the note changed

    keep_in_touch.reschedule(ended_trajectory, in_days(20), arie, "", coordinator)
    planned.refresh_from_db()
    assert (planned.planned_on, planned.member) == (in_days(20), arie)
    assert planned.reminded_at is None
    assert actions(ended_trajectory) == [
        "intake.keep_in_touch_plan",
        "intake.keep_in_touch_change",
        "intake.keep_in_touch_change",
    ]


def test_a_change_is_checked_like_a_plan(ended_trajectory, planned, coordinator):
    with pytest.raises(WorkflowError, match="verleden"):
        keep_in_touch.reschedule(ended_trajectory, in_days(-3), None, "", coordinator)
    with pytest.raises(WorkflowError, match="geen gegevens"):
        keep_in_touch.reschedule(
            ended_trajectory, in_days(5), None, "Roos Waakvlamtest", coordinator
        )
    planned.refresh_from_db()
    assert (planned.planned_on, planned.note) == (in_days(10), "")


@pytest.mark.parametrize(
    ("close", "outcome", "action"),
    [
        (keep_in_touch.mark_done, KeepInTouchOutcome.DONE, "done"),
        (keep_in_touch.cancel, KeepInTouchOutcome.CANCELLED, "cancel"),
    ],
)
def test_done_or_cancelled_closes_the_moment_once(
    ended_trajectory, planned, coordinator, close, outcome, action
):
    close(ended_trajectory, coordinator)
    planned.refresh_from_db()
    assert planned.outcome == outcome
    assert planned.done_at is not None
    assert actions(ended_trajectory)[-1] == f"intake.keep_in_touch_{action}"
    for again in (keep_in_touch.mark_done, keep_in_touch.cancel):
        with pytest.raises(WorkflowError, match="geen waakvlamcontact"):
            again(ended_trajectory, coordinator)
    with pytest.raises(WorkflowError, match="geen waakvlamcontact"):
        keep_in_touch.reschedule(ended_trajectory, in_days(3), None, "", coordinator)
    planned.refresh_from_db()
    assert planned.outcome == outcome


def test_after_one_is_closed_another_may_be_planned(
    ended_trajectory, planned, coordinator
):
    keep_in_touch.mark_done(ended_trajectory, coordinator)
    second = keep_in_touch.plan(ended_trajectory, in_days(90), None, "", coordinator)
    assert list(KeepInTouch.objects.open()) == [second]
    assert KeepInTouch.objects.filter(trajectory=ended_trajectory).count() == 2
