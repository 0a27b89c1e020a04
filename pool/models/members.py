import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from pool.choices import DOMAINS, LIVED_EXPERIENCE
from pool.fields import ChoiceListField
from pool.validators import validate_dutch_phone


def years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def email_taken_message(group_title: str) -> str:
    return gettext(
        "Dit e-mailadres hoort al bij een actief lid van de groep %(group)s."
    ) % {"group": group_title}


MANAGE_POOL_PERMISSION = "pool.manage_pool"


class MemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def active_elsewhere(self, page_id, emails=None) -> dict[str, str]:
        """Email address -> group title of the active members outside the group
        page_id. An email address belongs to one active member in the pool."""
        members = self.active().exclude(page_id=page_id)
        if emails is not None:
            members = members.filter(email__in=list(emails))
        pairs = members.values_list("email", "page__title")
        return {email.lower(): title for email, title in pairs}

    def needing_vog(self, valid_years: int, today: datetime.date | None = None):
        """Active members whose VOG is missing or older than valid_years."""
        today = today or timezone.localdate()
        return self.active().filter(
            models.Q(vog_date__isnull=True)
            | models.Q(vog_date__lt=years_before(today, valid_years))
        )


class Member(models.Model):
    """An OCO on the roster of one group. Leaving means becoming inactive with a
    date; members are never deleted, so nothing that refers to them is lost."""

    page = ParentalKey(
        "pool.RosterGroupPage", on_delete=models.CASCADE, related_name="members"
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_dutch_phone],
    )
    languages = models.CharField(
        _("talen"),
        max_length=200,
        default="Nederlands",
        help_text=_("Scheid de talen met komma's, bijvoorbeeld: Nederlands, Turks."),
    )
    domains = ChoiceListField(_("domeinen"), choice_list=DOMAINS)
    lived_experience = ChoiceListField(
        _("ervaringsdeskundigheid"), choice_list=LIVED_EXPERIENCE
    )
    vog_date = models.DateField(
        _("datum VOG"),
        null=True,
        blank=True,
        help_text=_("De datum op de verklaring omtrent gedrag."),
    )
    joined_on = models.DateField(_("lid sinds"), default=timezone.localdate)
    active = models.BooleanField(_("actief"), default=True)
    left_on = models.DateField(
        _("vertrokken op"),
        null=True,
        blank=True,
        help_text=_("Vul in als het lid stopt; zet dan ook 'actief' uit."),
    )
    other_roles = models.TextField(
        _("andere rollen"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Eén per regel: werkgever of zorgaanbieder waar dit lid voor werkt, "
            "betaald of als vrijwilliger. Nodig om belangenverstrengeling te zien."
        ),
    )

    objects = MemberQuerySet.as_manager()

    panels = [
        FieldRowPanel(["name", "email", "phone"]),
        FieldPanel("languages"),
        FieldPanel("domains"),
        FieldPanel("lived_experience"),
        FieldRowPanel(["vog_date", "joined_on"]),
        MultiFieldPanel([FieldRowPanel(["active", "left_on"])], heading=_("Status")),
        FieldPanel("other_roles"),
    ]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("lid")
        verbose_name_plural = _("leden")
        permissions = [("manage_pool", _("Kan de hele OCO-pool beheren"))]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.email = (self.email or "").strip().lower()
        errors = {}
        today = timezone.localdate()
        if not self.active and not self.left_on:
            errors["left_on"] = _("Vul de datum in waarop dit lid is gestopt.")
        if self.active and self.left_on:
            errors["left_on"] = _(
                "Een actief lid heeft geen datum van vertrek. Zet 'actief' uit "
                "of maak dit veld leeg."
            )
        if self.left_on and self.joined_on and self.left_on < self.joined_on:
            errors["left_on"] = _("De datum van vertrek ligt vóór 'lid sinds'.")
        if self.vog_date and self.vog_date > today:
            errors["vog_date"] = _("De datum van de VOG ligt in de toekomst.")
        if errors:
            raise ValidationError(errors)

    def domain_labels(self) -> list[str]:
        return self._meta.get_field("domains").labels(self.domains)

    def vog_expires_on(self, valid_years: int) -> datetime.date | None:
        if self.vog_date is None:
            return None
        return years_before(self.vog_date, -valid_years)
