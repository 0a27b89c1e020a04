"""An allowance year's year: a link asks for one with four plain digits only
(anything else opens an empty form), and a saved year never changes into
another, which would take its figures away from its declarations."""

import pytest
from django.urls import reverse

from pool.models import AllowanceYear

from .declarations_admin_data import set_year

pytestmark = pytest.mark.django_db

ADD = reverse("pool_allowance_years:add")


@pytest.mark.parametrize(
    "asked", ["²²²²", "٢٠٣١", "\uff12\uff10\uff13\uff11", "20311", "20x1", ""]
)
def test_only_four_plain_digits_fill_in_the_year(client, coordinator, asked):
    client.force_login(coordinator)
    response = client.get(ADD, {"jaar": asked})
    assert response.status_code == 200
    assert response.context["form"]["year"].value() is None


def test_a_plain_year_is_filled_in(client, coordinator):
    client.force_login(coordinator)
    response = client.get(ADD, {"jaar": "2031"})
    assert response.context["form"]["year"].value() == 2031


def test_the_year_of_a_saved_row_stays(client, coordinator):
    row = set_year()
    client.force_login(coordinator)
    url = reverse("pool_allowance_years:edit", args=[row.pk])
    form = client.get(url).context["form"]
    assert form.fields["year"].disabled
    response = client.post(
        url,
        {
            "year": "2027",
            "max_per_hour": "5,60",
            "max_per_month": "210",
            "max_per_year": "2100",
            "hourly_rate": "4,75",
            "contact_person_max_per_year": "250",
            "source": "Testbedragen",
        },
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.year == 2025
    assert str(row.hourly_rate) == "4.75"
    assert not AllowanceYear.objects.filter(year=2027).exists()
