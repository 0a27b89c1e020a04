"""Every admin URL of the agenda, for every role, generated from the URL
configuration: a view added later is covered without anyone listing it here.

A contact person of group A and an editor never see a member of group B, and
their POSTs to the coordinators' actions change nothing; nobody gets a server
error."""

import pytest
from django.urls import URLResolver, get_resolver, reverse

from scheduling import booking
from scheduling.models import OutgoingMail, Registration
from scheduling.occurrences import find_slot

SECRET = "Bert Bravolid"


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
    before = Registration.objects.values().get(pk=bert_registered.pk)

    response = client.get(url)
    assert response.status_code in (200, 302, 403, 404)
    assert SECRET not in response.content.decode(errors="replace")
    if role == "editor":
        assert response.status_code != 200 or name.endswith("results")

    response = client.post(url, {"attended": [bert_registered.pk], "start": ""})
    assert response.status_code in (200, 302, 403, 404, 405)
    assert Registration.objects.values().get(pk=bert_registered.pk) == before
    assert not bert_registered.occurrence.__class__.objects.get(
        pk=bert_registered.occurrence_id
    ).cancelled


@pytest.mark.parametrize(("name", "kwarg_names"), PATTERNS)
def test_coordinators_reach_every_view(
    client, coordinator, bert_registered, name, kwarg_names
):
    client.force_login(coordinator)
    response = client.get(url_for(name, kwarg_names, bert_registered))
    # 405: an action that only takes a POST.
    assert response.status_code in (200, 302, 405), response.status_code
