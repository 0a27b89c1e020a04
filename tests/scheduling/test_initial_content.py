"""The agenda's initial content: three calendars with a year of sessions from
today, demo registrations, the coordinators' rights and the "Voor OCO's" page."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from schedule.models import Calendar, Occurrence
from wagtail.models import Page

from cms import agenda_content, agenda_history
from home.models import StandardPage
from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import UserFactory
from pool.models import Member
from scheduling import hooks
from scheduling.models import (
    AgendaPage,
    Contribution,
    OutgoingMail,
    Registration,
    Session,
)
from scheduling.occurrences import local, slots_between
from scheduling.participation import summaries

pytestmark = pytest.mark.django_db

CALENDARS = {
    "training": "Training",
    "intervisie": "Intervisie",
    "contactpersonenoverleg": "Contactpersonenoverleg",
}


def counts():
    return [
        model.objects.count()
        for model in (Calendar, Session, Occurrence, Registration, Contribution, Page)
    ] + [Group.objects.get(name=COORDINATORS_GROUP).permissions.count()]


def test_running_again_creates_nothing():
    before = counts()
    logged = []
    assert agenda_content.build(log=logged.append) == 0
    assert agenda_content.build(log=logged.append) == 0
    assert counts() == before
    assert logged == []


def test_three_calendars_each_with_sessions_in_the_coming_months():
    now = timezone.now()
    for slug, name in CALENDARS.items():
        calendar = Calendar.objects.get(slug=slug)
        assert calendar.name == name
        slots = slots_between(
            now, now + datetime.timedelta(days=120), calendars=[calendar]
        )
        assert slots, name
        assert all(slot.start > now for slot in slots)


def test_intervision_is_monthly_and_fortnightly_for_a_year():
    evening = Session.objects.get(title="Intervisie op dinsdagavond")
    assert (evening.recurrence, evening.capacity, evening.audience) == (
        "monthly_weekday",
        8,
        "ocos",
    )
    assert evening.contribution_kind == "case"
    starts = [
        local(slot.start)
        for slot in slots_between(
            timezone.now(),
            timezone.now() + datetime.timedelta(days=400),
            sessions=[evening],
        )
    ]
    assert 11 <= len(starts) <= 13
    assert all(s.weekday() == 1 and 8 <= s.day <= 14 and s.hour == 19 for s in starts)
    afternoon = Session.objects.get(title="Intervisie op donderdagmiddag")
    assert afternoon.recurrence == "fortnightly"
    assert local(afternoon.start).hour == 14


def test_contact_persons_meet_four_times_with_agenda_items():
    meetings = Session.objects.filter(calendar__slug="contactpersonenoverleg")
    assert meetings.count() == 4
    for meeting in meetings:
        assert (meeting.audience, meeting.contribution_kind, meeting.capacity) == (
            "contact_persons",
            "agenda_item",
            15,
        )
        assert not meeting.is_public


def test_trainings_are_one_off_with_dutch_descriptions_and_a_place():
    trainings = Session.objects.filter(calendar__slug="training")
    assert trainings.count() >= 5
    assert trainings.filter(title="Het Tralans-model in de praktijk").exists()
    for training in trainings:
        assert training.rule_id is None
        assert 12 <= training.capacity <= 20
        assert training.place or training.online_link
        assert len(training.description) > 80


def registrations_for(title):
    return Registration.objects.filter(occurrence__event__title=title)


def test_members_fill_a_training_with_a_waiting_list_without_any_mail():
    full = registrations_for("Omgaan met grenzen")
    assert full.confirmed().count() == 12
    assert full.confirmed().filter(attendee_id__isnull=False).count() == 12
    assert full.waiting().count() == 2
    assert (
        registrations_for("Basistraining onafhankelijke cliëntondersteuning").count()
        == 2
    )
    # Loaded, not made by the people themselves: nobody is mailed.
    assert not OutgoingMail.objects.exists()


def test_without_the_demo_accounts_no_contact_person_is_registered():
    assert not registrations_for("Contactpersonenoverleg").exists()
    assert not Contribution.objects.filter(kind="agenda_item").exists()


@pytest.fixture
def demo_registrations(db):
    UserFactory(
        username="contactpersoon-schakel", first_name="Hanneke", last_name="Schakel"
    )
    # The past year comes with the demo accounts too (see test_agenda_year).
    agenda_history.build(log=[].append, demo_users=True)
    return agenda_content.build(log=[].append, demo_users=True)


def test_the_demo_accounts_add_the_contact_persons_once(demo_registrations):
    meeting = registrations_for("Contactpersonenoverleg")
    assert list(meeting.values_list("name", flat=True)) == ["Hanneke Schakel"]
    # The contact person's registration and agenda item; the members' were there.
    assert demo_registrations == 2
    assert not OutgoingMail.objects.exists()
    assert agenda_content.build(log=[].append, demo_users=True) == 0


def test_demo_contributions_a_case_and_an_agenda_item(demo_registrations):
    case = Contribution.objects.get(kind="case")
    assert case.registration.occurrence.event.title == "Intervisie op dinsdagavond"
    assert case.registration.attendee is not None
    item = Contribution.objects.get(kind="agenda_item")
    assert item.registration.name == "Hanneke Schakel"
    assert item.registration.occurrence.event.title == "Contactpersonenoverleg"


def test_coordinators_may_manage_the_agenda():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    codenames = set(
        group.permissions.values_list("content_type__app_label", "codename")
    )
    for wanted in [
        ("scheduling", "add_session"),
        ("scheduling", "change_registration"),
        ("scheduling", "view_contribution"),
        ("schedule", "view_calendar"),
        ("schedule", "add_calendar"),
        ("schedule", "change_calendar"),
    ]:
        assert wanted in codenames
    assert ("schedule", "delete_calendar") not in codenames
    coordinator = UserFactory(username="nieuwe-coordinator")
    coordinator.groups.add(group)
    assert hooks.may_manage_registrations(coordinator)


def test_the_page_for_ocos_has_the_agenda_of_all_three_calendars(client, home):
    page = StandardPage.objects.child_of(home).get(slug="voor-ocos")
    assert page.live and page.title == "Voor OCO's"
    assert "trainingen" in page.intro
    agenda = AgendaPage.objects.child_of(page).get(slug="agenda")
    assert agenda.live and agenda.title == "Agenda voor OCO's"
    assert {c.slug for c in agenda.calendars.all()} == set(CALENDARS)
    html = client.get("/voor-ocos/").content.decode()
    assert "<h1>Voor OCO&#x27;s</h1>" in html
    assert 'href="/voor-ocos/agenda/"' in html


def test_volunteers_find_their_page_in_the_footer_not_on_the_home_page(client):
    home_html = client.get("/").content.decode()
    main = home_html.split("<main")[1].split("</main>")[0]
    footer = home_html.split("<footer")[1].split("</footer>")[0]
    assert "/voor-ocos/" not in main
    assert 'href="/voor-ocos/"' in footer


def test_two_past_sessions_show_who_came():
    anouk = Member.objects.get(email="anouk.verbeek@example.org")
    sevda = Member.objects.get(email="sevda.yilmazoglu@example.org")
    summary = summaries([anouk.pk, sevda.pk])
    assert summary[anouk.pk]["attended"] == 2
    assert summary[anouk.pk]["last"] is not None
    assert summary.get(sevda.pk, {"attended": 0})["attended"] == 0
    past = Registration.objects.filter(occurrence__end__lt=timezone.now())
    assert past.filter(attended=False).count() == 1
    assert agenda_history.build(log=[].append) == 0


def test_running_again_without_the_intervision_members_does_not_fail():
    evening = registrations_for("Intervisie op dinsdagavond")
    Contribution.objects.filter(registration__in=evening).delete()
    evening.delete()
    Member.objects.filter(email__in=agenda_content.INTERVISION_MEMBERS).update(
        active=False
    )

    assert agenda_content.build(log=[].append) == 0
    assert not registrations_for("Intervisie op dinsdagavond").exists()
