"""Correcting a request, entering one taken by phone, and deleting only a
cancelled request that never had an OCO."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from intake import workflow
from intake.factories import RequestFactory
from intake.models import Request

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def form_data(**changes):
    data = {
        "submitted_by": "resident",
        "name": "Inwoner Telefoon",
        "phone": "036 1234567",
        "email": "",
        "contact_way": "phone",
        "contact_time": "morning",
        "postcode": "1315ab",
        "domains": ["wmo"],
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def errors_of(response):
    assert response.status_code == 200
    return response.context["form"].errors


def test_a_request_taken_by_phone(client, coordinator):
    client.force_login(coordinator)
    response = client.post(url("add"), form_data())
    assert response.status_code == 302
    request_obj = Request.objects.get(name="Inwoner Telefoon")
    assert request_obj.from_web_form is False
    assert request_obj.status == "new"
    assert request_obj.postcode == "1315 AB"
    assert len(request_obj.reference) == 9


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phone": "12345"}, "phone"),
        ({"phone": "", "email": ""}, "phone"),
        ({"email": "geen-adres"}, "email"),
        ({"postcode": "ABCD 12"}, "postcode"),
        ({"domains": None}, "domains"),
        ({"consent": None}, "consent"),
        ({"submitted_by": "relative"}, "requester_name"),
        ({"name": ""}, "name"),
        ({"postcode": "9999 ZZ"}, "postcode"),
        ({"postcode": "1000 AA"}, "postcode"),
        ({"conversation_date": "31-12-9999"}, "conversation_date"),
        ({"conversation_date": "01-01-0001"}, "conversation_date"),
        ({"conversation_date": "9999-12-31"}, "conversation_date"),
        ({"no_preference": "on", "wish_language": "Arabisch"}, "no_preference"),
        (
            {"no_preference": "on", "wish_lived_experience": ["chronische-ziekte"]},
            "no_preference",
        ),
    ],
)
def test_the_form_checks_what_the_model_needs(client, coordinator, changes, field):
    client.force_login(coordinator)
    errors = errors_of(client.post(url("add"), form_data(**changes)))
    assert field in errors
    assert not Request.objects.filter(name="Inwoner Telefoon").exists()


def test_email_alone_is_enough(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        url("add"), form_data(phone="", email="telefoon@example.org")
    )
    assert response.status_code == 302


def test_correcting_a_request(client, coordinator):
    request_obj = RequestFactory(phone="06 23456789")
    client.force_login(coordinator)
    response = client.post(
        url("edit", request_obj.pk), form_data(name="Inwoner Gecorrigeerd")
    )
    assert response.status_code == 302
    assert response["Location"] == url("inspect", request_obj.pk)
    request_obj.refresh_from_db()
    assert request_obj.name == "Inwoner Gecorrigeerd"
    assert request_obj.from_web_form is True
    assert request_obj.status == "new"


def test_an_open_request_cannot_be_deleted(client, coordinator):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    for method in (client.get, client.post):
        response = method(url("delete", request_obj.pk), follow=True)
        assert response.redirect_chain[0][0] == url("inspect", request_obj.pk)
        assert "Annuleer de aanvraag eerst" in response.content.decode()
    assert Request.objects.filter(pk=request_obj.pk).exists()


def test_a_cancelled_request_that_never_had_an_oco_can_be_deleted(client, coordinator):
    request_obj = RequestFactory()
    workflow.cancel(request_obj, coordinator)
    client.force_login(coordinator)
    page = client.get(url("inspect", request_obj.pk)).content.decode()
    assert url("delete", request_obj.pk) in page
    assert client.get(url("delete", request_obj.pk)).status_code == 200
    response = client.post(url("delete", request_obj.pk))
    assert response.status_code == 302
    assert not Request.objects.filter(pk=request_obj.pk).exists()


def test_a_cancelled_request_that_had_an_oco_is_kept(client, coordinator, group_a):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    workflow.approve(workflow.propose(request_obj, alma, coordinator), coordinator)
    workflow.cancel(request_obj, coordinator)
    client.force_login(coordinator)
    assert (
        url("delete", request_obj.pk) not in client.get(url("index")).content.decode()
    )
    client.post(url("delete", request_obj.pk))
    assert Request.objects.filter(pk=request_obj.pk).exists()


def test_a_postcode_outside_almere_is_not_saved_on_correction(client, coordinator):
    request_obj = RequestFactory(phone="06 23456789")
    client.force_login(coordinator)
    errors = errors_of(
        client.post(url("edit", request_obj.pk), form_data(postcode="9999 ZZ"))
    )
    assert "Almere" in " ".join(errors["postcode"])
    request_obj.refresh_from_db()
    assert request_obj.postcode == "1315 AB"


def test_a_conversation_date_within_a_year_is_saved(client, coordinator):
    client.force_login(coordinator)
    day = timezone.localdate() + datetime.timedelta(days=30)
    response = client.post(
        url("add"), form_data(conversation_date=day.strftime("%d-%m-%Y"))
    )
    assert response.status_code == 302
    assert Request.objects.get(name="Inwoner Telefoon").conversation_date == day


def test_an_old_conversation_date_does_not_block_other_corrections(client, coordinator):
    long_ago = timezone.localdate() - datetime.timedelta(days=800)
    request_obj = RequestFactory(phone="06 23456789", conversation_date=long_ago)
    client.force_login(coordinator)
    response = client.post(
        url("edit", request_obj.pk),
        form_data(
            name="Inwoner Gecorrigeerd", conversation_date=long_ago.strftime("%d-%m-%Y")
        ),
    )
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.name == "Inwoner Gecorrigeerd"
    assert request_obj.conversation_date == long_ago


def test_no_preference_with_wishes_gets_the_public_forms_message(client, coordinator):
    client.force_login(coordinator)
    errors = errors_of(
        client.post(url("add"), form_data(no_preference="on", wish_language="Pools"))
    )
    assert errors["no_preference"] == [
        "U heeft 'geen voorkeur' aangevinkt, maar ook een wens ingevuld. Haal het "
        "vinkje weg of haal de wensen weg."
    ]
    response = client.post(url("add"), form_data(no_preference="on"))
    assert response.status_code == 302
    assert Request.objects.get(name="Inwoner Telefoon").no_preference is True
