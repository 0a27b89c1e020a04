"""Attendance at two sessions of the initial agenda that lie behind us, so that
the participation overviews have something to show. Registrations for a past
session cannot be made through booking.register (it refuses them, rightly),
so they are written as they would stand after the coordinator marked who came.

With the demo accounts (development only) also a made-up year before today:
trainings, a monthly intervision and two contact-person meetings, with who
came, who did not and, for the last intervision, who is not marked yet. Its
sessions are found by calendar and title, so running this again creates
nothing.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Calendar, Occurrence

from pool.models import Member
from scheduling.models import Registration, Session, rule_for
from scheduling.occurrences import local, slots_between, store_slot

# (Calendar slug, title) of a past session, and the members (by email) who
# came and who did not.
ATTENDANCE = {
    ("training", "De sociale kaart van Almere"): (
        [
            "anouk.verbeek@example.org",
            "bram.zuidervaart@example.org",
            "driss.ouazzani@example.org",
            "ilse.brouwershaven@example.org",
            "kofi.mensah@example.org",
        ],
        ["sevda.yilmazoglu@example.org"],
    ),
    ("intervisie", "Intervisie na de zomer"): (
        ["anouk.verbeek@example.org", "kofi.mensah@example.org"],
        [],
    ),
}


def build(log=print, demo_users=False):
    """Register and mark attendance once per past session, and with the demo
    accounts build the year before today; returns the count."""
    created = past_attendance()
    if demo_users:
        created += YearHistory(log).build()
    return created


def past_attendance():
    created = 0
    member_type = ContentType.objects.get_for_model(Member)
    members = {m.email: m for m in Member.objects.active()}
    for (calendar, title), (came, absent) in ATTENDANCE.items():
        session = Session.objects.filter(calendar__slug=calendar, title=title).first()
        if session is None or session.start > timezone.now():
            continue
        # Only as loaded: a session a coordinator has changed since is left alone.
        day_after = session.end + datetime.timedelta(days=1)
        slots = slots_between(session.start, day_after, sessions=[session])
        if len(slots) != 1:
            continue
        occurrence = store_slot(slots[0])
        if Registration.objects.filter(occurrence=occurrence).exists():
            continue
        for email, attended in [(e, True) for e in came] + [(e, False) for e in absent]:
            member = members.get(email)
            if member is None:
                continue
            Registration.objects.create(
                occurrence=occurrence,
                name=member.name,
                email=member.email,
                attendee_type=member_type,
                attendee_id=member.pk,
                created_at=session.start - datetime.timedelta(days=14),
                status_changed_at=session.start - datetime.timedelta(days=14),
                attended=attended,
            )
            created += 1
    return created


# The year before today (with the demo accounts only).
SEED = 4711
MON, TUE, WED, THU, SAT = 0, 1, 2, 3, 5
STADHUIS = "Stadhuis Almere, Stadhuisplein 1"
HALL = {"audience": "ocos", "place": STADHUIS}
ONLINE = {"audience": "ocos", "online_link": "https://meet.example.org/oco-almere"}
MEETINGS = "contactpersonenoverleg"
CONTACTS = {"audience": "contact_persons", "contribution_kind": "agenda_item"}
# One-off trainings: title, (at least so many days ago, on this weekday), hours,
# places, other fields, description.
YEAR_TRAININGS = [
    (
        "Basistraining voor nieuwe OCO's",
        (280, SAT),
        "10:00-15:30",
        16,
        HALL,
        "Voor wie net begint als OCO. Wat doet een OCO wel en wat niet? We "
        "oefenen een keukentafelgesprek en u leert de coördinatoren kennen.",
    ),
    (
        "Luisteren zonder over te nemen",
        (335, TUE),
        "19:00-21:30",
        14,
        HALL,
        "Hoe helpt u een inwoner om zelf het woord te doen? We oefenen met "
        "doorvragen, samenvatten en stil zijn op het goede moment.",
    ),
    (
        "Schulden en geldzorgen herkennen",
        (215, WED),
        "19:00-21:30",
        14,
        HALL,
        "Geldzorgen spelen vaak mee, ook als het gesprek over iets anders gaat. "
        "U leert signalen herkennen en hoort waar de schuldhulp in Almere zit.",
    ),
    (
        "Passend onderwijs: wat kan een OCO doen?",
        (150, THU),
        "13:30-16:30",
        12,
        HALL,
        "Over gesprekken met school en het samenwerkingsverband. Wat is een "
        "ontwikkelingsperspectief, en hoe bereidt u ouders voor op zo'n gesprek?",
    ),
    (
        "Privacy en geheimhouding als OCO",
        (100, MON),
        "19:00-21:00",
        20,
        ONLINE,
        "Een online avond over wat u wel en niet mag delen, met wie, en hoe u "
        "omgaat met de gegevens van een inwoner. Met voorbeelden uit de praktijk.",
    ),
]
YEAR_INTERVISION = "Intervisie op woensdagavond"
YEAR_INTERVISION_TEXT = (
    "Elke tweede woensdag van de maand bespreekt u met andere OCO's een "
    "situatie uit uw werk als OCO. In augustus is er geen intervisie."
)
SUMMER_BREAK = 8  # August
YEAR_MEETINGS = [
    ("Contactpersonenoverleg in het voorjaar", (230, WED)),
    ("Contactpersonenoverleg na de zomer", (75, WED)),
]
MEETING_TEXT = (
    "Overleg van de contactpersonen van de groepen met de coördinatoren. "
    "Neem mee wat er in uw groep speelt."
)
CONTACT_USERS = ["contactpersoon-schakel", "contactpersoon-los"]
# How keen a member is to come (0 to 1); others are KEENNESS_DEFAULT. One
# never comes, so the overviews show someone to ask about it.
KEENNESS = {
    "anouk.verbeek@example.org": 0.95,
    "kofi.mensah@example.org": 0.9,
    "driss.ouazzani@example.org": 0.75,
    "ilse.brouwershaven@example.org": 0.7,
    "noor.achterberg@example.org": 0.6,
    "wim.oosterkamp@example.org": 0.2,
    "gijs.lammerink@example.org": 0.8,
    "marleen.hofstede@example.org": 0.0,
}
KEENNESS_DEFAULT = 0.45
CAME = 0.88
LEAST_PRESENT = 3


def keenness(member) -> float:
    return KEENNESS.get(member.email, KEENNESS_DEFAULT)


def summer_break(session, slot) -> bool:
    return session.rule_id is not None and local(slot.start).month == SUMMER_BREAK


class YearHistory:
    """Sessions of the past year with their occurrences and registrations,
    written directly: booking.register refuses sessions that are over."""

    def __init__(self, log):
        self.log = log
        self.rng = random.Random(SEED)
        self.today = timezone.localdate()
        self.created = 0
        self.registrations = []

    def build(self):
        calendars = Calendar.objects.in_bulk(
            ["training", "intervisie", MEETINGS], field_name="slug"
        )
        if len(calendars) < 3:
            return 0
        existing = set(
            Session.objects.filter(calendar__in=calendars.values()).values_list(
                "calendar__slug", "title"
            )
        )
        self.members = list(Member.objects.order_by("email", "pk"))
        self.member_type = ContentType.objects.get_for_model(Member)
        for title, first, hours, capacity, fields, text in YEAR_TRAININGS:
            if ("training", title) not in existing:
                start, end = self.moments(self.day(*first), hours)
                session = self.session(
                    calendars["training"], title, text, start, end, capacity, fields
                )
                for occurrence in self.occurrences(session, end):
                    self.members_at(occurrence, capacity, chance=0.8)
        if ("intervisie", YEAR_INTERVISION) not in existing:
            self.intervision(calendars["intervisie"])
        users = get_user_model().objects.filter(username__in=CONTACT_USERS)
        users = list(users.order_by("username"))
        for number, (title, first) in enumerate(YEAR_MEETINGS):
            if (MEETINGS, title) not in existing:
                self.meeting(calendars[MEETINGS], title, first, users, number)
        Registration.objects.bulk_create(self.registrations)
        return self.created + len(self.registrations)

    # Dates

    def day(self, days_ago, weekday):
        """The last such weekday at least days_ago before today."""
        first = self.today - datetime.timedelta(days=days_ago)
        return first - datetime.timedelta(days=(first.weekday() - weekday) % 7)

    def moments(self, day, hours):
        start, end = (
            timezone.make_aware(
                datetime.datetime.combine(day, datetime.time.fromisoformat(at))
            )
            for at in hours.split("-")
        )
        return start, end

    def second_wednesday(self, days_ago):
        month = (self.today - datetime.timedelta(days=days_ago)).replace(day=1)
        first = month + datetime.timedelta(days=(WED - month.weekday()) % 7)
        return first + datetime.timedelta(days=7)

    # Sessions and occurrences

    def session(self, calendar, title, text, start, end, capacity, fields):
        session = Session.objects.create(
            calendar=calendar,
            title=title,
            description=text,
            start=start,
            end=end,
            capacity=capacity,
            **fields,
        )
        self.created += 1
        self.log(_("Sessie gemaakt: %(title)s") % {"title": session.title})
        return session

    def occurrences(self, session, until):
        """Every occurrence up to until, stored at once (as store_slot would)."""
        slots = slots_between(
            session.start, until + datetime.timedelta(days=1), sessions=[session]
        )
        stored = Occurrence.objects.bulk_create(
            Occurrence(
                event_id=session.pk,
                original_start=slot.original_start,
                original_end=slot.original_start + session.duration,
                start=slot.start,
                end=slot.end,
                title=session.title,
                description=session.description,
                cancelled=summer_break(session, slot),
            )
            for slot in slots
        )
        self.created += len(stored)
        return [occurrence for occurrence in stored if not occurrence.cancelled]

    def intervision(self, calendar):
        """A monthly series that ended some weeks ago, with a summer break;
        the attendance of its last evening is not marked yet."""
        start, end = self.moments(self.second_wednesday(330), "19:00-21:00")
        last = timezone.make_aware(
            datetime.datetime.combine(
                self.today - datetime.timedelta(days=35), datetime.time(23)
            )
        )
        fields = {
            **HALL,
            "contribution_kind": "case",
            "recurrence": "monthly_weekday",
            "rule": rule_for("monthly_weekday", start),
            "end_recurring_period": last,
        }
        session = self.session(
            calendar, YEAR_INTERVISION, YEAR_INTERVISION_TEXT, start, end, 8, fields
        )
        occurrences = self.occurrences(session, last)
        for occurrence in occurrences:
            marked = occurrence is not occurrences[-1]
            self.members_at(occurrence, 8, chance=0.7, marked=marked)

    def meeting(self, calendar, title, first, users, number):
        start, end = self.moments(self.day(*first), "10:00-12:00")
        fields = {**CONTACTS, "place": STADHUIS}
        session = self.session(calendar, title, MEETING_TEXT, start, end, 15, fields)
        for occurrence in self.occurrences(session, end):
            for user in users:
                # The second time, one contact person sent word they could not come.
                came = not (number and user.username == CONTACT_USERS[-1])
                self.register(
                    occurrence,
                    user.get_full_name() or user.username,
                    user.email,
                    registered_by=user,
                    checked=True,
                    attended=came,
                )

    # Registrations

    def members_at(self, occurrence, capacity, chance, marked=True):
        """Members in the pool on the day, each as keen as they are and at
        least LEAST_PRESENT of them; marked as came or not (most came), or
        not marked yet."""
        day = local(occurrence.start).date()
        in_pool = [
            m
            for m in self.members
            if m.joined_on <= day and (m.left_on >= day if m.left_on else m.active)
        ]
        present = [m for m in in_pool if self.rng.random() < chance * keenness(m)]
        others = sorted(
            (m for m in in_pool if m not in present), key=keenness, reverse=True
        )
        present += others[: max(LEAST_PRESENT - len(present), 0)]
        for member in present[:capacity]:
            came = self.rng.random() < CAME if marked else None
            self.register(
                occurrence,
                member.name,
                member.email,
                attendee_type=self.member_type,
                attendee_id=member.pk,
                attended=came,
            )

    def register(self, occurrence, name, email, **fields):
        made = occurrence.start - datetime.timedelta(days=self.rng.randint(4, 25))
        self.registrations.append(
            Registration(
                occurrence=occurrence,
                name=name,
                email=email.lower(),
                created_at=made,
                status_changed_at=made,
                **fields,
            )
        )
