"""Keep-in-touch moments ("waakvlamcontact"): after support ended, a member
calls the resident on a planned day to hear how things are going, so the
resident knows they can come back. A coordinator plans, reschedules, marks
done or cancels one; a daily command reminds the member by mail.

Like intake.workflow, each change runs in one transaction under row locks
(request, then trajectory, then the moment), is checked against what is
stored and not against the form a page showed earlier, and is written to the
request's audit log with ids and dates only. Callers check permissions."""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pool.models import Member

from . import notifications
from .choices import KeepInTouchOutcome, TrajectoryStatus
from .matching import folded_words
from .models import KeepInTouch, Request, Trajectory
from .retention import retention_days
from .workflow import ENDS_THAT_CLOSE, WorkflowError, locked_trajectory, record

# Shorter values would match nearly any note.
MIN_PERSONAL_LENGTH = 3
MIN_PHONE_DIGITS = 6
# This many words in a row from what the request says give it away.
PASSAGE_WORDS = 4
# Parts of a name that are ordinary words as well ("Van der Berg").
NAME_PARTICLES = {"van", "der", "den", "ter", "ten", "het", "von", "des", "del"}
# Digits and the signs a phone number is written with: "+31 (0)6-2468 1357".
PHONE_RUN = re.compile(r"\+?\d[\d\s().\-/]*")


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


def squeezed(text: str) -> str:
    """Lower case without spaces: "1318 KL" and "1318kl" alike."""
    return "".join(text.lower().split())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_in(note: str, phone: str) -> bool:
    """Digits only: "06-2468 1357", "(06) 24681357" and "+31 6 24681357" all
    hold 0624681357. Compared without the leading 0 or 31, within each run of
    digits and the signs a phone number is written with."""
    number = digits(phone)
    for prefix in ("0031", "31", "0"):
        if number.startswith(prefix):
            number = number.removeprefix(prefix)
            break
    if len(number) < MIN_PHONE_DIGITS:
        return False
    return any(number in digits(run) for run in PHONE_RUN.findall(note))


def words_text(words: list[str]) -> str:
    """The words between spaces, so that "in" only finds whole words."""
    return f" {' '.join(words)} "


def name_in(note_words: set[str], name: str) -> bool:
    """Any part of the name of MIN_PERSONAL_LENGTH letters or more, as a whole
    word: the surname alone gives the resident away as well."""
    return any(
        len(part) >= MIN_PERSONAL_LENGTH and part not in NAME_PARTICLES
        for part in set(folded_words(name)) & note_words
    )


def passage_in(note_text: str, value: str) -> bool:
    """The whole value, or any PASSAGE_WORDS words in a row from it."""
    words = folded_words(value)
    if len(" ".join(words)) < MIN_PERSONAL_LENGTH:
        return False
    if len(words) <= PASSAGE_WORDS:
        return words_text(words) in note_text
    return any(
        words_text(words[start : start + PASSAGE_WORDS]) in note_text
        for start in range(len(words) - PASSAGE_WORDS + 1)
    )


def personal_data_in(request_obj: Request, note: str) -> list[str]:
    """What the note holds of the request, as the coordinator reads it."""
    note_words = folded_words(note)
    note_text = words_text(note_words)
    found = []
    if any(
        name_in(set(note_words), name)
        for name in (request_obj.name, request_obj.requester_name)
    ):
        found.append(_("(een deel van) de naam van de inwoner of aanvrager"))
    if phone_in(note, request_obj.phone):
        found.append(_("het telefoonnummer"))
    for value, label in [
        (request_obj.email, _("het e-mailadres")),
        (request_obj.postcode, _("de postcode")),
    ]:
        value = squeezed(value)
        if len(value) >= MIN_PERSONAL_LENGTH and value in squeezed(note):
            found.append(label)
    for value, label in [
        (request_obj.conversation_subject, _("waar het gesprek over gaat")),
        (request_obj.agency, _("de organisatie van het gesprek")),
        (request_obj.remarks, _("de opmerkingen bij de aanvraag")),
    ]:
        if passage_in(note_text, value):
            found.append(label)
    return found


def ensure_no_personal_data(request_obj: Request, note: str):
    """The note goes to the member by mail: refuse one that holds the
    resident's or requester's name (or part of it), phone number, email
    address or postcode, or a passage of what the request says about the
    conversation."""
    found = personal_data_in(request_obj, note)
    if found:
        raise WorkflowError(
            _(
                "De notitie gaat per mail naar de OCO en mag geen gegevens van "
                "de inwoner bevatten. Haal dit eruit: %(found)s."
            )
            % {"found": ", ".join(str(label) for label in found)}
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
