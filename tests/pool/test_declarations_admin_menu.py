"""The OCO-pool menu: "Declaraties" for coordinators (with the number waiting)
and contact persons; payout and allowance years for coordinators only."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from pool import declaring

from .declarations_admin_data import declare, member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    """The number is cached; a rolled-back test leaves no signal to clear it."""
    cache.clear()
    yield
    cache.clear()


def admin_home(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_coordinators_see_the_number_waiting(client, coordinator, group_a):
    alma = member(group_a, "alma@example.org")
    first, _second = declare(alma), declare(alma)
    assert '"label": "Declaraties (2)"' in admin_home(client, coordinator)
    declaring.reject(first.pk, coordinator, "Dubbel.")
    html = admin_home(client, coordinator)
    assert '"label": "Declaraties (1)"' in html
    assert '"label": "Declaraties uitbetalen"' in html
    assert '"label": "Vrijwilligersvergoeding per jaar"' in html


def test_contact_persons_see_the_item_without_the_number(client, contact_a, group_a):
    declare(member(group_a, "alma@example.org"))
    html = admin_home(client, contact_a)
    assert '"label": "Declaraties"' in html
    assert '"label": "Vergoedingen ander vrijwilligerswerk"' in html
    assert "Declaraties uitbetalen" not in html
    assert "Vrijwilligersvergoeding per jaar" not in html


def test_editors_do_not_see_the_items(client, editor):
    html = admin_home(client, editor)
    assert "/admin/declaraties/" not in html
    assert "Vrijwilligersvergoeding per jaar" not in html
