"""The VOG overview: who needs a new VOG, and who may see that."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import Member, PoolSettings
from pool.models.members import years_before
from pool.vog import members_needing_vog

pytestmark = pytest.mark.django_db

URL = "/admin/pool/vog/"


def ago(years=0, days=0):
    return years_before(timezone.localdate(), years) - datetime.timedelta(days=days)


@pytest.fixture
def charlie():
    """A third group with one member of each kind."""
    page = RosterGroupPageFactory(title="Groep Charlie")
    MemberFactory(page=page, name="Cees Verlopen", vog_date=ago(years=4))
    MemberFactory(page=page, name="Carla Recent", vog_date=ago(years=1, days=1))
    MemberFactory(
        page=page,
        name="Chris Inactief",
        vog_date=None,
        active=False,
        left_on=ago(days=10),
    )
    return page


def set_valid_years(years):
    settings = PoolSettings.load()
    settings.vog_valid_years = years
    settings.save()


def names(response):
    """The names on all pages of the listing."""
    return [member.name for member in response.context["paginator"].object_list]


def test_url_name():
    assert reverse("pool_vog:index") == URL


def test_coordinator_sees_missing_and_expired_in_all_groups(
    client, coordinator, group_a, group_b, charlie
):
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    shown = names(response)
    assert "Bert Bravolid" in shown
    assert "Cees Verlopen" in shown
    assert "Carla Recent" not in shown
    assert "Chris Inactief" not in shown
    html = response.content.decode()
    assert "geen VOG" in html
    assert "ontbreekt" in html
    assert "verlopen sinds" in html
    assert "Een VOG is 3 jaar geldig" in html
    assert reverse("wagtailadmin_pages:edit", args=[charlie.pk]) in html


def test_list_is_ordered_by_group_then_name(client, coordinator, group_b, charlie):
    client.force_login(coordinator)
    members = list(client.get(URL).context["paginator"].object_list)
    keys = [(m.page.title, m.name) for m in members]
    assert keys == sorted(keys)


def test_valid_years_setting_changes_the_result(
    client, coordinator, group_a, group_b, charlie
):
    client.force_login(coordinator)
    set_valid_years(5)
    response = client.get(URL)
    assert "Cees Verlopen" not in names(response)
    assert "Bert Bravolid" in names(response)
    assert "Een VOG is 5 jaar geldig" in response.content.decode()

    set_valid_years(1)
    shown = names(client.get(URL, {"group": charlie.pk}))
    # A year and a day is too old when a VOG is valid for one year.
    assert shown == ["Carla Recent", "Cees Verlopen"]


def test_contact_person_sees_only_own_groups(client, contact_b, group_a, group_b):
    MemberFactory(page=group_a, name="Anna Zonder", vog_date=None)
    client.force_login(contact_b)
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Bert Bravolid"]
    assert "Anna Zonder" not in response.content.decode()


def test_contact_person_filters_own_group(client, contact_b, group_a, group_b):
    client.force_login(contact_b)
    response = client.get(URL, {"group": group_b.pk})
    assert response.status_code == 200
    assert names(response) == ["Bert Bravolid"]


def test_contact_person_gets_404_for_another_group(client, contact_b, group_a, group_b):
    client.force_login(contact_b)
    assert client.get(URL, {"group": group_a.pk}).status_code == 404
    assert client.get(URL, {"group": "x"}).status_code == 404
    assert client.get(URL + "results/", {"group": group_a.pk}).status_code == 404


def test_group_filter_offers_only_visible_groups(client, contact_b, group_a, group_b):
    client.force_login(contact_b)
    response = client.get(URL)
    choices = list(response.context["filters"].form.fields["group"].queryset)
    assert choices == [group_b.page_ptr.specific]


def test_status_filter(client, coordinator, group_b, charlie):
    client.force_login(coordinator)
    missing = names(client.get(URL, {"status": "missing"}))
    assert "Bert Bravolid" in missing
    assert "Cees Verlopen" not in missing
    expired = names(client.get(URL, {"status": "expired"}))
    assert "Cees Verlopen" in expired
    assert "Bert Bravolid" not in expired


def test_coordinator_filters_by_group(client, coordinator, group_b, charlie):
    client.force_login(coordinator)
    assert names(client.get(URL, {"group": charlie.pk})) == ["Cees Verlopen"]


def test_editor_gets_403(client, editor):
    client.force_login(editor)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "results/").status_code == 403


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_csv_export(client, coordinator, group_b, charlie):
    client.force_login(coordinator)
    response = client.get(URL, {"export": "csv", "group": charlie.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "vog-overzicht.csv" in response["Content-Disposition"]
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Naam,Groep,E-mailadres,Datum VOG,Status"
    assert len(lines) == 2
    assert lines[1].startswith("Cees Verlopen,Groep Charlie,")
    assert "verlopen sinds" in lines[1]


def test_csv_export_neutralises_formulas(client, coordinator):
    page = RosterGroupPageFactory(title="Groep Formule")
    MemberFactory(page=page, name="=HYPERLINK(1)", vog_date=None)
    client.force_login(coordinator)
    response = client.get(URL, {"export": "csv", "group": page.pk})
    content = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in content


def test_pagination(client, coordinator):
    page = RosterGroupPageFactory(title="Groep Groot")
    MemberFactory.create_batch(55, page=page, vog_date=None)
    client.force_login(coordinator)
    response = client.get(URL, {"group": page.pk})
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].count == 55


def test_members_needing_vog_per_user(
    coordinator, contact_b, editor, group_a, group_b, django_assert_num_queries
):
    assert [m.name for m in members_needing_vog(contact_b, 3)] == ["Bert Bravolid"]
    assert not members_needing_vog(editor, 3).exists()
    everyone = members_needing_vog(coordinator, 3)
    assert set(everyone) == set(Member.objects.needing_vog(3))
    with django_assert_num_queries(1):
        titles = [member.page.title for member in everyone.all()]
    assert "Groep Bravo" in titles


@pytest.mark.parametrize("user_fixture", ["coordinator", "contact_a"])
def test_queries_do_not_grow_with_members(
    client, request, user_fixture, group_a, django_assert_max_num_queries
):
    client.force_login(request.getfixturevalue(user_fixture))
    MemberFactory.create_batch(5, page=group_a, vog_date=None)
    client.get(URL)  # fill the caches that are filled once per process
    with django_assert_max_num_queries(50) as captured:
        assert client.get(URL).status_code == 200
    few = len(captured)

    MemberFactory.create_batch(55, page=group_a, vog_date=None)
    with django_assert_max_num_queries(few):
        response = client.get(URL)
    assert response.context["paginator"].count >= 60
    assert len(response.context["object_list"]) == 50


def test_xlsx_export(client, contact_b, group_b):
    client.force_login(contact_b)
    response = client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert "vog-overzicht.xlsx" in response["Content-Disposition"]
