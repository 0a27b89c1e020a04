"""Entering a declaration in the admin: a contact person for a member of their
own group (never another group's), and their own hours as contact person;
bad input gets a Dutch message and saves nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pool.factories import RosterGroupPageFactory
from pool.models import Activity, Declaration, DeclarationStatus

from .declarations_admin_data import member

pytestmark = pytest.mark.django_db

ADD = reverse("pool_declarations:add")
ADD_OWN = reverse("pool_declarations:add_own")


def day_text(day: datetime.date) -> str:
    return day.strftime("%d-%m-%Y")


def recent_day():
    return timezone.localdate() - datetime.timedelta(days=3)


def member_data(member_obj, **changes):
    return {
        "member": member_obj.pk,
        "date": day_text(recent_day()),
        "activity": Activity.TRAJECTORY,
        "description": "Aanvraag K7QM-3XPA",
        "hours": "1,5",
        "costs": "3,20",
        "costs_note": "Bus heen en terug",
        **changes,
    }


def test_a_contact_person_declares_for_a_member(client, contact_a, group_a):
    alma = member(group_a, "alma@example.org")
    client.force_login(contact_a)
    response = client.post(ADD, member_data(alma), follow=True)
    assert response.status_code == 200
    assert "is ingediend" in response.content.decode()
    declaration = Declaration.objects.get()
    assert declaration.member == alma
    assert declaration.group_id == group_a.pk
    assert declaration.declarant_name == "Alma Alfalid"
    assert str(declaration.hours) == "1.50"
    assert str(declaration.costs) == "3.20"
    assert declaration.status == DeclarationStatus.SUBMITTED
    assert declaration.submitted_by == contact_a
    assert declaration.contact_person is None
    assert ModelLogEntry.objects.filter(
        object_id=str(declaration.pk), action="pool.declaration.submit"
    ).exists()


def test_only_members_of_the_own_groups_are_offered(
    client, contact_a, group_a, group_b
):
    client.force_login(contact_a)
    html = client.get(ADD).content.decode()
    assert "Alma Alfalid" in html
    assert "Bert Bravolid" not in html
    bert = member(group_b, "bert@example.org")
    response = client.post(ADD, member_data(bert))
    assert response.status_code == 200
    assert "Kies een OCO uit een groep die u beheert." in response.content.decode()
    assert not Declaration.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hours": "", "costs": ""}, "Vul het aantal uren in, of de onkosten."),
        ({"hours": "1,1", "costs": ""}, "Vul de uren in per kwartier"),
        ({"costs_note": ""}, "Schrijf kort op waarvoor de onkosten zijn."),
        ({"date": "01-01-2099"}, "Deze datum ligt in de toekomst."),
        ({"date": "1 maart"}, "Voer een geldige datum in."),
        ({"hours": "veel"}, "Voer een getal in."),
        ({"hours": "30"}, "hoogstens 24"),
        ({"activity": Activity.CONTACT_PERSON}, "Selecteer een geldige keuze"),
        ({"description": ""}, "Dit is een verplicht veld."),
    ],
)
def test_bad_input_saves_nothing(client, contact_a, group_a, changes, message):
    client.force_login(contact_a)
    data = member_data(member(group_a, "alma@example.org"), **changes)
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Declaration.objects.exists()


def own_hours_data(**changes):
    return {
        "date": day_text(recent_day()),
        "description": "Overleg met de leden van de groep",
        "hours": "2",
        "costs": "",
        "costs_note": "",
        **changes,
    }


def test_a_contact_person_declares_their_own_hours(client, contact_a, group_a):
    client.force_login(contact_a)
    html = client.get(ADD_OWN).content.decode()
    assert 'type="hidden" name="group"' in html
    response = client.post(ADD_OWN, own_hours_data(group=group_a.pk), follow=True)
    assert "is ingediend" in response.content.decode()
    declaration = Declaration.objects.get()
    assert declaration.activity == Activity.CONTACT_PERSON
    assert declaration.contact_person == contact_a
    assert declaration.group_id == group_a.pk
    assert declaration.submitted_by == contact_a


def test_with_several_groups_the_contact_person_chooses(
    client, contact_a, group_a, group_b
):
    second = RosterGroupPageFactory(title="Groep Charlie", contact_person=contact_a)
    client.force_login(contact_a)
    html = client.get(ADD_OWN).content.decode()
    assert "Groep Alfa" in html and "Groep Charlie" in html
    assert "Groep Bravo" not in html
    client.post(ADD_OWN, own_hours_data(group=second.pk))
    assert Declaration.objects.get().group_id == second.pk


def test_own_hours_for_another_group_are_refused(client, contact_a, group_a, group_b):
    client.force_login(contact_a)
    response = client.post(ADD_OWN, own_hours_data(group=group_b.pk))
    assert response.status_code == 200
    assert "Kies een groep waarvan u contactpersoon bent." in response.content.decode()
    assert not Declaration.objects.exists()


def test_a_coordinator_without_a_group_has_no_own_hours(client, coordinator, group_a):
    client.force_login(coordinator)
    assert client.get(ADD_OWN).status_code == 403
    assert (
        ADD_OWN not in client.get(reverse("pool_declarations:index")).content.decode()
    )


def test_a_coordinator_declares_for_any_member(client, coordinator, group_b):
    bert = member(group_b, "bert@example.org")
    client.force_login(coordinator)
    client.post(ADD, member_data(bert))
    assert Declaration.objects.get().submitted_by == coordinator
