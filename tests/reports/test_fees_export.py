"""The fee overview as CSV and XLSX: the year in the file name, one row per
organisation, a totals row, and no formulas from names."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from pool.factories import OrganisationFactory

from .fee_organisations import FEE_YEAR, fee_year_organisations_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

HEADERS = [
    "Organisatie",
    "Deelnemer vanaf",
    "Deelnemer tot en met",
    "Actief in het BO+ (huidige stand)",
    "Vergoeding (euro)",
    "OCO's in 2016",
    "OCO's op 31 december 2016",
    "Met geldige VOG op 31 december 2016",
    "Inwoners ondersteund in 2016",
    "Minder dan 3 OCO's",
]


@pytest.fixture
def download(client, coordinator, fee_year_organisations):
    client.force_login(coordinator)

    def get(file_format):
        query = f"?year={FEE_YEAR}&export={file_format}"
        response = client.get(reverse("reports_fees") + query)
        assert response.status_code == 200
        return response

    return get


def test_csv(download):
    response = download("csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        'filename="vergoedingen-organisaties-2016.csv"'
        in (response["Content-Disposition"])
    )
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        HEADERS,
        [
            *["Buurtwerk Charlie", "2015-01-01", "2016-03-15", "ja", "1000"],
            *["2", "1", "1", "0", "n.v.t. (doet niet mee op die dag)"],
        ],
        ["Stichting Alfa", "2015-01-01", "", "ja", "1000", "4", "3", "1", "2", "nee"],
        ["Vereniging Bravo", "2016-07-01", "", "nee", "500", "2", "2", "1", "1", "ja"],
        ["Totaal", "", "", "", "2500", "8", "6", "3", "3", "1"],
    ]


def test_xlsx(download):
    response = download("xlsx")
    assert (
        'filename="vergoedingen-organisaties-2016.xlsx"'
        in (response["Content-Disposition"])
    )
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet.title == "Vergoedingen 2016"
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADERS
    assert rows[2] == [
        "Stichting Alfa",
        datetime.datetime(2015, 1, 1),
        None,
        "ja",
        1000,
        4,
        3,
        1,
        2,
        "nee",
    ]
    assert rows[-1][:6] == ["Totaal", None, None, None, 2500, 8]
    assert len(rows) == 5


def test_a_name_is_never_a_formula(download):
    OrganisationFactory(
        name="=HYPERLINK(1)",
        bo_plus_active=False,
        active_from=datetime.date(2016, 1, 1),
    )
    text = download("csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text
    sheet = openpyxl.load_workbook(io.BytesIO(download("xlsx").content)).active
    cell = sheet["A2"]
    assert cell.value == "=HYPERLINK(1)"
    assert cell.data_type == "s"
