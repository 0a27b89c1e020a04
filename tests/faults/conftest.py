import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.pool.conftest import contact_a, coordinator, group_a  # noqa: F401

SERVER_DOWN = "tests.scheduling.failing_mail.ServerDownBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"
# What production runs: tasks wait in the database for `manage.py db_worker`.
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def empty_cache():
    """The forms' rate limits and one-time tokens count in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_worker(monkeypatch):
    """Run `manage.py db_worker --batch` here: every task that is due, then
    stop. The worker closes old connections between tasks; in a test that
    would end the test's transaction, so it is left out."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections",
        lambda: None,
    )

    def run():
        call_command(
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--interval=0",
            verbosity=0,
        )

    return run
