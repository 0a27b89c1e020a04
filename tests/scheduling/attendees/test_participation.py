"""Sessions attended per attendee: counted per calendar, the last date, and who
attended nothing in the last twelve months; in a constant number of queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks as wagtail_hooks

from pool.factories import MemberFactory
from pool.models import Member
from scheduling import participation
from scheduling.factories import CalendarFactory

from .helpers import attended, members_of

pytestmark = pytest.mark.django_db

URL = reverse("scheduling_participation")


@pytest.fixture
def calendars(db):
    return (
        CalendarFactory(name="Deelname-training", slug="deelname-training"),
        CalendarFactory(name="Deelname-intervisie", slug="deelname-intervisie"),
    )


@pytest.fixture
def history(group_a, calendars):
    """Alma: two trainings and an intervision, lately. Arie: one long ago and
    one he did not come to."""
    training, intervision = calendars
    alma, arie = (
        members_of(group_a)["Alma Alfalid"],
        members_of(group_a)["Arie Alfalid"],
    )
    attended(alma, training, 40)
    attended(alma, training, 100)
    attended(alma, intervision, 10)
    attended(arie, intervision, 400)
    attended(arie, training, 20, attended=False)
    return alma, arie


def test_summaries_count_per_calendar_and_give_the_last_date(history):
    alma, arie = history
    result = participation.summaries([alma.pk, arie.pk])
    assert result[alma.pk]["attended"] == 3
    assert result[alma.pk]["per_calendar"] == [
        ("Deelname-intervisie", 1),
        ("Deelname-training", 2),
    ]
    ten_days_ago = timezone.localdate() - datetime.timedelta(days=10)
    assert result[alma.pk]["last"] == ten_days_ago
    assert result[arie.pk]["attended"] == 1
    assert result[arie.pk]["per_calendar"] == [("Deelname-intervisie", 1)]


def test_someone_who_never_came_has_an_empty_summary(group_b):
    bert = group_b.members.get()
    assert participation.summaries([bert.pk]) == {
        bert.pk: {"attended": 0, "last": None, "per_calendar": []}
    }


def test_the_hook_gives_the_same_summaries(history):
    alma, _arie = history
    (hook,) = wagtail_hooks.get_hooks("participation_summaries")
    assert hook([alma.pk]) == participation.summaries([alma.pk])


def test_twelve_months_ago_is_the_same_day_or_the_last_of_a_short_month():
    since = participation.quiet_since(datetime.date(2024, 2, 29))
    assert since.date() == datetime.date(2023, 2, 28)
    assert participation.quiet_since(datetime.date(2026, 5, 6)).date() == (
        datetime.date(2025, 5, 6)
    )


def test_who_attended_nothing_in_twelve_months(history, group_a, group_b):
    quiet = participation.without_attendance_since(
        Member.objects.filter(page__in=[group_a, group_b])
    )
    assert set(quiet.values_list("name", flat=True)) == {
        "Arie Alfalid",
        "Bert Bravolid",
    }


def test_the_overview_shows_the_contact_persons_members(
    client, contact_a, group_b, history
):
    client.force_login(contact_a)
    response = client.get(URL)
    rows = {row["name"]: row for row in response.context["rows"]}
    assert set(rows) == {"Alma Alfalid", "Arie Alfalid"}
    assert rows["Alma Alfalid"]["attended"] == 3
    assert rows["Arie Alfalid"]["quiet"] is True
    html = response.content.decode()
    assert "Deelname-training" in html and "Bert Bravolid" not in html


def test_the_filter_lists_who_attended_nothing_lately(client, contact_a, history):
    client.force_login(contact_a)
    response = client.get(URL, {"niets_bijgewoond": "1"})
    assert [row["name"] for row in response.context["rows"]] == ["Arie Alfalid"]
    assert "Niets bijgewoond sinds" in response.content.decode()


def test_the_queries_do_not_grow_with_the_number_of_attendees(
    client, contact_a, group_a, history, calendars, django_assert_max_num_queries
):
    client.force_login(contact_a)
    client.get(URL)
    with django_assert_max_num_queries(100) as few:
        client.get(URL)
    for number in range(6):
        member = MemberFactory(page=group_a, name=f"Extra {number}")
        attended(member, calendars[number % 2], 5 + number)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert len(response.context["rows"]) == 8


def test_someone_without_attendees_gets_a_403(client, editor):
    client.force_login(editor)
    assert client.get(URL).status_code == 403
