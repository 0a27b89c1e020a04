import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from intake.choices import KeepInTouchOutcome

NOTE_MAX_LENGTH = 500
# A reminder the daily command could not send in time (it did not run, or the
# moment was planned for today after it ran) still goes out this many days
# after the planned day; later it would only confuse.
REMINDER_CATCH_UP_DAYS = 7


class KeepInTouchQuerySet(models.QuerySet):
    def open(self):
        return self.filter(outcome="")

    def planned_between(self, first: datetime.date, last: datetime.date):
        """Open moments planned from first to last, of requests that still
        have their data: after anonymisation nobody can make the call."""
        return self.open().filter(
            planned_on__gte=first,
            planned_on__lte=last,
            trajectory__request__anonymised_at__isnull=True,
        )

    def due_for_reminder(self, days_before: int, today: datetime.date | None = None):
        """Open moments, not yet reminded, planned within `days_before` days
        (or at most REMINDER_CATCH_UP_DAYS ago), of requests that still have
        their data."""
        today = today or timezone.localdate()
        return self.open().filter(
            reminded_at__isnull=True,
            planned_on__lte=today + datetime.timedelta(days=days_before),
            planned_on__gte=today - datetime.timedelta(days=REMINDER_CATCH_UP_DAYS),
            trajectory__request__anonymised_at__isnull=True,
        )


class KeepInTouch(models.Model):
    """A "waakvlamcontact": after a trajectory ended, a member calls the
    resident on a planned day to hear how things are going, so the resident
    knows they can come back (follow-up support, Heerenveen letter).

    The note goes to the member by mail, so it is short and holds no personal
    data of the resident; it is emptied when the request is anonymised. The
    moments stay with their trajectory, like its steps."""

    trajectory = models.ForeignKey(
        "intake.Trajectory",
        verbose_name=_("traject"),
        on_delete=models.CASCADE,
        related_name="keep_in_touch_moments",
    )
    planned_on = models.DateField(_("datum"))
    member = models.ForeignKey(
        "pool.Member",
        verbose_name=_("OCO"),
        on_delete=models.PROTECT,
        related_name="keep_in_touch_moments",
    )
    note = models.TextField(
        _("notitie voor de OCO"),
        blank=True,
        max_length=NOTE_MAX_LENGTH,
        help_text=_(
            "Gaat per mail naar de OCO. Zet er geen gegevens van de inwoner in: "
            "geen naam, telefoonnummer, adres of waar het over ging."
        ),
    )
    planned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gepland door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("gepland op"), default=timezone.now)
    reminded_at = models.DateTimeField(
        _("herinnering verstuurd op"), null=True, blank=True
    )
    outcome = models.CharField(
        _("afloop"),
        max_length=20,
        choices=KeepInTouchOutcome.choices,
        blank=True,
    )
    done_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)

    objects = KeepInTouchQuerySet.as_manager()

    class Meta:
        ordering = ["planned_on", "pk"]
        verbose_name = _("waakvlamcontact")
        verbose_name_plural = _("waakvlamcontacten")
        constraints = [
            models.UniqueConstraint(
                fields=["trajectory"],
                condition=Q(outcome=""),
                name="intake_one_open_keep_in_touch_per_trajectory",
            )
        ]
        indexes = [models.Index(fields=["outcome", "planned_on"])]

    def __str__(self):
        return str(_("Waakvlamcontact %(date)s")) % {
            "date": date_format(self.planned_on, "j F Y")
        }

    @property
    def is_open(self) -> bool:
        return not self.outcome
