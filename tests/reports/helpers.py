"""Small builders for the report's hand-made data sets. Everything happens in
2015, long before the site's initial content, so the counts are exactly the
ones a test makes."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from intake.factories import RequestFactory, TrajectoryFactory
from pool.factories import MemberFactory, RosterGroupPageFactory
from reports.periods import Period
from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot, store_slot

YEAR = 2015
YEAR_2015 = Period(datetime.date(YEAR, 1, 1), datetime.date(YEAR, 12, 31))


def local(month, day, hour=12, minute=0, year=YEAR):
    """An aware moment in the site's time zone (Europe/Amsterdam)."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def day(month, day_of_month, year=YEAR):
    return datetime.date(year, month, day_of_month)


def request_at(moment, **fields):
    return RequestFactory(submitted_at=moment, **fields)


def group(title="Groep Rapport"):
    return RosterGroupPageFactory(title=title)


def member(page, **fields):
    fields.setdefault("joined_on", day(1, 1, year=YEAR - 1))
    fields.setdefault("vog_date", day(1, 1))
    return MemberFactory(page=page, **fields)


def approved(request, oco, moment, **fields):
    """A trajectory of oco for request that a coordinator approved at moment."""
    fields.setdefault("status", "ended")
    return TrajectoryFactory(request=request, member=oco, approved_at=moment, **fields)


def session_at(slug, moment, **fields):
    calendar = CalendarFactory(slug=slug, name=slug.capitalize())
    return SessionFactory(calendar=calendar, start=moment, **fields)


def register(session, oco=None, email=None, **fields):
    """A registration for the session's first occurrence, tied to oco when
    given (as the pool's members are)."""
    occurrence = store_slot(find_slot(session, session.start))
    if oco is not None:
        fields.update(
            name=oco.name,
            email=oco.email,
            attendee_type=ContentType.objects.get_for_model(oco),
            attendee_id=oco.pk,
        )
    else:
        fields.update(name="Gast Verzonnen", email=email)
    return Registration.objects.create(occurrence=occurrence, **fields)
