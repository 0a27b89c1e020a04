"""No registration after the deadline, for a past session or a cancelled one."""

from datetime import timedelta

import pytest
from django.utils import timezone

from scheduling import booking, changes
from scheduling.factories import SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot

from .conftest import detail_url

NEW = {"name": "Late Lotte", "email": "lotte@example.org"}


def _starting_in(calendar, delta, **fields):
    start = (timezone.now() + delta).replace(microsecond=0)
    session = SessionFactory(calendar=calendar, start=start, **fields)
    return find_slot(session, session.start)


@pytest.fixture
def after_deadline(calendar):
    """Starts in twelve hours; registration closes a day before."""
    return _starting_in(calendar, timedelta(hours=12), registration_closes_hours=24)


@pytest.fixture
def past(calendar):
    return _starting_in(calendar, timedelta(days=-3))


@pytest.fixture
def cancelled(slot):
    changes.cancel_occurrence(slot)
    return find_slot(slot.session, slot.original_start)


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("after_deadline", "Aanmelden voor deze sessie is gesloten."),
        ("past", "Deze sessie is al begonnen of voorbij."),
        ("cancelled", "Deze sessie gaat niet door."),
    ],
)
def test_page_explains_and_has_no_form(client, agenda, request, which, message):
    slot = request.getfixturevalue(which)

    response = client.get(detail_url(agenda, slot))

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'name="email"' not in html
    assert "Aanmelden kan tot" not in html


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("after_deadline", "Aanmelden voor deze sessie is gesloten."),
        ("past", "Deze sessie is al begonnen of voorbij."),
        ("cancelled", "Deze sessie gaat niet door."),
    ],
)
def test_a_post_is_refused_with_the_message(client, agenda, request, which, message):
    slot = request.getfixturevalue(which)

    response = client.post(detail_url(agenda, slot), NEW)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html and 'role="alert"' in html
    assert not Registration.objects.filter(email="lotte@example.org").exists()


def test_the_deadline_is_checked_when_posting_not_only_when_showing(
    client, agenda, slot, monkeypatch
):
    """The page was opened in time, the form sent after the deadline."""
    page = client.get(detail_url(agenda, slot)).content.decode()
    later = slot.deadline + timedelta(minutes=1)
    monkeypatch.setattr(booking.timezone, "now", lambda: later)

    response = client.post(detail_url(agenda, slot), NEW)

    assert 'name="email"' in page
    assert "Aanmelden voor deze sessie is gesloten." in response.content.decode()
    assert not Registration.objects.filter(email="lotte@example.org").exists()


def test_cancelled_occurrence_is_marked_in_the_list(client, agenda, cancelled):
    html = client.get(agenda.url).content.decode()

    assert "agenda-item--cancelled" in html
    assert "Gaat niet door" in html
