"""Who sees what of the declarations: a contact person only the declarations
of the groups they manage, in the listing, its export, a declaration's page,
its history and every address with an id; an editor nothing; anonymous
visitors are sent to the login page."""

import pytest
from django.urls import URLResolver, get_resolver, reverse

from .declarations_admin_data import declare, member

pytestmark = pytest.mark.django_db

NAMESPACE = "pool_declarations"
SECRET = "Bert Bravolid"


def declaration_patterns():
    """Every URL of the declarations' admin with a declaration's id in it,
    from the URL configuration itself."""
    found = []

    def walk(patterns, namespaces=()):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                extra = (pattern.namespace,) if pattern.namespace else ()
                walk(pattern.url_patterns, namespaces + extra)
            elif (
                namespaces
                and namespaces[-1] == NAMESPACE
                and "pk" in pattern.pattern.regex.groupindex
            ):
                found.append(f"{NAMESPACE}:{pattern.name}")

    walk(get_resolver().url_patterns)
    return sorted(set(found))


ID_PATTERNS = declaration_patterns()


def test_the_loop_finds_the_views_with_an_id():
    assert {
        f"{NAMESPACE}:{name}"
        for name in ["inspect", "history", "approve", "reject", "withdraw"]
    } <= set(ID_PATTERNS)
    assert f"{NAMESPACE}:edit" not in ID_PATTERNS
    assert f"{NAMESPACE}:delete" not in ID_PATTERNS


@pytest.fixture
def theirs(group_b):
    return declare(member(group_b, "bert@example.org"))


@pytest.fixture
def ours(group_a):
    return declare(member(group_a, "alma@example.org"))


def test_the_listing_shows_only_the_own_group(client, contact_a, ours, theirs):
    client.force_login(contact_a)
    response = client.get(reverse(f"{NAMESPACE}:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Alma Alfalid" in html
    assert SECRET not in html
    assert "Groep Bravo" not in html


def test_the_listing_export_holds_only_the_own_group(client, contact_a, ours, theirs):
    client.force_login(contact_a)
    response = client.get(reverse(f"{NAMESPACE}:index"), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "Alma Alfalid" in content
    assert SECRET not in content


def test_the_filter_offers_only_the_own_group(client, contact_a, ours, theirs):
    client.force_login(contact_a)
    response = client.get(reverse(f"{NAMESPACE}:index"), {"group": theirs.group_id})
    html = response.content.decode()
    assert SECRET not in html


@pytest.mark.parametrize("url_name", ID_PATTERNS)
def test_another_groups_declaration_is_not_found(
    client, contact_a, ours, theirs, url_name
):
    client.force_login(contact_a)
    url = reverse(url_name, args=[theirs.pk])
    for response in [client.get(url), client.post(url, {"reason": "Nee"})]:
        assert response.status_code in (403, 404)
        assert SECRET not in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.status == "submitted"


@pytest.mark.parametrize("url_name", ["inspect", "history"])
def test_the_own_groups_declaration_is_shown(client, contact_a, ours, url_name):
    client.force_login(contact_a)
    response = client.get(reverse(f"{NAMESPACE}:{url_name}", args=[ours.pk]))
    assert response.status_code == 200
    assert "Alma Alfalid" in response.content.decode()


@pytest.mark.parametrize("url_name", ["approve", "reject"])
def test_a_contact_person_cannot_decide(client, contact_a, ours, url_name):
    client.force_login(contact_a)
    url = reverse(f"{NAMESPACE}:{url_name}", args=[ours.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, {"reason": "Te laat", "confirmed": "on"})
    assert response.status_code == 403
    ours.refresh_from_db()
    assert ours.status == "submitted"
    assert ours.decided_by is None


def test_a_contact_person_cannot_pay(client, contact_a, ours):
    client.force_login(contact_a)
    assert client.get(reverse(f"{NAMESPACE}:payout")).status_code == 403
    response = client.get(reverse(f"{NAMESPACE}:payout"), {"export": "xlsx"})
    assert response.status_code == 403
    response = client.post(
        reverse(f"{NAMESPACE}:mark_paid"),
        {"date_from": "2025-01-01", "date_to": "2025-12-31", "paid_on": "2025-12-31"},
    )
    assert response.status_code == 403


def test_an_editor_gets_nothing(client, editor, ours):
    client.force_login(editor)
    urls = [
        reverse(f"{NAMESPACE}:index"),
        reverse(f"{NAMESPACE}:add"),
        reverse(f"{NAMESPACE}:add_own"),
        reverse(f"{NAMESPACE}:payout"),
        reverse("pool_allowance_years:index"),
        reverse("pool_other_allowances:index"),
        *(reverse(name, args=[ours.pk]) for name in ID_PATTERNS),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Alma Alfalid" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, ours):
    for url in [
        reverse(f"{NAMESPACE}:index"),
        reverse(f"{NAMESPACE}:inspect", args=[ours.pk]),
        reverse(f"{NAMESPACE}:payout"),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_huge_id_is_not_found(client, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/admin/declaraties/inspect/{'9' * 25}/")
    assert response.status_code == 404
