"""The fee overview page: choosing a year, what it explains, and the marking of
organisations below the minimum of three OCO's."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from .fee_organisations import FEE_YEAR, fee_year_organisations_fixture  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, coordinator, fee_year_organisations):
    client.force_login(coordinator)

    def get(query=""):
        response = client.get(reverse("reports_fees") + query)
        assert response.status_code == 200
        return response

    return get


def row_html(html, name):
    match = re.search(rf"<tr[^>]*>\s*<th[^>]*>{name}</th>(.*?)</tr>", html, re.S)
    assert match, name
    return match.group(1)


def test_the_current_year_by_default(page):
    response = page()
    this_year = timezone.localdate().year
    assert response.context["overview"].year == this_year
    assert response.context["form"]["year"].value() == this_year
    assert "Dit jaar is nog niet voorbij" in response.content.decode()


def test_years_from_the_first_organisation_up_to_now(page):
    choices = page().context["form"].fields["year"].choices
    this_year = timezone.localdate().year
    # Echo Vroeger, made up in conftest, joined in 2014.
    assert [year for year, _label in choices] == list(range(this_year, 2013, -1))


def test_a_chosen_year(page):
    response = page(f"?year={FEE_YEAR}")
    html = response.content.decode()
    assert response.context["overview"].year == FEE_YEAR
    assert "Vergoedingen en OCO's in 2016" in html
    assert "OCO's op 31 december 2016" in html
    assert "Dit jaar is nog niet voorbij" not in html
    assert "Zorgcoöperatie Delta" not in html
    assert "Echo Vroeger" not in html


@pytest.mark.parametrize(
    "year", ["abc", "2013", "2999", "", "2016.0", "99999999999999999999999"]
)
def test_a_bad_year_gets_a_message_and_the_current_year(page, year):
    response = page(f"?year={year}")
    html = response.content.decode()
    this_year = timezone.localdate().year
    assert response.context["overview"].year == this_year
    assert "Dit jaar kunt u niet kiezen." in html
    assert f"Kies een jaar van 2014 tot en met {this_year}." in html


def test_a_bad_year_gives_no_download(page):
    response = page("?year=abc&export=csv")
    assert "Content-Disposition" not in response
    assert "Dit jaar kunt u niet kiezen." in response.content.decode()


def test_the_rows_fees_and_counts(page):
    html = page(f"?year={FEE_YEAR}").content.decode()
    alfa = row_html(html, "Stichting Alfa")
    assert "het hele jaar" in alfa
    assert "€ 1.000" in alfa
    assert re.findall(r"<td>(\d+)</td>", alfa) == ["4", "3", "1", "2"]
    bravo = row_html(html, "Vereniging Bravo")
    assert "vanaf 1 juli" in bravo
    assert "€ 500" in bravo
    charlie = row_html(html, "Buurtwerk Charlie")
    assert "tot en met 15 maart" in charlie


def test_below_three_is_marked_in_words(page):
    html = page(f"?year={FEE_YEAR}").content.decode()
    assert "Te weinig: minder dan 3" in row_html(html, "Vereniging Bravo")
    assert "Te weinig" not in row_html(html, "Stichting Alfa")
    assert "voldoet" in row_html(html, "Stichting Alfa")
    charlie = row_html(html, "Buurtwerk Charlie")
    assert "Te weinig" not in charlie
    assert "n.v.t.: doet op die dag niet mee" in charlie
    assert "1 organisatie levert op 31 december 2016 minder dan 3 OCO's." in html


def test_the_totals_row(page):
    html = page(f"?year={FEE_YEAR}").content.decode()
    footer = re.search(r"<tfoot>(.*?)</tfoot>", html, re.S).group(1)
    assert "3 organisaties" in footer
    assert "€ 2.500" in footer
    assert re.findall(r"<strong>(\d+)</strong>", footer) == ["8", "6", "3", "3"]


def test_the_page_explains_the_rules(page):
    html = page(f"?year={FEE_YEAR}").content.decode()
    assert "krijgt de hele vergoeding van dat jaar" in html
    assert "is wat nu bij de organisatie staat" in html
