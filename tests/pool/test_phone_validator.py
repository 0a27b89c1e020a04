"""Dutch phone numbers: ten digits as people write them, plain digits only."""

import pytest
from django.core.exceptions import ValidationError

from pool.validators import validate_dutch_phone


@pytest.mark.parametrize(
    "number", ["06 12345678", "036-1234567", "+31 36 123 4567", "0031 6 1234 5678"]
)
def test_dutch_numbers_as_written_pass(number):
    validate_dutch_phone(number)


@pytest.mark.parametrize(
    "number",
    [
        "12345",
        "06 1234567",
        "06 123456789",
        "+32 6 12345678",
        "٠٦١٢٣٤٥٦٧٨",
        "06 1٢345678",
    ],
)
def test_other_numbers_and_non_ascii_digits_are_refused(number):
    with pytest.raises(ValidationError):
        validate_dutch_phone(number)
