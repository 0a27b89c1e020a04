"""Without a PostgreSQL server the two-app-server test fails and says how to
start one; it never skips silently."""

import pytest

from .services import POSTGRESQL_URL_VARIABLE, postgresql_server_url


def test_a_missing_server_url_fails_with_how_to_start_the_services(monkeypatch):
    monkeypatch.delenv(POSTGRESQL_URL_VARIABLE, raising=False)
    with pytest.raises(pytest.fail.Exception) as failure:
        postgresql_server_url()
    assert POSTGRESQL_URL_VARIABLE in str(failure.value)
    assert "make services" in str(failure.value)
