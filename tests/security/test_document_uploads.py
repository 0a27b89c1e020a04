"""Editors upload documents of the allowed types only, each within its own
size limit; a file whose content does not match its extension is refused
with a Dutch message, and nothing is saved: not through the upload of one
file, the upload of several at once (what editors use) or the replacing of
a document's file."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.models import Collection

from home.factories import SiteDocumentFactory
from home.models import SiteDocument
from tests.pool.conftest import editor  # noqa: F401

from .upload_files import DOCUMENTS, HTML, MP4, PDF, TXT, VTT, image, zipped

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/documents/add/"
MULTIPLE_URL = "/admin/documents/multiple/add/"
MISMATCH = "de inhoud past niet bij de extensie"


@pytest.fixture
def editor_client(client, editor):  # noqa: F811 (fixture)
    client.force_login(editor)
    return client


def root_collection():
    return Collection.get_first_root_node()


def stored_documents() -> set[str]:
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def upload_one(client, name, data):
    return client.post(
        ADD_URL,
        {
            "title": "Proefbestand",
            "file": SimpleUploadedFile(name, data),
            "collection": root_collection().pk,
            "description": "",
            "tags": "",
        },
    )


def upload_several(client, name, data):
    return client.post(
        MULTIPLE_URL,
        {
            "files[]": SimpleUploadedFile(name, data),
            "collection": root_collection().pk,
        },
    )


def file_errors(response) -> str:
    if response["Content-Type"].startswith("application/json"):
        return response.json().get("error_message", "")
    return " ".join(response.context["form"].errors.get("file", []))


def assert_refused(response, message):
    assert response.status_code == 200
    errors = file_errors(response)
    assert message in errors, errors
    # One clear message, not a second one from the model about the extension.
    assert "Bestandsextensie" not in errors, errors


@pytest.mark.parametrize("extension", sorted(DOCUMENTS))
@pytest.mark.parametrize("upload", [upload_one, upload_several])
def test_every_allowed_type_is_accepted(editor_client, upload, extension):
    before = SiteDocument.objects.count()
    response = upload(editor_client, f"proef.{extension}", DOCUMENTS[extension])
    assert response.status_code in (200, 302)
    assert file_errors(response) == "" if response.status_code == 200 else True
    assert SiteDocument.objects.count() == before + 1
    document = SiteDocument.objects.latest("pk")
    assert document.file_extension == extension


LOOK_ALIKES = [
    ("pdf", HTML),
    ("pdf", b"PK\x03\x04 not a pdf"),
    ("docx", DOCUMENTS["xlsx"]),
    ("xlsx", DOCUMENTS["docx"]),
    ("pptx", zipped({"ppt/slide.xml": b"<slide/>"})),
    ("docx", PDF),
    ("odt", DOCUMENTS["ods"]),
    ("ods", zipped({"content.xml": b"<content/>"})),
    ("txt", b"tekst\x00met een NUL"),
    ("txt", "niet in UTF-8: café".encode("latin-1")),
    ("txt", image("PNG")),
    ("vtt", TXT),
    ("mp4", PDF),
    ("webm", MP4),
]


@pytest.mark.parametrize(("extension", "data"), LOOK_ALIKES)
@pytest.mark.parametrize("upload", [upload_one, upload_several])
def test_content_that_does_not_match_the_extension_is_refused(
    editor_client, upload, extension, data
):
    before_rows, before_files = SiteDocument.objects.count(), stored_documents()
    response = upload(editor_client, f"proef.{extension}", data)
    assert_refused(response, MISMATCH)
    assert f"geen echt {extension.upper()}-bestand" in file_errors(response)
    assert SiteDocument.objects.count() == before_rows
    assert stored_documents() == before_files


@pytest.mark.parametrize("name", ["proef.html", "proef.svg", "proef.exe", "proef"])
@pytest.mark.parametrize("upload", [upload_one, upload_several])
def test_other_types_are_refused(editor_client, upload, name):
    before_rows, before_files = SiteDocument.objects.count(), stored_documents()
    response = upload(editor_client, name, HTML)
    assert_refused(response, "Een bestand van deze soort kan niet worden geüpload")
    assert "PDF, DOCX, ODT, XLSX, ODS, PPTX, MP4, WEBM, TXT en VTT" in file_errors(
        response
    )
    assert SiteDocument.objects.count() == before_rows
    assert stored_documents() == before_files


@override_settings(
    HOME_DOCUMENT_MAX_SIZES={**settings.HOME_DOCUMENT_MAX_SIZES, "txt": 10, "pdf": 100}
)
@pytest.mark.parametrize("upload", [upload_one, upload_several])
def test_each_type_has_its_own_size_limit(editor_client, upload):
    before = SiteDocument.objects.count()
    response = upload(editor_client, "lang.txt", b"a" * 11)
    assert_refused(response, "Dit bestand is te groot (11")
    assert "Een TXT-bestand mag hoogstens 10" in file_errors(response)
    assert SiteDocument.objects.count() == before
    # The same number of bytes is fine for a type with a higher limit.
    upload(editor_client, "kort.pdf", PDF[:11] + b"\n")
    assert SiteDocument.objects.count() == before + 1


def test_wagtail_refuses_what_is_larger_than_the_largest_limit(editor_client):
    with override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=20):
        response = upload_several(editor_client, "proef.pdf", PDF)
    assert_refused(response, "Dit bestand is te groot")


def test_the_upload_pages_name_the_types_and_limits(editor_client):
    for url in (ADD_URL, MULTIPLE_URL):
        html = editor_client.get(url).content.decode()
        html = html.replace("\xa0", " ")
        assert "Toegestaan: PDF, DOCX, ODT, XLSX, ODS en PPTX tot 20,0 MB" in html
        assert "MP4 en WEBM tot 100,0 MB" in html and "TXT en VTT tot 1,0 MB" in html


def test_the_sites_own_video_and_captions_can_be_uploaded():
    assert {"mp4", "webm", "vtt"} <= set(settings.WAGTAILDOCS_EXTENSIONS)


def test_replacing_a_file_checks_the_new_file_and_keeps_the_old_one(
    editor_client,
    editor,  # noqa: F811 (fixture)
):
    document = SiteDocumentFactory(
        title="Folder", uploaded_by_user=editor, collection=root_collection()
    )
    old_name, old_content = document.file.name, document.file.read()
    url = f"/admin/documents/edit/{document.pk}/"
    data = {
        "title": "Folder",
        "collection": document.collection_id,
        "description": "",
        "tags": "",
    }

    refused = editor_client.post(
        url, {**data, "file": SimpleUploadedFile("nieuw.pdf", HTML)}
    )

    assert_refused(refused, MISMATCH)
    document.refresh_from_db()
    assert document.file.name == old_name
    assert document.file.read() == old_content

    accepted = editor_client.post(
        url, {**data, "file": SimpleUploadedFile("ondertiteling.vtt", VTT)}
    )
    assert accepted.status_code == 302
    document.refresh_from_db()
    assert document.file_extension == "vtt"


def test_an_edit_without_a_new_file_is_not_checked_again(
    editor_client,
    editor,  # noqa: F811 (fixture)
):
    document = SiteDocumentFactory(
        title="Oud", uploaded_by_user=editor, collection=root_collection()
    )
    response = editor_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Nieuwe titel",
            "collection": document.collection_id,
            "description": "",
            "tags": "",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Nieuwe titel"
