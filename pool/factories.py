import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from pool.models import (
    Declaration,
    Member,
    Organisation,
    PoolIndexPage,
    RosterGroupPage,
)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("een-lang-testwachtwoord")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testorganisatie {n}")
    website = "https://organisatie.example.org"
    bo_plus_active = True
    active_from = datetime.date(2020, 1, 1)

    class Meta:
        model = Organisation


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testlid {n}")
    email = factory.Sequence(lambda n: f"lid{n}@example.org")
    phone = "06 12345678"
    languages = "Nederlands"
    domains = factory.LazyFunction(lambda: ["wmo"])
    lived_experience = factory.LazyFunction(lambda: ["schulden"])
    vog_date = datetime.date(2025, 1, 1)
    joined_on = datetime.date(2024, 1, 1)

    class Meta:
        model = Member


class RosterGroupPageFactory(wagtail_factories.PageFactory):
    """A published group page under the pool section, with its Wagtail group."""

    title = factory.Sequence(lambda n: f"Testgroep {n}")
    parent = factory.LazyFunction(PoolIndexPage.objects.get)

    class Meta:
        model = RosterGroupPage
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create:
            obj.save_revision().publish()
            obj.refresh_from_db()


class DeclarationFactory(factory.django.DjangoModelFactory):
    """A member's declaration of two hours today, as submitted."""

    member = factory.SubFactory(
        MemberFactory, page=factory.SubFactory(RosterGroupPageFactory)
    )
    group = factory.LazyAttribute(lambda o: o.member.page)
    declarant_name = factory.LazyAttribute(lambda o: o.member.name)
    date = factory.LazyFunction(timezone.localdate)
    activity = "trajectory"
    description = "Aanvraag K7QM-3XPA"
    hours = Decimal("2")

    class Meta:
        model = Declaration


class AllowanceYearFactory(factory.django.DjangoModelFactory):
    """Round figures for 2025, so that amounts can be worked out by hand. The
    initial data may hold the year already: its figures are replaced."""

    year = 2025
    max_per_hour = Decimal("5.60")
    max_per_month = Decimal("210")
    max_per_year = Decimal("2100")
    hourly_rate = Decimal("5.00")
    contact_person_max_per_year = Decimal("250")
    source = "Testbedragen"

    class Meta:
        model = "pool.AllowanceYear"

    @classmethod
    def _create(cls, model_class, *args, year, **kwargs):
        row, _created = model_class.objects.update_or_create(year=year, defaults=kwargs)
        return row
