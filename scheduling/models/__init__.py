from .mail import OutgoingMail
from .pages import AgendaPage
from .registrations import Contribution, PersonalFeed, Registration
from .sessions import ContributionKind, Recurrence, Session, rule_for

__all__ = [
    "AgendaPage",
    "Contribution",
    "ContributionKind",
    "OutgoingMail",
    "PersonalFeed",
    "Recurrence",
    "Registration",
    "Session",
    "rule_for",
]
