"""The initial content: the request page in the site, the home page's call
to action leading to it, and a second run that changes nothing."""

import pytest
from wagtail.models import Revision

from intake.initial_content import request_page
from intake.models import RequestPage

pytestmark = pytest.mark.django_db


def test_the_request_page_is_published_in_the_site(home):
    page = RequestPage.objects.get()
    assert page.slug == "oco-aanvragen"
    assert page.title == "Een OCO aanvragen"
    assert page.live and page.get_latest_revision() is not None
    parent = page.get_parent()
    assert parent.pk == home.pk or parent.slug == request_page.RESIDENTS_SLUG
    assert page.privacy_page.slug == "privacyverklaring"
    assert page.intro and page.mee_text and page.thank_you_text


def test_the_home_pages_call_to_action_leads_to_the_form(client, home):
    page = RequestPage.objects.get()
    assert home.cta_page_id == page.pk
    assert not home.has_unpublished_changes
    html = client.get("/").content.decode()
    assert f'class="button" href="{page.url}"' in html


def test_a_second_run_changes_nothing(home):
    before = (Revision.objects.count(), RequestPage.objects.count())
    assert request_page.build(log=lambda message: None) == 0
    assert (Revision.objects.count(), RequestPage.objects.count()) == before


def test_an_editors_own_call_to_action_is_kept(home):
    other = home.get_children().get(slug="wat-doet-een-oco")
    home.cta_page = other
    home.save_revision().publish()
    request_page.build(log=lambda message: None)
    home.refresh_from_db()
    assert home.cta_page_id == other.pk
