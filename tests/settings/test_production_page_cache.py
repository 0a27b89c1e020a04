"""How long production keeps pages in the page cache: DJANGO_PAGE_CACHE_SECONDS,
5 minutes when unset, 0 to turn the cache off, and a clear refusal to start
on anything else."""

import pytest

from .test_production import PRODUCTION, run_manage

SHOW_SECONDS = (
    "shell",
    "--verbosity",
    "0",
    "-c",
    "from django.conf import settings; print(settings.PAGE_CACHE_SECONDS)",
)


@pytest.mark.parametrize(
    ("value", "seconds"), [(None, "300"), ("0", "0"), (" 60 ", "60")]
)
def test_page_cache_seconds_come_from_the_environment(value, seconds):
    env = dict(PRODUCTION)
    if value is not None:
        env["DJANGO_PAGE_CACHE_SECONDS"] = value
    result = run_manage(*SHOW_SECONDS, **env)
    assert result.stdout.strip() == seconds, result.stderr


@pytest.mark.parametrize("value", ["-1", "5m", "1.5"])
def test_a_bad_number_of_seconds_stops_the_start_with_a_clear_message(value):
    result = run_manage(*SHOW_SECONDS, DJANGO_PAGE_CACHE_SECONDS=value, **PRODUCTION)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_PAGE_CACHE_SECONDS must be a whole number" in result.stderr
