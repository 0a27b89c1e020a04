"""A contact person changes the roster of their own group; a coordinator has the
final word before anything goes live."""

import datetime

import pytest
from wagtail.models import WorkflowState

from pool.models import Member, RosterGroupPage

from .editing import edit_form_data, member_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def submit(client, page, members):
    return client.post(
        edit_url(page), edit_form_data(page, members=members, action="submit")
    )


def approve(client, page):
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )
    task_state = state.current_task_state
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )


def live_names(page):
    return sorted(Member.objects.filter(page=page).values_list("name", flat=True))


def test_contact_person_lists_their_members(client, contact_a, group_a):
    client.force_login(contact_a)
    html = client.get(edit_url(group_a)).content.decode()
    assert "Alma Alfalid" in html and "Arie Alfalid" in html


def test_an_added_member_is_live_only_after_approval(
    client, contact_a, coordinator, group_a
):
    client.force_login(contact_a)
    members = [member_data(m) for m in group_a.members.all()]
    new = Member(
        name="Anna Nieuwlid",
        email="anna@example.org",
        languages="Nederlands",
        domains=["jeugd"],
        joined_on=datetime.date(2026, 1, 5),
    )
    response = submit(client, group_a, [*members, member_data(new)])
    assert response.status_code == 302
    assert "Anna Nieuwlid" not in live_names(group_a)

    client.force_login(coordinator)
    assert approve(client, group_a).status_code == 302
    assert "Anna Nieuwlid" in live_names(group_a)
    assert not RosterGroupPage.objects.get(pk=group_a.pk).has_unpublished_changes


def test_an_edit_is_live_only_after_approval(client, contact_a, coordinator, group_a):
    client.force_login(contact_a)
    alma, arie = group_a.members.all()
    members = [member_data(alma, phone="06 99887766"), member_data(arie)]
    assert submit(client, group_a, members).status_code == 302
    assert Member.objects.get(pk=alma.pk).phone == alma.phone

    client.force_login(coordinator)
    approve(client, group_a)
    assert Member.objects.get(pk=alma.pk).phone == "06 99887766"


def test_deactivating_keeps_the_member_with_the_date(
    client, contact_a, coordinator, group_a
):
    client.force_login(contact_a)
    alma, arie = group_a.members.all()
    members = [member_data(alma, active=None, left_on="2026-10-01"), member_data(arie)]
    data = edit_form_data(group_a, members=members, action="submit")
    data.pop("members-0-active", None)
    assert client.post(edit_url(group_a), data).status_code == 302

    client.force_login(coordinator)
    approve(client, group_a)
    alma.refresh_from_db()
    assert alma.active is False
    assert alma.left_on == datetime.date(2026, 10, 1)


def test_deactivating_without_a_date_is_refused(client, contact_a, group_a):
    client.force_login(contact_a)
    alma, arie = group_a.members.all()
    members = [member_data(alma, active=None), member_data(arie)]
    data = edit_form_data(group_a, members=members, action="submit")
    data.pop("members-0-active", None)
    response = client.post(edit_url(group_a), data)
    assert response.status_code == 200
    assert "Vul de datum in waarop dit lid is gestopt." in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(group_a.pk)).exists()


def test_contact_person_cannot_publish_directly(client, contact_a, group_a):
    client.force_login(contact_a)
    alma, arie = group_a.members.all()
    members = [member_data(alma, name="Alma Hernoemd"), member_data(arie)]
    client.post(edit_url(group_a), edit_form_data(group_a, members, "publish"))
    assert "Alma Hernoemd" not in live_names(group_a)


def test_contact_person_cannot_change_the_contact_person(
    client, contact_a, contact_b, coordinator, group_a
):
    client.force_login(contact_a)
    data = edit_form_data(group_a, action="submit", contact_person=contact_b.pk)
    client.post(edit_url(group_a), data)
    client.force_login(coordinator)
    approve(client, group_a)
    group_a.refresh_from_db()
    assert group_a.contact_person == contact_a
    assert not group_a.contact_group.user_set.filter(pk=contact_b.pk).exists()
