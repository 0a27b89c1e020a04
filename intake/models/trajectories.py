from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.choices import EndReason, Step, TrajectoryStatus


class TrajectoryQuerySet(models.QuerySet):
    def running(self):
        return self.filter(status=TrajectoryStatus.RUNNING)

    def proposed(self):
        return self.filter(status=TrajectoryStatus.PROPOSED)

    def approved(self):
        """Running or ended after approval: the member really supported someone."""
        return self.filter(approved_at__isnull=False)


class Trajectory(models.Model):
    """One OCO supporting one request: proposed, approved by a coordinator,
    and ended after any of the five steps. A request that goes to another OCO
    gets a new trajectory; the old one stays, so its history is kept."""

    request = models.ForeignKey(
        "intake.Request",
        verbose_name=_("aanvraag"),
        on_delete=models.CASCADE,
        related_name="trajectories",
    )
    member = models.ForeignKey(
        "pool.Member",
        verbose_name=_("OCO"),
        on_delete=models.PROTECT,
        related_name="trajectories",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=TrajectoryStatus.choices,
        default=TrajectoryStatus.PROPOSED,
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("voorgesteld door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("voorgesteld op"), default=timezone.now)
    proposal_note = models.TextField(
        _("toelichting bij het voorstel"), blank=True, max_length=2000
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("goedgekeurd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("goedgekeurd op"), null=True, blank=True)
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden van beëindigen"), max_length=30, choices=EndReason.choices, blank=True
    )
    # Kept after the request is anonymised: support per organisation.
    organisation_name = models.CharField(_("organisatie"), max_length=200, blank=True)
    first_for_member = models.BooleanField(
        _("eerste traject van deze OCO"),
        default=False,
        help_text=_("De contactpersoon krijgt hiervan één keer bericht."),
    )
    phone_consent = models.BooleanField(
        _("toestemming om te bellen"),
        default=False,
        help_text=_(
            "De inwoner geeft toestemming dat de OCO namens hem of haar een "
            "organisatie belt, alleen als de inwoner erbij is."
        ),
    )
    phone_consent_on = models.DateField(
        _("toestemming gegeven op"), null=True, blank=True
    )
    follow_up = models.BooleanField(
        _("vervolgondersteuning"),
        default=False,
        help_text=_("De OCO blijft ondersteunen na het eerste gesprek."),
    )

    objects = TrajectoryQuerySet.as_manager()

    class Meta:
        ordering = ["proposed_at", "pk"]
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=Q(first_for_member=True),
                name="intake_one_first_trajectory_per_member",
            ),
            models.UniqueConstraint(
                fields=["request"],
                condition=Q(status="running"),
                name="intake_one_running_trajectory_per_request",
            ),
        ]

    def __str__(self):
        return str(_("Traject %(reference)s")) % {"reference": self.request.reference}

    @property
    def is_running(self) -> bool:
        return self.status == TrajectoryStatus.RUNNING


class TrajectoryStep(models.Model):
    trajectory = models.ForeignKey(
        Trajectory, on_delete=models.CASCADE, related_name="steps"
    )
    step = models.CharField(_("stap"), max_length=20, choices=Step.choices)
    date = models.DateField(_("datum"))
    note = models.TextField(_("notitie"), blank=True, max_length=2000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")
        constraints = [
            models.UniqueConstraint(
                fields=["trajectory", "step"], name="intake_one_record_per_step"
            )
        ]

    def __str__(self):
        return self.get_step_display()
