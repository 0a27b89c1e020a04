"""The dashboard panel that counts the members needing a new VOG."""

import pytest
from django.urls import reverse
from django.utils import timezone

from pool.access import manages_a_group
from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import Member, PoolSettings
from pool.models.members import years_before
from pool.views.vog_hooks import VogPanel

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def vog_panels(response):
    return [
        panel for panel in response.context["panels"] if isinstance(panel, VogPanel)
    ]


def panel_context(client, user):
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    (panel,) = vog_panels(response)
    return panel.get_context_data({"request": response.wsgi_request}), response


def test_coordinator_sees_the_count_of_all_groups(
    client, coordinator, group_a, group_b
):
    context, response = panel_context(client, coordinator)
    expected = Member.objects.needing_vog(PoolSettings.load().vog_valid_years).count()
    assert expected >= 1
    assert context["count"] == expected
    html = response.content.decode()
    assert f"{expected} actieve leden hebben geen geldige VOG." in html
    assert "Dit gaat over alle groepen." in html
    assert reverse("pool_vog:index") in html


def test_contact_person_sees_the_count_of_own_group(
    client, contact_b, group_a, group_b
):
    MemberFactory(page=group_a, name="Anna Zonder", vog_date=None)
    context, response = panel_context(client, contact_b)
    assert context["count"] == 1
    html = response.content.decode()
    assert "1 actief lid heeft geen geldige VOG." in html
    assert "Dit gaat over de groepen die u beheert." in html


def test_contact_person_with_all_vogs_valid(client, contact_a, group_b):
    group = RosterGroupPageFactory(contact_person=contact_a)
    MemberFactory(page=group, vog_date=years_before(timezone.localdate(), 1))
    context, response = panel_context(client, contact_a)
    assert context["count"] == 0
    assert "Alle actieve leden hebben een geldige VOG." in response.content.decode()


def test_count_follows_the_setting(client, contact_a):
    group = RosterGroupPageFactory(contact_person=contact_a)
    MemberFactory(page=group, vog_date=years_before(timezone.localdate(), 2))
    context, _response = panel_context(client, contact_a)
    assert context["count"] == 0

    settings = PoolSettings.load()
    settings.vog_valid_years = 1
    settings.save()
    context, response = panel_context(client, contact_a)
    assert context["count"] == 1
    assert "Een VOG is 1 jaar geldig." in response.content.decode()


def test_editor_gets_no_panel(client, editor, group_a, group_b):
    client.force_login(editor)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert vog_panels(response) == []
    assert reverse("pool_vog:index") not in response.content.decode()


def test_count_is_one_query(
    client, coordinator, contact_b, group_b, django_assert_num_queries, rf
):
    group = RosterGroupPageFactory(contact_person=contact_b)
    MemberFactory.create_batch(3, page=group, vog_date=None)
    for user, expected in [(coordinator, None), (contact_b, 4)]:
        request = rf.get(DASHBOARD)
        request.user = user
        PoolSettings.load(request_or_site=request)  # cached on the request
        # The hook asks this first; it leaves the permissions cached on the user.
        assert manages_a_group(user)
        panel = VogPanel(request)
        with django_assert_num_queries(1):
            context = panel.get_context_data()
        if expected is not None:
            assert context["count"] == expected
