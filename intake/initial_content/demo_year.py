"""A year of made-up history, so that the coordinators' reports show something
real on a demo installation: requests over the twelve months before today,
most of them matched to a member of the pool, with steps, follow-up support
and an end. Only with demo users: a production installation never gets these.

The history is written in bulk, not through intake.workflow: the workflow
stamps the current time, writes the audit log and queues mails, and none of
that belongs to made-up history. What is stored is what the workflow would
have stored at those moments (see demo_year_planner). Every personal value is
invented.

A request is recognised by its reference, DEMO-1001 and on (letters a real
reference never has), so running this again creates nothing new."""

import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from intake.models import Request, Trajectory, TrajectoryStep
from pool.models import Member

from .demo_year_planner import REFERENCES, YearPlanner

SEED = 8125
COORDINATOR = "coordinator"


def mark_first_trajectories(trajectories):
    """first_for_member on each member's earliest approved trajectory, which
    may lie before one the demo requests approved through the workflow today."""
    earliest = {}
    approved = [t for t in trajectories if t.approved_at is not None]
    for trajectory in sorted(approved, key=lambda t: t.approved_at):
        earliest.setdefault(trajectory.member_id, trajectory)
    stored = dict(
        Trajectory.objects.approved()
        .filter(member_id__in=list(earliest))
        .values("member_id")
        .annotate(first=Min("approved_at"))
        .values_list("member_id", "first")
    )
    taking_over = [
        member_id
        for member_id, trajectory in earliest.items()
        if member_id not in stored or trajectory.approved_at < stored[member_id]
    ]
    Trajectory.objects.filter(member_id__in=taking_over, first_for_member=True).update(
        first_for_member=False
    )
    for member_id in taking_over:
        earliest[member_id].first_for_member = True


@transaction.atomic
def save(stories):
    Request.objects.bulk_create([story.request for story in stories])
    planned = [p for story in stories for p in story.trajectories]
    trajectories = [p.trajectory for p in planned]
    mark_first_trajectories(trajectories)
    Trajectory.objects.bulk_create(trajectories)
    TrajectoryStep.objects.bulk_create([step for p in planned for step in p.steps])


def build(log):
    existing = set(
        Request.objects.filter(reference__in=REFERENCES).values_list(
            "reference", flat=True
        )
    )
    if len(existing) == len(REFERENCES):
        return 0
    coordinator = get_user_model().objects.filter(username=COORDINATOR).first()
    members = list(
        Member.objects.select_related("page__organisation").order_by("email", "pk")
    )
    if coordinator is None or not members:
        return 0
    planner = YearPlanner(random.Random(SEED), timezone.now(), members, coordinator)
    stories = [
        story for story in planner.stories() if story.request.reference not in existing
    ]
    save(stories)
    log(
        _("Demo-geschiedenis gemaakt: %(count)d aanvragen uit het afgelopen jaar.")
        % {"count": len(stories)}
    )
    return len(stories)
