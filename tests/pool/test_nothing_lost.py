"""Members are never deleted: the editor refuses it, revisions cannot do it and
the database layer stops any code that tries."""

import pytest
from django.db import transaction
from django.db.models import ProtectedError

from pool.factories import MemberFactory
from pool.models import Member

from .editing import edit_form_data, member_data

pytestmark = pytest.mark.django_db


def test_removing_a_saved_member_gets_a_clear_error(client, coordinator, group_a):
    client.force_login(coordinator)
    alma, arie = group_a.members.all()
    members = [member_data(alma, DELETE="1"), member_data(arie)]
    response = client.post(
        f"/admin/pages/{group_a.pk}/edit/",
        edit_form_data(group_a, members=members, action="publish"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leden die al op de lijst staan, kunt u niet verwijderen" in html
    assert "Alma Alfalid" in html
    # The refused removal is undone in the form, so the member shows again.
    assert response.context["form"].data["members-0-DELETE"] == ""
    assert Member.objects.filter(pk=alma.pk).exists()


def test_a_member_added_in_the_same_draft_may_be_dropped(client, coordinator, group_a):
    client.force_login(coordinator)
    members = [member_data(m) for m in group_a.members.all()]
    typo = member_data(Member(name="Vergissing", email="oeps@example.org"))
    typo.update(DELETE="1", joined_on="2026-01-01", languages="Nederlands")
    response = client.post(
        f"/admin/pages/{group_a.pk}/edit/",
        edit_form_data(group_a, members=[*members, typo], action="publish"),
    )
    assert response.status_code == 302
    assert not Member.objects.filter(name="Vergissing").exists()


def test_publishing_an_older_revision_keeps_later_members(group_a):
    old_revision = group_a.latest_revision
    late = MemberFactory(page=group_a, name="Laat Toegevoegd")
    old_revision.publish()
    assert Member.objects.filter(pk=late.pk).exists()
    assert "Laat Toegevoegd" in [
        m.name for m in group_a.get_latest_revision_as_object().members.all()
    ]


def test_code_cannot_delete_a_member(group_a):
    member = group_a.members.first()
    with pytest.raises(ProtectedError), transaction.atomic():
        member.delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        Member.objects.filter(page=group_a).delete()
    assert Member.objects.filter(pk=member.pk).exists()


def test_a_group_with_members_cannot_be_deleted(client, group_a):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("super", "s@example.org", "x")
    client.force_login(admin)
    response = client.post(f"/admin/pages/{group_a.pk}/delete/", follow=True)
    assert "kan niet worden verwijderd" in response.content.decode()
    assert Member.objects.filter(page=group_a).count() == 2


def test_bulk_delete_of_a_group_with_members_is_refused(client, group_a):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("super", "s@example.org", "x")
    client.force_login(admin)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={group_a.pk}"
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "kan niet worden verwijderd" in response.content.decode()
    assert Member.objects.filter(page=group_a).count() == 2
