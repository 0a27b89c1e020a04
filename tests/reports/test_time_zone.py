"""The figures are counted in the organisation's time zone
(Europe/Amsterdam), whatever time zone a coordinator's Wagtail profile holds:
Wagtail activates that time zone in its admin views."""

import datetime
import io

import openpyxl
import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from .fee_organisations import approved, member, organisation_with_group
from .helpers import local, request_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def utc_coordinator(client, coordinator):
    profile = UserProfile.get_for_user(coordinator)
    profile.current_time_zone = "UTC"
    profile.save()
    client.force_login(coordinator)
    return client


def test_only_the_organisations_time_zone_is_offered():
    assert settings.WAGTAIL_USER_TIME_ZONES == ["Europe/Amsterdam"]


def test_requests_per_month(utc_coordinator):
    # 00:30 on 1 February in Amsterdam is still 31 January in UTC.
    request_at(local(2, 1, 0, 30))

    response = utc_coordinator.get(
        "/admin/rapportages/export/aanvragen-per-maand.xlsx"
        "?start=2015-01-01&end=2015-03-31"
    )

    assert response.status_code == 200
    rows = list(
        openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(
            values_only=True
        )
    )
    assert rows[1:4] == [
        ("januari 2015", 0),
        ("februari 2015", 1),
        ("maart 2015", 0),
    ]


def test_the_period_starts_at_local_midnight(utc_coordinator):
    # 00:30 on 1 January 2016 in Amsterdam: not in 2015, in UTC it would be.
    request_at(local(1, 1, 0, 30, year=2016))

    response = utc_coordinator.get(
        "/admin/rapportages/export/aanvragen-per-maand.csv"
        "?start=2015-01-01&end=2015-12-31"
    )

    assert response.content.decode("utf-8-sig").splitlines()[-1] == "Totaal,0"


def test_residents_in_the_fee_year(utc_coordinator):
    _organisation, group = organisation_with_group(
        "Stichting Tijd", active_from=datetime.date(2015, 1, 1)
    )
    oco = member(group, "Oco Tijd", datetime.date(2015, 1, 1))
    # 00:30 on 1 January 2016 in Amsterdam is 2016, in UTC still 2015.
    approved(oco, local(1, 1, 0, 30, year=2016))

    response = utc_coordinator.get(reverse("reports_fees") + "?year=2016&export=csv")

    rows = response.content.decode("utf-8-sig").splitlines()
    assert rows[1].startswith("Stichting Tijd,")
    assert rows[1].split(",")[8] == "1"
