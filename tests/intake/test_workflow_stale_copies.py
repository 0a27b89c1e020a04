"""Each change is checked against what is stored, not against the copy a page
loaded earlier: two coordinators (or two tabs) acting on one request."""

import pytest

from intake import workflow
from intake.choices import EndReason, Status, TrajectoryStatus
from intake.factories import RequestFactory
from intake.models import Request, Trajectory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_obj(db):
    return RequestFactory()


@pytest.fixture
def alma(group_a):
    return group_a.members.get(name="Alma Alfalid")


@pytest.fixture
def arie(group_a):
    return group_a.members.get(name="Arie Alfalid")


@pytest.fixture
def running(request_obj, alma, coordinator):
    proposal = workflow.propose(request_obj, alma, coordinator)
    return workflow.approve(proposal, coordinator)


def copy_of(trajectory):
    return Trajectory.objects.get(pk=trajectory.pk)


def test_ending_after_a_cancel_does_not_reopen_the_request(running, coordinator):
    stale = copy_of(running)
    workflow.cancel(running.request, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.end_trajectory(stale, EndReason.DONE, coordinator)
    request_obj = Request.objects.get(pk=running.request_id)
    assert request_obj.status == Status.CANCELLED
    assert request_obj.closed_at is not None


def test_ending_twice_from_two_copies_is_refused(running, coordinator):
    first, second = copy_of(running), copy_of(running)
    workflow.end_trajectory(first, EndReason.DONE, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.end_trajectory(second, EndReason.MEMBER_STOPPED, coordinator)
    assert Request.objects.get(pk=running.request_id).status == Status.COMPLETED
    assert copy_of(running).end_reason == EndReason.DONE


def test_declining_after_an_approval_is_refused(request_obj, alma, coordinator):
    proposal = workflow.propose(request_obj, alma, coordinator)
    stale = copy_of(proposal)
    workflow.approve(proposal, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.decline(stale, coordinator)
    assert copy_of(proposal).status == TrajectoryStatus.RUNNING
    assert Request.objects.get(pk=request_obj.pk).status == Status.MATCHED


def test_the_first_trajectory_is_counted_once_per_member(alma, coordinator):
    first = workflow.propose(RequestFactory(), alma, coordinator)
    second = workflow.propose(RequestFactory(), alma, coordinator)
    workflow.approve(first, coordinator)
    workflow.approve(second, coordinator)
    flags = list(
        Trajectory.objects.filter(member=alma)
        .order_by("pk")
        .values_list("first_for_member", flat=True)
    )
    assert flags == [True, False]


def test_sharing_a_matched_request_or_sharing_twice_is_refused(
    request_obj, running, group_a, group_b, coordinator, mailoutbox
):
    with pytest.raises(workflow.WorkflowError):
        workflow.share_with_group(running.request, group_b, coordinator)
    other = RequestFactory()
    workflow.share_with_group(other, group_a, coordinator)
    sent = len(mailoutbox)
    with pytest.raises(workflow.WorkflowError):
        workflow.share_with_group(other, group_a, coordinator)
    assert len(mailoutbox) == sent


def test_consent_on_an_ended_trajectory_is_refused_from_a_stale_copy(
    running, coordinator
):
    stale = copy_of(running)
    workflow.end_trajectory(running, EndReason.DONE, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.update_consent(stale, True, None, True, coordinator)
    assert not copy_of(running).phone_consent
