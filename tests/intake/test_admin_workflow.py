"""A coordinator takes a request from nieuw to an approved match and records
the trajectory, through the admin views."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from intake.choices import EndReason, Status, Step, TrajectoryStatus
from intake.factories import RequestFactory
from intake.models import RequestMail, Trajectory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"intake_requests:{name}", args=args)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def resident_request(db):
    return RequestFactory(
        name="Inwoner Verzonnen",
        phone="06 98765432",
        email="inwoner.verzonnen@example.org",
        domains=["wmo"],
    )


def test_from_new_to_an_approved_match_and_its_steps(
    client, coordinator, group_a, resident_request
):
    client.force_login(coordinator)
    request_obj = resident_request
    alma = group_a.members.get(email="alma@example.org")

    page = client.get(url("inspect", request_obj.pk))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Inwoner Verzonnen" in html
    assert "In behandeling nemen" in html

    response = client.post(url("take_up", request_obj.pk), follow=True)
    assert response.redirect_chain[-1][0] == url("inspect", request_obj.pk)
    request_obj.refresh_from_db()
    assert request_obj.status == Status.IN_PROGRESS

    html = response.content.decode()
    assert "Suggesties voor een OCO" in html
    assert "Alma Alfalid" in html and "Koppelen" in html

    response = client.post(
        url("match", request_obj.pk), {"member": alma.pk}, follow=True
    )
    assert any("gekoppeld" in text for text in messages_of(response))
    request_obj.refresh_from_db()
    assert request_obj.status == Status.MATCHED
    trajectory = Trajectory.objects.get(request=request_obj)
    assert trajectory.status == TrajectoryStatus.RUNNING
    assert trajectory.member == alma
    assert trajectory.approved_by == coordinator

    mail = RequestMail.objects.get(purpose="matched")
    assert mail.to == "alma@example.org"
    for secret in ["Inwoner Verzonnen", "06 98765432", "inwoner.verzonnen@"]:
        assert secret not in mail.subject and secret not in mail.body
    assert request_obj.reference in mail.subject
    assert request_obj.reference in mail.body

    today = timezone.localdate()
    for step in [Step.PREPARATION, Step.ACCESS_MEETING]:
        response = client.post(
            url("record_step", request_obj.pk, trajectory.pk),
            {"step": step, "date": today.strftime("%d-%m-%Y"), "note": "Goed."},
            follow=True,
        )
        assert any("vastgelegd" in text for text in messages_of(response))
    assert sorted(trajectory.steps.values_list("step", flat=True)) == sorted(
        [Step.PREPARATION, Step.ACCESS_MEETING]
    )

    response = client.post(
        url("consent", request_obj.pk, trajectory.pk),
        {
            "phone_consent": "on",
            "phone_consent_on": today.strftime("%d-%m-%Y"),
            "follow_up": "on",
        },
        follow=True,
    )
    trajectory.refresh_from_db()
    assert trajectory.phone_consent and trajectory.follow_up
    assert trajectory.phone_consent_on == today

    html = client.get(url("inspect", request_obj.pk)).content.decode()
    assert "Toegangsgesprek" in html and "Goed." in html

    response = client.post(
        url("end", request_obj.pk, trajectory.pk),
        {"reason": EndReason.DONE},
        follow=True,
    )
    assert any("afgerond" in text for text in messages_of(response))
    request_obj.refresh_from_db()
    assert request_obj.status == Status.COMPLETED


def test_a_step_in_the_future_is_refused_with_a_message(
    client, coordinator, group_a, resident_request
):
    client.force_login(coordinator)
    alma = group_a.members.get(email="alma@example.org")
    client.post(url("match", resident_request.pk), {"member": alma.pk})
    trajectory = Trajectory.objects.get(request=resident_request)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(
        url("record_step", resident_request.pk, trajectory.pk),
        {"step": Step.PREPARATION, "date": tomorrow.strftime("%d-%m-%Y")},
        follow=True,
    )
    assert response.status_code == 200
    assert any("toekomst" in text for text in messages_of(response))
    assert not trajectory.steps.exists()


def test_other_oco_sends_the_request_back_to_matching(
    client, coordinator, group_a, resident_request
):
    client.force_login(coordinator)
    alma = group_a.members.get(email="alma@example.org")
    client.post(url("match", resident_request.pk), {"member": alma.pk})
    response = client.post(url("other_oco", resident_request.pk), follow=True)
    resident_request.refresh_from_db()
    assert resident_request.status == Status.IN_PROGRESS
    assert "Suggesties voor een OCO" in response.content.decode()
    ended = Trajectory.objects.get(request=resident_request)
    assert ended.status == TrajectoryStatus.ENDED
    assert ended.end_reason == EndReason.OTHER_OCO


def test_a_proposal_from_a_contact_person_is_approved(
    client, coordinator, contact_a, group_a, resident_request
):
    from intake import workflow

    arie = group_a.members.get(email="arie@example.org")
    proposal = workflow.propose(resident_request, arie, contact_a, note="Past goed.")
    client.force_login(coordinator)
    html = client.get(url("inspect", resident_request.pk)).content.decode()
    assert "Goedkeuren en koppelen" in html and "Past goed." in html
    client.post(url("approve", resident_request.pk, proposal.pk))
    proposal.refresh_from_db()
    assert proposal.status == TrajectoryStatus.RUNNING
    resident_request.refresh_from_db()
    assert resident_request.status == Status.MATCHED


def test_a_proposal_can_be_declined(
    client, coordinator, contact_a, group_a, resident_request
):
    from intake import workflow

    arie = group_a.members.get(email="arie@example.org")
    proposal = workflow.propose(resident_request, arie, contact_a)
    client.force_login(coordinator)
    client.post(url("decline", resident_request.pk, proposal.pk))
    proposal.refresh_from_db()
    assert proposal.status == TrajectoryStatus.DECLINED


def test_cancelling_asks_first(client, coordinator, resident_request):
    client.force_login(coordinator)
    page = client.get(url("cancel", resident_request.pk))
    assert page.status_code == 200
    assert "Ja, annuleren" in page.content.decode()
    resident_request.refresh_from_db()
    assert resident_request.status == Status.NEW
    client.post(url("cancel", resident_request.pk))
    resident_request.refresh_from_db()
    assert resident_request.status == Status.CANCELLED


def test_sharing_with_a_group_tells_its_contact_person(
    client, coordinator, group_a, resident_request
):
    client.force_login(coordinator)
    response = client.post(
        url("share", resident_request.pk), {"group": group_a.pk}, follow=True
    )
    assert response.status_code == 200
    resident_request.refresh_from_db()
    assert resident_request.shared_with_id == group_a.pk
    assert RequestMail.objects.filter(purpose="shared").exists()
