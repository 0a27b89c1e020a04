"""A hand-made year of figures for the allowance checks: 2025 with round
numbers, so each expected amount can be worked out by hand in the tests."""

import datetime
from decimal import Decimal

from pool.models import Activity, AllowanceYear, Declaration, DeclarationStatus

YEAR = 2025


def set_year(**figures) -> AllowanceYear:
    defaults = {
        "max_per_hour": Decimal("5.60"),
        "max_per_month": Decimal("210"),
        "max_per_year": Decimal("2100"),
        "hourly_rate": Decimal("5.00"),
        "contact_person_max_per_year": Decimal("250"),
        **{key: Decimal(str(value)) for key, value in figures.items()},
    }
    row, _created = AllowanceYear.objects.update_or_create(year=YEAR, defaults=defaults)
    return row


def declaration(member=None, *, day, hours=0, costs=0, user=None, **fields):
    """A submitted declaration of a member, or of a contact person (user) for
    their own hours, in the group of the member or the one given."""
    activity = Activity.CONTACT_PERSON if user else Activity.TRAJECTORY
    group = fields.pop("group", None) or member.page
    return Declaration.objects.create(
        member=member,
        contact_person=user,
        group=group,
        declarant_name=member.name if member else user.username,
        date=datetime.date(YEAR, *day),
        activity=fields.pop("activity", activity),
        description="Test",
        hours=Decimal(str(hours)),
        costs=Decimal(str(costs)),
        costs_note="Bus" if costs else "",
        **fields,
    )


def approved(member=None, *, day, hours=0, costs=0, rate="5.00", **fields):
    """An approved declaration as approve() would leave it at this rate."""
    amount = Decimal(str(hours)) * Decimal(rate) + Decimal(str(costs))
    return declaration(
        member,
        day=day,
        hours=hours,
        costs=costs,
        **fields,
        status=DeclarationStatus.APPROVED,
        hourly_rate=Decimal(rate),
        amount=amount,
        paid_amount=amount,
    )
