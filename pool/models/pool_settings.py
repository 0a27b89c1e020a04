from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="group")
class PoolSettings(BaseGenericSetting):
    vog_valid_years = models.PositiveSmallIntegerField(
        _("geldigheid van een VOG (jaren)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "Een VOG die ouder is dan dit aantal jaren staat in het VOG-overzicht "
            "als te oud."
        ),
    )

    class Meta:
        verbose_name = _("instellingen OCO-pool")
