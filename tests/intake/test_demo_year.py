"""The demo year: a made-up year of requests for the coordinators' reports,
consistent with what the workflow stores, invented, built once, and only with
the demo accounts."""

import datetime
import random
from collections import Counter

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake import initial_content, retention
from intake.choices import (
    CLOSED_STATUSES,
    STEP_ORDER,
    EndReason,
    Status,
    TrajectoryStatus,
)
from intake.initial_content import demo_requests, demo_year, demo_year_data
from intake.initial_content.demo_year_planner import YearPlanner
from intake.models import Request, RequestMail, Trajectory, TrajectoryStep
from pool import initial_content as pool_content
from pool.models import Member

pytestmark = pytest.mark.django_db

# Measured: 18 on SQLite, which inserts about 35 requests per query.
MAX_QUERIES = 30


@pytest.fixture
def demo_users(db):
    pool_content.build(log=lambda message: None, demo_users=True, demo_password="x")


@pytest.fixture
def year(demo_users):
    return demo_year.build([].append)


def history():
    return Request.objects.filter(reference__startswith="DEMO-1")


def approved():
    return (
        Trajectory.objects.approved()
        .filter(request__in=history())
        .select_related("request", "member__page__organisation")
    )


def counts():
    return [
        model.objects.count()
        for model in (Request, Trajectory, TrajectoryStep, RequestMail, ModelLogEntry)
    ]


def test_a_year_of_requests_over_at_least_ten_months(year):
    requests = list(history())
    assert 120 <= year == len(requests) <= 180
    now = timezone.now()
    assert all(
        now - datetime.timedelta(days=365) < r.submitted_at < now for r in requests
    )
    months = {timezone.localtime(r.submitted_at).strftime("%Y-%m") for r in requests}
    assert len(months) >= 10
    statuses = Counter(r.status for r in requests)
    assert statuses[Status.COMPLETED] > len(requests) / 2
    assert statuses[Status.CANCELLED] > 0
    assert statuses[Status.MATCHED] > 0
    # What is still open came in during the last months (a change of OCO and
    # a long follow-up take longest).
    recent = now - datetime.timedelta(days=300)
    assert all(r.submitted_at > recent for r in requests if r.is_open)


def test_mixes_like_real_requests(year):
    requests = list(history())
    domains = Counter(domain for r in requests for domain in r.domains)
    assert len(domains) >= 6
    assert 0 < sum(len(r.domains) == 2 for r in requests) < len(requests) / 2
    assert len({r.referral for r in requests}) >= 6
    assert {r.submitted_by for r in requests} == {
        "resident",
        "relative",
        "professional",
    }
    assert len(requests) / 2 < sum(r.from_web_form for r in requests) < len(requests)


def test_every_value_is_invented_and_valid(year):
    for r in history():
        r.full_clean()
        assert not r.email or r.email.endswith("@example.org")
        assert r.phone.startswith("06 1234 ")
        assert 1311 <= int(r.postcode[:4]) <= 1364
        first = r.name.split(" ", 1)[0]
        assert first in demo_year_data.FIRST_NAMES
        assert not r.is_anonymised
    assert retention.count_due() == 0


def test_statuses_and_dates_agree_with_the_trajectories(year):
    for r in history().prefetch_related("trajectories__steps"):
        trajectories = list(r.trajectories.all())
        assert r.status_changed_at >= r.submitted_at
        assert (r.closed_at is not None) == (r.status in CLOSED_STATUSES)
        running = [t for t in trajectories if t.status == TrajectoryStatus.RUNNING]
        assert len(running) == (r.status == Status.MATCHED)
        if running:
            assert r.status_changed_at == running[0].approved_at
        if r.status == Status.COMPLETED:
            ended = [t for t in trajectories if t.ended_at is not None]
            last = max(ended, key=lambda t: t.ended_at)
            assert last.end_reason in (EndReason.DONE, EndReason.RESIDENT_CONTINUES)
            assert r.closed_at == last.ended_at
        if r.status == Status.NEW:
            assert not trajectories


def test_trajectories_approved_after_submission_with_steps_in_order(year):
    for t in approved():
        first = t.request.trajectories.order_by("proposed_at", "pk").first() == t
        waited = t.approved_at - t.request.submitted_at
        assert waited >= datetime.timedelta(days=1)
        if first:
            assert waited <= datetime.timedelta(days=41)
        assert t.request.submitted_at <= t.proposed_at <= t.approved_at
        assert t.approved_by.username == "coordinator"
        assert t.member.joined_on <= timezone.localdate(t.proposed_at)
        organisation = t.member.page.organisation
        assert t.organisation_name == (organisation.name if organisation else "")
        steps = list(t.steps.order_by("date", "pk"))
        assert [s.step for s in steps] == STEP_ORDER[: len(steps)]
        assert all(s.date > timezone.localdate(t.approved_at) for s in steps)
        assert all(s.date < timezone.localdate() for s in steps)
        if t.status == TrajectoryStatus.ENDED:
            assert t.end_reason
            assert all(s.date < timezone.localdate(t.ended_at) for s in steps)
        if t.phone_consent:
            assert t.phone_consent_on == steps[0].date


def test_most_are_matched_within_two_weeks(year):
    waits = sorted(
        (t.approved_at - t.request.submitted_at).days
        for t in approved()
        if t.request.trajectories.order_by("proposed_at", "pk").first() == t
    )
    assert waits[len(waits) // 2] <= 10
    assert sum(days <= 14 for days in waits) > 0.75 * len(waits)
    assert waits[-1] > 14


def test_follow_up_for_about_half_and_a_few_other_ocos(year):
    trajectories = list(approved())
    share = sum(t.follow_up for t in trajectories) / len(trajectories)
    assert 0.4 <= share <= 0.6
    for other in Trajectory.objects.filter(
        request__in=history(), end_reason=EndReason.OTHER_OCO
    ):
        later = other.request.trajectories.filter(proposed_at__gt=other.ended_at)
        assert later.exclude(member=other.member).exists()
    assert (
        Trajectory.objects.filter(
            request__in=history(), end_reason=EndReason.OTHER_OCO
        ).count()
        >= 2
    )


def test_members_and_organisations_get_different_shares(year):
    per_member = Counter(t.member.email for t in approved())
    assert max(per_member.values()) >= 10
    assert set(demo_year_data.ONCE_ONLY) <= {e for e, n in per_member.items() if n == 1}
    per_organisation = Counter(t.organisation_name for t in approved())
    assert len(per_organisation) == 4  # three organisations and the losse OCO's
    assert max(per_organisation.values()) > 2 * min(per_organisation.values())
    left = Member.objects.get(active=False, email="gijs.lammerink@example.org")
    for t in approved().filter(member=left):
        assert t.status == TrajectoryStatus.ENDED
        assert timezone.localdate(t.ended_at) <= left.left_on


def test_the_first_trajectory_of_each_member_is_marked_once(demo_users):
    demo_requests.build([].append)
    demo_year.build([].append)
    for member in Member.objects.filter(trajectories__approved_at__isnull=False):
        earliest = (
            Trajectory.objects.approved().filter(member=member).earliest("approved_at")
        )
        assert earliest.first_for_member
        marked = Trajectory.objects.filter(member=member, first_for_member=True)
        assert marked.count() == 1
        assert earliest.request.reference.startswith("DEMO-1")


def test_no_mail_and_no_audit_log_for_history(year):
    assert not RequestMail.objects.filter(request__in=history()).exists()
    ids = [str(pk) for pk in history().values_list("pk", flat=True)]
    assert not ModelLogEntry.objects.filter(object_id__in=ids).exists()


def test_building_twice_creates_nothing_the_second_time(year):
    before = counts()
    messages = []
    assert demo_year.build(messages.append) == 0
    assert messages == []
    assert counts() == before


def test_builds_in_a_bounded_number_of_queries(
    demo_users, django_assert_max_num_queries
):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert demo_year.build([].append) > 0


def test_the_same_day_gives_the_same_year(demo_users):
    members = list(Member.objects.select_related("page__organisation"))
    now = timezone.now()

    def plan():
        stories = YearPlanner(random.Random(1), now, members, None).stories()
        return [(s.request.name, s.request.status) for s in stories]

    assert plan() == plan()


def test_without_demo_users_nothing_is_built(db):
    initial_content.build(log=[].append, demo_users=False)
    assert not history().exists()
    # Without the demo coordinator the year is not built either.
    assert demo_year.build([].append) == 0
    assert not history().exists()
