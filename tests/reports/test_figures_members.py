"""Active OCO's during the period and their VOG at its end, or today while
the period runs on."""

import datetime

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from reports.figures.members import vog_coverage

from .helpers import YEAR_2015, day, group, member

pytestmark = pytest.mark.django_db

VALID_YEARS = 3


def test_active_members_and_valid_vog_per_group():
    alfa, bravo = group("Alfa"), group("Bravo")
    member(alfa, vog_date=day(6, 1))  # valid
    member(alfa, vog_date=day(12, 31, year=2012))  # exactly 3 years: valid
    member(alfa, vog_date=day(12, 30, year=2012))  # one day too old
    member(alfa, vog_date=None)
    member(bravo, vog_date=day(3, 1, year=2016))  # not yet there on 31-12-2015
    member(bravo, joined_on=day(11, 1), vog_date=day(10, 1))  # joined late: active
    # Left during the period: active; left before it or joined after: not.
    member(bravo, active=False, left_on=day(1, 1), vog_date=day(1, 1))
    member(bravo, active=False, left_on=day(12, 31, year=2014))
    member(bravo, joined_on=day(1, 1, year=2016))

    coverage = vog_coverage(YEAR_2015, VALID_YEARS)

    assert [(g.group, g.active, g.valid_vog) for g in coverage.groups] == [
        ("Alfa", 4, 2),
        ("Bravo", 3, 2),
    ]
    assert coverage.active == 7
    assert coverage.valid_vog == 4


def test_the_valid_years_setting_counts():
    page = group("Alfa")
    member(page, vog_date=day(6, 1, year=2013))

    assert vog_coverage(YEAR_2015, 3).valid_vog == 1
    assert vog_coverage(YEAR_2015, 2).valid_vog == 0


def test_no_members_in_the_period():
    coverage = vog_coverage(YEAR_2015, VALID_YEARS)

    assert coverage.groups == []
    assert coverage.active == 0


def test_a_period_that_ends_later_is_judged_on_today():
    page = group("Alfa")
    member(page, vog_date=day(7, 1, year=2012))  # valid on 1 June, not at the end
    member(page, vog_date=day(7, 1))  # not there yet on 1 June

    coverage = vog_coverage(YEAR_2015, VALID_YEARS, today=day(6, 1))

    assert coverage.day == day(6, 1)
    assert (coverage.active, coverage.valid_vog) == (2, 1)
    assert vog_coverage(YEAR_2015, VALID_YEARS, today=day(1, 1, 2016)).day == day(
        12, 31
    )


def test_the_page_says_on_which_day(client, coordinator):
    member(group("Alfa"), vog_date=timezone.localdate())
    today = timezone.localdate()
    end = datetime.date(today.year, 12, 31) + datetime.timedelta(days=1)
    client.force_login(coordinator)

    html = client.get(
        f"/admin/rapportages/?start={today.year}-01-01&end={end.isoformat()}"
    ).content.decode()

    shown = date_format(today, "j F Y")
    assert f"Een VOG is geldig als hij op {shown} niet ouder is dan" in html
    assert "Dat is vandaag, want de periode is nog niet voorbij." in html
    assert f"Met een geldige VOG op {shown}: " in html
