import datetime

import factory

from intake.choices import SubmittedBy
from intake.models import Request, Trajectory, TrajectoryStep


class RequestFactory(factory.django.DjangoModelFactory):
    """A made-up request from a resident, as the web form saves it."""

    submitted_by = SubmittedBy.RESIDENT
    name = factory.Sequence(lambda n: f"Inwoner Verzonnen {n}")
    phone = "06 23456789"
    email = factory.Sequence(lambda n: f"inwoner{n}@example.org")
    postcode = "1315 AB"
    domains = factory.LazyFunction(lambda: ["wmo"])
    conversation_subject = "Een gesprek over hulp bij het huishouden."
    agency = "Wmo-loket"
    consent = True

    class Meta:
        model = Request


class TrajectoryFactory(factory.django.DjangoModelFactory):
    request = factory.SubFactory(RequestFactory)

    class Meta:
        model = Trajectory


class TrajectoryStepFactory(factory.django.DjangoModelFactory):
    trajectory = factory.SubFactory(TrajectoryFactory)
    date = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = TrajectoryStep
