"""The Wagtail hooks through which a site plugs its people into the plugin.

A site registers functions under these names with ``wagtail.hooks.register``;
it never needs to import this package.

scheduling_attendees_for_user(user)
    The attendees (a queryset of SCHEDULING_ATTENDEE_MODEL) that ``user`` may
    register and whose registrations and contributions they may see. Results
    of several hooks are combined. Users with the plugin's "change
    registration" permission about whom no hook answers see everyone.
scheduling_find_attendee(email)
    The attendee that an email address belongs to, or None. Used to tie a
    registration made on the public form to an attendee.
scheduling_user_audiences(user)
    The audience keys (see SCHEDULING_AUDIENCES) that ``user`` belongs to, so
    that they may register themselves for a session that is not public.
"""

from django.db.models import Q
from wagtail import hooks

from . import conf

ATTENDEES_FOR_USER = "scheduling_attendees_for_user"
FIND_ATTENDEE = "scheduling_find_attendee"
USER_AUDIENCES = "scheduling_user_audiences"

MANAGE_PERMISSION = "scheduling.change_registration"


def may_manage_registrations(user):
    return user.is_active and user.has_perm(MANAGE_PERMISSION)


def attendees_for_user(user):
    """Attendees ``user`` may register and see; None without an attendee model.

    The site's hooks answer; several answers are combined. For someone who
    manages all registrations and about whom no hook answers, everyone."""
    model = conf.attendee_model()
    if model is None or not user.is_authenticated:
        return None
    answers = [
        answer
        for hook in hooks.get_hooks(ATTENDEES_FOR_USER)
        if (answer := hook(user)) is not None
    ]
    if not answers:
        if may_manage_registrations(user):
            return model._default_manager.all()
        return model._default_manager.none()
    pks = Q()
    for answer in answers:
        pks |= Q(pk__in=answer.values("pk"))
    return model._default_manager.filter(pks)


def find_attendee(email):
    if conf.attendee_model() is None or not email:
        return None
    for hook in hooks.get_hooks(FIND_ATTENDEE):
        attendee = hook(email)
        if attendee is not None:
            return attendee
    return None


def user_audiences(user):
    if not user.is_authenticated:
        return set()
    keys = set()
    for hook in hooks.get_hooks(USER_AUDIENCES):
        keys.update(hook(user) or ())
    return keys


def attendee_name(attendee):
    return str(getattr(attendee, conf.attendee_name_field()))


def attendee_email(attendee):
    return str(getattr(attendee, conf.attendee_email_field()))
