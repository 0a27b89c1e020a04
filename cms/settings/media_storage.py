"""Uploads in an S3-compatible bucket (django-storages), read from the
environment, for production on several app servers.

The bucket stays private: nothing in it is readable without a signature.
Documents are still sent by the site itself (WAGTAILDOCS_SERVE_METHOD =
"serve_view" streams a file from a remote storage), so the privacy of a
document's collection is checked on every download and no document URL of
the bucket is ever shown. Images have no privacy in Wagtail: pages show them,
and their renditions, through URLs that the storage signs for
AWS_QUERYSTRING_EXPIRE seconds. The credentials come from boto3's own
environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)."""

import os
from urllib.parse import urlsplit

S3_BACKEND = "storages.backends.s3.S3Storage"
# A week, the longest a signature may last: a page kept in a cache still
# shows its images.
DEFAULT_QUERYSTRING_EXPIRE = 7 * 24 * 3600


def env(name: str) -> str:
    return os.environ.get(name, "").strip()


def s3_options() -> dict | None:
    bucket = env("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    endpoint = env("AWS_S3_ENDPOINT_URL")
    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint or None,
        "region_name": env("AWS_S3_REGION_NAME") or None,
        "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
        # Other S3 services take the bucket in the path; Amazon in the host.
        "addressing_style": "path" if endpoint else "virtual",
        # No ACL of our own: objects keep the bucket's (private) access.
        "default_acl": None,
        "querystring_auth": True,
        "signature_version": "s3v4",
        "querystring_expire": int(
            env("AWS_QUERYSTRING_EXPIRE") or DEFAULT_QUERYSTRING_EXPIRE
        ),
        # Two uploads with the same name get two files, as on the disk.
        "file_overwrite": False,
    }


def s3_storages(storages: dict) -> dict:
    """STORAGES with the bucket as the default storage, when one is set."""
    options = s3_options()
    if options is None:
        return storages
    return {**storages, "default": {"BACKEND": S3_BACKEND, "OPTIONS": options}}


def s3_media_origin() -> str | None:
    """Where the browser fetches images from, for the Content-Security-Policy."""
    options = s3_options()
    if options is None:
        return None
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    if options["endpoint_url"]:
        parts = urlsplit(options["endpoint_url"])
        return f"{parts.scheme}://{parts.netloc}"
    region = options["region_name"] or "us-east-1"
    return f"https://{options['bucket_name']}.s3.{region}.amazonaws.com"
