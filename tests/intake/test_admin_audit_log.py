"""Every view of a request is written to Wagtail's audit log, the history
shows every entry, and no entry holds the resident's personal data: labels
are the reference, data holds keys and ids only."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake.factories import RequestFactory
from intake.models import Request

pytestmark = pytest.mark.django_db

PERSONAL = {
    "name": "Inwoner Logboek",
    "phone": "06 55544433",
    "email": "logboek@example.org",
    "postcode": "1315 XY",
    "conversation_subject": "Hulp bij de aanvraag van een traplift.",
    "agency": "Zorgkantoor Verzonnen",
    "remarks": "Graag na drie uur bellen.",
}


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def entries(request_obj):
    return ModelLogEntry.objects.filter(object_id=str(request_obj.pk)).order_by("pk")


def assert_nothing_personal(request_obj):
    for entry in entries(request_obj):
        assert entry.label == f"Aanvraag {request_obj.reference}"
        text = json.dumps(entry.data) + entry.label
        for value in PERSONAL.values():
            assert value not in text, entry.action


def test_every_view_is_logged_and_shown_in_the_history(client, coordinator):
    request_obj = RequestFactory(**PERSONAL)
    client.force_login(coordinator)
    client.get(url("inspect", request_obj.pk))
    client.get(url("inspect", request_obj.pk))
    views = entries(request_obj).filter(action="intake.view")
    assert views.count() == 2
    assert {entry.user_id for entry in views} == {coordinator.pk}
    assert_nothing_personal(request_obj)

    history = client.get(url("history", request_obj.pk))
    assert history.status_code == 200
    html = history.content.decode()
    assert html.count("Aanvraag bekeken") >= 2
    assert history.context["paginator"].count == 2


def test_opening_the_edit_form_is_logged_as_a_view(client, coordinator):
    request_obj = RequestFactory(**PERSONAL)
    client.force_login(coordinator)
    response = client.get(url("edit", request_obj.pk))
    assert response.status_code == 200
    assert PERSONAL["phone"] in response.content.decode()
    views = entries(request_obj).filter(action="intake.view")
    assert [entry.user_id for entry in views] == [coordinator.pk]
    assert_nothing_personal(request_obj)


def test_a_refused_edit_form_leaves_no_view_entry(client, coordinator):
    request_obj = RequestFactory(**PERSONAL)
    Request.objects.filter(pk=request_obj.pk).update(anonymised_at=timezone.now())
    client.force_login(coordinator)
    response = client.get(url("edit", request_obj.pk))
    assert response.status_code == 302
    assert not entries(request_obj).filter(action="intake.view").exists()


def test_a_refused_visitor_leaves_no_view_entry(client, contact_a, group_a):
    request_obj = RequestFactory(**PERSONAL)
    client.force_login(contact_a)
    assert client.get(url("inspect", request_obj.pk)).status_code == 403
    assert not entries(request_obj).exists()


def test_edits_and_actions_log_no_field_values(client, coordinator, group_a):
    request_obj = RequestFactory(**PERSONAL)
    client.force_login(coordinator)
    form = client.get(url("edit", request_obj.pk)).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if name in form.fields and value not in (None, False)
    }
    data.update(
        domains=["wmo"],
        wish_lived_experience=[],
        coordinator_note="Gebeld; wil graag iemand die Turks spreekt.",
        consent="on",
    )
    response = client.post(url("edit", request_obj.pk), data)
    assert response.status_code == 302, response.context["form"].errors
    request_obj.refresh_from_db()
    assert request_obj.coordinator_note.startswith("Gebeld")
    assert entries(request_obj).filter(action="wagtail.edit").exists()

    alma = group_a.members.get(email="alma@example.org")
    client.post(url("take_up", request_obj.pk))
    # Shared while the request is open and has no OCO yet; after the match
    # sharing is refused.
    client.post(url("share", request_obj.pk), {"group": group_a.pk})
    request_obj.refresh_from_db()
    assert request_obj.shared_with_id == group_a.pk
    [share] = entries(request_obj).filter(action="intake.share")
    assert share.data["group"] == group_a.title
    client.post(url("match", request_obj.pk), {"member": alma.pk})
    actions = set(entries(request_obj).values_list("action", flat=True))
    assert {
        "intake.take_up",
        "intake.share",
        "intake.propose",
        "intake.approve",
    } <= actions
    assert_nothing_personal(request_obj)
    for entry in entries(request_obj):
        assert "Gebeld" not in json.dumps(entry.data)


def test_a_request_entered_by_phone_is_logged_as_created(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        url("add"),
        {
            "submitted_by": "resident",
            **PERSONAL,
            "contact_way": "phone",
            "contact_time": "any",
            "domains": ["werk-en-inkomen"],
            "consent": "on",
        },
    )
    request_obj = Request.objects.get(name=PERSONAL["name"])
    assert response.status_code == 302
    assert response["Location"] == url("inspect", request_obj.pk)
    assert request_obj.from_web_form is False
    assert entries(request_obj).filter(action="wagtail.create").exists()
    assert_nothing_personal(request_obj)
