"""Every public page loads only the site's own scripts and styles, under a
Content-Security-Policy with a fresh nonce; none has inline code. The admin
has a policy of its own, and only Wagtail's previews may be framed, by the
site itself."""

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import querydict_from_html

from home.blocks import VideoBlock
from home.factories import StandardPageFactory

from .csp import find_inline_code, header_nonce, policy

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
EXTRA_ADDRESSES = ["/zoeken/?q=oco", "/bestaat-niet/", "/zoeken/?q=<script>"]


def public_addresses() -> list[str]:
    site = Site.objects.get(is_default_site=True)
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    return [page.url for page in pages.specific()] + EXTRA_ADDRESSES


def assert_strict_public_policy(response):
    directives = policy(response)
    for name, values in PUBLIC_POLICY.items():
        assert directives[name] == values, name
    nonce = header_nonce(response)
    for name in ("script-src", "style-src"):
        assert directives[name] == ["'self'", f"'nonce-{nonce}'"], name
    assert "unsafe" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_every_public_page_has_the_strict_policy_and_no_inline_code(client):
    addresses = public_addresses()
    assert len(addresses) > 15
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        assert_strict_public_policy(response)
        page = find_inline_code(response.content.decode())
        assert page.inline == [], (address, page.inline)
        nonce = header_nonce(response)
        assert page.scripts and page.stylesheets, address
        for tag in page.scripts + page.stylesheets:
            assert tag.get("nonce") == nonce, (address, tag)


def test_the_nonce_is_new_for_every_response(client):
    nonces = {header_nonce(client.get("/")) for _ in range(3)}
    assert len(nonces) == 3


def test_a_page_with_an_external_video_frames_only_the_player(client, home):
    page = StandardPageFactory(parent=home, slug="video-csp")
    video = {
        "title": "Uitleg",
        "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
        "poster": wagtail_factories.ImageFactory().pk,
        "transcript": "<p>Tekst</p>",
    }
    page.body = [("video", VideoBlock().to_python(video))]
    page.save_revision().publish()
    response = client.get(page.url)
    html = response.content.decode()
    assert "https://www.youtube-nocookie.com/embed/" in html
    assert_strict_public_policy(response)
    assert find_inline_code(html).inline == []


def test_permissions_policy_and_opener_policy_on_every_answer(client, admin_client):
    answers = [client.get("/"), client.get("/admin/login/")]
    for response in [*answers, admin_client.get("/admin/")]:
        assert response["Permissions-Policy"] == (
            "camera=(), microphone=(), geolocation=(), payment=()"
        )
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_admin_has_its_own_policy_and_may_not_be_framed(admin_client):
    response = admin_client.get("/admin/")
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    # Inline event handlers stay blocked: only the one of the focal point editor.
    assert directives["script-src-attr"][0] == "'unsafe-hashes'"
    assert len(directives["script-src-attr"]) == 2
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_login_page_of_the_admin_may_not_be_framed(client):
    response = client.get("/admin/login/")
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_page_preview_may_be_framed_by_the_admin_only(client, home):
    page = StandardPageFactory(parent=home, slug="voorbeeld", title="Voorbeeld")
    page.save_revision().publish()
    admin = get_user_model().objects.create_superuser("csp-admin", "a@example.org", "x")
    client.force_login(admin)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    form_data = querydict_from_html(editor.content.decode(), form_id="page-edit-form")
    form_data = form_data.copy()
    form_data["body-count"] = "0"  # The body's form is built by its script.
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview_url, form_data).json()["is_valid"] is True

    preview = client.get(preview_url, {"in_preview_panel": "true"})

    assert preview.status_code == 200
    assert "css/site.css" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]
    # The editor around it, and the page itself, stay unframeable.
    assert policy(editor)["frame-ancestors"] == ["'none'"]
    assert policy(client.get(page.url))["frame-ancestors"] == ["'none'"]


def test_block_previews_may_be_framed_by_the_admin_only(admin_client):
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"),
        {"id": VideoBlock().definition_prefix},
    )
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]
