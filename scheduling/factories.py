from datetime import timedelta

import factory
from django.utils import timezone
from schedule.models import Calendar

from .models import Session, rule_for


def next_evening(days=14, hour=19):
    """A local 19:00 some days ahead: a realistic start for a session."""
    day = timezone.localtime() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


class CalendarFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Calendar
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Agenda {n}")
    slug = factory.Sequence(lambda n: f"agenda-{n}")


class SessionFactory(factory.django.DjangoModelFactory):
    """A one-off session two weeks ahead; pass recurrence="weekly" (and
    end_recurring_period) for a series."""

    class Meta:
        model = Session

    calendar = factory.SubFactory(CalendarFactory)
    title = factory.Sequence(lambda n: f"Sessie {n}")
    description = "Een sessie om van elkaar te leren."
    start = factory.LazyFunction(next_evening)
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    place = "Stadhuisplein 1, Almere"
    capacity = 10
    recurrence = ""
    rule = factory.LazyAttribute(lambda o: rule_for(o.recurrence, o.start))
    end_recurring_period = factory.LazyAttribute(
        lambda o: o.start + timedelta(days=90) if o.recurrence else None
    )
