"""Test settings: fast hashing, mail kept in memory, files in a temporary folder."""

import os
import tempfile

from .base import *

SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="oco-test-media-"))
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Most tests change content inside a transaction that never commits, so the
# cache would never be cleared; tests/home/page_cache turns it on.
PAGE_CACHE_SECONDS = 0
# The shared test database holds the Dutch site only; the tests of the
# English pages build them (tests/i18n/conftest.py).
INITIAL_CONTENT_TRANSLATION_BUILDERS: list[str] = []

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not SQLite's shared in-memory database: threads in the
    # concurrency tests then wait for the write lock instead of failing.
    # One file per run, so that runs side by side do not share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"oco-test-db-{os.getpid()}.sqlite3")
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # One test database per run, so that runs side by side (two clones, or
    # the SQLite and PostgreSQL suites at once) never share or drop another's.
    DATABASES["default"]["TEST"] = {
        "NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"
    }
