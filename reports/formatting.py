"""Numbers as the report shows them: Dutch notation (10.000; 12,5%)."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format

ONE_DECIMAL = Decimal("0.1")
NO_VALUE = "\N{EN DASH}"  # a percentage of nothing, or no median


def rounded(value) -> Decimal:
    """One decimal, rounded half up as people do by hand (12,25 -> 12,3)."""
    return Decimal(str(value)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Percent:
    """part of whole as a percentage; no value when the whole is zero."""

    part: int
    whole: int

    @property
    def value(self) -> Decimal | None:
        if not self.whole:
            return None
        return rounded(Decimal(self.part) * 100 / Decimal(self.whole))

    def __str__(self):
        return format_percent(self.value)


def format_count(value) -> str:
    return number_format(value, use_l10n=True, force_grouping=True)


def format_decimal(value) -> str:
    """A number with one decimal at most: 5 stays 5, 3.5 becomes 3,5."""
    value = rounded(value)
    if value == value.to_integral_value():
        return format_count(int(value))
    return number_format(value, decimal_pos=1, use_l10n=True, force_grouping=True)


def format_percent(value) -> str:
    if value is None:
        return NO_VALUE
    return number_format(value, decimal_pos=1, use_l10n=True) + "%"


def format_value(value) -> str:
    if value is None:
        return NO_VALUE
    if isinstance(value, Percent):
        return str(value)
    if isinstance(value, bool | str):
        return str(value)
    if isinstance(value, int):
        return format_count(value)
    return format_decimal(value)
