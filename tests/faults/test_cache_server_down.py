"""With the shared cache's Redis server gone, the site keeps working: every
public page is rendered and every public form saves what it is sent, once.
The rate limits count nothing until the server is back."""

import pytest
from django.test import override_settings
from wagtail.models import Page, Site

from bench.production_site import free_port
from cms.settings.shared_cache import shared_caches

from . import forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_gone(settings):
    settings.PAGE_CACHE_SECONDS = 300
    with override_settings(CACHES=shared_caches(f"redis://127.0.0.1:{free_port()}/0")):
        yield


def test_every_public_page_is_rendered(client, redis_gone):
    site = Site.objects.get(is_default_site=True)
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    for page in pages:
        response = client.get(page.relative_url(site))
        assert response.status_code == 200, page.url_path


@pytest.mark.parametrize("name", list(forms.ALL))
def test_every_public_form_saves_once(client, name, redis_gone):
    form = forms.ALL[name]()
    before = form.saved.objects.count()
    response = form.post(client)
    assert response.status_code in (200, 302), response.content[:300]
    assert form.saved.objects.count() == before + 1
