"""The coordinators' dashboard says what waits among the requests, and the
listing shows the requests whose proposal waits for approval."""

import pytest
from django.urls import reverse

from intake import workflow
from intake.factories import RequestFactory
from intake.models import RequestMail

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed(group_a, contact_a, coordinator):
    request_obj = RequestFactory()
    workflow.share_with_group(request_obj, group_a, coordinator)
    workflow.propose(request_obj, group_a.members.first(), contact_a)
    return request_obj


def test_the_dashboard_counts_what_waits(client, coordinator, proposed):
    RequestFactory()
    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 nieuwe aanvraag" in html
    assert "1 aanvraag in behandeling" in html
    assert "1 voorstel van een contactpersoon wacht op uw goedkeuring" in html
    assert "?awaiting_approval=true" in html
    assert "kon niet worden verzonden" not in html


def test_the_dashboard_follows_changes_and_failed_mail(client, coordinator, proposed):
    new = RequestFactory()
    client.force_login(coordinator)
    client.get(reverse("wagtailadmin_home"))
    workflow.take_up(new, coordinator)
    RequestMail.objects.create(
        request=new,
        purpose="matched",
        to="mislukt@example.org",
        subject="Onderwerp",
        body="Tekst",
        status=RequestMail.Status.FAILED,
    )
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "0 nieuwe aanvragen" in html
    assert "2 aanvragen in behandeling" in html
    assert "1 mail kon niet worden verzonden" in html
    assert reverse("intake_outbox:index") in html


def test_contact_persons_and_editors_see_no_requests_panel(
    client, contact_a, editor, group_a
):
    for user in (contact_a, editor):
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "intake-requests" not in html


def test_the_listing_filters_requests_awaiting_approval(client, coordinator, proposed):
    other = RequestFactory()
    client.force_login(coordinator)
    html = client.get(
        reverse("intake_requests:index_results"), {"awaiting_approval": "true"}
    ).content.decode()
    assert proposed.reference in html
    assert other.reference not in html
