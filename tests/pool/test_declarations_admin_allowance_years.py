"""The allowance years, for coordinators only: the list with where the
figures come from, adding a year, correcting one; never deleting one."""

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry

from pool.models import AllowanceYear

from .declarations_admin_data import set_year

pytestmark = pytest.mark.django_db

INDEX = reverse("pool_allowance_years:index")
ADD = reverse("pool_allowance_years:add")
NEW_YEAR = 2031

FIGURES = {
    "year": str(NEW_YEAR),
    "max_per_hour": "6,00",
    "max_per_month": "230",
    "max_per_year": "2300",
    "hourly_rate": "5,50",
    "contact_person_max_per_year": "250",
    "source": "belastingdienst.nl, nagekeken in december 2030",
}


@pytest.fixture(autouse=True)
def no_new_year(db):
    AllowanceYear.objects.filter(year=NEW_YEAR).delete()


def test_the_list_says_where_the_figures_come_from(client, coordinator):
    set_year()
    client.force_login(coordinator)
    html = client.get(INDEX).content.decode()
    assert "Belastingdienst" in html
    assert "21 jaar en ouder" in html
    assert "Controleer ze elk jaar" in html
    assert "2025" in html and "€ 5,60" in html


def test_a_coordinator_adds_a_year(client, coordinator):
    client.force_login(coordinator)
    response = client.post(ADD, FIGURES, follow=True)
    assert response.status_code == 200
    assert "De bedragen voor 2031 zijn opgeslagen." in response.content.decode()
    row = AllowanceYear.objects.get(year=NEW_YEAR)
    assert str(row.hourly_rate) == "5.50"
    assert str(row.max_per_year) == "2300.00"
    assert ModelLogEntry.objects.filter(
        object_id=str(row.pk), action="wagtail.create"
    ).exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_per_month": "3000"}, "Het maximum per maand is hoger dan"),
        ({"year": "2025"}, "bestaat al"),
        ({"hourly_rate": "vijf"}, "Voer een getal in."),
    ],
)
def test_bad_figures_save_nothing(client, coordinator, changes, message):
    set_year()
    client.force_login(coordinator)
    response = client.post(ADD, {**FIGURES, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AllowanceYear.objects.filter(year=NEW_YEAR).exists()


def test_a_coordinator_corrects_a_year(client, coordinator):
    row = set_year()
    client.force_login(coordinator)
    url = reverse("pool_allowance_years:edit", args=[row.pk])
    client.post(url, {**FIGURES, "year": "2025", "hourly_rate": "4,75"})
    row.refresh_from_db()
    assert str(row.hourly_rate) == "4.75"


@pytest.mark.parametrize("role", ["contact_a", "editor"])
def test_only_coordinators(client, request, group_a, role):
    row = set_year()
    client.force_login(request.getfixturevalue(role))
    assert client.get(INDEX).status_code == 403
    assert client.post(ADD, FIGURES).status_code == 403
    edit = reverse("pool_allowance_years:edit", args=[row.pk])
    assert client.post(edit, {**FIGURES, "year": "2025"}).status_code == 403
    assert not AllowanceYear.objects.filter(year=NEW_YEAR).exists()
    assert "pool_allowance_years" not in admin_menu(client)


def admin_menu(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_nobody_deletes_a_year(client, coordinator):
    row = set_year()
    with pytest.raises(NoReverseMatch):
        reverse("pool_allowance_years:delete", args=[row.pk])
    client.force_login(coordinator)
    html = client.get(reverse("pool_allowance_years:edit", args=[row.pk]))
    assert "delete" not in html.content.decode().split("<main", 1)[1].lower()
