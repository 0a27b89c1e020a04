import calendar
from datetime import timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from schedule.models import Event, Rule

from .. import conf


class Recurrence(models.TextChoices):
    NONE = "", _("Eenmalig")
    WEEKLY = "weekly", _("Elke week")
    FORTNIGHTLY = "fortnightly", _("Om de week")
    MONTHLY_DATE = "monthly_date", _("Elke maand op dezelfde datum")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Elke maand op dezelfde weekdag")


WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def rule_for(recurrence, start):
    """The django-scheduler Rule for a recurrence starting at ``start``.

    Rules are shared rows; the monthly-by-weekday rule names the weekday and
    its position in the month ("the second Tuesday", "the last Friday")."""
    if not recurrence:
        return None
    frequency, params = {
        Recurrence.WEEKLY: ("WEEKLY", ""),
        Recurrence.FORTNIGHTLY: ("WEEKLY", "interval:2"),
        Recurrence.MONTHLY_DATE: ("MONTHLY", ""),
    }.get(recurrence, ("MONTHLY", None))
    if params is None:
        local = timezone.localtime(start)
        days_in_month = calendar.monthrange(local.year, local.month)[1]
        position = -1 if local.day + 7 > days_in_month else (local.day - 1) // 7 + 1
        params = f"byweekday:{WEEKDAY_CODES[local.weekday()]};bysetpos:{position}"
    rule, _created = Rule.objects.get_or_create(
        frequency=frequency,
        params=params,
        defaults={"name": f"{recurrence} {params}"[:32], "description": recurrence},
    )
    return rule


class ContributionKind(models.TextChoices):
    CASE = "case", _("Casus voor intervisie")
    AGENDA_ITEM = "agenda_item", _("Agendapunt")


class Session(Event):
    """A django-scheduler Event with what registration needs.

    Title, description, start, end, calendar, rule and end of recurrence live
    on the Event; its occurrences are computed by django-scheduler and stored
    once someone registers for one."""

    place = models.CharField(
        _("plaats"),
        max_length=255,
        blank=True,
        help_text=_("Adres of zaal. Laat leeg als de sessie alleen online is."),
    )
    online_link = models.URLField(
        _("link voor online deelname"),
        blank=True,
        help_text=_("Alleen aangemelde deelnemers krijgen deze link in hun mail."),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"),
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
    )
    audience = models.CharField(_("voor wie"), max_length=50)
    registration_closes_hours = models.PositiveIntegerField(
        _("aanmelden sluit (uren voor de start)"),
        default=24,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_(
            "Daarna kan niemand zich meer aanmelden. Afmelden kan tot de start."
        ),
    )
    recurrence = models.CharField(
        _("herhaling"), max_length=20, choices=Recurrence.choices, blank=True
    )
    contribution_kind = models.CharField(
        _("inbreng van deelnemers"),
        max_length=20,
        choices=ContributionKind.choices,
        blank=True,
        help_text=_(
            "Een casus (intervisie) of agendapunten (overleg) die deelnemers "
            "vooraf kunnen inbrengen."
        ),
    )

    class Meta:
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        ordering = ["start"]

    def save(self, *args, **kwargs):
        if not self.audience:
            self.audience = conf.default_audience()
        super().save(*args, **kwargs)

    @property
    def is_public(self):
        return conf.is_public_audience(self.audience)

    @property
    def audience_label(self):
        return conf.audiences().get(self.audience, {}).get("label", self.audience)

    def registration_deadline(self, occurrence_start):
        return occurrence_start - timedelta(hours=self.registration_closes_hours)

    @property
    def duration(self):
        return self.end - self.start
