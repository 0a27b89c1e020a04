"""Choosing a period: bad input gets a Dutch message and this year's figures."""

import datetime

import pytest
from django.utils import timezone

from reports.forms import PeriodForm
from reports.periods import default_period


def test_a_valid_period():
    form = PeriodForm({"start": "2025-02-01", "end": "2025-04-30"})

    assert form.period.start == datetime.date(2025, 2, 1)
    assert form.period.end == datetime.date(2025, 4, 30)
    assert not form.chose_invalid_period


def test_dutch_dates_are_understood_too():
    form = PeriodForm({"start": "01-02-2025", "end": "30-04-2025"})

    assert form.period.start == datetime.date(2025, 2, 1)


def test_without_a_choice_the_default_period_is_shown():
    form = PeriodForm({})

    assert not form.is_bound
    assert form.period == default_period()
    assert form["start"].value() == timezone.localdate().replace(month=1, day=1)


def test_other_parameters_are_no_choice():
    assert not PeriodForm({"page": "2"}).is_bound


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"start": "2025-05-01", "end": "2025-04-01"},
            "end",
            "De laatste dag ligt vóór de eerste dag van de periode.",
        ),
        (
            {"start": "2025-13-01", "end": "2025-04-01"},
            "start",
            "Vul een geldige datum in, bijvoorbeeld 01-01-2025.",
        ),
        ({"start": "2025-01-01"}, "end", "Vul de laatste dag van de periode in."),
        ({"end": "2025-01-01"}, "start", "Vul de eerste dag van de periode in."),
        (
            {"start": "1850-01-01", "end": "2025-01-01"},
            "start",
            "Kies een datum tussen 2000 en 2099.",
        ),
        (
            {"start": "2019-01-01", "end": "2025-01-01"},
            "end",
            "Kies een periode van hoogstens 5 jaar.",
        ),
        (
            {"start": "9999-12-31", "end": "9999-12-31"},
            "end",
            "Kies een datum tussen 2000 en 2099.",
        ),
    ],
)
def test_invalid_periods_give_a_dutch_message_and_the_default(data, field, message):
    form = PeriodForm(data)

    assert form.chose_invalid_period
    assert form.errors[field] == [message]
    assert form.period == default_period()


def test_five_whole_years_are_allowed():
    form = PeriodForm({"start": "2020-01-01", "end": "2024-12-31"})

    assert not form.chose_invalid_period
