"""The period a report covers: whole local days from start to end, both
included, and the quick choices a coordinator picks from.

"Local" is the organisation's time zone (settings.TIME_ZONE), named
explicitly: Wagtail activates the time zone of the user's profile in its admin
views, and the figures must not depend on who looks at them."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pool.models.members import years_before

ONE_DAY = datetime.timedelta(days=1)
QUARTER_START_MONTHS = (1, 4, 7, 10)


def site_zone() -> zoneinfo.ZoneInfo:
    """The organisation's time zone."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def site_today() -> datetime.date:
    return timezone.localdate(timezone=site_zone())


def local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time.min), site_zone()
    )


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @property
    def starts_at(self) -> datetime.datetime:
        """The first moment of the period, at local midnight."""
        return local_midnight(self.start)

    @property
    def ends_before(self) -> datetime.datetime:
        """The first moment after the period: local midnight after the end."""
        return local_midnight(self.end + ONE_DAY)

    def months(self) -> list[datetime.date]:
        """The first day of every month the period touches."""
        month = self.start.replace(day=1)
        months = []
        while month <= self.end:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months

    @property
    def file_label(self) -> str:
        return f"{self.start:%Y-%m-%d}-tot-en-met-{self.end:%Y-%m-%d}"

    def __str__(self):
        return _("%(start)s t/m %(end)s") % {
            "start": date_format(self.start, "j F Y"),
            "end": date_format(self.end, "j F Y"),
        }


@dataclass(frozen=True)
class QuickChoice:
    label: str
    period: Period


def whole_year(year: int) -> Period:
    return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def this_year(today: datetime.date) -> Period:
    return Period(today.replace(month=1, day=1), today)


def default_period(today: datetime.date | None = None) -> Period:
    """This calendar year so far."""
    return this_year(today or site_today())


def quarter(year: int, number: int) -> Period:
    start = datetime.date(year, QUARTER_START_MONTHS[number - 1], 1)
    if number == 4:
        return Period(start, datetime.date(year, 12, 31))
    next_start = datetime.date(year, QUARTER_START_MONTHS[number], 1)
    return Period(start, next_start - ONE_DAY)


def quick_choices(today: datetime.date | None = None) -> list[QuickChoice]:
    """This year so far, last year, the quarters of this year that have begun
    (the running one until today) and the last twelve months."""
    today = today or site_today()
    choices = [
        QuickChoice(_("Dit jaar"), this_year(today)),
        QuickChoice(_("Vorig jaar"), whole_year(today.year - 1)),
    ]
    for number in range(1, 5):
        period = quarter(today.year, number)
        if period.start > today:
            break
        choices.append(
            QuickChoice(
                _("%(number)de kwartaal %(year)d")
                % {"number": number, "year": today.year},
                Period(period.start, min(period.end, today)),
            )
        )
    choices.append(
        QuickChoice(
            _("Laatste 12 maanden"), Period(years_before(today, 1) + ONE_DAY, today)
        )
    )
    return choices
