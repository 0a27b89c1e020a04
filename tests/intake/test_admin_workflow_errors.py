"""A change that cannot be made is a message on the request's page, never a
server error: WorkflowErrors, invalid form values, a GET on an action, a POST
without a CSRF token."""

import pytest
from django.test import Client
from django.urls import reverse

from intake import workflow
from intake.choices import EndReason, Status
from intake.factories import RequestFactory
from intake.models import Trajectory

pytestmark = pytest.mark.django_db

ACTIONS = ["take_up", "match", "share", "other_oco"]
TRAJECTORY_ACTIONS = ["approve", "decline", "record_step", "consent", "end"]


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def post(client, name, args, data=None):
    response = client.post(url(name, *args), data or {}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == url("inspect", args[0])
    return [
        (message.level_tag, str(message).strip())
        for message in response.context["messages"]
    ]


@pytest.fixture
def matched(coordinator, group_a):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    return request_obj, running


def test_taking_up_twice(client, coordinator):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    assert post(client, "take_up", [request_obj.pk])[0][0] == "success"
    assert post(client, "take_up", [request_obj.pk]) == [
        ("error", "Deze aanvraag is al in behandeling genomen.")
    ]


def test_koppelen_while_an_oco_runs_changes_nothing(
    client, coordinator, group_a, matched
):
    request_obj, running = matched
    arie = group_a.members.get(email="arie@example.org")
    client.force_login(coordinator)
    messages = post(client, "match", [request_obj.pk], {"member": arie.pk})
    assert messages == [
        ("error", "Deze aanvraag heeft al een OCO. Beëindig dat traject eerst.")
    ]
    # The proposal made on the way is rolled back with the refused approval.
    assert list(Trajectory.objects.filter(request=request_obj)) == [running]


def test_other_oco_without_an_oco(client, coordinator):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    assert post(client, "other_oco", [request_obj.pk]) == [
        ("error", "Deze aanvraag heeft nu geen OCO.")
    ]


def test_a_cancelled_request_refuses_every_action(client, coordinator, group_a):
    request_obj = RequestFactory()
    workflow.cancel(request_obj, coordinator)
    alma = group_a.members.get(email="alma@example.org")
    client.force_login(coordinator)
    for name, data in [
        ("take_up", {}),
        ("match", {"member": alma.pk}),
        ("share", {"group": group_a.pk}),
        ("cancel", {}),
    ]:
        messages = post(client, name, [request_obj.pk], data)
        assert [level for level, _text in messages] == ["error"], name
    page = client.get(url("cancel", request_obj.pk), follow=True)
    assert "Deze aanvraag is al geannuleerd." in page.content.decode()


def test_trajectory_actions_that_no_longer_fit(client, coordinator, matched):
    request_obj, running = matched
    client.force_login(coordinator)
    args = [request_obj.pk, running.pk]
    assert post(client, "approve", args) == [
        ("error", "Dit voorstel is al afgehandeld.")
    ]
    assert post(client, "decline", args) == [
        ("error", "Dit voorstel is al afgehandeld.")
    ]
    workflow.end_trajectory(running, EndReason.MEMBER_STOPPED, coordinator)
    assert post(client, "end", args, {"reason": "done"}) == [
        ("error", "Dit traject loopt niet meer.")
    ]
    assert post(client, "consent", args, {"follow_up": "on"}) == [
        ("error", "Dit traject loopt niet meer.")
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("match", {}),
        ("match", {"member": "abc"}),
        ("match", {"member": "9" * 30}),
        ("match", {"member": "-1"}),
        ("share", {"group": "9" * 30}),
        ("share", {"group": "abc"}),
    ],
)
def test_bad_form_values_on_a_request(client, coordinator, name, data):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    messages = post(client, name, [request_obj.pk], data)
    assert [level for level, _text in messages] == ["error"]
    request_obj.refresh_from_db()
    assert request_obj.status == Status.NEW
    assert request_obj.shared_with is None


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("record_step", {}),
        ("record_step", {"step": "flying", "date": "01-01-2025"}),
        ("record_step", {"step": "preparation", "date": "31-02-2025"}),
        ("record_step", {"step": "preparation", "date": "01-01-1999"}),
        (
            "record_step",
            {"step": "preparation", "date": "1-1-2025", "note": "x" * 3000},
        ),
        ("consent", {"phone_consent": "on"}),
        ("consent", {"phone_consent": "on", "phone_consent_on": "01-01-2999"}),
        ("end", {}),
        ("end", {"reason": "request_cancelled"}),
    ],
)
def test_bad_form_values_on_a_trajectory(client, coordinator, matched, name, data):
    request_obj, running = matched
    client.force_login(coordinator)
    messages = post(client, name, [request_obj.pk, running.pk], data)
    assert [level for level, _text in messages] == ["error"]
    running.refresh_from_db()
    assert running.is_running
    assert not running.steps.exists()
    assert not running.phone_consent


def test_get_on_an_action_is_not_allowed(client, coordinator, matched):
    request_obj, running = matched
    client.force_login(coordinator)
    for name in ACTIONS:
        assert client.get(url(name, request_obj.pk)).status_code == 405
    for name in TRAJECTORY_ACTIONS:
        assert client.get(url(name, request_obj.pk, running.pk)).status_code == 405


def test_a_post_without_csrf_token_is_refused(coordinator):
    request_obj = RequestFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    response = client.post(url("take_up", request_obj.pk))
    assert response.status_code == 403
    request_obj.refresh_from_db()
    assert request_obj.status == Status.NEW
