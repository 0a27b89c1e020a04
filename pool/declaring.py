"""Every change to a declaration: submitting, approving, rejecting, withdrawing
and recording the payout. Approving locks the declarant's member and user
rows (pool.models.declarations.person_records), so two approvals for one
person cannot both fit under a limit that only one of them fits under. Each
change is written to Wagtail's audit log."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from pool.allowances import Assessment, assess
from pool.models import Activity, Declaration, DeclarationStatus, Member
from pool.models.declarations import person_records


class DeclarationError(Exception):
    """A change that cannot be made; the message is for the user, in Dutch."""


class WarningsNotConfirmed(DeclarationError):
    def __init__(self, assessment: Assessment):
        self.assessment = assessment
        super().__init__(
            _("Lees de waarschuwingen en bevestig dat u toch wilt goedkeuren.")
        )


def log_change(declaration, action, user=None, **data):
    data = {"declaration": declaration.pk, **data}
    log(instance=declaration, action=action, user=user, data=data)


def member_record_of(user):
    """The active member with the contact person's email address, if any: the
    same person, whose allowances count together."""
    email = (getattr(user, "email", "") or "").strip()
    if not email:
        return None
    return Member.objects.active().filter(email__iexact=email).first()


def submit(declaration: Declaration, submitted_by=None) -> Declaration:
    """Save a new declaration after checking it; raises ValidationError."""
    if declaration.activity == Activity.CONTACT_PERSON:
        if declaration.member_id is None:
            member = member_record_of(declaration.contact_person)
            declaration.member_id = member.pk if member else None
        user = declaration.contact_person
        declaration.declarant_name = user.get_full_name() or user.get_username()
    else:
        declaration.contact_person = None
        declaration.declarant_name = declaration.member.name
        declaration.group_id = declaration.member.page_id
    declaration.submitted_by = submitted_by
    declaration.submitted_at = timezone.now()
    declaration.status = DeclarationStatus.SUBMITTED
    declaration.full_clean()
    with transaction.atomic():
        declaration.save()
        log_change(declaration, "pool.declaration.submit", submitted_by)
    return declaration


def lock_declarant(declaration: Declaration):
    """Lock every member row and user row of the declarant, found as the
    limits find them (person_records), always in the same order."""
    members, users = person_records(
        declaration.member_id, declaration.contact_person_id
    )
    for model, records in [(Member, members), (get_user_model(), users)]:
        rows = model.objects.select_for_update().filter(pk__in=records)
        list(rows.order_by("pk").values_list("pk", flat=True))


def locked_undecided(declaration_id) -> Declaration:
    declaration = Declaration.objects.select_for_update().filter(pk=declaration_id)
    declaration = declaration.first()
    if declaration is None:
        raise DeclarationError(_("Deze declaratie bestaat niet meer."))
    if declaration.is_decided:
        raise DeclarationError(
            _("Deze declaratie is al beoordeeld: %(status)s.")
            % {"status": declaration.get_status_display().lower()}
        )
    return declaration


def warnings_were_seen(assessment: Assessment, seen_warnings) -> bool:
    if seen_warnings is None:
        return True
    seen = set(seen_warnings.splitlines())
    return all(str(warning) in seen for warning in assessment.warnings)


def approve(declaration_id, user, confirmed=False, seen_warnings=None) -> Declaration:
    """Approve with the amount of the declaration's year. Raises
    WarningsNotConfirmed, with the warnings as they stand under the lock, when
    a limit would be passed and the coordinator has not confirmed, or has
    confirmed a list (seen_warnings, its text) that lacks one of them."""
    with transaction.atomic():
        declaration = locked_undecided(declaration_id)
        lock_declarant(declaration)
        assessment = assess(declaration)
        if assessment.missing_year:
            raise DeclarationError(
                _(
                    "Voor %(year)s staan nog geen bedragen voor de "
                    "vrijwilligersvergoeding. Voeg dat jaar eerst toe."
                )
                % {"year": declaration.date.year}
            )
        if assessment.warnings and not (
            confirmed and warnings_were_seen(assessment, seen_warnings)
        ):
            raise WarningsNotConfirmed(assessment)
        declaration.status = DeclarationStatus.APPROVED
        declaration.hourly_rate = assessment.allowance_year.hourly_rate
        declaration.amount = assessment.amount
        declaration.paid_amount = assessment.payable
        declaration.approval_warnings = assessment.warnings_text()
        declaration.decided_by = user
        declaration.decided_at = timezone.now()
        declaration.save()
        log_change(
            declaration,
            "pool.declaration.approve",
            user,
            warnings=sorted(assessment.warned_limits()),
        )
    return declaration


def reject(declaration_id, user, reason: str) -> Declaration:
    reason = (reason or "").strip()
    if not reason:
        raise DeclarationError(_("Schrijf op waarom u de declaratie afwijst."))
    with transaction.atomic():
        declaration = locked_undecided(declaration_id)
        declaration.status = DeclarationStatus.REJECTED
        declaration.rejection_reason = reason
        declaration.decided_by = user
        declaration.decided_at = timezone.now()
        declaration.save()
        log_change(declaration, "pool.declaration.reject", user)
    return declaration


def withdraw(declaration_id, user) -> None:
    """Delete a declaration that nobody has decided on yet."""
    with transaction.atomic():
        declaration = locked_undecided(declaration_id)
        log_change(declaration, "pool.declaration.withdraw", user)
        declaration.delete()


def mark_paid(declaration_ids, user, paid_on: datetime.date) -> int:
    """Record the payout of approved, unpaid declarations; returns how many."""
    if paid_on > timezone.localdate():
        raise ValidationError(_("De datum van uitbetaling ligt in de toekomst."))
    with transaction.atomic():
        declarations = list(
            Declaration.objects.select_for_update()
            .approved()
            .filter(pk__in=list(declaration_ids), paid_on__isnull=True)
        )
        for declaration in declarations:
            declaration.paid_on = paid_on
            declaration.save(update_fields=["paid_on"])
            log_change(
                declaration,
                "pool.declaration.paid",
                user,
                paid_on=paid_on.isoformat(),
            )
    return len(declarations)
