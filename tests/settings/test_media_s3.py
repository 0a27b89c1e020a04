"""Uploads in an S3-compatible bucket (cms/settings/media_storage.py), against
a real S3 server: moto's, started for this module on a free port."""

import urllib.error
import urllib.request

import boto3
import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from moto.server import ThreadedMotoServer
from storages.backends.s3 import S3Storage
from wagtail.models import Collection, CollectionViewRestriction

from bench.production_site import free_port
from cms.settings.base import STORAGES
from cms.settings.media_storage import s3_media_origin, s3_storages
from home.factories import SiteDocumentFactory

from ..security.upload_files import PDF

pytestmark = pytest.mark.django_db

BUCKET = "oco-media-test"


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_env(s3_server, monkeypatch):
    environment = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_S3_REGION_NAME": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-1")
    if BUCKET not in [bucket["Name"] for bucket in client.list_buckets()["Buckets"]]:
        client.create_bucket(
            Bucket=BUCKET,
            CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        )
    return client


@pytest.fixture
def s3_storage(s3_env):
    with override_settings(STORAGES=s3_storages(STORAGES)):
        yield s3_env


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_without_a_bucket_uploads_stay_on_the_disk(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    assert s3_storages(STORAGES) == STORAGES
    assert s3_media_origin() is None


def test_the_bucket_is_the_default_storage_and_the_csp_origin(s3_storage, s3_server):
    assert isinstance(storages["default"], S3Storage)
    assert s3_media_origin() == s3_server


def test_documents_are_served_by_the_site_and_private_ones_refused(
    s3_storage, s3_server, client
):
    """Through the serve view, which streams the file: no redirect to the
    bucket, and the collection's privacy is checked first."""
    public = SiteDocumentFactory(
        title="Factsheet", file=ContentFile(PDF, name="factsheet.pdf")
    )
    private_collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private_collection,
        restriction_type=CollectionViewRestriction.LOGIN,
    )
    private = SiteDocumentFactory(
        title="Intern",
        collection=private_collection,
        file=ContentFile(PDF + b"%intern", name="intern.pdf"),
    )
    stored = {
        item["Key"] for item in s3_storage.list_objects(Bucket=BUCKET)["Contents"]
    }
    assert {public.file.name, private.file.name} <= stored

    response = client.get(public.url)
    assert response.status_code == 200
    assert body(response) == PDF

    refused = client.get(private.url)
    assert refused.status_code == 302
    assert not refused["Location"].startswith(s3_server)
    assert b"%intern" not in body(refused)


def test_the_bucket_grants_nobody_public_access(s3_storage):
    document = SiteDocumentFactory(file=ContentFile(PDF, name="open.pdf"))
    grants = s3_storage.get_object_acl(Bucket=BUCKET, Key=document.file.name)["Grants"]
    assert not [
        grant
        for grant in grants
        if "AllUsers" in grant["Grantee"].get("URI", "")
        or "AuthenticatedUsers" in grant["Grantee"].get("URI", "")
    ]


def test_image_renditions_are_made_and_shown_through_signed_urls(s3_storage):
    image = wagtail_factories.ImageFactory(title="Kaart", width=400, height=300)
    rendition = image.get_rendition("width-100")
    assert rendition.width == 100
    assert "X-Amz-Signature=" in rendition.url
    status, content = fetch(rendition.url)
    assert status == 200
    assert content.startswith(b"\xff\xd8\xff")  # a JPEG, as uploaded
