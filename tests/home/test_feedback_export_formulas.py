"""An answer that a spreadsheet program would run as a formula is written as
text in the export of the responses."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from .feedback import form_page, submit

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://example.org","Klik")'


def export(client, user, file_format):
    client.force_login(user)
    url = reverse("wagtailforms:list_submissions", args=[form_page().pk])
    response = client.get(url, {"export": file_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("answer", [FORMULA, "+31 6 1234", "-1+1", "@SUM(1)"])
def test_the_csv_export_has_no_formulas(client, coordinator, answer):
    submit(client, **{"Wat ging goed?": answer})
    rows = list(csv.reader(io.StringIO(export(client, coordinator, "csv").decode())))
    assert "'" + answer in rows[1]
    assert answer not in rows[1]


def test_the_xlsx_export_has_no_formulas(client, coordinator):
    submit(client, **{"Wat ging goed?": FORMULA})
    book = openpyxl.load_workbook(io.BytesIO(export(client, coordinator, "xlsx")))
    cells = [cell for row in book.active.iter_rows(min_row=2) for cell in row]
    found = [cell for cell in cells if cell.value == FORMULA]
    assert found
    assert all(cell.data_type == "s" for cell in found)
