"""A member with a role at the agency of the conversation has a conflict of
interest: the suggestion shows it as a blocking warning without a button, and
"koppelen" or approving that member is refused with the reason."""

import datetime

import pytest
from django.urls import reverse

from intake import workflow
from intake.choices import Status
from intake.factories import RequestFactory, TrajectoryFactory
from intake.models import RequestMail, Trajectory
from pool.models import Member

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def conflicted(group_a):
    """Only group A's members are active; Arie works for the agency."""
    Member.objects.exclude(page=group_a).update(
        active=False, left_on=datetime.date(2025, 1, 1)
    )
    arie = group_a.members.get(email="arie@example.org")
    arie.other_roles = "Vrijwilliger bij de voedselbank\nUWV"
    arie.save()
    return arie


@pytest.fixture
def uwv_request(db):
    return RequestFactory(agency="UWV Almere", domains=["werk-en-inkomen"])


def test_the_suggestion_shows_a_blocking_warning(
    client, coordinator, conflicted, uwv_request
):
    client.force_login(coordinator)
    response = client.get(reverse("intake_requests:inspect", args=[uwv_request.pk]))
    html = response.content.decode()
    assert "Belangenverstrengeling: Arie Alfalid heeft een rol bij" in html
    blocked = [s for s in response.context["suggestions"] if s.blocked]
    assert [s.member for s in blocked] == [conflicted]
    # One "koppelen" form, for Alma; none for Arie.
    assert html.count('name="member"') == 1
    assert f'name="member" value="{conflicted.pk}"' not in html


def test_koppelen_is_refused_with_the_reason(
    client, coordinator, conflicted, uwv_request
):
    client.force_login(coordinator)
    response = client.post(
        reverse("intake_requests:match", args=[uwv_request.pk]),
        {"member": conflicted.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert any(
        text.startswith("Belangenverstrengeling") for text in messages_of(response)
    )
    assert not Trajectory.objects.filter(request=uwv_request).exists()
    assert not RequestMail.objects.filter(purpose="matched").exists()
    uwv_request.refresh_from_db()
    assert uwv_request.status == Status.NEW


def test_approving_an_earlier_proposal_is_refused_too(
    client, coordinator, conflicted, uwv_request
):
    proposal = TrajectoryFactory(request=uwv_request, member=conflicted)
    client.force_login(coordinator)
    response = client.post(
        reverse("intake_requests:approve", args=[uwv_request.pk, proposal.pk]),
        follow=True,
    )
    assert any(
        text.startswith("Belangenverstrengeling") for text in messages_of(response)
    )
    proposal.refresh_from_db()
    assert proposal.status == "proposed"


def edit_data(client, request_obj, **changes):
    """The edit form's own values, with `changes`."""
    form = client.get(reverse("intake_requests:edit", args=[request_obj.pk])).context[
        "form"
    ]
    data = {
        name: value
        for name, value in form.initial.items()
        if name in form.fields and value not in (None, False)
    }
    data.update(consent="on", **changes)
    return data


@pytest.fixture
def matched_with_arie(coordinator, conflicted):
    request_obj = RequestFactory(agency="Wijkteam Haven", domains=["wmo"])
    workflow.approve(
        workflow.propose(request_obj, conflicted, coordinator), coordinator
    )
    return request_obj


def test_changing_the_agency_to_a_conflict_warns_after_saving(
    client, coordinator, conflicted, matched_with_arie
):
    request_obj = matched_with_arie
    client.force_login(coordinator)
    response = client.post(
        reverse("intake_requests:edit", args=[request_obj.pk]),
        edit_data(client, request_obj, agency="UWV"),
        follow=True,
    )
    request_obj.refresh_from_db()
    assert request_obj.agency == "UWV"
    warnings = [
        str(message).strip()
        for message in response.context["messages"]
        if message.level_tag == "warning"
    ]
    assert warnings == [
        "Belangenverstrengeling: Arie Alfalid heeft een rol bij “UWV”, de "
        "organisatie van het gesprek. Kies een ander lid."
    ]


def test_an_agency_without_conflict_gives_no_warning(
    client, coordinator, conflicted, matched_with_arie
):
    request_obj = matched_with_arie
    client.force_login(coordinator)
    response = client.post(
        reverse("intake_requests:edit", args=[request_obj.pk]),
        edit_data(client, request_obj, agency="Gemeente Almere"),
        follow=True,
    )
    assert [m.level_tag for m in response.context["messages"]] == ["success"]
