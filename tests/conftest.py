import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the real initial content, built once."""
    with django_db_blocker.unblock():
        call_command("load_initial_data", stdout=io.StringIO())


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)
