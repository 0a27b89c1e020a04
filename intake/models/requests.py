import datetime

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.choices import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    REQUEST_DOMAINS,
    ContactTime,
    ContactWay,
    Referral,
    Status,
    SubmittedBy,
    TrajectoryStatus,
)
from intake.references import new_reference
from pool.choices import LIVED_EXPERIENCE
from pool.fields import ChoiceListField
from pool.validators import validate_dutch_phone

REMARKS_MAX_LENGTH = 1000
SUBJECT_MAX_LENGTH = 1000

# Emptied by the retention command; everything else is kept for statistics.
PERSONAL_FIELDS = {
    "name": "",
    "requester_name": "",
    "phone": "",
    "email": "",
    "postcode": "",
    "conversation_subject": "",
    "agency": "",
    "wish_language": "",
    "wish_lived_experience": [],
    "remarks": "",
    "coordinator_note": "",
}


class RequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def closed(self):
        return self.filter(status__in=CLOSED_STATUSES)

    def awaiting_approval(self):
        """Open requests with a proposed OCO that a coordinator must approve."""
        return (
            self.open()
            .filter(trajectories__status=TrajectoryStatus.PROPOSED)
            .distinct()
        )

    def past_retention(self, days: int, now: datetime.datetime | None = None):
        """Closed requests, not yet anonymised, closed more than `days` ago."""
        limit = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.closed().filter(anonymised_at__isnull=True, closed_at__lt=limit)


class Request(models.Model):
    """A resident's request for an OCO, from the web form or taken by phone.

    Shown everywhere by its reference only: the name is personal data and stays
    out of log entries, URLs and mail subjects."""

    reference = models.CharField(_("kenmerk"), max_length=9, unique=True)
    submitted_by = models.CharField(
        _("wie vraagt"), max_length=20, choices=SubmittedBy.choices
    )
    on_behalf_consent = models.BooleanField(
        _("inwoner is het ermee eens"), default=False
    )
    requester_name = models.CharField(_("naam aanvrager"), max_length=150, blank=True)
    name = models.CharField(_("naam inwoner"), max_length=150)
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_dutch_phone],
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    contact_way = models.CharField(
        _("liefst bereikbaar via"),
        max_length=10,
        choices=ContactWay.choices,
        default=ContactWay.EITHER,
    )
    contact_time = models.CharField(
        _("beste moment"),
        max_length=10,
        choices=ContactTime.choices,
        default=ContactTime.ANY,
    )
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    domains = ChoiceListField(_("onderwerp"), choice_list=REQUEST_DOMAINS)
    conversation_subject = models.TextField(
        _("waar het gesprek over gaat"), blank=True, max_length=SUBJECT_MAX_LENGTH
    )
    agency = models.CharField(
        _("organisatie van het gesprek"), max_length=200, blank=True
    )
    conversation_date = models.DateField(
        _("datum van het gesprek"), null=True, blank=True
    )
    wish_language = models.CharField(_("gewenste taal"), max_length=100, blank=True)
    wish_lived_experience = ChoiceListField(
        _("gewenste ervaringsdeskundigheid"), choice_list=LIVED_EXPERIENCE
    )
    no_preference = models.BooleanField(_("geen voorkeur"), default=False)
    remarks = models.TextField(
        _("opmerkingen"), blank=True, max_length=REMARKS_MAX_LENGTH
    )
    referral = models.CharField(
        _("hoe bij ons gekomen"), max_length=20, choices=Referral.choices, blank=True
    )
    consent = models.BooleanField(_("toestemming gegevens"), default=False)
    # The language the resident used on the form: their mails are in it.
    language = models.CharField(
        _("taal"), max_length=7, choices=settings.LANGUAGES, default="nl"
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    submitted_at = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    from_web_form = models.BooleanField(_("via het webformulier"), default=True)
    status_changed_at = models.DateTimeField(
        _("status gewijzigd op"), default=timezone.now
    )
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    shared_with = models.ForeignKey(
        "pool.RosterGroupPage",
        verbose_name=_("gedeeld met groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "De contactpersoon van deze groep mag een eigen lid voorstellen. Hij of "
            "zij ziet geen naam of contactgegevens."
        ),
    )
    coordinator_note = models.TextField(
        _("notitie van de coördinator"), blank=True, max_length=4000
    )
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        indexes = [models.Index(fields=["status", "submitted_at"])]

    def __str__(self):
        return str(_("Aanvraag %(reference)s")) % {"reference": self.reference}

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        # A clash of two random references is rare but possible: draw again.
        for attempt in range(5):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if attempt == 4:
                    raise

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_at is not None

    def domain_labels(self) -> list[str]:
        return self._meta.get_field("domains").labels(self.domains)

    def lived_experience_labels(self) -> list[str]:
        return self._meta.get_field("wish_lived_experience").labels(
            self.wish_lived_experience
        )

    def set_status(self, status):
        now = timezone.now()
        self.status = status
        self.status_changed_at = now
        self.closed_at = now if status in CLOSED_STATUSES else None
