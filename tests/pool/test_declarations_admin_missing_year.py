"""A declaration of a year without figures cannot be approved: the approve
page says so and links to adding that year, which the link fills in."""

import datetime

import pytest
from django.urls import reverse

from pool.factories import DeclarationFactory
from pool.models import AllowanceYear, DeclarationStatus

pytestmark = pytest.mark.django_db

YEAR_WITHOUT_FIGURES = 2019


@pytest.fixture
def item(group_a):
    AllowanceYear.objects.filter(year=YEAR_WITHOUT_FIGURES).delete()
    alma = group_a.members.get(email="alma@example.org")
    return DeclarationFactory(
        member=alma,
        group=group_a,
        declarant_name=alma.name,
        date=datetime.date(YEAR_WITHOUT_FIGURES, 5, 1),
    )


def test_the_page_links_to_adding_the_year(client, coordinator, item):
    client.force_login(coordinator)
    response = client.get(reverse("pool_declarations:approve", args=[item.pk]))
    html = response.content.decode()
    assert "Voor 2019 staan nog geen bedragen voor de vrijwilligersvergoeding" in html
    add_url = reverse("pool_allowance_years:add") + "?jaar=2019"
    assert add_url in html
    assert "Ik heb de waarschuwingen" not in html
    form = client.get(add_url).context["form"]
    assert form["year"].value() == 2019


def test_approving_anyway_changes_nothing(client, coordinator, item):
    client.force_login(coordinator)
    response = client.post(
        reverse("pool_declarations:approve", args=[item.pk]),
        {"seen_warnings": "", "confirmed": "on"},
        follow=True,
    )
    assert "Voeg dat jaar eerst toe" in response.content.decode()
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED
