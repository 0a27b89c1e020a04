from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf
from .sessions import ContributionKind


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by(
            "created_at", "pk"
        )

    def for_attendee(self, attendee):
        return self.filter(
            attendee_type=ContentType.objects.get_for_model(attendee),
            attendee_id=attendee.pk,
        )

    def of_person_or_attendees(self, email, attendees):
        """Registrations with this email address (none when it is empty) or
        of one of ``attendees`` (a queryset of the attendee model, or None)."""
        mine = Q(email=email) if email else Q(pk__in=[])
        if attendees is not None:
            mine |= Q(
                attendee_type=ContentType.objects.get_for_model(attendees.model),
                attendee_id__in=attendees.values("pk"),
            )
        return self.filter(mine)

    def to_check(self):
        """Registrations from the public form whose email matched nobody."""
        if conf.attendee_model() is None:
            return self.none()
        return self.active().filter(attendee_id__isnull=True, checked=False)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Aangemeld")
        WAITING = "waiting", _("Op de wachtlijst")
        CANCELLED = "cancelled", _("Afgemeld")

    occurrence = models.ForeignKey(
        "schedule.Occurrence",
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("sessie"),
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    attendee_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    attendee_id = models.PositiveBigIntegerField(null=True, blank=True)
    attendee = GenericForeignKey("attendee_type", "attendee_id")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    checked = models.BooleanField(
        _("gecontroleerd"),
        default=False,
        help_text=_("Een coördinator heeft deze aanmelding bekeken."),
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aangemeld door"),
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    status_changed_at = models.DateTimeField(_("status gewijzigd op"), null=True)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "email"],
                condition=~Q(status="cancelled"),
                name="scheduling_one_active_registration_per_email",
            )
        ]
        indexes = [
            models.Index(fields=["occurrence", "status"]),
            models.Index(fields=["attendee_type", "attendee_id"]),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def needs_check(self):
        return (
            conf.attendee_model() is not None
            and self.attendee_id is None
            and not self.checked
            and self.status != self.Status.CANCELLED
        )

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class Contribution(models.Model):
    """A case for intervision or an agenda item for a meeting, brought in by
    someone who registered."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.PROTECT,
        related_name="contributions",
        verbose_name=_("aanmelding"),
    )
    kind = models.CharField(_("soort"), max_length=20, choices=ContributionKind.choices)
    subject = models.CharField(_("onderwerp"), max_length=200)
    details = models.TextField(_("toelichting"), max_length=3000)
    created_at = models.DateTimeField(_("ingebracht op"), default=timezone.now)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("inbreng")
        verbose_name_plural = _("inbreng")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject


class PersonalFeed(models.Model):
    """The secret address of one person's calendar feed of their sessions."""

    token = models.CharField(max_length=64, unique=True)
    email = models.EmailField(blank=True)
    attendee_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    attendee_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attendee_type", "attendee_id"],
                condition=Q(attendee_id__isnull=False),
                name="scheduling_one_feed_per_attendee",
            ),
            models.UniqueConstraint(
                fields=["email"],
                condition=Q(attendee_id__isnull=True),
                name="scheduling_one_feed_per_email",
            ),
        ]

    def __str__(self):
        return self.email

    def registrations(self):
        queryset = Registration.objects.active().select_related(
            "occurrence__event__session"
        )
        if self.attendee_id is not None:
            return queryset.filter(
                attendee_type=self.attendee_type_id, attendee_id=self.attendee_id
            )
        return queryset.filter(email=self.email)
