from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RequestMailQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(
            status=RequestMail.Status.PENDING,
            next_attempt_at__lte=now or timezone.now(),
        )


class RequestMail(models.Model):
    """A mail about a request, stored with the change it reports and sent
    afterwards by a background task, so a mail server that is down loses
    nothing. Subjects never hold personal data; only the resident's own
    confirmation goes to the resident's address."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzending")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    request = models.ForeignKey(
        "intake.Request",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="mails",
    )
    purpose = models.CharField(_("soort"), max_length=30)
    to = models.EmailField(_("aan"))
    subject = models.CharField(_("onderwerp"), max_length=255)
    body = models.TextField(_("tekst"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    objects = RequestMailQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("mail over een aanvraag")
        verbose_name_plural = _("mails over aanvragen")

    def __str__(self):
        return self.subject
