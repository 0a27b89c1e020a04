"""Production: refuses to start without a secret key and allowed hosts."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .media_storage import s3_media_origin, s3_storages
from .shared_cache import shared_caches


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set in production."
        )
    return value


def env_seconds(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ImproperlyConfigured(
            f"The environment variable {name} must be a whole number of seconds"
            f" (0 or more), not {value!r}."
        )
    return int(value)


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


SECRET_KEY = required_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "The environment variable DJANGO_ALLOWED_HOSTS must be set in production."
    )
CSRF_TRUSTED_ORIGINS = env_list(
    "DJANGO_CSRF_TRUSTED_ORIGINS", ",".join(f"https://{host}" for host in ALLOWED_HOSTS)
)
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}"
)

# TLS ends at the proxy in front of the app servers.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true") == "true"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
# The request form's rate limit counts per visitor address: behind that many
# proxies, the address is read from X-Forwarded-For.
INTAKE_TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "1"))
CSRF_COOKIE_SECURE = True

# SMTP; opening a connection by hand never raises (see home.mail_backend).
EMAIL_BACKEND = "home.mail_backend.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false") == "true"

# Mail and other background work wait in the database for the worker process:
# `python manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The request form's rate limit and its one-request-per-form guard, and the
# declaration page's limits, must count across all web processes: a cache in
# the database they share (`python manage.py createcachetable` when deploying),
# or Redis when REDIS_URL is set (several app servers).
CACHES = shared_caches(os.environ.get("REDIS_URL", "").strip())
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
PAGE_CACHE_SECONDS = env_seconds("DJANGO_PAGE_CACHE_SECONDS", PAGE_CACHE_SECONDS)
# Sign-in lockouts stay in django-axes' database handler, also with Redis: the
# database is shared by every app server too, a lockout survives a restart or
# flush of the cache, the attempts stay in the audit trail, and
# `axes_reset_username` unlocks by deleting those rows.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

# Uploads in an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set
# (several app servers); otherwise in MEDIA_ROOT. See media_storage.py.
STORAGES = s3_storages(STORAGES)
if media_origin := s3_media_origin():
    # Images are shown from the bucket through signed URLs.
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        policy["DIRECTIVES"]["img-src"] = [
            *policy["DIRECTIVES"]["img-src"],
            media_origin,
        ]
