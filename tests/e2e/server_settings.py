"""Settings of the site under test in the browser tests: the test settings,
with mail written to files the tests read and images served from MEDIA_ROOT."""

import os
from pathlib import Path

from cms.settings import base
from cms.settings.test import *  # noqa: F403

# The site under test has its English pages too.
INITIAL_CONTENT_TRANSLATION_BUILDERS = base.INITIAL_CONTENT_TRANSLATION_BUILDERS

ROOT_URLCONF = "tests.e2e.urls"
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["OCO_E2E_MAIL_DIR"]
MEDIA_ROOT = Path(os.environ["OCO_E2E_MEDIA_DIR"])
WAGTAILADMIN_BASE_URL = os.environ["OCO_E2E_BASE_URL"]
# One cache for the site and the snippets the tests run in its database
# (SiteUnderTest.run_python), so that a session they add shows in the agenda.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ["OCO_E2E_CACHE_DIR"],
    }
}
# Public pages come from the cache as in production, so that the journeys
# show that a change (a registration, a session added) reaches the visitor.
PAGE_CACHE_SECONDS = 300
