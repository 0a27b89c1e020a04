"""The fee overview asks the database the same number of times for 2 as for
20 organisations, and its figures take three queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from intake.factories import TrajectoryFactory
from pool.factories import MemberFactory, OrganisationFactory, RosterGroupPageFactory
from reports.fees.figures import fee_overview

pytestmark = pytest.mark.django_db

YEAR = 2016


def add_organisations(count, start):
    for number in range(start, start + count):
        organisation = OrganisationFactory(
            name=f"Telorganisatie {number:02}",
            bo_plus_active=number % 2 == 0,
            active_from=datetime.date(2015, 1, 1),
        )
        group = RosterGroupPageFactory(organisation=organisation)
        for _ in range(3):
            member = MemberFactory(page=group, joined_on=datetime.date(2015, 1, 1))
        TrajectoryFactory(
            member=member,
            approved_at=timezone.make_aware(datetime.datetime(YEAR, 5, 1)),
            status="running",
        )


def queries_for_the_page(client, query):
    # Warmed up first: the admin menu caches counts of its own.
    client.get(reverse("reports_fees"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("reports_fees") + query)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", [f"?year={YEAR}", f"?year={YEAR}&export=xlsx"])
def test_same_queries_for_2_and_20_organisations(client, coordinator, query):
    client.force_login(coordinator)
    add_organisations(2, start=1)
    with_two = queries_for_the_page(client, query)
    add_organisations(18, start=3)
    with_twenty = queries_for_the_page(client, query)
    assert with_twenty == with_two


def test_the_figures_take_three_queries(django_assert_num_queries):
    add_organisations(20, start=1)
    with django_assert_num_queries(3):
        overview = fee_overview(YEAR, datetime.date(2026, 6, 15), valid_years=3)
    assert len(overview.rows) == 20
    assert overview.total_delivered == 60
    assert overview.total_residents == 20
