"""Settings for a worker process that a fault test starts: the test database
(DATABASE_URL), the production mail backend and task backend, and the test's
SMTP server (EMAIL_PORT)."""

import os

from cms.settings.test import *  # noqa: F403

EMAIL_BACKEND = "home.mail_backend.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["EMAIL_PORT"])
EMAIL_TIMEOUT = 10
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
