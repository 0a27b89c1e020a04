"""The attendance list of one occurrence as CSV and XLSX."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from scheduling import booking

pytestmark = pytest.mark.django_db

HEADERS = [
    "naam",
    "e-mailadres",
    "status",
    "aanwezig",
    "aangemeld op",
    "sessie",
    "datum",
]


def export_url(slot, file_format):
    return reverse(
        "scheduling_session:occurrence_export",
        args=[slot.session.pk, slot.key, file_format],
    )


def test_csv_lists_confirmed_then_waiting_without_cancelled(
    coordinator_client, full_session, slot
):
    _session, registrations = full_session
    booking.cancel(registrations[1])  # Bram leaves; Daan moves up

    response = coordinator_client.get(export_url(slot, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    day = timezone.localtime(slot.start).strftime("%Y-%m-%d")
    assert (
        f"aanwezigheid-training-gespreksvoering-{day}.csv"
        in (response["Content-Disposition"])
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    assert [row[0] for row in rows[1:]] == [
        "Anna Aanmelder",
        "Cora Cliënt",
        "Daan Wachter",
        "Eva Wachter",
    ]
    assert rows[1][2] == "Aangemeld"
    assert rows[4][2] == "Op de wachtlijst"
    assert rows[1][5] == "Training gespreksvoering"
    assert rows[1][6] == timezone.localtime(slot.start).strftime("%d-%m-%Y %H:%M")


def test_xlsx_opens_with_the_names_and_attendance(coordinator_client, past_session):
    _session, slot = past_session
    from scheduling.models import Registration

    Registration.objects.filter(name="Fleur Fietser").update(attended=True)

    response = coordinator_client.get(export_url(slot, "xlsx"))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADERS
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Fleur Fietser", "Gijs Gast"}
    assert by_name["Fleur Fietser"][3] == "ja"
    assert by_name["Gijs Gast"][3] in ("", None)


def test_a_name_typed_as_a_formula_stays_text(coordinator_client, session, slot):
    booking.register(slot, name='=HYPERLINK("http://x")', email="f@example.org")

    response = coordinator_client.get(export_url(slot, "csv"))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=")


def test_an_unknown_format_is_not_found(coordinator_client, full_session, slot):
    assert coordinator_client.get(export_url(slot, "pdf")).status_code == 404
