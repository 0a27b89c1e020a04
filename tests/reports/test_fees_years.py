"""An organisation dated in year 1 (a typing error) makes no year before 2000
a choice: the list stays short and year 1 gets the usual message."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pool.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, coordinator):
    OrganisationFactory(name="Stichting Oud", active_from=datetime.date(1, 1, 1))
    client.force_login(coordinator)

    def get(query=""):
        return client.get(reverse("reports_fees") + query)

    return get


def test_the_years_start_in_2000(page):
    response = page()
    assert response.status_code == 200
    choices = response.context["form"].fields["year"].choices
    this_year = timezone.localdate().year
    assert [year for year, _label in choices] == list(range(this_year, 1999, -1))


@pytest.mark.parametrize("query", ["?year=1", "?year=1999", "?year=1&export=xlsx"])
def test_an_earlier_year_gets_the_message(page, query):
    response = page(query)
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    this_year = timezone.localdate().year
    assert response.context["overview"].year == this_year
    html = response.content.decode()
    assert "Dit jaar kunt u niet kiezen." in html
    assert f"Kies een jaar van 2000 tot en met {this_year}." in html
