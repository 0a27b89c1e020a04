"""Every admin URL of the agenda, for every role, generated from the URL
configuration: a view added later is covered without anyone listing it here.

A contact person of group A and an editor never see a member of group B, and
their POSTs to the coordinators' actions change nothing; nobody gets a server
error."""

import datetime

import pytest
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from schedule.models import Occurrence

from scheduling import booking
from scheduling.models import Contribution, OutgoingMail, Registration
from scheduling.occurrences import find_slot

SECRET = "Bert Bravolid"
# Views whose permission the coordinators' group does not have.
NOT_GRANTED_TO_COORDINATORS = {"scheduling_calendar:delete": "schedule.delete_calendar"}


def walk(patterns, namespaces=(), prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            extra = (pattern.namespace,) if pattern.namespace else ()
            yield from walk(pattern.url_patterns, namespaces + extra, route)
        else:
            yield namespaces, pattern, route


def agenda_admin_patterns():
    found = {}
    for namespaces, pattern, route in walk(get_resolver().url_patterns):
        if route.startswith("admin/agenda/"):
            name = ":".join([*namespaces, pattern.name])
            found[name] = tuple(sorted(pattern.pattern.regex.groupindex))
    return sorted(found.items())


PATTERNS = agenda_admin_patterns()


def test_the_walk_finds_the_agenda_views():
    names = {name for name, _kwargs in PATTERNS}
    assert len(PATTERNS) >= 30
    assert {
        "scheduling_register:occurrence",
        "scheduling_session:occurrence_attendance",
        "scheduling_registrations:mark_checked",
        "scheduling_outbox:retry",
        "scheduling_participation",
    } <= names


@pytest.fixture
def bert_registered(session, group_b):
    bert = group_b.members.get(name=SECRET)
    slot = find_slot(session, session.start)
    registration = booking.register(slot, name=bert.name, email=bert.email)
    assert registration.attendee == bert
    Registration.objects.filter(pk=registration.pk).update(attended=None)
    return registration


def url_for(name, kwarg_names, registration):
    session = registration.occurrence.event.session
    values = {
        "pk": session.calendar_id
        if name.startswith("scheduling_calendar:")
        else session.pk,
        "session_id": session.pk,
        "key": find_slot(session, session.start).key,
        "registration_id": registration.pk,
        "mail_id": OutgoingMail.objects.filter(registration=registration).first().pk,
        "file_format": "csv",
    }
    return reverse(name, kwargs={kwarg: values[kwarg] for kwarg in kwarg_names})


def payload(registration):
    """Form values for every action: attendance, a new time, an agenda item."""
    start = registration.occurrence.start + datetime.timedelta(days=1)
    moment = timezone.localtime(start).strftime("%d-%m-%Y %H:%M")
    until = timezone.localtime(start + datetime.timedelta(hours=1))
    return {
        "shown": [registration.pk],
        "attended": [registration.pk],
        "start": moment,
        "end": until.strftime("%d-%m-%Y %H:%M"),
        "subject": "Ingebroken",
        "details": "Ingebroken",
        "person": ["self"],
    }


def state(registration):
    """Everything a POST to an agenda view could change about Bert."""
    occurrence = Occurrence.objects.get(pk=registration.occurrence_id)
    return {
        "registration": Registration.objects.values().get(pk=registration.pk),
        "registrations": Registration.objects.count(),
        "occurrence": (occurrence.start, occurrence.end, occurrence.cancelled),
        "mail": list(
            OutgoingMail.objects.order_by("pk").values_list("pk", "status", "attempts")
        ),
        "contributions": Contribution.objects.count(),
    }


@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_anonymous_visitors_are_sent_to_the_login(
    client, bert_registered, name, kwarg_names
):
    url = url_for(name, kwarg_names, bert_registered)
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("role", ["editor", "contact_a"])
@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_others_never_see_group_b_nor_change_anything(
    client, request, bert_registered, role, name, kwarg_names
):
    user = request.getfixturevalue(role)
    client.force_login(user)
    url = url_for(name, kwarg_names, bert_registered)
    before = state(bert_registered)

    response = client.get(url)
    assert response.status_code in (200, 302, 403, 404)
    assert SECRET not in response.content.decode(errors="replace")
    if role == "editor":
        assert response.status_code != 200

    # A payload that would change something if the view let them in.
    response = client.post(url, payload(bert_registered))
    assert response.status_code in (200, 302, 403, 404, 405)
    assert state(bert_registered) == before


@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_coordinators_reach_every_view(
    client, coordinator, bert_registered, name, kwarg_names
):
    client.force_login(coordinator)
    response = client.get(url_for(name, kwarg_names, bert_registered))
    # 405: an action that only takes a POST.
    assert response.status_code in (200, 302, 405), response.status_code
    if response.status_code == 302 and name in NOT_GRANTED_TO_COORDINATORS:
        # Wagtail's "permission denied" redirect, for a permission the
        # coordinators' group deliberately lacks.
        assert not coordinator.has_perm(NOT_GRANTED_TO_COORDINATORS[name])
        assert response["Location"] == reverse("wagtailadmin_home")
    elif response.status_code == 302:
        # Not Wagtail's "permission denied" redirect to the dashboard.
        assert response["Location"] != reverse("wagtailadmin_home")
