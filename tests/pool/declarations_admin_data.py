"""Declarations for the tests of the declarations' admin: 2025 with the round
figures of AllowanceYearFactory (5.00 an hour; at most 5.60 an hour, 210 a
month, 2100 a year; 250 a year for a contact person), so that every amount
can be worked out by hand."""

import datetime
from decimal import Decimal

from pool.factories import AllowanceYearFactory, DeclarationFactory
from pool.models import Activity

YEAR = 2025


def set_year(**figures):
    """The year's row, created here whatever the initial data holds for it."""
    return AllowanceYearFactory(year=YEAR, **figures)


def member(group, email):
    return group.members.get(email=email)


def declare(member, *, day=(3, 10), hours="2", costs="0", **fields):
    """A member's declaration in YEAR, as submitted."""
    costs = Decimal(costs)
    return DeclarationFactory(
        member=member,
        group=member.page,
        declarant_name=member.name,
        date=datetime.date(YEAR, *day),
        hours=Decimal(hours),
        costs=costs,
        costs_note="Bus heen en terug" if costs else "",
        **fields,
    )


def declare_own_hours(user, group, *, day=(3, 10), hours="2"):
    """A contact person's own hours as contact person in YEAR, as submitted."""
    return DeclarationFactory(
        member=None,
        contact_person=user,
        group=group,
        declarant_name=user.get_full_name() or user.username,
        activity=Activity.CONTACT_PERSON,
        date=datetime.date(YEAR, *day),
        hours=Decimal(hours),
    )
