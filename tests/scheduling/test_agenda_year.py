"""The agenda's made-up year (cms.agenda_history, with the demo accounts):
trainings, a monthly intervision and contact-person meetings before today,
with who came, built once."""

import datetime
from collections import Counter

import pytest
from django.utils import timezone
from schedule.models import Occurrence

from cms import agenda_history
from pool.factories import UserFactory
from pool.models import Member
from scheduling.models import Contribution, OutgoingMail, Registration, Session
from scheduling.occurrences import local
from scheduling.participation import summaries

pytestmark = pytest.mark.django_db

YEAR_TITLES = [spec[0] for spec in agenda_history.YEAR_TRAININGS] + [
    agenda_history.YEAR_INTERVISION,
    *(title for title, _first in agenda_history.YEAR_MEETINGS),
]
# Measured: 48 on SQLite (each session is two rows, occurrences and
# registrations go in bulk).
MAX_QUERIES = 60


@pytest.fixture
def contact_persons(db):
    return [
        UserFactory(username=name, first_name=first, last_name="Demo")
        for name, first in zip(
            agenda_history.CONTACT_USERS, ["Hanneke", "Jasper"], strict=True
        )
    ]


@pytest.fixture
def year(contact_persons):
    return agenda_history.build(log=[].append, demo_users=True)


def year_sessions():
    return Session.objects.filter(title__in=YEAR_TITLES)


def year_registrations():
    return Registration.objects.filter(occurrence__event__in=year_sessions())


def counts():
    return [
        model.objects.count()
        for model in (Session, Occurrence, Registration, Contribution, OutgoingMail)
    ]


def test_a_year_of_sessions_in_three_calendars_all_in_the_past(year):
    now = timezone.now()
    assert year_sessions().count() == len(YEAR_TITLES)
    occurrences = Occurrence.objects.filter(event__in=year_sessions())
    assert all(o.end < now for o in occurrences)
    assert all(o.start > now - datetime.timedelta(days=366) for o in occurrences)
    per_calendar = Counter(
        year_sessions().values_list("calendar__slug", flat=True).order_by()
    )
    assert per_calendar == {"training": 5, "intervisie": 1, "contactpersonenoverleg": 2}
    # With the training that every installation has, six in the past year.
    assert (
        Session.objects.filter(
            calendar__slug="training",
            start__lt=now,
            start__gt=now - datetime.timedelta(days=366),
        ).count()
        >= 6
    )


def test_trainings_are_one_off_like_the_others(year):
    for training in year_sessions().filter(calendar__slug="training"):
        assert training.rule_id is None
        assert 12 <= training.capacity <= 20
        assert training.place or training.online_link
        assert len(training.description) > 80


def test_intervision_every_month_with_a_summer_break(year):
    series = Session.objects.get(title=agenda_history.YEAR_INTERVISION)
    assert series.recurrence == "monthly_weekday"
    occurrences = list(Occurrence.objects.filter(event=series).order_by("start"))
    assert 10 <= len(occurrences) <= 12
    assert all(local(o.start).weekday() == 2 for o in occurrences)
    for occurrence in occurrences:
        registrations = Registration.objects.filter(occurrence=occurrence)
        assert occurrence.cancelled == (local(occurrence.start).month == 8)
        assert registrations.exists() != occurrence.cancelled
        assert registrations.count() <= series.capacity


def test_who_came_is_marked_for_most_and_open_for_a_few(year):
    marks = Counter(year_registrations().values_list("attended", flat=True))
    assert marks[True] > 3 * marks[False] > 0
    assert 0 < marks[None] <= 8
    last = Occurrence.objects.filter(
        event__title=agenda_history.YEAR_INTERVISION, cancelled=False
    ).latest("start")
    assert set(last.registrations.values_list("attended", flat=True)) == {None}


def test_members_came_only_while_in_the_pool(year):
    members = Member.objects.in_bulk()
    for registration in year_registrations().exclude(attendee_id=None):
        member = members[registration.attendee_id]
        day = local(registration.occurrence.start).date()
        assert member.joined_on <= day
        assert member.left_on is None or day <= member.left_on
        assert registration.email == member.email
        assert registration.created_at < registration.occurrence.start


def test_participation_differs_per_member(year):
    member_ids = list(Member.objects.values_list("pk", flat=True))
    attended = {pk: s["attended"] for pk, s in summaries(member_ids).items()}
    assert max(attended.values()) >= 8
    never = Member.objects.get(email="marleen.hofstede@example.org")
    assert attended[never.pk] == 0


def test_contact_persons_at_their_meetings_without_check(year, contact_persons):
    meetings = year_registrations().filter(
        occurrence__event__calendar__slug="contactpersonenoverleg"
    )
    assert meetings.count() == 2 * len(contact_persons)
    assert set(meetings.values_list("email", flat=True)) == {
        user.email for user in contact_persons
    }
    assert not meetings.filter(checked=False).exists()
    assert not Registration.objects.to_check().filter(pk__in=meetings).exists()


def test_no_mail_and_no_contributions(year):
    assert not OutgoingMail.objects.exists()
    assert not Contribution.objects.filter(
        registration__in=year_registrations()
    ).exists()


def test_building_again_creates_nothing(year):
    before = counts()
    logged = []
    assert agenda_history.build(log=logged.append, demo_users=True) == 0
    assert logged == []
    assert counts() == before


def test_builds_in_a_bounded_number_of_queries(
    contact_persons, django_assert_max_num_queries
):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert agenda_history.build(log=[].append, demo_users=True) > 0


def test_without_the_demo_accounts_there_is_no_year(db):
    assert agenda_history.build(log=[].append) == 0
    assert not year_sessions().exists()
