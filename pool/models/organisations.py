from decimal import Decimal

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

MINIMUM_MEMBERS = 3
FEE_BO_PLUS = Decimal("1000")
FEE_OTHER = Decimal("500")


class OrganisationQuerySet(models.QuerySet):
    def with_active_member_count(self):
        return self.annotate(
            active_member_count=models.Count(
                "roster_group__members",
                filter=models.Q(roster_group__members__active=True),
            )
        )

    def active_on(self, day):
        return self.filter(active_from__lte=day).filter(
            models.Q(active_until__isnull=True) | models.Q(active_until__gte=day)
        )


class Organisation(index.Indexed, models.Model):
    """A participating organisation of the convenant."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    website = models.URLField(_("website"), blank=True)
    bo_plus_active = models.BooleanField(
        _("actief in het BO+"),
        default=False,
        help_text=_(
            "Organisaties die actief bijdragen aan het Breed Overleg Plus krijgen "
            "€ 1.000 per jaar, andere organisaties € 500."
        ),
    )
    active_from = models.DateField(_("deelnemer vanaf"), default=timezone.localdate)
    active_until = models.DateField(
        _("deelnemer tot en met"),
        null=True,
        blank=True,
        help_text=_("Laat leeg zolang de organisatie meedoet."),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("bo_plus_active"),
        MultiFieldPanel(
            [FieldRowPanel(["active_from", "active_until"])],
            heading=_("Deelname aan het convenant"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(active_until__isnull=True)
                | models.Q(active_until__gte=models.F("active_from")),
                name="organisation_active_until_after_from",
                violation_error_message=_(
                    "De einddatum ligt vóór de begindatum van de deelname."
                ),
            )
        ]

    def __str__(self):
        return self.name

    @property
    def yearly_fee(self) -> Decimal:
        return FEE_BO_PLUS if self.bo_plus_active else FEE_OTHER

    @property
    def group_page(self):
        return getattr(self, "roster_group", None)

    @property
    def contact_person(self):
        group = self.group_page
        return group.contact_person if group else None

    @property
    def contact_person_name(self) -> str:
        user = self.contact_person
        return (user.get_full_name() or user.get_username()) if user else ""

    @property
    def fee_display(self) -> str:
        return formats.number_format(
            self.yearly_fee, 0, use_l10n=True, force_grouping=True
        )

    @property
    def has_too_few_members(self) -> bool:
        """Only on organisations from with_active_member_count()."""
        return self.active_member_count < MINIMUM_MEMBERS
