"""The tax-free maxima of a volunteer allowance for volunteers of 21 and older,
as the tax authority published them, and OCO Almere's rate per hour. A year
that exists is left alone: a coordinator may have corrected it. Check the
figures of a new year on belastingdienst.nl before adding it."""

from decimal import Decimal

from django.utils.translation import gettext as _

from pool.models import AllowanceYear

SOURCE = "belastingdienst.nl, vrijwilligersvergoeding"
YEARS = [
    # year, per hour, per month, per year
    (2024, "5.50", "210", "2100"),
    (2025, "5.60", "210", "2100"),
    (2026, "5.75", "220", "2200"),
]


def build(log=print) -> int:
    created = 0
    for year, per_hour, per_month, per_year in YEARS:
        _row, is_new = AllowanceYear.objects.get_or_create(
            year=year,
            defaults={
                "max_per_hour": Decimal(per_hour),
                "max_per_month": Decimal(per_month),
                "max_per_year": Decimal(per_year),
                "hourly_rate": Decimal(per_hour),
                "contact_person_max_per_year": Decimal("250"),
                "source": SOURCE,
            },
        )
        if is_new:
            created += 1
            log(_("Vrijwilligersvergoeding toegevoegd: %(year)s") % {"year": year})
    return created
