import datetime

import factory

from intake.choices import SubmittedBy
from intake.models import KeepInTouch, Request, Trajectory, TrajectoryStep


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


class KeepInTouchFactory(factory.django.DjangoModelFactory):
    """A keep-in-touch moment a week ahead, with the trajectory's own member.
    Pass an ended trajectory: the factory does not check, the workflow does."""

    trajectory = factory.SubFactory(TrajectoryFactory)
    planned_on = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=7)
    )
    member = factory.LazyAttribute(lambda moment: moment.trajectory.member)

    class Meta:
        model = KeepInTouch
