"""The permission matrix: every URL that takes an argument, filled with real
objects of group A and of group B, for the anonymous visitor, the editor,
the contact person of group A and a coordinator (the public URLs for the
anonymous visitor).

The URLs come from the URL resolver (tests/security/url_catalogue.py), what
each role should get from tests/security/permission_rules.py. A view added
later is checked without anyone listing it, with the safe expectation until
it is classified. Only GET requests, redirects not followed; a refused
request writes nothing, and no answer is a server error (the test client
raises it)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .matrix_checks import (
    REFUSING,
    body,
    forbidden_strings,
    is_login,
    outcome_holds,
    writes,
)
from .matrix_targets import targets
from .matrix_world import world  # noqa: F401 (the fixture)
from .permission_rules import DENIED, ROLES, expectation, fallback
from .url_catalogue import PATTERNS_BY_KEY, targets_for

pytestmark = pytest.mark.django_db

NO_TARGET = "no-target"
SIGNED_IN = [role for role in ROLES if role != "anonymous"]


def checks(admin: bool, roles) -> list:
    return [
        pytest.param(key, target, role, id=f"{role}|{key}|{target}")
        for key, pattern in PATTERNS_BY_KEY.items()
        if pattern.is_admin == admin
        for target in targets_for(pattern) or (NO_TARGET,)
        for role in roles
    ]


@pytest.fixture(scope="module")
def filled(world):  # noqa: F811
    return targets(world)


@pytest.fixture(scope="module")
def clients(world, django_db_blocker):  # noqa: F811
    """One client per role, signed in once for the whole module."""
    result = {}
    with django_db_blocker.unblock():
        for role in ROLES:
            result[role] = Client()
            if world.users[role] is not None:
                result[role].force_login(world.users[role])
    return result


def url_for(world, filled, key, target):  # noqa: F811
    pattern = PATTERNS_BY_KEY[key]
    if target == NO_TARGET:
        pytest.fail(
            f"{key} ({pattern.route}) takes {', '.join(pattern.arguments)}: "
            "say which objects fill it in TARGETS_BY_NAME of "
            "tests/security/url_catalogue.py"
        )
    values = filled[target]
    missing = sorted(set(pattern.arguments) - set(values))
    if missing:
        pytest.fail(
            f"{key} ({pattern.route}): target {target!r} has no value for "
            f"{', '.join(missing)}; add it in targets() of "
            "tests/security/matrix_world.py"
        )
    pages = {
        type(page): page
        for page in [world.objects["declaration_page"], world.objects["agenda_page"]]
    }
    url = pattern.url(values, pages)
    return f"{url}?{values['query']}" if "query" in values else url


def assert_role_gets(clients, world, filled, key, target, role):  # noqa: F811
    pattern = PATTERNS_BY_KEY[key]
    url = url_for(world, filled, key, target)
    expected = expectation(key, pattern.is_admin, target, role) or fallback(
        pattern.is_admin, role
    )
    client = clients[role]
    # A refusal's message from the previous request is not this answer's.
    client.cookies.pop("messages", None)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    where = f"{role} GET {url} ({key}, {target})"
    assert outcome_holds(response, expected), (
        f"{where}: {response.status_code} {response.get('Location', '')}; "
        f"expected {expected}"
    )
    if expected == DENIED and role != "anonymous":
        # Signed in: a refusal, never a lost session.
        assert not is_login(response), f"{where} was sent to the login page"
    content = body(response)
    shown = [
        text for text in forbidden_strings(world, role, expected) if text in content
    ]
    assert not shown, f"{where} shows {shown}"
    if expected in REFUSING:
        assert not writes(queries), f"{where} wrote {writes(queries)}"


@pytest.mark.parametrize("role", SIGNED_IN)
def test_every_role_is_signed_in(clients, role):
    """Otherwise every refusal below would be a login page in disguise."""
    assert clients[role].get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.parametrize(("key", "target", "role"), checks(admin=True, roles=ROLES))
def test_admin_urls(clients, world, filled, key, target, role):  # noqa: F811
    assert_role_gets(clients, world, filled, key, target, role)


@pytest.mark.parametrize(
    ("key", "target", "role"), checks(admin=False, roles=["anonymous"])
)
def test_public_urls(clients, world, filled, key, target, role):  # noqa: F811
    assert_role_gets(clients, world, filled, key, target, role)
