"""The agenda's initial content: three calendars with a year of sessions from
today, the coordinators' rights on the agenda and the page "Voor OCO's" with
the agenda. What exists is left alone (sessions are found by calendar and
title), so running it again creates nothing.

A few of the pool's members are registered, through booking.register but
without mail (they did not register themselves); with the demo accounts
(development only) the demo contact persons too, for their meeting."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Calendar

from cms import agenda_history
from home.models import HomePage, StandardPage
from pool.contact_groups import COORDINATORS_GROUP
from pool.models import Member
from scheduling import booking
from scheduling.models import (
    AgendaPage,
    Contribution,
    Registration,
    Session,
    rule_for,
)
from scheduling.occurrences import sessions_queryset, slots_between

MEETINGS = "contactpersonenoverleg"
CALENDARS = [
    ("Training", "training"),
    ("Intervisie", "intervisie"),
    ("Contactpersonenoverleg", MEETINGS),
]
STADHUIS = "Stadhuis Almere, Stadhuisplein 1"
ONLINE = "https://meet.example.org/oco-almere"
MON, TUE, WED, THU, SAT = 0, 1, 2, 3, 5

BASIC = "Basistraining onafhankelijke cliëntondersteuning"
LIMITS = "Omgaan met grenzen"
TALKING = "Gespreksvoering en luisteren"
TRALANS = "Het Tralans-model in de praktijk"
RULES = "Wmo en Jeugdwet: wat moet je weten"
EVENING = "Intervisie op dinsdagavond"
AFTERNOON = "Intervisie op donderdagmiddag"
MEETING = "Contactpersonenoverleg"
PAST_TRAINING = "De sociale kaart van Almere"
PAST_INTERVISION = "Intervisie na de zomer"
SECOND_TUESDAY = "second Tuesday"


def spec(calendar, title, first, hours, capacity, repeat=(1, 0), **fields):
    """A session to create: its calendar (slug), title, first day ((at least
    so many days ahead, on this weekday) or SECOND_TUESDAY), hours, places,
    (how many one-off dates, so many weeks apart) and other Session fields."""
    return locals()


HALL = {"audience": "ocos", "place": STADHUIS}
ONLINE_OCOS = {"audience": "ocos", "online_link": ONLINE}
MONTHLY = {**HALL, "contribution_kind": "case", "recurrence": "monthly_weekday"}
FORTNIGHTLY = {**ONLINE_OCOS, "contribution_kind": "case", "recurrence": "fortnightly"}
CONTACTS = {
    "audience": "contact_persons",
    "contribution_kind": "agenda_item",
    "place": STADHUIS,
}
SESSIONS = [
    spec("training", BASIC, (10, SAT), "10:00-15:30", 16, **HALL),
    spec("training", LIMITS, (20, WED), "19:00-21:30", 12, **HALL),
    spec("training", TALKING, (35, TUE), "19:00-21:30", 14, **HALL),
    spec("training", TRALANS, (60, THU), "13:30-16:30", 12, **HALL),
    spec("training", RULES, (100, MON), "19:00-21:00", 20, **ONLINE_OCOS),
    spec("intervisie", EVENING, SECOND_TUESDAY, "19:00-21:00", 8, **MONTHLY),
    spec("intervisie", AFTERNOON, (3, THU), "14:00-16:00", 8, **FORTNIGHTLY),
    spec(MEETINGS, MEETING, (14, WED), "10:00-12:00", 15, (4, 13), **CONTACTS),
    # Behind us, with attendance (see cms.agenda_history).
    spec("training", PAST_TRAINING, (-56, SAT), "10:00-13:00", 16, **HALL),
    spec("intervisie", PAST_INTERVISION, (-21, TUE), "19:00-21:00", 8, **HALL),
]
DESCRIPTIONS = {
    BASIC: "Voor nieuwe OCO's. U leert wat een OCO doet en wat niet. We "
    "oefenen met het voorbereiden van een keukentafelgesprek. U hoort hoe de "
    "groepen en de contactpersonen werken. Er is een lunch.",
    LIMITS: "Wat doet u als een cliënt meer vraagt dan u kunt geven? We "
    "bespreken hoe u uw grenzen aangeeft, vriendelijk en duidelijk. En wanneer "
    "u een cliënt doorverwijst naar MEE of de coördinatoren.",
    TALKING: "Goed luisteren is het belangrijkste wat "
    "een OCO doet. U oefent met open vragen, samenvatten en doorvragen. Zo "
    "helpt u de cliënt zelf te zeggen wat hij nodig heeft.",
    TRALANS: "Het Tralans-model helpt om de hele "
    "situatie van een cliënt te zien: wonen, werk, geld, gezondheid en "
    "contacten. We oefenen met echte (anonieme) voorbeelden uit Almere.",
    RULES: "Een online avond over de regels. "
    "Wat mag een inwoner verwachten van de gemeente? Hoe gaan een melding, een "
    "onderzoek en een beschikking? En wat kunt u doen als de cliënt het er "
    "niet mee eens is?",
    EVENING: "Elke tweede dinsdag van de maand. U bespreekt met andere OCO's "
    "een situatie uit uw werk als OCO. Breng gerust een casus in.",
    AFTERNOON: "Om de week online intervisie overdag, "
    "voor wie 's avonds niet kan. U krijgt de link in de bevestiging.",
    PAST_TRAINING: "Welke hulp is er in Almere, en waar vindt u die? Een "
    "ochtend over het sociaal wijkteam, de schuldhulp, het jongerenloket en "
    "de andere plekken waar u een cliënt naartoe kunt verwijzen.",
    PAST_INTERVISION: "Een extra intervisie om na de zomer weer bij te "
    "praten over uw ervaringen als OCO.",
    MEETING: "Overleg van de contactpersonen van alle groepen met de "
    "coördinatoren. Zet vooraf uw agendapunten erbij.",
}
INTERVISION_MEMBERS = [
    "anouk.verbeek@example.org",
    "driss.ouazzani@example.org",
    "kofi.mensah@example.org",
]
CONTACT_USERS = ["contactpersoon-schakel", "contactpersoon-los"]
WAITING_LIST = [
    ("Gerda Vlasblom", "gerda.vlasblom@example.org"),
    ("Hamid El Khatib", "hamid.elkhatib@example.org"),
]
CASE = (
    "Een cliënt die zijn post niet meer openmaakt",
    "Mijn cliënt heeft een stapel ongeopende brieven, ook van de gemeente. Hij "
    "wil dat ik ze voor hem afhandel. Hoe help ik hem zonder het over te nemen?",
)
AGENDA_ITEM = (
    "Nieuwe OCO's inwerken",
    "Hoe laten we nieuwe OCO's meelopen met ervaren OCO's? Ik wil graag horen "
    "hoe de andere groepen dat doen.",
)
INTRO = (
    "Voor vrijwilligers van OCO Almere: trainingen, intervisie en het overleg "
    "van de contactpersonen. Hier leest u hoe u zich aanmeldt."
)
BODY = (
    "<p>Als OCO leert u steeds bij. De coördinatoren organiseren daarom "
    "trainingen en intervisie. Het convenant vraagt alle OCO's om daaraan mee "
    "te doen.</p>"
    "<ul><li><b>Trainingen</b>: over gespreksvoering, de regels van de Wmo en "
    "de Jeugdwet, en over uw eigen grenzen. Nieuwe OCO's beginnen met de "
    "basistraining.</li>"
    "<li><b>Intervisie</b>: in een kleine groep bespreekt u een situatie uit "
    "uw werk als OCO. U leert van elkaar. U kunt vooraf een casus inbrengen.</li>"
    "<li><b>Overleg van de contactpersonen</b>: de contactpersonen van de "
    "groepen praten geregeld met de coördinatoren.</li></ul>"
    "<p>U meldt zich aan via de agenda. U krijgt een bevestiging per e-mail, "
    "met een link om u af te melden. Uw contactpersoon kan u ook aanmelden. "
    "Is een sessie vol? Dan komt u op de wachtlijst. Komt er een plaats vrij, "
    "dan krijgt u bericht.</p>"
)


class AgendaBuilder:
    def __init__(self, log, demo_users):
        self.log = log
        self.demo_users = demo_users
        self.created = 0
        self.today = timezone.localdate()

    def build(self):
        calendars = {slug: self.calendar(name, slug) for name, slug in CALENDARS}
        self.sessions(calendars)
        self.member_registrations()
        self.created += agenda_history.build(self.log, demo_users=self.demo_users)
        if self.demo_users:
            self.contact_person_registrations()
        self.coordinator_permissions()
        self.pages(list(calendars.values()))
        return self.created

    # Dates

    def day(self, days_ahead, weekday):
        first = self.today + datetime.timedelta(days=days_ahead)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7)

    def moment(self, day, hours):
        at = datetime.datetime.combine(day, datetime.time.fromisoformat(hours))
        return timezone.make_aware(at)

    def second_tuesday(self):
        month = self.today.replace(day=1)
        while True:
            first = month + datetime.timedelta(days=(TUE - month.weekday()) % 7)
            second = first + datetime.timedelta(days=7)
            if second >= self.today + datetime.timedelta(days=3):
                return second
            month = (month + datetime.timedelta(days=32)).replace(day=1)

    # Calendars and sessions

    def calendar(self, name, slug):
        calendar, created = Calendar.objects.get_or_create(
            slug=slug, defaults={"name": name}
        )
        self.created += int(created)
        return calendar

    def sessions(self, calendars):
        for spec in SESSIONS:
            calendar, title = calendars[spec["calendar"]], spec["title"]
            if Session.objects.filter(calendar=calendar, title=title).exists():
                continue
            first = spec["first"]
            day = self.second_tuesday() if first == SECOND_TUESDAY else None
            day = day or self.day(*first)
            times, weeks = spec["repeat"]
            for n in range(times):
                self.session(calendar, spec, day + datetime.timedelta(weeks=weeks * n))

    def session(self, calendar, spec, day):
        start, end = spec["hours"].split("-")
        begin = self.moment(day, start)
        recurrence = spec["fields"].get("recurrence", "")
        session = Session.objects.create(
            calendar=calendar,
            title=spec["title"],
            description=DESCRIPTIONS[spec["title"]],
            start=begin,
            end=self.moment(day, end),
            capacity=spec["capacity"],
            rule=rule_for(recurrence, begin),
            end_recurring_period=(
                begin + datetime.timedelta(days=365) if recurrence else None
            ),
            **spec["fields"],
        )
        self.created += 1
        self.log(_("Sessie gemaakt: %(title)s") % {"title": session.title})
        return session

    # Registrations

    def member_registrations(self):
        """On the next open occurrence of sessions that have no registrations
        yet: a full training with a waiting list and a few others, one with a
        case. Loaded without mail, as nobody registered themselves."""
        members = list(Member.objects.active().order_by("name", "pk"))
        by = get_user_model().objects.filter(username="coordinator").first()
        plans = [
            (LIMITS, members, WAITING_LIST),
            (BASIC, members[-2:], []),
            (EVENING, [m for m in members if m.email in INTERVISION_MEMBERS], []),
        ]
        for title, attendees, others in plans:
            slot = self.open_slot(title)
            if slot is None:
                continue
            made = [
                self.register(slot, m.name, m.email, attendee=m, registered_by=by)
                for m in attendees
            ] + [self.register(slot, name, email) for name, email in others]
            if title == EVENING and made and made[0]:
                self.contribution(made[0], "case", CASE)

    def contact_person_registrations(self):
        """The demo contact persons at their first meeting, with an agenda item."""
        slot = self.open_slot(MEETING)
        users = get_user_model().objects.filter(username__in=CONTACT_USERS)
        for user in users.order_by("username") if slot else []:
            made = self.register(
                slot, user.get_full_name(), user.email, registered_by=user
            )
            if made and user.username == CONTACT_USERS[0]:
                self.contribution(made, "agenda_item", AGENDA_ITEM)

    def open_slot(self, title):
        """The first occurrence still open for registration of the session(s)
        with this title; None when they have registrations already."""
        sessions = sessions_queryset().filter(title=title)
        if Registration.objects.filter(occurrence__event__in=sessions).exists():
            return None
        now = timezone.now()
        year = now + datetime.timedelta(days=365)
        for slot in slots_between(now, year, sessions=sessions):
            if slot.registration_closed_reason(now) is None:
                return slot
        return None

    def register(self, slot, name, email, **kwargs):
        try:
            registration = booking.register(
                slot, name=name, email=email, notify=False, **kwargs
            )
        except booking.BookingError as error:
            self.log(f"{name}: {error.message}")
            return None
        self.created += 1
        return registration

    def contribution(self, registration, kind, text):
        Contribution.objects.create(
            registration=registration, kind=kind, subject=text[0], details=text[1]
        )
        self.created += 1

    # Rights and pages

    def coordinator_permissions(self):
        group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
        wanted = Permission.objects.filter(
            Q(content_type__app_label="scheduling")
            | Q(
                content_type__app_label="schedule",
                content_type__model="calendar",
                codename__in=["view_calendar", "add_calendar", "change_calendar"],
            )
        )
        missing = wanted.exclude(pk__in=group.permissions.values("pk"))
        added = list(missing)
        group.permissions.add(*added)
        self.created += len(added)

    def pages(self, calendars):
        home = HomePage.objects.first()
        if home is None:
            return
        page = home.get_children().filter(slug="voor-ocos").specific().first()
        new_page = page is None
        if new_page:
            page = StandardPage(
                title="Voor OCO's",
                slug="voor-ocos",
                intro=INTRO,
                live=False,
                show_in_footer=True,
            )
            home.add_child(instance=page)
            self.created += 1
        agenda = page.get_children().filter(slug="agenda").specific().first()
        if agenda is None:
            agenda = AgendaPage(
                title="Agenda voor OCO's",
                slug="agenda",
                intro="<p>Trainingen, intervisie en het overleg van de "
                "contactpersonen. Kies een sessie om u aan te melden.</p>",
                form_intro="Meld u aan met het e-mailadres dat uw contactpersoon "
                "van u heeft. Dan weten wij bij welke groep u hoort.",
                calendars=calendars,
                live=False,
            )
            page.add_child(instance=agenda)
            agenda.save_revision(log_action=True).publish()
            self.created += 1
            self.log(_("Pagina gemaakt: %(title)s") % {"title": agenda.title})
        if new_page:
            page.refresh_from_db()
            page.body = [
                ("paragraph", BODY),
                (
                    "call_to_action",
                    {
                        "title": "Naar de agenda",
                        "text": "Bekijk de trainingen en intervisie, en meld u aan.",
                        "page": agenda,
                        "link_label": "Bekijk de agenda",
                    },
                ),
            ]
            page.save_revision(log_action=True).publish()
            self.log(_("Pagina gemaakt: %(title)s") % {"title": page.title})


def build(log=print, demo_users=False, demo_password=None):
    """Returns the number of objects created; 0 when everything existed."""
    return AgendaBuilder(log, demo_users).build()
