"""Registrations for trainings and intervision sessions held in the period,
and how many active OCO's came to at least one."""

from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils.translation import gettext as _

from scheduling.models import Registration

from ..periods import Period
from .members import active_during

TRAINING = "training"
INTERVISION = "intervisie"
COUNTS = (
    "sessions",
    "registered",
    "attended",
    "absent",
    "unknown",
    "members_attended",
)


def calendar_labels() -> dict[str, str]:
    return {TRAINING: _("Training"), INTERVISION: _("Intervisie")}


@dataclass(frozen=True)
class Attendance:
    calendar: str  # the slug of the agenda
    label: str
    sessions: int
    registered: int
    attended: int
    absent: int
    unknown: int
    members_attended: int  # distinct active OCO's who attended at least once

    @property
    def recorded(self) -> int:
        """Registrations of which a coordinator recorded whether they came."""
        return self.attended + self.absent


def attendance(period: Period) -> list[Attendance]:
    """Per agenda (training, intervision): the sessions that took place in the
    period (not cancelled) and had a registration, and their confirmed
    registrations: not cancelled and not on the waiting list. Attended,
    absent and unknown are the three values of Registration.attended."""
    members = active_during(period).values("pk")
    rows = (
        Registration.objects.confirmed()
        .filter(
            occurrence__start__gte=period.starts_at,
            occurrence__start__lt=period.ends_before,
            occurrence__cancelled=False,
            occurrence__event__calendar__slug__in=[TRAINING, INTERVISION],
        )
        .order_by()
        .values(calendar=F("occurrence__event__calendar__slug"))
        .annotate(
            # Named apart from the model's fields, which the filters refer to.
            n_sessions=Count("occurrence", distinct=True),
            n_registered=Count("pk"),
            n_attended=Count("pk", filter=Q(attended=True)),
            n_absent=Count("pk", filter=Q(attended=False)),
            n_unknown=Count("pk", filter=Q(attended__isnull=True)),
            n_members_attended=Count(
                "attendee_id",
                distinct=True,
                filter=Q(
                    attended=True,
                    attendee_type__app_label="pool",
                    attendee_type__model="member",
                    attendee_id__in=members,
                ),
            ),
        )
    )
    found = {
        row.pop("calendar"): {
            name.removeprefix("n_"): count for name, count in row.items()
        }
        for row in rows
    }
    empty = dict.fromkeys(COUNTS, 0)
    return [
        Attendance(calendar=slug, label=label, **found.get(slug, empty))
        for slug, label in calendar_labels().items()
    ]
