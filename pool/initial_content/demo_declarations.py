"""A year of made-up declarations for a demo installation: members' hours for
support, trainings and intervision, the demo contact persons' own hours, most
approved and paid, the last weeks' still waiting, one rejected. One member also
reports allowances from other volunteer work, and a waiting declaration of
hers passes the month's maximum, so the approval warning can be seen.

Amounts are fixed as approval would fix them, with the year's figures from
AllowanceYear. Only runs when no declaration exists, so running it again
creates nothing."""

import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from pool.allowances import money
from pool.models import (
    Activity,
    AllowanceYear,
    Declaration,
    DeclarationStatus,
    Member,
    OtherAllowance,
    RosterGroupPage,
)

SEED = 2026
DESCRIPTIONS = {
    Activity.TRAJECTORY: ["Kennismaking", "Toegangsgesprek", "Gesprek nabespreken"],
    Activity.TRAINING: ["Basistraining", "Training omgaan met grenzen"],
    Activity.INTERVISION: ["Intervisie"],
    Activity.MEETING: ["Informatiemarkt in de bibliotheek"],
    Activity.CONTACT_PERSON: ["Overleg met de groep", "Contactpersonenoverleg"],
}
BUS_TICKET = (Decimal("6.40"), "Bus heen en terug")
BUSY_MEMBER = "driss.ouazzani@example.org"


def build(log=print) -> int:
    if Declaration.objects.exists():
        return 0
    years = {row.year: row for row in AllowanceYear.objects.all()}
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    rng = random.Random(SEED)
    today = timezone.localdate()
    rows = []
    for member in Member.objects.active().select_related("page"):
        for day in working_days(rng, today, per_month=rng.randint(1, 3)):
            if day >= member.joined_on:
                rows.append(member_declaration(rng, member, day))
    for group in RosterGroupPage.objects.filter(contact_person__isnull=False):
        for day in working_days(rng, today, per_month=1):
            rows.append(contact_person_declaration(rng, group, day))
    paid_to_contact_persons = {}
    for row in rows:
        decide(row, years, today, coordinator, paid_to_contact_persons)
    reject_one(rows, coordinator)
    Declaration.objects.bulk_create(rows)
    count = len(rows) + other_allowances(today)
    log(_("Demo-declaraties gemaakt: %(count)s") % {"count": len(rows)})
    return count


def working_days(rng, today, per_month):
    """Days in each of the last twelve months, none in the future."""
    for months_ago in range(11, -1, -1):
        year, month = today.year, today.month - months_ago
        while month < 1:
            year, month = year - 1, month + 12
        for _index in range(per_month):
            day = datetime.date(year, month, rng.randint(1, 28))
            if day <= today:
                yield day


def member_declaration(rng, member, day):
    activity = rng.choice(
        [Activity.TRAJECTORY] * 4
        + [Activity.TRAINING, Activity.INTERVISION, Activity.MEETING]
    )
    costs, note = BUS_TICKET if rng.random() < 0.3 else (Decimal("0"), "")
    hours = Decimal(rng.choice(["1.5", "2", "2.5", "3", "4"]))
    if member.email == BUSY_MEMBER:
        hours *= 3
    return Declaration(
        member=member,
        group=member.page,
        declarant_name=member.name,
        date=day,
        activity=activity,
        description=rng.choice(DESCRIPTIONS[activity]),
        hours=hours,
        costs=costs,
        costs_note=note,
        submitted_at=submitted_on(day),
    )


def contact_person_declaration(rng, group, day):
    user = group.contact_person
    return Declaration(
        contact_person=user,
        group=group,
        declarant_name=user.get_full_name() or user.get_username(),
        date=day,
        activity=Activity.CONTACT_PERSON,
        description=rng.choice(DESCRIPTIONS[Activity.CONTACT_PERSON]),
        hours=Decimal(rng.choice(["1", "2", "3"])),
        submitted_at=submitted_on(day),
    )


def submitted_on(day):
    moment = datetime.datetime.combine(day, datetime.time(20, 0))
    return timezone.make_aware(moment)


def decide(row, years, today, coordinator, paid_to_contact_persons):
    """Approve what is older than three weeks, as approval would, with the
    contact persons' cap; declarations are paid on the 15th of the next month.
    paid_to_contact_persons: (user id, year) -> amount approved so far."""
    allowance_year = years.get(row.date.year)
    if allowance_year is None or (today - row.date).days < 21:
        return
    row.status = DeclarationStatus.APPROVED
    row.hourly_rate = allowance_year.hourly_rate
    row.amount = money(row.hours * allowance_year.hourly_rate + row.costs)
    row.paid_amount = row.amount
    if row.activity == Activity.CONTACT_PERSON:
        key = (row.contact_person.pk, row.date.year)
        before = paid_to_contact_persons.get(key, Decimal("0"))
        room = max(Decimal("0"), allowance_year.contact_person_max_per_year - before)
        row.paid_amount = min(row.amount, room)
        paid_to_contact_persons[key] = before + row.paid_amount
    row.decided_by = coordinator
    row.decided_at = row.submitted_at + datetime.timedelta(days=7)
    payday = (row.date.replace(day=1) + datetime.timedelta(days=45)).replace(day=15)
    if payday <= today:
        row.paid_on = payday


def reject_one(rows, coordinator):
    decided = [row for row in rows if row.status == DeclarationStatus.APPROVED]
    if not decided:
        return
    row = decided[len(decided) // 2]
    row.status = DeclarationStatus.REJECTED
    row.hourly_rate = row.amount = row.paid_amount = row.paid_on = None
    row.rejection_reason = _("Deze uren zijn al eerder gedeclareerd.")


def other_allowances(today) -> int:
    """The busy member also volunteers at a food bank for a fixed fee."""
    member = Member.objects.active().filter(email=BUSY_MEMBER).first()
    if member is None:
        return 0
    month = today.replace(day=1)
    OtherAllowance.objects.create(
        member=member,
        month=month,
        amount=Decimal("75"),
        organisation="Voedselbank (verzonnen)",
    )
    return 1
