"""The declaration's page says who entered it: the user, the OCO through the
site, or, when the user who entered it was deleted since, that; never that
the OCO did it themselves when someone else did."""

import pytest
from django.urls import reverse

from pool import declaring
from pool.factories import UserFactory
from pool.models import Declaration

from .declarations_admin_data import declare, member

pytestmark = pytest.mark.django_db


def entered_by(client, declaration) -> str:
    response = client.get(reverse("pool_declarations:inspect", args=[declaration.pk]))
    assert response.status_code == 200
    rows = dict(response.context["declaration_rows"])
    return rows["Ingevoerd door"]


def submitted(group, by=None):
    item = declare(member(group, "alma@example.org"))
    fresh = Declaration(
        member=item.member,
        group=item.group,
        date=item.date,
        activity=item.activity,
        description=item.description,
        hours=item.hours,
    )
    item.delete()
    return declaring.submit(fresh, by)


def test_through_the_site(client, coordinator, group_a):
    declaration = submitted(group_a)
    client.force_login(coordinator)
    assert entered_by(client, declaration) == "de OCO zelf, via de site"


def test_by_a_user(client, coordinator, group_a):
    helper = UserFactory(username="helper", first_name="Hanna", last_name="Hulp")
    declaration = submitted(group_a, helper)
    client.force_login(coordinator)
    assert entered_by(client, declaration) == "Hanna Hulp"


def test_by_a_user_deleted_since(client, coordinator, group_a):
    helper = UserFactory(username="helper")
    declaration = submitted(group_a, helper)
    helper.delete()
    declaration.refresh_from_db()
    assert declaration.submitted_by_id is None
    client.force_login(coordinator)
    assert entered_by(client, declaration) == (
        "een gebruiker van wie het account is verwijderd"
    )
