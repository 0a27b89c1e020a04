"""Keep-in-touch moments ("waakvlamcontact"): after support ended, a member
calls the resident on a planned day to hear how things are going, so the
resident knows they can come back. A coordinator plans, reschedules, marks
done or cancels one; a daily command reminds the member by mail.

Like intake.workflow, each change runs in one transaction under row locks
(request, then trajectory, then the moment), is checked against what is
stored and not against the form a page showed earlier, and is written to the
request's audit log with ids and dates only. Callers check permissions."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pool.models import Member

from . import notifications
from .choices import KeepInTouchOutcome, TrajectoryStatus
from .models import KeepInTouch, Request, Trajectory
from .retention import retention_days
from .workflow import ENDS_THAT_CLOSE, WorkflowError, locked_trajectory, record

# Shorter values would match nearly any note.
MIN_PERSONAL_LENGTH = 3


def may_plan(trajectory: Trajectory) -> bool:
    """Only support that ended because it was done, or because the resident
    carries on alone: those ends close the request. After the other ends the
    request went back to matching (another OCO takes over) or was cancelled,
    and the call would come from the wrong person or about nothing."""
    return (
        trajectory.status == TrajectoryStatus.ENDED
        and trajectory.end_reason in ENDS_THAT_CLOSE
    )


def last_possible_day(request_obj: Request) -> datetime.date | None:
    """The last day before the request's personal data is removed: after that
    nobody can give the member the resident's contact details."""
    if request_obj.closed_at is None:
        return None
    removed_on = timezone.localdate(request_obj.closed_at) + datetime.timedelta(
        days=retention_days()
    )
    return removed_on - datetime.timedelta(days=1)


def ensure_may_plan(trajectory: Trajectory):
    if not may_plan(trajectory):
        raise WorkflowError(
            _(
                "Een waakvlamcontact kan alleen na een traject dat klaar is: "
                "beëindigd met 'ondersteuning klaar' of 'inwoner kan zelf verder'."
            )
        )


def ensure_good_day(request_obj: Request, planned_on: datetime.date):
    if planned_on < timezone.localdate():
        raise WorkflowError(
            _("Deze datum ligt in het verleden. Kies vandaag of een latere dag.")
        )
    last_day = last_possible_day(request_obj)
    if last_day is not None and planned_on > last_day:
        raise WorkflowError(
            _(
                "Kies een datum tot en met %(date)s. Daarna worden de "
                "persoonsgegevens van deze aanvraag verwijderd en kan niemand "
                "de OCO nog vertellen hoe de inwoner te bereiken is."
            )
            % {"date": date_format(last_day, "j F Y")}
        )


def locked_active_member(member: Member) -> Member:
    member = Member.objects.select_for_update().get(pk=member.pk)
    if not member.active:
        raise WorkflowError(
            _("%(member)s is niet actief. Kies een actief lid.")
            % {"member": member.name}
        )
    return member


def personal_values(request_obj: Request) -> list[str]:
    values = [
        request_obj.name,
        request_obj.requester_name,
        request_obj.phone,
        request_obj.email,
        request_obj.postcode,
    ]
    return [
        value.strip() for value in values if len(value.strip()) >= MIN_PERSONAL_LENGTH
    ]


def squeezed(text: str) -> str:
    """Lower case without spaces: "06 1234 5678" and "0612345678" alike."""
    return "".join(text.lower().split())


def ensure_no_personal_data(request_obj: Request, note: str):
    """The note goes to the member by mail: refuse one that holds the
    resident's name, phone number, email address or postcode."""
    text = squeezed(note)
    if any(squeezed(value) in text for value in personal_values(request_obj)):
        raise WorkflowError(
            _(
                "De notitie gaat per mail naar de OCO en mag geen gegevens van "
                "de inwoner bevatten, zoals naam, telefoonnummer, e-mailadres of "
                "postcode. Haal die eruit."
            )
        )


def open_moment(trajectory: Trajectory) -> KeepInTouch:
    moment = (
        KeepInTouch.objects.select_for_update()
        .filter(trajectory=trajectory)
        .open()
        .first()
    )
    if moment is None:
        raise WorkflowError(
            _("Er staat geen waakvlamcontact (meer) gepland bij dit traject.")
        )
    return moment


def log_data(moment: KeepInTouch) -> dict:
    return {
        "trajectory": moment.trajectory_id,
        "member": moment.member_id,
        "date": moment.planned_on.isoformat(),
    }


@transaction.atomic
def plan(trajectory, planned_on, member, note, user) -> KeepInTouch:
    """Plan the trajectory's keep-in-touch moment; the member is by default
    the one who gave the support."""
    request_obj, trajectory = locked_trajectory(trajectory)
    ensure_may_plan(trajectory)
    if KeepInTouch.objects.filter(trajectory=trajectory).open().exists():
        raise WorkflowError(
            _(
                "Bij dit traject staat al een waakvlamcontact gepland. Wijzig "
                "dat, of rond het eerst af."
            )
        )
    ensure_good_day(request_obj, planned_on)
    member = locked_active_member(member or trajectory.member)
    ensure_no_personal_data(request_obj, note)
    moment = KeepInTouch.objects.create(
        trajectory=trajectory,
        planned_on=planned_on,
        member=member,
        note=note,
        planned_by=user,
    )
    record(request_obj, "intake.keep_in_touch_plan", user, **log_data(moment))
    return moment


@transaction.atomic
def reschedule(trajectory, planned_on, member, note, user) -> KeepInTouch:
    """Another day, member or note. A new day or member gets a new reminder."""
    request_obj, trajectory = locked_trajectory(trajectory)
    moment = open_moment(trajectory)
    ensure_good_day(request_obj, planned_on)
    member = locked_active_member(member or moment.member)
    ensure_no_personal_data(request_obj, note)
    if planned_on != moment.planned_on or member.pk != moment.member_id:
        moment.reminded_at = None
    moment.planned_on = planned_on
    moment.member = member
    moment.note = note
    moment.save(update_fields=["planned_on", "member", "note", "reminded_at"])
    record(request_obj, "intake.keep_in_touch_change", user, **log_data(moment))
    return moment


def close(trajectory, outcome, action, user) -> KeepInTouch:
    request_obj, trajectory = locked_trajectory(trajectory)
    moment = open_moment(trajectory)
    moment.outcome = outcome
    moment.done_at = timezone.now()
    moment.save(update_fields=["outcome", "done_at"])
    record(request_obj, action, user, **log_data(moment))
    return moment


@transaction.atomic
def mark_done(trajectory, user) -> KeepInTouch:
    return close(trajectory, KeepInTouchOutcome.DONE, "intake.keep_in_touch_done", user)


@transaction.atomic
def cancel(trajectory, user) -> KeepInTouch:
    return close(
        trajectory, KeepInTouchOutcome.CANCELLED, "intake.keep_in_touch_cancel", user
    )


def remind_days() -> int:
    return settings.INTAKE_KEEP_IN_TOUCH_REMIND_DAYS


def due(days_before: int | None = None, today=None):
    days = remind_days() if days_before is None else days_before
    return KeepInTouch.objects.due_for_reminder(days, today)


@dataclass
class Reminded:
    members: int = 0
    coordinators: int = 0


@transaction.atomic
def remind(moment_id: int, days_before: int, today) -> str | None:
    """Queue the reminder of one moment, once: "member", "coordinators" (the
    member is no longer active, so the coordinators must choose another), or
    None when the moment is no longer due (done, cancelled, or reminded by a
    run at the same time)."""
    request_id = (
        KeepInTouch.objects.filter(pk=moment_id)
        .values_list("trajectory__request_id", flat=True)
        .first()
    )
    if request_id is None:
        return None
    request_obj = Request.objects.select_for_update().get(pk=request_id)
    moment = (
        due(days_before, today)
        .select_for_update(of=("self",))
        .filter(pk=moment_id)
        .first()
    )
    if moment is None:
        return None
    member = Member.objects.get(pk=moment.member_id)
    if member.active:
        notifications.keep_in_touch_reminder(request_obj, moment, member)
        sent_to = "member"
    else:
        notifications.keep_in_touch_member_inactive(request_obj, moment)
        sent_to = "coordinators"
    moment.reminded_at = timezone.now()
    moment.save(update_fields=["reminded_at"])
    record(
        request_obj,
        "intake.keep_in_touch_remind",
        None,
        sent_to=sent_to,
        **log_data(moment),
    )
    return sent_to


def send_reminders(days_before: int | None = None, today=None) -> Reminded:
    """Queue a reminder for every due moment, each in its own transaction.
    Running it again sends nothing more."""
    days = remind_days() if days_before is None else days_before
    today = today or timezone.localdate()
    ids = list(
        due(days, today).order_by("planned_on", "pk").values_list("pk", flat=True)
    )
    result = Reminded()
    for moment_id in ids:
        sent_to = remind(moment_id, days, today)
        if sent_to == "member":
            result.members += 1
        elif sent_to == "coordinators":
            result.coordinators += 1
    return result


def count_coming_week(today=None) -> int:
    today = today or timezone.localdate()
    return KeepInTouch.objects.planned_between(
        today, today + datetime.timedelta(days=6)
    ).count()
