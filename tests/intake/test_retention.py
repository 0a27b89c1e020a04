"""Closed requests lose their personal data after the retention period; the
figures for reports stay."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake import workflow
from intake.choices import (
    EndReason,
    KeepInTouchOutcome,
    Referral,
    Status,
    Step,
    SubmittedBy,
)
from intake.factories import KeepInTouchFactory, RequestFactory
from intake.models import (
    KeepInTouch,
    Request,
    RequestMail,
    Trajectory,
    TrajectoryStep,
)
from intake.models.requests import PERSONAL_FIELDS
from intake.retention import anonymise_due

pytestmark = pytest.mark.django_db

NAME = "Henriëtte Bewaartermijn"
PHONE = "06 87654321"
EMAIL = "henriette.bewaar@example.org"


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def closed_request(days, status=Status.COMPLETED, **fields):
    request_obj = RequestFactory(
        status=status,
        submitted_at=days_ago(days + 30),
        **fields,
    )
    Request.objects.filter(pk=request_obj.pk).update(closed_at=days_ago(days))
    request_obj.refresh_from_db()
    return request_obj


@pytest.fixture
def supported(coordinator, group_a):
    """A request with a whole trajectory behind it, closed 366 days ago."""
    request_obj = RequestFactory(
        name=NAME,
        requester_name="Pieter Bewaartermijn",
        submitted_by=SubmittedBy.RELATIVE,
        phone=PHONE,
        email=EMAIL,
        postcode="1315 AB",
        domains=["wmo", "wonen"],
        conversation_subject="Traplift na een heupoperatie",
        agency="Wmo-loket",
        conversation_date=datetime.date(2024, 3, 1),
        wish_language="Nederlands, Pools",
        wish_lived_experience=["schulden"],
        remarks="Bellen na de middag",
        referral=Referral.CARE,
        from_web_form=False,
        coordinator_note="Dochter regelt veel",
    )
    alma = group_a.members.get(name="Alma Alfalid")
    trajectory = workflow.propose(
        request_obj, alma, coordinator, note="Alma woont vlakbij de inwoner."
    )
    workflow.approve(trajectory, coordinator)
    trajectory.refresh_from_db()
    workflow.update_consent(
        trajectory, True, datetime.date(2024, 2, 20), True, coordinator
    )
    for step in (Step.PREPARATION, Step.ACCESS_MEETING):
        workflow.record_step(
            trajectory,
            step,
            datetime.date(2024, 2, 21),
            f"{NAME} was er goed op voorbereid.",
            coordinator,
        )
    workflow.end_trajectory(trajectory, EndReason.DONE, coordinator)
    KeepInTouchFactory(
        trajectory=trajectory,
        planned_on=datetime.date(2024, 6, 1),
        note="Vraag of de traplift er al is.",
        outcome=KeepInTouchOutcome.DONE,
    )
    Request.objects.filter(pk=request_obj.pk).update(closed_at=days_ago(366))
    request_obj.refresh_from_db()
    return request_obj


def statistics(request_obj):
    request_obj = Request.objects.get(pk=request_obj.pk)
    trajectories = [
        (t.member_id, t.organisation_name, t.status, t.end_reason, t.approved_at)
        for t in Trajectory.objects.filter(request=request_obj)
    ]
    flags = [
        (t.first_for_member, t.phone_consent, t.phone_consent_on, t.follow_up)
        for t in Trajectory.objects.filter(request=request_obj)
    ]
    steps = [
        (s.step, s.date)
        for s in TrajectoryStep.objects.filter(trajectory__request=request_obj)
    ]
    keep_in_touch = list(
        KeepInTouch.objects.filter(trajectory__request=request_obj).values_list(
            "planned_on", "member", "outcome"
        )
    )
    return {
        "reference": request_obj.reference,
        "domains": request_obj.domains,
        "submitted_by": request_obj.submitted_by,
        "submitted_at": request_obj.submitted_at,
        "closed_at": request_obj.closed_at,
        "conversation_date": request_obj.conversation_date,
        "status": request_obj.status,
        "referral": request_obj.referral,
        "from_web_form": request_obj.from_web_form,
        "trajectories": trajectories,
        "flags": flags,
        "steps": steps,
        "keep_in_touch": keep_in_touch,
    }


def test_anonymises_exactly_the_requests_past_the_limit():
    old = closed_request(366)
    old_cancelled = closed_request(400, status=Status.CANCELLED)
    recent = closed_request(364)
    open_but_old = RequestFactory(submitted_at=days_ago(730))
    assert anonymise_due() == 2
    anonymised = set(
        Request.objects.filter(anonymised_at__isnull=False).values_list("pk", flat=True)
    )
    assert anonymised == {old.pk, old_cancelled.pk}
    for kept in (recent, open_but_old):
        kept_now = Request.objects.get(pk=kept.pk)
        assert kept_now.name == kept.name
        assert kept_now.email == kept.email


def test_the_setting_sets_the_period(settings):
    settings.INTAKE_RETENTION_DAYS = 30
    closed_request(31)
    closed_request(29)
    assert anonymise_due() == 1


def test_personal_fields_and_notes_are_emptied(supported):
    assert RequestMail.objects.filter(request=supported).exists()
    assert anonymise_due() == 1
    request_obj = Request.objects.get(pk=supported.pk)
    for field, empty in PERSONAL_FIELDS.items():
        assert getattr(request_obj, field) == empty, field
    assert request_obj.anonymised_at is not None
    assert not TrajectoryStep.objects.exclude(note="").exists()
    assert not Trajectory.objects.exclude(proposal_note="").exists()
    assert not KeepInTouch.objects.exclude(note="").exists()
    assert not RequestMail.objects.filter(request=supported).exists()


def test_statistics_are_kept(supported):
    before = statistics(supported)
    assert len(before["steps"]) == 2
    assert len(before["keep_in_touch"]) == 1
    anonymise_due()
    after = statistics(supported)
    assert after == before
    assert after["trajectories"][0][0] is not None


def test_one_anonymise_entry_without_a_user(supported):
    anonymise_due()
    entries = ModelLogEntry.objects.filter(
        object_id=str(supported.pk), action="intake.anonymise"
    )
    assert entries.count() == 1
    assert entries.get().user is None


def test_the_audit_log_holds_no_personal_data_afterwards(supported):
    # An entry written carelessly, with the resident's data in it.
    ModelLogEntry.objects.log_action(
        supported,
        "wagtail.edit",
        title=f"{NAME} ({supported.reference})",
        data={"changed": {"phone": PHONE, "email": EMAIL}, "count": 2},
    )
    anonymise_due()
    for entry in ModelLogEntry.objects.filter(object_id=str(supported.pk)):
        text = entry.label + repr(entry.data)
        for secret in (NAME, PHONE, EMAIL, "Traplift", "Bellen na de middag"):
            assert secret not in text
    careless = ModelLogEntry.objects.get(
        object_id=str(supported.pk), action="wagtail.edit"
    )
    assert careless.label == f"Aanvraag {supported.reference}"
    assert careless.data == {"changed": {"phone": "", "email": ""}, "count": 2}


def test_multi_line_and_quoted_values_leave_the_audit_log_too():
    remark = 'Zeg "hallo" tegen de hond\nen bel na twee uur'
    request_obj = closed_request(366, remarks=remark)
    ModelLogEntry.objects.log_action(
        request_obj, "wagtail.edit", data={"changed": {"remarks": remark}}
    )
    anonymise_due()
    careless = ModelLogEntry.objects.get(
        object_id=str(request_obj.pk), action="wagtail.edit"
    )
    assert careless.data == {"changed": {"remarks": ""}}


def test_a_second_run_changes_nothing(supported):
    assert anonymise_due() == 1
    first = Request.objects.get(pk=supported.pk)
    entries = ModelLogEntry.objects.count()
    assert anonymise_due() == 0
    second = Request.objects.get(pk=supported.pk)
    assert second.anonymised_at == first.anonymised_at
    assert statistics(second) == statistics(first)
    assert ModelLogEntry.objects.count() == entries


def test_batches_cover_everything():
    for _ in range(5):
        closed_request(400)
    assert anonymise_due(batch_size=2) == 5
    assert not Request.objects.filter(anonymised_at__isnull=True).exists()


def run(*args):
    out = io.StringIO()
    call_command("anonymise_requests", *args, stdout=out, stderr=out)
    return out.getvalue()


def test_command_reports_the_count_in_dutch_without_personal_data(supported):
    output = run()
    assert "1 aanvraag geanonimiseerd" in output
    for secret in (NAME, PHONE, EMAIL, supported.reference):
        assert secret not in output
    assert "0 aanvragen geanonimiseerd" in run()


def test_dry_run_only_counts(supported):
    closed_request(100)
    output = run("--dry-run")
    assert "Proefdraai: 1 aanvraag" in output
    assert NAME not in output
    assert not Request.objects.filter(anonymised_at__isnull=False).exists()
    assert "Proefdraai: 2 aanvragen" in run("--dry-run", "--days", "90")
    assert not Request.objects.filter(anonymised_at__isnull=False).exists()


def test_days_only_with_a_dry_run():
    with pytest.raises(CommandError):
        run("--days", "10")
