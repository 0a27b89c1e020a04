"""Mails the public site sends, written to an outbox in the same transaction
as the form's data and sent afterwards (home.outbox), so that a mail server
that is down, a database that is busy or a worker that is stopped loses no
mail. OutboxMail is the base; each kind of mail says what it sends."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class OutboxQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(
            status=OutboxMail.Status.PENDING,
            next_attempt_at__lte=now or timezone.now(),
        )


class OutboxMail(models.Model):
    """One mail waiting to go out, with its attempts. A subclass builds the
    message when it is sent, from what the row points to."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzending")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")
        # What the mail was about is gone (a deleted page, a member who left).
        DROPPED = "dropped", _("Vervallen")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    # The error's type only: an SMTP message may quote an address.
    last_error = models.CharField(_("laatste fout"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    objects = OutboxQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def build_message(self) -> EmailMessage | None:
        """The mail as it goes out now; None when it has nothing to say any
        more."""
        raise NotImplementedError


def addresses(to_address: str) -> list[str]:
    return [address.strip() for address in to_address.split(",") if address.strip()]


class FormNotificationMail(OutboxMail):
    """The notice that a form page has a new response. It links to the
    responses in the admin and does not repeat them: a professional may still
    have written down more about a resident than asked, and the admin is where
    that stays (and can be deleted)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )

    class Meta(OutboxMail.Meta):
        verbose_name = _("melding van een formulierreactie")
        verbose_name_plural = _("meldingen van formulierreacties")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    def build_message(self) -> EmailMessage | None:
        page = self.page.specific
        recipients = addresses(getattr(page, "to_address", "") or "")
        if not recipients:
            return None
        listing = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailforms:list_submissions", args=[page.pk]
        )
        subject = page.subject or gettext("Nieuwe reactie via '%(title)s'") % {
            "title": page.title
        }
        body = gettext(
            "Er is een nieuwe reactie binnengekomen via het formulier "
            "'%(title)s'.\n\n"
            "U leest de reacties in het beheer van de website:\n%(url)s\n\n"
            "De antwoorden staan niet in deze e-mail. Zo blijven ze op één "
            "veilige plek."
        ) % {"title": page.title, "url": listing}
        return EmailMessage(subject, body, page.from_address or None, recipients)
