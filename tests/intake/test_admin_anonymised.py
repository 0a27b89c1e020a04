"""An anonymised request shows "Persoonsgegevens verwijderd" instead of the
resident's data, and can no longer be edited or changed."""

import pytest
from django.urls import reverse
from django.utils import timezone

from intake import workflow
from intake.choices import Status
from intake.factories import RequestFactory
from intake.models import Request
from intake.models.requests import PERSONAL_FIELDS

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


@pytest.fixture
def anonymised(coordinator, group_a):
    request_obj = RequestFactory(name="Inwoner Vergeten", agency="Wmo-loket Almere")
    alma = group_a.members.get(email="alma@example.org")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.end_trajectory(running, "done", coordinator)
    Request.objects.filter(pk=request_obj.pk).update(
        anonymised_at=timezone.now(), **PERSONAL_FIELDS
    )
    request_obj.refresh_from_db()
    return request_obj


def test_the_page_says_the_data_is_gone(client, coordinator, anonymised):
    client.force_login(coordinator)
    response = client.get(url("inspect", anonymised.pk))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Persoonsgegevens verwijderd" in html
    assert "Naam inwoner" not in html and "Telefoonnummer" not in html
    assert anonymised.reference in html
    assert "Alma Alfalid" in html  # the trajectory is kept for the figures
    assert url("edit", anonymised.pk) not in html
    assert "Stap vastleggen" not in html


def test_the_listing_says_the_data_is_gone(client, coordinator, anonymised):
    client.force_login(coordinator)
    html = client.get(url("index")).content.decode()
    assert "Persoonsgegevens verwijderd" in html
    assert url("edit", anonymised.pk) not in html


def test_editing_is_refused(client, coordinator, anonymised):
    client.force_login(coordinator)
    response = client.get(url("edit", anonymised.pk), follow=True)
    assert response.redirect_chain[0][0] == url("inspect", anonymised.pk)
    assert "kan niet meer worden bewerkt" in response.content.decode()
    response = client.post(
        url("edit", anonymised.pk),
        {"submitted_by": "resident", "name": "Teruggezet", "consent": "on"},
    )
    assert response.status_code == 302
    anonymised.refresh_from_db()
    assert anonymised.name == ""


def test_actions_are_refused(client, coordinator, anonymised):
    trajectory = anonymised.trajectories.get()
    client.force_login(coordinator)
    response = client.post(
        url("record_step", anonymised.pk, trajectory.pk),
        {"step": "handover", "date": timezone.localdate().strftime("%d-%m-%Y")},
        follow=True,
    )
    assert "persoonsgegevens verwijderd" in response.content.decode()
    assert not trajectory.steps.exists()
    anonymised.refresh_from_db()
    assert anonymised.status == Status.COMPLETED
