import html

import pytest
from wagtail.models import Page

from home.factories import StandardPageFactory
from home.models import DocumentIndexPage, HomePage, SearchPage, StandardPage

pytestmark = pytest.mark.django_db


def test_every_page_of_the_initial_content_renders(client, site):
    pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
    pages = pages.specific()
    seen_types = set()
    for page in pages:
        response = client.get(page.relative_url(site))
        assert response.status_code == 200, page.title
        title = html.escape(page.title).encode()
        assert title in response.content or page.depth == 2
        seen_types.add(type(page))
    # Other apps add page types of their own (the agenda).
    assert {HomePage, StandardPage, DocumentIndexPage, SearchPage} <= seen_types


def test_home_page_shows_intro_call_to_action_and_highlights(client):
    html = client.get("/").content.decode()
    assert "Gratis hulp bij gesprekken met instanties" in html
    assert 'href="/contact/"' in html and "Vraag een OCO aan" in html
    assert 'href="/wat-doet-een-oco/"' in html
    assert html.count('class="card"') == 6


def test_layout_has_landmarks_skip_link_and_dutch_language(client):
    html = client.get("/wat-doet-een-oco/").content.decode()
    assert '<html lang="nl">' in html
    assert '<a class="skip-link" href="#inhoud">Naar de inhoud</a>' in html
    assert '<main id="inhoud"' in html
    for landmark in ("<header", "<nav", "<footer"):
        assert landmark in html
    assert 'aria-current="page"' in html
    assert "<script" in html and "cdn" not in html.lower()


def test_ten_principles_are_an_ordered_list(client):
    html = client.get("/wat-doet-een-oco/").content.decode()
    section = html.split('<ol class="principles__list">')[1].split("</ol>")[0]
    assert section.count("<li>") == 10


def test_faq_uses_details_and_summary(client):
    html = client.get("/wat-kunt-u-verwachten/").content.decode()
    assert '<details class="faq__item">' in html
    assert "<summary>Kost een OCO geld?</summary>" in html


def test_breadcrumbs_and_section_navigation(client):
    html = client.get("/voor-professionals/tralans-model/").content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert 'href="/voor-professionals/"' in crumbs
    parent = client.get("/voor-professionals/").content.decode()
    assert "Meer in dit onderdeel" in parent
    assert 'href="/voor-professionals/tralans-model/"' in parent


def test_draft_page_is_not_served_or_in_the_menu(client, home):
    draft = StandardPageFactory(parent=home, title="Concept", live=False)
    draft.show_in_menus = True
    draft.save()
    assert client.get("/" + draft.slug + "/").status_code == 404
    assert "Concept" not in client.get("/").content.decode()


def test_unknown_address_gets_the_dutch_404_page(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet (meer)" in html
    assert '<html lang="nl">' in html
    assert "info@ocoalmere.nl" in html


def test_server_error_page_is_dutch_and_needs_no_database(
    rf, django_assert_num_queries
):
    from home.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html and '<html lang="nl">' in html


def test_sitemap_and_robots(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/wat-doet-een-oco/" in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "sitemap.xml" in robots


def test_private_page_asks_for_login(client, home):
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home, slug="intern", title="Intern")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_csrf_failure_page_is_dutch(db):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Het formulier kon niet worden verstuurd" in response.content.decode()
