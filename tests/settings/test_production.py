"""Production settings are checked in a separate process, as a server starts them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SECRET = "a-long-random-production-secret-key-that-is-only-for-this-test-0123456789"
# The least a production server needs to start.
PRODUCTION = {"DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": "ocoalmere.nl"}


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"DJANGO_ALLOWED_HOSTS": "ocoalmere.nl"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": SECRET}, "DJANGO_ALLOWED_HOSTS"),
        (
            {"DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": " , "},
            "DJANGO_ALLOWED_HOSTS",
        ),
        (
            {"DJANGO_SECRET_KEY": "  ", "DJANGO_ALLOWED_HOSTS": "ocoalmere.nl"},
            "DJANGO_SECRET_KEY",
        ),
    ],
)
def test_refuses_to_start_without_secret_key_or_hosts(env, missing):
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{missing} must be set" in result.stderr


def test_check_deploy_reports_nothing():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="ocoalmere.nl,www.ocoalmere.nl",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_serves_compressed_hashed_static_files():
    result = run_manage(
        "shell",
        "--verbosity",
        "0",
        "-c",
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.STORAGES['staticfiles']['BACKEND'])",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="ocoalmere.nl",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


def test_database_url_selects_postgresql_and_sqlite_is_the_default():
    show_engine = (
        "shell",
        "--verbosity",
        "0",
        "-c",
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'])",
    )
    default = run_manage(*show_engine, **PRODUCTION)
    assert default.stdout.strip() == "django.db.backends.sqlite3", default.stderr
    postgres = run_manage(
        *show_engine,
        DATABASE_URL="postgres://oco:geheim@db.internal:5432/oco",
        **PRODUCTION,
    )
    assert postgres.stdout.strip() == "django.db.backends.postgresql", postgres.stderr


def test_limits_count_across_processes_through_the_shared_cache(tmp_path):
    """Each web process is its own Python process: a rate limit kept in memory
    would count per process. The production cache lives in the database."""
    env = {**PRODUCTION, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}"}
    assert run_manage("createcachetable", **env).returncode == 0

    def shell(code):
        result = run_manage("shell", "--verbosity", "0", "-c", code, **env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    count = "from django.core.cache import cache; print(cache.incr('hits'))"
    shell("from django.core.cache import cache; cache.set('hits', 0, 60)")
    assert [shell(count), shell(count)] == ["1", "2"]
