"""The page counts in the database: the same small number of queries for ten
requests as for ten thousand."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intake.models import Request, Trajectory

from .helpers import group, local, member, register, session_at

pytestmark = pytest.mark.django_db

URL = "/admin/rapportages/?start=2015-01-01&end=2015-12-31"
MAX_QUERIES = 25
DOMAINS = ["wmo", "jeugd", "werk-en-inkomen", "zorg"]
REFERRALS = ["school", "internet", "", "municipality"]


def add_requests(first, last, ocos):
    """Requests numbered first..last-1 spread over 2015, each with an approved
    trajectory of one of the OCO's."""
    requests = Request.objects.bulk_create(
        Request(
            reference=f"Q{number:08d}",
            submitted_by="resident",
            name="Inwoner Verzonnen",
            submitted_at=local(1 + number % 12, 1 + number % 28, 10),
            domains=[DOMAINS[number % 4], DOMAINS[(number + 1) % 4]],
            referral=REFERRALS[number % 4],
        )
        for number in range(first, last)
    )
    Trajectory.objects.bulk_create(
        Trajectory(
            request=request,
            member=ocos[index % len(ocos)],
            status="ended",
            approved_at=request.submitted_at + datetime.timedelta(days=index % 45),
            organisation_name=["De Schakel", "", "Zorgkracht"][index % 3],
            follow_up=index % 2 == 0,
        )
        for index, request in enumerate(requests)
    )


def queries(client):
    with CaptureQueriesContext(connection) as context:
        response = client.get(URL)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.fixture
def ocos():
    pages = [group(f"Groep {letter}") for letter in "ABC"]
    ocos = [member(pages[index % 3]) for index in range(12)]
    for month in (3, 9):
        training = session_at("training", local(month, 10, 19))
        for oco in ocos:
            register(training, oco, attended=True)
    return ocos


def test_ten_thousand_requests_take_as_many_queries_as_ten(
    client, coordinator, ocos, django_assert_max_num_queries
):
    client.force_login(coordinator)
    add_requests(0, 10, ocos)
    client.get(URL)  # caches that any admin page fills once
    with django_assert_max_num_queries(MAX_QUERIES):
        few = queries(client)

    add_requests(10, 10_000, ocos)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(URL)
    assert "10.000" in response.content.decode()
    assert queries(client) == few


def test_the_workbook_takes_as_many_queries_as_the_page(client, coordinator, ocos):
    client.force_login(coordinator)
    add_requests(0, 1000, ocos)
    client.get(URL)

    with CaptureQueriesContext(connection) as context:
        response = client.get(URL.replace("/?", "/export/rapportage.xlsx?"))

    assert response.status_code == 200
    assert len(context.captured_queries) <= queries(client)
