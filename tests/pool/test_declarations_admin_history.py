"""A declaration's history shows every step from Wagtail's audit log:
submitted, approved and paid, with who did it."""

import datetime

import pytest
from django.urls import reverse

from pool import declaring

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db


def test_the_history_shows_each_step(client, coordinator, group_a):
    set_year()
    item = declare(member(group_a, "alma@example.org"))
    declaring.log_change(item, "pool.declaration.submit", None)
    declaring.approve(item.pk, coordinator)
    declaring.mark_paid([item.pk], coordinator, datetime.date(2025, 4, 1))
    client.force_login(coordinator)
    response = client.get(reverse("pool_declarations:history", args=[item.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for label in [
        "Declaratie ingediend",
        "Declaratie goedgekeurd",
        "Declaratie uitbetaald",
    ]:
        assert label in html
    assert "coordinator-test" in html
    assert reverse("pool_declarations:inspect", args=[item.pk]) in html


def test_the_inspect_page_shows_the_decision(client, coordinator, group_a):
    set_year()
    item = declare(member(group_a, "alma@example.org"), hours="2")
    declaring.approve(item.pk, coordinator)
    client.force_login(coordinator)
    html = client.get(
        reverse("pool_declarations:inspect", args=[item.pk])
    ).content.decode()
    assert "Beoordeeld door" in html
    assert "€ 10,00" in html
    assert "nog niet uitbetaald" in html
