"""Documents in a collection with a view restriction reach only those it
allows, through Wagtail's serve view; no address under /media/ hands them out,
no shared cache keeps them. Pages with a view restriction stay out of the
sitemap and the search for anonymous visitors."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import Resolver404, URLResolver, reverse
from django.urls.resolvers import RegexPattern
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.urls import development_media_urls
from home.factories import SiteDocumentFactory, StandardPageFactory
from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import UserFactory
from tests.pool.conftest import coordinator  # noqa: F401

from .upload_files import DOCUMENTS, MP4, PDF

pytestmark = pytest.mark.django_db

PASSWORD = "zeer-geheim-woord"


def restricted_collection(name, restriction_type, **extra):
    collection = Collection.get_first_root_node().add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **extra
    )
    return collection, restriction


def document_in(collection, name="intern.pdf", data=PDF):
    from django.core.files.base import ContentFile

    return SiteDocumentFactory(
        title=name, collection=collection, file=ContentFile(data, name=name)
    )


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def assert_not_served(response, data=PDF):
    assert data not in body(response)
    assert {"private", "no-store"} <= cache_control(response)


def test_anonymous_gets_a_login_page_not_the_file(client):
    collection, _ = restricted_collection("Alleen intern", "login")
    document = document_in(collection)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailcore_login"))
    assert_not_served(response)


def test_the_file_is_not_at_a_guessed_media_address(client):
    collection, _ = restricted_collection("Alleen intern", "login")
    document = document_in(collection)
    assert (Path(settings.MEDIA_ROOT) / document.file.name).exists()
    for address in (document.file.url, f"/media/{document.file.name}"):
        response = client.get(address)
        assert response.status_code == 404
        assert PDF not in body(response)


@override_settings(DEBUG=True)
def test_development_serves_images_from_media_but_never_documents(rf):
    resolver = URLResolver(RegexPattern(r"^/"), development_media_urls())
    image_folder = Path(settings.MEDIA_ROOT) / "images"
    image_folder.mkdir(parents=True, exist_ok=True)
    (image_folder / "foto.width-960.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    match = resolver.resolve("/media/images/foto.width-960.png")
    response = match.func(rf.get("/"), *match.args, **match.kwargs)
    assert response.status_code == 200
    resolver.resolve("/media/original_images/foto.png")
    collection, _ = restricted_collection("Alleen intern", "login")
    document = document_in(collection)
    for path in (f"/media/{document.file.name}", "/media/documents/"):
        with pytest.raises(Resolver404):
            resolver.resolve(path)


def test_a_signed_in_user_gets_the_file_and_no_cache_keeps_it(client):
    collection, _ = restricted_collection("Alleen intern", "login")
    document = document_in(collection)
    client.force_login(UserFactory(username="medewerker"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == PDF
    assert {"private", "no-store"} <= cache_control(response)
    assert "Cookie" in response["Vary"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_group_restriction_lets_in_only_that_group(
    client,
    coordinator,  # noqa: F811 (fixture)
):
    collection, restriction = restricted_collection("Coördinatoren", "groups")
    restriction.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    document = document_in(collection)

    client.force_login(UserFactory(username="buitenstaander"))
    assert_not_served(client.get(document.url))

    client.force_login(coordinator)
    response = client.get(document.url)
    assert response.status_code == 200 and body(response) == PDF


def test_a_password_restriction_asks_for_the_password_first(client):
    collection, restriction = restricted_collection(
        "Met wachtwoord", "password", password=PASSWORD
    )
    document = document_in(collection)

    asked = client.get(document.url)
    assert asked.status_code == 200
    assert b'name="password"' in body(asked)
    assert_not_served(asked)

    login_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    wrong = client.post(login_url, {"password": "fout", "return_url": document.url})
    assert wrong.status_code == 200
    assert_not_served(client.get(document.url))

    client.post(login_url, {"password": PASSWORD, "return_url": document.url})
    response = client.get(document.url)
    assert response.status_code == 200 and body(response) == PDF
    assert {"private", "no-store"} <= cache_control(response)


def test_a_public_document_still_downloads(client):
    document = document_in(Collection.get_first_root_node(), "folder.pdf")
    response = client.get(document.url)
    assert response.status_code == 200 and body(response) == PDF
    assert "private" not in cache_control(response)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize(
    ("extension", "disposition"),
    [
        ("pdf", "inline"),
        ("mp4", "inline"),
        ("webm", "inline"),
        ("docx", "attachment"),
        ("xlsx", "attachment"),
        ("odt", "attachment"),
        ("txt", "attachment"),
        ("vtt", "attachment"),
    ],
)
def test_only_pdf_and_video_open_in_the_browser(client, extension, disposition):
    document = document_in(
        Collection.get_first_root_node(), f"bestand.{extension}", DOCUMENTS[extension]
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].split(";")[0] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"


def test_captions_and_video_have_their_own_content_types(client):
    root = Collection.get_first_root_node()
    video = document_in(root, "film.mp4", MP4)
    captions = document_in(root, "film.vtt", DOCUMENTS["vtt"])
    assert client.get(video.url)["Content-Type"] == "video/mp4"
    assert client.get(captions.url)["Content-Type"] == "text/vtt"


def restrict(page, restriction_type):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password=PASSWORD if restriction_type == "password" else "",
    )
    if restriction_type == "groups":
        restriction.groups.add(Group.objects.get(name=COORDINATORS_GROUP))


@pytest.mark.parametrize("restriction_type", ["login", "password", "groups"])
def test_a_private_page_is_not_in_the_sitemap_or_the_search(
    client, home, restriction_type
):
    page = StandardPageFactory(
        parent=home, slug="besloten-stuk", title="Kwartelkoning besloten"
    )
    page.save_revision().publish()
    restrict(page, restriction_type)

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/besloten-stuk/" not in sitemap
    assert "/wat-doet-een-oco/" in sitemap
    results = client.get("/zoeken/", {"q": "kwartelkoning"}).context["results"]
    assert list(results) == []
