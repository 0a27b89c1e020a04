"""The pool's answers to the agenda's questions, given through Wagtail hooks.

The agenda (the scheduling plugin) asks by hook name; the pool never imports
it. Coordinators register and follow every active member, a contact person the
active members of the groups they manage, and both may come to the sessions
for contact persons."""

from wagtail import hooks

from .access import managed_groups, manages_a_group
from .contact_groups import is_coordinator
from .models import Member

AUDIENCES_OF_CONTACT_PERSONS = frozenset({"ocos", "contact_persons"})


@hooks.register("scheduling_attendees_for_user")
def attendees_for_user(user):
    """The active members this user may register; None for anyone else."""
    if not user.is_authenticated or not user.is_active:
        return None
    if is_coordinator(user):
        return Member.objects.active()
    if not manages_a_group(user):
        return None
    return Member.objects.active().filter(page__in=managed_groups(user).values("pk"))


@hooks.register("scheduling_find_attendee")
def find_attendee(email):
    """The active member with this email address, or None."""
    email = (email or "").strip()
    if not email:
        return None
    return Member.objects.active().filter(email__iexact=email).order_by("pk").first()


@hooks.register("scheduling_user_audiences")
def user_audiences(user):
    if not user.is_authenticated or not user.is_active:
        return set()
    if is_coordinator(user) or manages_a_group(user):
        return set(AUDIENCES_OF_CONTACT_PERSONS)
    return set()
