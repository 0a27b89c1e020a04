"""The agenda's query count does not grow with the number of sessions."""

from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scheduling import booking
from scheduling.factories import SessionFactory, next_evening
from scheduling.occurrences import find_slot, upcoming_slots


def _count_queries(client, url, **params):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def _sessions_with_a_registration(calendar, count, **kwargs):
    sessions = [SessionFactory(calendar=calendar, **kwargs) for _ in range(count)]
    first = sessions[0]
    booking.register(
        find_slot(first, first.start), name="Rita Register", email="rita@example.org"
    )
    return sessions


def test_index_queries_do_not_grow_with_sessions(client, agenda, calendar):
    client.get(agenda.url)  # warm up what Django caches in memory
    _sessions_with_a_registration(calendar, 5)
    few, few_html = _count_queries(client, agenda.url)

    # 500 weekly series of ten weeks each: 5,000 occurrences more.
    start = next_evening(days=3)
    _sessions_with_a_registration(
        calendar,
        500,
        recurrence="weekly",
        start=start,
        end_recurring_period=start + timedelta(weeks=9, hours=3),
    )
    assert len(upcoming_slots(calendar_ids=[calendar.pk])) == 5 + 500 * 10
    many, many_html = _count_queries(client, agenda.url)

    assert "5 sessies" in few_html
    assert many_html.count('<li class="agenda-item') == 20
    assert few == many


def test_filtered_index_queries_do_not_grow_either(client, agenda, calendar):
    client.get(agenda.url)
    _sessions_with_a_registration(calendar, 3)
    few, _html = _count_queries(client, agenda.url, soort=calendar.slug)

    _sessions_with_a_registration(calendar, 40, recurrence="weekly")
    many, _html = _count_queries(client, agenda.url, soort=calendar.slug)

    assert few == many
