"""Shared setup of the declaration page's tests: the page the initial content
made, a member with a group (the declarant), their personal link and the
form as a browser sends it. The fixtures reach the tests through
tests/pool/conftest.py; each test module asks for declaration_cache."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from pool import declaration_limits, declaration_links
from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import DeclarationPage

PAGE_URL = "/voor-ocos/declareren/"


@pytest.fixture
def declaration_cache():
    """The link limits and the one-time form tokens count in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def declaration_page(db):
    return DeclarationPage.objects.get()


@pytest.fixture
def declarant(db):
    group = RosterGroupPageFactory(title="Groep Declaratie")
    return MemberFactory(page=group, name="Dirk Declarant", email="dirk@example.org")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def without_nonce(response) -> bytes:
    """The page without its Content-Security-Policy nonce, new in every answer."""
    return re.sub(rb' nonce="[^"]*"', b"", response.content)


def personal_url(member) -> str:
    return f"{PAGE_URL}link/{declaration_links.make(member)}/"


def link_in(message) -> str:
    """The path of the personal link in a mail."""
    found = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert found, message.body
    return found.group(1)


def dutch(day: datetime.date) -> str:
    return day.strftime("%d-%m-%Y")


def form_data(member, **changes):
    """A valid declaration of two hours yesterday."""
    data = {
        "date": dutch(timezone.localdate() - datetime.timedelta(days=1)),
        "activity": "trajectory",
        "description": "Aanvraag K7QM-3XPA",
        "hours": "2",
        "costs": "",
        "costs_note": "",
        "other_amount": "",
        "other_organisation": "",
        "formulier": declaration_limits.new_form_token(member),
    }
    data.update(changes)
    return data


def error_summary(response) -> str:
    summary = soup(response).find(class_="error-summary")
    return summary.get_text(" ", strip=True) if summary else ""


@pytest.fixture
def ask_link(client, django_capture_on_commit_callbacks):
    """Ask for a link as a browser does; the mail goes out at the commit."""

    def ask(email, follow=True, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(PAGE_URL, {"email": email, **extra}, follow=follow)

    return ask
