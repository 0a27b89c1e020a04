"""Each figure as CSV and XLSX, and the whole report as one workbook, with
the period in the file name and no personal data."""

import csv
import io

import openpyxl
import pytest

from .helpers import approved, group, local, member, request_at

pytestmark = pytest.mark.django_db

PERIOD = "?start=2015-01-01&end=2015-12-31"
EXPORT = "/admin/rapportages/export/"


@pytest.fixture
def data_2015():
    oco = member(group("Groep Rapport"), name="Ineke Geheimnaam")
    first = request_at(local(1, 5), name="Verzonnen Inwoner", referral="school")
    second = request_at(local(3, 31, 23, 30), referral="")
    approved(first, oco, local(1, 8), organisation_name="=Kwaadaardig()")
    approved(second, oco, local(4, 8), follow_up=True)
    return first, second


def download(client, user, path):
    client.force_login(user)
    response = client.get(EXPORT + path + PERIOD)
    assert response.status_code == 200
    return response


def test_a_figure_as_csv(client, coordinator, data_2015):
    response = download(client, coordinator, "aanvragen-per-verwijzer.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="aanvragen-per-verwijzer-'
        '2015-01-01-tot-en-met-2015-12-31.csv"'
    )
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Hoe bij ons gekomen", "Aantal", "Aandeel (%)"]
    assert ["Via school", "1", "50,0"] in rows
    assert ["Anders", "0", "0,0"] in rows
    assert rows[-1] == ["Niet ingevuld", "1", "50,0"]


def test_a_figure_as_xlsx_keeps_numbers_as_numbers(client, coordinator, data_2015):
    response = download(client, coordinator, "aanvragen-per-maand.xlsx")

    assert response["Content-Disposition"].endswith(
        'aanvragen-per-maand-2015-01-01-tot-en-met-2015-12-31.xlsx"'
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Aanvragen per maand"
    assert rows[0] == ("Maand", "Aanvragen")
    assert rows[1] == ("januari 2015", 1)
    assert rows[3] == ("maart 2015", 1)  # 23:30 on 31 March is still March
    assert rows[-1] == ("Totaal", 2)


def test_a_name_that_looks_like_a_formula_stays_text(client, coordinator, data_2015):
    csv_text = download(client, coordinator, "per-organisatie.csv").content.decode()
    workbook = openpyxl.load_workbook(
        io.BytesIO(download(client, coordinator, "per-organisatie.xlsx").content)
    )

    assert "'=Kwaadaardig()" in csv_text
    # In XLSX a text cell, as in the fee overview: no apostrophe to see.
    cell = workbook.active["A2"]
    assert cell.value == "=Kwaadaardig()"
    assert cell.data_type == "s"


def test_the_whole_report_as_one_workbook(client, coordinator, data_2015):
    response = download(client, coordinator, "rapportage.xlsx")

    assert response["Content-Disposition"] == (
        'attachment; filename="rapportage-oco-almere-'
        '2015-01-01-tot-en-met-2015-12-31.xlsx"'
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Over deze rapportage",
        "Aanvragen per maand",
        "Aanvragen per domein",
        "Hoe bij ons gekomen",
        "Tijd tot koppeling kerncijfers",
        "Tijd tot koppeling",
        "Vervolgondersteuning",
        "Trajecten per organisatie",
        "OCO's een keer of vaker",
        "Actieve OCO's en VOG",
        "Opkomst",
        "Deelname OCO's",
    ]
    about = list(workbook["Over deze rapportage"].iter_rows(values_only=True))
    assert ("Periode", "1 januari 2015 t/m 31 december 2015") in about
    follow_up = list(workbook["Vervolgondersteuning"].iter_rows(values_only=True))
    assert follow_up[1] == ("Met vervolgondersteuning", 1, 50.0)
    key_figures = list(
        workbook["Tijd tot koppeling kerncijfers"].iter_rows(values_only=True)
    )
    # 3 and 8 days: the median is 5.5.
    assert key_figures[2] == ("Mediaan (dagen)", 5.5)


def test_no_personal_data_in_the_workbook(client, coordinator, data_2015):
    first, second = data_2015
    response = download(client, coordinator, "rapportage.xlsx")

    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    cells = {
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
    }
    for personal in ["Ineke Geheimnaam", "Verzonnen Inwoner", first.reference]:
        assert not any(personal in cell for cell in cells)
    assert not any(second.reference in cell for cell in cells)
