import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from pool.models import Member, Organisation, PoolIndexPage, RosterGroupPage


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
