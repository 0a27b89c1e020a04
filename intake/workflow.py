"""The life of a request: nieuw → in behandeling → gekoppeld → afgerond, or
geannuleerd from any open status. Each function changes one thing in one
transaction and writes it to Wagtail's audit log on the request, without
personal data; mails are queued in the same transaction (intake.mail).

Callers check permissions; these functions check that the change makes sense
and raise WorkflowError with a Dutch message when it does not."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from pool.contact_groups import is_coordinator
from pool.models import Member

from . import notifications
from .choices import EndReason, Status, TrajectoryStatus
from .matching import conflict_message, conflicting_role
from .models import Request, Trajectory, TrajectoryStep

ENDS_THAT_CLOSE = {EndReason.DONE, EndReason.RESIDENT_CONTINUES}


class WorkflowError(Exception):
    """A change that cannot be made now; the message is for the user."""


def record(request_obj, action, user, **data):
    log(instance=request_obj, action=action, user=user, data=data)


def locked(request_obj) -> Request:
    """The request, read again under a row lock, so two coordinators clicking
    at once do one change after the other."""
    return Request.objects.select_for_update().get(pk=request_obj.pk)


def ensure_open(request_obj):
    if not request_obj.is_open:
        raise WorkflowError(
            _("Deze aanvraag is al %(status)s.")
            % {"status": request_obj.get_status_display().lower()}
        )


def ensure_no_conflict(request_obj, member):
    role = conflicting_role(member, request_obj.agency)
    if role:
        raise WorkflowError(conflict_message(member, role))


def save_status(request_obj, status):
    request_obj.set_status(status)
    request_obj.save(update_fields=["status", "status_changed_at", "closed_at"])


@transaction.atomic
def take_up(request_obj, user) -> Request:
    request_obj = locked(request_obj)
    if request_obj.status != Status.NEW:
        raise WorkflowError(_("Deze aanvraag is al in behandeling genomen."))
    save_status(request_obj, Status.IN_PROGRESS)
    record(request_obj, "intake.take_up", user)
    return request_obj


@transaction.atomic
def share_with_group(request_obj, group_page, user) -> Request:
    request_obj = locked(request_obj)
    ensure_open(request_obj)
    if group_page is not None and request_obj.trajectories.running().exists():
        raise WorkflowError(
            _("Deze aanvraag heeft al een OCO; delen is niet meer nodig.")
        )
    if group_page is not None and request_obj.shared_with_id == group_page.pk:
        raise WorkflowError(_("Deze aanvraag is al gedeeld met deze groep."))
    request_obj.shared_with = group_page
    request_obj.save(update_fields=["shared_with"])
    record(
        request_obj,
        "intake.share",
        user,
        group=group_page.title if group_page else "",
    )
    if group_page is not None:
        notifications.request_shared(request_obj, group_page)
    return request_obj


@transaction.atomic
def propose(request_obj, member: Member, user, note: str = "") -> Trajectory:
    request_obj = locked(request_obj)
    ensure_open(request_obj)
    if not member.active:
        raise WorkflowError(_("Dit lid is niet actief."))
    ensure_no_conflict(request_obj, member)
    if request_obj.trajectories.filter(
        member=member, status__in=[TrajectoryStatus.PROPOSED, TrajectoryStatus.RUNNING]
    ).exists():
        raise WorkflowError(_("Dit lid is al voorgesteld voor deze aanvraag."))
    trajectory = Trajectory.objects.create(
        request=request_obj, member=member, proposed_by=user, proposal_note=note
    )
    if request_obj.status == Status.NEW:
        save_status(request_obj, Status.IN_PROGRESS)
    record(request_obj, "intake.propose", user, member=member.pk)
    if not is_coordinator(user):
        notifications.proposal_made(trajectory)
    return trajectory


def locked_trajectory(trajectory: Trajectory) -> tuple[Request, Trajectory]:
    """The request and the trajectory read again under row locks (request
    first, always in that order), so a change is checked against what is
    stored now and not against a copy a page loaded earlier."""
    request_obj = locked(trajectory.request)
    trajectory = Trajectory.objects.select_for_update().get(pk=trajectory.pk)
    if request_obj.is_anonymised:
        raise WorkflowError(_("Van deze aanvraag zijn de gegevens verwijderd."))
    return request_obj, trajectory


@transaction.atomic
def approve(trajectory: Trajectory, user) -> Trajectory:
    """The coordinator's final approval (afsprakenblad H)."""
    request_obj, trajectory = locked_trajectory(trajectory)
    ensure_open(request_obj)
    if trajectory.status != TrajectoryStatus.PROPOSED:
        raise WorkflowError(_("Dit voorstel is al afgehandeld."))
    if request_obj.trajectories.running().exists():
        raise WorkflowError(
            _("Deze aanvraag heeft al een OCO. Beëindig dat traject eerst.")
        )
    # Locked, so two first approvals of one member at once are counted in turn.
    member = Member.objects.select_for_update().get(pk=trajectory.member_id)
    ensure_no_conflict(request_obj, member)
    if not member.active:
        raise WorkflowError(_("Dit lid is niet actief."))
    first = not Trajectory.objects.approved().filter(member=member).exists()
    trajectory.member = member  # the locked, current copy, for the mails
    trajectory.status = TrajectoryStatus.RUNNING
    trajectory.approved_by = user
    trajectory.approved_at = timezone.now()
    trajectory.first_for_member = first
    organisation = member.page.specific.organisation
    trajectory.organisation_name = organisation.name if organisation else ""
    trajectory.save()
    request_obj.trajectories.proposed().exclude(pk=trajectory.pk).update(
        status=TrajectoryStatus.DECLINED
    )
    save_status(request_obj, Status.MATCHED)
    record(request_obj, "intake.approve", user, member=member.pk)
    notifications.member_matched(trajectory)
    if first:
        notifications.first_trajectory(trajectory)
    return trajectory


@transaction.atomic
def decline(trajectory: Trajectory, user) -> Trajectory:
    request_obj, trajectory = locked_trajectory(trajectory)
    if trajectory.status != TrajectoryStatus.PROPOSED:
        raise WorkflowError(_("Dit voorstel is al afgehandeld."))
    trajectory.status = TrajectoryStatus.DECLINED
    trajectory.save(update_fields=["status"])
    record(request_obj, "intake.decline", user, member=trajectory.member_id)
    return trajectory


def ensure_approved(trajectory):
    if trajectory.status not in (TrajectoryStatus.RUNNING, TrajectoryStatus.ENDED):
        raise WorkflowError(_("Stappen horen bij een goedgekeurd traject."))


@transaction.atomic
def record_step(trajectory: Trajectory, step, date, note, user) -> TrajectoryStep:
    """Steps may be recorded after the trajectory ended, as long as the
    request still has its data."""
    request_obj, trajectory = locked_trajectory(trajectory)
    ensure_approved(trajectory)
    recorded, created = TrajectoryStep.objects.update_or_create(
        trajectory=trajectory,
        step=step,
        defaults={"date": date, "note": note, "recorded_by": user},
    )
    record(request_obj, "intake.step", user, step=step, new=created)
    return recorded


@transaction.atomic
def update_consent(trajectory: Trajectory, phone_consent, consent_on, follow_up, user):
    """Consent and follow-up belong to support that is still going on."""
    request_obj, trajectory = locked_trajectory(trajectory)
    if trajectory.status != TrajectoryStatus.RUNNING:
        raise WorkflowError(_("Dit traject loopt niet meer."))
    trajectory.phone_consent = phone_consent
    trajectory.phone_consent_on = consent_on if phone_consent else None
    trajectory.follow_up = follow_up
    trajectory.save(update_fields=["phone_consent", "phone_consent_on", "follow_up"])
    record(
        request_obj,
        "intake.trajectory",
        user,
        phone_consent=phone_consent,
        follow_up=follow_up,
    )
    return trajectory


def end_running(request_obj, reason, now):
    request_obj.trajectories.running().update(
        status=TrajectoryStatus.ENDED, ended_at=now, end_reason=reason
    )


@transaction.atomic
def end_trajectory(trajectory: Trajectory, reason, user) -> Request:
    """Support stops (after any step). Ending it as done or because the resident
    carries on alone closes the request; other reasons send it back to matching."""
    request_obj, trajectory = locked_trajectory(trajectory)
    ensure_open(request_obj)
    if trajectory.status != TrajectoryStatus.RUNNING:
        raise WorkflowError(_("Dit traject loopt niet meer."))
    end_running(request_obj, reason, timezone.now())
    status = Status.COMPLETED if reason in ENDS_THAT_CLOSE else Status.IN_PROGRESS
    save_status(request_obj, status)
    record(request_obj, "intake.end", user, reason=str(reason))
    return request_obj


def ask_other_oco(request_obj, user) -> Request:
    """The resident wants another OCO: back to matching, history kept."""
    running = request_obj.trajectories.running().first()
    if running is None:
        raise WorkflowError(_("Deze aanvraag heeft nu geen OCO."))
    return end_trajectory(running, EndReason.OTHER_OCO, user)


@transaction.atomic
def cancel(request_obj, user) -> Request:
    request_obj = locked(request_obj)
    ensure_open(request_obj)
    end_running(request_obj, EndReason.REQUEST_CANCELLED, timezone.now())
    request_obj.trajectories.proposed().update(status=TrajectoryStatus.DECLINED)
    save_status(request_obj, Status.CANCELLED)
    record(request_obj, "intake.cancel", user)
    return request_obj
