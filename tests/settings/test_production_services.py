"""The shared services of several app servers, chosen by environment
variables: Redis for the cache, the database for sign-in lockouts."""

from .test_production import PRODUCTION, run_manage

SHOW = (
    "from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND'], settings.AXES_HANDLER, "
    "settings.STORAGES['default']['BACKEND'])"
)


def show(**env):
    result = run_manage("shell", "--verbosity", "0", "-c", SHOW, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_one_server_needs_no_redis_and_no_bucket(monkeypatch):
    for name in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME"):
        monkeypatch.delenv(name, raising=False)
    assert show() == [
        "django.core.cache.backends.db.DatabaseCache",
        "axes.handlers.database.AxesDatabaseHandler",
        "django.core.files.storage.FileSystemStorage",
    ]


def test_redis_url_and_a_bucket_select_redis_and_s3():
    assert show(
        REDIS_URL="redis://cache.internal:6379/0",
        AWS_STORAGE_BUCKET_NAME="oco-media",
        AWS_S3_REGION_NAME="eu-west-1",
    ) == [
        "django_redis.cache.RedisCache",
        # Lockouts stay in the database that every app server shares.
        "axes.handlers.database.AxesDatabaseHandler",
        "storages.backends.s3.S3Storage",
    ]


def test_the_deploy_check_passes_with_redis_and_a_bucket():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        REDIS_URL="redis://cache.internal:6379/0",
        AWS_STORAGE_BUCKET_NAME="oco-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
