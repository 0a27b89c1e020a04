"""A coordinator imports a roster file into one group: a preview that writes
nothing, then an import that writes exactly what the preview showed."""

import datetime
import io
from pathlib import Path

import openpyxl
import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Revision

from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import Member, RosterGroupPage
from pool.resources import MemberResource
from pool.upload_storage import RosterUploadStorage
from pool.views.imports import SESSION_PREFIX

pytestmark = pytest.mark.django_db

HEADERS = MemberResource.column_names()
IMPORT_URL = reverse("pool_roster:import")
CONFIRM_URL = reverse("pool_roster:import_confirm")


def row(**values):
    defaults = {
        "naam": "Nina Nieuwlid",
        "e-mail": "nina@import.test",
        "telefoon": "06 11223344",
        "talen": "Nederlands, Turks",
        "domeinen": "Wmo, Werk en inkomen",
        "ervaringsdeskundigheid": "Schulden",
        "datum_vog": "15-03-2025",
        "lid_sinds": "01-02-2025",
        "actief": "ja",
        "vertrokken_op": "",
        "andere_rollen": "",
    }
    return {**defaults, **values}


def exported_rows(group):
    """The group's members as the export writes them."""
    return list(MemberResource(group=group).export().dict)


def dataset(rows, headers=HEADERS):
    data = tablib.Dataset(headers=headers)
    for values in rows:
        data.append([values.get(header, "") for header in headers])
    return data


def csv_file(rows, headers=HEADERS, name="leden.csv"):
    content = dataset(rows, headers).export("csv").encode()
    return SimpleUploadedFile(name, content, content_type="text/csv")


def upload(client, group, file):
    return client.post(IMPORT_URL, {"group": group.pk, "file": file})


def confirm(client, response):
    return client.post(CONFIRM_URL, {"token": response.context["token"]})


def snapshot():
    """Everything an import could change: all members and all revisions."""
    members = list(Member.objects.order_by("pk").values())
    return members, Revision.objects.count()


def form_errors(response) -> str:
    return " ".join(
        str(e) for errors in response.context["form"].errors.values() for e in errors
    )


def kinds(response):
    return {r.line: r.kind for r in response.context["preview"].rows}


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    yield client
    # Previews that were never confirmed leave their upload behind.
    for key, pending in client.session.items():
        if key.startswith(SESSION_PREFIX):
            storage = RosterUploadStorage(name=pending["storage_name"])
            Path(storage.get_full_path()).unlink(missing_ok=True)


@pytest.fixture
def mixed_rows(group_a):
    """Row 2 new, row 3 changes Alma, row 4 repeats Arie as he is."""
    alma, arie = sorted(exported_rows(group_a), key=lambda r: r["naam"])
    return [row(), {**alma, "telefoon": "036 1234567"}, arie]


def test_the_preview_writes_nothing(coordinator_client, group_a, group_b, mixed_rows):
    before = snapshot()
    response = upload(coordinator_client, group_a, csv_file(mixed_rows))
    assert response.status_code == 200
    assert kinds(response) == {2: "new", 3: "update", 4: "skip"}
    html = response.content.decode()
    assert "1 nieuw, 1 gewijzigd, 1 ongewijzigd, 0 met fouten" in html
    assert "Verandert: telefoon" in html
    assert 'name="token"' in html
    assert snapshot() == before


def test_confirm_writes_exactly_the_previewed_rows(
    coordinator_client, coordinator, group_a, group_b, mixed_rows
):
    arie_before = Member.objects.filter(email="arie@example.org").values().get()
    bravo_before = list(Member.objects.filter(page=group_b).values())
    preview = upload(coordinator_client, group_a, csv_file(mixed_rows))

    response = confirm(coordinator_client, preview)

    assert response.status_code == 302
    nina = Member.objects.get(email="nina@import.test")
    assert nina.page_id == group_a.pk
    assert nina.domains == ["wmo", "werk-en-inkomen"]
    assert nina.lived_experience == ["schulden"]
    assert nina.vog_date == datetime.date(2025, 3, 15)
    assert nina.joined_on == datetime.date(2025, 2, 1)
    assert nina.languages == "Nederlands, Turks"
    assert Member.objects.get(email="alma@example.org").phone == "036 1234567"
    assert Member.objects.filter(email="arie@example.org").values().get() == arie_before
    assert list(Member.objects.filter(page=group_b).values()) == bravo_before
    assert Member.objects.filter(page=group_a).count() == 3

    page = RosterGroupPage.objects.get(pk=group_a.pk)
    assert not page.has_unpublished_changes
    revision = page.latest_revision
    assert revision.user == coordinator
    assert page.live_revision == revision
    emails = {member["email"] for member in revision.content["members"]}
    assert emails == {"alma@example.org", "arie@example.org", "nina@import.test"}
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("1 nieuw, 1 gewijzigd, 1 ongewijzigd" in m for m in messages)


def test_a_token_imports_only_once(coordinator_client, group_a, mixed_rows):
    preview = upload(coordinator_client, group_a, csv_file(mixed_rows))
    confirm(coordinator_client, preview)
    revisions = Revision.objects.count()

    response = coordinator_client.post(
        CONFIRM_URL, {"token": preview.context["token"]}, follow=True
    )

    assert "verlopen" in response.content.decode()
    assert Revision.objects.count() == revisions


def test_data_changed_since_the_preview_saves_nothing(
    coordinator_client, group_a, mixed_rows
):
    preview = upload(coordinator_client, group_a, csv_file(mixed_rows))
    Member.objects.filter(email="alma@example.org").update(phone="036 1234567")
    before = snapshot()

    response = confirm(coordinator_client, preview)

    assert response.status_code == 302
    assert response.url == reverse("pool_roster:import_group", args=[group_a.pk])
    assert snapshot() == before
    assert not Member.objects.filter(email="nina@import.test").exists()
    follow = coordinator_client.get(response.url)
    assert "veranderd sinds het voorbeeld" in follow.content.decode()


@pytest.mark.parametrize(
    ("values", "column", "message"),
    [
        (
            {"datum_vog": "31-02-2025"},
            "datum_vog",
            "'31-02-2025' is geen geldige datum",
        ),
        ({"lid_sinds": "gisteren"}, "lid_sinds", "Schrijf de datum als dd-mm-jjjj"),
        ({"domeinen": "Wmo, Ruimtevaart"}, "domeinen", "Onbekend domein: Ruimtevaart"),
        (
            {"ervaringsdeskundigheid": "Zeeziekte"},
            "ervaringsdeskundigheid",
            "Onbekende ervaringsdeskundigheid: Zeeziekte",
        ),
        ({"telefoon": "12345"}, "telefoon", "Nederlands telefoonnummer"),
        (
            {"actief": "nee"},
            "vertrokken_op",
            "Vul de datum in waarop dit lid is gestopt",
        ),
        ({"actief": "misschien"}, "actief", "Vul 'ja' of 'nee' in"),
        (
            {"e-mail": "bert@example.org"},
            "e-mail",
            "actief lid van de groep Groep Bravo",
        ),
        ({"naam": ""}, "naam", "Dit veld kan niet leeg zijn"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_written(
    coordinator_client, group_a, group_b, values, column, message
):
    before = snapshot()
    response = upload(coordinator_client, group_a, csv_file([row(**values)]))

    preview = response.context["preview"]
    [bad] = preview.error_rows
    assert bad.line == 2
    assert any(c == column and message in m for c, m in bad.errors), bad.errors
    html = response.content.decode()
    assert "Pas het bestand aan en probeer het opnieuw" in html
    assert 'name="token"' not in html
    assert snapshot() == before


def test_duplicate_emails_in_the_file(coordinator_client, group_a):
    before = snapshot()
    rows = [row(), row(naam="Nina Dubbel", **{"e-mail": "NINA@import.test"})]
    response = upload(coordinator_client, group_a, csv_file(rows))

    errors = {r.line: r.errors for r in response.context["preview"].error_rows}
    assert errors[2] == [
        ("e-mail", "Dit e-mailadres staat ook in rij 3 van het bestand.")
    ]
    assert errors[3] == [
        ("e-mail", "Dit e-mailadres staat ook in rij 2 van het bestand.")
    ]
    assert snapshot() == before


def test_an_inactive_member_may_share_an_address_with_another_group(
    coordinator_client, group_a, group_b
):
    values = {
        "e-mail": "bert@example.org",
        "actief": "nee",
        "vertrokken_op": "01-03-2025",
    }
    response = upload(coordinator_client, group_a, csv_file([row(**values)]))
    assert kinds(response) == {2: "new"}


def bad_file(kind):
    if kind == "columns":
        return csv_file(
            [{"naam": "X", "email": "x@import.test"}], ["naam", "email", "foo"]
        )
    if kind == "png":
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
        return SimpleUploadedFile("leden.csv", png * 20, content_type="text/csv")
    if kind == "garbage-xlsx":
        return SimpleUploadedFile("leden.xlsx", bytes(range(256)) * 40)
    if kind == "huge":
        return SimpleUploadedFile(
            "leden.csv", b"naam,e-mail\n" + b"x" * 20 * 1024 * 1024
        )
    if kind == "pdf":
        return SimpleUploadedFile("leden.pdf", b"%PDF-1.4 nothing")
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("columns", "Deze verplichte kolommen ontbreken: e-mail."),
        ("columns", "Deze kolommen kennen we niet: email, foo."),
        ("png", "Dit bestand kan niet worden gelezen."),
        ("garbage-xlsx", "Dit bestand kan niet worden gelezen."),
        ("huge", "Het bestand is groter dan 5 MB."),
        ("pdf", "Kies een CSV- of Excel-bestand"),
    ],
)
def test_a_bad_file_is_refused(coordinator_client, group_a, kind, message):
    before = snapshot()
    response = upload(coordinator_client, group_a, bad_file(kind))
    assert response.status_code == 200
    assert "preview" not in response.context
    assert message in form_errors(response)
    assert snapshot() == before


def test_no_import_while_the_group_has_pending_changes(coordinator_client, group_a):
    group_a.title = "Groep Alfa (concept)"
    group_a.save_revision()
    response = upload(coordinator_client, group_a, csv_file([row()]))
    assert "eerst goedkeuren of afwijzen" in form_errors(response)
    assert not Member.objects.filter(email="nina@import.test").exists()


def test_no_import_while_the_group_is_in_a_workflow(
    coordinator_client, contact_a, group_a
):
    group = RosterGroupPage.objects.get(pk=group_a.pk)
    group.save_revision(user=contact_a)
    group.get_workflow().start(group, contact_a)
    response = upload(coordinator_client, group_a, csv_file([row()]))
    assert "eerst goedkeuren of afwijzen" in form_errors(response)


@pytest.mark.parametrize("user_fixture", ["contact_a", "editor"])
def test_only_coordinators_may_import(client, request, group_a, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    group_url = reverse("pool_roster:import_group", args=[group_a.pk])
    assert client.get(IMPORT_URL).status_code == 403
    # For a group they may not see at all, the page guard answers 404 first.
    assert client.get(group_url).status_code in (403, 404)
    assert upload(client, group_a, csv_file([row()])).status_code == 403
    assert client.post(CONFIRM_URL, {"token": "x"}).status_code == 403
    assert not Member.objects.filter(email="nina@import.test").exists()


def test_an_unknown_or_non_pool_group_is_not_found(coordinator_client, home):
    missing = RosterGroupPage.objects.order_by("-pk").first().pk + 1000
    for page_id in (missing, home.pk):
        url = reverse("pool_roster:import_group", args=[page_id])
        assert coordinator_client.get(url).status_code == 404


def test_the_form_preselects_the_group(coordinator_client, group_a):
    url = reverse("pool_roster:import_group", args=[group_a.pk])
    response = coordinator_client.get(url)
    assert response.context["form"].initial["group"] == group_a


def test_semicolons_and_windows_encoding_from_dutch_excel(coordinator_client, group_a):
    content = dataset([row(naam="Chloé Ünal")]).export("csv", delimiter=";")
    file = SimpleUploadedFile("leden.csv", content.encode("cp1252"))
    response = upload(coordinator_client, group_a, file)
    [only] = response.context["preview"].rows
    assert (only.kind, only.name) == ("new", "Chloé Ünal")


def test_a_large_file_imports_every_row(coordinator_client):
    group = RosterGroupPageFactory(title="Grote groep")
    rows = [
        row(naam=f"Lid {n}", **{"e-mail": f"lid{n}@groot.test", "telefoon": ""})
        for n in range(300)
    ]
    preview = upload(coordinator_client, group, csv_file(rows))
    assert preview.context["preview"].totals == {
        "new": 300,
        "update": 0,
        "skip": 0,
        "error": 0,
    }
    assert confirm(coordinator_client, preview).status_code == 302
    assert Member.objects.filter(page=group).count() == 300


def test_an_xlsx_round_trip_changes_nothing(
    coordinator_client, coordinator, contact_a, group_a
):
    client = coordinator_client
    MemberFactory(
        page=group_a,
        name="Ada Oudlid",
        email="ada@example.org",
        domains=["jeugd", "wmo"],
        lived_experience=[],
        vog_date=None,
        active=False,
        left_on=datetime.date(2025, 6, 30),
        other_roles="Zorggroep Almere\n=SOM(1;2)",
    )
    client.force_login(contact_a)
    exported = client.get(reverse("pool_roster:export_xlsx", args=[group_a.pk]))
    client.force_login(coordinator)
    before = snapshot()

    file = SimpleUploadedFile("leden.xlsx", exported.content)
    response = upload(client, group_a, file)

    assert set(kinds(response).values()) == {"skip"}
    assert len(kinds(response)) == 3
    assert snapshot() == before


def test_xlsx_date_cells_are_read(coordinator_client, group_a):
    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    values = row()
    values.update(datum_vog=datetime.datetime(2025, 3, 15), lid_sinds="2025-02-01")
    book.active.append([values[h] for h in HEADERS])
    stream = io.BytesIO()
    book.save(stream)

    response = upload(
        coordinator_client, group_a, SimpleUploadedFile("leden.xlsx", stream.getvalue())
    )

    assert kinds(response) == {2: "new"}
    confirm(coordinator_client, response)
    nina = Member.objects.get(email="nina@import.test")
    assert nina.vog_date == datetime.date(2025, 3, 15)
    assert nina.joined_on == datetime.date(2025, 2, 1)
