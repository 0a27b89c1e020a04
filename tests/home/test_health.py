"""The load balancer's health check: 503 with short plain text when the
database fails; 200 otherwise, saying so when the shared cache fails."""

import pytest
from django.db import connection
from django.test import override_settings

from bench.production_site import free_port
from cms.settings.shared_cache import shared_caches

HEALTH = "/health/"


def assert_machine_answer(response, status):
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert len(response.content) < 100


@pytest.mark.django_db
def test_answers_ok_with_one_query(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get(HEALTH)
    assert_machine_answer(response, 200)
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_answers_a_load_balancer_calling_by_ip_address_over_http(client):
    """Not in ALLOWED_HOSTS, no X-Forwarded-Proto: still an answer, no 400 and
    no redirect to HTTPS."""
    with override_settings(SECURE_SSL_REDIRECT=True):
        response = client.get(HEALTH, HTTP_HOST="10.0.0.17:8000")
    assert_machine_answer(response, 200)


@pytest.mark.django_db
def test_a_session_cookie_sent_along_is_not_touched(client, editor):
    client.force_login(editor)
    response = client.get(HEALTH)
    assert_machine_answer(response, 200)


@pytest.mark.django_db
def test_a_cache_whose_server_is_gone_is_reported_but_keeps_the_server_in(client):
    gone = shared_caches(f"redis://127.0.0.1:{free_port()}/0")
    with override_settings(CACHES=gone):
        response = client.get(HEALTH)
    assert_machine_answer(response, 200)
    assert response.content == b"ok; cache unavailable\n"


def test_an_unreachable_database_gives_503(client, django_db_blocker, tmp_path):
    """The connection points at a database that cannot be opened: a folder
    that does not exist for SQLite, a port nobody listens on for PostgreSQL."""
    unreachable = (
        {"NAME": str(tmp_path / "missing" / "gone.sqlite3")}
        if connection.vendor == "sqlite"
        else {"HOST": "127.0.0.1", "PORT": str(free_port())}
    )
    saved = {key: connection.settings_dict[key] for key in unreachable}
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(unreachable)
        try:
            response = client.get(HEALTH)
        finally:
            connection.close()
            connection.settings_dict.update(saved)
    assert_machine_answer(response, 503)
    assert response.content == b"unavailable: database\n"


def test_kept_out_of_robots_and_the_sitemap(client, db):
    assert "Disallow: /health/" in client.get("/robots.txt").content.decode()
    assert HEALTH not in client.get("/sitemap.xml").content.decode()


def test_other_methods_and_paths_go_to_the_site(client, db):
    assert client.post(HEALTH).status_code != 200
    assert client.get("/health").status_code != 200
