"""The demo requests: every status, realistic, invented, built once."""

import pytest
from wagtail.models import ModelLogEntry

from intake.choices import EndReason, Status, Step, TrajectoryStatus
from intake.initial_content import demo_requests
from intake.models import Request, RequestMail, Trajectory, TrajectoryStep
from pool import initial_content as pool_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_users(db):
    pool_content.build(log=lambda message: None, demo_users=True, demo_password="x")


def build():
    messages = []
    return demo_requests.build(messages.append), messages


def counts():
    return [
        model.objects.count()
        for model in (Request, Trajectory, TrajectoryStep, RequestMail, ModelLogEntry)
    ]


def test_building_twice_creates_nothing_the_second_time(demo_users):
    created, messages = build()
    assert created == len(demo_requests.REQUESTS) == 8
    # One line per request made, and no refused workflow change among them.
    assert messages == [
        f"Demo-aanvraag gemaakt: {spec['reference']}" for spec in demo_requests.REQUESTS
    ]
    before = counts()
    created, messages = build()
    assert created == 0
    assert messages == []
    assert counts() == before


def test_every_status_is_there(demo_users):
    build()
    statuses = set(Request.objects.values_list("status", flat=True))
    assert statuses == {status.value for status in Status}


def test_one_request_is_shared_with_a_demo_contact_person(demo_users):
    build()
    shared = Request.objects.get(shared_with__isnull=False)
    assert shared.status == Status.IN_PROGRESS
    assert shared.shared_with.contact_person.username == "contactpersoon-schakel"


def test_the_matched_request_has_steps_and_a_running_trajectory(demo_users):
    build()
    matched = Request.objects.get(status=Status.MATCHED)
    trajectory = matched.trajectories.get(status=TrajectoryStatus.RUNNING)
    assert trajectory.steps.count() == 2
    assert trajectory.approved_by.username == "coordinator"


def test_changes_went_through_the_workflow(demo_users):
    build()
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"intake.take_up", "intake.approve", "intake.step", "intake.cancel"} <= (
        actions
    )


def test_the_data_is_valid_and_invented(demo_users):
    build()
    for request_obj in Request.objects.all():
        request_obj.full_clean()
        assert not request_obj.email or request_obj.email.endswith("@example.org")
        assert request_obj.closed_at is None or (
            request_obj.closed_at >= request_obj.submitted_at
        )


def test_without_demo_users_nothing_is_built(db):
    assert build() == (0, [])


def test_every_story_is_told(demo_users):
    build()
    proposed = Request.objects.get(reference="DEMO-0003")
    assert proposed.trajectories.get().status == TrajectoryStatus.PROPOSED
    other_oco = Request.objects.get(reference="DEMO-0006")
    assert other_oco.status == Status.IN_PROGRESS
    ended = other_oco.trajectories.get()
    assert ended.status == TrajectoryStatus.ENDED
    assert ended.end_reason == EndReason.OTHER_OCO
    completed = Request.objects.get(reference="DEMO-0007")
    assert completed.trajectories.get().steps.count() == len(Step)
