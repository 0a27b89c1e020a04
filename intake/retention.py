"""Anonymising closed requests after the retention period.

What identifies the resident or says something about their situation goes:
the personal fields of the request, the notes of its steps, proposals and
keep-in-touch moments, its stored mails and any trace of those values in its
audit log. What the coordinators report on stays: domains, dates, status,
referral, who asked, the trajectories with their member and organisation, the
steps and flags, the keep-in-touch moments' dates, members and outcomes."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .models import KeepInTouch, Request, RequestMail, Trajectory, TrajectoryStep
from .models.requests import PERSONAL_FIELDS

BATCH_SIZE = 500
# Shorter values are only removed from the audit log where they are the whole
# text: as part of a longer text they would match nearly anything.
MIN_SECRET_LENGTH = 3


def retention_days() -> int:
    """Days a closed request keeps its personal data (INTAKE_RETENTION_DAYS)."""
    return settings.INTAKE_RETENTION_DAYS


def due(days: int | None = None, now=None):
    return Request.objects.past_retention(
        retention_days() if days is None else days, now
    )


def count_due(days: int | None = None, now=None) -> int:
    return due(days, now).count()


def anonymise_due(days: int | None = None, now=None, batch_size=BATCH_SIZE) -> int:
    """Anonymise every request past the retention period, one transaction per
    batch; the number anonymised. Running it again finds nothing to do."""
    now = now or timezone.now()
    total = 0
    while True:
        with transaction.atomic():
            ids = list(
                due(days, now)
                .select_for_update()
                .order_by("pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                return total
            anonymise_batch(ids, now)
        total += len(ids)


def secrets_of(values: dict) -> list[str]:
    found = []
    for field, empty in PERSONAL_FIELDS.items():
        value = values[field]
        if isinstance(empty, str) and isinstance(value, str) and value.strip():
            found.append(value.strip())
    return found


def holds(text: str, secrets) -> bool:
    text_lower = text.lower()
    return any(
        secret.lower() in text_lower
        if len(secret) >= MIN_SECRET_LENGTH
        else secret.lower() == text_lower.strip()
        for secret in secrets
    )


def scrub(value, secrets):
    """The value with every string that holds a secret emptied."""
    if isinstance(value, str):
        return "" if holds(value, secrets) else value
    if isinstance(value, dict):
        return {key: scrub(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, secrets) for item in value]
    return value


def scrub_log_entries(ids, rows, content_type):
    """Remove the resident's data from log entries that should never have held
    it: the label becomes the request's own title (its reference)."""
    titles = {pk: str(Request(reference=row["reference"])) for pk, row in rows.items()}
    entries = ModelLogEntry.objects.filter(
        content_type=content_type, object_id__in=[str(pk) for pk in ids]
    )
    for entry in entries.iterator():
        pk = int(entry.object_id)
        secrets = secrets_of(rows[pk])
        if not secrets:
            continue
        changed = []
        if holds(entry.label, secrets):
            entry.label = titles[pk]
            changed.append("label")
        scrubbed = scrub(entry.data, secrets)
        if scrubbed != entry.data:
            entry.data = scrubbed
            changed.append("data")
        if changed:
            entry.save(update_fields=changed)


def anonymise_batch(ids, now):
    rows = {
        row["pk"]: row
        for row in Request.objects.filter(pk__in=ids).values(
            "pk", "reference", *PERSONAL_FIELDS
        )
    }
    content_type = ContentType.objects.get_for_model(Request)
    scrub_log_entries(ids, rows, content_type)
    Request.objects.filter(pk__in=ids).update(**PERSONAL_FIELDS, anonymised_at=now)
    TrajectoryStep.objects.filter(trajectory__request__in=ids).exclude(note="").update(
        note=""
    )
    Trajectory.objects.filter(request__in=ids).exclude(proposal_note="").update(
        proposal_note=""
    )
    # The keep-in-touch moments keep their date, member and outcome.
    KeepInTouch.objects.filter(trajectory__request__in=ids).exclude(note="").update(
        note=""
    )
    RequestMail.objects.filter(request__in=ids).delete()
    for request_obj in Request.objects.filter(pk__in=ids):
        log(instance=request_obj, action="intake.anonymise", user=None)
