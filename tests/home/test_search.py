import pytest
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    return [page.title for page in response.context["results"]]


def test_finds_a_live_page(client):
    assert "Het Tralans-model" in result_titles(client, "zelfredzaamheid")


def test_does_not_find_a_draft(client, home):
    page = StandardPageFactory(parent=home, title="Zwaluwstaart concept")
    page.save_revision().publish()
    page.unpublish()
    assert result_titles(client, "zwaluwstaart") == []


def test_does_not_find_a_private_page(client, home):
    page = StandardPageFactory(parent=home, title="Zwaluwstaart intern")
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert result_titles(client, "zwaluwstaart") == []


def test_does_not_find_pages_below_a_private_page(client, home):
    section = StandardPageFactory(parent=home, title="Afgeschermd deel")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    child = StandardPageFactory(parent=section, title="Zwaluwstaart dieper")
    child.save_revision().publish()
    assert result_titles(client, "zwaluwstaart") == []


def test_empty_and_overlong_queries_are_harmless(client):
    html = client.get("/zoeken/", {"q": "   "}).content.decode()
    assert "resultaten voor" not in html
    response = client.get("/zoeken/", {"q": "oco " * 500})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


def test_query_is_escaped_in_the_page(client):
    html = client.get("/zoeken/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_header_search_form_points_to_the_search_page(client):
    html = client.get("/").content.decode()
    assert 'action="/zoeken/"' in html and 'role="search"' in html


@pytest.mark.parametrize(
    "query", ['"', '"oco', "oco*", "NOT", "(", "a OR", "NEAR(", "^", "\x00", "€"]
)
def test_search_syntax_characters_never_cause_an_error(client, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


def test_quotes_and_operators_are_ignored_not_fatal(client):
    assert "Het Tralans-model" in result_titles(client, '"zelfredzaamheid')
