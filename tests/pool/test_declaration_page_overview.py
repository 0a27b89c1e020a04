"""The personal page lists the member's declarations of this year with their
status, the amount once approved and the reason of a rejection, and shows
what was approved this year and what is left under this year's maximum."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from pool.factories import DeclarationFactory
from pool.models import AllowanceYear, DeclarationStatus, OtherAllowance

from .declaration_page import personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def this_year(month, day):
    return timezone.localdate().replace(month=month, day=day)


@pytest.fixture
def year_figures(db):
    row, _created = AllowanceYear.objects.update_or_create(
        year=timezone.localdate().year,
        defaults={
            "max_per_hour": Decimal("5.75"),
            "max_per_month": Decimal("220"),
            "max_per_year": Decimal("2200"),
            "hourly_rate": Decimal("5.00"),
        },
    )
    return row


@pytest.fixture
def history(declarant):
    """Approved and rejected this year; last year one waiting, one approved."""
    today = timezone.localdate()
    DeclarationFactory(
        member=declarant,
        date=this_year(1, 10),
        status=DeclarationStatus.APPROVED,
        hours=Decimal("4"),
        amount=Decimal("20"),
        paid_amount=Decimal("20"),
    )
    DeclarationFactory(
        member=declarant,
        date=this_year(1, 12),
        status=DeclarationStatus.REJECTED,
        rejection_reason="Deze training was al gedeclareerd.",
    )
    DeclarationFactory(member=declarant, date=datetime.date(today.year - 1, 12, 1))
    DeclarationFactory(
        member=declarant,
        date=datetime.date(today.year - 1, 11, 1),
        status=DeclarationStatus.APPROVED,
        amount=Decimal("99"),
        paid_amount=Decimal("99"),
        description="Vorig jaar goedgekeurd",
    )
    OtherAllowance.objects.create(
        member=declarant, month=this_year(1, 1), amount=Decimal("30")
    )


def facts(item):
    return {
        dt.get_text(strip=True): dd.get_text(" ", strip=True)
        for dt, dd in zip(item.find_all("dt"), item.find_all("dd"), strict=True)
    }


def test_the_list_shows_status_amount_and_reason(
    client, declaration_page, declarant, year_figures, history
):
    page = soup(client.get(personal_url(declarant)))
    section = page.find(id="overzicht")
    assert section.find("h2").get_text() == "Uw declaraties van dit jaar"
    items = section.find_all("li", class_="agenda-item")
    # This year's, and last year's still waiting for a decision.
    assert len(items) == 3
    by_status = {facts(item)["Status"]: facts(item) for item in items}
    assert by_status["Goedgekeurd"]["Bedrag"] == "€ 20,00"
    assert by_status["Goedgekeurd"]["Uren"] == "4"
    assert (
        by_status["Afgewezen"]["Reden van afwijzen"]
        == "Deze training was al gedeclareerd."
    )
    assert "Bedrag" not in by_status["Ingediend"]
    assert "Vorig jaar goedgekeurd" not in section.get_text()


def test_the_totals_count_approved_and_other_allowances(
    client, declaration_page, declarant, year_figures, history
):
    page = soup(client.get(personal_url(declarant)))
    totals = facts(page.find(class_="declaration-totals"))
    assert totals["Goedgekeurd"] == "€ 20,00"
    assert totals["Gemeld van ander vrijwilligerswerk"] == "€ 30,00"
    assert totals["Nog over tot het belastingvrije maximum"] == "€ 2.150,00"
    figures = facts(page.find(class_="declaration-figures"))
    year = timezone.localdate().year
    assert figures[f"Vergoeding per uur in {year}"] == "€ 5,00"
    assert figures["Belastingvrij ten hoogste per jaar"] == "€ 2.200,00"


def test_without_figures_for_this_year_the_rate_is_not_known_yet(
    client, declaration_page, declarant, history
):
    AllowanceYear.objects.filter(year=timezone.localdate().year).delete()
    page = soup(client.get(personal_url(declarant)))
    text = page.get_text(" ", strip=True)
    assert "is nog niet bekend" in text
    assert "Nog over tot het belastingvrije maximum" not in text
    assert page.find(id="id_date")


def test_the_public_page_shows_this_years_figures(
    client, declaration_page, year_figures
):
    page = soup(client.get(declaration_page.url))
    figures = facts(page.find(class_="declaration-figures"))
    assert figures["Belastingvrij ten hoogste per maand"] == "€ 220,00"


def test_a_long_history_takes_no_more_queries(
    client,
    declaration_page,
    declarant,
    year_figures,
    history,
    django_assert_max_num_queries,
):
    url = personal_url(declarant)
    client.get(url)
    # 20, and the two locale look-ups of Wagtail's i18n.
    with django_assert_max_num_queries(22) as few:
        client.get(url)
    DeclarationFactory.create_batch(30, member=declarant, date=this_year(1, 5))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)
