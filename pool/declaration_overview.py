"""What a member sees of their own allowance on their personal page: their
declarations of this year (and any older one still waiting for a decision),
what was approved this year and what is left under this year's tax-free
maximum, counting what they reported from other volunteer work (convenant 8b)
and their hours as a contact person, if they are one. Four queries."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone

from pool.allowances import ZERO, money
from pool.models import AllowanceYear, Declaration, DeclarationStatus, OtherAllowance


@dataclass
class Overview:
    year: int
    allowance_year: AllowanceYear | None
    declarations: list
    approved_total: Decimal
    other_total: Decimal

    @property
    def left_this_year(self) -> Decimal | None:
        if self.allowance_year is None:
            return None
        used = self.approved_total + self.other_total
        return max(ZERO, self.allowance_year.max_per_year - used)


def allowance_year(year: int) -> AllowanceYear | None:
    return AllowanceYear.objects.filter(year=year).first()


def overview(member, today=None) -> Overview:
    today = today or timezone.localdate()
    declarations = list(
        Declaration.objects.filter(member=member)
        .filter(Q(date__year=today.year) | Q(status=DeclarationStatus.SUBMITTED))
        .order_by("-date", "-pk")
    )
    approved = (
        Declaration.objects.approved()
        .filter(member=member, date__year=today.year)
        .aggregate(total=Sum("paid_amount"))["total"]
    )
    other = OtherAllowance.objects.filter(
        member=member, month__year=today.year
    ).aggregate(total=Sum("amount"))["total"]
    return Overview(
        year=today.year,
        allowance_year=allowance_year(today.year),
        declarations=declarations,
        approved_total=money(approved),
        other_total=money(other),
    )
