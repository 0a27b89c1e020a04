import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def tel_href(phone: str) -> str:
    """Turn a Dutch number as written, such as (036) 200 21 58, into +31362002158."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0") and not digits.startswith("00"):
        return "+31" + digits[1:]
    return "+" + digits.removeprefix("00")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details shown on every page: OCO Almere and MEE IJsseloevers."""

    oco_phone = models.CharField(_("telefoon OCO Almere"), max_length=30)
    oco_email = models.EmailField(_("e-mail OCO Almere"))
    oco_website = models.URLField(_("website OCO Almere"), blank=True)
    oco_availability = models.CharField(
        _("bereikbaarheid OCO Almere"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: op werkdagen van 9.00 tot 17.00 uur."),
    )
    security_email = models.EmailField(
        _("e-mail voor beveiligingsmeldingen"),
        blank=True,
        help_text=_(
            "Wie een zwakke plek in de website vindt, meldt die hier. "
            "Leeg: het e-mailadres van OCO Almere."
        ),
    )
    mee_phone = models.CharField(_("telefoon MEE IJsseloevers"), max_length=30)
    mee_email = models.EmailField(_("e-mail MEE IJsseloevers"))
    mee_website = models.URLField(_("website MEE IJsseloevers"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                "oco_phone",
                "oco_email",
                "oco_website",
                "oco_availability",
                "security_email",
            ],
            heading=_("OCO Almere (vrijwillige ervaringsdeskundigen)"),
        ),
        MultiFieldPanel(
            ["mee_phone", "mee_email", "mee_website"],
            heading=_("MEE IJsseloevers (beroepsmatige cliëntondersteuners)"),
        ),
    ]

    class Meta:
        verbose_name = _("contactgegevens")

    @property
    def oco_phone_href(self) -> str:
        return tel_href(self.oco_phone)

    @property
    def mee_phone_href(self) -> str:
        return tel_href(self.mee_phone)
