"""After exporting, a coordinator marks the exported declarations as paid on
a date: only the approved, unpaid ones of the page's period and moment; a
date in the future or a broken form marks nothing."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from pool import declaring
from pool.models import Declaration

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db

PAYOUT = reverse("pool_declarations:payout")
MARK = reverse("pool_declarations:mark_paid")
MARCH = {"date_from": "2025-03-01", "date_to": "2025-03-31", "unpaid_only": "on"}
PAID_ON = datetime.date(2025, 4, 15)


@pytest.fixture
def declarations(group_a, coordinator):
    set_year()
    alma = member(group_a, "alma@example.org")
    approved = [
        declaring.approve(declare(alma, day=(3, day)).pk, coordinator) for day in [3, 4]
    ]
    april = declaring.approve(declare(alma, day=(4, 1)).pk, coordinator)
    waiting = declare(alma, day=(3, 5))
    return {"march": approved, "april": april, "waiting": waiting}


def page_form(client):
    """The hidden fields of the page's "mark as paid" form."""
    form = client.get(PAYOUT, MARCH).context["mark_form"]
    return {name: form[name].value() for name in ["date_from", "date_to", "as_of"]}


def paid_ids():
    return set(
        Declaration.objects.filter(paid_on__isnull=False).values_list("pk", flat=True)
    )


def test_the_periods_approved_declarations_are_marked(
    client, coordinator, declarations
):
    client.force_login(coordinator)
    data = {**page_form(client), "unpaid_only": "True", "paid_on": "15-04-2025"}
    response = client.post(MARK, data, follow=True)
    assert "2 declaraties zijn gemarkeerd als uitbetaald op 15 apr 2025." in (
        response.content.decode()
    )
    assert paid_ids() == {d.pk for d in declarations["march"]}
    assert Declaration.objects.get(pk=declarations["march"][0].pk).paid_on == PAID_ON
    assert ModelLogEntry.objects.filter(action="pool.declaration.paid").count() == 2
    # Nothing is left to mark, and the page says so.
    response = client.post(MARK, data, follow=True)
    assert "Er waren geen declaraties" in response.content.decode()


def test_what_was_approved_after_the_page_is_not_marked(
    client, coordinator, declarations, group_a
):
    client.force_login(coordinator)
    data = {**page_form(client), "unpaid_only": "True", "paid_on": "15-04-2025"}
    late = declaring.approve(
        declare(member(group_a, "alma@example.org"), day=(3, 30)).pk, coordinator
    )
    client.post(MARK, data)
    assert late.pk not in paid_ids()
    assert paid_ids() == {d.pk for d in declarations["march"]}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"paid_on": "01-01-2099"}, "De datum van uitbetaling ligt in de toekomst."),
        ({"paid_on": ""}, "Dit is een verplicht veld."),
        ({"date_from": "gisteren"}, "Voer een geldige datum in."),
    ],
)
def test_bad_input_marks_nothing(client, coordinator, declarations, changes, message):
    client.force_login(coordinator)
    data = {**page_form(client), "paid_on": "15-04-2025", **changes}
    response = client.post(MARK, data, follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert paid_ids() == set()


def test_only_by_post(client, coordinator):
    client.force_login(coordinator)
    assert client.get(MARK).status_code == 405
