from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now=None):
        now = now or timezone.now()
        return self.filter(status=OutgoingMail.Status.PENDING, next_attempt_at__lte=now)


class OutgoingMail(models.Model):
    """A mail written in the same transaction as the change it reports.

    Sending happens afterwards, in a background task, so a mail server that is
    down never rolls back a registration; the row stays pending and is retried
    until it is sent or has failed too often."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzending")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    registration = models.ForeignKey(
        "scheduling.Registration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mails",
    )
    purpose = models.CharField(_("soort"), max_length=30)
    to = models.EmailField(_("aan"))
    subject = models.CharField(_("onderwerp"), max_length=255)
    body = models.TextField(_("tekst"))
    calendar = models.TextField(_("agenda-bijlage"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgaande mail")
        verbose_name_plural = _("uitgaande mail")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.subject} → {self.to}"
