import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_SEPARATORS = re.compile(r"[\s().-]")
DUTCH_PHONE = re.compile(r"^(?:\+31|0031|0)[1-9][0-9]{8}$")


def validate_dutch_phone(value: str) -> None:
    """A Dutch number of ten digits, such as 06 12 34 56 78 or +31 36 123 4567."""
    if not DUTCH_PHONE.match(PHONE_SEPARATORS.sub("", value)):
        raise ValidationError(
            _(
                "Vul een Nederlands telefoonnummer in van tien cijfers, "
                "bijvoorbeeld 06 12345678 of 036 1234567."
            ),
            code="invalid_phone",
        )
