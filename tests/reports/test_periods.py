"""The period: its quick choices, its default and its text."""

import datetime

from django.utils import timezone

from reports.periods import Period, default_period, quick_choices


def choices_on(today):
    return {choice.label: choice.period for choice in quick_choices(today)}


def test_quick_choices_in_the_middle_of_may():
    today = datetime.date(2025, 5, 14)

    assert choices_on(today) == {
        "Dit jaar": Period(datetime.date(2025, 1, 1), today),
        "Vorig jaar": Period(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)),
        "1e kwartaal 2025": Period(
            datetime.date(2025, 1, 1), datetime.date(2025, 3, 31)
        ),
        "2e kwartaal 2025": Period(datetime.date(2025, 4, 1), today),
        "Laatste 12 maanden": Period(datetime.date(2024, 5, 15), today),
    }


def test_all_four_quarters_at_the_end_of_the_year():
    choices = choices_on(datetime.date(2024, 12, 31))

    assert choices["3e kwartaal 2024"] == Period(
        datetime.date(2024, 7, 1), datetime.date(2024, 9, 30)
    )
    assert choices["4e kwartaal 2024"] == Period(
        datetime.date(2024, 10, 1), datetime.date(2024, 12, 31)
    )


def test_twelve_months_from_a_leap_day():
    choices = choices_on(datetime.date(2024, 2, 29))

    assert choices["Laatste 12 maanden"].start == datetime.date(2023, 3, 1)


def test_the_default_is_this_calendar_year_so_far():
    today = timezone.localdate()

    assert default_period() == Period(today.replace(month=1, day=1), today)


def test_months_of_a_period_across_a_new_year():
    period = Period(datetime.date(2024, 11, 15), datetime.date(2025, 2, 1))

    assert period.months() == [
        datetime.date(2024, 11, 1),
        datetime.date(2024, 12, 1),
        datetime.date(2025, 1, 1),
        datetime.date(2025, 2, 1),
    ]


def test_text_and_file_label():
    period = Period(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))

    assert str(period) == "1 januari 2025 t/m 30 juni 2025"
    assert period.file_label == "2025-01-01-tot-en-met-2025-06-30"


def test_the_period_starts_and_ends_at_local_midnight():
    period = Period(datetime.date(2025, 7, 1), datetime.date(2025, 7, 31))

    # Summer time in Almere: two hours ahead of UTC.
    assert period.starts_at == datetime.datetime(2025, 6, 30, 22, tzinfo=datetime.UTC)
    assert period.ends_before == datetime.datetime(2025, 7, 31, 22, tzinfo=datetime.UTC)
