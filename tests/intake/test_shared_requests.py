"""Contact persons propose a member of their own group for a request a
coordinator shared with it, and see nothing personal of the resident."""

import pytest
from django.core import mail as django_mail
from django.urls import reverse
from wagtail import hooks
from wagtail.models import ModelLogEntry

from intake import workflow
from intake.choices import Status, TrajectoryStatus
from intake.factories import RequestFactory
from intake.models import RequestMail, Trajectory
from intake.permissions import may_handle_requests
from pool.factories import MemberFactory

pytestmark = pytest.mark.django_db

HUGE = "9" * 25
PERSONAL = {
    "name": "Gerrit Geheimzinnig",
    "requester_name": "Truus Geheimzinnig",
    "phone": "06 98765432",
    "email": "gerrit.geheim@example.org",
    "postcode": "1357 XY",
    "remarks": "Slechthorend, graag langzaam praten",
    "conversation_subject": "Schuldhulp na ontslag bij de bakkerij",
    "coordinator_note": "Belt liever na vier uur",
}


def detail_url(request_obj):
    return reverse("intake_shared:detail", args=[request_obj.pk])


@pytest.fixture
def shared_a(group_a, coordinator):
    request_obj = RequestFactory(
        **PERSONAL,
        agency="UWV",
        wish_language="Nederlands",
        status=Status.IN_PROGRESS,
    )
    return workflow.share_with_group(request_obj, group_a, coordinator)


@pytest.fixture
def shared_b(group_b, coordinator):
    request_obj = RequestFactory(status=Status.IN_PROGRESS)
    return workflow.share_with_group(request_obj, group_b, coordinator)


@pytest.fixture
def not_shared(db):
    return RequestFactory()


def member_of(group, name):
    return group.members.get(name=name)


def assert_nothing_personal(html):
    for value in PERSONAL.values():
        assert value not in html


def test_index_url():
    assert reverse("intake_shared:index") == "/admin/gedeelde-aanvragen/"


def test_contact_person_sees_only_requests_shared_with_their_group(
    client, contact_a, shared_a, shared_b, not_shared
):
    client.force_login(contact_a)
    response = client.get(reverse("intake_shared:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert shared_a.reference in html
    assert shared_b.reference not in html
    assert not_shared.reference not in html
    assert detail_url(shared_a) in html
    assert_nothing_personal(html)
    results = client.get(reverse("intake_shared:index_results"))
    assert results.status_code == 200
    assert shared_b.reference not in results.content.decode()


def test_coordinator_sees_every_shared_request(
    client, coordinator, shared_a, shared_b, not_shared
):
    client.force_login(coordinator)
    html = client.get(reverse("intake_shared:index")).content.decode()
    assert shared_a.reference in html
    assert shared_b.reference in html
    assert not_shared.reference not in html


def test_closed_requests_are_no_longer_listed(client, contact_a, shared_a, coordinator):
    workflow.cancel(shared_a, coordinator)
    client.force_login(contact_a)
    html = client.get(reverse("intake_shared:index")).content.decode()
    assert shared_a.reference not in html
    assert client.get(detail_url(shared_a)).status_code == 404


def test_detail_shows_what_is_needed_to_choose_and_nothing_personal(
    client, contact_a, shared_a
):
    client.force_login(contact_a)
    response = client.get(detail_url(shared_a))
    assert response.status_code == 200
    html = response.content.decode()
    assert shared_a.reference in html
    assert "Wmo: hulp of voorzieningen thuis" in html
    assert "UWV" in html
    assert_nothing_personal(html)
    assert "Alma Alfalid" in html
    assert "Arie Alfalid" in html
    assert "Bert Bravolid" not in html


def test_opening_a_shared_request_is_logged(client, contact_a, shared_a):
    client.force_login(contact_a)
    client.get(detail_url(shared_a))
    entry = ModelLogEntry.objects.get(action="intake.view", object_id=str(shared_a.pk))
    assert entry.user == contact_a
    assert entry.data == {"group": shared_a.shared_with_id}
    assert shared_a.name not in entry.label


def test_suggestions_are_limited_to_the_group(client, contact_a, shared_a):
    client.force_login(contact_a)
    suggestions = client.get(detail_url(shared_a)).context["suggestions"]
    assert {s.member.name for s in suggestions} == {"Alma Alfalid", "Arie Alfalid"}


def test_a_conflict_is_a_warning_without_a_propose_button(
    client, contact_a, shared_a, group_a
):
    conflicted = MemberFactory(
        page=group_a, name="Cor Conflict", other_roles="UWV Almere"
    )
    client.force_login(contact_a)
    html = client.get(detail_url(shared_a)).content.decode()
    assert "Belangenverstrengeling" in html
    assert f'value="{conflicted.pk}"' not in html
    alma = member_of(group_a, "Alma Alfalid")
    assert f'value="{alma.pk}"' in html


def test_contact_b_cannot_reach_a_request_shared_with_group_a(
    client, contact_b, group_b, shared_a
):
    client.force_login(contact_b)
    assert client.get(detail_url(shared_a)).status_code == 404
    alma = member_of(shared_a.shared_with, "Alma Alfalid")
    response = client.post(detail_url(shared_a), {"member": alma.pk})
    assert response.status_code == 404
    assert not Trajectory.objects.exists()


def test_a_request_not_shared_is_not_found(client, contact_a, group_a, not_shared):
    client.force_login(contact_a)
    assert client.get(detail_url(not_shared)).status_code == 404


def test_a_huge_id_is_not_found(client, contact_a, shared_a):
    client.force_login(contact_a)
    path = detail_url(shared_a).replace(f"/{shared_a.pk}/", f"/{HUGE}/")
    assert client.get(path).status_code == 404


def test_users_without_a_group_are_refused(client, editor, shared_a):
    client.force_login(editor)
    assert client.get(reverse("intake_shared:index")).status_code == 403
    assert client.get(detail_url(shared_a)).status_code == 403


def test_menu_item_is_shown_to_those_who_manage_a_group(rf, contact_a, group_a, editor):
    items = [
        fn()
        for fn in hooks.get_hooks("register_pool_menu_item")
        if fn.__module__ == "intake.shared_hooks"
    ]
    assert len(items) == 1
    item = items[0]
    assert str(item.label) == "Gedeelde aanvragen"
    for user, shown in [(contact_a, True), (editor, False)]:
        request = rf.get("/admin/")
        request.user = user
        assert item.is_shown(request) is shown


def test_contact_person_proposes_an_own_member_and_the_coordinator_is_told(
    client,
    contact_a,
    coordinator,
    shared_a,
    group_a,
    django_capture_on_commit_callbacks,
):
    alma = member_of(group_a, "Alma Alfalid")
    client.force_login(contact_a)
    django_mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail_url(shared_a), {"member": alma.pk, "note": "Kent het UWV goed."}
        )
    assert response.status_code == 302
    assert response.url == reverse("intake_shared:index")
    trajectory = Trajectory.objects.get(request=shared_a)
    assert trajectory.member == alma
    assert trajectory.status == TrajectoryStatus.PROPOSED
    assert trajectory.proposed_by == contact_a
    assert trajectory.proposal_note == "Kent het UWV goed."
    told = RequestMail.objects.get(purpose="proposal")
    assert told.to == coordinator.email
    sent = [m for m in django_mail.outbox if m.to == [coordinator.email]]
    assert len(sent) == 1
    assert shared_a.reference in sent[0].subject
    assert shared_a.name not in sent[0].body


def test_contact_person_cannot_propose_a_member_of_another_group(
    client, contact_a, shared_a, group_b
):
    bert = member_of(group_b, "Bert Bravolid")
    client.force_login(contact_a)
    response = client.post(detail_url(shared_a), {"member": bert.pk})
    assert response.status_code == 200
    assert "alleen een actief lid van de groep" in response.content.decode()
    assert not Trajectory.objects.exists()


def test_a_forced_proposal_of_a_conflicted_member_is_refused(
    client, contact_a, shared_a, group_a
):
    conflicted = MemberFactory(page=group_a, other_roles="UWV Almere")
    client.force_login(contact_a)
    response = client.post(detail_url(shared_a), {"member": conflicted.pk})
    assert response.status_code == 200
    assert "Belangenverstrengeling" in response.content.decode()
    assert not Trajectory.objects.exists()


def test_contact_person_cannot_approve(client, contact_a, shared_a, group_a):
    alma = member_of(group_a, "Alma Alfalid")
    client.force_login(contact_a)
    client.post(detail_url(shared_a), {"member": alma.pk})
    client.post(detail_url(shared_a), {"member": alma.pk, "action": "approve"})
    trajectory = Trajectory.objects.get(request=shared_a)
    approve_url = reverse("intake_requests:approve", args=[shared_a.pk, trajectory.pk])
    assert client.post(approve_url).status_code == 403
    trajectory.refresh_from_db()
    assert trajectory.status == TrajectoryStatus.PROPOSED
    assert trajectory.approved_at is None
    shared_a.refresh_from_db()
    assert shared_a.status == Status.IN_PROGRESS
    assert not may_handle_requests(contact_a)


def test_a_matched_request_takes_no_more_proposals(
    client, contact_a, coordinator, shared_a, group_a
):
    alma = member_of(group_a, "Alma Alfalid")
    arie = member_of(group_a, "Arie Alfalid")
    workflow.approve(workflow.propose(shared_a, alma, coordinator), coordinator)
    client.force_login(contact_a)
    response = client.get(detail_url(shared_a))
    html = response.content.decode()
    assert "heeft al een OCO" in html
    assert f'value="{arie.pk}"' not in html
    client.post(detail_url(shared_a), {"member": arie.pk})
    assert not Trajectory.objects.filter(member=arie).exists()


@pytest.mark.parametrize("member", [HUGE, "abc", "-1", ""])
def test_a_made_up_member_is_a_form_error(client, contact_a, shared_a, member):
    client.force_login(contact_a)
    response = client.post(detail_url(shared_a), {"member": member})
    assert response.status_code == 200
    assert response.context["form"].errors["member"]
    assert not Trajectory.objects.exists()


@pytest.mark.parametrize(
    "query", [{"ordering": "name"}, {"ordering": "-email"}, {"p": "abc"}, {"p": HUGE}]
)
def test_odd_listing_parameters_give_no_server_error(
    client, contact_a, shared_a, query
):
    client.force_login(contact_a)
    for name in ("intake_shared:index", "intake_shared:index_results"):
        response = client.get(reverse(name), query)
        assert response.status_code in (200, 404)
        if response.status_code == 200:
            assert "Gerrit" not in response.content.decode()
