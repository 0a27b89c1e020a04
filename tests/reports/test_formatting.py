"""Numbers in Dutch notation: 10.000, 12,5%, one decimal."""

from decimal import Decimal

from reports.formatting import Percent, format_count, format_decimal, format_value


def test_counts_get_a_dot_between_thousands():
    assert format_count(10000) == "10.000"
    assert format_count(7) == "7"


def test_percentages_have_one_decimal_and_a_comma():
    assert str(Percent(1, 8)) == "12,5%"
    assert str(Percent(1, 3)) == "33,3%"
    assert str(Percent(2, 3)) == "66,7%"
    assert str(Percent(5, 5)) == "100,0%"


def test_a_share_of_nothing_has_no_percentage():
    assert Percent(0, 0).value is None
    assert str(Percent(0, 0)) == "\N{EN DASH}"


def test_half_rounds_up():
    assert Percent(1, 16).value == Decimal("6.3")  # 6.25
    assert format_decimal(Decimal("12.25")) == "12,3"


def test_whole_decimals_lose_their_decimal():
    assert format_decimal(5) == "5"
    assert format_decimal(5.5) == "5,5"
    assert format_value(None) == "\N{EN DASH}"
