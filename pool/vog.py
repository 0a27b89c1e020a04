"""Which members need a new VOG (verklaring omtrent gedrag), and who may see them.

Coordinators see every group; a contact person sees the groups whose page they
may edit; anyone else sees nothing. Everything here returns querysets, so a
count or a page of results is a single query (the user's page permissions are
read once and cached on the user by Wagtail)."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from pool.contact_groups import is_coordinator
from pool.models import Member, RosterGroupPage

STATUS_MISSING = "missing"
STATUS_EXPIRED = "expired"


def visible_groups(user):
    """The group pages whose members' VOG this user may see."""
    if not user.is_authenticated or not user.is_active:
        return RosterGroupPage.objects.none()
    if is_coordinator(user):
        return RosterGroupPage.objects.all()
    return PagePermissionPolicy(RosterGroupPage).instances_user_has_permission_for(
        user, "change"
    )


def may_see_vog_overview(user) -> bool:
    """Coordinators, and users who may edit at least one group page."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_coordinator(user):
        return True
    cache_name = "_pool_edits_a_group"
    if not hasattr(user, cache_name):
        setattr(user, cache_name, visible_groups(user).exists())
    return getattr(user, cache_name)


def members_needing_vog(user, valid_years: int, today: datetime.date | None = None):
    """Active members whose VOG is missing or too old, in the groups the user may
    see, ordered by group title and name."""
    members = Member.objects.needing_vog(valid_years, today=today)
    if not is_coordinator(user):
        members = members.filter(page__in=visible_groups(user).values("pk"))
    return members.select_related("page").order_by("page__title", "name", "pk")


def vog_status(member) -> str:
    return STATUS_MISSING if member.vog_date is None else STATUS_EXPIRED


def vog_status_label(member, valid_years: int) -> str:
    """'ontbreekt', or 'verlopen sinds <date>'."""
    if member.vog_date is None:
        return _("ontbreekt")
    expired_on = date_format(member.vog_expires_on(valid_years), "j F Y")
    return _("verlopen sinds %(date)s") % {"date": expired_on}
