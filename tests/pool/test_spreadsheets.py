"""Spreadsheet exports of the pool: no cell runs as a formula in a CSV file,
yes/no is Dutch, and an exported roster imports unchanged."""

import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pool.factories import MemberFactory, OrganisationFactory
from pool.resources import TextWidget
from pool.spreadsheets import neutralise_formula, strip_formula_mark

from .test_import import kinds, snapshot, upload

pytestmark = pytest.mark.django_db

ORGANISATIONS = "wagtailsnippets_pool_organisation:list"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SOM(1;2)", "'=SOM(1;2)"),
        ("+31 6 12345678", "'+31 6 12345678"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("Anna", "Anna"),
        ("'quote", "'quote"),
        (None, None),
        (3, 3),
    ],
)
def test_neutralise_and_strip_are_each_others_inverse(value, expected):
    assert neutralise_formula(value) == expected
    if isinstance(value, str):
        assert strip_formula_mark(expected) == value


def test_the_import_takes_the_mark_off():
    assert TextWidget().clean("'=SOM(1;2)") == "=SOM(1;2)"
    assert TextWidget().clean("'Anna") == "'Anna"


def organisation_export(client, file_format):
    response = client.get(reverse(ORGANISATIONS), {"export": file_format})
    return b"".join(response.streaming_content)


def test_organisation_csv_says_ja_nee_and_runs_no_formula(client, coordinator):
    OrganisationFactory(name="Grote Kring", bo_plus_active=True)
    OrganisationFactory(name="=HYPERLINK(1)", bo_plus_active=False)
    client.force_login(coordinator)
    content = organisation_export(client, "csv").decode()
    rows = {row[0]: row for row in csv.reader(io.StringIO(content))}
    assert rows["Grote Kring"][2] == "ja"
    assert rows["'=HYPERLINK(1)"][2] == "nee"
    assert "True" not in content and "False" not in content


def test_organisation_xlsx_says_ja_nee(client, coordinator):
    OrganisationFactory(name="Grote Kring", bo_plus_active=True)
    client.force_login(coordinator)
    book = openpyxl.load_workbook(io.BytesIO(organisation_export(client, "xlsx")))
    values = [cell.value for cell in book.active[2]]
    assert values[0] == "Grote Kring"
    assert values[2] == "ja"


def test_roster_csv_runs_no_formula(client, coordinator, group_a):
    MemberFactory(
        page=group_a, name="=HYPERLINK(1)", email="f@example.org", phone="+31 6 1"
    )
    client.force_login(coordinator)
    response = client.get(reverse("pool_roster:export_csv", args=[group_a.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r[1] == "f@example.org")
    assert row[0] == "'=HYPERLINK(1)"
    assert row[2] == "'+31 6 1"
    assert not any(c.startswith(("=", "+", "-", "@")) for r in rows for c in r)


def test_a_csv_round_trip_changes_nothing(client, coordinator, group_a):
    MemberFactory(
        page=group_a,
        name="=HYPERLINK(1)",
        email="f@example.org",
        phone="+31 6 12345678",
        other_roles="-buurtteam",
    )
    client.force_login(coordinator)
    exported = client.get(reverse("pool_roster:export_csv", args=[group_a.pk]))
    before = snapshot()

    file = SimpleUploadedFile("leden.csv", exported.content, content_type="text/csv")
    response = upload(client, group_a, file)

    assert set(kinds(response).values()) == {"skip"}
    assert len(kinds(response)) == 3
    assert snapshot() == before
