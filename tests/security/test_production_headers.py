"""Under the production settings every answer carries the security headers,
and the session and CSRF cookies are Secure and HttpOnly. The security
settings are taken from cms/settings/production.py itself (loaded with the
environment a server needs); `check --deploy` is run in
tests/settings/test_production.py."""

import importlib
import sys

import pytest
from django.contrib.auth import get_user_model

from .csp import find_inline_code, header_nonce, policy

pytestmark = pytest.mark.django_db

SECURITY_SETTINGS = [
    "MIDDLEWARE",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
]
HTTPS = {"secure": True}


@pytest.fixture
def production(settings, monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "production-test-secret-" + "x" * 40)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "testserver")
    sys.modules.pop("cms.settings.production", None)
    try:
        module = importlib.import_module("cms.settings.production")
    finally:
        sys.modules.pop("cms.settings.production", None)
    for name in SECURITY_SETTINGS:
        setattr(settings, name, getattr(module, name))
    return module


def test_plain_http_is_sent_to_https(client, production):
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"


def test_a_public_page_carries_every_security_header(client, production):
    response = client.get("/", **HTTPS)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]


def test_the_nonce_differs_per_response_and_matches_the_tags(client, production):
    nonces = []
    for address in ("/", "/", "/wat-doet-een-oco/"):
        response = client.get(address, **HTTPS)
        nonce = header_nonce(response)
        assert f"'nonce-{nonce}'" in policy(response)["style-src"]
        page = find_inline_code(response.content.decode())
        assert page.inline == []
        for tag in page.scripts + page.stylesheets:
            assert tag["nonce"] == nonce
        nonces.append(nonce)
    assert len(set(nonces)) == len(nonces)


def test_the_admin_carries_the_headers_too(client, production):
    response = client.get("/admin/login/", **HTTPS)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Frame-Options"] == "DENY"
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_csrf_and_session_cookies_are_secure_and_http_only(client, production):
    get_user_model().objects.create_superuser(
        "beheer-productie", "beheer@example.org", "een-lang-wachtwoord-123"
    )
    form = client.get("/admin/login/", **HTTPS)
    csrf_cookie = form.cookies["csrftoken"]
    assert csrf_cookie["secure"] and csrf_cookie["httponly"]
    assert csrf_cookie["samesite"] == "Lax"

    signed_in = client.post(
        "/admin/login/",
        {"username": "beheer-productie", "password": "een-lang-wachtwoord-123"},
        **HTTPS,
    )

    assert signed_in.status_code == 302
    session_cookie = signed_in.cookies["sessionid"]
    assert session_cookie["secure"] and session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"


def test_the_admin_still_works_with_an_http_only_csrf_cookie(client, production):
    """The admin's scripts take the CSRF token from the page, never from the
    cookie: every admin page carries it."""
    admin = get_user_model().objects.create_superuser(
        "beheer-csrf", "csrf@example.org", "een-lang-wachtwoord-123"
    )
    client.force_login(admin)
    html = client.get("/admin/", **HTTPS).content.decode()
    assert '"CSRF_TOKEN":' in html
