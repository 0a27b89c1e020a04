"""Checks of a request's fields that the public form and the coordinators'
form share, so that a request entered or corrected by hand obeys the same
rules as one sent in by a resident."""

import datetime
import re

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")
# A conversation date lies at most this long before or after today.
CONVERSATION_DATE_MARGIN = datetime.timedelta(days=365)
POSTCODE_INVALID = _(
    "Vul een postcode in van 4 cijfers en 2 letters, bijvoorbeeld 1315 AB."
)
POSTCODE_OUTSIDE_ALMERE = _(
    "Deze postcode hoort niet bij Almere. OCO Almere helpt alleen inwoners van "
    "Almere. Woont u in een andere gemeente? Vraag dan bij uw eigen gemeente naar "
    "onafhankelijke cliëntondersteuning. Elke gemeente moet die gratis aanbieden."
)
DATE_OUT_OF_RANGE = _("Vul een datum in tussen %(first)s en %(last)s.")
WISHES_CONFLICT = _(
    "U heeft 'geen voorkeur' aangevinkt, maar ook een wens ingevuld. Haal het "
    "vinkje weg of haal de wensen weg."
)


def in_almere(number: int) -> bool:
    return any(low <= number <= high for low, high in settings.INTAKE_POSTCODE_RANGES)


def clean_postcode(
    value, invalid_message=POSTCODE_INVALID, outside_message=POSTCODE_OUTSIDE_ALMERE
) -> str:
    """The postcode as "1315 AB", or "" when empty; ValidationError when it is
    no Dutch postcode (code "invalid") or not in Almere ("outside_almere",
    see settings.INTAKE_POSTCODE_RANGES)."""
    value = (value or "").strip()
    if not value:
        return ""
    match = POSTCODE.match(value)
    if not match:
        raise forms.ValidationError(invalid_message, code="invalid")
    if not in_almere(int(match.group(1))):
        raise forms.ValidationError(outside_message, code="outside_almere")
    return f"{match.group(1)} {match.group(2).upper()}"


def clean_conversation_date(day, today=None):
    """The date, or None; ValidationError (code "out_of_range") when it lies
    more than a year before or after today."""
    if day is None:
        return None
    today = today or timezone.localdate()
    first = today - CONVERSATION_DATE_MARGIN
    last = today + CONVERSATION_DATE_MARGIN
    if not first <= day <= last:
        raise forms.ValidationError(
            DATE_OUT_OF_RANGE,
            code="out_of_range",
            params={
                "first": first.strftime("%d-%m-%Y"),
                "last": last.strftime("%d-%m-%Y"),
            },
        )
    return day


def check_wishes(cleaned, message=WISHES_CONFLICT) -> None:
    """ValidationError (code "conflict") when "geen voorkeur" is ticked
    together with a wish; the form adds it to the field no_preference."""
    if cleaned.get("no_preference") and (
        cleaned.get("wish_language") or cleaned.get("wish_lived_experience")
    ):
        raise forms.ValidationError(message, code="conflict")
