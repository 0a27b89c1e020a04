import pytest
from django.core.cache import cache

from scheduling.models import AgendaPage


@pytest.fixture(autouse=True)
def empty_cache():
    """The agenda caches expanded occurrences; every test starts without."""
    cache.clear()
    yield
    cache.clear()


def add_agenda(parent, slug="agenda", calendars=()):
    page = AgendaPage(title="Agenda", slug=slug)
    page.calendars = list(calendars)
    parent.add_child(instance=page)
    return page


@pytest.fixture
def agenda(home, calendar):
    """A live agenda page for the test calendar only: the site's initial
    content has sessions of its own in other calendars."""
    return add_agenda(home, calendars=[calendar])


def detail_url(page, slot, route="detail"):
    return page.subpage_url(page.url, route, slot)
