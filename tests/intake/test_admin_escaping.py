"""Whatever a resident, a contact person or a coordinator typed is shown as
text: HTML and scripts in any text field come out escaped in the listing and
on the request's page."""

import pytest
from django.db.models import CharField, TextField
from django.urls import reverse
from django.utils.html import escape

from intake import workflow
from intake.factories import RequestFactory
from intake.models import Request

pytestmark = pytest.mark.django_db

# Each text field with the most it holds (None: no limit).
MAX_LENGTHS = {
    field.name: field.max_length
    for field in Request._meta.get_fields()
    if isinstance(field, CharField | TextField)
    and not field.choices
    and field.name != "reference"
}
TEXT_FIELDS = list(MAX_LENGTHS)


def attack(name):
    """Cut to what the field holds: PostgreSQL refuses a longer value (the
    postcode keeps "<script", the phone number the script without its ">")."""
    text = f'<script>alert("{name}")</script><b onmouseover=x>{name}</b>'
    return text[: MAX_LENGTHS.get(name)]


def escaped(name):
    return escape(f'<script>alert("{name}")</script>'[: MAX_LENGTHS.get(name)])


def test_every_text_field_is_covered():
    assert {
        "name",
        "requester_name",
        "phone",
        "email",
        "postcode",
        "conversation_subject",
        "agency",
        "wish_language",
        "remarks",
        "coordinator_note",
    } <= set(TEXT_FIELDS)


@pytest.fixture
def hostile_request(coordinator, contact_a, group_a):
    request_obj = RequestFactory(
        submitted_by="relative",
        **{name: attack(name) for name in TEXT_FIELDS},
    )
    alma, arie = group_a.members.order_by("name")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.record_step(
        running, "preparation", running.approved_at.date(), attack("note"), None
    )
    workflow.propose(request_obj, arie, contact_a, note=attack("proposal_note"))
    return request_obj


def test_the_request_page_escapes_every_field(client, coordinator, hostile_request):
    client.force_login(coordinator)
    response = client.get(reverse("intake_requests:inspect", args=[hostile_request.pk]))
    html = response.content.decode()
    assert "<script>alert(" not in html
    assert "<b onmouseover" not in html
    for name in [*TEXT_FIELDS, "note", "proposal_note"]:
        assert escaped(name) in html, name


def test_the_listing_escapes_the_name(client, coordinator, hostile_request):
    client.force_login(coordinator)
    for url in [
        reverse("intake_requests:index"),
        reverse("intake_requests:index_results"),
        reverse("intake_requests:index") + f"?q={hostile_request.reference}",
    ]:
        html = client.get(url).content.decode()
        assert "<script>alert(" not in html
        assert escaped("name") in html


def test_the_edit_form_escapes_every_field(client, coordinator, hostile_request):
    client.force_login(coordinator)
    html = client.get(
        reverse("intake_requests:edit", args=[hostile_request.pk])
    ).content.decode()
    assert "<script>alert(" not in html
