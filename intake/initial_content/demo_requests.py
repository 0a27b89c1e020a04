"""Made-up requests in every status, so the admin of a demo installation shows
what the coordinators and contact persons really work with. Every name,
address and number here is invented. The changes go through intake.workflow,
done by the demo coordinator, so their audit log entries exist as well.

A request is recognised by its reference, DEMO-0001 and so on (letters a real
reference never has), so running this again creates nothing new."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from intake import workflow
from intake.choices import (
    ContactTime,
    ContactWay,
    EndReason,
    Referral,
    Status,
    Step,
    SubmittedBy,
)
from intake.models import Request, Trajectory
from pool.models import Member, RosterGroupPage

COORDINATOR = "coordinator"
SHARED_GROUP_SLUG = "de-schakel"


def resident(name, phone, email, postcode, **fields):
    return {
        "submitted_by": SubmittedBy.RESIDENT,
        "name": name,
        "phone": phone,
        "email": email,
        "postcode": postcode,
        "consent": True,
        **fields,
    }


REQUESTS = [
    {
        "reference": "DEMO-0001",
        "days_ago": 1,
        "story": "new",
        "fields": resident(
            "Fenna Kloosterboer",
            "06 12345678",
            "fenna.kloosterboer@example.org",
            "1315 KA",
            domains=["wmo"],
            conversation_subject="Een keukentafelgesprek over hulp in het huishouden.",
            agency="Wmo-loket gemeente Almere",
            conversation_date=datetime.date.today() + datetime.timedelta(days=12),
            contact_way=ContactWay.PHONE,
            contact_time=ContactTime.MORNING,
            referral=Referral.MUNICIPALITY,
        ),
    },
    {
        "reference": "DEMO-0002",
        "days_ago": 3,
        "story": "new",
        "fields": {
            **resident(
                "Jelmer Tuinstra",
                "036 5551234",
                "",
                "1325 BC",
                domains=["jeugd", "passend-onderwijs"],
                conversation_subject="Gesprek met school over een passende plek.",
                agency="Samenwerkingsverband Passend Onderwijs",
                wish_lived_experience=["autisme"],
                remarks="Moeder belt zelf terug als het niet lukt.",
                referral=Referral.SCHOOL,
            ),
            "submitted_by": SubmittedBy.RELATIVE,
            "requester_name": "Marit Tuinstra",
            "on_behalf_consent": True,
            "from_web_form": False,
        },
    },
    {
        "reference": "DEMO-0003",
        "days_ago": 6,
        "story": "proposed",
        "member": "noor.achterberg@example.org",
        "fields": resident(
            "Samira Bouzidi",
            "06 23456781",
            "samira.bouzidi@example.org",
            "1336 XD",
            domains=["wmo", "zorg"],
            conversation_subject="Gesprek over begeleiding thuis.",
            agency="Wijkteam Almere Buiten",
            wish_language="Somalisch",
            referral=Referral.CARE,
        ),
    },
    {
        "reference": "DEMO-0004",
        "days_ago": 4,
        "story": "shared",
        "fields": resident(
            "Emre Kaplanoglu",
            "06 34567812",
            "emre.kaplanoglu@example.org",
            "1354 AK",
            domains=["jeugd"],
            conversation_subject="Gesprek over jeugdhulp voor zijn zoon.",
            agency="Jeugd- en gezinsteam",
            conversation_date=datetime.date.today() + datetime.timedelta(days=20),
            wish_language="Turks",
            wish_lived_experience=["mantelzorg"],
            referral=Referral.PEOPLE,
        ),
    },
    {
        "reference": "DEMO-0005",
        "days_ago": 21,
        "story": "matched",
        "member": "driss.ouazzani@example.org",
        "fields": resident(
            "Gerda Wolthuis",
            "06 45678123",
            "gerda.wolthuis@example.org",
            "1318 EP",
            domains=["werk-en-inkomen"],
            conversation_subject="Gesprek over een uitkering en schulden.",
            agency="Werkplein Almere",
            conversation_date=datetime.date.today() - datetime.timedelta(days=5),
            wish_lived_experience=["schulden"],
            referral=Referral.INTERNET,
        ),
    },
    {
        "reference": "DEMO-0006",
        "days_ago": 35,
        "story": "other_oco",
        "member": "wim.oosterkamp@example.org",
        "fields": resident(
            "Bas Roodenburg",
            "06 56781234",
            "bas.roodenburg@example.org",
            "1341 HV",
            domains=["werk-en-inkomen", "wmo"],
            conversation_subject="Gesprek over re-integratie.",
            agency="UWV",
            referral=Referral.ORGANISATION,
        ),
    },
    {
        "reference": "DEMO-0007",
        "days_ago": 90,
        "story": "completed",
        "member": "anouk.verbeek@example.org",
        "fields": resident(
            "Lieke Vermeulen-Stam",
            "06 67812345",
            "lieke.vermeulen@example.org",
            "1312 TR",
            domains=["wmo"],
            conversation_subject="Gesprek over een scootmobiel.",
            agency="Wmo-loket gemeente Almere",
            conversation_date=datetime.date.today() - datetime.timedelta(days=70),
            wish_lived_experience=["lichamelijke-beperking"],
            referral=Referral.MUNICIPALITY,
        ),
    },
    {
        "reference": "DEMO-0008",
        "days_ago": 50,
        "story": "cancelled",
        "fields": resident(
            "Teun Hoogeveen",
            "06 78123456",
            "teun.hoogeveen@example.org",
            "1363 BA",
            domains=["wonen"],
            conversation_subject="Gesprek over urgentie voor een woning.",
            agency="Woningcorporatie",
            referral=Referral.OTHER,
        ),
    },
]


def ago(days, hour=10) -> datetime.datetime:
    moment = timezone.localtime() - datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def day(days) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def find_member(email):
    return Member.objects.active().filter(email=email).first()


def propose_and_approve(request_obj, member, user, days_ago):
    trajectory = workflow.propose(request_obj, member, user)
    trajectory = workflow.approve(trajectory, user)
    Trajectory.objects.filter(pk=trajectory.pk).update(
        proposed_at=ago(days_ago), approved_at=ago(days_ago, hour=14)
    )
    return trajectory


def record_steps(trajectory, steps, user, first_days_ago):
    notes = {
        Step.PREPARATION: _("Kennismaking bij de inwoner thuis; vragen doorgenomen."),
        Step.ACCESS_MEETING: _("Gesprek ging goed; de inwoner voerde zelf het woord."),
        Step.REFLECTION: _("Verslag samen nagelezen en aangevuld."),
        Step.PROVISION: _("Voorziening toegekend."),
        Step.HANDOVER: _("Afgesproken dat de inwoner zelf verder kan."),
    }
    for number, step in enumerate(steps):
        workflow.record_step(
            trajectory, step, day(first_days_ago - 7 * number), notes[step], user
        )


def tell_story(request_obj, spec, user):
    story = spec["story"]
    days = spec["days_ago"]
    member = find_member(spec["member"]) if "member" in spec else None
    if story == "new":
        return
    workflow.take_up(request_obj, user)
    if story == "shared":
        group = RosterGroupPage.objects.filter(slug=SHARED_GROUP_SLUG).first()
        if group is not None:
            workflow.share_with_group(request_obj, group, user)
    elif story == "cancelled":
        workflow.cancel(request_obj, user)
    elif member is None:
        return
    elif story == "proposed":
        workflow.propose(
            request_obj,
            member,
            user,
            note=_("Spreekt de gewenste taal en woont in dezelfde wijk."),
        )
    elif story == "matched":
        trajectory = propose_and_approve(request_obj, member, user, days - 2)
        workflow.update_consent(trajectory, True, day(days - 4), False, user)
        record_steps(trajectory, [Step.PREPARATION, Step.ACCESS_MEETING], user, 12)
    elif story == "other_oco":
        trajectory = propose_and_approve(request_obj, member, user, days - 3)
        record_steps(trajectory, [Step.PREPARATION], user, days - 6)
        workflow.ask_other_oco(request_obj, user)
    elif story == "completed":
        trajectory = propose_and_approve(request_obj, member, user, days - 2)
        workflow.update_consent(trajectory, True, day(days - 5), True, user)
        record_steps(trajectory, list(Step), user, days - 5)
        workflow.end_trajectory(trajectory, EndReason.RESIDENT_CONTINUES, user)


def backdate(request_obj, spec):
    """Dates as if the story happened over the past weeks."""
    days = spec["days_ago"]
    request_obj.refresh_from_db()
    if request_obj.status == Status.NEW:
        return
    changed = ago(max(days - 2, 0), hour=15)
    fields = {"status_changed_at": changed}
    if request_obj.status in (Status.COMPLETED, Status.CANCELLED):
        fields["closed_at"] = ago(max(days - 45, 1), hour=15)
        fields["status_changed_at"] = fields["closed_at"]
    Request.objects.filter(pk=request_obj.pk).update(**fields)
    Trajectory.objects.filter(request=request_obj, ended_at__isnull=False).update(
        ended_at=fields["status_changed_at"]
    )


def build(log):
    user = get_user_model().objects.filter(username=COORDINATOR).first()
    if user is None:
        return 0
    existing = set(
        Request.objects.filter(
            reference__in=[spec["reference"] for spec in REQUESTS]
        ).values_list("reference", flat=True)
    )
    created = 0
    for spec in REQUESTS:
        if spec["reference"] in existing:
            continue
        request_obj = Request.objects.create(
            reference=spec["reference"],
            submitted_at=ago(spec["days_ago"], hour=9),
            status_changed_at=ago(spec["days_ago"], hour=9),
            **spec["fields"],
        )
        try:
            tell_story(request_obj, spec, user)
        except workflow.WorkflowError as error:
            log(str(error))
        backdate(request_obj, spec)
        log(
            _("Demo-aanvraag gemaakt: %(reference)s")
            % {"reference": request_obj.reference}
        )
        created += 1
    return created
