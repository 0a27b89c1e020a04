"""Volunteers' declarations of hours and costs, the tax-free maxima per year they
are checked against, and the allowances members receive for other volunteer
work (which count towards the same maxima, convenant 8b)."""

from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .members import Member

MAX_HOURS_PER_DECLARATION = Decimal("24")
MAX_COSTS_PER_DECLARATION = Decimal("1000")
MONEY = {"max_digits": 8, "decimal_places": 2}


class AllowanceYear(models.Model):
    """The national tax-free maxima of a volunteer allowance in one year (for
    volunteers of 21 and older), what OCO Almere pays per declared hour, and the
    yearly cap of a contact person's allowance. Coordinators add a year; the
    figures come from the tax authority's page, checked before each year."""

    year = models.PositiveSmallIntegerField(
        _("jaar"),
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    max_per_hour = models.DecimalField(
        _("maximum per uur (€)"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    max_per_month = models.DecimalField(
        _("maximum per maand (€)"),
        validators=[MinValueValidator(Decimal("0.01"))],
        **MONEY,
    )
    max_per_year = models.DecimalField(
        _("maximum per jaar (€)"),
        validators=[MinValueValidator(Decimal("0.01"))],
        **MONEY,
    )
    hourly_rate = models.DecimalField(
        _("vergoeding per uur (€)"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Wat OCO Almere een vrijwilliger per gedeclareerd uur betaalt."),
    )
    contact_person_max_per_year = models.DecimalField(
        _("maximum voor een contactpersoon per jaar (€)"),
        default=Decimal("250"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Afsprakenblad contactpersonen: € 250 per jaar."),
        **MONEY,
    )
    source = models.CharField(
        _("bron"),
        max_length=300,
        blank=True,
        help_text=_("Waar de bedragen vandaan komen, en wanneer ze zijn nagekeken."),
    )

    panels = [
        FieldPanel("year"),
        MultiFieldPanel(
            [FieldRowPanel(["max_per_hour", "max_per_month", "max_per_year"])],
            heading=_("Belastingvrije maxima (vrijwilligers van 21 jaar en ouder)"),
        ),
        FieldRowPanel(["hourly_rate", "contact_person_max_per_year"]),
        FieldPanel("source"),
    ]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("vrijwilligersvergoeding per jaar")
        verbose_name_plural = _("vrijwilligersvergoedingen per jaar")
        constraints = [
            models.CheckConstraint(
                condition=Q(max_per_month__lte=models.F("max_per_year")),
                name="allowance_year_month_within_year",
                violation_error_message=_(
                    "Het maximum per maand is hoger dan het maximum per jaar."
                ),
            )
        ]

    def __str__(self):
        return str(self.year)


class Activity(models.TextChoices):
    TRAJECTORY = "trajectory", _("Ondersteuning van een inwoner")
    TRAINING = "training", _("Training")
    INTERVISION = "intervision", _("Intervisie")
    MEETING = "meeting", _("Overleg of bijeenkomst van OCO Almere")
    OTHER = "other", _("Ander werk voor OCO Almere")
    CONTACT_PERSON = "contact_person", _("Werk als contactpersoon")


MEMBER_ACTIVITIES = [
    (value, label) for value, label in Activity.choices if value != "contact_person"
]


class DeclarationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Ingediend")
    APPROVED = "approved", _("Goedgekeurd")
    REJECTED = "rejected", _("Afgewezen")


def with_lower_email(queryset):
    return queryset.annotate(lower_email=Lower("email"))


def person_records(member_id=None, user_id=None):
    """The member records and user accounts of one person, as two subqueries
    of primary keys: the ones given, and every member and user with the email
    address of either (case-insensitive). A contact person whose member
    record was added later, or not linked when they declared, is the same
    person. No query runs until the subqueries are used."""
    user_model = get_user_model()
    emails = [
        with_lower_email(model.objects.filter(pk=pk or None))
        .exclude(lower_email="")
        .values("lower_email")
        for model, pk in [(Member, member_id), (user_model, user_id)]
    ]
    same_email = Q(lower_email__in=emails[0]) | Q(lower_email__in=emails[1])
    members = with_lower_email(Member.objects).filter(Q(pk=member_id) | same_email)
    users = with_lower_email(user_model.objects).filter(Q(pk=user_id) | same_email)
    return members.values("pk"), users.values("pk")


class DeclarationQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=DeclarationStatus.APPROVED)

    def submitted(self):
        return self.filter(status=DeclarationStatus.SUBMITTED)

    def of_person(self, member_id=None, user_id=None):
        """A person's declarations as an OCO and as a contact person, whether
        or not the member record was linked when they declared (see
        person_records). One query."""
        if not member_id and not user_id:
            return self.none()
        members, users = person_records(member_id, user_id)
        return self.filter(Q(member_id__in=members) | Q(contact_person_id__in=users))

    def in_groups(self, groups):
        return self.filter(group__in=groups)


class Declaration(models.Model):
    """Hours and costs one person declares for one day. A member declares their
    OCO work; a contact person declares their own hours as contact person
    (linked to their member record too when they are on a roster, so that all
    their allowances count together). A coordinator approves or rejects; the
    amount is fixed at approval, with the rate of the declaration's year."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("OCO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="declarations",
    )
    contact_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="declarations",
    )
    group = models.ForeignKey(
        "pool.RosterGroupPage",
        verbose_name=_("groep"),
        on_delete=models.PROTECT,
        related_name="declarations",
    )
    declarant_name = models.CharField(_("naam"), max_length=150)
    date = models.DateField(_("datum"))
    activity = models.CharField(
        _("soort werk"), max_length=20, choices=Activity.choices
    )
    description = models.CharField(
        _("omschrijving"),
        max_length=200,
        help_text=_(
            "Bijvoorbeeld het kenmerk van de aanvraag of de naam van de training. "
            "Schrijf geen namen of andere gegevens van inwoners op."
        ),
    )
    hours = models.DecimalField(
        _("uren"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("0"),
        validators=[
            MinValueValidator(Decimal("0")),
            MaxValueValidator(MAX_HOURS_PER_DECLARATION),
        ],
    )
    costs = models.DecimalField(
        _("onkosten (€)"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("0"),
        validators=[
            MinValueValidator(Decimal("0")),
            MaxValueValidator(MAX_COSTS_PER_DECLARATION),
        ],
    )
    costs_note = models.CharField(
        _("toelichting op de onkosten"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld: buskaartje heen en terug, 12 km met de auto."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DeclarationStatus.choices,
        default=DeclarationStatus.SUBMITTED,
    )
    submitted_at = models.DateTimeField(_("ingediend op"), default=timezone.now)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingevoerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Leeg als de OCO zelf declareerde via de site, of als het account "
            "van wie hem invoerde later is verwijderd."
        ),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    rejection_reason = models.TextField(
        _("reden van afwijzen"), blank=True, max_length=1000
    )
    hourly_rate = models.DecimalField(
        _("vergoeding per uur (€)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
    )
    amount = models.DecimalField(
        _("bedrag (€)"),
        null=True,
        blank=True,
        help_text=_("Uren maal de vergoeding per uur, plus de onkosten."),
        **MONEY,
    )
    paid_amount = models.DecimalField(
        _("uit te betalen (€)"),
        null=True,
        blank=True,
        help_text=_(
            "Het bedrag, of minder als het maximum voor contactpersonen is bereikt."
        ),
        **MONEY,
    )
    approval_warnings = models.TextField(_("waarschuwingen bij goedkeuren"), blank=True)
    paid_on = models.DateField(_("uitbetaald op"), null=True, blank=True)

    objects = DeclarationQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("declaratie")
        verbose_name_plural = _("declaraties")
        indexes = [
            models.Index(fields=["status", "date"]),
            models.Index(fields=["member", "date"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0) | Q(costs__gt=0),
                name="declaration_hours_or_costs",
                violation_error_message=_("Vul uren of onkosten in."),
            ),
            models.CheckConstraint(
                condition=(
                    Q(activity="contact_person", contact_person__isnull=False)
                    | (~Q(activity="contact_person") & Q(member__isnull=False))
                ),
                name="declaration_has_its_declarant",
                violation_error_message=_(
                    "Een declaratie is van een OCO, of van een contactpersoon "
                    "voor het werk als contactpersoon."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.declarant_name} {self.date:%d-%m-%Y}"

    def clean(self):
        super().clean()
        errors = {}
        today = timezone.localdate()
        if self.date and self.date > today:
            errors["date"] = _("Deze datum ligt in de toekomst.")
        elif self.date and self.date.year < today.year - 1:
            errors["date"] = _(
                "Declareren kan tot het eind van het volgende jaar. Neem voor "
                "oudere declaraties contact op met de coördinatoren."
            )
        if self.costs and not self.costs_note.strip():
            errors["costs_note"] = _("Schrijf kort op waarvoor de onkosten zijn.")
        if not self.hours and not self.costs:
            errors["hours"] = _("Vul het aantal uren in, of de onkosten.")
        if self.hours and (self.hours * 4) % 1:
            errors["hours"] = _("Vul de uren in per kwartier, bijvoorbeeld 1,25.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_decided(self) -> bool:
        return self.status != DeclarationStatus.SUBMITTED

    @property
    def is_contact_person_work(self) -> bool:
        return self.activity == Activity.CONTACT_PERSON


class OtherAllowance(models.Model):
    """What a member receives in one month for volunteer work elsewhere, as they
    report it; it counts towards the same tax-free maxima."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("OCO"),
        on_delete=models.PROTECT,
        related_name="other_allowances",
    )
    month = models.DateField(
        _("maand"), help_text=_("De eerste dag van de maand waarin het is betaald.")
    )
    amount = models.DecimalField(
        _("bedrag (€)"),
        validators=[MinValueValidator(Decimal("0.01"))],
        **MONEY,
    )
    organisation = models.CharField(
        _("bij welke organisatie"), max_length=200, blank=True
    )
    reported_at = models.DateTimeField(_("gemeld op"), default=timezone.now)

    class Meta:
        ordering = ["-month", "pk"]
        verbose_name = _("vergoeding voor ander vrijwilligerswerk")
        verbose_name_plural = _("vergoedingen voor ander vrijwilligerswerk")

    def __str__(self):
        return f"{self.member} {self.month:%m-%Y}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)
