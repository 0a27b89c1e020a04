"""The hand-made organisations of the fee overview tests, around FEE_YEAR
(2016), before the organisations of the site's initial content (2018)."""

import datetime

import pytest
from django.utils import timezone

from intake.choices import TrajectoryStatus
from intake.factories import RequestFactory, TrajectoryFactory
from pool.factories import MemberFactory, OrganisationFactory, RosterGroupPageFactory

FEE_YEAR = 2016


def local_moment(*args):
    return timezone.make_aware(datetime.datetime(*args))


def organisation_with_group(name, **fields):
    organisation = OrganisationFactory(name=name, **fields)
    group = RosterGroupPageFactory(title=f"Groep {name}", organisation=organisation)
    return organisation, group


def member(group, name, joined_on, left_on=None, vog_date=None):
    return MemberFactory(
        page=group,
        name=name,
        joined_on=joined_on,
        left_on=left_on,
        active=left_on is None,
        vog_date=vog_date,
    )


def approved(member, approved_at, request=None, status=TrajectoryStatus.RUNNING):
    return TrajectoryFactory(
        member=member,
        request=request or RequestFactory(),
        status=status,
        approved_at=approved_at,
    )


@pytest.fixture(name="fee_year_organisations")
def fee_year_organisations_fixture(db):
    """The answers for FEE_YEAR are worked out by hand in the tests. VOG's are
    valid for 3 years (the default setting)."""
    d = datetime.date
    alfa, alfa_group = organisation_with_group(
        "Stichting Alfa", bo_plus_active=True, active_from=d(2015, 1, 1)
    )
    a1 = member(alfa_group, "Anna Eén", d(2015, 3, 1), vog_date=d(2015, 6, 1))
    a2 = member(alfa_group, "Anton Twee", d(2016, 5, 1), vog_date=d(2012, 1, 1))
    a3 = member(alfa_group, "Aisha Drie", d(2014, 1, 1), d(2016, 6, 30), d(2016, 1, 1))
    member(alfa_group, "Arend Later", d(2017, 2, 1), vog_date=d(2017, 1, 15))
    member(alfa_group, "Alie Eerder", d(2013, 1, 1), d(2015, 12, 31), d(2013, 1, 1))
    member(alfa_group, "Abel Zonder", d(2016, 1, 1))

    bravo, bravo_group = organisation_with_group(
        "Vereniging Bravo", bo_plus_active=False, active_from=d(2016, 7, 1)
    )
    b1 = member(bravo_group, "Bea Eén", d(2016, 7, 1), vog_date=d(2016, 12, 31))
    member(bravo_group, "Bart Twee", d(2016, 12, 31))

    charlie, charlie_group = organisation_with_group(
        "Buurtwerk Charlie",
        bo_plus_active=True,
        active_from=d(2015, 1, 1),
        active_until=d(2016, 3, 15),
    )
    member(charlie_group, "Cor Blijft", d(2015, 1, 1), vog_date=d(2015, 1, 1))
    member(charlie_group, "Cas Weg", d(2015, 1, 1), d(2016, 2, 1), d(2015, 1, 1))

    delta, delta_group = organisation_with_group(
        "Zorgcoöperatie Delta", bo_plus_active=True, active_from=d(2017, 1, 1)
    )
    member(delta_group, "Dirk Vroeg", d(2016, 1, 1), vog_date=d(2016, 1, 1))
    echo, _echo_group = organisation_with_group(
        "Echo Vroeger",
        bo_plus_active=False,
        active_from=d(2014, 1, 1),
        active_until=d(2015, 12, 31),
    )

    # Alfa: two residents in 2016 (one of them went to a second OCO of Alfa).
    moved = RequestFactory()
    approved(a1, local_moment(2016, 3, 1, 10), moved, TrajectoryStatus.ENDED)
    approved(a3, local_moment(2016, 4, 1, 10), moved)
    approved(a2, local_moment(2016, 12, 31, 23, 30))
    approved(a1, local_moment(2017, 1, 1, 0, 30))
    TrajectoryFactory(member=a1, status=TrajectoryStatus.PROPOSED)
    # Bravo: one resident.
    approved(b1, local_moment(2016, 8, 1, 9))
    return {
        "alfa": alfa,
        "bravo": bravo,
        "charlie": charlie,
        "delta": delta,
        "echo": echo,
    }
