"""Every admin URL of the requests, for every role, generated from the URL
configuration: a view added later is covered without anyone listing it here.

Contact persons (even of the group the request is shared with), editors and
anonymous visitors reach none of them and change nothing; coordinators reach
every one; unknown ids are a 404, never a server error."""

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import ModelLogEntry

from intake import workflow
from intake.factories import RequestFactory
from intake.models import Request, RequestMail, Trajectory, TrajectoryStep

pytestmark = pytest.mark.django_db

SECRET = "Inwoner Geheimhouder"
NAMESPACES = ("intake_requests", "intake_outbox")
HUGE = "9" * 18


def walk(patterns, namespaces=(), prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            extra = (pattern.namespace,) if pattern.namespace else ()
            yield from walk(pattern.url_patterns, namespaces + extra, route)
        else:
            yield namespaces, pattern, route


def request_admin_patterns():
    found = {}
    for namespaces, pattern, _route in walk(get_resolver().url_patterns):
        if namespaces and namespaces[-1] in NAMESPACES:
            name = ":".join([*namespaces, pattern.name])
            found[name] = tuple(sorted(pattern.pattern.regex.groupindex))
    return sorted(found.items())


PATTERNS = request_admin_patterns()
WITH_IDS = [(name, kwargs) for name, kwargs in PATTERNS if kwargs]


def test_the_walk_finds_every_view():
    names = {name for name, _kwargs in PATTERNS}
    assert {
        "intake_requests:index",
        "intake_requests:index_results",
        "intake_requests:add",
        "intake_requests:edit",
        "intake_requests:delete",
        "intake_requests:inspect",
        "intake_requests:history",
        "intake_requests:history_results",
        "intake_requests:usage",
        "intake_requests:take_up",
        "intake_requests:match",
        "intake_requests:share",
        "intake_requests:other_oco",
        "intake_requests:cancel",
        "intake_requests:approve",
        "intake_requests:decline",
        "intake_requests:record_step",
        "intake_requests:consent",
        "intake_requests:end",
        "intake_outbox:index",
        "intake_outbox:index_results",
        "intake_outbox:retry",
    } <= names


@pytest.fixture
def shared_request(coordinator, contact_a, group_a):
    """A request shared with group A, with a proposal from its contact person,
    an approved trajectory with a step, and mail."""
    request_obj = RequestFactory(name=SECRET, domains=["wmo"])
    workflow.share_with_group(request_obj, group_a, coordinator)
    alma, arie = group_a.members.order_by("name")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.record_step(running, "preparation", running.approved_at.date(), "", None)
    workflow.propose(request_obj, arie, contact_a, note="Misschien beter.")
    return request_obj


def url_for(name, kwarg_names, request_obj, unknown=False):
    trajectory = request_obj.trajectories.first()
    mail = RequestMail.objects.filter(request=request_obj).first()
    values = {
        "pk": request_obj.pk,
        "trajectory_id": trajectory.pk,
        "mail_id": mail.pk,
    }
    if unknown:
        values = dict.fromkeys(values, HUGE)
    return reverse(name, kwargs={kwarg: values[kwarg] for kwarg in kwarg_names})


def payload(request_obj, group_a):
    """Form values for every action, valid for the request in the fixture."""
    return {
        "member": group_a.members.get(email="arie@example.org").pk,
        "group": "",
        "step": "access_meeting",
        "date": "01-01-2026",
        "note": "Ingebroken",
        "reason": "done",
        "phone_consent": "on",
        "phone_consent_on": "01-01-2026",
        "follow_up": "on",
        "name": "Ingebroken",
        "phone": "06 11111111",
        "email": "ingebroken@example.org",
    }


def state(request_obj):
    return {
        "request": Request.objects.filter(pk=request_obj.pk).values().first(),
        "trajectories": list(
            Trajectory.objects.filter(request=request_obj).order_by("pk").values()
        ),
        "steps": list(TrajectoryStep.objects.order_by("pk").values()),
        "mail": list(
            RequestMail.objects.order_by("pk").values_list("pk", "status", "attempts")
        ),
        "requests": Request.objects.count(),
        "log": ModelLogEntry.objects.filter(object_id=str(request_obj.pk)).count(),
    }


@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_anonymous_visitors_are_sent_to_the_login(
    client, shared_request, group_a, name, kwarg_names
):
    url = url_for(name, kwarg_names, shared_request)
    before = state(shared_request)
    for response in (
        client.get(url),
        client.post(url, payload(shared_request, group_a)),
    ):
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    assert state(shared_request) == before


@pytest.mark.parametrize("role", ["contact_a", "editor"])
@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_others_get_a_403_and_change_nothing(
    client, request, shared_request, group_a, role, name, kwarg_names
):
    client.force_login(request.getfixturevalue(role))
    url = url_for(name, kwarg_names, shared_request)
    before = state(shared_request)
    for response in (
        client.get(url),
        client.get(url, {"export": "csv"}),
        client.post(url, payload(shared_request, group_a)),
    ):
        assert response.status_code == 403, (url, response.status_code)
        assert SECRET not in response.content.decode(errors="replace")
    assert state(shared_request) == before


@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_coordinators_reach_every_view(
    client, coordinator, shared_request, name, kwarg_names
):
    client.force_login(coordinator)
    response = client.get(url_for(name, kwarg_names, shared_request))
    # 405: an action that only takes a POST; 302: a refusal with a message
    # (deleting a request that is not cancelled), never the dashboard.
    assert response.status_code in (200, 302, 405), response.status_code
    if response.status_code == 302:
        assert response["Location"] == reverse(
            "intake_requests:inspect", args=[shared_request.pk]
        )


@pytest.mark.parametrize(("name", "kwarg_names"), WITH_IDS)
def test_unknown_ids_are_not_found(
    client, coordinator, shared_request, group_a, name, kwarg_names
):
    client.force_login(coordinator)
    url = url_for(name, kwarg_names, shared_request, unknown=True)
    before = state(shared_request)
    response = client.post(url, payload(shared_request, group_a))
    assert response.status_code == 404
    get = client.get(url)
    assert get.status_code in (404, 405)
    assert state(shared_request) == before


def test_a_trajectory_of_another_request_is_not_found(
    client, coordinator, shared_request
):
    other = RequestFactory()
    trajectory = shared_request.trajectories.first()
    client.force_login(coordinator)
    for name in ["approve", "decline", "record_step", "consent", "end"]:
        url = reverse(f"intake_requests:{name}", args=[other.pk, trajectory.pk])
        assert client.post(url, {"reason": "done"}).status_code == 404


def test_an_id_too_long_for_the_converter_is_not_found(
    client, coordinator, shared_request
):
    client.force_login(coordinator)
    url = reverse("intake_requests:inspect", args=[1]).replace("/1/", f"/{HUGE}9/")
    assert client.get(url).status_code == 404
