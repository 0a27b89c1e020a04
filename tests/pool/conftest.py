import pytest
from django.contrib.auth.models import Group

from home.initial_content.demo_users import editors_group
from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import MemberFactory, RosterGroupPageFactory, UserFactory

from .declaration_page import (  # noqa: F401
    ask_link,
    declarant,
    declaration_cache,
    declaration_page,
)

PASSWORD = "een-lang-testwachtwoord"


@pytest.fixture
def coordinator(db):
    user = UserFactory(username="coordinator-test")
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


@pytest.fixture
def contact_a(db):
    return UserFactory(username="contact-a")


@pytest.fixture
def contact_b(db):
    return UserFactory(username="contact-b")


@pytest.fixture
def group_a(contact_a):
    page = RosterGroupPageFactory(title="Groep Alfa", contact_person=contact_a)
    MemberFactory(page=page, name="Alma Alfalid", email="alma@example.org")
    MemberFactory(page=page, name="Arie Alfalid", email="arie@example.org")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def group_b(contact_b):
    page = RosterGroupPageFactory(title="Groep Bravo", contact_person=contact_b)
    MemberFactory(
        page=page, name="Bert Bravolid", email="bert@example.org", vog_date=None
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def editor(home):
    """A communications editor: rights on the public site, none in the pool."""
    user = UserFactory(username="redacteur-test")
    user.groups.add(editors_group(home))
    return user
