"""Which members need a new VOG (verklaring omtrent gedrag), and who may see them.

Coordinators see every group, a contact person the groups they manage
(pool.access.managed_groups). Everything here returns querysets, so a count or
a page of results is a single query."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pool.access import managed_groups
from pool.contact_groups import is_coordinator
from pool.models import Member

STATUS_MISSING = "missing"
STATUS_EXPIRED = "expired"


def members_needing_vog(user, valid_years: int, today: datetime.date | None = None):
    """Active members whose VOG is missing or too old, in the groups the user may
    see, ordered by group title and name."""
    members = Member.objects.needing_vog(valid_years, today=today)
    if not is_coordinator(user):
        members = members.filter(page__in=managed_groups(user).values("pk"))
    return members.select_related("page").order_by("page__title", "name", "pk")


def vog_status(member) -> str:
    return STATUS_MISSING if member.vog_date is None else STATUS_EXPIRED


def vog_status_label(member, valid_years: int) -> str:
    """'ontbreekt', or 'verlopen sinds <date>'."""
    if member.vog_date is None:
        return _("ontbreekt")
    expired_on = date_format(member.vog_expires_on(valid_years), "j F Y")
    return _("verlopen sinds %(date)s") % {"date": expired_on}
