"""Images: Wagtail (Willow) refuses a file whose format does not match its
extension, anything that is no image, SVG (not among the allowed types) and
files over the size limit, through every upload path editors use. A broken
image is refused with a message as well, never with a server error. Nothing
refused is saved."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from tests.pool.conftest import editor  # noqa: F401

from .upload_files import HTML, SVG, broken_png, image

pytestmark = pytest.mark.django_db

Image = get_image_model()
ADD_URL = "/admin/images/add/"
MULTIPLE_URL = "/admin/images/multiple/add/"


@pytest.fixture
def editor_client(client, editor):  # noqa: F811 (fixture)
    client.force_login(editor)
    return client


def stored_images() -> set[str]:
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def upload_one(client, name, data):
    return client.post(
        ADD_URL,
        {
            "title": "Proefafbeelding",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
            "description": "Een blauw vlak",
            "tags": "",
        },
    )


def upload_several(client, name, data):
    return client.post(
        MULTIPLE_URL,
        {
            "files[]": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_errors(response) -> str:
    if response["Content-Type"].startswith("application/json"):
        return response.json().get("error_message", "")
    return " ".join(response.context["form"].errors.get("file", []))


UPLOADS = [upload_one, upload_several]
REFUSED = [
    ("png-als-jpg.jpg", image("PNG"), "Geen geldige .jpeg afbeelding"),
    ("jpeg-als-png.png", image("JPEG"), "Geen geldige .png afbeelding"),
    ("pagina.png", HTML, "Geen geldige .png afbeelding"),
    ("tekening.svg", SVG, "Geen ondersteund afbeeldingsformaat"),
    ("kapot.png", broken_png(), "Upload een geldige afbeelding"),
    ("pagina.html", HTML, "Geen ondersteund afbeeldingsformaat"),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), REFUSED, ids=[name for name, *_ in REFUSED]
)
@pytest.mark.parametrize("upload", UPLOADS)
def test_refused_with_a_dutch_message_and_nothing_saved(
    editor_client, upload, name, data, message
):
    before_rows, before_files = Image.objects.count(), stored_images()
    response = upload(editor_client, name, data)
    assert response.status_code == 200
    assert message in file_errors(response)
    assert Image.objects.count() == before_rows
    assert stored_images() == before_files


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=500)
@pytest.mark.parametrize("upload", UPLOADS)
def test_an_image_over_the_size_limit_is_refused(editor_client, upload):
    data = image("PNG", (300, 300))
    assert len(data) > 500
    before = Image.objects.count()
    response = upload(editor_client, "groot.png", data)
    assert "Dit bestand is te groot" in file_errors(response)
    assert Image.objects.count() == before


@pytest.mark.parametrize(
    ("name", "image_format"),
    [
        ("foto.jpg", "JPEG"),
        ("foto.png", "PNG"),
        ("foto.gif", "GIF"),
        ("foto.webp", "WEBP"),
    ],
)
@pytest.mark.parametrize("upload", UPLOADS)
def test_real_images_are_accepted(editor_client, upload, name, image_format):
    before = Image.objects.count()
    response = upload(editor_client, name, image(image_format))
    assert response.status_code in (200, 302)
    assert not file_errors(response) if response.status_code == 200 else True
    assert Image.objects.count() == before + 1


def test_svg_is_not_an_allowed_type():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_replacing_an_image_checks_the_new_file_and_keeps_the_old_one(admin_client):
    original = Image.objects.create(
        title="Poster", file=get_test_image_file(filename="poster.png")
    )
    old_name = original.file.name
    url = f"/admin/images/{original.pk}/"
    data = {
        "title": "Poster",
        "collection": original.collection_id,
        "description": "Een poster",
        "tags": "",
    }

    for name, content in (("poster.png", broken_png()), ("poster.jpg", image("PNG"))):
        response = admin_client.post(
            url, {**data, "file": SimpleUploadedFile(name, content)}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
        original.refresh_from_db()
        assert original.file.name == old_name
        assert (Path(settings.MEDIA_ROOT) / old_name).exists()
