"""Sharing a request with a group: the message says whether anybody was
mailed, and sharing that makes no sense is refused without a mail."""

import pytest
from django.urls import reverse

from intake import workflow
from intake.choices import Status
from intake.factories import RequestFactory
from intake.models import RequestMail
from pool.factories import MemberFactory, RosterGroupPageFactory

pytestmark = pytest.mark.django_db

MAILED = "de contactpersoon krijgt een mail"


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def share(client, request_obj, group):
    response = client.post(
        url("share", request_obj.pk), {"group": group.pk}, follow=True
    )
    assert response.status_code == 200
    return [
        (message.level_tag, str(message).strip())
        for message in response.context["messages"]
    ]


def shared_mails(request_obj):
    return RequestMail.objects.filter(request=request_obj, purpose="shared")


@pytest.fixture
def group_without_contact(db):
    page = RosterGroupPageFactory(title="Groep Zonder Contact")
    MemberFactory(page=page, name="Zeno Zonderlid", email="zeno@example.org")
    return page


def test_a_group_with_a_contact_person_mails_it(client, coordinator, group_a):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    [(level, text)] = share(client, request_obj, group_a)
    assert level == "success"
    assert MAILED in text
    assert [mail.to for mail in shared_mails(request_obj)] == [
        group_a.contact_person.email
    ]


def test_a_group_without_a_contact_person_says_nobody_is_mailed(
    client, coordinator, group_without_contact
):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    [(level, text)] = share(client, request_obj, group_without_contact)
    assert level == "success"
    assert MAILED not in text
    assert "geen contactpersoon" in text
    assert "niemand krijgt een mail" in text
    assert "Kies een contactpersoon voor deze groep" in text
    request_obj.refresh_from_db()
    assert request_obj.shared_with_id == group_without_contact.pk
    assert not shared_mails(request_obj).exists()


def test_the_form_names_groups_without_a_contact_person(
    client, coordinator, group_a, group_without_contact
):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    html = client.get(url("inspect", request_obj.pk)).content.decode()
    assert "Groep Zonder Contact (geen contactpersoon: niemand krijgt een mail)" in html
    assert "Groep Alfa (geen contactpersoon" not in html


def test_sharing_a_matched_request_is_refused(client, coordinator, group_a, group_b):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    workflow.approve(workflow.propose(request_obj, alma, coordinator), coordinator)
    client.force_login(coordinator)
    [(level, text)] = share(client, request_obj, group_b)
    assert level == "error"
    assert "heeft al een OCO" in text
    request_obj.refresh_from_db()
    assert request_obj.status == Status.MATCHED
    assert request_obj.shared_with is None
    assert not shared_mails(request_obj).exists()


def test_sharing_again_with_the_same_group_is_refused(client, coordinator, group_a):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    assert share(client, request_obj, group_a)[0][0] == "success"
    [(level, text)] = share(client, request_obj, group_a)
    assert level == "error"
    assert "al gedeeld met" in text
    assert shared_mails(request_obj).count() == 1


def test_sharing_with_another_group_still_works(client, coordinator, group_a, group_b):
    request_obj = RequestFactory()
    client.force_login(coordinator)
    share(client, request_obj, group_a)
    [(level, text)] = share(client, request_obj, group_b)
    assert level == "success" and MAILED in text
    request_obj.refresh_from_db()
    assert request_obj.shared_with_id == group_b.pk
    assert shared_mails(request_obj).count() == 2
