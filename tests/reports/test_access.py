"""Only coordinators see the figures and their downloads, and the menu."""

import json
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URLS = [
    "/admin/rapportages/",
    "/admin/rapportages/export/aanvragen-per-maand.csv",
    "/admin/rapportages/export/aanvragen-per-maand.xlsx",
    "/admin/rapportages/export/rapportage.xlsx",
]


def test_url_names():
    assert reverse("reports_figures:index") == URLS[0]
    assert reverse("reports_figures:workbook") == URLS[3]


@pytest.mark.parametrize("url", URLS)
def test_coordinators_may(client, coordinator, url):
    client.force_login(coordinator)

    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("role", ["contact_a", "editor"])
def test_contact_persons_and_editors_get_403(client, request, group_a, role, url):
    client.force_login(request.getfixturevalue(role))

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", URLS)
def test_anonymous_visitors_are_sent_to_the_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_only_get_is_answered(client, coordinator):
    client.force_login(coordinator)

    assert client.post(URLS[0]).status_code == 405


def menu_items(client, user) -> dict[str, list[str]]:
    """The admin's main menu: each item's label with the urls under it."""
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    modules = json.loads(props.group(1))["modules"]
    (main_menu,) = [m for m in modules if m["_type"].endswith("MainMenuModule")]
    menu = {}
    for item in main_menu["_args"][0]:
        details, *rest = item["_args"]
        children = rest[0] if rest and isinstance(rest[0], list) else []
        menu[details["label"]] = [child["_args"][0].get("url") for child in children]
    return menu


def test_coordinators_find_the_figures_in_the_reports_menu(client, coordinator):
    menu = menu_items(client, coordinator)

    assert menu["Monitoring"][0] == "/admin/rapportages/"
    # Wagtail's own reports keep their own menu.
    assert "/admin/reports/site-history/" not in menu["Monitoring"]


@pytest.mark.parametrize("role", ["contact_a", "editor"])
def test_others_do_not_see_the_figures(client, request, group_a, role):
    menu = menu_items(client, request.getfixturevalue(role))

    assert all("/admin/rapportages/" not in urls for urls in menu.values())
    assert "Monitoring" not in menu
