"""What a declaration is worth and whether paying it keeps its declarant within
the tax-free maxima of its year (convenant 8b) and, for a contact person's own
hours, within their yearly cap (afsprakenblad).

The amount is the hours times the year's rate plus the costs. The convenant
counts the total of allowances and costs, and the allowances the member
receives for other volunteer work, so the month and year checks do too:
- per year: approved amounts of the year + other allowances of the year;
- per month: the same within the declaration's month;
- per hour: the rate paid for the declared hours (costs are paid per item,
  not per hour, so a bus ticket does not make an hour worth more);
- contact person: approved contact-person amounts of the year; what would go
  past the cap is not paid.
"""

import calendar
import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q, Sum
from django.utils import formats
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from pool.models import Activity, AllowanceYear, Declaration, OtherAllowance
from pool.models.declarations import person_records

CENT = Decimal("0.01")
ZERO = Decimal("0")

HOUR, MONTH, YEAR, CONTACT_PERSON_CAP = "hour", "month", "year", "contact_person"


def euro(amount: Decimal) -> str:
    number = formats.number_format(
        amount, decimal_pos=2, use_l10n=True, force_grouping=True
    )
    return f"€ {number}"


def money(amount) -> Decimal:
    return Decimal(amount or 0).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LimitWarning:
    limit: str
    message: str

    def __str__(self):
        return self.message


@dataclass
class Assessment:
    """A declaration's worth, and the warnings of paying it now."""

    allowance_year: AllowanceYear | None
    amount: Decimal | None = None
    payable: Decimal | None = None
    warnings: list[LimitWarning] = field(default_factory=list)
    # What the person was paid before: the figures behind the warnings.
    totals: "PersonTotals | None" = None

    @property
    def missing_year(self) -> bool:
        return self.allowance_year is None

    def warned_limits(self) -> set[str]:
        return {warning.limit for warning in self.warnings}

    def warnings_text(self) -> str:
        return "\n".join(str(warning) for warning in self.warnings)


@dataclass(frozen=True)
class PersonTotals:
    """What a person was paid (approved) in a year and in one of its months."""

    year_amount: Decimal = ZERO
    month_amount: Decimal = ZERO
    contact_person_amount: Decimal = ZERO
    other_year: Decimal = ZERO
    other_month: Decimal = ZERO


def month_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def person_totals(declaration: Declaration) -> PersonTotals:
    """Two queries: the person's approved declarations, their other allowances.
    The person is their member record and user account together, linked at
    submission or found by email address (person_records)."""
    day = declaration.date
    first, last = month_bounds(day)
    in_month = Q(date__gte=first, date__lte=last)
    approved = (
        Declaration.objects.approved()
        .of_person(declaration.member_id, declaration.contact_person_id)
        .filter(date__year=day.year)
        .exclude(pk=declaration.pk)
        .aggregate(
            year_amount=Sum("paid_amount"),
            month_amount=Sum("paid_amount", filter=in_month),
            contact_person_amount=Sum(
                "paid_amount", filter=Q(activity=Activity.CONTACT_PERSON)
            ),
        )
    )
    members, _users = person_records(
        declaration.member_id, declaration.contact_person_id
    )
    other = OtherAllowance.objects.filter(
        member_id__in=members, month__year=day.year
    ).aggregate(
        other_year=Sum("amount"),
        other_month=Sum("amount", filter=Q(month=first)),
    )
    values = {**approved, **other}
    return PersonTotals(**{key: money(value) for key, value in values.items()})


def assess(declaration: Declaration, allowance_year=None) -> Assessment:
    """The declaration's amount and payable part, with a warning for every
    limit that paying it would pass. Three queries at most."""
    if allowance_year is None:
        allowance_year = AllowanceYear.objects.filter(
            year=declaration.date.year
        ).first()
    if allowance_year is None:
        return Assessment(allowance_year=None)
    amount = money(declaration.hours * allowance_year.hourly_rate + declaration.costs)
    totals = person_totals(declaration)
    payable = amount
    warnings = []
    if declaration.activity == Activity.CONTACT_PERSON:
        cap = allowance_year.contact_person_max_per_year
        room = max(ZERO, cap - totals.contact_person_amount)
        if amount > room:
            payable = room
            warnings.append(cap_warning(cap, totals.contact_person_amount, payable))
    warnings.extend(tax_warnings(declaration, allowance_year, totals, payable))
    return Assessment(allowance_year, amount, payable, warnings, totals)


def cap_warning(cap, paid_before, payable) -> LimitWarning:
    return LimitWarning(
        CONTACT_PERSON_CAP,
        _(
            "Een contactpersoon krijgt voor dit werk ten hoogste %(cap)s per jaar. "
            "Dit jaar is al %(before)s goedgekeurd; van deze declaratie wordt "
            "%(payable)s uitbetaald."
        )
        % {"cap": euro(cap), "before": euro(paid_before), "payable": euro(payable)},
    )


def tax_warnings(declaration, allowance_year, totals, payable) -> list[LimitWarning]:
    day = declaration.date
    month_name = f"{MONTHS[day.month]} {day.year}"
    warnings = []
    year_total = totals.year_amount + totals.other_year + payable
    if year_total > allowance_year.max_per_year:
        warnings.append(
            LimitWarning(
                YEAR,
                _(
                    "Met deze declaratie komt de vergoeding in %(year)s op "
                    "%(total)s, meer dan het belastingvrije maximum van "
                    "%(max)s per jaar."
                )
                % {
                    "year": day.year,
                    "total": euro(year_total),
                    "max": euro(allowance_year.max_per_year),
                },
            )
        )
    month_total = totals.month_amount + totals.other_month + payable
    if month_total > allowance_year.max_per_month:
        warnings.append(
            LimitWarning(
                MONTH,
                _(
                    "Met deze declaratie komt de vergoeding in %(month)s op "
                    "%(total)s, meer dan het belastingvrije maximum van "
                    "%(max)s per maand."
                )
                % {
                    "month": month_name,
                    "total": euro(month_total),
                    "max": euro(allowance_year.max_per_month),
                },
            )
        )
    rate = allowance_year.hourly_rate
    if declaration.hours and rate > allowance_year.max_per_hour:
        warnings.append(
            LimitWarning(
                HOUR,
                _(
                    "De vergoeding van %(rate)s per uur is meer dan het "
                    "belastingvrije maximum van %(max)s per uur in %(year)s."
                )
                % {
                    "rate": euro(rate),
                    "max": euro(allowance_year.max_per_hour),
                    "year": day.year,
                },
            )
        )
    return warnings
