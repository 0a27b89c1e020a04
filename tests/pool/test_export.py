"""Downloading a group's roster: coordinators any group, a contact person only
their own; for anyone else the group does not exist."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from pool.factories import MemberFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "naam",
    "e-mail",
    "telefoon",
    "talen",
    "domeinen",
    "ervaringsdeskundigheid",
    "datum_vog",
    "lid_sinds",
    "actief",
    "vertrokken_op",
    "andere_rollen",
]


def export_url(group, file_format):
    return reverse(f"pool_roster:export_{file_format}", args=[group.pk])


@pytest.fixture
def former_member(group_a):
    return MemberFactory(
        page=group_a,
        name="Ada Oudlid",
        email="ada@example.org",
        phone="",
        languages="Nederlands, Arabisch",
        domains=["werk-en-inkomen", "jeugd"],
        lived_experience=["psychische-klachten", "mantelzorg"],
        vog_date=None,
        joined_on=datetime.date(2023, 5, 1),
        active=False,
        left_on=datetime.date(2025, 6, 30),
        other_roles="Zorggroep Almere\nBuurtteam Haven",
    )


def test_a_contact_person_exports_their_group_as_csv(
    client, contact_a, group_a, former_member
):
    client.force_login(contact_a)
    response = client.get(export_url(group_a, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    expected_name = f"leden-{group_a.slug}-{today}.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{expected_name}"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    assert rows[1] == [
        "Ada Oudlid",
        "ada@example.org",
        "",
        "Nederlands, Arabisch",
        "Werk en inkomen, Jeugd",
        "Psychische klachten, Mantelzorg",
        "",
        "01-05-2023",
        "nee",
        "30-06-2025",
        "Zorggroep Almere\nBuurtteam Haven",
    ]
    assert [row[0] for row in rows[1:]] == [
        "Ada Oudlid",
        "Alma Alfalid",
        "Arie Alfalid",
    ]
    alma = rows[2]
    assert alma[1:] == [
        "alma@example.org",
        "06 12345678",
        "Nederlands",
        "Wmo",
        "Schulden",
        "01-01-2025",
        "01-01-2024",
        "ja",
        "",
        "",
    ]


def test_a_contact_person_exports_their_group_as_xlsx(
    client, contact_a, group_a, former_member
):
    client.force_login(contact_a)
    response = client.get(export_url(group_a, "xlsx"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert f"leden-{group_a.slug}-" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADERS
    ada = dict(zip(HEADERS, rows[1], strict=True))
    assert ada["naam"] == "Ada Oudlid"
    assert ada["domeinen"] == "Werk en inkomen, Jeugd"
    assert ada["actief"] == "nee"
    assert ada["lid_sinds"] == datetime.datetime(2023, 5, 1)  # a real date cell
    assert ada["vertrokken_op"] == datetime.datetime(2025, 6, 30)
    assert ada["datum_vog"] is None
    assert [row[0] for row in rows[1:]] == [
        "Ada Oudlid",
        "Alma Alfalid",
        "Arie Alfalid",
    ]


def test_text_that_looks_like_a_formula_stays_text(client, coordinator, group_a):
    MemberFactory(page=group_a, name='=HYPERLINK("x")', email="f@example.org")
    client.force_login(coordinator)
    response = client.get(export_url(group_a, "xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = next(c for c in sheet["A"] if c.value and c.value.startswith("="))
    assert cell.data_type == "s"


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_another_groups_export_is_not_found(
    client, contact_a, editor, group_a, group_b, file_format
):
    for user in (contact_a, editor):
        client.force_login(user)
        response = client.get(export_url(group_b, file_format))
        assert response.status_code == 404
        assert b"Bert Bravolid" not in response.content


def test_a_coordinator_exports_any_group(client, coordinator, group_a, group_b):
    client.force_login(coordinator)
    for group in (group_a, group_b):
        response = client.get(export_url(group, "csv"))
        assert response.status_code == 200
    assert "Bert Bravolid" in response.content.decode("utf-8-sig")


def test_an_unknown_group_is_not_found(client, coordinator, home):
    client.force_login(coordinator)
    url = reverse("pool_roster:export_csv", args=[home.pk])
    assert client.get(url).status_code == 404


def test_the_overview_lists_only_the_contact_persons_group(
    client, contact_a, group_a, group_b
):
    client.force_login(contact_a)
    response = client.get(reverse("pool_roster:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert export_url(group_a, "csv") in html
    assert export_url(group_a, "xlsx") in html
    assert "Groep Bravo" not in html
    assert reverse("pool_roster:import_group", args=[group_a.pk]) not in html


def test_coordinators_see_every_group_with_import_links(
    client, coordinator, group_a, group_b
):
    client.force_login(coordinator)
    html = client.get(reverse("pool_roster:index")).content.decode()
    for group in (group_a, group_b):
        assert export_url(group, "csv") in html
        assert reverse("pool_roster:import_group", args=[group.pk]) in html


def test_the_editor_has_no_overview(client, editor, group_a):
    client.force_login(editor)
    assert client.get(reverse("pool_roster:index")).status_code == 403


def test_the_menu_shows_export_to_contact_persons_and_import_to_coordinators(
    client, contact_a, coordinator, editor, group_a
):
    index_url = reverse("pool_roster:index")
    import_url = reverse("pool_roster:import")
    expected = {
        contact_a: (True, False),
        coordinator: (True, True),
        editor: (False, False),
    }
    for user, (sees_export, sees_import) in expected.items():
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (f'"{index_url}"' in html) is sees_export, user
        assert (f'"{import_url}"' in html) is sees_import, user
