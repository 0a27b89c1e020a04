"""The figures of the fee overview for one calendar year.

The rules, as the page explains them to the coordinators:

- An organisation is in the year when it took part in the convenant on at least
  one day of it. It gets the full yearly fee ("per jaar", convenant 8a), also
  when it took part for part of the year; the BO+ flag is its current value.
- An OCO was delivered in the year when they were on the organisation's roster
  on at least one day of it. "On the reference day" (31 December, or today for
  the current year) counts the members on the roster that day: a member who
  left on that very day still counts, as in the year rule.
- A VOG is valid on a day when it is dated on or before that day and is not
  older than PoolSettings.vog_valid_years (as in the VOG overview).

A constant number of queries, however many organisations there are."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Min, Q

from pool.models import Member, Organisation
from pool.models.organisations import MINIMUM_MEMBERS

from ..figures.members import on_roster, valid_vog_on
from ..figures.trajectories import approved_in
from ..forms import EARLIEST
from ..periods import Period, whole_year


def available_years(today: datetime.date) -> list[int]:
    """From the year the first organisation joined up to this year, newest
    first; never before the report's earliest year, whatever date was typed
    in."""
    first = Organisation.objects.aggregate(first=Min("active_from"))["first"]
    first_year = min(first.year, today.year) if first else today.year
    return list(range(today.year, max(first_year, EARLIEST.year) - 1, -1))


def reference_day(year: int, today: datetime.date) -> datetime.date:
    """The day the roster is counted: today in the current year, else the last
    day of the year."""
    return today if year == today.year else datetime.date(year, 12, 31)


@dataclass
class FeeRow:
    organisation: Organisation
    year: int
    reference_day: datetime.date
    delivered: int = 0
    on_reference_day: int = 0
    vog_valid: int = 0
    residents: int = 0

    @property
    def fee(self) -> Decimal:
        return self.organisation.yearly_fee

    @property
    def started_in_year(self) -> bool:
        return self.organisation.active_from > datetime.date(self.year, 1, 1)

    @property
    def stopped_in_year(self) -> bool:
        until = self.organisation.active_until
        return until is not None and until < datetime.date(self.year, 12, 31)

    @property
    def participates_on_reference_day(self) -> bool:
        organisation = self.organisation
        return organisation.active_from <= self.reference_day and (
            organisation.active_until is None
            or organisation.active_until >= self.reference_day
        )

    @property
    def below_minimum(self) -> bool:
        """Only an organisation that still takes part must deliver three OCO's."""
        return (
            self.participates_on_reference_day
            and self.on_reference_day < MINIMUM_MEMBERS
        )


@dataclass
class FeeOverview:
    year: int
    reference_day: datetime.date
    valid_years: int
    rows: list[FeeRow] = field(default_factory=list)

    @property
    def minimum(self) -> int:
        return MINIMUM_MEMBERS

    @property
    def total_fee(self) -> Decimal:
        return sum((row.fee for row in self.rows), Decimal(0))

    @property
    def total_delivered(self) -> int:
        return sum(row.delivered for row in self.rows)

    @property
    def total_on_reference_day(self) -> int:
        return sum(row.on_reference_day for row in self.rows)

    @property
    def total_vog_valid(self) -> int:
        return sum(row.vog_valid for row in self.rows)

    @property
    def total_residents(self) -> int:
        return sum(row.residents for row in self.rows)

    @property
    def below_minimum_count(self) -> int:
        return sum(1 for row in self.rows if row.below_minimum)


def organisations_in_year(year: int):
    period = whole_year(year)
    return Organisation.objects.filter(active_from__lte=period.end).filter(
        Q(active_until__isnull=True) | Q(active_until__gte=period.start)
    )


def member_counts(organisation_ids, year: int, day: datetime.date, valid_years):
    """{organisation id: counts} in one query."""
    in_year = on_roster(whole_year(year))
    on_day = on_roster(Period(day, day))
    vog_valid = on_day & valid_vog_on(day, valid_years)
    rows = (
        Member.objects.filter(page__organisation__in=organisation_ids)
        .order_by()
        .values("page__organisation")
        .annotate(
            delivered=Count("pk", filter=in_year),
            on_reference_day=Count("pk", filter=on_day),
            vog_valid=Count("pk", filter=vog_valid),
        )
    )
    return {row.pop("page__organisation"): row for row in rows}


def resident_counts(organisation_ids, year: int) -> dict[int, int]:
    """{organisation id: residents} whose support by one of its OCO's a
    coordinator approved in the year, in one query. A resident whose request
    went to a second OCO of the same organisation counts once."""
    rows = (
        approved_in(whole_year(year))
        .filter(member__page__organisation__in=organisation_ids)
        .order_by()
        .values("member__page__organisation")
        .annotate(residents=Count("request", distinct=True))
    )
    return {row["member__page__organisation"]: row["residents"] for row in rows}


def fee_overview(year: int, today: datetime.date, valid_years: int) -> FeeOverview:
    day = reference_day(year, today)
    overview = FeeOverview(year=year, reference_day=day, valid_years=valid_years)
    organisations = list(organisations_in_year(year).order_by("name", "pk"))
    ids = [organisation.pk for organisation in organisations]
    members = member_counts(ids, year, day, valid_years) if ids else {}
    residents = resident_counts(ids, year) if ids else {}
    for organisation in organisations:
        overview.rows.append(
            FeeRow(
                organisation=organisation,
                year=year,
                reference_day=day,
                residents=residents.get(organisation.pk, 0),
                **members.get(organisation.pk, {}),
            )
        )
    return overview
