"""The request's page takes the same number of queries however many
trajectories, steps and candidate members there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from intake import workflow
from intake.choices import STEP_ORDER, EndReason
from intake.factories import RequestFactory
from pool.factories import MemberFactory

pytestmark = pytest.mark.django_db


def run_trajectory(request_obj, member, coordinator, steps):
    running = workflow.approve(
        workflow.propose(request_obj, member, coordinator), coordinator
    )
    for step in STEP_ORDER[:steps]:
        workflow.record_step(
            running, step, timezone.localdate(), "Notitie", coordinator
        )
    return running


def test_the_page_does_not_query_per_trajectory_or_member(
    client, coordinator, group_a, group_b, django_assert_max_num_queries
):
    request_obj = RequestFactory(wish_language="Turks", domains=["wmo", "jeugd"])
    alma, arie = group_a.members.order_by("name")
    url = reverse("intake_requests:inspect", args=[request_obj.pk])
    client.force_login(coordinator)

    first = run_trajectory(request_obj, alma, coordinator, steps=1)
    workflow.end_trajectory(first, EndReason.OTHER_OCO, coordinator)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    baseline = len(few)  # read now: the next request empties the query log

    second = run_trajectory(request_obj, arie, coordinator, steps=5)
    workflow.end_trajectory(second, EndReason.MEMBER_STOPPED, coordinator)
    for _ in range(12):
        MemberFactory(page=group_b, languages="Nederlands, Turks", domains=["jeugd"])
    bert = group_b.members.get(name="Bert Bravolid")
    workflow.propose(request_obj, bert, coordinator, note="Spreekt Turks.")
    client.get(url)
    with django_assert_max_num_queries(baseline):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["trajectories"]) == 3
    assert len(response.context["suggestions"]) == 10
    assert baseline <= 40
