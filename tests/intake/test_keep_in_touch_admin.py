"""The keep-in-touch actions on a request's page: a coordinator plans,
changes, marks done and cancels through the forms; contact persons and
editors get a 403 and change nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from intake import keep_in_touch, workflow
from intake.choices import EndReason, KeepInTouchOutcome
from intake.factories import RequestFactory
from intake.models import KeepInTouch

pytestmark = pytest.mark.django_db

ACTIONS = [
    "keep_in_touch_plan",
    "keep_in_touch_change",
    "keep_in_touch_done",
    "keep_in_touch_cancel",
]


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def url(name, trajectory):
    return reverse(
        f"intake_requests:{name}", args=[trajectory.request_id, trajectory.pk]
    )


def inspect_url(trajectory):
    return reverse("intake_requests:inspect", args=[trajectory.request_id])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def form_data(member, days=21, note="Vraag of de aanvraag is gelukt."):
    return {
        "planned_on": in_days(days).strftime("%d-%m-%Y"),
        "member": member.pk,
        "note": note,
    }


def test_the_page_offers_planning_with_the_own_member_chosen(
    client, coordinator, ended_trajectory
):
    client.force_login(coordinator)
    response = client.get(inspect_url(ended_trajectory))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Waakvlamcontact plannen" in html
    assert url("keep_in_touch_plan", ended_trajectory) in html
    form = response.context["trajectories"][0].keep_in_touch_form
    assert form["member"].value() == ended_trajectory.member_id


def test_a_coordinator_plans_through_the_form(client, coordinator, ended_trajectory):
    client.force_login(coordinator)
    response = client.post(
        url("keep_in_touch_plan", ended_trajectory),
        form_data(ended_trajectory.member),
    )
    assert response.status_code == 302
    assert response["Location"] == inspect_url(ended_trajectory)
    moment = KeepInTouch.objects.get()
    assert moment.planned_on == in_days(21)
    assert moment.member == ended_trajectory.member
    assert moment.planned_by == coordinator

    page = client.get(inspect_url(ended_trajectory))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Vraag of de aanvraag is gelukt." in html
    assert "Waakvlamcontact wijzigen" in html
    assert url("keep_in_touch_done", ended_trajectory) in html
    assert url("keep_in_touch_cancel", ended_trajectory) in html


def test_bad_input_gets_a_dutch_message_and_changes_nothing(
    client, coordinator, ended_trajectory
):
    client.force_login(coordinator)
    for data, expected in [
        ({"planned_on": "morgen", "member": ended_trajectory.member_id}, "Datum"),
        (form_data(ended_trajectory.member, days=-1), "in het verleden"),
        ({**form_data(ended_trajectory.member), "member": "999999"}, "OCO die belt"),
        (form_data(ended_trajectory.member, note="x" * 501), "Notitie voor de OCO"),
    ]:
        response = client.post(
            url("keep_in_touch_plan", ended_trajectory), data, follow=True
        )
        assert response.status_code == 200
        errors = " ".join(messages_of(response))
        assert "niet gepland" in errors or "verleden" in errors
        assert expected in errors
    assert not KeepInTouch.objects.exists()


def test_a_bad_change_says_so_in_dutch_and_keeps_the_moment(
    client, coordinator, ended_trajectory
):
    keep_in_touch.plan(ended_trajectory, in_days(5), None, "", coordinator)
    client.force_login(coordinator)
    response = client.post(
        url("keep_in_touch_change", ended_trajectory),
        {"planned_on": "morgen", "member": ended_trajectory.member_id},
        follow=True,
    )
    assert response.status_code == 200
    errors = " ".join(messages_of(response))
    assert "Het waakvlamcontact is niet gewijzigd." in errors
    assert "niet gepland" not in errors
    assert "Datum" in errors
    assert KeepInTouch.objects.get().planned_on == in_days(5)


def test_change_done_and_cancel_through_the_page(
    client, coordinator, ended_trajectory, group_a
):
    arie = group_a.members.get(email="arie@example.org")
    keep_in_touch.plan(ended_trajectory, in_days(5), None, "", coordinator)
    client.force_login(coordinator)

    response = client.post(
        url("keep_in_touch_change", ended_trajectory),
        form_data(arie, days=8, note=""),
        follow=True,
    )
    assert any("Arie Alfalid" in text for text in messages_of(response))
    moment = KeepInTouch.objects.get()
    assert (moment.planned_on, moment.member) == (in_days(8), arie)

    response = client.post(url("keep_in_touch_done", ended_trajectory), follow=True)
    assert any("gedaan" in text for text in messages_of(response))
    moment.refresh_from_db()
    assert moment.outcome == KeepInTouchOutcome.DONE
    assert "Contact gehad" in response.content.decode()

    response = client.post(url("keep_in_touch_cancel", ended_trajectory), follow=True)
    assert any("geen waakvlamcontact" in text for text in messages_of(response))
    moment.refresh_from_db()
    assert moment.outcome == KeepInTouchOutcome.DONE


def test_support_that_went_to_another_oco_offers_no_planning(
    client, coordinator, group_a
):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.end_trajectory(running, EndReason.OTHER_OCO, coordinator)
    client.force_login(coordinator)
    html = client.get(inspect_url(running)).content.decode()
    assert "Waakvlamcontact" not in html
    response = client.post(url("keep_in_touch_plan", running), form_data(alma))
    assert response.status_code == 302
    assert not KeepInTouch.objects.exists()


@pytest.mark.parametrize("role", ["contact_a", "editor"])
@pytest.mark.parametrize("action", ACTIONS)
def test_others_get_a_403_and_change_nothing(
    client, request, coordinator, ended_trajectory, role, action
):
    keep_in_touch.plan(ended_trajectory, in_days(5), None, "", coordinator)
    before = list(KeepInTouch.objects.values())
    client.force_login(request.getfixturevalue(role))
    response = client.post(
        url(action, ended_trajectory), form_data(ended_trajectory.member, days=9)
    )
    assert response.status_code == 403
    assert list(KeepInTouch.objects.values()) == before


def test_the_dashboard_and_listing_show_the_coming_week(
    client, coordinator, ended_trajectory
):
    keep_in_touch.plan(ended_trajectory, in_days(6), None, "", coordinator)
    other = RequestFactory()
    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 waakvlamcontact in de komende 7 dagen" in html
    assert "?keep_in_touch_soon=true" in html

    listing = client.get(
        reverse("intake_requests:index"), {"keep_in_touch_soon": "true"}
    )
    references = listing.content.decode()
    assert ended_trajectory.request.reference in references
    assert other.reference not in references

    KeepInTouch.objects.update(planned_on=in_days(7))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "waakvlamcontact" not in html
