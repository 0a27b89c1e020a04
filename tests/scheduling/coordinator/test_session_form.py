"""Creating and editing a session through the admin form."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from scheduling.models import Session

pytestmark = pytest.mark.django_db

ADD_URL = "scheduling_session:add"
TITLE = "Testreeks intervisie"


def evening(days=14, hour=19):
    day = timezone.localtime() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def form_data(calendar, **overrides):
    start = evening()
    data = {
        "calendar": calendar.pk,
        "title": TITLE,
        "description": "Samen casussen bespreken.",
        "place": "Stadhuisplein 1, Almere",
        "online_link": "",
        "start": start.strftime("%d-%m-%Y %H:%M"),
        "end": (start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
        "recurrence": "weekly",
        "repeat_until": (start + timedelta(days=70)).strftime("%d-%m-%Y"),
        "capacity": "12",
        "audience": "ocos",
        "registration_closes_hours": "24",
        "contribution_kind": "case",
    }
    data.update(overrides)
    return data


def test_a_coordinator_creates_a_weekly_series(coordinator_client, calendar):
    response = coordinator_client.post(reverse(ADD_URL), form_data(calendar))

    assert response.status_code == 302
    session = Session.objects.get(title=TITLE)
    assert session.rule.frequency == "WEEKLY"
    assert session.capacity == 12
    assert session.audience == "ocos"
    assert session.contribution_kind == "case"
    last_day = timezone.localtime(session.end_recurring_period)
    assert last_day.date() == (evening() + timedelta(days=70)).date()
    assert (last_day.hour, last_day.minute) == (23, 59)
    assert timezone.localtime(session.start).hour == 19
    # Eleven weeks: the last one falls on the "repeat until" day itself.
    occurrences = session.get_occurrences(session.start, session.end_recurring_period)
    assert len(occurrences) == 11


def test_a_one_off_session_has_no_rule_and_no_end_of_series(
    coordinator_client, calendar
):
    data = form_data(calendar, recurrence="", repeat_until="")
    data["place"], data["online_link"] = "", "https://meet.example.org/oco"
    response = coordinator_client.post(reverse(ADD_URL), data)

    assert response.status_code == 302
    session = Session.objects.get(title=TITLE)
    assert session.rule is None
    assert session.end_recurring_period is None
    assert session.online_link == "https://meet.example.org/oco"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"end": evening(hour=18).strftime("%d-%m-%Y %H:%M")},
            "end",
            "Het einde moet na het begin liggen.",
        ),
        (
            {"end": evening(days=15).strftime("%d-%m-%Y %H:%M")},
            "end",
            "Een sessie begint en eindigt op dezelfde dag",
        ),
        ({"repeat_until": ""}, "repeat_until", "Vul in tot wanneer"),
        (
            {"repeat_until": evening(days=14 + 2 * 366).strftime("%d-%m-%Y")},
            "repeat_until",
            "Een reeks loopt hoogstens twee jaar",
        ),
        (
            {"repeat_until": evening(days=7).strftime("%d-%m-%Y")},
            "repeat_until",
            "kan niet eindigen voor de eerste sessie",
        ),
        (
            {"place": "", "online_link": ""},
            "place",
            "Vul een plaats in of een link voor online deelname",
        ),
    ],
)
def test_invalid_sessions_are_refused_with_a_dutch_message(
    coordinator_client, calendar, overrides, field, message
):
    response = coordinator_client.post(
        reverse(ADD_URL), form_data(calendar, **overrides)
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert any(message in error for error in errors[field])
    assert message in response.content.decode()
    assert not Session.objects.filter(title=TITLE).exists()


def test_editing_a_session_keeps_its_series_and_shows_the_end_date(
    coordinator_client, weekly
):
    url = reverse("scheduling_session:edit", args=[weekly.pk])
    form = coordinator_client.get(url).context["form"]
    assert (
        form.initial["repeat_until"]
        == timezone.localtime(weekly.end_recurring_period).date()
    )

    data = form_data(weekly.calendar, title="Intervisie op dinsdag")
    start = timezone.localtime(weekly.start)
    data["start"] = start.strftime("%d-%m-%Y %H:%M")
    data["end"] = timezone.localtime(weekly.end).strftime("%d-%m-%Y %H:%M")
    response = coordinator_client.post(url, data)

    assert response.status_code == 302
    weekly.refresh_from_db()
    assert weekly.title == "Intervisie op dinsdag"
    assert weekly.rule.frequency == "WEEKLY"


def listed(response):
    return {session.title for session in response.context["object_list"]}


def test_the_listing_shows_sessions_filtered_by_calendar(
    coordinator_client, session, weekly
):
    from scheduling.factories import CalendarFactory, SessionFactory

    SessionFactory(calendar=CalendarFactory(name="Overleg"), title="Overleg")
    url = reverse("scheduling_session:index")

    response = coordinator_client.get(url, {"calendar": session.calendar_id})
    assert listed(response) == {session.title, weekly.title}
    assert "Training gespreksvoering" in response.content.decode()

    response = coordinator_client.get(url, {"q": "Wekelijkse"})
    assert listed(response) == {weekly.title}


OUT_OF_RANGE = "Kies een datum tussen"


@pytest.mark.parametrize(
    "overrides",
    [
        # A weekly series starting on the last day there is.
        {"start": "31-12-9999 10:00", "end": "31-12-9999 11:00"},
        # A one-off session on that day.
        {
            "start": "31-12-9999 10:00",
            "end": "31-12-9999 11:00",
            "recurrence": "",
            "repeat_until": "",
        },
        # The first moment there is.
        {
            "start": "01-01-0001 00:00",
            "end": "01-01-0001 01:00",
            "recurrence": "",
            "repeat_until": "",
        },
        {"repeat_until": "31-12-9999"},
    ],
    ids=["series-9999", "one-off-9999", "year-1", "until-9999"],
)
def test_dates_far_away_are_refused_with_a_message(
    coordinator_client, calendar, overrides
):
    response = coordinator_client.post(
        reverse(ADD_URL), form_data(calendar, **overrides)
    )

    assert response.status_code == 200
    assert OUT_OF_RANGE in response.content.decode()
    assert not Session.objects.filter(title=TITLE).exists()


def test_a_session_more_than_a_year_ago_is_refused(coordinator_client, calendar):
    start = evening(days=-400)
    response = coordinator_client.post(
        reverse(ADD_URL),
        form_data(
            calendar,
            start=start.strftime("%d-%m-%Y %H:%M"),
            end=(start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
            recurrence="",
            repeat_until="",
        ),
    )

    assert response.status_code == 200
    assert OUT_OF_RANGE in response.content.decode()
    assert not Session.objects.filter(title=TITLE).exists()


def test_a_series_may_start_next_year_and_run_two_years(coordinator_client, calendar):
    start = evening(days=300)
    response = coordinator_client.post(
        reverse(ADD_URL),
        form_data(
            calendar,
            start=start.strftime("%d-%m-%Y %H:%M"),
            end=(start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
            repeat_until=(start + timedelta(days=700)).strftime("%d-%m-%Y"),
        ),
    )

    assert response.status_code == 302
    assert Session.objects.filter(title=TITLE).exists()
