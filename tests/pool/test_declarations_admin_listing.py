"""The listing of declarations: its columns, newest first, how many wait for a
decision, the filters and the search, and a number of queries that does not
grow with the number of declarations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pool import declaring
from pool.models import Activity

from .declarations_admin_data import declare, declare_own_hours, member, set_year

pytestmark = pytest.mark.django_db

INDEX = reverse("pool_declarations:index")


@pytest.fixture
def declarations(group_a, group_b, contact_a, coordinator):
    set_year()
    alma = member(group_a, "alma@example.org")
    bert = member(group_b, "bert@example.org")
    approved = declare(alma, day=(2, 3), hours="3", costs="4.50")
    declaring.approve(approved.pk, coordinator)
    rejected = declare(bert, day=(4, 1), activity=Activity.TRAINING)
    declaring.reject(rejected.pk, coordinator, "Dubbel.")
    return {
        "approved": approved,
        "rejected": rejected,
        "waiting": declare(bert, day=(5, 6), activity=Activity.INTERVISION),
        "own": declare_own_hours(contact_a, group_a, day=(6, 7)),
    }


def listed(client, **params):
    response = client.get(INDEX, params)
    assert response.status_code == 200
    return response.content.decode()


def shown(html, declarations):
    return {
        key
        for key, item in declarations.items()
        if reverse("pool_declarations:inspect", args=[item.pk]) + '"' in html
    }


def test_columns(client, coordinator, declarations):
    client.force_login(coordinator)
    html = listed(client)
    for label in ["Datum", "Naam", "Groep", "Soort werk", "Uren", "Onkosten"]:
        assert label in html
    assert "Bedrag" in html and "Status" in html
    assert "3 feb 2025" in html
    assert "Groep Alfa" in html
    assert "Intervisie" in html
    # 3 h x 5.00 + 4.50.
    assert "€ 19,50" in html
    assert "Goedgekeurd" in html and "Afgewezen" in html and "Ingediend" in html


def test_newest_first(client, coordinator, declarations):
    client.force_login(coordinator)
    html = listed(client)
    positions = [
        html.index(reverse("pool_declarations:inspect", args=[declarations[key].pk]))
        for key in ["own", "waiting", "rejected", "approved"]
    ]
    assert positions == sorted(positions)


def test_the_number_waiting_is_shown_with_a_link(client, coordinator, declarations):
    client.force_login(coordinator)
    html = listed(client)
    assert "2 declaraties wachten op beoordeling." in html
    assert "?status=submitted" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "submitted"}, {"waiting", "own"}),
        ({"status": ["approved", "rejected"]}, {"approved", "rejected"}),
        ({"activity": "training"}, {"rejected"}),
        ({"activity": "contact_person"}, {"own"}),
        ({"date_from": "01-04-2025", "date_to": "31-05-2025"}, {"rejected", "waiting"}),
        ({"paid": "nee"}, {"approved"}),
        ({"paid": "ja"}, set()),
        ({"q": "bravo"}, {"rejected", "waiting"}),
    ],
)
def test_filters_and_search(client, coordinator, declarations, params, expected):
    client.force_login(coordinator)
    assert shown(listed(client, **params), declarations) == expected


def test_the_group_filter(client, coordinator, declarations, group_b):
    client.force_login(coordinator)
    html = listed(client, group=group_b.pk)
    assert shown(html, declarations) == {"rejected", "waiting"}


@pytest.mark.parametrize("value", ["abc", "9" * 25])
def test_a_bad_filter_value_is_no_server_error(client, coordinator, value):
    client.force_login(coordinator)
    for params in [{"group": value}, {"date_from": value}, {"status": value}]:
        assert client.get(INDEX, params).status_code == 200


def count_queries(client):
    """Counted on the second request: the first one fills the caches (the
    menu's number, for one) that a new declaration empties."""
    client.get(INDEX)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("role", ["coordinator", "contact_a"])
def test_the_number_of_queries_does_not_grow(client, request, group_a, role):
    set_year()
    alma = member(group_a, "alma@example.org")
    client.force_login(request.getfixturevalue(role))
    for _ in range(5):
        declare(alma)
    few = count_queries(client)
    for _ in range(45):
        declare(alma)
    assert count_queries(client) == few
    assert few <= 25
