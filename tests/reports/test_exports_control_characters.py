"""A group or organisation name with a control character (pasted from a word
processor, say) does not break the spreadsheets: an XLSX file cannot hold
such a character, so it is left out."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from pool.factories import OrganisationFactory

from .fee_organisations import FEE_YEAR
from .helpers import approved, group, local, member, request_at

pytestmark = pytest.mark.django_db

PERIOD = "?start=2015-01-01&end=2015-12-31"
EXPORT = "/admin/rapportages/export/"


def cells(content: bytes) -> set:
    book = openpyxl.load_workbook(io.BytesIO(content))
    return {
        value
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
    }


@pytest.fixture
def report_data():
    oco = member(group("Groep\x0bRapport\x1b"))
    approved(
        request_at(local(1, 5)), oco, local(1, 8), organisation_name="Stich\x01ting"
    )


@pytest.mark.parametrize("path", ["actieve-ocos-vog.xlsx", "rapportage.xlsx"])
def test_the_report_xlsx(client, coordinator, report_data, path):
    client.force_login(coordinator)
    response = client.get(EXPORT + path + PERIOD)

    assert response.status_code == 200
    assert "GroepRapport" in cells(response.content)


def test_the_report_csv(client, coordinator, report_data):
    client.force_login(coordinator)
    response = client.get(EXPORT + "per-organisatie.csv" + PERIOD)

    assert response.status_code == 200
    assert "Stichting" in response.content.decode("utf-8-sig")


def test_the_fee_xlsx(client, coordinator):
    OrganisationFactory(
        name="Stichting\x0b Delta", active_from=datetime.date(FEE_YEAR, 1, 1)
    )
    client.force_login(coordinator)
    response = client.get(reverse("reports_fees") + f"?year={FEE_YEAR}&export=xlsx")

    assert response.status_code == 200
    assert "Stichting Delta" in cells(response.content)


def test_the_fee_csv(client, coordinator):
    OrganisationFactory(
        name="Stichting\x0b Delta", active_from=datetime.date(FEE_YEAR, 1, 1)
    )
    client.force_login(coordinator)
    response = client.get(reverse("reports_fees") + f"?year={FEE_YEAR}&export=csv")

    assert response.status_code == 200
    assert "Stichting Delta" in response.content.decode("utf-8-sig")
