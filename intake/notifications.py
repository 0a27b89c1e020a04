"""Who is told what about a request. Only the resident's own confirmation goes
to the resident and names nothing but the reference and how to reach OCO
Almere (it is sent from an address nobody reads); the others get the
reference and a link to the admin, never the resident's personal data."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from home.models import ContactSettings
from pool.contact_groups import COORDINATORS_GROUP

from . import mail


def coordinator_addresses() -> list[str]:
    users = get_user_model().objects.filter(
        is_active=True, groups__name=COORDINATORS_GROUP
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def contact_person_address(group_page) -> str:
    person = group_page.contact_person
    return person.email if person is not None and person.is_active else ""


def oco_contact():
    """OCO Almere's contact details from the default site's settings, or None
    when there is no default site."""
    site = Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site) if site is not None else None


def request_received(request_obj):
    if request_obj.email:
        mail.queue(
            request_obj,
            "confirmation",
            [request_obj.email],
            {"contact": oco_contact()},
            language=request_obj.language,
        )
    mail.queue(
        request_obj,
        "new_request",
        coordinator_addresses(),
        {"admin_url": mail.admin_url(request_obj)},
    )


def request_shared(request_obj, group_page):
    mail.queue(
        request_obj,
        "shared",
        [contact_person_address(group_page)],
        {
            "group": group_page,
            "shared_url": mail.absolute(reverse("intake_shared:index")),
        },
    )


def proposal_made(trajectory):
    request_obj = trajectory.request
    mail.queue(
        request_obj,
        "proposal",
        coordinator_addresses(),
        {"admin_url": mail.admin_url(request_obj)},
    )


def member_matched(trajectory):
    mail.queue(
        trajectory.request,
        "matched",
        [trajectory.member.email],
        {"member": trajectory.member},
    )


def first_trajectory(trajectory):
    """Afsprakenblad F: a member supports a resident for the first time."""
    group_page = trajectory.member.page.specific
    mail.queue(
        trajectory.request,
        "first_trajectory",
        [contact_person_address(group_page)],
        {"member": trajectory.member, "group": group_page},
    )


def keep_in_touch_reminder(request_obj, moment, member):
    """The reference, the day and the coordinators' note; the member asks the
    coordinators for the resident's contact details when they no longer have
    them."""
    mail.queue(
        request_obj,
        "keep_in_touch",
        [member.email],
        {
            "member": member,
            "moment": moment,
            "late": moment.planned_on < timezone.localdate(),
            "contact": oco_contact(),
        },
    )


def keep_in_touch_member_inactive(request_obj, moment):
    """The member who would call is no longer active: the coordinators choose
    another member or cancel the call."""
    mail.queue(
        request_obj,
        "keep_in_touch_member_inactive",
        coordinator_addresses(),
        {"moment": moment, "admin_url": mail.admin_url(request_obj)},
    )
