"""Fixed lists of the request form and the trajectories, stored as keys."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmittedBy(models.TextChoices):
    """Who filled in the request, as coordinators read it."""

    RESIDENT = "resident", _("De inwoner zelf")
    RELATIVE = "relative", _("Een naaste (familielid, vriend of buur)")
    PROFESSIONAL = "professional", _("Een professional")


# The same three options as the person filling in the form reads them.
SUBMITTED_BY_FORM_CHOICES = [
    (SubmittedBy.RESIDENT.value, _("Ik vraag een OCO aan voor mezelf")),
    (
        SubmittedBy.RELATIVE.value,
        _("Ik vraag een OCO aan voor iemand anders, zoals een familielid of buur"),
    ),
    (
        SubmittedBy.PROFESSIONAL.value,
        _("Ik vraag als professional een OCO aan voor een cliënt"),
    ),
]


class ContactWay(models.TextChoices):
    PHONE = "phone", _("Bellen")
    EMAIL = "email", _("E-mail")
    EITHER = "either", _("Maakt niet uit")


class ContactTime(models.TextChoices):
    MORNING = "morning", _("'s Ochtends")
    AFTERNOON = "afternoon", _("'s Middags")
    EVENING = "evening", _("'s Avonds")
    ANY = "any", _("Maakt niet uit")


# The domains a resident can choose; the keys match the pool's DOMAINS, so that
# a request's domain can be compared with a member's.
REQUEST_DOMAINS = [
    ("wmo", _("Wmo: hulp of voorzieningen thuis")),
    ("jeugd", _("Jeugd: hulp voor kinderen en gezinnen")),
    ("werk-en-inkomen", _("Werk en inkomen")),
    ("passend-onderwijs", _("Passend onderwijs")),
    ("wonen", _("Wonen")),
    ("zorg", _("Zorg")),
    ("anders", _("Iets anders, of ik weet het niet")),
]


class Referral(models.TextChoices):
    MUNICIPALITY = "municipality", _("Via de gemeente of het wijkteam")
    CARE = "care", _("Via de huisarts of een zorgverlener")
    SCHOOL = "school", _("Via school")
    ORGANISATION = "organisation", _("Via een vereniging of organisatie")
    PEOPLE = "people", _("Via familie, vrienden of buren")
    INTERNET = "internet", _("Via internet of sociale media")
    OTHER = "other", _("Anders")


class Status(models.TextChoices):
    NEW = "new", _("Nieuw")
    IN_PROGRESS = "in_progress", _("In behandeling")
    MATCHED = "matched", _("Gekoppeld")
    COMPLETED = "completed", _("Afgerond")
    CANCELLED = "cancelled", _("Geannuleerd")


OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.MATCHED)
CLOSED_STATUSES = (Status.COMPLETED, Status.CANCELLED)


class TrajectoryStatus(models.TextChoices):
    PROPOSED = "proposed", _("Voorgesteld")
    DECLINED = "declined", _("Niet goedgekeurd")
    RUNNING = "running", _("Loopt")
    ENDED = "ended", _("Beëindigd")


class EndReason(models.TextChoices):
    DONE = "done", _("Ondersteuning klaar")
    RESIDENT_CONTINUES = "resident_continues", _("Inwoner kan zelf verder")
    OTHER_OCO = "other_oco", _("Inwoner wil een andere OCO")
    MEMBER_STOPPED = "member_stopped", _("OCO kan niet verder")
    REQUEST_CANCELLED = "request_cancelled", _("Aanvraag geannuleerd")


class Step(models.TextChoices):
    """The five steps of a support trajectory (convenant 7a/7b)."""

    PREPARATION = "preparation", _("Kennismaking en voorbereiding")
    ACCESS_MEETING = "access_meeting", _("Toegangsgesprek")
    REFLECTION = "reflection", _("Reflectie op het gesprek en gespreksverslag")
    PROVISION = "provision", _("Aanvraag en afhandeling voorziening")
    HANDOVER = "handover", _("Afspraken over de ondersteuning (overdracht)")


STEP_ORDER = [step.value for step in Step]


class KeepInTouchOutcome(models.TextChoices):
    """How a keep-in-touch moment ("waakvlamcontact") ended; empty while open."""

    DONE = "done", _("Contact gehad")
    CANCELLED = "cancelled", _("Geannuleerd")
