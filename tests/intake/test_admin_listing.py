"""The coordinators' listing of requests: columns, filters by status, domain
and month, search, ordering, an export without personal data, and a number
of queries that does not grow with the number of requests."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from intake import workflow
from intake.choices import Status
from intake.factories import RequestFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
INDEX = reverse("intake_requests:index")


def local(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def requests_(db):
    return {
        "march": RequestFactory(
            name="Inwoner Maart",
            domains=["wmo"],
            submitted_at=local(2025, 3, 31, 23, 30),
        ),
        "april": RequestFactory(
            name="Inwoner April",
            domains=["jeugd", "wonen"],
            submitted_at=local(2025, 4, 1, 0, 30),
            status=Status.IN_PROGRESS,
        ),
        "may": RequestFactory(
            name="Inwoner Mei",
            domains=["passend-onderwijs"],
            submitted_at=local(2025, 5, 15, 12, 0),
            status=Status.CANCELLED,
        ),
    }


def listed(client, **params):
    response = client.get(INDEX, params)
    assert response.status_code == 200
    return response.content.decode()


def shown(html, requests_):
    return {key for key, obj in requests_.items() if obj.reference in html}


def test_columns_show_reference_name_status_domains(client, coordinator, requests_):
    client.force_login(coordinator)
    html = listed(client)
    for label in ["Kenmerk", "Inwoner", "Ontvangen", "Status", "Onderwerp", "OCO"]:
        assert label in html
    assert "Inwoner April" in html
    assert "Jeugd: hulp voor kinderen en gezinnen, Wonen" in html
    assert "In behandeling" in html
    assert "1 apr 2025 00:30" in html


def test_the_matched_oco_is_shown(client, coordinator, group_a, requests_):
    alma = group_a.members.get(email="alma@example.org")
    trajectory = workflow.propose(requests_["april"], alma, coordinator)
    workflow.approve(trajectory, coordinator)
    client.force_login(coordinator)
    assert "Alma Alfalid" in listed(client)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "new"}, {"march"}),
        ({"status": ["in_progress", "cancelled"]}, {"april", "may"}),
        ({"domain": "jeugd"}, {"april"}),
        ({"domain": "wonen"}, {"april"}),
        ({"domain": "passend-onderwijs"}, {"may"}),
        ({"month": "2025-03"}, {"march"}),
        ({"month": "2025-04"}, {"april"}),
        ({"month": "2025-04", "domain": "wmo"}, set()),
        # Search looks at references only: a name would end up in the address.
        ({"q": "april"}, set()),
    ],
)
def test_filters(client, coordinator, requests_, params, expected):
    client.force_login(coordinator)
    assert shown(listed(client, **params), requests_) == expected


def test_search_by_reference(client, coordinator, requests_):
    client.force_login(coordinator)
    reference = requests_["may"].reference
    assert shown(listed(client, q=reference.lower()), requests_) == {"may"}


@pytest.mark.parametrize("month", ["2025-13", "maart", "2025-4-1", "99999-01"])
def test_a_bad_month_is_ignored_not_an_error(client, coordinator, requests_, month):
    client.force_login(coordinator)
    assert shown(listed(client, month=month), requests_) == set(requests_)


def test_newest_first_and_ordering_by_reference(client, coordinator, requests_):
    client.force_login(coordinator)
    html = listed(client)
    positions = [html.index(requests_[key].reference) for key in ["may", "april"]]
    assert positions == sorted(positions)
    html = listed(client, ordering="reference")
    references = sorted(obj.reference for obj in requests_.values())
    positions = [html.index(reference) for reference in references]
    assert positions == sorted(positions)


def test_the_export_holds_no_personal_data(client, coordinator, requests_):
    client.force_login(coordinator)
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert requests_["april"].reference in content
    assert "Kenmerk" in content
    for obj in requests_.values():
        for value in [obj.name, obj.email, obj.phone, obj.conversation_subject]:
            assert value not in content


def test_queries_do_not_grow_with_the_number_of_requests(
    client, coordinator, group_a, django_assert_max_num_queries
):
    alma = group_a.members.get(email="alma@example.org")

    def add(count):
        for _ in range(count):
            request_obj = RequestFactory(domains=["wmo", "jeugd"])
            if request_obj.pk % 2:
                workflow.share_with_group(request_obj, group_a, coordinator)
        trajectory = workflow.propose(request_obj, alma, coordinator)
        workflow.approve(trajectory, coordinator)

    client.force_login(coordinator)
    add(5)
    client.get(INDEX)  # the menu's count of new requests is cached
    with CaptureQueriesContext(connection) as five:
        assert client.get(INDEX).status_code == 200
    baseline = len(five)  # read now: the next request empties the query log
    workflow.end_trajectory(alma.trajectories.running().get(), "done", coordinator)
    add(45)
    client.get(INDEX)
    with django_assert_max_num_queries(baseline):
        response = client.get(INDEX)
    assert response.status_code == 200
    assert response.context["paginator"].count >= 50
    assert baseline <= 25
