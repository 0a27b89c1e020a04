"""Every id on the figures page is used once, so that the contents' links,
aria-labelledby and the charts' titles each point at one element."""

import collections

import pytest
from bs4 import BeautifulSoup

from .helpers import approved, group, local, member, register, request_at, session_at

pytestmark = pytest.mark.django_db

URL = "/admin/rapportages/?start=2015-01-01&end=2015-12-31"


@pytest.fixture
def html(client, coordinator):
    oco = member(group("Groep Rapport"))
    approved(request_at(local(1, 5)), oco, local(1, 7), follow_up=True)
    register(session_at("training", local(4, 1, 19)), oco, attended=True)
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_no_id_is_used_twice(html):
    counts = collections.Counter(element["id"] for element in html.find_all(id=True))
    assert [name for name, count in counts.items() if count > 1] == []
    # Every section shows its figures, so every figure's id is on the page.
    assert len(html.select(".reports-figure")) == 11


def test_the_contents_link_to_the_sections(html):
    links = html.select(".reports-contents a")
    assert len(links) == 6
    for link in links:
        target = html.find(id=link["href"].removeprefix("#"))
        assert target is not None
        assert target.name == "section"


def test_every_reference_points_at_an_element(html):
    for element in html.select("[aria-labelledby]"):
        for name in element["aria-labelledby"].split():
            assert html.find(id=name) is not None, name
